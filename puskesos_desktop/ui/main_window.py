"""The main window: a navigation list on the left, the chosen area on the right."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QDialog, QHBoxLayout, QLabel, QListWidget, QMainWindow, QPushButton, QStackedWidget, QWidget,
)

from ..core.codes import Mode
from ..core.model import WorkSettings
from ..core.referral_model import Complaint, Need
from . import background
from .dialogs import help_dialog as guide
from .pages.home_page import HomePage
from .widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from ..services.container import Services
    from .pages.warga_page import WargaPage

GEOMETRY_KEY = "main_window/geometry"
LOG_OUT_KEYS = "Ctrl+Shift+L"
# An area: its title, how to build its page, and whether to reload it each time it is shown again.
Area = tuple[str, Callable[[], QWidget], bool]

class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.office = services.setup.office()
        self.setWindowTitle(self.tr("Puskesos Desktop") + (f" — {self.office.name}" if self.office else ""))
        self.setMinimumSize(760, 480)  # well within 1280×720 at 125 % scaling (1024×576 logical)
        resize_within_screen(self, 1280, 720)
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.warga_page: WargaPage | None = None
        self.home_page: HomePage | None = None
        # Pages are built when first shown (start-up builds only the Beranda), each from its own module.
        self._areas: list[Area] = self._area_builders()
        self.areas = [title for title, _build, _reload in self._areas]
        self._built: set[int] = set()
        for title in self.areas:
            self.nav.addItem(title)
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._on_area)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status()
        self._shortcuts()
        self._log_out_control()

    def _area_builders(self) -> list[Area]:
        desa = self.office is None or self.office.mode is Mode.DESA
        areas: list[Area] = [(self.tr("Home"), self._build_home, True)]
        if desa:
            areas += [
                (self.tr("Residents"), self._build_warga, False),
                (self.tr("Needs & complaints"), self._build_needs_complaints, True),
                (self.tr("Referrals"), self._build_referrals, True),
                (self.tr("Outgoing letters"), self._build_letter_register, True),
                (self.tr("Send/receive"), self._build_sync, True),
            ]
        else:  # DESIGN §7: the kabupaten's areas
            areas += [
                (self.tr("Desa"), self._build_desa, True),
                (self.tr("Import"), self._build_import, False),
                (self.tr("Incoming referrals"), self._build_incoming, True),
                (self.tr("Residents"), self._build_warga, False),
            ]
        areas.append((self.tr("Settings"), self._build_settings, False))
        if self._services.operators.acts_as_admin():
            areas.append((self.tr("Audit log"), self._build_audit, True))
        return areas

    def page(self, index: int) -> QWidget:
        """The page of area `index`, built on first use."""
        if index not in self._built:
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, self._areas[index][1]())
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built.add(index)
        return self.stack.widget(index)

    def _work(self) -> WorkSettings:
        return self.office.work if self.office is not None else WorkSettings()

    def _build_home(self) -> QWidget:
        sv = self._services
        if self.office is not None and self.office.mode is Mode.KABUPATEN:
            return HomePage(self.office, sv.households)
        self.home_page = HomePage(self.office, sv.households, sv.referrals, sv.complaints, sv.catalogue,
                                  self._work().complaint_overdue_days, print_overdue=self.print_overdue, sync=sv.sync)
        self.home_page.find_shortcut.setEnabled(False)  # the window's own Ctrl+K (every area) would be ambiguous
        return self.home_page

    def _build_warga(self) -> QWidget:
        from .pages.warga_page import WargaPage

        sv = self._services
        if self.office is not None and self.office.mode is Mode.KABUPATEN:
            # Across every desa: read-only here, with the NIKs registered in more than one desa to review.
            from .widgets.duplicate_nik_list import DuplicateNikList

            self.warga_page = WargaPage(sv.households, sv.search, sv.importer, read_only=True)
            self.warga_page.layout().addWidget(DuplicateNikList(sv.search))
            return self.warga_page
        self.warga_page = WargaPage(sv.households, sv.search, sv.importer, services=sv)
        return self.warga_page

    def _build_needs_complaints(self) -> QWidget:
        from .pages.needs_complaints_page import NeedsComplaintsPage

        sv = self._services
        return NeedsComplaintsPage(sv.needs, sv.complaints, sv.catalogue, sv.households, sv.search,
                                   self._work().complaint_overdue_days, refer=self.refer)

    def refer(self, need: Need | None = None, complaint: Complaint | None = None) -> bool:
        """The referral dialog for a need or a complaint; True when a draft was saved."""
        from .dialogs.referral_dialog import ReferralDialog

        sv = self._services
        dialog = ReferralDialog(sv.referrals, sv.letters, sv.catalogue, sv.households, sv.search,
                                need=need, complaint=complaint, parent=self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _build_referrals(self) -> QWidget:
        from .pages.referrals_page import ReferralsPage

        sv = self._services
        return ReferralsPage(sv.referrals, sv.letters, sv.catalogue, sv.households, sv.search, sv.operators,
                             consent=sv.consent)

    def _build_letter_register(self) -> QWidget:
        from .pages.letter_register_page import LetterRegisterPage

        return LetterRegisterPage(self._services.referrals, self._services.letters)

    def _build_sync(self) -> QWidget:
        from .pages.sync_page import SyncPage

        return SyncPage(self._services.sync)

    def _build_desa(self) -> QWidget:
        from .pages.desa_page import DesaPage

        return DesaPage(self._services.sync)

    def _build_import(self) -> QWidget:
        from .pages.import_page import ImportPage

        return ImportPage(self._services.sync)

    def _build_incoming(self) -> QWidget:
        from .pages.incoming_referrals_page import IncomingReferralsPage

        sv = self._services
        return IncomingReferralsPage(sv.referrals, sv.sync, sv.households, sv.catalogue, sv.search, sv.operators)

    def _build_settings(self) -> QWidget:
        from .pages.settings_page import SettingsPage

        sv = self._services
        return SettingsPage(sv.setup, sv.operators, catalogue=sv.catalogue, backups=sv.backups,
                            retention=sv.retention)

    def _build_audit(self) -> QWidget:
        from .pages.audit_page import AuditPage

        sv = self._services
        names = {p.region_code: p.name for p in sv.sync.peers() if p.role == "desa"}
        return AuditPage(sv.audit, local_origin=self.office.region_code if self.office else "", origin_names=names)

    def print_overdue(self) -> None:
        """The overdue referrals as a printable list, shown first; a print or a saved PDF is logged."""
        from .widgets.pdf_preview import PdfPreviewDialog

        buffer = BytesIO()
        self._services.letters.overdue_pdf(buffer)
        letters = self._services.letters
        PdfPreviewDialog(self.tr("Overdue referrals"), buffer.getvalue(), parent=self,
                         on_done=lambda how, pages: letters.note_output("overdue_list", how, "", pages)).exec()

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
        fresh = index not in self._built
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        if not fresh and self._areas[index][2] and hasattr(page, "refresh"):
            page.refresh()  # counts and lists may have changed in another area

    def find_referral(self) -> None:
        """Ctrl+K anywhere: type or scan the code of a returned slip."""
        if self.home_page is not None:
            self.home_page.open_find_referral()

    def show_area(self, index: int) -> None:
        if 0 <= index < self.nav.count():
            self.nav.setCurrentRow(index)

    def focus_search(self) -> None:
        """Ctrl+F: the search box of Warga (desa mode)."""
        index = next((i for i, area in enumerate(self._areas) if area[1] == self._build_warga), None)
        if index is None:
            return
        self.nav.setCurrentRow(index)
        self.page(index).focus_search()
        self.activateWindow()

    def remember_geometry(self, store: QSettings) -> None:
        """Shows the window where and as large as it was last closed (maximised the first time)."""
        self._geometry_store = store
        saved = store.value(GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            self.show()
        else:
            self.showMaximized()

    # ---- ending the session: quit (Ctrl+Q, the close button) or log out -------------------------
    def _log_out_control(self) -> None:
        """Ctrl+Shift+L or the status bar's button: the window closes, app.run_sessions signs in again."""
        self.logged_out = False  # set when the window closed to switch operator, not to quit
        self.restore_request = None  # a backup to restore once the window has closed (services/restore.py)
        self.log_out_button = QPushButton(self.tr("Log out / switch operator (Ctrl+Shift+L)"))
        self.log_out_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not in the Tab order of the areas
        self.log_out_button.clicked.connect(self.log_out)
        self.statusBar().addPermanentWidget(self.log_out_button)
        QShortcut(QKeySequence(LOG_OUT_KEYS), self, activated=self.log_out)

    def log_out(self) -> None:
        self.logged_out = True
        if not self.close():
            self.logged_out = False

    def request_restore(self, opened) -> None:
        """Pengaturan chose a backup (verified and unlocked): the window closes, app.py restores it and
        everyone signs in again."""
        self.restore_request = opened
        if not self.close():
            self.restore_request = None

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        store = getattr(self, "_geometry_store", None)
        if store is not None:
            store.setValue(GEOMETRY_KEY, self.saveGeometry())
            store.sync()
        # The pages go with the window: no job may still run for them (docs/decisions.md, "Quitting").
        if background.running():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                background.finish_all()
            finally:
                QApplication.restoreOverrideCursor()
        super().closeEvent(event)

    def current_area(self) -> str:
        return self.areas[self.nav.currentRow()]

    def help_section(self) -> str:
        """F1 (help_dialog.install_help_key): the guide's heading for the area shown."""
        kabupaten = self.office is not None and self.office.mode is Mode.KABUPATEN
        sections = {
            self._build_home: guide.HOME, self._build_warga: guide.RESIDENTS, self._build_needs_complaints: guide.NEEDS,
            self._build_referrals: guide.REFERRALS, self._build_letter_register: guide.LETTERS,
            self._build_sync: guide.SYNC_DESA, self._build_desa: guide.SYNC_KABUPATEN,
            self._build_import: guide.SYNC_KABUPATEN, self._build_incoming: guide.SYNC_KABUPATEN,
            self._build_settings: guide.SETTINGS, self._build_audit: guide.AUDIT,
        }
        section = sections.get(self._areas[self.nav.currentRow()][1], guide.HOME)
        return guide.SYNC_KABUPATEN if kabupaten and section == guide.RESIDENTS else section

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.nav.setFocus()
            return
        super().keyPressEvent(event)
