"""Pengaturan → "Cadangan…": every backup of the backups folder (or of a stick), each verified, and
restoring one (issue 11 §1–2). The list is read and verified on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.model import Office
from ...services.backups import BackupService
from ...services.restore import OpenedBackup, Restore
from .. import background
from ..models.backup_table_model import FILE, BackupTableModel
from ..widgets.file_dialogs import choose_folder
from ..widgets.job_progress import close_job_progress, follow, fraction_steps, open_job_progress, show_step
from ..widgets.screen_fit import resize_within_screen
from .restore_dialog import RestoreDialog

STEPS = 1000


class BackupsDialog(QDialog):
    """`restore`: given when this operator may restore (an administrator); `opened` holds the backup
    chosen, verified and unlocked once the dialog is accepted."""

    def __init__(self, backups: BackupService, office: Office | None, parent: QWidget | None = None, *,
                 restore: Restore | None = None, username: str = "") -> None:
        super().__init__(parent)
        self._backups = backups
        self._office = office
        self._restore = restore
        self._username = username
        self.folder: Path = backups.folder
        self.opened: OpenedBackup | None = None
        self._progress = None
        self.setWindowTitle(self.tr("Backups"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("&Other folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.own_button = QPushButton(self.tr("&Automatic backups"))
        self.own_button.clicked.connect(lambda: self.show_folder(self._backups.folder))
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setVisible(restore is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.own_button, self.folder_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        resize_within_screen(self, 860, 460)
        self.show_folder(self.folder)

    def show_folder(self, folder: Path) -> None:
        """Lists and verifies the folder's backups on a worker thread, with a progress bar."""
        self.folder = Path(folder)
        own = self.folder == self._backups.folder
        self.where.setText((self.tr("Automatic backups of this laptop, in %1. One is made when the window closes "
                                    "(once a day) and before every upgrade; 7 daily, 4 weekly and 12 monthly "
                                    "ones are kept.") if own else self.tr("Backups in %1.")).replace("%1", str(folder)))
        self.own_button.setEnabled(not own)
        self._progress = open_job_progress(self, self.tr("Checking the backups…"), self.tr("Backups"),
                                           cancel=None, maximum=STEPS)

        def work(report, cancelled):
            return self._backups.list(self.folder, progress=fraction_steps(report, cancelled, STEPS))

        job = background.run_in_background(work, self._listed, self._failed,
                                           lambda done, total: show_step(self._progress, done, total))
        follow(self._progress, job)

    def _listed(self, entries) -> None:
        close_job_progress(self._progress)
        self._progress = None
        self.model.set_rows(entries)
        if entries:
            self.table.selectRow(0)
            self.table.setFocus()
        damaged = sum(1 for e in entries if not e.verified)
        self.note.setText(self.tr("No backups in this folder.") if not entries else
                          self.tr("%1 backups, %2 of them damaged: do not rely on those.")
                          .replace("%1", str(len(entries))).replace("%2", str(damaged)) if damaged else
                          self.tr("%1 backups, all whole.").replace("%1", str(len(entries))))
        self._update()

    def _failed(self, exc: Exception) -> None:
        close_job_progress(self._progress)
        self._progress = None
        if not isinstance(exc, PuskesosError | OSError):
            raise exc
        self.note.setText(str(exc))

    def _update(self) -> None:
        chosen = self.model.row_at(self.table.currentIndex().row())
        self.restore_button.setEnabled(chosen is not None and chosen.verified)

    def choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Folder with backups (for example a USB stick)"), self.folder)
        if chosen:
            self.show_folder(Path(chosen))

    def restore_selected(self) -> None:
        chosen = self.model.row_at(self.table.currentIndex().row())
        if chosen is None or self._restore is None:
            return
        dialog = RestoreDialog(self._restore, self._office, self, path=chosen.path, username=self._username)
        if dialog.exec() and dialog.opened is not None:
            self.opened = dialog.opened
            self.accept()
