"""Answering a form's own questions by keyboard ("Discard changes?", "Save anyway?"), as an operator does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid


def answer(qtbot, box: QMessageBox | None, key: Qt.Key) -> None:
    """Waits for `box` to be shown and focused, presses `key` (a button's mnemonic letter, or Return for
    the default button) and waits until it has closed."""
    assert box is not None, "no question was asked"
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: not isValid(box) or not box.isVisible())


def escape_asks(qtbot, keyboard, dialog) -> QMessageBox:
    """Presses Escape in a changed form: the dialog stays open and asks whether to discard."""
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    keyboard.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.discard_question is not None and dialog.discard_question.isVisible())
    assert dialog.isVisible()
    return dialog.discard_question


def assert_fully_shown(label, dialog) -> None:
    """Every line of a wrapped message is inside the label and the label inside the dialog."""
    assert label.isVisible() and label.wordWrap()
    assert label.heightForWidth(label.width()) <= label.height(), "the message is cut off"
    bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert bottom < dialog.height()
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
