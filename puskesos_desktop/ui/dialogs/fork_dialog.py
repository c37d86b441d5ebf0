"""Review the forks of one desa (kabupaten): changes a restored or cloned desa database sent with numbers
already used for other content. Both versions are shown side by side; the stored one stays, the desa
corrects its own data if needed, and the kabupaten marks each fork reviewed with a note."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ...core.identity import mask_number
from ...core.sync_model import Fork
from ...services.sync import SyncService
from ..models.desa_table_model import local_time
from ..widgets.fields import InlineChecks, line_edit
from ..widgets.screen_fit import resize_within_screen

MASKED_FIELDS = frozenset({"nik", "no_kk"})  # shown as 3201••••••••0009 here
FIELD_LABELS = {"nik": "NIK", "no_kk": "No KK"}


def shown_value(field: str, value, *, present: bool = True) -> str:
    """One value as the review shows it: NIK and No KK masked, empty as a dash."""
    if not present:
        return "—"
    if value is None or value == "":
        return "—"
    if field in MASKED_FIELDS and isinstance(value, str):
        return mask_number(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ForkReviewDialog(QDialog):
    """The unresolved forks of one desa installation; for the selected one the differing fields, stored
    against incoming, and "Mark as reviewed" (Ctrl+Enter) with a required note. Close (Esc)."""

    def __init__(self, sync: SyncService, origin_id: str, desa_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._origin_id = origin_id
        self.forks: list[Fork] = []
        self.resolved = 0  # how many were marked reviewed while the dialog was open
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Review forks — desa {desa}").format(desa=desa_label))
        self._build()
        self.reload()
        self.fork_list.setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr(
            "A copy of this desa's database restored from an old backup (or copied to another laptop) sent "
            "changes with numbers already used for other content. The stored version was kept. If the version "
            "from the file is the right one, the desa corrects the data itself and sends it again; here you only "
            "mark the fork as reviewed, with a note.") + "\n" + self.tr(
            "After a restore done by the application, a row changed on the restored laptop that its lost laptop "
            "had changed too after the backup: the restored laptop's change is the one stored, and the lost "
            "laptop's version is the one kept here."))
        intro.setWordWrap(True)
        self.fork_list = QTableWidget(0, 4)
        self.fork_list.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Row"), self.tr("Change #"), self.tr("Detected")])
        self.differences = QTableWidget(0, 3)
        self.differences.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Stored"), self.tr("From the file")])
        for table in (self.fork_list, self.differences):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.fork_list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 90), (3, 150)):
            self.fork_list.horizontalHeader().resizeSection(column, width)
        header = self.differences.horizontalHeader()
        header.resizeSection(0, 160)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.differences.setTabKeyNavigation(False)
        self.fork_list.setTabKeyNavigation(False)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.differences, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.fork_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.note = line_edit(500, self.tr("e.g. desa contacted; it corrects the address itself"))
        note_caption = QLabel(self.tr("Review &note"))
        note_caption.setBuddy(self.note)
        self.resolve_button = QPushButton(self.tr("Mark as &reviewed (Ctrl+Enter)"))
        note_line = QHBoxLayout()
        note_line.addWidget(note_caption)
        note_line.addWidget(self.note, 1)
        note_line.addWidget(self.resolve_button)
        self.note_message = self.checks.message("note", self.note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(note_line)
        layout.addWidget(self.note_message)
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 860, 560)

        self.fork_list.currentCellChanged.connect(lambda *_: self._show_selected())
        self.resolve_button.clicked.connect(self.resolve)
        self.note.textEdited.connect(lambda _t: self.note_message.clear_message())
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(self.resolve)
        self.setTabOrder(self.fork_list, self.differences)
        self.setTabOrder(self.differences, self.note)
        self.setTabOrder(self.note, self.resolve_button)

    # ---- the list ------------------------------------------------------------------------------
    def reload(self, keep_row: int = 0) -> None:
        self.forks = self._sync.forks(self._origin_id)
        self.fork_list.setRowCount(len(self.forks))
        for row, fork in enumerate(self.forks):
            cells = (fork.table_name, fork.row_id, str(fork.seq), local_time(fork.detected_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.fork_list.setItem(row, column, item)
        if self.forks:
            self.fork_list.selectRow(min(keep_row, len(self.forks) - 1))
        self._show_selected()
        self.status.setText(self.tr("Forks to review: {count}.").format(count=len(self.forks)) if self.forks
                            else self.tr("No forks left to review for this desa."))

    def current_fork(self) -> Fork | None:
        row = self.fork_list.currentRow()
        return self.forks[row] if 0 <= row < len(self.forks) else None

    def _show_selected(self) -> None:
        fork = self.current_fork()
        self.resolve_button.setEnabled(fork is not None)
        self.note.setEnabled(fork is not None)
        self.differences.setRowCount(0)
        if fork is None:
            self.detail_title.setText("")
            return
        if fork.stored:
            title = self.tr("Change #{seq} of {table}: {count} fields differ").format(
                seq=fork.seq, table=fork.table_name, count=len(fork.differences))
        else:
            title = self.tr("Change #{seq} of {table}: the row is not stored here; only the file has it").format(
                seq=fork.seq, table=fork.table_name)
        self.detail_title.setText(title)
        self.differences.setRowCount(len(fork.differences))
        for row, field in enumerate(fork.differences):
            cells = (FIELD_LABELS.get(field, field),
                     shown_value(field, fork.stored.get(field), present=field in fork.stored),
                     shown_value(field, fork.incoming.get(field), present=field in fork.incoming))
            for column, text in enumerate(cells):
                self.differences.setItem(row, column, QTableWidgetItem(text))

    # ---- reviewing -----------------------------------------------------------------------------
    def resolve(self) -> None:
        fork = self.current_fork()
        if fork is None:
            return
        row = self.fork_list.currentRow()
        if not self.checks.run_save(self, lambda: self._sync.resolve_fork(fork.id, self.note.text()),
                                    self.tr("Fork not marked")):
            return
        self.resolved += 1
        self.note.clear()
        self.note_message.clear_message()
        self.reload(row)
        self.status.setText(self.tr("Change #{seq} of {table} marked as reviewed. ").format(
            seq=fork.seq, table=fork.table_name) + self.status.text())
        self.fork_list.setFocus()
