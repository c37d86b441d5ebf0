"""Backups in the window (issue 11): Pengaturan's box, the backups list, the restore dialog, the wizard's
"Pulihkan dari cadangan", the daily backup on closing and the restore between two sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from puskesos_desktop import app as app_module
from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.services.access import Access, State
from puskesos_desktop.services.restore import Restore
from puskesos_desktop.settings import Settings
from puskesos_desktop.ui.dialogs.backups_dialog import BackupsDialog
from puskesos_desktop.ui.dialogs.restore_dialog import RestoreDialog
from puskesos_desktop.ui.dialogs.setup_wizard import SetupWizard
from puskesos_desktop.ui.pages import settings_page as settings_module
from puskesos_desktop.ui.pages.settings_page import SettingsPage
from tests.conftest import ADMIN_PASSWORD, DESA_CODE, copy_installation


@pytest.fixture(scope="module")
def encrypted_desa(tmp_path_factory):
    db = tmp_path_factory.mktemp("ui-backup") / "desa.sqlite3"
    sv = Access(Settings.from_args(str(db))).create()
    sv.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"), admin_username="admin",
                        admin_password=ADMIN_PASSWORD)
    code = sv.keyring.take_recovery_code()
    sv.operators.begin_session("admin")
    sv.demo.generate(2, 3)
    sv.close()
    return db, code


@pytest.fixture
def signed_in(encrypted_desa, tmp_path):
    db = tmp_path / "laptop" / "puskesos.sqlite3"
    db.parent.mkdir()
    copy_installation(encrypted_desa[0], db)
    access = Access(Settings.from_args(str(db)))
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    yield access, sv, encrypted_desa[1]
    sv.close()


def _answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))


def test_back_up_to_usb_from_pengaturan_writes_a_whole_file_and_says_the_stick_can_be_removed(
        qtbot, signed_in, tmp_path, monkeypatch):
    _access, sv, _code = signed_in
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(settings_module, "choose_folder", lambda *a, **k: str(usb))
    page = SettingsPage(sv.setup, sv.operators, backups=sv.backups)
    qtbot.addWidget(page)
    page.show()
    assert page.backup_box.isVisible() and page.backup_state.text()
    page.usb_button.click()
    qtbot.waitUntil(lambda: page.usb_button.isEnabled() and bool(page.backup_notice.text()), timeout=20000)
    (written,) = usb.iterdir()
    assert written.suffix == ".pskbak" and str(written) in page.backup_notice.text()
    assert "utuh" in page.backup_notice.text() or "whole" in page.backup_notice.text()
    page.grab().save(str(tmp_path / "pengaturan-cadangan.png"))


def test_the_backup_box_is_for_an_administrator_of_an_encrypted_database(qtbot, services):
    page = SettingsPage(services.setup, services.operators, backups=services.backups)  # plaintext test database
    qtbot.addWidget(page)
    page.show()
    assert not page.backup_box.isVisible()


def test_the_backups_dialog_lists_and_verifies_and_restore_hands_over_the_unlocked_backup(
        qtbot, signed_in, tmp_path, monkeypatch):
    _access, sv, _code = signed_in
    good = Path(sv.backups.create().path)
    damaged = sv.backups.folder / good.name.replace(".pskbak", "-2.pskbak")
    damaged.write_bytes(good.read_bytes()[:20000])
    dialog = BackupsDialog(sv.backups, sv.setup.office(), restore=Restore(sv.backups.settings), username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    states = {dialog.model.row_at(r).file: dialog.model.row_at(r).verified for r in range(2)}
    assert states == {good.name: True, damaged.name: False}
    dialog.grab().save(str(tmp_path / "daftar-cadangan.png"))
    row = next(r for r in range(2) if dialog.model.row_at(r).verified)
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(1 - row)
    assert not dialog.restore_button.isEnabled()  # a damaged backup is not offered


def test_the_restore_dialog_says_what_is_wrong_and_accepts_a_backup_that_opens(qtbot, signed_in, monkeypatch):
    _access, sv, code = signed_in
    path = sv.backups.create().path
    dialog = RestoreDialog(Restore(sv.backups.settings), sv.setup.office(), path=path, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("salah-sandi")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "" and dialog.restore_button.isEnabled(), timeout=10000)
    assert "tidak membuka cadangan" in dialog.message.text()
    _answer_yes(monkeypatch)
    dialog.with_code.setChecked(True)
    dialog.code.setText(code)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.opened is not None, timeout=10000)
    assert dialog.result() == RestoreDialog.DialogCode.Accepted


def test_the_wizard_of_a_new_laptop_restores_a_backup_and_the_installation_opens_again(
        qtbot, signed_in, tmp_path, monkeypatch):
    _access, sv, code = signed_in
    path = Path(sv.backups.create(tmp_path).path)
    fresh = Access(Settings.from_args(str(tmp_path / "baru" / "puskesos.sqlite3")))
    new = fresh.create()
    _answer_yes(monkeypatch)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))

    def run(dialog) -> bool:
        if isinstance(dialog, SetupWizard):
            assert not dialog.mode_page.restore_button.isHidden()
            monkeypatch.setattr(RestoreDialog, "exec", lambda self: _restore_with_code(qtbot, self, path, code))
            dialog.restore_from_backup()
            return False
        raise AssertionError(f"unexpected dialog {type(dialog).__name__}")

    with pytest.raises(app_module.RestoreRequested) as requested:
        app_module.start_session(new, run)
    new.close()
    fresh.discard_if_unfinished(new)
    assert app_module.restore_backup(fresh, requested.value.opened, None)
    assert fresh.state() is State.LOCKED
    restored = fresh.sign_in("admin", ADMIN_PASSWORD)
    try:
        assert restored.setup.office().region_code == DESA_CODE and restored.check.run().ok
    finally:
        restored.close()


def _restore_with_code(qtbot, dialog: RestoreDialog, path: Path, code: str) -> int:
    dialog.file.setText(str(path))
    dialog.with_code.setChecked(True)
    dialog.code.setText(code)
    dialog.show()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.opened is not None, timeout=10000)
    return 1


def test_closing_the_window_makes_the_days_backup_once(qtbot, signed_in):
    _access, sv, _code = signed_in
    app_module.back_up_on_closing(sv)
    app_module.back_up_on_closing(sv)
    assert [e.reason for e in sv.backups.list()] == ["daily"]
    assert QApplication.activeModalWidget() is None


def test_print_personal_data_from_warga_shows_the_pdf(qtbot, services, monkeypatch):
    from puskesos_desktop.ui.pages.warga_page import WargaPage
    from puskesos_desktop.ui.widgets import pdf_preview
    from tests.services.helpers import register

    register(services)
    shown = []
    class Preview:  # no real PDF view: one deleted right after a patched exec() crashed a worker once
        def __init__(self, title, pdf, **_kwargs):
            shown.append(title)

        def exec(self):
            return 0

        def deleteLater(self):
            pass

    monkeypatch.setattr(pdf_preview, "PdfPreviewDialog", Preview)
    page = WargaPage(services.households, services.search, services.importer, services=services)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.detail.current_person() is not None or page.model.rowCount() > 0, timeout=5000)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.current_person() is not None, timeout=5000)
    assert page.detail.report_member.isVisible()
    page.detail.report_member.click()
    assert shown and "MUHAMAD JOKO" in shown[0].upper()
