"""Import households from a CSV/XLSX file: check it first (nothing written), then import for real."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressDialog, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...services.importer import ImportReport, ImportService
from ..background import Job, run_in_background
from ..widgets.file_dialogs import open_file, save_file
from ..widgets.form import FieldMessage
from ..widgets.rejected_rows import RejectedRowTableModel
from ..widgets.screen_fit import resize_within_screen


class ImportDialog(QDialog):
    """`report_ready` is emitted with each ImportReport (the check and the real import)."""

    report_ready = Signal(object)
    failed = Signal(str)

    def __init__(self, importer: ImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._importer = importer
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._checked_path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import households"))
        self._build()

    def _build(self) -> None:
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("CSV or XLSX file, one row per person"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_file)
        self.path.textChanged.connect(self._path_changed)
        self.template_button = QPushButton(self.tr("Save an &example file…"))
        self.template_button.setAutoDefault(False)
        self.template_button.setToolTip(self.tr("The columns to fill in, with two made-up people as examples"))
        self.template_button.clicked.connect(self.save_template)
        caption = QLabel(self.tr("&File"))
        caption.setBuddy(self.path)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.template_button)
        self.message = FieldMessage()
        self.summary = QLabel(self.tr("Choose a file, then check it: nothing is saved until you press Import."))
        self.summary.setWordWrap(True)
        self.rejected = RejectedRowTableModel(self)
        self.table = self._rejected_table()
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("Chec&k file"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.check_button.clicked.connect(self.check_file)
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Rejected rows")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 820, 480)

    def _rejected_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.rejected)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().hide()
        # every line of a long reason shows (the Excel hint is three lines in a narrow window)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _choose_file(self) -> None:
        chosen = open_file(
            self, self.tr("Choose the file to import"), str(Path.home()),
            self.tr("Spreadsheets (*.csv *.xlsx)"))
        if chosen:
            self.path.setText(chosen)

    def save_template(self) -> None:
        """Writes the example file where the operator chooses (XLSX keeps every NIK as text in Excel)."""
        chosen = save_file(self, self.tr("Save the example file"), "contoh_impor_warga.xlsx",
                           self.tr("Excel workbook (*.xlsx);;CSV separated by semicolons (*.csv)"))
        if not chosen:
            return
        try:
            written = self._importer.write_template(Path(chosen))
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.summary.setText(self.tr(
            "Example saved as {file}. Replace the two made-up people with one row per person (keep the "
            "header row), save it, then choose it here and check it.").format(file=written))

    def _path_changed(self) -> None:
        self._checked_path = None
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)

    # ---- running -------------------------------------------------------------------------------
    def check_file(self) -> None:
        """A dry run: every row is validated and counted, then everything is rolled back."""
        self._start(dry_run=True)

    def import_file(self) -> None:
        if self._checked_path is not None:
            self._start(dry_run=False)

    def _start(self, dry_run: bool) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.show_error(self.tr("Choose a file first."))
            return
        path = Path(text)
        self.message.clear_message()
        self._set_busy(True)
        label = self.tr("Checking the file…") if dry_run else self.tr("Importing…")
        self._progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(400)
        self._job = run_in_background(
            lambda progress, cancelled: self._importer.run(
                path, dry_run=dry_run, progress=progress, cancelled=cancelled),
            lambda report: self._finished(path, report), self._failed, self._progressed,
        )
        self._progress.canceled.connect(self._job.cancel)

    def _progressed(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finished(self, path: Path, report: ImportReport) -> None:
        self._end_job()
        self.report = report
        self.rejected.set_rows(report.rejected)
        self.summary.setText(self._describe(report))
        if report.applied:
            self._checked_path = None
            self.import_button.setEnabled(False)
        else:
            self._checked_path = path
            self.import_button.setEnabled(report.rows > len({r.row for r in report.rejected}))
            self.import_button.setDefault(self.import_button.isEnabled())
        self.report_ready.emit(report)

    def _failed(self, error: Exception) -> None:
        self._end_job()
        if not isinstance(error, PuskesosError):
            raise error  # unexpected: the crash dialog takes it
        self.message.show_error(str(error))
        self.failed.emit(str(error))

    def _end_job(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.path, self.browse, self.check_button):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)

    def _describe(self, r: ImportReport) -> str:
        lead = self.tr("Imported.") if r.applied else self.tr("Check finished; nothing has been saved yet.")
        counts = self.tr(
            "{rows} rows. Households: {hc} new, {hu} updated. People: {pc} new, {pu} updated, "
            "{same} unchanged. Rejected: {rejected} rows."
        ).format(rows=r.rows, hc=r.households_created, hu=r.households_updated, pc=r.persons_created,
                 pu=r.persons_updated, same=r.unchanged, rejected=len({x.row for x in r.rejected}))
        text = f"{lead} {counts}"
        if r.rejects_file is not None:
            text += " " + self.tr("The rejected rows were written to {file}; correct them there and "
                                  "import that file again.").format(file=r.rejects_file)
        elif not r.applied and r.rejected:
            text += " " + self.tr("Press Import to save the good rows; the rejected rows will be "
                                  "written to a file next to this one.")
        return text

    def reject(self) -> None:
        if self._job is None:  # closing waits for a running job to finish or be cancelled
            super().reject()
