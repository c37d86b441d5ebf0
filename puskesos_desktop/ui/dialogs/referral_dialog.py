"""Draft a referral (rujukan): who, to which service and institution, with which documents, why and how urgently."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from ...core.dates import format_short
from ...core.errors import PuskesosError
from ...core.model import Household, Person
from ...core.referral_model import Complaint, Need, Referral, ReferralDraft, ServiceEntry
from ...core.referrals import URGENCY_LABELS, Urgency, check_referral
from ...services.catalogue import CatalogueService
from ...services.households import HouseholdService
from ...services.letters import LetterService
from ...services.referrals import ReferralService
from ...services.search import SearchService
from ..widgets.fields import FormColumn, InlineChecks, code_combo, combo_code, set_combo_code
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog
from ..widgets.pdf_preview import PdfPreviewDialog
from .need_dialog import plain_text_edit
from .person_picker import PersonPicker, describe_person


class ReferralDialog(FormDialog):
    """Save draft is the default button (Enter outside the reason), Esc cancels; problems appear next to their field."""

    def __init__(self, referrals: ReferralService, letters: LetterService, catalogue: CatalogueService,
                 households: HouseholdService, search: SearchService, *, person: Person | None = None,
                 need: Need | None = None, complaint: Complaint | None = None, referral: Referral | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._letters = letters
        self._households = households
        self._search = search
        self._referral = referral
        self._need_id = referral.need_id if referral else (need.id if need else None)
        self._complaint_id = referral.complaint_id if referral else (complaint.id if complaint else None)
        self._services: dict[str, ServiceEntry] = {e.code: e for e in catalogue.services(active_only=True)}
        self._institutions = {i.code: i for i in catalogue.institutions(active_only=True)}
        self._institution_chosen = False  # the operator picked one: a change of service keeps it
        self.person: Person | None = None
        self.household: Household | None = None
        self._needs: dict[str, Need] = {}
        self._shown_needs_for: Person | None = None
        self.saved: Referral | None = None
        self.slip_dialog: PdfPreviewDialog | None = None
        self.picker: PersonPicker | None = None
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Edit referral draft") if referral else self.tr("New referral"))
        self._build(fixed=person is not None or referral is not None)
        self._load(person, need, complaint, referral)
        (self.picker.search_box if self.picker else self._next_field()).setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build(self, fixed: bool) -> None:
        box = QGroupBox(self.tr("Person referred"))
        box_layout = QVBoxLayout(box)
        self.person_label = QLabel()
        self.person_label.setWordWrap(True)
        self.person_label.setStyleSheet("font-weight: bold;")
        self.person_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not fixed:
            self.picker = PersonPicker(self._search)
            self.picker.picked.connect(lambda person, household, confirmed: self._person_picked(
                person, household, move_on=confirmed))
            box_layout.addWidget(self.picker)
        box_layout.addWidget(self.person_label)
        box_layout.addWidget(self.checks.message("person_id", self.picker.search_box if self.picker else box))
        column = FormColumn(self.checks)
        self.need = column.add(self.tr("&Need answered"), QComboBox(), "need_id")
        self.need.addItem(self.tr("(choose the person first)"), None)
        self.need.setEnabled(False)
        self.need.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.need.setMinimumContentsLength(44)  # a long need does not widen the dialog; the list shows it whole
        self.need.activated.connect(lambda _i: self._need_chosen())
        choices = {code: entry.name for code, entry in self._services.items()}
        self.service = column.add(self.tr("Ser&vice"), code_combo(choices), "service_code")
        self.service.setMinimumContentsLength(44)
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.institution = column.add(self.tr("&Addressed to"), code_combo(
            {code: i.name for code, i in self._institutions.items()}), "institution_code")
        self.documents = column.add(self.tr("Documents a&ttached\n(Space ticks)"), QListWidget(), "documents")
        self.documents.setFixedHeight(self.documents.fontMetrics().height() * 5 + 14)
        self.reason = column.add(self.tr("&Reason"), plain_text_edit(5), "reason")
        self.reason.setPlaceholderText(self.tr("Why this person is referred: the need or complaint, in a few lines"))
        self.urgency = column.add(self.tr("&Urgency"), code_combo(URGENCY_LABELS, None), "urgency")
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("&Save draft"), self.tr("Cancel"), self.save)
        self.slip_button = self.buttons.addButton(self.tr("&Documents slip…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.slip_button.setAutoDefault(False)
        self.slip_button.clicked.connect(self.open_documents_slip)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when messages appear
        layout.addWidget(box)
        layout.addWidget(column)
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)
        self.service.currentIndexChanged.connect(lambda _i: self._service_changed())
        self.institution.activated.connect(lambda _i: setattr(self, "_institution_chosen", True))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain = ([self.picker.search_box, self.picker.results] if self.picker else []) + [
            self.need, self.service, self.institution, self.documents, self.reason, self.urgency,
            self.save_button, self.slip_button, cancel]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)
        box.setMinimumWidth(720)  # the dialog sizes itself to its layout (SetMinimumSize)

    def _load(self, person: Person | None, need: Need | None, complaint: Complaint | None,
              referral: Referral | None) -> None:
        source = referral or need or complaint
        person_id = person.id if person else (source.person_id if source else None)
        household_id = (person.household_id if person else
                        getattr(source, "household_id", None) if source else None)
        if person_id and household_id:
            try:
                household = self._households.get(household_id)
            except PuskesosError:
                household = None
            found = person
            if found is None and household is not None:
                found = next((m for m in household.members if m.id == person_id), None)
            if found is not None:
                self._person_picked(found, household, move_on=False)
        elif household_id and self.picker is not None:  # a need of the whole household: list its members
            try:
                self.picker.search_box.setText(self._households.get(household_id).no_kk)
                self.picker.run_search()
            except PuskesosError:
                pass
        service_code = referral.service_code if referral else (need.service_code if need else "")
        set_combo_code(self.service, service_code)
        self._service_changed()
        if referral is not None:
            if referral.institution_code and self.institution.findData(referral.institution_code) >= 0:
                set_combo_code(self.institution, referral.institution_code)
                entry = self._services.get(referral.service_code)
                self._institution_chosen = entry is None or entry.default_institution != referral.institution_code
            self._tick(referral.documents)
            self.reason.setPlainText(referral.reason)
        elif need is not None or complaint is not None:
            self.reason.setPlainText((need or complaint).description)
        urgency = referral.urgency if referral else (need.urgency if need else Urgency.BIASA)
        set_combo_code(self.urgency, urgency.value)

    # ---- reacting ------------------------------------------------------------------------------
    def _person_picked(self, person: Person, household: Household | None, move_on: bool = True) -> None:
        self.person, self.household = person, household
        text = describe_person(person, household)
        self.person_label.setText(self.tr("Chosen: {person}").format(person=text) if self.picker else text)
        self.checks.messages["person_id"].clear_message()
        if person.id != getattr(self._shown_needs_for, "id", None):
            self._show_needs(person)
        if move_on:
            self._next_field().setFocus()

    def _next_field(self) -> QWidget:
        """After the person: the need to link when there are some and none is chosen yet, else the service."""
        return self.need if self.need.isEnabled() and self.need.currentData() is None else self.service

    def _show_needs(self, person: Person) -> None:
        """The person's open needs (and the household's); the one chosen stays when it is among them."""
        wanted = self.need_id()
        self._shown_needs_for = person
        try:
            needs = self._referrals.needs_to_answer(person.id, include=wanted)
        except PuskesosError:
            needs = []
        self._needs = {n.id: n for n in needs}
        self.need.clear()
        self.need.addItem(self.tr("(not linked to a need)") if needs else self.tr("(no open needs)"), None)
        for n in needs:
            service = self._services[n.service_code].name if n.service_code in self._services else n.service_code
            self.need.addItem(f"{service} — {n.description[:60]} ({format_short(n.recorded_on)})", n.id)
        self.need.setCurrentIndex(max(self.need.findData(wanted), 0) if wanted in self._needs else 0)
        self.need.setEnabled(bool(needs))

    def need_id(self) -> str | None:
        return self.need.currentData() if self._shown_needs_for is not None else self._need_id

    def _need_chosen(self) -> None:
        """A need chosen by the operator brings its service and description when those are still empty."""
        need = self._needs.get(self.need.currentData())
        if need is None:
            return
        if not combo_code(self.service):
            set_combo_code(self.service, need.service_code)
        if not self.reason.toPlainText().strip():
            self.reason.setPlainText(need.description)

    def _service_changed(self) -> None:
        entry = self._services.get(combo_code(self.service))
        if entry is not None and not self._institution_chosen:
            set_combo_code(self.institution, entry.default_institution)
        ticked = set(self.attached_documents())
        self.documents.clear()
        if entry is None or not entry.documents:
            hint = QListWidgetItem(self.tr("Choose a service first.") if entry is None
                                   else self.tr("This service needs no documents."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.documents.addItem(hint)
            return
        for document in entry.documents:
            item = QListWidgetItem(document.label)
            item.setData(Qt.ItemDataRole.UserRole, document.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if document.code in ticked else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.documents.setCurrentRow(0)

    def _tick(self, codes: tuple[str, ...]) -> None:
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def attached_documents(self) -> tuple[str, ...]:
        items = (self.documents.item(i) for i in range(self.documents.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked)

    # ---- reading and saving --------------------------------------------------------------------
    def draft(self) -> ReferralDraft:
        return ReferralDraft(
            person_id=self.person.id if self.person else "", service_code=combo_code(self.service),
            reason=self.reason.toPlainText().strip(), institution_code=combo_code(self.institution),
            documents=self.attached_documents(), need_id=self.need_id(), complaint_id=self._complaint_id,
            urgency=Urgency(combo_code(self.urgency) or Urgency.BIASA),
            due_date=self._referral.due_date if self._referral else None,
        )

    def save(self) -> None:
        """One service call: the draft is stored whole, or not at all with the problems shown."""

        def call() -> None:
            if self._referral is None:
                self.saved = self._referrals.create_draft(self.draft())
            else:
                self.saved = self._referrals.update_draft(self._referral.id, self.draft())

        if self.checks.run_save(self, call, self.tr("Referral not saved")):
            self.accept()

    def open_documents_slip(self) -> None:
        """"Bawa dokumen berikut": every document the chosen service asks for, to take home. Not a letter:
        no number; its prints are logged as documents."""
        draft = self.draft()
        wanted = [p for p in check_referral(draft, self._services, self._institutions).errors
                  if p.field in ("person_id", "service_code")]
        if wanted:
            self.checks.focus_first(wanted, [])
            return
        out = BytesIO()
        if not self.checks.run_save(self, lambda: self._letters.documents_slip(draft.person_id, draft.service_code, out),
                                    self.tr("Documents slip")):
            return
        self.checks.show([], everything=True)
        name = self.person.name if self.person else ""
        letters, person_id = self._letters, draft.person_id
        self.slip_dialog = PdfPreviewDialog(
            self.tr("Documents to bring — {name}").format(name=name), out.getvalue(), parent=self,
            on_done=lambda how, pages: letters.note_output("documents_slip", how, person_id, pages))
        self.slip_dialog.open()

