"""Creates the first administrator when an installation was set up without one (e.g. by `puskesos init`)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ..widgets.form import accept_cancel_buttons
from ...core.codes import Role
from ...core.errors import Problem, PuskesosError, ValidationError
from ...core.model import Operator
from ...services.operators import OperatorService
from ..widgets.admin_form import AdminForm


class FirstAdminDialog(QDialog):
    def __init__(self, operators: OperatorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operators = operators
        self.operator: Operator | None = None
        self.setWindowTitle(self.tr("First administrator"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("This installation has no operator yet. Create the administrator account "
                               "that signs in and adds the other operators."))
        intro.setWordWrap(True)
        self.form = AdminForm(operators)
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.username.setFocus()

    def save(self) -> None:
        if not self.form.check():
            self.adjustSize()
            return
        form = self.form
        try:
            self.operator = self._operators.add(form.username.text(), form.password.text(), Role.ADMIN,
                                                form.full_name.text())
        except ValidationError as exc:
            form.show_problems(exc.errors)
            return
        except PuskesosError as exc:
            form.show_problems([Problem("username", "error", str(exc))])
            return
        self.accept()
