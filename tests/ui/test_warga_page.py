"""The Warga page driven by keyboard: search, the member panel, add/edit/remove with confirmation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QWidget

from puskesos_desktop.core.model import HouseholdDraft, PersonDraft
from puskesos_desktop.ui.dialogs.household_dialog import HouseholdDialog
from puskesos_desktop.ui.dialogs.person_dialog import PersonDialog
from puskesos_desktop.ui.models.household_table_model import HEAD, NO_KK
from puskesos_desktop.ui.pages.warga_page import WargaPage

from tests.ui.form_answers import answer

BUDI_NIK = "3201052001850002"  # man born 20-01-1985


@pytest.fixture
def budi_id(services, household_id) -> str:
    """A second household, BUDI SANTOSO's, next to SUPARMAN's."""
    head = PersonDraft(nik=BUDI_NIK, name="Budi Santoso", relationship="KEPALA KELUARGA", sex="L",
                       birth_date=dt.date(1985, 1, 20))
    return services.households.create(HouseholdDraft(no_kk="3201051511200002", rt="004"), (head,)).id


@pytest.fixture
def page(services, budi_id, qtbot, keyboard) -> WargaPage:
    page = keyboard.show(WargaPage(services.households, services.search, services.importer, page_size=50))
    page.focus_search()
    qtbot.waitUntil(page.search_box.hasFocus)
    return page


@pytest.fixture
def questions(monkeypatch):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _heads(page) -> list[str]:
    return [page.model.data(page.model.index(r, HEAD)) for r in range(page.model.rowCount())]


def test_the_full_list_masks_the_no_kk_and_the_panel_shows_members(page):
    assert _heads(page) == ["BUDI SANTOSO", "SUPARMAN"]
    assert page.model.data(page.model.index(0, NO_KK)) == "3201••••••••0002"
    assert "2 households" in page.status.text()
    page.table.selectRow(1)
    assert page.detail.household.no_kk == "3201051511200001"
    assert page.detail.members.data(page.detail.members.index(0, 1)) == "3201••••••••0001"


def test_typing_a_name_or_part_of_a_nik_filters_the_list(page, qtbot, keyboard):
    keyboard.type("santos bud")
    qtbot.waitUntil(lambda: _heads(page) == ["BUDI SANTOSO"])
    assert page.detail.household.members[0].nik == BUDI_NIK
    assert "1 households found" in page.status.text()

    page.search_box.selectAll()
    keyboard.type("32010515059")                 # the start of SUPARMAN's NIK
    qtbot.waitUntil(lambda: _heads(page) == ["SUPARMAN"])


def test_the_member_the_search_found_is_selected_in_the_panel(page, services, household_id, qtbot, keyboard):
    wife = PersonDraft(nik="3201055507920003", name="Siti Aminah", relationship="ISTRI", sex="P",
                       birth_date=dt.date(1992, 7, 15))
    services.households.add_person(household_id, wife)
    keyboard.type("aminah")
    qtbot.waitUntil(lambda: _heads(page) == ["SUPARMAN"])
    assert page.detail.current_person().name == "SITI AMINAH"


def test_nothing_found_says_so_and_an_empty_box_is_the_full_list(page, qtbot, keyboard):
    keyboard.type("tidak ada orangnya")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "Nothing found" in page.status.text()
    assert page.detail.household is None

    page.search_box.selectAll()
    keyboard.key(Qt.Key.Key_Backspace)           # an empty box is the full list again
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_delete_asks_naming_the_household_then_tombstones_it(page, services, budi_id, qtbot, keyboard, questions):
    keyboard.type("budi")
    keyboard.key(Qt.Key.Key_Return)              # searches now and moves to the list
    assert page.table.hasFocus() and page.detail.household.id == budi_id
    keyboard.key(Qt.Key.Key_Delete)

    assert len(questions) == 1 and "BUDI SANTOSO" in questions[0] and "3201••••••••0002" in questions[0]
    assert services.households.count() == 1
    assert page.model.rowCount() == 0 and page.detail.household is None


def test_ctrl_n_registers_a_household_and_the_list_shows_it(page, services, qtbot, keyboard, monkeypatch):
    def fill_and_save(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.no_kk, "3201051511200003")
        qtbot.keyClicks(dialog.address, "Kp. Baru")
        qtbot.keyClick(dialog.no_kk, Qt.Key.Key_Return)
        answer(qtbot, dialog.missing_question, Qt.Key.Key_S)   # no consent, no RT/RW/Dusun: save anyway
        return dialog.result()

    keyboard.type("budi")                         # a search that will not find the new household
    qtbot.waitUntil(lambda: _heads(page) == ["BUDI SANTOSO"])
    monkeypatch.setattr(HouseholdDialog, "exec", fill_and_save)
    qtbot.keyClick(page.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert services.households.count() == 3
    assert page.search_box.text() == "" and page.model.rowCount() == 3   # the full list again
    assert page.detail.household.address == "Kp. Baru"
    selected = page.model.row_at(page.table.currentIndex().row())
    assert selected.id == page.detail.household.id                       # list and panel agree
    assert page.table.selectionModel().isRowSelected(page.table.currentIndex().row())
    assert not page._timer.isActive()             # no late search of the emptied box undoes it


def test_going_to_a_household_far_down_a_long_list_selects_it_in_view(services, qtbot, keyboard):
    ids = []
    for n in range(60):
        head = PersonDraft(nik=f"320105200185{n + 1:04d}", name=f"Warga {n:02d}",
                           relationship="KEPALA KELUARGA", sex="L", birth_date=dt.date(1985, 1, 20))
        ids.append(services.households.create(HouseholdDraft(no_kk=f"320105151120{n + 10:04d}"), (head,)).id)
    page = keyboard.show(WargaPage(services.households, services.search, services.importer, page_size=20))
    page.resize(1000, 400)
    keyboard.type("warga 0")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    person = services.households.get(ids[55]).members[0]

    page.go_to_household(ids[55], person.id)      # as after "Open that person in Warga"

    row = page.table.currentIndex().row()
    assert page.search_box.text() == "" and page.model.row_at(row).id == ids[55] == page.detail.household.id
    assert page.table.viewport().rect().intersects(page.table.visualRect(page.model.index(row, 0)))
    assert page.detail.current_person().id == person.id


def test_enter_on_a_row_opens_that_household_for_editing(page, budi_id, qtbot, keyboard, monkeypatch):
    opened: list[str] = []

    def record(dialog):
        opened.append(dialog.no_kk.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HouseholdDialog, "exec", record)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["3201051511200002"]


def test_members_are_added_and_removed_from_the_panel(page, services, household_id, qtbot, questions, monkeypatch):
    def fill_and_save(dialog):
        dialog.show()
        qtbot.keyClicks(dialog.nik, "3201055507920003")
        dialog.nik.editingFinished.emit()        # as when the operator leaves the field
        qtbot.keyClicks(dialog.name, "Siti Aminah")
        dialog.relationship.setCurrentIndex(dialog.relationship.findData("ISTRI"))
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill_and_save)
    page.table.selectRow(1)                      # SUPARMAN
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [m.name for m in page.detail.household.members] == ["SUPARMAN", "SITI AMINAH"]
    assert page.model.data(page.model.index(1, 5)) == "2"        # member count refreshed

    page.detail.table.setFocus()
    page.detail.table.selectRow(1)
    qtbot.keyClick(page.detail.table, Qt.Key.Key_Delete)
    assert "SITI AMINAH" in questions[-1]
    assert [m.name for m in services.households.get(household_id).members] == ["SUPARMAN"]
    assert [m.name for m in page.detail.household.members] == ["SUPARMAN"]


def test_read_only_page_offers_no_changes(services, household_id, qtbot, keyboard, monkeypatch):
    """The kabupaten looks at the desas' households; only their desa may change them."""
    from puskesos_desktop.ui.pages import warga_page

    page = WargaPage(services.households, services.search, services.importer, read_only=True)
    keyboard.show(page, focus=page.table)
    assert not page.add_household.isVisibleTo(page) and not page.detail.add_member.isVisibleTo(page)
    opened = []
    monkeypatch.setattr(warga_page, "HouseholdDialog", lambda *a, **k: opened.append(a))
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert opened == [] and services.households.count() == 1


