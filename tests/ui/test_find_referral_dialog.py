"""Finding a referral by the code on its letter: typed, typed loosely, scanned; and a code that does not exist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from puskesos_desktop.core.letter import qr_payload
from puskesos_desktop.core.referrals import Outcome, ReferralStatus, format_code
from puskesos_desktop.core.letter import parse_scan
from puskesos_desktop.ui.dialogs.find_referral_dialog import FindReferralDialog

from tests.ui.conftest import HEAD_NIK
from tests.ui.test_outcome_dialog import printed_referral


def open_dialog(services, qtbot, keyboard) -> FindReferralDialog:
    dialog = keyboard.show(FindReferralDialog(services.referrals, services.households, services.catalogue))
    qtbot.waitUntil(dialog.code_edit.hasFocus)  # the code box has the focus on open
    return dialog


def search(keyboard, text: str) -> None:
    keyboard.type(text)
    keyboard.key(Qt.Key.Key_Return)


def test_typed_code_is_found_and_shown(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard)
    search(keyboard, format_code(referral.verification_code))

    assert dialog.found is not None and dialog.found.id == referral.id
    assert dialog.box.isVisible() and not dialog.message.isVisible()
    values = {key: label.text() for key, label in dialog.values.items()}
    assert values["letter_number"].startswith(referral.letter_number)
    assert values["name"] == "SUPARMAN"
    assert values["nik"].endswith(HEAD_NIK[-4:]) and HEAD_NIK not in values["nik"]  # masked
    assert values["service"].startswith("PBI-JK")
    assert values["status"] == "Dicetak"
    assert dialog.record_button.isEnabled() and dialog.record_button.isDefault()
    assert dialog.outcome_dialog is None  # Enter searched; it did not open the outcome dialog too


def test_lower_case_with_dash_and_spaces_is_found(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    code = referral.verification_code.lower()
    dialog = open_dialog(services, qtbot, keyboard)
    search(keyboard, f" {code[:4]} - {code[4:]} ")

    assert dialog.found is not None and dialog.found.id == referral.id
    assert dialog.code_edit.text() == format_code(referral.verification_code)  # reads back as printed


def test_scanned_qr_payload_is_found(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard)
    search(keyboard, qr_payload(referral.id, referral.verification_code))  # what the scanner types, then Enter

    assert dialog.found is not None and dialog.found.id == referral.id
    assert dialog.code_edit.selectedText() == format_code(referral.verification_code)  # the next scan replaces it


def test_scan_with_an_unknown_id_falls_back_to_the_code(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard)
    search(keyboard, qr_payload("01900000-0000-7000-8000-000000000000", referral.verification_code))
    assert dialog.found is not None and dialog.found.id == referral.id


def test_unknown_code_shows_the_message_and_nothing_else(services, household_id, qtbot, keyboard):
    printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard)
    search(keyboard, "ZZZZ-2222")

    assert dialog.found is None
    assert dialog.message.isVisible() and "Tidak ada rujukan dengan kode ZZZZ-2222" in dialog.message.text()
    assert not dialog.box.isVisible() and not dialog.record_button.isEnabled()
    keyboard.key(Qt.Key.Key_Return)                   # Enter again: still nothing to record
    assert dialog.outcome_dialog is None and dialog.isVisible()


def test_enter_twice_records_the_outcome_and_shows_the_new_status(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard)
    search(keyboard, referral.verification_code)
    keyboard.key(Qt.Key.Key_Return)                   # the default button: Record outcome…

    outcome = dialog.outcome_dialog
    assert outcome is not None
    qtbot.waitUntil(outcome.isVisible)
    qtbot.waitUntil(outcome.outcome_buttons[Outcome.DITERIMA].hasFocus)
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Space)                    # Dilayani
    keyboard.key(Qt.Key.Key_Return)                   # Save

    assert outcome.result() == QDialog.DialogCode.Accepted
    assert services.referrals.get(referral.id).status is ReferralStatus.SELESAI
    assert dialog.found.status is ReferralStatus.SELESAI
    assert dialog.values["status"].text() == "Selesai (dilayani)"
    assert "Dilayani" in dialog.values["outcomes"].text()
    assert not dialog.record_button.isEnabled()       # closed: no second outcome
    assert dialog.blocked.isVisible()
    assert dialog.focusWidget() is dialog.code_edit   # ready for the next slip


def test_parse_scan_leaves_typed_text_alone():
    assert parse_scan("k7mq-4tzp") == ("k7mq-4tzp", None)
    assert parse_scan("PUSKESOS:REF:abc:K7MQ4TZP") == ("K7MQ4TZP", "abc")
    assert parse_scan("puskesos;ref;abc;K7MQ4TZP\n") == ("K7MQ4TZP", "abc")  # another keyboard layout
