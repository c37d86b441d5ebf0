"""Beranda: the overdue count opens the overdue list, old complaints are counted, Ctrl+K finds a referral."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core import clock
from puskesos_desktop.core.referral_model import ComplaintDraft, OutcomeDraft
from puskesos_desktop.core.referrals import ComplaintKind, Outcome, ReferralStatus
from puskesos_desktop.ui.pages.home_page import HomePage

from tests.ui.test_outcome_dialog import printed_referral

LONG_AGO = 30  # days: due after 14 days, so 16 days late


def page_for(services, qtbot, keyboard, **extra) -> HomePage:
    page = HomePage(services.setup.office(), services.households, services.referrals, services.complaints,
                    services.catalogue, **extra)
    keyboard.show(page)
    return page


def test_without_referrals_the_page_is_as_before(services, household_id, qtbot):
    page = HomePage(services.setup.office(), services.households)
    qtbot.addWidget(page)
    assert page.households_count.text() == "1" and page.people_count.text() == "1"
    assert page.overdue_button is None and page.find_button is None and page.complaints_label is None


def test_overdue_count_opens_the_list_and_an_outcome_clears_it(services, household_id, qtbot, keyboard, today):
    late = printed_referral(services, household_id, clock.today() - dt.timedelta(days=LONG_AGO))
    later = printed_referral(services, household_id, clock.today() - dt.timedelta(days=LONG_AGO - 2))
    printed_referral(services, household_id, today)                   # not due yet
    answered = printed_referral(services, household_id, clock.today() - dt.timedelta(days=LONG_AGO))
    services.referrals.record_outcome(answered.id, OutcomeDraft(Outcome.DALAM_PROSES, today))  # slip came back
    page = page_for(services, qtbot, keyboard)
    assert page.overdue_count == 2 and page.overdue_button.text().endswith(": 2")

    page.overdue_button.setFocus()
    qtbot.waitUntil(page.overdue_button.hasFocus)
    keyboard.key(Qt.Key.Key_Space)
    overdue = page.overdue_dialog
    assert overdue is not None
    qtbot.waitUntil(overdue.table.hasFocus)
    assert overdue.model.rowCount() == 2
    assert [overdue.model.row_at(r).referral.id for r in range(2)] == [late.id, later.id]  # most late first
    assert overdue.model.row_at(0).name == "SUPARMAN" and overdue.model.row_at(0).days_late == 16
    assert not overdue.print_button.isVisible()                       # nobody gave a printer

    keyboard.key(Qt.Key.Key_Return)                                   # Record outcome… for the first one
    outcome = overdue.outcome_dialog
    qtbot.waitUntil(lambda: outcome.outcome_buttons[Outcome.DITERIMA].hasFocus())
    keyboard.key(Qt.Key.Key_Down)
    keyboard.key(Qt.Key.Key_Space)                                    # Dilayani
    keyboard.key(Qt.Key.Key_Return)
    assert services.referrals.get(late.id).status is ReferralStatus.SELESAI
    assert overdue.model.rowCount() == 1 and overdue.model.row_at(0).referral.id == later.id

    overdue.reject()                                                  # Esc: back to Beranda, counts again
    assert page.overdue_count == 1 and page.overdue_button.text().endswith(": 1")


def test_print_list_is_offered_when_the_lead_gives_a_printer(services, household_id, qtbot, keyboard):
    printed_referral(services, household_id, clock.today() - dt.timedelta(days=LONG_AGO))
    printed = []
    page = page_for(services, qtbot, keyboard, print_overdue=lambda: printed.append(True))
    page.open_overdue()
    overdue = page.overdue_dialog
    qtbot.waitUntil(overdue.table.hasFocus)
    assert overdue.print_button.isVisible()
    keyboard.tab(2)                                                   # past Record outcome… to Print list…
    assert overdue.print_button.hasFocus()
    keyboard.key(Qt.Key.Key_Space)
    assert printed == [True]


def test_old_open_complaints_are_counted(services, household_id, qtbot, keyboard, today):
    def complaint(days_ago: int) -> None:
        services.complaints.record(ComplaintDraft(
            ComplaintKind.PENGADUAN, "bansos", "Sembako belum diterima", "Ketua RT 03", "ketua RT",
            household_id=household_id), today=today - dt.timedelta(days=days_ago))

    complaint(20)
    complaint(3)
    page = page_for(services, qtbot, keyboard, overdue_days=14)
    assert page.old_complaints_count == 1
    assert page.complaints_label.text() == "Complaints open more than 14 days: 1"
    complaint(15)
    page.refresh_button.click()
    assert page.old_complaints_count == 2


def test_ctrl_k_opens_find_referral(services, household_id, qtbot, keyboard):
    referral = printed_referral(services, household_id)
    page = page_for(services, qtbot, keyboard)
    page.refresh_button.setFocus()
    qtbot.waitUntil(page.refresh_button.hasFocus)
    qtbot.keyClick(page.refresh_button, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    find = page.find_dialog
    assert find is not None
    qtbot.waitUntil(find.code_edit.hasFocus)
    keyboard.type(referral.verification_code)
    keyboard.key(Qt.Key.Key_Return)
    assert find.found is not None and find.found.id == referral.id
