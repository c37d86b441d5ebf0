"""The base of every data-entry dialog: Escape, Cancel or closing the window asks before typed input is lost."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit,
    QTextEdit, QWidget,
)

_MAX_ROWS = 2000  # lists longer than this are search results, not something the operator ticks


def form_values(root: QWidget) -> tuple:
    """What the operator can change in `root`: texts, choices, ticks (read-only fields left out)."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root:  # a completer's popup, a message box: not part of the form
            continue
        if isinstance(widget, QLineEdit):
            if not widget.isReadOnly():
                values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            if not widget.isReadOnly():
                values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText())
        elif isinstance(widget, QAbstractButton):
            if widget.isCheckable():
                values.append(widget.isChecked())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            values.append(_checked_rows(widget.model()))
    return tuple(values)


def _checked_rows(model: QAbstractItemModel) -> tuple[int, ...]:
    rows = model.rowCount()
    if rows > _MAX_ROWS:
        return ()
    checked = Qt.CheckState.Checked
    return tuple(r for r in range(rows)
                 if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) in (checked, checked.value))


class FormDialog(QDialog):
    """Escape, Cancel and the window's close button all end in `reject()`: when a field differs from
    what the dialog showed when it opened, it asks "Discard changes?" (No is the default) and stays
    open unless the answer is Yes; an unchanged form closes at once. Saving (`accept()`) never asks.
    The question is opened without a nested event loop, so a test or a caller is never blocked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opened_with: tuple | None = None
        self.discard_question: QMessageBox | None = None  # made the first time it is needed
        self._focus_before: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._opened_with is None:  # the fields as loaded, before the operator touches them
            self._opened_with = form_values(self)
        super().showEvent(event)

    def is_changed(self) -> bool:
        return self._opened_with is not None and form_values(self) != self._opened_with

    def reject(self) -> None:
        if self.is_changed():
            self._ask_discard()
        else:
            super().reject()

    def discard(self) -> None:
        """Closes as Cancel does, without asking (the operator chose to leave this form)."""
        super().reject()

    def _ask_discard(self) -> None:
        box = self.discard_question
        if box is None:  # made once and kept with the dialog (deleting it while it emits is unsafe)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                              self.tr("You changed this form. Discard the changes?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setEscapeButton(QMessageBox.StandardButton.No)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(self._answered)
            self.discard_question = box
        elif box.isVisible():
            return
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self._focus_before = self.focusWidget()
        box.open()

    def _answered(self, _result: int) -> None:
        box = self.discard_question
        if box is not None and box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            super().reject()
        else:  # back to the field the operator was in
            self.activateWindow()
            (self._focus_before or self).setFocus()
