"""Choosing a backup to restore and unlocking it (issue 11 §2): from the set-up wizard of a fresh
installation and from Pengaturan.

The file is verified and unlocked on a worker thread with a progress bar; then whose it is is
checked against this installation and the operator confirms what will be replaced. The restore
itself happens after the window closed (app.py): the dialog only hands over `opened`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QRadioButton,
    QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.errors import PuskesosError
from ...core.model import Office
from ...services.restore import OpenedBackup, Restore
from .. import background
from ..widgets.form import FieldMessage
from ..widgets.file_dialogs import documents_dir, open_file
from ..widgets.job_progress import close_job_progress, follow, fraction_steps, open_job_progress, show_step

STEPS = 1000


class RestoreDialog(QDialog):
    def __init__(self, restore: Restore, office: Office | None, parent: QWidget | None = None, *,
                 path: str = "", username: str = "") -> None:
        super().__init__(parent)
        self._restore = restore
        self._office = office
        self.opened: OpenedBackup | None = None
        self._progress = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.file = QLineEdit(path)
        self.file.setReadOnly(True)
        self.file.setMinimumWidth(360)
        self.choose_button = QPushButton(self.tr("C&hoose file…"))
        self.choose_button.clicked.connect(self.choose)
        self.with_password = QRadioButton(self.tr("With a &password that was valid when the backup was made"))
        self.with_code = QRadioButton(self.tr("With the office's &recovery code"))
        self.with_password.setChecked(True)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.message = FieldMessage()
        note = QLabel(self.tr(
            "The backup is checked first. The data now on this laptop is kept as a backup before it is "
            "replaced, so nothing is lost by restoring."))
        note.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("&Backup file"))
        file_label.setBuddy(self.choose_button)  # the field is read-only: its key chooses the file
        form.addRow(file_label, file_row)
        form.addRow(self.with_password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.with_code)
        form.addRow(self.tr("Recovery &code"), self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Check and &restore…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for radio in (self.with_password, self.with_code):
            radio.toggled.connect(self._update)
        self._update()
        (self.password if username else self.username if path else self.choose_button).setFocus()

    def _update(self) -> None:
        by_password = self.with_password.isChecked()
        for field in (self.username, self.password):
            field.setEnabled(by_password)
        self.code.setEnabled(not by_password)
        self.message.clear_message()

    def choose(self) -> None:
        start = Path(self.file.text()).parent if self.file.text() else documents_dir()
        chosen = open_file(self, self.tr("Choose a backup"), start, self.tr("Puskesos backups (*.pskbak)"))
        if chosen:
            self.file.setText(chosen)
            self.message.clear_message()
            (self.password if self.username.text() else self.username).setFocus()

    def credentials(self) -> dict:
        if self.with_code.isChecked():
            return {"recovery_code": self.code.text()}
        return {"username": self.username.text(), "password": self.password.text()}

    def check(self) -> None:
        """Verifies and unlocks on a worker thread; then whose it is, then the operator confirms."""
        if not self.file.text():
            self.message.show_error(self.tr("Choose the backup file first."))
            return
        path, given = Path(self.file.text()), self.credentials()
        self.restore_button.setEnabled(False)
        self._progress = open_job_progress(self, self.tr("Checking the backup…"), self.tr("Restore from a backup"),
                                           cancel=self.tr("Cancel"), maximum=STEPS)

        def work(report, cancelled):
            return self._restore.open(path, progress=fraction_steps(report, cancelled, STEPS), **given)

        job = background.run_in_background(work, self._checked, self._failed,
                                           lambda done, total: show_step(self._progress, done, total))
        follow(self._progress, job)

    def _failed(self, exc: Exception) -> None:
        close_job_progress(self._progress)
        self._progress = None
        self.restore_button.setEnabled(True)
        if not isinstance(exc, PuskesosError):
            raise exc
        self.message.show_error(str(exc))

    def _checked(self, opened: OpenedBackup) -> None:
        close_job_progress(self._progress)
        self._progress = None
        self.restore_button.setEnabled(True)
        try:
            self._restore.check_owner(opened, self._office)
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        if self._confirm(opened):
            self.opened = opened
            self.accept()
        else:
            self._restore.discard(opened)

    def _confirm(self, opened: OpenedBackup) -> bool:
        info = opened.info
        made = clock.local_time(info.created_at)
        text = self.tr("The backup is whole and opens. It holds %1 households and %2 people of %3, made on %4.") \
            .replace("%1", str(info.counts.get("household", 0))).replace("%2", str(info.counts.get("person", 0))) \
            .replace("%3", info.office_name).replace("%4", f"{made:%d-%m-%Y %H:%M}")
        if self._office is not None:
            text += "\n\n" + self.tr(
                "The data now on this laptop is kept as a backup, then replaced. Changes made here after %1 that "
                "were sent to the kabupaten come back with its next return bundle; the others are only in the "
                "kept backup.").replace("%1", f"{made:%d-%m-%Y %H:%M}")
        text += "\n\n" + self.tr("Afterwards everyone signs in with the password they had when the backup was made.")
        answer = QMessageBox.question(self, self.tr("Restore from a backup"), text + "\n\n" + self.tr("Restore now?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self._progress is not None:  # Escape while checking: the job is cancelled by its dialog
            return
        super().reject()
