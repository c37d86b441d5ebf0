"""The outcome (Lembar Balik) dialog, filled by keyboard: what it stores, and what it refuses next to the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core import clock
from puskesos_desktop.core.dates import format_short
from puskesos_desktop.core.referrals import Outcome, ReferralStatus
from puskesos_desktop.ui.dialogs.outcome_dialog import OutcomeDialog

from tests.services.test_referrals import approved


def printed_referral(services, household_id: str, day: dt.date | None = None):
    """A referral of the household's head for PBI-JK, approved on `day` (five days ago) and printed."""
    day = day or clock.today() - dt.timedelta(days=5)
    person_id = services.households.get(household_id).head.id
    referral = approved(services, person_id, day)
    services.referrals.record_print(referral.id)
    return services.referrals.get(referral.id)


def open_dialog(services, qtbot, keyboard, referral) -> OutcomeDialog:
    dialog = keyboard.show(OutcomeDialog(services.referrals, referral))
    qtbot.waitUntil(dialog.outcome_buttons[Outcome.DITERIMA].hasFocus)  # the first box has the focus on open
    return dialog


def choose(keyboard, dialog, outcome: Outcome) -> None:
    """Arrows down the boxes from the first one, then Space ticks it, as on the paper slip."""
    keyboard.key(Qt.Key.Key_Down, list(Outcome).index(outcome))
    keyboard.key(Qt.Key.Key_Space)
    assert dialog.chosen() is outcome


def test_dilayani_typed_by_keyboard_is_stored_and_closes_the_referral(services, household_id, qtbot, keyboard, today):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard, referral)
    choose(keyboard, dialog, Outcome.DILAYANI)
    assert not dialog.reason.isVisible() and not dialog.next_appointment.isVisible()
    keyboard.tab()
    assert dialog.received_on.hasFocus() and dialog.received_on.text() == format_short(today)
    keyboard.tab()
    keyboard.fill("dr. Rina")                           # receiving officer
    keyboard.fill("Puskesmas Babakan Madang")           # unit
    keyboard.type("KIS aktif kembali")                  # notes
    keyboard.key(Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.outcome is Outcome.DILAYANI
    [stored] = services.referrals.outcomes(referral.id)
    assert (stored.received_on, stored.officer, stored.unit, stored.notes) == (
        today, "DR. RINA", "Puskesmas Babakan Madang", "KIS aktif kembali")
    assert services.referrals.get(referral.id).status is ReferralStatus.SELESAI


def test_ditolak_without_reason_is_refused_next_to_the_reason(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard, referral)
    choose(keyboard, dialog, Outcome.DITOLAK)
    assert dialog.reason.isVisible() and not dialog.forwarded_to.isVisible()
    keyboard.key(Qt.Key.Key_Return)

    message = dialog.checks.messages["reason"]
    assert dialog.isVisible() and dialog.saved is None
    assert message.isVisible() and "alasan penolakan" in message.text()
    assert dialog.reason.hasFocus()
    assert services.referrals.outcomes(referral.id) == []
    assert services.referrals.get(referral.id).status is ReferralStatus.DICETAK

    keyboard.type("Bukan domisili wilayah kerja")
    keyboard.key(Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    [stored] = services.referrals.outcomes(referral.id)
    assert stored.reason == "Bukan domisili wilayah kerja"
    assert services.referrals.get(referral.id).status is ReferralStatus.DITOLAK


def test_no_box_ticked_is_refused(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard, referral)
    keyboard.key(Qt.Key.Key_Return)

    message = dialog.checks.messages["outcome"]
    assert dialog.isVisible() and message.isVisible() and "Pilih hasil rujukan" in message.text()
    assert services.referrals.outcomes(referral.id) == []


def test_details_of_another_box_are_not_stored(services, household_id, qtbot, keyboard, today):
    """A reason typed under Ditolak is dropped when the operator then ticks Dalam proses."""
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard, referral)
    choose(keyboard, dialog, Outcome.DITOLAK)
    keyboard.tab()
    keyboard.type("salah ketik")
    dialog.outcome_buttons[Outcome.DITOLAK].setFocus()
    keyboard.key(Qt.Key.Key_Up)                         # from a ticked box the arrow ticks the next one
    assert dialog.chosen() is Outcome.DALAM_PROSES
    assert not dialog.reason.isVisible() and dialog.next_appointment.isVisible()
    dialog.next_appointment.setFocus()
    keyboard.type(format_short(today + dt.timedelta(days=7)))
    keyboard.key(Qt.Key.Key_Return)

    [stored] = services.referrals.outcomes(referral.id)
    assert (stored.outcome, stored.reason) == (Outcome.DALAM_PROSES, "")
    assert stored.next_appointment == today + dt.timedelta(days=7)


def test_dates_are_checked_next_to_their_field(services, household_id, qtbot, keyboard, today):
    referral = printed_referral(services, household_id)  # letter dated five days ago
    dialog = open_dialog(services, qtbot, keyboard, referral)
    choose(keyboard, dialog, Outcome.DILAYANI)
    keyboard.tab()
    dialog.received_on.selectAll()
    keyboard.type(format_short(today + dt.timedelta(days=1)))
    keyboard.key(Qt.Key.Key_Return)
    message = dialog.checks.messages["received_on"]
    assert message.isVisible() and "masa depan" in message.text()

    dialog.received_on.selectAll()
    keyboard.type(format_short(today - dt.timedelta(days=30)))  # the service knows the letter's date
    keyboard.key(Qt.Key.Key_Return)
    assert message.isVisible() and "sebelum tanggal surat" in message.text()

    dialog.received_on.selectAll()
    keyboard.type("31-02-2026")
    keyboard.key(Qt.Key.Key_Return)
    assert message.isVisible() and "DD-MM-YYYY" in message.text()
    assert dialog.isVisible() and services.referrals.outcomes(referral.id) == []


def test_a_closed_referral_takes_no_outcome(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    dialog = open_dialog(services, qtbot, keyboard, referral)
    choose(keyboard, dialog, Outcome.DILAYANI)
    keyboard.key(Qt.Key.Key_Return)

    again = keyboard.show(OutcomeDialog(services.referrals, services.referrals.get(referral.id)))
    assert not any(button.isEnabled() for button in again.outcome_buttons.values())
    assert not again.save_button.isEnabled()
    assert again.checks.fallback.isVisible() and "Selesai" in again.checks.fallback.text()
