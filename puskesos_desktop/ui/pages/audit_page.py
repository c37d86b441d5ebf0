"""Log Audit (administrators): who did what and when, filtered by operator, action, days and origin;
fetched page by page as the list scrolls, and exported to Excel in the background."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.audit import AuditFilter
from ...core.errors import PuskesosError
from ...services.audit import AuditService, ExportCancelled
from ..background import Job, run_in_background
from ..models.audit_table_model import ACTION, OBJECT, OPERATOR, ORIGIN, WHEN, AuditTableModel
from ..widgets.file_dialogs import save_file
from ..widgets.job_progress import close_job_progress, follow, open_job_progress, show_step
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

DEFAULT_DAYS = 30  # the dates a freshly opened page shows: the last 30 days, today included


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateEdit(QDateEdit):
    """Tab goes on to the next control, as everywhere else, not to the next part of the date (typing
    the day fills it and moves on to the month by itself; the arrow keys move between the parts)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        return QWidget.focusNextPrevChild(self, forward)


class AuditPage(QWidget):
    def __init__(self, audit: AuditService, parent: QWidget | None = None, *, local_origin: str = "",
                 origin_names: dict[str, str] | None = None, page_size: int = 200) -> None:
        """`local_origin`: this office's region code; `origin_names`: the enrolled desas' names by code."""
        super().__init__(parent)
        self._audit = audit
        self.model = AuditTableModel(audit, page_size, local_origin=local_origin, origin_names=origin_names,
                                     parent=self)
        self.export_job: Job | None = None
        self.progress: QProgressDialog | None = None
        self._build()
        self._connect()
        self.refresh()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        today = clock.today()
        self.operator = QComboBox()
        self.action = QComboBox()
        self.origin = QComboBox()
        # Wide enough for most names, never as wide as the longest one (the list drops down wider).
        for combo, letters in ((self.operator, 14), (self.action, 26), (self.origin, 20)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.date_from = self._date_edit(today - dt.timedelta(days=DEFAULT_DAYS - 1))
        self.date_to = self._date_edit(today)
        self.export_button = QPushButton(self.tr("&Export to Excel… (Ctrl+E)"))
        self.table: QTableView = list_table(self.model, {WHEN: 125, OPERATOR: 100, ACTION: 220, ORIGIN: 170},
                                            stretch=OBJECT)
        self.status = QLabel()
        self.notice = QLabel()  # what the last export did
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin_label = self._label(self.tr("Or&igin:"), self.origin)
        filters = QGridLayout()
        filters.addWidget(self._label(self.tr("&Operator:"), self.operator), 0, 0)
        filters.addWidget(self.operator, 0, 1)
        filters.addWidget(self._label(self.tr("&Action:"), self.action), 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(self.origin_label, 0, 4)
        filters.addWidget(self.origin, 0, 5)
        filters.addWidget(self._label(self.tr("&From:"), self.date_from), 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addSpacing(12)
        dates.addWidget(self._label(self.tr("&To:"), self.date_to))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 1, 1, 3)
        filters.setColumnStretch(6, 1)
        filters.addWidget(self.export_button, 1, 4, 1, 3, Qt.AlignmentFlag.AlignRight)
        note = QLabel(self.tr("Entries are only ever added: none can be changed or deleted, and "
                              "the command 'puskesos check' verifies that the log is unbroken."))
        note.setWordWrap(True)
        status_line = QHBoxLayout()
        status_line.setSpacing(24)
        status_line.addWidget(self.status)
        status_line.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(status_line)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        # Tab: the filters in reading order, then the list, then the export.
        chain = (self.operator, self.action, self.origin, self.date_from, self.date_to, self.table, self.export_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = DateEdit(_qdate(day))
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        for combo in (self.operator, self.action, self.origin):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _date: self.apply_filter())
        self.export_button.clicked.connect(self.export)
        self.model.rowsInserted.connect(lambda *_: self._update_status())
        self.model.modelReset.connect(self._update_status)
        page_shortcuts(self, (("Ctrl+E", self.export),))

    # ---- the filters and the list --------------------------------------------------------------
    def refresh(self) -> None:
        """The filter choices from the data again (keeping what is chosen), then the list from the top."""
        self._filling = True
        try:
            self._fill(self.operator, self.tr("All operators"), [(name, name) for name in self._audit.operators()])
            self._fill(self.action, self.tr("All actions"),
                       sorted(((self.model.action_label(code), code) for code in self._audit.actions()),
                              key=lambda pair: pair[0].casefold()))
            origins = self._audit.origins()
            self._fill(self.origin, self.tr("All origins"), [(self.model.origin_label(code), code) for code in origins])
        finally:
            self._filling = False
        self._several_origins = several = len(origins) > 1  # a kabupaten with desas' rows; a desa has its own
        self.origin.setVisible(several)
        self.origin_label.setVisible(several)
        self.table.setColumnHidden(ORIGIN, not several)
        self.apply_filter()

    def _fill(self, combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData() or ""
        combo.clear()
        combo.addItem(everything, "")
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(operator=self.operator.currentData() or "", action=self.action.currentData() or "",
                           date_from=self.date_from.date().toPython(), date_to=self.date_to.date().toPython(),
                           origin=(self.origin.currentData() or "") if self._several_origins else "")

    def apply_filter(self) -> None:
        if getattr(self, "_filling", False):
            return
        self.model.set_filter(self.current_filter())
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.status.setText(self.tr("No entries match."))
        elif self.model.canFetchMore():
            self.status.setText(self.tr("The newest {count} entries; scroll down for older ones.").format(count=count))
        else:
            self.status.setText(self.tr("{count} entries.").format(count=count))

    # ---- the export ----------------------------------------------------------------------------
    def export(self) -> None:
        """The entries the filters select (all of them, not only those loaded) into an XLSX file."""
        if self.export_job is not None:
            return
        name = save_file(self, self.tr("Export the audit log"), f"Log_Audit_{clock.today():%Y-%m-%d}.xlsx",
                         self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return
        self.progress = open_job_progress(self, self.tr("Exporting the audit log…"), self.tr("Export to Excel"),
                                          cancel=self.tr("Cancel"))
        audit, where, path = self._audit, self.current_filter(), Path(name)
        self.export_job = run_in_background(
            lambda progress, cancelled: audit.export_xlsx(path, where, progress=progress, cancelled=cancelled),
            self._exported, self._export_failed, self._export_progress)
        follow(self.progress, self.export_job)
        self.notice.setText("")
        self.export_button.setEnabled(False)

    def _export_progress(self, done: int, total: int) -> None:
        show_step(self.progress, done, total)

    def _export_finished(self) -> None:
        close_job_progress(self.progress)
        self.progress = None
        self.export_job = None
        self.export_button.setEnabled(True)

    def _exported(self, result: tuple[Path, int]) -> None:
        self._export_finished()
        path, count = result
        self.refresh()  # the export itself is logged: it is the newest entry now
        self.notice.setText(self.tr("{count} entries exported to {file}.").format(count=count, file=path))

    def _export_failed(self, exc: Exception) -> None:
        self._export_finished()
        if isinstance(exc, ExportCancelled):
            self.notice.setText(str(exc))
        elif isinstance(exc, (PuskesosError, OSError)):
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
        else:
            raise exc  # unexpected: the crash dialog's excepthook reports it