def test_a_search_at_its_limit_asks_for_more_letters(services, qtbot):
    from puskesos_desktop.services.search import SearchService

    for i, (no_kk, nik) in enumerate((("3201051511200011", "3201051505900011"), ("3201051511200012", "3201051505900012"),
                                      ("3201051511200013", "3201051505900013"))):
        services.households.create(HouseholdDraft(no_kk=no_kk, address="Kp. Cibeureum", rt="1", rw="1"), (
            PersonDraft(nik=nik, name=f"Suparman {i}", relationship="KEPALA KELUARGA", sex="L",
                        birth_date=dt.date(1990, 5, 15)),))
    page = WargaPage(services.households, SearchService(services.context, 2), services.importer)
    qtbot.addWidget(page)
    page.search_box.setText("suparman")
    page.run_search()
    assert page.model.rowCount() == 2 and "type more" in page.status.text()


def test_show_full_nik_asks_the_service_which_audits_it(services, household_id, qtbot, keyboard, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    page = WargaPage(services.households, services.search, services.importer)
    keyboard.show(page, focus=page.table)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.household is not None)
    page.detail.reveal_member.click()
    assert shown and "3201051505900001" in shown[0] and "3201051511200001" in shown[0]


def test_a_duplicate_nik_in_a_new_member_leads_to_the_person_who_has_it(page, services, household_id, budi_id,
                                                                         qtbot, keyboard, monkeypatch):
    def type_suparmans_nik(dialog):
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.nik.setFocus()
        qtbot.waitUntil(dialog.nik.hasFocus)
        keyboard.fill("3201051505900001")            # SUPARMAN's NIK, typed in BUDI's household
        qtbot.keyClick(dialog.name, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)   # Open that person
        qtbot.waitUntil(lambda: not dialog.isVisible())
        return dialog.result()

    keyboard.type("budi")
    keyboard.key(Qt.Key.Key_Return)               # BUDI's household found and selected
    assert page.detail.household.id == budi_id
    monkeypatch.setattr(PersonDialog, "exec", type_suparmans_nik)
    page.add_member()

    assert page.search_box.text() == "" and page.detail.household.id == household_id
    assert page.model.row_at(page.table.currentIndex().row()).id == household_id
    assert page.detail.current_person().name == "SUPARMAN"
    assert page.focusWidget() is page.detail.table   # the keyboard goes on from the member
    assert len(services.households.get(budi_id).members) == 1   # nothing was added to BUDI's


