"""Sign-in: user name and password; a wrong password is said inline and the dialog stays open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ...core.errors import AuthenticationError
from ...core.model import Operator
from ...services.operators import OperatorService
from ..widgets.form import FieldMessage, accept_cancel_buttons


class LoginDialog(QDialog):
    def __init__(self, operators: OperatorService, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operators = operators
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)
        title = QLabel(office_name or self.tr("Puskesos Desktop"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        title.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.buttons, self.sign_in_button = accept_cancel_buttons(self, self.tr("Sign in"), self.tr("Cancel"), self.sign_in)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def sign_in(self) -> None:
        try:
            self.operator = self._operators.login(self.username.text(), self.password.text())
        except AuthenticationError as exc:
            self.message.show_error(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
