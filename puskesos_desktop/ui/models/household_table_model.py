"""The household list as a Qt model: the full list loaded lazily page by page, or a search result."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, Qt

from ...core import codes
from ...core.identity import mask_number
from ...core.model import Household, HouseholdRow
from ...services.households import HouseholdService
from .rows_model import HeaderedModel
from .rows_model import Index as _Index

NO_KK, HEAD, ADDRESS, RT_RW, DUSUN, MEMBERS, DESIL, DTSEN = range(8)


def row_from_household(household: Household) -> HouseholdRow:
    """A search hit as one line of the list."""
    head = household.head
    return HouseholdRow(
        id=household.id, no_kk=household.no_kk, head_name=head.name if head else "",
        address=household.address, rt=household.rt, rw=household.rw, dusun=household.dusun,
        member_count=len(household.members), desil=household.desil,
        dtsen_status=household.dtsen_status,
    )


class HouseholdTableModel(HeaderedModel):
    """Full list: `rowCount` is the household count and rows come from `households.page` on demand,
    kept in a small LRU cache of pages, so 100,000 households never sit in memory at once."""

    def __init__(self, households: HouseholdService, page_size: int = 200, cached_pages: int = 20,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._households = households
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._pages: OrderedDict[int, list[HouseholdRow]] = OrderedDict()
        self._rows: list[HouseholdRow] | None = None  # a search result; None means the full list
        self.without_consent = False  # the full list shows only households with no consent in force
        self._count = households.count()

    # ---- what the page asks ----------------------------------------------------------------
    @property
    def showing_all(self) -> bool:
        return self._rows is None

    def show_all(self) -> None:
        """Back to the full list, re-counted and with an empty cache (call after every change)."""
        self.beginResetModel()
        self._rows = None
        self._pages.clear()
        self._count = self._households.count(without_consent=self.without_consent)
        self.endResetModel()

    def set_rows(self, rows: list[HouseholdRow]) -> None:
        """Shows exactly these rows (a search result)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._pages.clear()
        self.endResetModel()

    def row_at(self, row: int) -> HouseholdRow | None:
        if not 0 <= row < self.rowCount():
            return None
        if self._rows is not None:
            return self._rows[row]
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    def row_of(self, household_id: str) -> int | None:
        """Where a household is among the loaded rows (search result or cached pages)."""
        if self._rows is not None:
            candidates = enumerate(self._rows)
        else:
            candidates = ((number * self._page_size + i, r)
                          for number, page in self._pages.items() for i, r in enumerate(page))
        return next((i for i, r in candidates if r.id == household_id), None)

    # ---- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows is not None else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (MEMBERS, DESIL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ADDRESS:
            row = self.row_at(index.row())  # the column is narrow; the whole address on hover
            return row.address if row else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row_at(index.row())
        return None if row is None else _cell(row, index.column())

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No KK"), self.tr("Head of family"), self.tr("Address"), self.tr("RT/RW"),
                self.tr("Dusun"), self.tr("Members"), self.tr("Desil"), self.tr("DTSEN status"))

    def _page(self, number: int) -> list[HouseholdRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._households.page(number * self._page_size, self._page_size, without_consent=self.without_consent)
        self._pages[number] = page
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return page


def _cell(row: HouseholdRow, column: int) -> str:
    if column == NO_KK:
        return mask_number(row.no_kk)
    if column == HEAD:
        return row.head_name
    if column == ADDRESS:
        return row.address
    if column == RT_RW:
        return f"{row.rt or '-'}/{row.rw or '-'}" if row.rt or row.rw else ""
    if column == DUSUN:
        return row.dusun
    if column == MEMBERS:
        return str(row.member_count)
    if column == DESIL:
        return "" if row.desil is None else str(row.desil)
    return codes.DTSEN_STATUSES.get(row.dtsen_status, row.dtsen_status)
