"""The needs list (Kebutuhan) as a Qt model: every need of the desa, newest first, as the service sorts it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from ...core.dates import format_short
from ...core.referral_model import NeedRow
from ...core.referrals import NEED_STATUS_LABELS, URGENCY_LABELS, Urgency
from .rows_model import Index as _Index
from .rows_model import RowsModel

DATE, HEAD, PERSON, CATEGORY, URGENCY, STATUS = range(6)


class NeedsTableModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Recorded"), self.tr("Head of family"), self.tr("For"), self.tr("Category"),
                self.tr("Urgency"), self.tr("Status"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CATEGORY:
            return f"{row.service_name}\n{row.description}"  # the column is narrow: all of it on hover
        if role == Qt.ItemDataRole.FontRole and index.column() == URGENCY and row.urgency is Urgency.DARURAT:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(row, index.column())

    def _cell(self, row: NeedRow, column: int) -> str:
        if column == DATE:
            return format_short(row.recorded_on)
        if column == HEAD:
            return row.head_name
        if column == PERSON:
            return row.person_name or self.tr("Whole household")
        if column == CATEGORY:
            return row.service_name
        if column == URGENCY:
            return URGENCY_LABELS[row.urgency]
        return NEED_STATUS_LABELS[row.status]
