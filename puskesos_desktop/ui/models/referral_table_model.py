"""The referral list (Rujukan) as a Qt model: all referrals or one status, newest first, loaded page by page."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from ...core import clock
from ...core.dates import format_short
from ...core.referral_model import ReferralRow
from ...core.referrals import REFERRAL_STATUS_LABELS, ReferralStatus, format_code
from ...services.referrals import ReferralService
from .rows_model import HeaderedModel
from .rows_model import Index as _Index

CREATED, NUMBER, NAME, SERVICE, STATUS, DUE, CODE = range(7)
COLUMN_COUNT = 7
NO_NUMBER = "—"  # a draft has no letter number yet
OVERDUE_COLOUR = QColor("#b45309")  # amber, readable on white and on the alternate row colour
AWAITING_SLIP = frozenset({ReferralStatus.DISETUJUI, ReferralStatus.DICETAK})



def is_overdue(row: ReferralRow, today: dt.date) -> bool:
    """Approved or printed, and the return slip is past its due date."""
    return row.status in AWAITING_SLIP and row.due_date is not None and row.due_date < today


class ReferralTableModel(HeaderedModel):
    """`rowCount` is the referral count (of one status, or all); rows come from `referrals.rows` on
    demand, a page at a time, kept in a small LRU cache, so 50,000 referrals never sit in memory."""

    def __init__(self, referrals: ReferralService, status: ReferralStatus | None = None, page_size: int = 200,
                 *, cached_pages: int = 20, today: Callable[[], dt.date] = clock.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._status = status
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._today = today
        self._pages: OrderedDict[int, list[ReferralRow]] = OrderedDict()
        self._origin: str | None = None
        self._count = referrals.count(status)

    # ---- what the page asks ----------------------------------------------------------------
    @property
    def status(self) -> ReferralStatus | None:
        return self._status

    def set_status(self, status: ReferralStatus | None) -> None:
        """Shows only referrals in `status` (None: all of them), counted again, from the top."""
        self._status = status
        self.reload()

    @property
    def origin(self) -> str | None:
        return self._origin

    def set_origin(self, origin_id: str | None) -> None:
        """Shows only the referrals one installation wrote (at the kabupaten: one desa's); None: all."""
        self._origin = origin_id
        self.reload()

    def reload(self) -> None:
        """Re-counts and empties the cache (call after every change)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._referrals.count(self._status, **self._origin_filter())
        self.endResetModel()

    def _origin_filter(self) -> dict[str, str]:
        return {} if self._origin is None else {"origin_id": self._origin}

    def row_at(self, row: int) -> ReferralRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, referral_id: str) -> int | None:
        """Where a referral is among the loaded pages (None: not loaded, or not in this list)."""
        for number, page in self._pages.items():
            for i, row in enumerate(page):
                if row.id == referral_id:
                    return number * self._page_size + i
        return None

    # ---- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return None if row is None else _cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row_at(index.row())
            return OVERDUE_COLOUR if row is not None and is_overdue(row, self._today()) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row())
            if row is not None and is_overdue(row, self._today()):
                return self.tr("Overdue: no return slip since {due}").format(due=format_short(row.due_date))
            if row is not None and index.column() in (NAME, SERVICE):  # narrow columns: the whole text
                return _cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (CREATED, DUE, CODE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Created"), self.tr("Letter number"), self.tr("Name"), self.tr("Service"),
                self.tr("Status"), self.tr("Due"), self.tr("Code"))

    def _page(self, number: int) -> list[ReferralRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._referrals.rows(self._status, offset=number * self._page_size, limit=self._page_size,
                                    **self._origin_filter())
        self._pages[number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page


def _cell(row: ReferralRow, column: int) -> str:
    if column == CREATED:
        return format_short(row.created_on)
    if column == NUMBER:
        return row.letter_number or NO_NUMBER
    if column == NAME:
        return row.person_name
    if column == SERVICE:
        return row.service_name
    if column == STATUS:
        return REFERRAL_STATUS_LABELS.get(row.status, str(row.status))
    if column == DUE:
        return format_short(row.due_date)
    return format_code(row.verification_code) if row.verification_code else ""


def status_filter(first: Sequence[tuple[str, ReferralStatus | None]]) -> QComboBox:
    """The list's "Show:" combo: the `first` entries (label, status; None for all) as the page words
    them, then every other status by its label."""
    combo = QComboBox()
    for label, status in first:
        combo.addItem(label, status)
    chosen = {status for _label, status in first}
    for status in ReferralStatus:
        if status not in chosen:
            combo.addItem(REFERRAL_STATUS_LABELS[status], status)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo
