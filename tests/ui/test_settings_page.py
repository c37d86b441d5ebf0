"""Operators in Pengaturan: add, disable/enable, new password, and the read-only view."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from puskesos_desktop.core.codes import Role
from puskesos_desktop.core.errors import AuthenticationError, PuskesosError
from puskesos_desktop.db.keyfile import key_file_for
from puskesos_desktop.services.access import Access
from puskesos_desktop.settings import Settings
from puskesos_desktop.ui.pages import settings_page
from puskesos_desktop.ui.dialogs.operator_dialog import OperatorDialog, ResetPasswordDialog
from puskesos_desktop.ui.models.operator_table_model import ROLE, STATUS, USERNAME, OperatorTableModel
from puskesos_desktop.ui.pages.settings_page import SettingsPage
from tests.conftest import ADMIN_PASSWORD, encrypt_installation


@pytest.fixture
def admin(services):
    services.operators.login("admin", ADMIN_PASSWORD)
    return services


@pytest.fixture
def page(qtbot, admin):
    p = SettingsPage(admin.setup, admin.operators)
    qtbot.addWidget(p)
    p.show()
    return p


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def test_model_shows_role_labels_and_status(services):
    model = OperatorTableModel()
    model.set_rows(services.operators.list())
    assert model.rowCount() == 1
    assert model.index(0, USERNAME).data() == "admin"
    assert model.index(0, ROLE).data() == "Admin"
    assert model.index(0, STATUS).data() == "Active"


def test_add_operator_by_keyboard(qtbot, admin):
    dialog = _show(qtbot, OperatorDialog(admin.operators))
    qtbot.keyClicks(dialog.username, "Rina")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.full_name, "Rina Marlina")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.role
    qtbot.keyClick(dialog.role, Qt.Key.Key_Up)  # Operator → Koordinator
    qtbot.keyClicks(dialog.password, "sandi-rina-123")
    qtbot.keyClicks(dialog.password_again, "sandi-rina-123")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    added = {op.username: op for op in admin.operators.list()}["rina"]
    assert (added.full_name, added.role, added.active) == ("Rina Marlina", Role.KOORDINATOR, True)


def test_add_operator_problems_are_inline_and_nothing_is_saved(qtbot, admin):
    dialog = _show(qtbot, OperatorDialog(admin.operators))
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "pendek")
    qtbot.keyClicks(dialog.password_again, "pendek")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.operator is None
    assert "paling sedikit" in dialog.messages["password"].text()
    dialog.password.clear()
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password, "cukup-panjang")
    qtbot.keyClicks(dialog.password_again, "cukup-panjang")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert "sudah dipakai" in dialog.messages["username"].text()
    assert dialog.focusWidget() is dialog.username
    assert [op.username for op in admin.operators.list()] == ["admin"]


def test_disable_and_enable_an_operator(qtbot, admin, page):
    admin.operators.add("rina", "sandi-rina-123", Role.OPERATOR)
    page.refresh()
    page.select_username("rina")
    assert page.toggle_button.text() == "&Disable"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    with pytest.raises(AuthenticationError):
        admin.operators.login("rina", "sandi-rina-123")
    assert page.toggle_button.text() == "&Enable"
    assert page.model.index(page.table.currentIndex().row(), STATUS).data() == "Disabled"
    qtbot.keyClick(page.toggle_button, Qt.Key.Key_Space)
    admin.operators.login("admin", ADMIN_PASSWORD)
    assert {op.username: op.active for op in admin.operators.list()}["rina"] is True


def test_disabling_yourself_is_refused_inline(qtbot, admin, page):
    page.select_username("admin")
    qtbot.keyClick(page.toggle_button, Qt.Key.Key_Space)
    assert page.message.isVisible() and "sendiri" in page.message.text()
    assert all(op.active for op in admin.operators.list())


def test_reset_password_by_keyboard(qtbot, admin):
    rina = admin.operators.add("rina", "sandi-rina-123", Role.OPERATOR)
    dialog = _show(qtbot, ResetPasswordDialog(admin.operators, rina))
    qtbot.keyClicks(dialog.password, "sandi-baru-456")
    qtbot.keyClicks(dialog.password_again, "sandi-baru-456")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert admin.operators.login("rina", "sandi-baru-456").username == "rina"


def test_reset_password_mismatch_keeps_the_old_one(qtbot, admin):
    rina = admin.operators.add("rina", "sandi-rina-123", Role.OPERATOR)
    dialog = _show(qtbot, ResetPasswordDialog(admin.operators, rina))
    qtbot.keyClicks(dialog.password, "sandi-baru-456")
    qtbot.keyClicks(dialog.password_again, "sandi-baru-789")
    qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.messages["password_again"].text() == "The two passwords are not the same."
    assert admin.operators.login("rina", "sandi-rina-123").username == "rina"


def test_non_admin_sees_the_list_read_only(qtbot, admin):
    admin.operators.add("rina", "sandi-rina-123", Role.OPERATOR)
    admin.operators.login("rina", "sandi-rina-123")
    page = _show(qtbot, SettingsPage(admin.setup, admin.operators))
    assert page.model.rowCount() == 2
    assert not page.add_button.isVisible() and not page.toggle_button.isVisible()
    assert page.read_only_note.isVisible()


# ---- a new recovery code (an encrypted SQLite installation) ---------------------------------------
@pytest.fixture
def encrypted(desa_template_db, tmp_path):
    """The desa of `services`, encrypted, with the admin signed in (the keyring attached)."""
    db = tmp_path / "encrypted" / "puskesos.sqlite3"  # not the `services` fixture's file, which may be open
    db.parent.mkdir()
    shutil.copy(desa_template_db, db)
    encrypt_installation(db)
    access = Access(Settings.from_args(str(db)))
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    yield access, sv
    sv.close()


def _answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or button)
    return asked


def test_an_admin_makes_a_new_recovery_code_by_keyboard_and_prints_its_sheet(qtbot, encrypted, monkeypatch):
    access, sv = encrypted
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown = []

    def user(dialog):  # stands in for exec: prints the sheet, ticks "written down", OK
        shown.append(dialog.code.text())
        qtbot.keyClick(dialog.print_button, Qt.Key.Key_Space)
        preview = dialog.preview
        assert preview is not None and preview.document.pageCount() == 1
        assert not preview.save_button.isVisible() and preview.print_button.isVisible()
        preview.close()
        qtbot.keyClick(dialog.written, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(settings_page.RecoveryCodeDialog, "exec", user)
    page = _show(qtbot, SettingsPage(sv.setup, sv.operators))
    assert page.recovery_button.isVisible()
    page.recovery_button.setFocus()
    qtbot.keyClick(page.recovery_button, Qt.Key.Key_Space)
    assert len(asked) == 1 and "stops opening the data" in asked[0]
    [code] = shown
    assert "in use" in page.office_notice.text()
    access.sign_in_with_recovery(code).close()


def test_no_new_recovery_code_unless_confirmed(qtbot, encrypted, monkeypatch):
    access, sv = encrypted
    keys = key_file_for(access.database).read_bytes()
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(settings_page.RecoveryCodeDialog, "exec", lambda _d: pytest.fail("no code to show"))
    page = _show(qtbot, SettingsPage(sv.setup, sv.operators))
    qtbot.keyClick(page.recovery_button, Qt.Key.Key_Space)
    assert key_file_for(access.database).read_bytes() == keys


def test_a_refused_new_code_is_said_on_the_page(qtbot, encrypted, monkeypatch):
    _access, sv = encrypted
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)

    def refuse():
        raise PuskesosError("Kode pemulihan baru tidak dapat disimpan (disk penuh); kode lama tetap berlaku.")

    monkeypatch.setattr(sv.operators, "new_recovery_code", refuse)
    monkeypatch.setattr(settings_page.RecoveryCodeDialog, "exec", lambda _d: pytest.fail("no code to show"))
    page = _show(qtbot, SettingsPage(sv.setup, sv.operators))
    qtbot.keyClick(page.recovery_button, Qt.Key.Key_Space)
    assert "kode lama tetap berlaku" in page.office_notice.text()


def test_no_recovery_code_button_without_a_key_file_or_for_a_non_admin(qtbot, page, encrypted):
    assert not page.recovery_button.isVisible()  # `services`: no key file (as on PostgreSQL)
    _access, sv = encrypted
    sv.operators.add("rina", "sandi-rina-123", Role.OPERATOR)
    sv.operators.begin_session("rina")
    other = _show(qtbot, SettingsPage(sv.setup, sv.operators))
    assert not other.recovery_button.isVisible() and other.read_only_note.isVisible()


def test_the_recovery_code_button_has_its_own_alt_letter_in_indonesian(qtbot, encrypted, qapp):
    from puskesos_desktop.ui.i18n import install_translator

    from tests.ui.test_mnemonics import clashes

    _access, sv = encrypted
    translator = install_translator(qapp)
    try:
        page = _show(qtbot, SettingsPage(sv.setup, sv.operators, catalogue=sv.catalogue))
        assert page.recovery_button.text() == "Buat kode &pemulihan baru…"
        assert clashes(page) == []
    finally:
        qapp.removeTranslator(translator)
