"""The story of one household (needs, complaints, referrals, letters, outcomes), newest at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ...core.dates import format_short
from ...core.errors import PuskesosError
from ...core.referral_model import TimelineEntry
from ...services.timeline import TimelineService
from ..models.rows_model import Index as _Index
from ..models.rows_model import RowsModel
from .tables import list_table

DATE, KIND, TITLE, DETAIL = range(4)

# Each kind its own colour pair (text, background), so a glance down the Kind column tells them apart.
KIND_COLOURS = {
    "kebutuhan": ("#0d47a1", "#e3f2fd"),
    "keluhan": ("#8a3c00", "#fff3e0"),
    "rujukan": ("#4a148c", "#f3e5f5"),
    "surat": ("#37474f", "#eceff1"),
    "hasil": ("#1b5e20", "#e8f5e9"),
    "kegiatan": ("#006064", "#e0f7fa"),  # a PSKS's field activity (issue 12)
}
_DEFAULT_COLOURS = ("#333333", "#f5f5f5")


class TimelineTableModel(RowsModel):
    """Entries newest first: the panel is small, and the operator opens a household to see what is
    happening now (the last referral and whether its slip came back); older history is a scroll away."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("What happened"), self.tr("Detail"))

    def set_rows(self, entries: list[TimelineEntry]) -> None:
        """`entries` as the service gives them (oldest first)."""
        super().set_rows(reversed(entries))

    def entry_at(self, row: int) -> TimelineEntry | None:
        return self.row_at(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_short(entry.on), kind_label(entry.kind), entry.title, entry.detail)[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # long titles and details are cut in the panel
            return f"{entry.title}\n{entry.detail}".strip() if column in (TITLE, DETAIL) else None
        if column == KIND:
            text, background = KIND_COLOURS.get(entry.kind, _DEFAULT_COLOURS)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(text))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None


def kind_label(kind: str) -> str:
    """The service's kinds are Indonesian words already (kebutuhan, keluhan, rujukan, surat, hasil)."""
    return kind.capitalize()


class HouseholdTimeline(QWidget):
    """Read-only; `show_household(None)` empties it."""

    def __init__(self, timeline: TimelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self.household_id: str | None = None
        self.model = TimelineTableModel(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # The title and detail share what the panel has; the tooltip shows the whole text.
        self.table = list_table(self.model, tab_leaves=True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (TITLE, DETAIL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        header.resizeSection(DATE, metrics.horizontalAdvance("00-00-0000") + 16)
        header.resizeSection(KIND, metrics.horizontalAdvance("Kebutuhan") + 28)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.show_household(None)

    def show_household(self, household_id: str | None) -> None:
        self.household_id = household_id
        entries: list[TimelineEntry] = []
        if household_id is None:
            self.status.setText("")
        else:
            try:
                entries = self._timeline.household_timeline(household_id)
            except PuskesosError as exc:
                self.status.setText(str(exc))
            else:
                self.status.setText(
                    self.tr("Nothing recorded yet: no needs, complaints or referrals.") if not entries
                    else self.tr("{count} events, newest first").format(count=len(entries)))
        self.model.set_rows(entries)
        self.status.setVisible(bool(self.status.text()))
