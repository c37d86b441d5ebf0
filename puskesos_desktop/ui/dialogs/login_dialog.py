"""Sign-in: user name and password; a wrong password is said inline and the dialog stays open.

Before the window the sign-in also unlocks the encrypted database (services/access.py): the dialog
then calls `Access.sign_in` and keeps the services it returns in `signed_in`; "Kode pemulihan…"
signs in with the office's recovery code instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.model import Operator
from ...services.operators import OperatorService
from ..widgets.form import FieldMessage, accept_cancel_buttons


class LoginDialog(QDialog):
    def __init__(self, operators: OperatorService | Callable[[str, str], object], office_name: str = "",
                 parent: QWidget | None = None, *, recovery: Callable[[str], object] | None = None,
                 note: str = "") -> None:
        super().__init__(parent)
        self._authenticate = operators.login if isinstance(operators, OperatorService) else operators
        self._recovery = recovery
        self.operator: Operator | None = None
        self.signed_in: object = None  # what the sign-in returned (the operator, or the opened services)
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
        if note:
            note_label = QLabel(note)
            note_label.setWordWrap(True)
            layout.addWidget(note_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        if recovery is not None:
            self.recovery_button = QPushButton(self.tr("Use the &recovery code…"))
            self.recovery_button.setAutoDefault(False)
            self.recovery_button.clicked.connect(self.use_recovery_code)
            layout.addWidget(self.recovery_button)
        layout.addWidget(self.buttons)
        self.username.setFocus()

    def sign_in(self) -> None:
        self._try(lambda: self._authenticate(self.username.text(), self.password.text()))

    def use_recovery_code(self) -> None:
        code, given = QInputDialog.getText(self, self.tr("Recovery code"), self.tr(
            "The recovery code from the office safe (7 groups of 4 characters). Signing in with it is logged."))
        if given and code.strip() and self._recovery is not None:
            self._try(lambda: self._recovery(code))

    def _try(self, attempt: Callable[[], object]) -> None:
        try:
            self.signed_in = attempt()
        except PuskesosError as exc:  # wrong password or code, too many attempts, damaged key file …
            self.message.show_error(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.operator = self.signed_in if isinstance(self.signed_in, Operator) else None
        self.accept()
