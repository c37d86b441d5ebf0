"""The office's recovery code, shown once: written down or printed before the dialog can close.

Nothing offers to copy it: Windows keeps a clipboard history (Win+V, and it may sync it to the
user's account), so a copied code would outlive the dialog on this laptop and maybe beyond it."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

if TYPE_CHECKING:
    from ..widgets.pdf_preview import PdfPreviewDialog


class RecoveryCodeDialog(QDialog):
    """`sheet(out)` writes the "Kode Pemulihan" sheet; it is made in memory when Print is pressed, and
    the preview prints it on paper and never saves it (a PDF of the code would be the key on disk)."""

    def __init__(self, code: str, parent: QWidget | None = None, *,
                 sheet: Callable[[BinaryIO], None] | None = None) -> None:
        super().__init__(parent)
        self._sheet = sheet
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Recovery code"))
        intro = QLabel(self.tr(
            "The data on this laptop is encrypted. This recovery code opens it when every password is "
            "forgotten. Write it on paper and keep it in the office safe, not on this laptop. It is shown only now."))
        intro.setWordWrap(True)
        self.code = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # not to the clipboard
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAutoDefault(False)
        self.print_button.setToolTip(self.tr("Shows the Kode Pemulihan sheet to print for the office safe"))
        self.print_button.clicked.connect(self.print_sheet)
        self.print_button.setVisible(sheet is not None)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.written = QCheckBox(self.tr("I have &written down or printed the code and will keep it in the safe"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.written.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addLayout(row)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        self.written.setFocus()

    def print_sheet(self) -> None:
        """The sheet in a preview that can print but not save; made again each time, kept in memory only."""
        from ..widgets.pdf_preview import PdfPreviewDialog  # QtPdf when printing, not at start-up

        if self._sheet is None:
            return
        out = BytesIO()
        self._sheet(out)
        if self.preview is not None:
            self.preview.deleteLater()
        self.preview = PdfPreviewDialog(self.tr("Recovery code sheet"), out.getvalue(), allow_save=False, parent=self)
        self.preview.open()

    def reject(self) -> None:  # Escape does not skip the code: it must be written down first
        if self.written.isChecked():
            self.accept()
