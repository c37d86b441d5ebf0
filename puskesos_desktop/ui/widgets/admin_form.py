"""The first administrator's account fields, shared by the set-up wizard and the first-admin dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ...core.codes import Role
from ...core.errors import Problem
from ...services.operators import OperatorService
from .field_row import add_field
from .form import show_problems


class AdminForm(QWidget):
    def __init__(self, operators: OperatorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operators = operators
        self.username = QLineEdit()
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("e.g. admin"))
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.messages = {
            "username": add_field(form, self.tr("&User name"), self.username),
            "full_name": add_field(form, self.tr("&Full name"), self.full_name),
            "password": add_field(form, self.tr("&Password"), self.password),
            "password_again": add_field(form, self.tr("Password &again"), self.password_again),
        }

    def check(self) -> bool:
        """Shows every problem inline; True when the account can be created."""
        problems = list(self._operators.check_new(self.username.text(), self.password.text(), Role.ADMIN).errors)
        if self.password.text() != self.password_again.text():
            problems.append(Problem("password_again", "mismatch", self.tr("The two passwords are not the same.")))
        self.show_problems(problems)
        return not problems

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        first = show_problems(self.messages, problems, fallback=self.messages["username"])
        if first is not None:
            first.setFocus()
