"""Rujukan masuk (kabupaten mode): the referral list with one more column, the desa that sent each referral."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .referral_table_model import COLUMN_COUNT, ReferralTableModel
from .rows_model import Index as _Index

DESA_COLUMN = COLUMN_COUNT  # appended, so the shared columns keep their numbers


class IncomingReferralTableModel(ReferralTableModel):
    """`desa_codes` maps a row's origin (the desa installation that wrote it) to the desa code shown."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._desa_codes: dict[str, str] = {}

    def set_desa_codes(self, desa_codes: dict[str, str]) -> None:
        self._desa_codes = dict(desa_codes)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, DESA_COLUMN), self.index(self.rowCount() - 1, DESA_COLUMN))

    def desa_of(self, origin_id: str) -> str:
        return self._desa_codes.get(origin_id, "—")

    def headers(self) -> tuple[str, ...]:
        return (*super().headers(), self.tr("Desa"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == DESA_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                row = self.row_at(index.row())
                return None if row is None else self.desa_of(row.origin_id)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role != Qt.ItemDataRole.ForegroundRole:
                return None
        return super().data(index, role)
