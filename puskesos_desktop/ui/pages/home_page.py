"""Beranda: which office this is, and how many households and people it has registered."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.model import Office
from ...services.households import HouseholdService


class HomePage(QWidget):
    def __init__(self, office: Office | None, households: HouseholdService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._households = households
        title = QLabel(office.name if office else self.tr("Puskesos Desktop"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setWordWrap(True)
        region = QLabel(", ".join(reversed(office.region_names)) if office else "")
        region.setWordWrap(True)
        self.households_count = QLabel()
        self.people_count = QLabel()
        for label in (self.households_count, self.people_count):
            label.setStyleSheet("font-size: 14pt;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        counts = QFormLayout()
        counts.addRow(self.tr("Households registered:"), self.households_count)
        counts.addRow(self.tr("People registered:"), self.people_count)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(region)
        layout.addSpacing(16)
        layout.addLayout(counts)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.households_count.setText(f"{self._households.count():,}".replace(",", "."))
        people = self._households.count_people()
        self.people_count.setText(f"{people:,}".replace(",", "."))
