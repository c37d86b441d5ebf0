"""Move a person who is registered in another household into this one (pindah KK), keeping their record."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core import codes
from ...core.identity import mask_number
from ...core.model import Household, Person
from ...services.households import HouseholdService
from ..widgets.fields import InlineChecks, code_combo, combo_code, set_combo_code
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog


class MovePersonDialog(FormDialog):
    """Asks the person's relationship in this household and, when the head of the other household
    leaves members behind, who becomes head there; the service decides and refuses with a reason."""

    def __init__(self, households: HouseholdService, person: Person, to_household_id: str,
                 relationship: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._households = households
        self.person = person
        self._to = to_household_id
        self._from = households.get(person.household_id)
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Move into this family"))
        self._build(relationship or self._kept_relationship())

    def _staying(self) -> list[Person]:
        return [m for m in self._from.members if m.id != self.person.id and m.life_status == "hidup"]

    def _needs_new_head(self) -> bool:
        staying = self._staying()
        return (self.person.relationship == codes.HEAD and bool(staying)
                and not any(m.relationship == codes.HEAD for m in staying))

    def _kept_relationship(self) -> str:
        """Their present one, unless they head a household: a head rarely stays head in another KK."""
        return "" if self.person.relationship == codes.HEAD else self.person.relationship

    def _build(self, relationship: str) -> None:
        intro = QLabel(self._describe(self._from))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.relationship = code_combo(codes.RELATIONSHIPS)
        set_combo_code(self.relationship, relationship)
        self._add(form, self.tr("&Relationship in this family"), self.relationship, "relationship")
        self.new_head = QComboBox()
        for member in self._staying():
            self.new_head.addItem(f"{member.name} ({member.relationship})", member.id)
        if self._needs_new_head():
            self._add(form, self.tr("New &head of the family they leave"), self.new_head, "new_head")
        else:
            self.new_head.hide()
        self.empty_note = QLabel(self.tr("They are the last member of that household: it stays registered, "
                                         "without members."))
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(not self._staying())
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("&Move"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _add(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, widget)
        form.addRow(self.checks.message(field, widget))

    def _describe(self, source: Household) -> str:
        head = source.head.name if source.head else "—"
        return self.tr(
            "{name} (NIK {nik}) is registered in the household of {head} (No KK {no_kk}). Moving keeps "
            "their data and history; they leave that household."
        ).format(name=self.person.name, nik=mask_number(self.person.nik), head=head,
                 no_kk=mask_number(source.no_kk))

    def save(self) -> None:
        new_head = self.new_head.currentData() if self._needs_new_head() else None
        moved = self.checks.run_save(self, lambda: self._households.move_person(
            self.person.id, self._to, combo_code(self.relationship) or None,
            new_head_id=new_head, keep_empty_household=not self._staying(),
        ), self.tr("Not moved"))
        if moved:
            self.accept()
