"""The main window: a navigation list on the left, the chosen area on the right."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from ..core.codes import Mode
from ..core.model import WorkSettings
from .pages.home_page import HomePage
from .pages.letter_register_page import LetterRegisterPage
from .pages.needs_complaints_page import NeedsComplaintsPage
from .pages.referrals_page import ReferralsPage
from .pages.settings_page import SettingsPage
from .pages.warga_page import WargaPage
from .widgets.pdf_preview import PdfPreviewDialog

if TYPE_CHECKING:
    from ..services.container import Services

class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.office = services.setup.office()
        self.setWindowTitle(self.tr("Puskesos Desktop") + (f" — {self.office.name}" if self.office else ""))
        self.setMinimumSize(900, 560)
        self.resize(1280, 720)
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.warga_page: WargaPage | None = None
        self.home_page: HomePage | None = None
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
        desa = self.office is None or self.office.mode is Mode.DESA
        areas = [(self.tr("Home"), self._build_home)]
        if desa:
            areas += [
                (self.tr("Residents"), self._build_warga),
                (self.tr("Needs & complaints"), lambda: NeedsComplaintsPage(
                    sv.needs, sv.complaints, sv.catalogue, sv.households, sv.search, self._work().complaint_overdue_days)),
                (self.tr("Referrals"), lambda: ReferralsPage(
                    sv.referrals, sv.letters, sv.catalogue, sv.households, sv.search, sv.operators)),
                (self.tr("Outgoing letters"), lambda: LetterRegisterPage(sv.referrals, sv.letters)),
            ]
        areas.append((self.tr("Settings"), lambda: SettingsPage(sv.setup, sv.operators)))
        return areas

    def _work(self) -> WorkSettings:
        return self.office.work if self.office is not None else WorkSettings()

    def _build_home(self) -> QWidget:
        sv = self._services
        if self.office is not None and self.office.mode is Mode.KABUPATEN:
            return HomePage(self.office, sv.households)
        self.home_page = HomePage(self.office, sv.households, sv.referrals, sv.complaints, sv.catalogue,
                                  self._work().complaint_overdue_days, print_overdue=self.print_overdue)
        return self.home_page

    def print_overdue(self) -> None:
        """The overdue referrals as a printable list, shown first (printing it logs nothing)."""
        buffer = BytesIO()
        self._services.letters.overdue_pdf(buffer)
        PdfPreviewDialog(self.tr("Overdue referrals"), buffer.getvalue(), parent=self).exec()

    def _add_area(self, title: str, page: QWidget) -> None:
        self.areas.append(title)
        self.nav.addItem(title)
        self.stack.addWidget(page)

    def _build_warga(self) -> QWidget:
        sv = self._services
        self.warga_page = WargaPage(sv.households, sv.search, sv.importer, services=sv)
        return self.warga_page

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
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.find_referral)
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=self.close)

    def _on_area(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.stack.currentWidget()
        if hasattr(page, "refresh") and not isinstance(page, (WargaPage, SettingsPage)):
            page.refresh()  # counts and lists may have changed in another area

    def find_referral(self) -> None:
        """Ctrl+K anywhere: type or scan the code of a returned slip."""
        if self.home_page is not None:
            self.home_page.open_find_referral()

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
