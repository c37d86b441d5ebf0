"""The household dialog, filled by keyboard: what it stores, and what it refuses next to the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core.model import Housing
from puskesos_desktop.ui.dialogs.household_dialog import HouseholdDialog

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

    assert dialog.saved_id == household_id
    stored = services.households.get(household_id)
    assert stored.rt == "007" and stored.address == "Kp. Cibeureum" and len(stored.members) == 1


def test_escape_cancels_without_saving(services, qtbot, keyboard):
    dialog = keyboard.show(HouseholdDialog(services.households))
    dialog.no_kk.setFocus()
    qtbot.waitUntil(dialog.no_kk.hasFocus)
    keyboard.type("3201051511200002")
    keyboard.key(Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert services.households.count() == 0
