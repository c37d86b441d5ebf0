"""The household timeline: newest first, each kind its own colour, empty and cleared states."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core.referral_model import NeedDraft, OutcomeDraft
from puskesos_desktop.core.referrals import Outcome
from puskesos_desktop.ui.widgets.household_timeline import DATE, KIND, TITLE, HouseholdTimeline

from tests.ui.test_outcome_dialog import printed_referral


def cell(widget: HouseholdTimeline, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = widget.model
    return model.data(model.index(row, column), role)


def test_household_story_is_listed_newest_first(services, household_id, qtbot, today):
    head = services.households.get(household_id).head.id
    services.needs.record(NeedDraft(household_id=household_id, person_id=head, service_code="PBI_JK",
                                    description="KIS tidak aktif"), today=today - dt.timedelta(days=10))
    referral = printed_referral(services, household_id, today - dt.timedelta(days=5))
    services.referrals.record_outcome(referral.id, OutcomeDraft(
        Outcome.DALAM_PROSES, today - dt.timedelta(days=2), notes="Menunggu verifikasi BPJS"))

    widget = HouseholdTimeline(services.timeline)
    qtbot.addWidget(widget)
    widget.show_household(household_id)

    rows = widget.model.rowCount()
    assert rows == 4  # need, referral, letter, outcome
    dates = [widget.model.entry_at(r).on for r in range(rows)]
    assert dates == sorted(dates, reverse=True)
    assert cell(widget, rows - 1, KIND) == "Kebutuhan"  # the oldest at the bottom
    assert cell(widget, rows - 1, DATE) == f"{today - dt.timedelta(days=10):%d-%m-%Y}"
    kinds = {cell(widget, r, KIND) for r in range(rows)}
    assert kinds == {"Kebutuhan", "Rujukan", "Surat", "Hasil"}
    backgrounds = {cell(widget, r, KIND, Qt.ItemDataRole.BackgroundRole).color().name() for r in range(rows)}
    assert len(backgrounds) == 4  # each kind looks different
    titles = [cell(widget, r, TITLE) for r in range(rows)]
    assert "Hasil rujukan: Dalam proses" in titles
    assert any(referral.letter_number in t for t in titles)


def test_empty_household_says_so_and_none_clears(services, household_id, qtbot):
    widget = HouseholdTimeline(services.timeline)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_household(household_id)
    assert widget.model.rowCount() == 0
    assert widget.status.isVisible() and widget.status.text().startswith("Nothing recorded yet")

    printed_referral(services, household_id)
    widget.show_household(household_id)
    assert widget.model.rowCount() == 2  # the referral and its letter

    widget.show_household(None)
    assert widget.model.rowCount() == 0 and widget.household_id is None
    assert not widget.status.isVisible()
