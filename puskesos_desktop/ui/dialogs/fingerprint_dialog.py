"""Before a desa is enrolled: its code, name and fingerprint in large type, to compare by phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.sync_model import IdentityFile


def fingerprint_font(scale: float = 2.2) -> QFont:
    """Fixed-width and large: 16 symbols read aloud group by group."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
    font.setBold(True)
    return font


class FingerprintDialog(QDialog):
    """Enroll only when the operator confirms the fingerprints match; Esc (and Enter) cancel."""

    def __init__(self, identity: IdentityFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare the fingerprint"))
        desa = QLabel(self.tr("Enrollment file of desa {code}\n{name}").format(
            code=identity.region_code, name=identity.name))
        desa.setStyleSheet("font-weight: bold;")
        self.fingerprint = QLabel(identity.fingerprint)
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setContentsMargins(16, 16, 16, 16)
        instruction = QLabel(self.tr(
            "Phone the operator of this desa and read the fingerprint aloud, group by group. Their laptop "
            "shows its own fingerprint (Settings, or at the end of set-up). Enroll only if every symbol is "
            "the same: a different fingerprint means the file is not from that laptop."))
        instruction.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("The fingerprints &match – enroll"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Confirming is a deliberate act: Enter alone does not enroll.
        self.confirm_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(desa)
        layout.addWidget(self.fingerprint)
        layout.addWidget(instruction)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.cancel_button.setFocus()
