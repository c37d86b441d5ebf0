"""The household dialog, filled by keyboard: what it stores, and what it refuses next to the field."""

from __future__ import annotations


from PySide6.QtCore import Qt

from puskesos_desktop.core.model import Housing
from puskesos_desktop.ui.dialogs.household_dialog import HouseholdDialog

from tests.ui.form_answers import answer, assert_fully_shown, escape_asks

NO_KK = "3201051511200001"  # the household of the `household_id` fixture


def test_new_household_typed_by_keyboard_is_stored(services, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households), focus=None)
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.fill("3201-0515-1120-0002")          # No KK, separators allowed
    keyboard.fill("Kp. Cibeureum No. 4")          # address
    keyboard.fill("3")                            # RT
    keyboard.fill("1")                            # RW
    keyboard.fill("Dua")                          # dusun
    keyboard.type("Di")                           # DTSEN status: "Diusulkan baru"
    keyboard.tab()
    keyboard.fill("DT-778")                       # DTSEN id
    keyboard.type("3")                            # desil 3
    keyboard.tab()
    keyboard.fill("36,5")                         # floor area
    keyboard.type("M")                            # ownership: Milik sendiri
    keyboard.tab()
    keyboard.type("K")                            # floor: Keramik
    keyboard.key(Qt.Key.Key_Return)
    assert "consent is not recorded" in dialog.missing_question.text()
    answer(qtbot, dialog.missing_question, Qt.Key.Key_S)   # Save anyway

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = services.households.get(dialog.saved_id)
    assert stored.no_kk == "3201051511200002"
    assert (stored.address, stored.rt, stored.rw, stored.dusun) == ("Kp. Cibeureum No. 4", "003", "001", "DUA")
    assert (stored.dtsen_status, stored.dtsen_id, stored.desil) == ("usulan_baru", "DT-778", 3)
    assert stored.housing == Housing(floor_area_m2=36.5, ownership="milik_sendiri", floor="keramik")


def test_programs_and_consent_by_keyboard(services, qtbot, keyboard, today):
    dialog = keyboard.show(HouseholdDialog(services.households))
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.type("3201051511200002")
    dialog.programs["PKH"].setFocus()
    qtbot.waitUntil(dialog.programs["PKH"].hasFocus)
    keyboard.key(Qt.Key.Key_Space)                # PKH
    keyboard.tab()
    keyboard.key(Qt.Key.Key_Space)                # Sembako
    dialog.consent.setFocus()
    qtbot.waitUntil(dialog.consent.hasFocus)
    keyboard.key(Qt.Key.Key_Space)                # consent: today's date is filled in
    keyboard.key(Qt.Key.Key_Return)
    assert "consent" not in dialog.missing_question.text()
    assert "RT, RW, Dusun not filled in" in dialog.missing_question.text()
    answer(qtbot, dialog.missing_question, Qt.Key.Key_S)   # Save anyway

    stored = services.households.get(dialog.saved_id)
    assert stored.programs == ("PKH", "SEMBAKO")
    assert stored.consent and stored.consent_date == today


def test_duplicate_no_kk_is_refused_next_to_the_field(services, household_id, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households))
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.fill(NO_KK)

    message = dialog.checks.messages["no_kk"]
    assert message.isVisible()
    assert "sudah terdaftar" in message.text() and "SUPARMAN" in message.text()
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.no_kk.hasFocus()
    assert services.households.count() == 1


def test_bad_rt_and_floor_area_block_save(services, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households))
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.fill("3201051511200002")
    keyboard.tab()                                # address left empty
    keyboard.fill("a1")                           # RT
    dialog.floor_area.setFocus()
    qtbot.waitUntil(dialog.floor_area.hasFocus)
    keyboard.type("luas")
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.checks.messages["rt"].isVisible()
    assert dialog.checks.messages["floor_area_m2"].text() == "Type the floor area as a number, e.g. 36."
    assert dialog.isVisible() and dialog.saved_id is None
    assert services.households.count() == 0


def test_editing_keeps_the_household_and_changes_what_was_typed(services, household_id, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households, services.households.get(household_id)))
    assert dialog.no_kk.text() == NO_KK
    dialog.rt.setFocus()
    qtbot.waitUntil(dialog.rt.hasFocus)
    dialog.rt.selectAll()
    keyboard.type("7")
    keyboard.key(Qt.Key.Key_Return)
    answer(qtbot, dialog.missing_question, Qt.Key.Key_S)   # no consent recorded: save anyway

    assert dialog.saved_id == household_id
    stored = services.households.get(household_id)
    assert stored.rt == "007" and stored.address == "Kp. Cibeureum" and len(stored.members) == 1


def test_escape_on_a_typed_form_asks_before_discarding(services, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households))
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.type("3201051511200002")
    answer(qtbot, escape_asks(qtbot, keyboard, dialog), Qt.Key.Key_Return)   # No is the default
    assert dialog.isVisible() and dialog.no_kk.text() == "3201051511200002"
    qtbot.waitUntil(dialog.no_kk.hasFocus)        # back where the operator was typing
    answer(qtbot, escape_asks(qtbot, keyboard, dialog), Qt.Key.Key_Y)        # Yes: discard
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
    assert services.households.count() == 0


def test_escape_on_an_unchanged_form_closes_at_once(services, household_id, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households, services.households.get(household_id)))
    dialog.address.setFocus()
    qtbot.waitUntil(dialog.address.hasFocus)
    keyboard.key(Qt.Key.Key_End)
    keyboard.type("7")
    keyboard.key(Qt.Key.Key_Backspace)            # typed and taken back: nothing changed
    keyboard.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_question is None


def test_missing_rt_and_consent_can_be_filled_after_going_back(services, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households))
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.fill("3201051511200002")
    keyboard.fill("Kp. Cibeureum No. 4")
    keyboard.tab()                                # RT left empty
    keyboard.fill("1")
    keyboard.type("Dua")
    keyboard.key(Qt.Key.Key_Return)
    text = dialog.missing_question.text()
    assert "consent is not recorded" in text and "RT not filled in" in text
    answer(qtbot, dialog.missing_question, Qt.Key.Key_G)   # Go back and fill in
    assert dialog.isVisible() and services.households.count() == 0
    qtbot.waitUntil(dialog.consent.hasFocus)      # the first thing missing
    keyboard.key(Qt.Key.Key_Space)
    dialog.rt.setFocus()
    qtbot.waitUntil(dialog.rt.hasFocus)
    keyboard.type("3")
    keyboard.key(Qt.Key.Key_Return)               # nothing missing: saved without a question

    assert not dialog.missing_question.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    stored = services.households.get(dialog.saved_id)
    assert (stored.rt, stored.rw, stored.dusun, stored.consent) == ("003", "001", "DUA", True)


def test_the_excel_message_is_shown_whole_and_the_dialog_grows(services, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households))
    height = dialog.height()
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.fill("3.20101E+15")

    message = dialog.checks.messages["no_kk"]
    assert message.text().endswith("Format kolom sebagai Teks lalu ketik ulang nomornya.")
    assert_fully_shown(message, dialog)
    assert dialog.height() > height
