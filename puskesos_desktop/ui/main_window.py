"""The main window: a navigation list on the left, the chosen area on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from ..core.codes import Mode
from .pages.home_page import HomePage
from .pages.settings_page import SettingsPage

if TYPE_CHECKING:
    from ..services.container import Services

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.office = services.setup.office()
        self.setWindowTitle(self.tr("Puskesos Desktop") + (f" — {self.office.name}" if self.office else ""))
        self.setMinimumSize(900, 560)
        self.resize(1280, 720)
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.warga_page: QWidget | None = None
        self.areas: list[str] = []
        for title, build in self._area_builders():
            self._add_area(title, build())
        self.nav.currentRowChanged.connect(self._on_area)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status()
        self._shortcuts()

    def _area_builders(self) -> list[tuple[str, Callable[[], QWidget]]]:
        sv = self._services
        areas = [(self.tr("Home"), lambda: HomePage(self.office, sv.households))]
        if self.office is None or self.office.mode is Mode.DESA:
            areas.append((self.tr("Residents"), self._build_warga))
        areas.append((self.tr("Settings"), lambda: SettingsPage(sv.setup, sv.operators)))
        return areas

    def _add_area(self, title: str, page: QWidget) -> None:
        self.areas.append(title)
        self.nav.addItem(title)
        self.stack.addWidget(page)

    def _build_warga(self) -> QWidget:
        sv = self._services
        try:
            from .pages.warga_page import WargaPage
        except Exception:  # noqa: BLE001 - the page arrives in its own change; keep the window usable meanwhile
            log.warning("Warga page not available", exc_info=True)
            page: QWidget = QLabel(self.tr("This area is not available yet."))
        else:
            page = WargaPage(sv.households, sv.search, sv.importer)
        self.warga_page = page
        return page

    def _status(self) -> None:
        who = self._services.operators.current
        parts = []
        if who is not None:
            parts.append(self.tr("Signed in as %s") % (f"{who.full_name} ({who.username})" if who.full_name else who.username))
        if self.office is not None:
            parts.append(self.office.name)
        self.operator_label = QLabel("   ·   ".join(parts))
        self.statusBar().addPermanentWidget(self.operator_label)

    def _shortcuts(self) -> None:
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_area(n - 1))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=self.close)

    def _on_area(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.stack.currentWidget()
        if isinstance(page, HomePage):
            page.refresh()

    def show_area(self, index: int) -> None:
        if 0 <= index < self.nav.count():
            self.nav.setCurrentRow(index)

    def focus_search(self) -> None:
        page = self.warga_page
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        self.nav.setCurrentRow(self.stack.indexOf(page))
        if hasattr(page, "focus_search"):
            page.focus_search()
        self.activateWindow()

    def current_area(self) -> str:
        return self.areas[self.nav.currentRow()]

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.nav.setFocus()
            return
        super().keyPressEvent(event)
