"""Pengaturan: the office as it was set up, and the operators (managed by an administrator)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.errors import PuskesosError
from ...core.model import Office, Operator, Region
from ...services.backups import BackupService
from ...services.catalogue import CatalogueService
from ...services.restore import Restore
from ...services.retention import RetentionService
from .. import background
from ..dialogs.backups_dialog import BackupsDialog
from ..dialogs.retention_dialog import RetentionDialog
from ...services.operators import OperatorService
from ...services.setup import SetupService
from ..dialogs.office_dialog import OfficeDialog
from ..dialogs.operator_dialog import OperatorDialog, ResetPasswordDialog
from ..dialogs.recovery_code_dialog import RecoveryCodeDialog
from ..models.operator_table_model import FULL_NAME, OperatorTableModel
from .catalogue_page import CataloguePage
from ..widgets.file_dialogs import choose_folder
from ..widgets.form import FieldMessage
from ..widgets.job_progress import close_job_progress, follow, fraction_steps, open_job_progress, show_step


class SettingsPage(QWidget):
    def __init__(self, setup: SetupService, operators: OperatorService, parent: QWidget | None = None, *,
                 catalogue: CatalogueService | None = None, backups: BackupService | None = None,
                 retention: RetentionService | None = None) -> None:
        """With `catalogue`, a second tab edits the service catalogue and the institution directory;
        with `backups` (an encrypted SQLite database), a box makes, lists and restores backups."""
        super().__init__(parent)
        self._setup = setup
        self._operators = operators
        self._backups = backups if backups is not None and backups.available else None
        self._backup_progress = None
        self._retention = retention
        self.model = OperatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(FULL_NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add operator…"))
        self.toggle_button = QPushButton(self.tr("&Disable"))
        self.reset_button = QPushButton(self.tr("&New password…"))
        self.add_button.clicked.connect(self.add_operator)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.message = FieldMessage()
        self.notice = QLabel()
        self.read_only_note = QLabel(self.tr("Only an administrator can change operators."))
        general = QWidget()
        column = QVBoxLayout(general)
        column.addWidget(self._office_box())
        column.addWidget(self._operators_box(), 1)
        column.addWidget(self._backup_box())
        layout = QVBoxLayout(self)
        self.catalogue_page: CataloguePage | None = None
        if catalogue is None:
            column.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(general)
        else:
            self.catalogue_page = CataloguePage(catalogue, operators)
            self.tabs = QTabWidget()
            self.tabs.addTab(general, self.tr("&Office and operators"))
            self.tabs.addTab(self.catalogue_page, self.tr("Service &catalogue"))
            layout.addWidget(self.tabs)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Office"))
        self.office_form = QFormLayout()
        self.edit_office_button = QPushButton(self.tr("&Edit office…"))
        self.edit_office_button.clicked.connect(self.edit_office)
        # An encrypted SQLite database only: PostgreSQL has no recovery code.
        self.recovery_button = QPushButton(self.tr("New recovery &code…"))
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.retention_button = QPushButton(self.tr("Review re&tention…"))
        self.retention_button.clicked.connect(self.review_retention)
        self.office_notice = QLabel()
        self.office_notice.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.edit_office_button)
        row.addWidget(self.recovery_button)
        row.addWidget(self.retention_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(self.office_form)
        layout.addLayout(row)
        layout.addWidget(self.office_notice)
        self._show_office()
        return box

    def _show_office(self) -> None:
        while self.office_form.rowCount():
            self.office_form.removeRow(0)
        for label, value in self._office_rows(self._setup.office()):
            text = QLabel(value)
            text.setWordWrap(True)
            self.office_form.addRow(label, text)

    def _office_rows(self, office: Office | None) -> list[tuple[str, str]]:
        if office is None:
            return [(self.tr("Name"), self.tr("Not set up yet"))]
        letter, work = office.letter, office.work
        signatory = " — ".join(p for p in (letter.signatory_name, letter.signatory_position) if p)
        return [
            (self.tr("Name"), office.name),
            (self.tr("Region"), ", ".join(reversed(office.region_names)) + f" ({Region(office.region_code, '').dotted})"),
            (self.tr("Address"), office.address or "—"),
            (self.tr("Telephone / e-mail"), " / ".join(p for p in (office.phone, office.email) if p) or "—"),
            (self.tr("Letter number"), f"{letter.classification}/…/{letter.unit_code}"),
            (self.tr("Signed by"), signatory or "—"),
            (self.tr("Letters"), self.tr("dated at %1, printed on %2").replace("%1", office.letter_place)
             .replace("%2", letter.paper)),
            (self.tr("Late"), self.tr("complaints after %1 days, return slips after %2 days")
             .replace("%1", str(work.complaint_overdue_days)).replace("%2", str(work.referral_due_days))),
        ]

    def edit_office(self) -> None:
        office = self._setup.office()
        if office is not None and OfficeDialog(self._setup, office, self).exec():
            self._show_office()

    def new_recovery_code(self) -> None:
        """Confirmed first (the old code stops working), then the new one is shown once, with its sheet."""
        self.office_notice.clear()
        answer = QMessageBox.question(self, self.tr("New recovery code"), self.tr(
            "A new recovery code replaces the old one, which stops opening the data at once. The new code is "
            "shown only once: print its sheet or write it down, keep it in the office safe and destroy the "
            "old sheet.\n\nMake a new recovery code?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            code = self._operators.new_recovery_code()
        except PuskesosError as exc:
            self.office_notice.setText(str(exc))
            return
        dialog = RecoveryCodeDialog(code, self, sheet=lambda out: self._setup.recovery_sheet(code, out))
        dialog.exec()
        dialog.deleteLater()  # the code leaves the window with it
        self.office_notice.setText(self.tr("The new recovery code is in use; the old one no longer opens the data."))

    def _backup_box(self) -> QGroupBox:
        self.backup_box = QGroupBox(self.tr("Backups"))
        self.backup_state = QLabel()
        self.backup_state.setWordWrap(True)
        self.usb_button = QPushButton(self.tr("Back up to &USB…"))
        self.usb_button.clicked.connect(self.back_up_to_usb)
        self.backups_button = QPushButton(self.tr("Backups and &restore…"))
        self.backups_button.clicked.connect(self.show_backups)
        self.backup_notice = QLabel()
        self.backup_notice.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.usb_button)
        row.addWidget(self.backups_button)
        row.addStretch(1)
        layout = QVBoxLayout(self.backup_box)
        layout.addWidget(self.backup_state)
        layout.addLayout(row)
        layout.addWidget(self.backup_notice)
        return self.backup_box

    def _show_backup_state(self) -> None:
        if self._backups is None:
            return
        latest = next(iter(self._backups.list(verify=False)), None)
        if latest is None or latest.created_at is None:
            self.backup_state.setText(self.tr("No automatic backup yet: the first is made when the window closes."))
            return
        self.backup_state.setText(self.tr("Last automatic backup: %1 (%2 households). Keep a copy away from this "
                                          "laptop too: back up to a USB stick every week.")
                                  .replace("%1", f"{clock.local_time(latest.created_at):%d-%m-%Y %H:%M}")
                                  .replace("%2", str(latest.counts.get("household", 0))))

    def back_up_to_usb(self) -> None:
        """One backup file on the stick: written, read back and verified, with a progress bar."""
        if self._backups is None:
            return
        self.backup_notice.clear()
        folder = choose_folder(self, self.tr("Back up to: the USB stick (or a folder on it)"))
        if not folder:
            return
        backups = self._backups
        self.usb_button.setEnabled(False)
        self._backup_progress = open_job_progress(self, self.tr("Writing the backup and reading it back…"),
                                                  self.tr("Back up to USB"), cancel=self.tr("Cancel"), maximum=1000)

        def work(report, cancelled):
            return backups.create(Path(folder), progress=fraction_steps(report, cancelled))

        job = background.run_in_background(work, self._backed_up, self._backup_failed,
                                           lambda done, total: show_step(self._backup_progress, done, total))
        follow(self._backup_progress, job)

    def _backed_up(self, entry) -> None:
        close_job_progress(self._backup_progress)
        self._backup_progress = None
        self.usb_button.setEnabled(True)
        self.backup_notice.setText(self.tr("The backup %1 was written and read back: it is whole. The USB stick "
                                           "can be removed safely.").replace("%1", entry.path))

    def _backup_failed(self, exc: Exception) -> None:
        close_job_progress(self._backup_progress)
        self._backup_progress = None
        self.usb_button.setEnabled(True)
        if not isinstance(exc, PuskesosError):
            raise exc
        self.backup_notice.setText(str(exc))

    def show_backups(self) -> None:
        if self._backups is None:
            return
        current = self._operators.current
        dialog = BackupsDialog(self._backups, self._setup.office(), self, restore=Restore(self._backups.settings),
                               username=current.username if current else "")
        accepted = dialog.exec() and dialog.opened is not None
        opened = dialog.opened
        dialog.deleteLater()
        window = self.window()
        if accepted and hasattr(window, "request_restore"):
            window.request_restore(opened)

    def review_retention(self) -> None:
        if self._retention is None:
            return
        dialog = RetentionDialog(self._retention, self)
        dialog.exec()
        dialog.deleteLater()

    def _operators_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Operators"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.toggle_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.read_only_note)
        return box

    def is_admin(self) -> bool:
        return self._operators.acts_as_admin()

    def refresh(self) -> None:
        self.model.set_rows(self._operators.list())
        if self.model.rowCount():
            self.table.selectRow(0)  # the buttons work straight away from the keyboard
        admin = self.is_admin()
        for button in (self.add_button, self.toggle_button, self.reset_button, self.edit_office_button):
            button.setVisible(admin)
        self.recovery_button.setVisible(admin and self._operators.has_recovery_code)
        self.backup_box.setVisible(admin and self._backups is not None)
        self.retention_button.setVisible(admin and self._retention is not None and self._setup.office() is not None
                                         and self._setup.office().mode.value == "desa")
        if admin:
            self._show_backup_state()
        self.read_only_note.setVisible(not admin)
        self._update_buttons()

    def selected(self) -> Operator | None:
        return self.model.operator_at(self.table.currentIndex().row())

    def select_username(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.operator_at(row).username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.message.clear_message()
        self.notice.clear()
        chosen = self.selected()
        self.toggle_button.setEnabled(chosen is not None)
        self.reset_button.setEnabled(chosen is not None)
        self.toggle_button.setText(self.tr("&Enable") if chosen and not chosen.active else self.tr("&Disable"))

    def add_operator(self) -> None:
        dialog = OperatorDialog(self._operators, self)
        if dialog.exec() and dialog.operator is not None:
            self.refresh()
            self.select_username(dialog.operator.username)

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self._operators.set_active(chosen.id, not chosen.active)
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()
        self.select_username(chosen.username)

    def reset_password(self) -> None:
        chosen = self.selected()
        if chosen is not None and ResetPasswordDialog(self._operators, chosen, self).exec():
            self.notice.setText(self.tr("The new password of %s is saved.") % chosen.username)
