"""The backups of a folder as a table: when, households and people, size, why it was made, whole or not."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ...core import clock
from ...core.backup_model import Backup
from .rows_model import Index, RowsModel

MADE, HOUSEHOLDS, PEOPLE, SIZE, REASON, STATE, FILE = range(7)


class BackupTableModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made on"), self.tr("Households"), self.tr("People"), self.tr("Size"), self.tr("Kind"),
                self.tr("State"), self.tr("File"))

    def reason_label(self, reason: str) -> str:
        return {"manual": self.tr("by hand"), "daily": self.tr("daily, on closing"),
                "upgrade": self.tr("before an upgrade"), "restore": self.tr("before a restore")}.get(reason, reason)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        backup: Backup | None = self.row_at(index.row()) if index.isValid() else None
        if backup is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE:
            return backup.problem or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (HOUSEHOLDS, PEOPLE, SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == FILE:
            return backup.file
        if backup.created_at is None:
            return self.tr("cannot be read") if column == STATE else ""
        if column == MADE:
            return f"{clock.local_time(backup.created_at):%d-%m-%Y %H:%M}"
        if column == HOUSEHOLDS:
            return f"{backup.counts.get('household', 0):,}".replace(",", ".")
        if column == PEOPLE:
            return f"{backup.counts.get('person', 0):,}".replace(",", ".")
        if column == SIZE:
            return f"{backup.size / 1e6:.1f} MB".replace(".", ",")
        if column == REASON:
            return self.reason_label(backup.reason)
        return self.tr("whole") if backup.verified else self.tr("DAMAGED")
