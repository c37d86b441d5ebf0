"""Move a complaint one step along diterima → verifikasi → diteruskan → ditangani → selesai, or close it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QGroupBox, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QRadioButton, QTableView, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import format_short, parse_date
from ...core.errors import Problem
from ...core.referral_model import Complaint, ComplaintEvent
from ...core.referrals import (
    CLOSE_REASON_LABELS, COMPLAINT_CATEGORIES, COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS, CloseReason,
    ComplaintStatus, allowed_transitions,
)
from ...services.complaints import ComplaintService
from ..widgets.fields import FormColumn, InlineChecks, line_edit
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog

# The choices offered: a status, or ditutup with its reason. "Duplicate" closes through close_as_duplicate.
VERIFY, FORWARD, HANDLE, FINISH, INVALID, DUPLICATE = (
    ComplaintStatus.VERIFIKASI, ComplaintStatus.DITERUSKAN, ComplaintStatus.DITANGANI, ComplaintStatus.SELESAI,
    CloseReason.TIDAK_VALID, CloseReason.DUPLIKAT,
)
_Index = QModelIndex | QPersistentModelIndex


def allowed_actions(status: ComplaintStatus) -> list:
    """The steps the workflow allows from `status`, in workflow order (closing offers both reasons)."""
    targets = allowed_transitions(status)
    steps = [s for s in (VERIFY, FORWARD, HANDLE, FINISH) if s in targets]
    return steps + ([INVALID, DUPLICATE] if ComplaintStatus.DITUTUP in targets else [])


class ComplaintEventModel(QAbstractTableModel):
    """The complaint's history, oldest first: date, from → to, who, note."""

    def __init__(self, events: tuple[ComplaintEvent, ...], authors: dict[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events, self._authors = events, authors

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Step"), self.tr("By"), self.tr("Note"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._events[index.row()]
        column = index.column()
        if column == 0:
            return format_short(event.on)
        if column == 1:
            to = COMPLAINT_STATUS_LABELS[event.to_status]
            return to if event.from_status is None else f"{COMPLAINT_STATUS_LABELS[event.from_status]} → {to}"
        if column == 2:
            return self._authors.get(event.by or "", self.tr("command line") if event.by is None else "")
        return event.note


class ComplaintActionDialog(FormDialog):
    """Only the steps allowed from the complaint's status are offered; Save (Enter), Cancel (Esc)."""

    def __init__(self, complaints: ComplaintService, complaint_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self.complaint: Complaint = complaints.get(complaint_id)
        self.saved: Complaint | None = None
        self.checks = InlineChecks()
        self._others = [r for r in complaints.rows() if r.id != complaint_id and r.close_reason != DUPLICATE]
        self.setWindowTitle(self.tr("Process complaint"))
        self._build(complaints.event_authors(complaint_id))
        self._action_chosen()
        if self.action_buttons:
            next(iter(self.action_buttons.values())).setFocus()
        else:
            self.checks.fallback.show_error(self.tr("This complaint is closed: there is no further step."))
            self.save_button.setEnabled(False)

    # ---- building ------------------------------------------------------------------------------
    def _build(self, authors: dict[str, str]) -> None:
        c = self.complaint
        header = QLabel(self.tr("{kind} · {category} · received {date} · status {status}").format(
            kind=COMPLAINT_KIND_LABELS[c.kind], category=COMPLAINT_CATEGORIES.get(c.category, c.category),
            date=format_short(c.received_on), status=self._status_text(c)))
        header.setStyleSheet("font-weight: bold;")
        summary = QLabel(self.tr("Reported by {name} ({relationship}): {text}").format(
            name=c.reporter_name, relationship=c.reporter_relationship, text=c.description))
        summary.setWordWrap(True)
        self.history = QTableView()
        self.history.setModel(ComplaintEventModel(c.events, authors, self))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(self.history.fontMetrics().height() + 8)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setMinimumHeight(self.history.fontMetrics().height() * 6)
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(header)
        layout.addWidget(summary)
        layout.addWidget(self.history)
        layout.addWidget(self._action_box())
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)
        chain = [*self.action_buttons.values(), self.note, self.duplicate_search, self.duplicate_list,
                 self.on_date, self.save_button]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

    def _status_text(self, c: Complaint) -> str:
        text = COMPLAINT_STATUS_LABELS[c.status]
        return f"{text} ({CLOSE_REASON_LABELS[c.close_reason]})" if c.close_reason else text

    def _action_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Next step"))
        box.setMinimumWidth(620)
        labels = {
            VERIFY: self.tr("Verify"), FORWARD: self.tr("Forward (disposition) to another office"),
            HANDLE: self.tr("Handled"), FINISH: self.tr("Finished"), INVALID: self.tr("Close: not valid"),
            DUPLICATE: self.tr("Close: duplicate of another complaint"),
        }
        column = FormColumn(self.checks)
        self.group = QButtonGroup(self)
        self.action_buttons: dict = {}
        for number, action in enumerate(allowed_actions(self.complaint.status), start=1):
            button = QRadioButton(f"&{number}  {labels[action]}")
            self.group.addButton(button)
            self.action_buttons[action] = button
            column.form.addRow(button)
        anchor = next(iter(self.action_buttons.values()), box)
        column.form.addRow(self.checks.message("action", anchor))
        self.note = column.add(self.tr("&Note"), line_edit(1000), "note")
        self._note_caption = column.form.labelForField(self.note)
        self.duplicate_search = column.add(self.tr("&Original complaint"), line_edit(60), None)
        self.duplicate_search.setPlaceholderText(self.tr("Filter by reporter or description"))
        self.duplicate_search.setClearButtonEnabled(True)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setFixedHeight(self.duplicate_list.fontMetrics().height() * 5 + 12)
        column.form.addRow(self.duplicate_list)
        column.form.addRow(self.checks.message("duplicate_of", self.duplicate_list))
        self.on_date = column.add(self.tr("&Date"), line_edit(10, "DD-MM-YYYY"), "on")
        self.on_date.setText(format_short(clock.today()))
        self.duplicate_search.textChanged.connect(self._filter_originals)
        self.group.buttonToggled.connect(lambda _b, _on: self._action_chosen())
        self._filter_originals("")
        QVBoxLayout(box).addWidget(column)
        return box

    # ---- reacting to the choice ------------------------------------------------------------------
    def chosen(self):
        return next((a for a, b in self.action_buttons.items() if b.isChecked()), None)

    def _action_chosen(self) -> None:
        action = self.chosen()
        captions = {FORWARD: self.tr("Forwarded &to (required)"), INVALID: self.tr("&Reason (required)")}
        self._note_caption.setText(captions.get(action, self.tr("&Note")))
        duplicate = action == DUPLICATE
        for widget in (self.duplicate_search, self.duplicate_list,
                       self._form_label(self.duplicate_search)):
            widget.setVisible(duplicate)
        if not duplicate:
            self.checks.messages["duplicate_of"].clear_message()
        if action is not None:
            self.checks.messages["action"].clear_message()

    def _form_label(self, field: QWidget) -> QWidget:
        return field.parentWidget().layout().labelForField(field)

    def _filter_originals(self, text: str) -> None:
        words = text.casefold().split()
        self.duplicate_list.clear()
        for row in self._others:
            haystack = f"{row.reporter_name} {row.description}".casefold()
            if all(w in haystack for w in words):
                item = QListWidgetItem(f"{format_short(row.received_on)} · {row.reporter_name} · "
                                       f"{COMPLAINT_STATUS_LABELS[row.status]} · {row.description[:60]}")
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.duplicate_list.addItem(item)
        if self.duplicate_list.count():
            self.duplicate_list.setCurrentRow(0)

    def original_id(self) -> str | None:
        item = self.duplicate_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # ---- saving ----------------------------------------------------------------------------------
    def _local_problems(self, action, on: dt.date | None) -> list[Problem]:
        problems: list[Problem] = []
        if action is None:
            problems.append(Problem("action", "required", self.tr("Choose the next step.")))
        if on is None:
            problems.append(Problem("on", "format", self.tr("Type the date as DD-MM-YYYY.")))
        note = self.note.text().strip()
        if action == FORWARD and not note:
            problems.append(Problem("note", "required", self.tr("Write to whom the complaint is forwarded.")))
        if action == INVALID and not note:
            problems.append(Problem("note", "required", self.tr("Write why the complaint is not valid.")))
        if action == DUPLICATE and self.original_id() is None:
            problems.append(Problem("duplicate_of", "required", self.tr("Choose the original complaint.")))
        return problems

    def save(self) -> None:
        action, on, note = self.chosen(), parse_date(self.on_date.text()), self.note.text().strip()
        problems = self._local_problems(action, on)
        if problems:
            self.checks.focus_first(problems, [])
            return
        cid = self.complaint.id

        def call() -> None:
            if action == DUPLICATE:
                self.saved = self._complaints.close_as_duplicate(cid, self.original_id(), note, on=on)
            elif action == INVALID:
                self.saved = self._complaints.move(cid, ComplaintStatus.DITUTUP, note=note, on=on,
                                                   close_reason=CloseReason.TIDAK_VALID)
            else:
                self.saved = self._complaints.move(cid, action, note=note, on=on)

        if self.checks.run_save(self, call, self.tr("Complaint not changed")):
            self.accept()
