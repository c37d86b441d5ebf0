"""The outcome of one import run as a Qt model: per file applied (with counts), already imported, or rejected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ...core.sync_model import ImportResult
from .rows_model import Index as _Index
from .rows_model import RowsModel

FILE, DESA, RESULT, REASON = range(4)
REJECTED_COLOUR = QColor("#b91c1c")
REJECTED_BACKGROUND = QColor("#fee2e2")
# How the counts are listed: what an operator looks for first.
TABLE_ORDER = ("household", "person", "referral", "referral_outcome", "need", "complaint", "letter",
               "referral_event", "complaint_event", "service", "institution")


def one_line(text: str) -> str:
    return " ".join(text.split())


class ImportResultModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("File"), self.tr("Desa"), self.tr("Result"), self.tr("Reason / details"))

    def table_label(self, table: str) -> str:
        labels = {
            "household": self.tr("households"), "person": self.tr("people"), "need": self.tr("needs"),
            "complaint": self.tr("complaints"), "complaint_event": self.tr("complaint steps"),
            "referral": self.tr("referrals"), "referral_event": self.tr("referral steps"),
            "letter": self.tr("letters"), "referral_outcome": self.tr("outcomes"),
            "service": self.tr("services"), "institution": self.tr("institutions"),
        }
        return labels.get(table, table)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        result: ImportResult | None = self.row_at(index.row()) if index.isValid() else None
        if result is None:
            return None
        rejected = result.status == "rejected"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(result, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and rejected:
            return REJECTED_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole and rejected:
            return REJECTED_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (FILE, RESULT, REASON):
            return result.file if index.column() == FILE else self._cell(result, index.column())
        return None

    def _cell(self, result: ImportResult, column: int) -> str:
        if column == FILE:
            return Path(result.file).name
        if column == DESA:
            return result.sender
        if column == RESULT:
            return self.result_text(result)
        return self.details(result)

    def result_text(self, result: ImportResult) -> str:
        if result.status == "applied":
            order = list(TABLE_ORDER)
            tables = sorted(result.counts, key=lambda t: (order.index(t) if t in order else len(order), t))
            counts = ", ".join(f"{self.table_label(t)} {result.counts[t]}" for t in tables if result.counts[t])
            text = self.tr("Applied: {rows} changes").format(rows=result.rows)
            return f"{text} ({counts})" if counts else text
        if result.status == "duplicate":
            return self.tr("Already imported")
        return self.tr("REJECTED")

    def details(self, result: ImportResult) -> str:
        if result.status != "applied":
            return one_line(result.reason)
        parts = []
        if result.reconciled:
            parts.append(self.tr("All data of this desa received up to change #{seq}.").format(seq=result.seq_to))
        elif result.reconciled is False:
            parts.append(self.tr("Not reconciled: the desa holds data not received yet."))
        if result.forks:
            parts.append(self.tr("{forks} conflicting versions kept for review.").format(forks=result.forks))
        if result.unchanged:
            parts.append(self.tr("{count} already held.").format(count=result.unchanged))
        return " ".join(parts)