LONG_NAMES = ("Siti Nurhaliza Rahmawati Kusumaningrum", "Muhammad Rizky Pratama Wijayakusuma",
              "Dewi Sartika Purnamasari Handayani", "Ahmad Fauzan Hidayatullah Firmansyah")
# The main window's size on each screen (its frame and the taskbar left out), less its 200-pixel navigation.
SCREENS = {"1366x768": (1366 - 16, 768 - 40 - 40), "1024x576": (1024 - 16, 576 - 30 - 40)}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_list_and_the_members_fit_a_laptop_screen_without_scrolling_sideways(
        services, household_id, budi_id, qtbot, keyboard, screen):
    for number, name in enumerate(LONG_NAMES):
        services.households.add_person(household_id, PersonDraft(
            nik=f"32010555079200{number + 3:02d}", name=name, relationship="ANAK", sex="P",
            birth_date=dt.date(2010 + number, 7, 15)))
    services.households.update(household_id, HouseholdDraft(
        no_kk="3201051511200001", address="Kampung Cibeureum Girang, Jalan Raya Cianjur-Sukabumi Km 12",
        rt="003", rw="001", dusun="Sukamaju Kaler"))
    window = QWidget()
    layout = QHBoxLayout(window)
    navigation = QWidget()
    navigation.setFixedWidth(200)
    page = WargaPage(services.households, services.search, services.importer, services=services)
    layout.addWidget(navigation)
    layout.addWidget(page, 1)
    window.resize(*SCREENS[screen])
    keyboard.show(window)
    page.go_to_household(household_id)
    qtbot.wait(50)

    assert page.detail.members.rowCount() == 5
    for table, essential in ((page.table, {"No KK", "Head of family"}), (page.detail.table, {"Name", "NIK"})):
        assert table.horizontalScrollBar().maximum() == 0, essential
        header = table.horizontalHeader()
        shown = {table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
                 if not header.isSectionHidden(c)}
        assert essential <= shown, shown
