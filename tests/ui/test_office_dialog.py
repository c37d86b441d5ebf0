"""Editing the office in Pengaturan: letter place, paper and late limits, with errors next to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from puskesos_desktop.ui.dialogs.office_dialog import OfficeDialog
from puskesos_desktop.ui.pages.settings_page import SettingsPage


def test_office_settings_typed_by_keyboard_are_saved(services, qtbot, keyboard):
    office = services.setup.office()
    dialog = keyboard.show(OfficeDialog(services.setup, office), focus=None)
    dialog.place.setFocus()
    qtbot.waitUntil(dialog.place.hasFocus)
    keyboard.fill("Cibinong")                     # place on the date line
    keyboard.key(Qt.Key.Key_Down)                 # paper: F4
    dialog.complaint_days.setFocus()
    dialog.complaint_days.selectAll()
    keyboard.type("21")
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = services.setup.office()
    assert (saved.letter.place, saved.letter.paper, saved.letter_place) == ("Cibinong", "F4", "Cibinong")
    assert (saved.work.complaint_overdue_days, saved.work.referral_due_days) == (21, 14)
    assert saved.name == office.name and saved.letter.signatory_position == office.letter.signatory_position


def test_empty_name_is_refused_next_to_the_field(services, qtbot, keyboard):
    office = services.setup.office()
    dialog = keyboard.show(OfficeDialog(services.setup, office), focus=None)
    dialog.name.setFocus()
    dialog.name.selectAll()
    keyboard.key(Qt.Key.Key_Delete)
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.messages["name"].isVisible() and "wajib" in dialog.messages["name"].text()
    assert services.setup.office().name == office.name


def test_settings_page_shows_the_default_place_and_limits(services, qtbot):
    page = SettingsPage(services.setup, services.operators)
    qtbot.addWidget(page)
    texts = [page.office_form.itemAt(i).widget().text() for i in range(page.office_form.count())
             if page.office_form.itemAt(i).widget() is not None]
    assert any("Bojong Koneng" in t and "A4" in t for t in texts)
    assert any("14" in t for t in texts)
    assert page.edit_office_button.isVisibleTo(page)


def test_settings_has_a_catalogue_tab_when_given_the_catalogue(services, qtbot):
    page = SettingsPage(services.setup, services.operators, catalogue=services.catalogue)
    qtbot.addWidget(page)
    assert page.tabs.count() == 2 and page.catalogue_page is not None
    assert page.catalogue_page.isAncestorOf(page.tabs.widget(1)) or page.tabs.widget(1) is page.catalogue_page
