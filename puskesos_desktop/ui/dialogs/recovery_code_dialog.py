"""The office's recovery code, shown once: written down (or copied) before the dialog can close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("&Copy"))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        self.written = QCheckBox(self.tr("I have &written the code down and will keep it in the safe"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.written.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.code, copy, self.written, self.buttons):
            layout.addWidget(widget)
        self.written.setFocus()

    def reject(self) -> None:  # Escape does not skip the code: it must be written down first
        if self.written.isChecked():
            self.accept()
