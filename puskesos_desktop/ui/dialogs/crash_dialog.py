"""The one crash dialog: says sorry, shows the technical report read-only, and copies it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        intro = QLabel(self.tr(
            "Something went wrong that the application did not expect. Your saved data is safe. "
            "Please copy the report below and send it to the person who maintains this application."
        ))
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        where = QLabel(self.tr("The report was also written to:") + " " + log_path)
        where.setWordWrap(True)
        where.setVisible(bool(log_path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.copy_button = QPushButton(self.tr("Copy"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
