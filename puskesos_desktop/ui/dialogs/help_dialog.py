"""F1: the operator guide (docs/panduan-operator.md) in a window, at the section of what is on screen.

One application-wide F1 shortcut (`install_help_key`, made once by app.py) opens it from the main
window and from any dialog, modal ones included: a shortcut owned by the QApplication is not blocked
by a modal dialog the way a window's own shortcuts are. The section comes from the active window:
its `help_section()` when it has one (the main window: the area shown), else `DIALOG_SECTIONS`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from ... import paths
from ..widgets.screen_fit import resize_within_screen

# Headings of the guide, without their numbers ("## 3. Warga: …" → "Warga: …").
START = "Pertama kali dibuka: Penyiapan"
HOME = "Beranda"
SETTINGS = "Pengaturan dan pengguna"
RESIDENTS = "Warga: keluarga dan anggotanya"
IMPORT = "Impor daftar dari Excel/CSV"
NEEDS = "Kebutuhan dan keluhan"
REFERRALS = "Rujukan dan surat rujukan"
LETTERS = "Buku agenda Surat Keluar"
OUTCOMES = "Lembar balik kembali: mencatat hasil"
SYNC_DESA = "Di desa: halaman Kirim/Terima"
SYNC_KABUPATEN = "Di kabupaten"
PRIVACY = "Perlindungan data"
ENCRYPTION = "Basis data terenkripsi dan kode pemulihan"
BACKUPS = "Cadangan dan pemulihan"
CONSENT = "Persetujuan keluarga"
RETENTION = "Retensi: berapa lama data disimpan"
AUDIT = "Log Audit"

# Dialogs (by class name, so this module imports none of them) and the heading F1 opens in each.
DIALOG_SECTIONS = {
    "SetupWizard": START, "LoginDialog": START, "FirstAdminDialog": START,
    "OperatorDialog": SETTINGS, "ResetPasswordDialog": SETTINGS, "OfficeDialog": SETTINGS,
    "ServiceDialog": SETTINGS, "InstitutionDialog": SETTINGS,
    "HouseholdDialog": RESIDENTS, "PersonDialog": RESIDENTS, "MovePersonDialog": RESIDENTS, "ImportDialog": IMPORT,
    "NeedDialog": NEEDS, "ComplaintDialog": NEEDS, "ComplaintActionDialog": NEEDS,
    "ReferralDialog": REFERRALS, "PdfPreviewDialog": REFERRALS,
    "OutcomeDialog": OUTCOMES, "FindReferralDialog": OUTCOMES, "OverdueReferralsDialog": OUTCOMES,
    "FingerprintDialog": SYNC_KABUPATEN, "ForkReviewDialog": SYNC_KABUPATEN,
    "RecoveryCodeDialog": ENCRYPTION, "BackupsDialog": BACKUPS, "RestoreDialog": BACKUPS,
    "ConsentDialog": CONSENT, "RetentionDialog": RETENTION,
}
_NUMBER = re.compile(r"^\d+(\.\d+)*\.?\s+")


def heading_title(text: str) -> str:
    return _NUMBER.sub("", text.strip())


def read_guide() -> str:
    path = paths.operator_guide()
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("HelpDialog", "The operator guide is missing: %s") % path


class HelpDialog(QDialog):
    """The guide with its contents on the left, Ctrl+F to find in it, Escape to close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operator guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(read_guide())
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents"))
        for block in self.headings():
            level = block.blockFormat().headingLevel()
            item = QListWidgetItem("    " * max(0, level - 2) + heading_title(block.text()))
            item.setData(Qt.ItemDataRole.UserRole, block.blockNumber())
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._go_to_item)
        self.contents.itemClicked.connect(self._go_to_item)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(self._find_row())
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)  # Enter in the find box finds, it does not close
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_find)
        QShortcut(QKeySequence.StandardKey.FindNext, self, activated=self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, activated=self.find_previous)
        resize_within_screen(self, 980, 700)

    def _find_row(self) -> QHBoxLayout:
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence("Shift+Return"), self.find_box, activated=self.find_previous,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.find_message = QLabel()
        previous, following = QPushButton(self.tr("&Previous")), QPushButton(self.tr("Ne&xt"))
        for button, slot in ((previous, self.find_previous), (following, self.find_next)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.find_box)
        for widget in (label, self.find_box, previous, following, self.find_message):
            row.addWidget(widget)
        return row

    def headings(self) -> list[QTextBlock]:
        found, block = [], self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                found.append(block)
            block = block.next()
        return found

    def show_section(self, title: str) -> bool:
        """Scrolls the heading `title` (without its number) to the top; False when the guide has none."""
        block = next((b for b in self.headings() if heading_title(b.text()) == title), None)
        if block is None:
            return False
        self._scroll_to(block)
        return True

    def _go_to_item(self, item: QListWidgetItem) -> None:
        self._scroll_to(self.browser.document().findBlockByNumber(item.data(Qt.ItemDataRole.UserRole)))

    def _scroll_to(self, block: QTextBlock) -> None:
        # Room below the end of the text, so that the last sections too can come to the top edge.
        root = self.browser.document().rootFrame()
        frame = root.frameFormat()
        if frame.bottomMargin() < self.browser.viewport().height():
            frame.setBottomMargin(self.browser.viewport().height())
            root.setFrameFormat(frame)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())  # then ensureCursorVisible brings the heading to the top edge
        self.browser.setTextCursor(QTextCursor(block))
        self.browser.ensureCursorVisible()
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == block.blockNumber():
                self.contents.setCurrentRow(row)

    def heading_at_top(self) -> str:
        """The title of the section at the top of the visible text."""
        block = self.browser.cursorForPosition(QPoint(4, 4)).block()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.previous()
        return heading_title(block.text()) if block.isValid() else ""

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        text = self.find_box.text().strip()
        if not text:
            return False
        found = self.browser.find(text, flags)
        if not found:  # wrap around once
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.find_message.setText("" if found else self.tr("Not found"))
        return found


def show_help(parent: QWidget | None, section: str = "") -> HelpDialog:
    """Shows the guide (one window per parent, reused) at `section`, or where it was left."""
    dialog = parent.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly) if parent else None
    if dialog is None:
        dialog = HelpDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if section:
        dialog.show_section(section)
    return dialog


def section_for(window: QWidget | None) -> str:
    """The heading for the window that has the keyboard: its own help_section(), or its dialog's."""
    if window is None:
        return ""
    own = getattr(window, "help_section", None)
    return own() if callable(own) else DIALOG_SECTIONS.get(type(window).__name__, "")


def _on_help_key() -> None:
    window = QApplication.activeWindow() or QApplication.activeModalWidget()
    if isinstance(window, HelpDialog):  # F1 in the guide itself
        window.focus_find()
        return
    show_help(window, section_for(window))


def install_help_key(app: QApplication) -> QShortcut:
    """F1 anywhere in the application; made once (a second F1 shortcut would make both ambiguous)."""
    existing = app.findChild(QShortcut, "help_key")
    if existing is not None:
        return existing
    shortcut = QShortcut(QKeySequence.StandardKey.HelpContents, app, context=Qt.ShortcutContext.ApplicationShortcut)
    shortcut.setObjectName("help_key")
    shortcut.activated.connect(_on_help_key)
    return shortcut
