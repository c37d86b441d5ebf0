"""Warga (kabupaten mode): NIKs registered in more than one desa, listed for review — never merged here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.model import DuplicateNik
from ...services.search import SearchService
from ..models.rows_model import Index as _Index
from ..models.rows_model import RowsModel
from .tables import list_table

NIK, DESAS, NAMES = range(3)
LIMIT = 200


class DuplicateNikModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("NIK"), self.tr("Registered in desa"), self.tr("Names"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row: DuplicateNik | None = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == NIK:
                return row.masked_nik
            if index.column() == DESAS:
                return ", ".join(dict.fromkeys(row.region_codes))
            return " / ".join(dict.fromkeys(row.names))
        if role == Qt.ItemDataRole.ToolTipRole:  # each registration on its own line
            return "\n".join(f"{code}: {name}" for code, name in zip(row.region_codes, row.names))
        return None


class DuplicateNikList(QWidget):
    """Read-only: the review happens with the desas (by phone, on the next visit), not in this list."""

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.model = DuplicateNikModel(parent=self)
        title = QLabel(self.tr("The same NIK in more than one desa"))
        title.setStyleSheet("font-weight: bold;")
        note = QLabel(self.tr(
            "Listed for review with the desas concerned; nothing is merged automatically. A person who moved "
            "is removed by the desa they left."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.table = list_table(self.model, {NIK: 160, DESAS: 220}, NAMES)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        rows = self._search.duplicate_niks(limit=LIMIT)
        self.model.set_rows(rows)
        if not rows:
            self.status.setText(self.tr("None found."))
        elif len(rows) >= LIMIT:
            self.status.setText(self.tr("The first {count} NIKs").format(count=len(rows)))
        else:
            self.status.setText(self.tr("{count} NIKs").format(count=len(rows)))
