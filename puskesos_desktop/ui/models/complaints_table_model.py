"""The complaints list (Keluhan) as a Qt model; complaints open longer than the limit are marked amber."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...core import clock
from ...core.dates import format_short
from ...core.referral_model import ComplaintRow
from ...core.referrals import (
    CLOSE_REASON_LABELS, COMPLAINT_CATEGORIES, COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS,
)
from .rows_model import Index as _Index
from .rows_model import RowsModel

RECEIVED, KIND, CATEGORY, REPORTER, PERSON, STATUS, DAYS_OPEN, LATE = range(8)
OVERDUE_BACKGROUND = QColor("#ffe08a")  # amber, dark text stays readable on it
OVERDUE_TEXT = QColor("#3d2b00")


class ComplaintsTableModel(RowsModel):
    def __init__(self, overdue_days: int = 14, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.overdue_days = overdue_days
        self._today = clock.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Received"), self.tr("Kind"), self.tr("Category"), self.tr("Reporter"),
                self.tr("Person concerned"), self.tr("Status"), self.tr("Days open"), self.tr("Overdue"))

    def set_rows(self, rows: list[ComplaintRow], today: dt.date | None = None) -> None:
        self._today = today or clock.today()
        super().set_rows(rows)

    def days_late(self, row: ComplaintRow) -> int:
        return row.days_late(self._today, self.overdue_days)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        late = self.days_late(row) > 0
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DAYS_OPEN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (CATEGORY, REPORTER):
            return row.description  # what the complaint says, without opening it
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(row, index.column())

    def _cell(self, row: ComplaintRow, column: int) -> str:
        if column == RECEIVED:
            return format_short(row.received_on)
        if column == KIND:
            return COMPLAINT_KIND_LABELS[row.kind]
        if column == CATEGORY:
            return COMPLAINT_CATEGORIES.get(row.category, row.category)
        if column == REPORTER:
            return f"{row.reporter_name} ({row.reporter_relationship})"
        if column == PERSON:
            return row.person_name or self.tr("not registered")
        if column == STATUS:
            status = COMPLAINT_STATUS_LABELS[row.status]
            return f"{status} ({CLOSE_REASON_LABELS[row.close_reason]})" if row.close_reason else status
        if column == DAYS_OPEN:
            return str(row.days_open(self._today))
        late = self.days_late(row)
        return self.tr("Overdue {days} days").format(days=late) if late else ""
