"""Register a complaint (keluhan): what it is about, who reported it, and for whom (registered or not yet)."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.dates import format_short, parse_date
from ...core.errors import Problem
from ...core.identity import mask_number
from ...core.model import Household, Person
from ...core.referral_model import ComplaintDraft
from ...core.referrals import COMPLAINT_CATEGORIES, COMPLAINT_KIND_LABELS, ComplaintKind, check_complaint
from ...services.complaints import ComplaintService
from ...services.households import HouseholdService
from ...services.search import SearchService
from ..widgets.fields import FormColumn, InlineChecks, code_combo, combo_code, line_edit
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog
from .need_dialog import plain_text_edit

# Who usually brings a complaint in, relative to the person it is about (DOMAIN.md §1); free text is fine too.
REPORTER_RELATIONSHIPS = (
    "diri sendiri", "suami/istri", "anak", "orang tua", "saudara", "tetangga", "ketua RT/RW", "PSM/TKSK",
    "lainnya",
)
SEARCH_DELAY_MS = 250


class ComplaintDialog(FormDialog):
    """Save is the default button (Enter), Esc cancels. The person concerned is picked from a search
    (arrow keys in the list), or left as not registered."""

    def __init__(self, complaints: ComplaintService, search: SearchService, households: HouseholdService,
                 parent: QWidget | None = None, household: Household | None = None) -> None:
        super().__init__(parent)
        self._complaints = complaints
        self._search = search
        self._households = households
        self._household = household
        self.saved_id: str | None = None
        self.checks = InlineChecks()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_person_search)
        self.setWindowTitle(self.tr("New complaint"))
        self._build()
        self._show_candidates(household.members if household else ())
        self.kind.setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        for box in (self._complaint_box(), self._reporter_box()):
            box.setMinimumWidth(380)
            columns.addWidget(box, 1)
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when messages appear
        layout.addLayout(columns)
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)
        chain = [self.kind, self.category, self.received_on, self.description, self.reporter_name,
                 self.relationship, self.reporter_phone, self.person_search, self.person_list, self.save_button]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

    def _complaint_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Complaint"))
        column = FormColumn(self.checks)
        self.kind = column.add(self.tr("&Kind"), code_combo(COMPLAINT_KIND_LABELS), "kind")
        self.category = column.add(self.tr("C&ategory"), code_combo(COMPLAINT_CATEGORIES), "category")
        self.received_on = column.add(self.tr("&Received on"), line_edit(10, "DD-MM-YYYY"), "received_on")
        self.received_on.setText(format_short(clock.today()))
        self.description = column.add(self.tr("&Description"), plain_text_edit(6), "description")
        self.description.setPlaceholderText(self.tr("What the reporter said, in their words"))
        QVBoxLayout(box).addWidget(column)
        return box

    def _reporter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reporter and person concerned"))
        column = FormColumn(self.checks)
        self.reporter_name = column.add(self.tr("Reporter &name"), line_edit(120), "reporter_name")
        self.relationship = column.add(self.tr("Re&lationship to the person"), self._relationship_combo(),
                                       "reporter_relationship")
        self.reporter_phone = column.add(self.tr("Reporter &phone"), line_edit(20, "08…"), "reporter_phone")
        self.person_search = column.add(self.tr("&Person concerned"), line_edit(60), None)
        self.person_search.setPlaceholderText(self.tr("Search by name or NIK, then ↓ to choose"))
        self.person_search.setClearButtonEnabled(True)
        self.person_list = QListWidget()
        self.person_list.setFixedHeight(self.person_list.fontMetrics().height() * 5 + 12)
        column.form.addRow(self.person_list)
        column.form.addRow(self.checks.message("person_id", self.person_list))
        column.form.addRow(self.checks.message("household_id", self.person_list))
        self.person_search.textChanged.connect(lambda _text: self._timer.start())
        self.person_search.installEventFilter(self)
        self.person_list.installEventFilter(self)
        QVBoxLayout(box).addWidget(column)
        return box

    def _relationship_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("")
        combo.addItems(REPORTER_RELATIONSHIPS)
        combo.lineEdit().setMaxLength(60)
        return combo

    # ---- the person concerned ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field Enter searches and ↓ goes to the list; neither saves the form. Tab runs a
        search still waiting for its delay, so the list it reaches shows the people typed for. ↑ on the
        list's first row goes back to the search."""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.person_search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.run_person_search()
            self.person_list.setFocus()
            return True
        if watched is self.person_search and key == Qt.Key.Key_Tab and self._timer.isActive():
            self.run_person_search()
        if watched is self.person_list and key == Qt.Key.Key_Up and self.person_list.currentRow() <= 0:
            self.person_search.setFocus()
            return True
        return super().eventFilter(watched, event)

    def run_person_search(self) -> None:
        self._timer.stop()
        text = self.person_search.text().strip()
        if not text:
            self._show_candidates(self._household.members if self._household else ())
            return
        self._show_candidates([m for hit in self._search.search(text) for m in hit.household.members
                               if not hit.matched_person_ids or m.id in hit.matched_person_ids])

    def _show_candidates(self, people) -> None:
        chosen = self.person_id()
        self.person_list.clear()
        self.person_list.addItem(QListWidgetItem(self.tr("Not registered (yet)")))
        for person in people:
            item = QListWidgetItem(self._person_text(person))
            item.setData(Qt.ItemDataRole.UserRole, (person.id, person.household_id))
            self.person_list.addItem(item)
        rows = [i for i in range(self.person_list.count())
                if (self.person_list.item(i).data(Qt.ItemDataRole.UserRole) or (None,))[0] == chosen]
        self.person_list.setCurrentRow(rows[0] if rows else 0)

    def _person_text(self, person: Person) -> str:
        return f"{person.name} — NIK {mask_number(person.nik)}"

    def person_id(self) -> str | None:
        item = self.person_list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data[0] if data else None

    def _household_id(self) -> str | None:
        item = self.person_list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            return data[1]
        return self._household.id if self._household else None

    # ---- reading and saving ----------------------------------------------------------------------
    def draft(self) -> tuple[ComplaintDraft, list[Problem]]:
        local: list[Problem] = []
        received = parse_date(self.received_on.text())
        if received is None and self.received_on.text().strip():
            local.append(Problem("received_on", "format", self.tr("Type the date as DD-MM-YYYY.")))
        kind = combo_code(self.kind)
        draft = ComplaintDraft(
            kind=ComplaintKind(kind) if kind else "",  # type: ignore[arg-type] - "" is refused by check_complaint
            category=combo_code(self.category), description=self.description.toPlainText().strip(),
            reporter_name=self.reporter_name.text().strip(),
            reporter_relationship=self.relationship.currentText().strip(),
            reporter_phone=self.reporter_phone.text().strip(), person_id=self.person_id(),
            household_id=self._household_id(), received_on=received,
        )
        return draft, local

    def save(self) -> None:
        draft, local = self.draft()
        seen = {p.field for p in local}
        errors = local + [p for p in check_complaint(draft).errors if p.field not in seen]
        if errors:
            self.checks.focus_first(errors, [])
            return

        def call() -> None:
            self.saved_id = self._complaints.record(draft).id

        if self.checks.run_save(self, call, self.tr("Complaint not recorded")):
            self.accept()

