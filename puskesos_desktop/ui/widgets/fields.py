"""Building blocks for the data-entry dialogs: code combo boxes and a form column with inline messages."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLineEdit, QMessageBox, QWidget,
)

from ...core.errors import Problem, PuskesosError, ValidationError
from .field_row import caption
from .form import FieldMessage, show_problems


def code_combo(choices: Mapping[str, str] | Iterable[str], empty_label: str | None = "—") -> QComboBox:
    """A combo of domain codes shown by their labels; the first entry ("—") stands for "not filled"."""
    combo = QComboBox()
    # As wide as the form gives it, not as its longest label (the open list shows that whole), so
    # forms fit a 1024-pixel-wide screen (1280×720 at 125 %).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    if empty_label is not None:
        combo.addItem(empty_label, "")
    items = choices.items() if isinstance(choices, Mapping) else ((c, c) for c in choices)
    for code, label in items:
        combo.addItem(label, code)
    return combo


def line_edit(max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


def combo_code(combo: QComboBox) -> str:
    value = combo.currentData()
    return value if isinstance(value, str) else ""


def set_combo_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code or "")
    combo.setCurrentIndex(max(index, 0))


class FormColumn(QWidget):
    """One column of a form: label, field and the field's message under it, per row."""

    def __init__(self, checks: "InlineChecks", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checks = checks
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add(self, label: str, widget: QWidget, field: str | None = None) -> QWidget:
        self.form.addRow(caption(label, widget), widget)
        if field is not None:  # its own full-width row, so a long message wraps less and is not cut
            self.form.addRow(self._checks.message(field, widget))
        return widget


class InlineChecks:
    """Field messages of one form. Only fields the operator has left are judged while typing;
    Save judges all of them."""

    def __init__(self) -> None:
        self.messages: dict[str, FieldMessage] = {}
        self.fallback = FieldMessage()
        self._touched: set[str] = set()

    def message(self, field: str, widget: QWidget) -> FieldMessage:
        message = FieldMessage()
        message.setBuddy(widget)
        self.messages[field] = message
        return message

    def touch(self, field: str) -> None:
        self._touched.add(field)

    def show(self, errors: Iterable[Problem], warnings: Iterable[Problem] = (),
             everything: bool = False) -> QWidget | None:
        """Shows the problems next to their fields; returns the first field in error, in form order."""
        def wanted(p: Problem) -> bool:
            return everything or p.field in self._touched or p.field not in self.messages
        shown_errors = [p for p in errors if wanted(p)]
        shown_warnings = [p for p in warnings if wanted(p)]
        if not everything:  # while typing, messages about unknown fields wait for Save
            shown_errors = [p for p in shown_errors if p.field in self.messages]
            shown_warnings = [p for p in shown_warnings if p.field in self.messages]
        show_problems(self.messages, shown_errors, shown_warnings, self.fallback)
        in_error = {p.field for p in shown_errors}
        return next((m.buddy() for f, m in self.messages.items() if f in in_error), None)

    def focus_first(self, errors: Iterable[Problem], warnings: Iterable[Problem] = ()) -> None:
        """Save's verdict: every problem shown, the focus on the first field in error."""
        first = self.show(errors, warnings, everything=True)
        if first is not None:
            first.setFocus()

    def run_save(self, parent: QWidget, call: Callable[[], object], failure_title: str) -> bool:
        """The one service call of a Save: a ValidationError goes next to the fields, any other
        PuskesosError into a message box titled `failure_title`. True when it went through."""
        try:
            call()
        except ValidationError as exc:
            self.focus_first(exc.errors, exc.warnings)
            return False
        except PuskesosError as exc:
            QMessageBox.warning(parent, failure_title, str(exc))
            return False
        return True
