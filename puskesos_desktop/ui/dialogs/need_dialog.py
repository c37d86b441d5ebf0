"""Record a need (kebutuhan) of a household or one of its members: what for, how urgent, since when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...core import clock
from ...core.dates import format_short, parse_date
from ...core.errors import Problem
from ...core.identity import mask_number
from ...core.model import Household, Person
from ...core.referral_model import NeedDraft
from ...core.referrals import URGENCY_LABELS, Urgency, check_need
from ...services.catalogue import CatalogueService
from ...services.needs import NeedService
from ..widgets.fields import FormColumn, InlineChecks, code_combo, combo_code, line_edit
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog


def plain_text_edit(lines: int = 4) -> QPlainTextEdit:
    """Multi-line text where Tab moves to the next field, as in every other field of the form."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class NeedDialog(FormDialog):
    """Save is the default button (Enter outside the description), Esc cancels; problems appear next to their field."""

    def __init__(self, needs: NeedService, catalogue: CatalogueService, household: Household,
                 members: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needs = needs
        self._household = household
        self._services = {e.code: e for e in catalogue.services(active_only=True)}
        self.saved_id: str | None = None
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Record a need"))
        self._build(members)
        self.setMinimumWidth(600)  # catalogue names are long
        self.person.setFocus()

    def _build(self, members: Sequence[Person]) -> None:
        head = self._household.head
        self.household_label = QLabel(self.tr("Household of {head} — No KK {no_kk}").format(
            head=head.name if head else self.tr("(no members)"), no_kk=mask_number(self._household.no_kk)))
        self.household_label.setStyleSheet("font-weight: bold;")
        column = FormColumn(self.checks)
        self.person = column.add(self.tr("&For"), self._person_combo(members), "person_id")
        choices = {code: entry.name for code, entry in self._services.items()}
        self.category = column.add(self.tr("&Category (service)"), code_combo(choices), "service_code")
        self.category.setMinimumContentsLength(40)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.description = column.add(self.tr("&Description"), plain_text_edit(), "description")
        self.description.setPlaceholderText(self.tr("What is needed, and why"))
        self.urgency = column.add(self.tr("&Urgency"), code_combo(URGENCY_LABELS, None), "urgency")
        self.recorded_on = column.add(self.tr("&Recorded on"), line_edit(10, "DD-MM-YYYY"), "recorded_on")
        self.recorded_on.setText(format_short(clock.today()))
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when messages appear
        layout.addWidget(self.household_label)
        layout.addWidget(self.checks.message("household_id", self.person))
        layout.addWidget(column)
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)
        chain = [self.person, self.category, self.description, self.urgency, self.recorded_on, self.save_button]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

    def _person_combo(self, members: Sequence[Person]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Whole household"), "")
        for person in members:
            combo.addItem(f"{person.name} ({person.relationship.lower()})", person.id)
        return combo

    # ---- reading and saving ----------------------------------------------------------------------
    def draft(self) -> tuple[NeedDraft, list[Problem]]:
        """What the form says, with the problems only the form can see (a date it cannot read)."""
        local: list[Problem] = []
        recorded = parse_date(self.recorded_on.text())
        if recorded is None and self.recorded_on.text().strip():
            local.append(Problem("recorded_on", "format", self.tr("Type the date as DD-MM-YYYY.")))
        draft = NeedDraft(
            household_id=self._household.id, service_code=combo_code(self.category),
            description=self.description.toPlainText().strip(), person_id=combo_code(self.person) or None,
            urgency=Urgency(combo_code(self.urgency) or Urgency.BIASA), recorded_on=recorded,
        )
        return draft, local

    def save(self) -> None:
        draft, local = self.draft()
        seen = {p.field for p in local}
        errors = local + [p for p in check_need(draft, self._services).errors if p.field not in seen]
        if errors:
            self.checks.focus_first(errors, [])
            return

        def call() -> None:
            self.saved_id = self._needs.record(draft).id

        if self.checks.run_save(self, call, self.tr("Need not recorded")):
            self.accept()

