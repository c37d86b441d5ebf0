"""The needs list (Kebutuhan) as a Qt model: every need of the desa, newest first, as the service sorts it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.dates import format_short
from ...core.referral_model import NeedRow
from ...core.referrals import NEED_STATUS_LABELS, URGENCY_LABELS, Urgency

DATE, HEAD, PERSON, CATEGORY, URGENCY, STATUS = range(6)
COLUMN_COUNT = 6

_Index = QModelIndex | QPersistentModelIndex


class NeedsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NeedRow] = []

    def set_rows(self, rows: list[NeedRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> NeedRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, need_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == need_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Recorded"), self.tr("Head of family"), self.tr("For"), self.tr("Category"),
                   self.tr("Urgency"), self.tr("Status"))
        return headers[section] if 0 <= section < COLUMN_COUNT else None

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
