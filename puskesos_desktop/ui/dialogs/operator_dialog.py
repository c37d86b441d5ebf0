"""Adding an operator, and setting a new password for one (both for the administrator)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget,
)

from ...core.codes import ROLE_LABELS, Role
from ...core.errors import Problem, PuskesosError, ValidationError
from ...core.model import Operator
from ...services.operators import OperatorService
from ..widgets.field_row import add_field
from ..widgets.form import FieldMessage, accept_cancel_buttons, show_problems
from ..widgets.form_dialog import FormDialog


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _FormDialog(FormDialog):
    """A form with Save / Cancel; Enter saves, Esc cancels."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.general = FieldMessage()
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def passwords_differ(self) -> bool:
        """Shows the mismatch next to the second password field; True when they differ."""
        if self.password.text() == self.password_again.text():
            return False
        self.show_errors(self.messages, [Problem("password_again", "mismatch", self.tr("The two passwords are not the same."))])
        return True

    def show_errors(self, messages: dict[str, FieldMessage], errors) -> None:
        first = show_problems(messages, errors, fallback=self.general)
        self.adjustSize()  # room for the messages, which may wrap onto two lines
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        raise NotImplementedError


class OperatorDialog(_FormDialog):
    """`operator` holds the new account once accepted."""

    def __init__(self, operators: OperatorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operators = operators
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("Add operator"))
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(ROLE_LABELS[role], role.value)
        self.role.setCurrentIndex(self.role.findData(Role.OPERATOR.value))
        self.password, self.password_again = _password_field(), _password_field()
        self.messages = {
            "username": add_field(self.form, self.tr("&User name"), self.username),
            "full_name": add_field(self.form, self.tr("&Full name"), self.full_name),
            "role": add_field(self.form, self.tr("&Role"), self.role),
            "password": add_field(self.form, self.tr("&Password"), self.password),
            "password_again": add_field(self.form, self.tr("Password &again"), self.password_again),
        }
        self.username.setFocus()

    def save(self) -> None:
        if self.passwords_differ():
            return
        try:
            self.operator = self._operators.add(
                self.username.text(), self.password.text(), self.role.currentData(), self.full_name.text(),
            )
        except ValidationError as exc:
            self.show_errors(self.messages, exc.errors)
            return
        except PuskesosError as exc:
            self.show_errors(self.messages, [Problem("", "error", str(exc))])
            return
        self.accept()


class ResetPasswordDialog(_FormDialog):
    def __init__(self, operators: OperatorService, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operators = operators
        self._operator = operator
        self.setWindowTitle(self.tr("New password for %s") % operator.username)
        self.password, self.password_again = _password_field(), _password_field()
        self.messages = {
            "password": add_field(self.form, self.tr("New &password"), self.password),
            "password_again": add_field(self.form, self.tr("Password &again"), self.password_again),
        }
        self.password.setFocus()

    def save(self) -> None:
        if self.passwords_differ():
            return
        try:
            self._operators.reset_password(self._operator.id, self.password.text())
        except ValidationError as exc:
            self.show_errors(self.messages, exc.errors)
            return
        except PuskesosError as exc:
            self.show_errors(self.messages, [Problem("", "error", str(exc))])
            return
        self.accept()
