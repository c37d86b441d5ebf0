"""The first-start wizard, filled by keyboard: what it stores, and how it refuses bad input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from puskesos_desktop.core.codes import Mode, Role
from puskesos_desktop.ui.dialogs.setup_wizard import (
    ADMIN_PAGE, LETTER_PAGE, OFFICE_PAGE, REGION_PAGE, SetupWizard,
)


@pytest.fixture
def wizard(qtbot, empty_services):
    w = SetupWizard(empty_services.setup, empty_services.operators)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _choose_desa(qtbot, w, code_or_name="3201052009") -> None:
    picker = w.region_page.picker
    qtbot.keyClicks(picker.search, code_or_name)
    qtbot.keyClick(picker.search, Qt.Key.Key_Tab)
    qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    _enter(qtbot, picker.results)


def _fill_admin(qtbot, w, username="kader", password="sandi-rahasia-1", again=None) -> None:
    form = w.admin_page.form
    qtbot.keyClicks(form.username, username)
    qtbot.keyClicks(form.full_name, "Siti Aminah")
    qtbot.keyClicks(form.password, password)
    qtbot.keyClicks(form.password_again, password if again is None else again)


def test_desa_setup_by_keyboard_stores_office_letter_and_admin(qtbot, wizard, empty_services, tmp_path):
    logo = tmp_path / "logo.jpg"
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    image.save(str(logo))
    _enter(qtbot, wizard.mode_page.desa)
    assert wizard.currentId() == REGION_PAGE
    _choose_desa(qtbot, wizard)
    assert wizard.currentId() == OFFICE_PAGE
    office = wizard.office_page
    assert office.name.text() == "Puskesos Bojong Koneng"  # proposed from the chosen desa
    qtbot.keyClicks(office.address, "Jl. Raya Bojong Koneng No. 1")
    qtbot.keyClicks(office.phone, "0812-1111-2222")
    qtbot.keyClicks(office.email, "puskesos@example.id")
    assert office.load_logo(str(logo))
    _enter(qtbot, office.email)
    assert wizard.currentId() == LETTER_PAGE
    letter = wizard.letter_page
    qtbot.keyClicks(letter.signatory_name, "Budi Santoso")
    qtbot.keyClicks(letter.acknowledger_name, "H. Ujang")
    qtbot.keyClicks(letter.acknowledger_position, "Kepala Desa Bojong Koneng")
    _enter(qtbot, letter.acknowledger_position)
    assert wizard.currentId() == ADMIN_PAGE
    _fill_admin(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted):
        _enter(qtbot, wizard.admin_page.form.password_again)

    stored = empty_services.setup.office()
    assert (stored.mode, stored.region_code, stored.name) == (Mode.DESA, "3201052009", "Puskesos Bojong Koneng")
    assert (stored.address, stored.phone, stored.email) == (
        "Jl. Raya Bojong Koneng No. 1", "0812-1111-2222", "puskesos@example.id")
    assert stored.letter.classification == "400.9"
    assert stored.letter.signatory_name == "BUDI SANTOSO"
    assert stored.letter.acknowledger_position == "Kepala Desa Bojong Koneng"
    png = empty_services.setup.logo()
    assert png.startswith(b"\x89PNG")
    assert max(QImage.fromData(png).width(), QImage.fromData(png).height()) == 512
    admin = empty_services.operators.login("kader", "sandi-rahasia-1")
    assert (admin.role, admin.full_name) == (Role.ADMIN, "Siti Aminah")


def test_kabupaten_setup_stops_at_kabupaten_level(qtbot, wizard, empty_services):
    qtbot.keyClick(wizard.mode_page.desa, Qt.Key.Key_Down)  # radio buttons move with the arrows
    assert wizard.mode_page.kabupaten.isChecked()
    _enter(qtbot, wizard.mode_page.kabupaten)
    picker = wizard.region_page.picker
    assert not picker.combos[2].isVisibleTo(wizard)
    _choose_desa(qtbot, wizard, "kabupaten bogor")
    assert wizard.office_page.name.text() == "Dinas Sosial Kabupaten Bogor"
    _enter(qtbot, wizard.office_page.name)
    _enter(qtbot, wizard.letter_page.classification)
    _fill_admin(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted):
        _enter(qtbot, wizard.admin_page.form.password_again)
    stored = empty_services.setup.office()
    assert (stored.mode, stored.region_code) == (Mode.KABUPATEN, "3201")


def test_region_is_required_before_next(qtbot, wizard, empty_services):
    _enter(qtbot, wizard.mode_page.desa)
    _enter(qtbot, wizard.region_page.picker.search)
    assert wizard.currentId() == REGION_PAGE
    assert wizard.region_page.message.isVisible()
    assert wizard.region_page.message.text() == "Choose a region from the list first."
    assert not empty_services.setup.is_initialized()


def test_empty_name_and_bad_email_are_shown_next_to_their_fields(qtbot, wizard, empty_services):
    _enter(qtbot, wizard.mode_page.desa)
    _choose_desa(qtbot, wizard)
    office = wizard.office_page
    office.name.selectAll()
    qtbot.keyClick(office.name, Qt.Key.Key_Delete)
    qtbot.keyClicks(office.email, "bukan-email")
    _enter(qtbot, office.email)
    assert wizard.currentId() == OFFICE_PAGE
    assert office.messages["name"].isVisible() and "wajib" in office.messages["name"].text()
    assert office.messages["email"].isVisible() and "e-mail" in office.messages["email"].text()
    assert wizard.focusWidget() is office.name
    assert not empty_services.setup.is_initialized()


def test_admin_problems_keep_the_wizard_open_and_save_nothing(qtbot, wizard, empty_services):
    _enter(qtbot, wizard.mode_page.desa)
    _choose_desa(qtbot, wizard)
    _enter(qtbot, wizard.office_page.name)
    _enter(qtbot, wizard.letter_page.classification)
    _fill_admin(qtbot, wizard, username="Ad", password="pendek", again="lain")
    _enter(qtbot, wizard.admin_page.form.password_again)
    messages = wizard.admin_page.form.messages
    assert wizard.isVisible() and wizard.currentId() == ADMIN_PAGE
    assert "Nama pengguna" in messages["username"].text()
    assert "paling sedikit" in messages["password"].text()
    assert messages["password_again"].text() == "The two passwords are not the same."
    assert not empty_services.setup.is_initialized()
    assert not empty_services.operators.has_operators()


def test_rejected_draft_goes_back_to_the_page_of_the_field(qtbot, wizard, empty_services):
    _enter(qtbot, wizard.mode_page.desa)
    _choose_desa(qtbot, wizard)
    _enter(qtbot, wizard.office_page.name)
    _enter(qtbot, wizard.letter_page.classification)
    _fill_admin(qtbot, wizard)
    wizard.letter_page.classification.clear()  # as if cleared after the page was checked
    _enter(qtbot, wizard.admin_page.form.password_again)
    assert wizard.currentId() == LETTER_PAGE
    assert "klasifikasi" in wizard.letter_page.messages["classification"].text()
    assert not empty_services.setup.is_initialized()


def test_installation_set_up_meanwhile_is_said_and_not_overwritten(qtbot, wizard, empty_services, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from puskesos_desktop.core.model import OfficeDraft

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    _enter(qtbot, wizard.mode_page.desa)
    _choose_desa(qtbot, wizard)
    _enter(qtbot, wizard.office_page.name)
    _enter(qtbot, wizard.letter_page.classification)
    _fill_admin(qtbot, wizard)
    empty_services.setup.initialize(OfficeDraft(Mode.DESA, "3201052009", "Dari baris perintah"))
    _enter(qtbot, wizard.admin_page.form.password_again)
    assert wizard.isVisible() and said and "sudah disiapkan" in said[0]
    assert empty_services.setup.office().name == "Dari baris perintah"
    assert not empty_services.operators.has_operators()


def test_a_laptop_that_replaces_a_lost_one_waits_for_the_desa_data_before_numbering_letters(
        qtbot, wizard, empty_services):
    page = wizard.mode_page
    qtbot.keyClick(page.desa, Qt.Key.Key_Tab)
    assert page.replaces_lost.hasFocus() and page.replaces_lost.isEnabled()
    qtbot.keyClick(page.replaces_lost, Qt.Key.Key_Space)
    assert page.replaces_lost.isChecked()
    page.kabupaten.setChecked(True)
    assert not page.replaces_lost.isEnabled()  # a kabupaten replaces no desa laptop
    page.desa.setChecked(True)
    _enter(qtbot, page.desa)
    _choose_desa(qtbot, wizard)
    _enter(qtbot, wizard.office_page.email)
    _enter(qtbot, wizard.letter_page.acknowledger_position)
    _fill_admin(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted):
        _enter(qtbot, wizard.admin_page.form.password_again)
    pending = empty_services.sync.pending()
    assert pending.replacing and pending.restored
