"""Impor (kabupaten mode): bundle files from the desas' sticks, imported in the background, with a result per file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.sync_model import ImportResult
from ...services.sync import BUNDLE_SUFFIX, SyncService
from ..background import Job, run_in_background
from ..models.import_result_model import DESA, FILE, REASON, RESULT, ImportResultModel
from ..widgets.file_dialogs import open_files
from ..widgets.job_progress import close_job_progress, follow, open_job_progress, show_step
from ..widgets.tables import list_table


class ImportPage(QWidget):
    """`imported` is emitted with the results after every run (the Desa page and the lists reload on it)."""

    imported = Signal(list)

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.model = ImportResultModel(parent=self)
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self._paths: list[Path] = []
        self._build()
        self.choose_button.clicked.connect(self.choose_files)
        shortcut = QShortcut(QKeySequence.StandardKey.Open, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.choose_files)

    def _build(self) -> None:
        self.choose_button = QPushButton(self.tr("&Choose files… (Ctrl+O)"))
        hint = QLabel(self.tr(
            "Bundle files from the desas' USB sticks (.pskb), several at once. Each file is applied whole or "
            "not at all; a rejected file changes nothing and stays on the stick."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(hint, 1)
        self.status = QLabel(self.tr("No file imported yet."))
        self.table: QTableView = list_table(self.model, {FILE: 220, DESA: 100, RESULT: 470}, REASON)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def focus_list(self) -> None:
        self.table.setFocus()

    def choose_files(self) -> None:
        if self.job is not None:
            return
        names = open_files(
            self, self.tr("Bundle files to import"), "",
            self.tr("Puskesos bundles (*{suffix});;All files (*)").format(suffix=BUNDLE_SUFFIX))
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        """One file after another on a worker thread; Cancel stops before the next file (a file is never
        half-applied)."""
        self._paths = list(paths)
        self.progress = open_job_progress(self, self._progress_text(0), self.tr("Import"), cancel=self.tr("Cancel"),
                                          maximum=len(paths))
        sync = self._sync

        def work(progress, cancelled) -> list[ImportResult]:
            results = []
            for number, path in enumerate(paths):
                if cancelled():
                    break
                progress(number, len(paths))
                results.append(sync.import_file(path))
            progress(len(results), len(paths))
            return results

        self.job = run_in_background(work, self._done, self._failed, self._progressed)
        follow(self.progress, self.job)
        self.choose_button.setEnabled(False)

    def _progress_text(self, number: int) -> str:
        if number >= len(self._paths):
            return self.tr("Finishing…")
        return self.tr("Importing file {number} of {total}: {name}").format(
            number=number + 1, total=len(self._paths), name=self._paths[number].name)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self._progress_text(done))
        show_step(self.progress, done, total)

    def _finished(self) -> None:
        close_job_progress(self.progress)
        self.progress = None
        self.job = None
        self.choose_button.setEnabled(True)

    def _done(self, results: list[ImportResult]) -> None:
        self._finished()
        self.model.set_rows(results)
        if results:
            self.table.selectRow(0)
        counts = Counter(r.status for r in results)
        text = self.tr("{files} files: {applied} applied, {duplicate} already imported, {rejected} rejected.").format(
            files=len(results), applied=counts["applied"], duplicate=counts["duplicate"], rejected=counts["rejected"])
        skipped = len(self._paths) - len(results)
        if skipped:
            text += " " + self.tr("Cancelled: {count} files not imported.").format(count=skipped)
        self.status.setText(text)
        self.imported.emit(results)

    def _failed(self, exc: Exception) -> None:
        self._finished()
        if not isinstance(exc, PuskesosError):
            raise exc  # unexpected: the crash dialog's excepthook reports it
        self.status.setText(str(exc))
        QMessageBox.warning(self, self.tr("Import stopped"), str(exc))
