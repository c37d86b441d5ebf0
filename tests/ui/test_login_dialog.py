"""Sign-in by keyboard: the right password signs in, a wrong one is said inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from puskesos_desktop.ui.dialogs.login_dialog import LoginDialog
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def dialog(qtbot, services):
    d = LoginDialog(services.operators, "Puskesos Bojong Koneng")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_enter_signs_in_with_the_right_password(qtbot, dialog, services):
    assert dialog.focusWidget() is dialog.username
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.operator is not None and dialog.operator.username == "admin"
    assert services.operators.current == dialog.operator


def test_wrong_password_is_shown_inline_and_the_dialog_stays(qtbot, dialog, services):
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.isVisible()
    assert "kata sandi salah" in dialog.message.text()
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    assert services.operators.current is None


def test_escape_cancels(qtbot, dialog, services):
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert services.operators.current is None
