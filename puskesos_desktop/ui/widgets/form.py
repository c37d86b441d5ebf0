"""Inline validation for forms: a red message under each field, and one call to show a result."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget

from ...core.errors import Problem, PuskesosError

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"


class FieldMessage(QLabel):
    """Sits under a field; empty and hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_warning(self, text: str) -> None:
        self._show(text, WARNING_STYLE)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))
        fit_dialog(self)


def fit_dialog(widget: QWidget) -> None:
    """Grows the dialog holding `widget` to the height its layout needs at its present width, so every
    line of a wrapped message shows; within the screen. (Qt's minimum-size constraint counts a wrapped
    label at its minimum, not at the height its width needs, so the dialog would not grow by itself.)"""
    dialog = widget.window()
    layout = dialog.layout()
    if not isinstance(dialog, QDialog) or layout is None or not dialog.isVisible():
        return  # a dialog not shown yet gets its size when it is shown
    layout.activate()
    width = dialog.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry().height() - dialog.height()
    height = min(needed, screen.height() - frame)
    if height <= dialog.height():
        return
    dialog.resize(width, height)
    overflow = dialog.frameGeometry().bottom() - screen.bottom()
    if overflow > 0:
        dialog.move(dialog.x(), max(screen.top(), dialog.y() - overflow))


def show_problems(
    messages: dict[str, FieldMessage], errors: tuple[Problem, ...] | list[Problem],
    warnings: tuple[Problem, ...] | list[Problem] = (), fallback: FieldMessage | None = None,
) -> QWidget | None:
    """Shows each problem next to its field (unknown fields go to `fallback`); returns the first field widget in error."""
    for message in messages.values():
        message.clear_message()
    if fallback is not None:
        fallback.clear_message()
    texts: dict[FieldMessage, list[tuple[str, bool]]] = {}
    for problem, is_error in [*((p, True) for p in errors), *((p, False) for p in warnings)]:
        target = messages.get(problem.field, fallback)
        if target is not None:
            texts.setdefault(target, []).append((problem.message, is_error))
    for target, items in texts.items():
        text = "\n".join(t for t, _ in items)
        (target.show_error if any(e for _, e in items) else target.show_warning)(text)
    first = next((messages[p.field] for p in errors if p.field in messages), None)
    return first.buddy() if first is not None and first.buddy() is not None else None


def accept_cancel_buttons(
    dialog: QDialog, accept_text: str, cancel_text: str, on_accept: Callable[[], None],
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's button row: the accept button is the default (Enter), Cancel rejects (Esc)."""
    # Made inside the dialog, so setDefault() makes it the dialog's *main* default: without that, Tab
    # through the accept button left the dialog with no default at all, and Enter did nothing.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    accept = buttons.button(QDialogButtonBox.StandardButton.Ok)
    accept.setText(accept_text)
    accept.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    cancel.setAutoDefault(False)  # Enter never throws a form away, even on a focused Cancel (Space or Esc do)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def attempt(parent: QWidget, action: Callable[[], object]) -> bool:
    """Runs a service call; an expected error (no permission, wrong status, already removed) is told
    in a message box titled "Not done", not raised. True when it went through."""
    try:
        action()
    except PuskesosError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("attempt", "Not done"), str(exc))
        return False
    return True
