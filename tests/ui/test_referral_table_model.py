"""The referral list model: counts first, loads only the pages shown, filters by status, marks overdue rows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from puskesos_desktop.core.referral_model import ReferralRow
from puskesos_desktop.core.referrals import ReferralStatus, Urgency
from puskesos_desktop.ui.models.referral_table_model import (
    CODE, CREATED, DUE, NAME, NUMBER, OVERDUE_COLOUR, SERVICE, STATUS, ReferralTableModel,
)

from tests.services.test_referrals import DAY, approved, draft_for, household_and_head

TODAY = dt.date(2026, 12, 10)


def _row(i: int, status: ReferralStatus, due: dt.date | None = None) -> ReferralRow:
    has_letter = status is not ReferralStatus.DRAF
    return ReferralRow(
        id=f"r{i:05d}", person_id="p", person_name=f"WARGA {i}", service_code="PKH", service_name="PKH",
        status=status, urgency=Urgency.BIASA, letter_number=f"400.9/{i:03d}/PUSKESOS/XI/2026" if has_letter else None,
        letter_date=DAY if has_letter else None, due_date=due, verification_code="K7MQ2PXA" if has_letter else None,
        print_count=0, created_on=DAY,
    )


class FakeReferrals:
    """Stands in for ReferralService: a fixed list, and a record of every page and count asked for."""

    def __init__(self, rows: list[ReferralRow]) -> None:
        self.all = rows
        self.pages: list[tuple[ReferralStatus | None, int, int]] = []
        self.counts = 0

    def _of(self, status):
        return [r for r in self.all if status is None or r.status is status]

    def count(self, status=None) -> int:
        self.counts += 1
        return len(self._of(status))

    def rows(self, status=None, *, offset=0, limit=200) -> list[ReferralRow]:
        self.pages.append((status, offset, limit))
        return self._of(status)[offset:offset + limit]


def _text(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def _many(n: int) -> FakeReferrals:
    statuses = (ReferralStatus.DRAF, ReferralStatus.DISETUJUI, ReferralStatus.DICETAK)
    return FakeReferrals([_row(i, statuses[i % 3]) for i in range(n)])


def test_counts_first_and_loads_only_the_touched_pages(qtmodeltester):
    referrals = _many(450)
    model = ReferralTableModel(referrals, page_size=200)
    assert model.rowCount() == 450
    assert referrals.pages == []
    for row in range(0, 30):  # the first screen, every column
        for column in range(model.columnCount()):
            _text(model, row, column)
    assert referrals.pages == [(None, 0, 200)]
    assert _text(model, 449, NAME) == "WARGA 449"  # scrolled to the bottom: the last page only
    assert referrals.pages == [(None, 0, 200), (None, 400, 200)]
    assert model.row_at(450) is None and model.row_at(-1) is None
    assert len(referrals.pages) == 2


def test_the_page_cache_is_small_and_least_recently_used_goes():
    referrals = _many(1_000)
    model = ReferralTableModel(referrals, page_size=100, cached_pages=2)
    for page in (0, 1, 0, 2):  # page 1 is the oldest now
        _text(model, page * 100, NAME)
    assert len(referrals.pages) == 3
    _text(model, 0, NAME)
    assert len(referrals.pages) == 3
    _text(model, 100, NAME)
    assert referrals.pages[-1] == (None, 100, 100)


def test_set_status_filters_and_starts_again(qtmodeltester):
    referrals = _many(450)
    model = ReferralTableModel(referrals, page_size=200)
    _text(model, 0, NAME)
    model.set_status(ReferralStatus.DRAF)
    assert model.status is ReferralStatus.DRAF
    assert model.rowCount() == 150
    assert _text(model, 0, NUMBER) == "—"
    assert _text(model, 0, STATUS) == "Draf"
    assert _text(model, 0, CODE) == ""
    assert referrals.pages[-1] == (ReferralStatus.DRAF, 0, 200)
    qtmodeltester.check(model)
    model.set_status(None)
    assert model.rowCount() == 450


def test_cells_show_labels_dates_and_the_code_in_halves():
    model = ReferralTableModel(FakeReferrals([_row(7, ReferralStatus.DICETAK, dt.date(2026, 12, 7))]))
    assert _text(model, 0, CREATED) == "23-11-2026"
    assert _text(model, 0, NUMBER) == "400.9/007/PUSKESOS/XI/2026"
    assert _text(model, 0, SERVICE) == "PKH"
    assert _text(model, 0, STATUS) == "Dicetak"
    assert _text(model, 0, DUE) == "07-12-2026"
    assert _text(model, 0, CODE) == "K7MQ-2PXA"
    assert model.headerData(NUMBER, Qt.Orientation.Horizontal) == "Letter number"


def test_overdue_rows_are_amber_and_others_are_not():
    rows = [
        _row(0, ReferralStatus.DISETUJUI, TODAY - dt.timedelta(days=1)),  # overdue
        _row(1, ReferralStatus.DICETAK, TODAY - dt.timedelta(days=30)),  # overdue
        _row(2, ReferralStatus.DICETAK, TODAY),  # due today: not yet
        _row(3, ReferralStatus.SELESAI, TODAY - dt.timedelta(days=30)),  # slip came back
        _row(4, ReferralStatus.DRAF),
    ]
    model = ReferralTableModel(FakeReferrals(rows), today=lambda: TODAY)
    colours = [_text(model, i, NAME, Qt.ItemDataRole.ForegroundRole) for i in range(5)]
    assert colours == [OVERDUE_COLOUR, OVERDUE_COLOUR, None, None, None]
    assert "Overdue" in _text(model, 1, STATUS, Qt.ItemDataRole.ToolTipRole)


def test_reload_counts_again_and_forgets_the_pages():
    referrals = _many(10)
    model = ReferralTableModel(referrals)
    _text(model, 0, NAME)
    referrals.all.insert(0, _row(99, ReferralStatus.DRAF))
    model.reload()
    assert model.rowCount() == 11
    assert _text(model, 0, NAME) == "WARGA 99"
    assert model.row_of("r00099") == 0


def test_a_real_database_newest_first(services, qtmodeltester):
    _, pid = household_and_head(services)
    first = approved(services, pid)
    second = services.referrals.create_draft(draft_for(pid), today=DAY)
    model = ReferralTableModel(services.referrals)
    assert model.rowCount() == 2
    assert [model.row_at(0).id, model.row_at(1).id] == [second.id, first.id]
    assert _text(model, 1, NUMBER) == first.letter_number
    assert _text(model, 0, NAME) == "MUHAMAD JOKO"
    qtmodeltester.check(model)
    model.set_status(ReferralStatus.DISETUJUI)
    assert model.rowCount() == 1 and model.row_at(0).id == first.id
