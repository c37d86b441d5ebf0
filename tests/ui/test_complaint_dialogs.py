"""Complaint dialogs by keyboard: registering one, refusing an empty form, and moving one along its workflow."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core import clock
from puskesos_desktop.core.referral_model import ComplaintDraft
from puskesos_desktop.core.referrals import CloseReason, ComplaintKind, ComplaintStatus
from puskesos_desktop.ui.dialogs.complaint_action_dialog import DUPLICATE, INVALID, ComplaintActionDialog
from puskesos_desktop.ui.dialogs.complaint_dialog import ComplaintDialog


def record(services, reporter: str, description: str, days_ago: int = 0) -> str:
    draft = ComplaintDraft(kind=ComplaintKind.PENGADUAN, category="bansos", description=description,
                           reporter_name=reporter, reporter_relationship="tetangga",
                           received_on=clock.today() - dt.timedelta(days=days_ago))
    return services.complaints.record(draft).id


def test_complaint_typed_by_keyboard_is_stored(services, household_id, qtbot, keyboard, today):
    dialog = keyboard.show(ComplaintDialog(services.complaints, services.search, services.households))
    assert dialog.kind.hasFocus()
    keyboard.type("Peng")                       # kind: Pengaduan
    keyboard.tab()
    keyboard.type("B")                          # category: Bantuan sosial
    keyboard.tab()
    keyboard.tab()                              # received on: today
    keyboard.type("BPNT bulan ini belum cair")
    keyboard.tab()                              # Tab leaves the description
    keyboard.fill("Dedi Supriadi")
    keyboard.fill("ketua RT/RW")
    keyboard.fill("0812-3456-7890")
    keyboard.type("supar")                      # the person concerned, by name
    keyboard.key(Qt.Key.Key_Down)               # searches now and goes to the list (does not save)
    assert dialog.isVisible() and dialog.person_list.hasFocus()
    keyboard.key(Qt.Key.Key_Down)               # from "not registered" to SUPARMAN
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = services.complaints.get(dialog.saved_id)
    head = services.households.get(household_id).head
    assert (stored.kind, stored.category, stored.status) == (ComplaintKind.PENGADUAN, "bansos", ComplaintStatus.DITERIMA)
    assert stored.description == "BPNT bulan ini belum cair"
    assert (stored.reporter_name, stored.reporter_relationship, stored.reporter_phone) == (
        "DEDI SUPRIADI", "ketua RT/RW", "0812-3456-7890")
    assert (stored.person_id, stored.household_id, stored.received_on) == (head.id, household_id, today)


def test_person_concerned_may_be_not_registered(services, keyboard):
    dialog = keyboard.show(ComplaintDialog(services.complaints, services.search, services.households))
    keyboard.type("Per")                        # Pertanyaan
    keyboard.tab()
    keyboard.type("Pel")                        # Pelayanan Puskesos
    keyboard.tab(2)
    keyboard.type("Kapan jadwal pelayanan?")
    keyboard.tab()
    keyboard.fill("Euis")
    keyboard.type("diri sendiri")
    keyboard.key(Qt.Key.Key_Return)

    stored = services.complaints.get(dialog.saved_id)
    assert (stored.kind, stored.category) == (ComplaintKind.PERTANYAAN, "pelayanan")
    assert stored.person_id is None and stored.household_id is None


def test_empty_complaint_shows_messages_and_stores_nothing(services, keyboard):
    dialog = keyboard.show(ComplaintDialog(services.complaints, services.search, services.households))
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.saved_id is None
    for field in ("kind", "category", "description", "reporter_name", "reporter_relationship"):
        assert dialog.checks.messages[field].isVisible(), field
    assert "Nama pelapor wajib diisi" in dialog.checks.messages["reporter_name"].text()
    assert dialog.kind.hasFocus()
    assert services.complaints.rows() == []


def step(services, keyboard, complaint_id: str, choice: int, note: str = "") -> ComplaintActionDialog:
    """Opens the action dialog, ticks the `choice`-th step (arrow keys + Space), types the note and saves."""
    dialog = keyboard.show(ComplaintActionDialog(services.complaints, complaint_id))
    keyboard.key(Qt.Key.Key_Down, choice - 1)
    keyboard.key(Qt.Key.Key_Space)
    keyboard.tab()
    keyboard.type(note)
    keyboard.key(Qt.Key.Key_Return)
    return dialog


def test_complaint_moves_through_the_whole_workflow(services, keyboard):
    cid = record(services, "Ratna", "BPNT belum cair")
    # From diterima: 1 verifikasi, 2 tidak valid, 3 duplikat.
    step(services, keyboard, cid, 1, "Dicek ke rumah")
    # From verifikasi: 1 diteruskan, 2 ditangani, ...; "to whom" is required for diteruskan.
    dialog = keyboard.show(ComplaintActionDialog(services.complaints, cid))
    keyboard.key(Qt.Key.Key_Space)
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.checks.messages["note"].isVisible()
    assert services.complaints.get(cid).status is ComplaintStatus.VERIFIKASI
    keyboard.type("Dinsos Kabupaten")           # the focus went to the note in error
    keyboard.key(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    step(services, keyboard, cid, 1, "Sudah dicairkan")
    last = step(services, keyboard, cid, 1)     # ditangani → selesai: the only step

    assert last.saved.status is ComplaintStatus.SELESAI
    events = services.complaints.get(cid).events
    assert [(e.from_status, e.to_status) for e in events] == [
        (None, ComplaintStatus.DITERIMA), (ComplaintStatus.DITERIMA, ComplaintStatus.VERIFIKASI),
        (ComplaintStatus.VERIFIKASI, ComplaintStatus.DITERUSKAN), (ComplaintStatus.DITERUSKAN, ComplaintStatus.DITANGANI),
        (ComplaintStatus.DITANGANI, ComplaintStatus.SELESAI)]
    assert events[2].note == "Dinsos Kabupaten"
    finished = ComplaintActionDialog(services.complaints, cid)
    assert finished.action_buttons == {} and not finished.save_button.isEnabled()
    assert finished.history.model().rowCount() == 5


def test_close_as_duplicate_picks_the_original_by_reporter(services, keyboard):
    original = record(services, "Ratna", "BPNT belum cair", days_ago=3)
    record(services, "Asep", "Nama salah di KIS", days_ago=1)
    copy = record(services, "Ratna", "BPNT belum cair juga")
    dialog = keyboard.show(ComplaintActionDialog(services.complaints, copy))
    assert list(dialog.action_buttons) == [ComplaintStatus.VERIFIKASI, INVALID, DUPLICATE]
    keyboard.key(Qt.Key.Key_Down, 2)
    keyboard.key(Qt.Key.Key_Space)              # close: duplicate
    keyboard.tab()
    keyboard.fill("Sama dengan laporan Senin")  # note
    keyboard.type("ratna")                      # filter the originals
    assert dialog.duplicate_list.count() == 1
    keyboard.key(Qt.Key.Key_Return)

    stored = services.complaints.get(copy)
    assert (stored.status, stored.close_reason, stored.duplicate_of) == (
        ComplaintStatus.DITUTUP, CloseReason.DUPLIKAT, original)
    assert stored.events[-1].note == "Sama dengan laporan Senin"


def test_closing_as_not_valid_needs_a_reason(services, keyboard):
    cid = record(services, "Ujang", "Minta dibuatkan KTP")
    dialog = keyboard.show(ComplaintActionDialog(services.complaints, cid))
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Space)              # close: not valid
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.isVisible() and "not valid" in dialog.checks.messages["note"].text()
    keyboard.type("Bukan warga desa ini")
    keyboard.key(Qt.Key.Key_Return)

    stored = services.complaints.get(cid)
    assert (stored.status, stored.close_reason) == (ComplaintStatus.DITUTUP, CloseReason.TIDAK_VALID)


def test_the_person_list_is_in_the_tab_order_and_enter_never_cancels(services, household_id, keyboard):
    """Issue 9: Tab from the search reaches the list with the search's people in it, arrows choose, and Enter
    (even on a focused Cancel) saves; keyboard only, from open to saved."""
    from puskesos_desktop.core import clock

    dialog = keyboard.show(ComplaintDialog(services.complaints, services.search, services.households))
    keyboard.type("Sar")                        # kind: Saran
    keyboard.tab()
    keyboard.type("Pel")                        # category: Pelayanan Puskesos
    keyboard.tab(2)                             # received on: today
    keyboard.type("Jam layanan ditambah")
    keyboard.tab()
    keyboard.fill("Suparman")
    keyboard.fill("diri sendiri")
    keyboard.tab()                              # no phone
    assert dialog.person_search.hasFocus()
    keyboard.type("supar")
    keyboard.tab()                              # at once, before the search delay: the search runs on Tab
    assert dialog.person_list.hasFocus() and dialog.person_list.count() == 2
    keyboard.key(Qt.Key.Key_Down)               # from "not registered" to SUPARMAN
    assert dialog.person_id() == services.households.get(household_id).head.id
    keyboard.key(Qt.Key.Key_Up)
    keyboard.key(Qt.Key.Key_Down)
    keyboard.tab()
    assert dialog.save_button.hasFocus()
    keyboard.tab()                              # Cancel
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).hasFocus()
    keyboard.key(Qt.Key.Key_Return)             # Enter does not throw the form away

    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id is not None
    stored = services.complaints.get(dialog.saved_id)
    assert (stored.kind, stored.category, stored.description) == (ComplaintKind.SARAN, "pelayanan",
                                                                  "Jam layanan ditambah")
    assert (stored.person_id, stored.household_id, stored.received_on) == (
        services.households.get(household_id).head.id, household_id, clock.today())


def test_from_a_household_its_members_are_listed_and_chosen_by_arrows(services, household_id, keyboard):
    household = services.households.get(household_id)
    dialog = keyboard.show(ComplaintDialog(services.complaints, services.search, services.households,
                                           household=household))
    keyboard.type("Per")
    keyboard.tab()
    keyboard.type("Kes")                        # Kesehatan
    keyboard.tab(2)
    keyboard.type("Cara aktifkan KIS?")
    keyboard.tab()
    keyboard.fill("Suparman")
    keyboard.fill("diri sendiri")
    keyboard.tab(2)                             # past the phone and the empty search: the members' list
    assert dialog.person_list.hasFocus() and dialog.person_list.count() == 2
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Return)             # Enter in the list saves with the member chosen

    stored = services.complaints.get(dialog.saved_id)
    assert (stored.person_id, stored.household_id) == (household.head.id, household_id)
