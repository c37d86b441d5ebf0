"""Add or edit one member of a household: identity, civil data, disability and PPKS categories."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from ..widgets.form import accept_cancel_buttons, fit_dialog
from ..widgets.form_dialog import FormDialog
from .move_person_dialog import MovePersonDialog
from ...core import codes
from ...core.dates import format_short, parse_date
from ...core.errors import Problem, Problems, PuskesosError, ValidationError
from ...core.identity import check_nik
from ...core.model import Person, PersonDraft
from ...core.restricted import RESTRICTED
from ...services.households import HouseholdService
from ..widgets.fields import (
    FormColumn, InlineChecks, code_combo, combo_code, line_edit, set_combo_code,
)


class PersonDialog(FormDialog):
    """Errors (red) block Save; warnings (amber) are asked about once, then saved. A NIK already
    registered to a living person offers the way out: open that person (`open_existing` is set and the
    dialog closes) or, for a new member, move them into this household."""

    def __init__(self, households: HouseholdService, household_id: str, person: Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._households = households
        self._sees_restricted = households.sees_restricted()
        self._household_id = household_id
        self._person = person
        self.saved_id: str | None = None
        self.open_existing: Person | None = None  # chosen with "Open that person"
        self._holder: Person | None = None  # who already has the NIK typed
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Edit family member") if person else self.tr("New family member"))
        self._build()
        if person is not None:
            self._load(person)
        self._connect_checks()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        for box, width in ((self._identity_box(), 300), (self._details_box(), 320), (self._social_box(), 340)):
            # Room for the messages, on a 1024-pixel screen (1280×720 at 125 %); never below what the
            # labels need, or they are cut off.
            box.setMinimumWidth(max(width, box.minimumSizeHint().width()))
            columns.addWidget(box, width)
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when messages appear
        layout.addLayout(columns)
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identity"))
        column = FormColumn(self.checks)
        self.nik = column.add(self.tr("&NIK"), line_edit(24, "3201051505900001"), "nik")
        column.form.addRow(self._way_out_row())
        self.name = column.add(self.tr("Full na&me"), line_edit(120, self.tr("as on the KTP/KK")), "name")
        self.relationship = column.add(self.tr("&Relationship"), code_combo(codes.RELATIONSHIPS), "relationship")
        self.sex = column.add(self.tr("&Sex"), code_combo(codes.SEXES), "sex")
        self.birth_place = column.add(self.tr("Place of &birth"), line_edit(80), "birth_place")
        self.birth_date = column.add(self.tr("&Date of birth"), line_edit(10, "DD-MM-YYYY"), "birth_date")
        self.life_status = column.add(self.tr("S&tatus"), code_combo(codes.LIFE_STATUSES, None), "life_status")
        QVBoxLayout(box).addWidget(column)
        return box

    def _way_out_row(self) -> QWidget:
        """Under a duplicate-NIK message: open the person who has the NIK, or move them into this household."""
        self.way_out = QWidget()
        column = QVBoxLayout(self.way_out)  # one above the other: side by side they do not fit the column
        column.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(self.tr("Open that person in &Warga"))
        self.move_button = QPushButton(self.tr("Move into this &family…"))
        self.open_button.clicked.connect(self.open_holder)
        self.move_button.clicked.connect(self.move_holder)
        for button in (self.open_button, self.move_button):
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.way_out.hide()
        self.move_dialog: MovePersonDialog | None = None
        return self.way_out

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Civil data"))
        column = FormColumn(self.checks)
        self.marital_status = column.add(self.tr("M&arital status"), code_combo(codes.MARITAL_STATUSES), "marital_status")
        self.religion = column.add(self.tr("Relig&ion"), code_combo(codes.RELIGIONS), "religion")
        self.education = column.add(self.tr("&Education"), code_combo(codes.EDUCATION_LEVELS), "education")
        self.occupation = column.add(self.tr("&Occupation"), code_combo(codes.OCCUPATIONS), "occupation")
        self.phone = column.add(self.tr("&Phone"), line_edit(20, "0812 3456 7890"), "phone")
        self.mother_name = column.add(self.tr("Mot&her's maiden name"), line_edit(120), "mother_name")
        self.chronic_illness = column.add(self.tr("&Chronic illness"), line_edit(120), "chronic_illness")
        if not self._sees_restricted:
            self._restrict(self.chronic_illness)
        QVBoxLayout(box).addWidget(column)
        return box

    def _social_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Disability and PPKS"))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.disabilities: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(codes.DISABILITIES.items()):
            self.disabilities[code] = QCheckBox(label)
            grid.addWidget(self.disabilities[code], i // 3, i % 3)
        layout.addWidget(QLabel(self.tr("Disability (tick all that apply)")))
        layout.addLayout(grid)
        layout.addWidget(self.checks.message("disabilities", self.disabilities["fisik"]))
        caption = QLabel(self.tr("PP&KS categories (Space ticks)"))
        self.ppks = QListWidget()
        for code, label in codes.PPKS.items():
            if code in codes.SENSITIVE_PPKS and not self._sees_restricted:
                continue
            item = QListWidgetItem(f"{label} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ppks.addItem(item)
        if not self._sees_restricted:
            # One line, never ticked, for the categories this role neither sees nor changes.
            item = QListWidgetItem(self.tr("Restricted categories: %s") % RESTRICTED)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(self._restricted_tip())
            self.ppks.addItem(item)
        self.ppks.setCurrentRow(0)
        caption.setBuddy(self.ppks)
        layout.addWidget(caption)
        layout.addWidget(self.ppks, 1)
        layout.addWidget(self.checks.message("ppks", self.ppks))
        return box

    def _restrict(self, field) -> None:
        field.setText(RESTRICTED)
        field.setReadOnly(True)
        field.setToolTip(self._restricted_tip())

    def _restricted_tip(self) -> str:
        return self.tr("Only the koordinator and the admin see and change this. "
                       "Saving keeps what is recorded.")

    def _load(self, p: Person) -> None:
        for widget, value in ((self.nik, p.nik), (self.name, p.name), (self.birth_place, p.birth_place),
                              (self.birth_date, format_short(p.birth_date)), (self.phone, p.phone),
                              (self.mother_name, p.mother_name), (self.chronic_illness, p.chronic_illness)):
            widget.setText(value)
        if not self._sees_restricted:
            self.chronic_illness.setText(RESTRICTED)
        for combo, value in ((self.relationship, p.relationship), (self.sex, p.sex),
                             (self.life_status, p.life_status), (self.marital_status, p.marital_status),
                             (self.religion, p.religion), (self.education, p.education),
                             (self.occupation, p.occupation)):
            set_combo_code(combo, value)
        for code, box in self.disabilities.items():
            box.setChecked(code in p.disabilities)
        for row in range(self.ppks.count()):
            item = self.ppks.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in p.ppks
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _connect_checks(self) -> None:
        self.nik.editingFinished.connect(self._fill_from_nik)
        for field, widget in (("nik", self.nik), ("name", self.name), ("birth_place", self.birth_place),
                              ("birth_date", self.birth_date), ("phone", self.phone)):
            widget.editingFinished.connect(lambda f=field: self._field_left(f))
        for field, combo in (("relationship", self.relationship), ("sex", self.sex),
                             ("life_status", self.life_status), ("marital_status", self.marital_status),
                             ("religion", self.religion), ("education", self.education),
                             ("occupation", self.occupation)):
            combo.currentIndexChanged.connect(lambda _i, f=field: self._field_left(f))

    def _fill_from_nik(self) -> None:
        """A valid NIK tells the sex and birth date; fill them in while they are still empty."""
        info = check_nik(self.nik.text(), Problems())
        if info is None:
            return
        if not self.birth_date.text().strip():
            self.birth_date.setText(format_short(info.birth_date))
        if not combo_code(self.sex):
            set_combo_code(self.sex, info.sex)

    # ---- reading and checking ------------------------------------------------------------------
    def draft(self) -> tuple[PersonDraft, list[Problem]]:
        """What the form says, with the problems only the form can see (a date it cannot read)."""
        birth = parse_date(self.birth_date.text())
        local = []
        if birth is None and self.birth_date.text().strip():
            local.append(Problem("birth_date", "format", self.tr("Type the date of birth as DD-MM-YYYY, e.g. 15-05-1990.")))
        draft = PersonDraft(
            nik=self.nik.text().strip(), name=self.name.text().strip(),
            relationship=combo_code(self.relationship), sex=combo_code(self.sex), birth_date=birth,
            birth_place=self.birth_place.text().strip(), marital_status=combo_code(self.marital_status),
            religion=combo_code(self.religion), education=combo_code(self.education),
            occupation=combo_code(self.occupation),
            disabilities=tuple(c for c, box in self.disabilities.items() if box.isChecked()),
            chronic_illness=self.chronic_illness.text().strip(), ppks=self._checked_ppks(),
            phone=self.phone.text().strip(), mother_name=self.mother_name.text().strip(),
            life_status=combo_code(self.life_status),
        )
        return draft, local

    def _checked_ppks(self) -> tuple[str, ...]:
        items = (self.ppks.item(row) for row in range(self.ppks.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def _problems(self) -> tuple[list[Problem], list[Problem]]:
        draft, local = self.draft()
        problems = self._households.check_person(draft, self._household_id, self._person_id())
        local_fields = {p.field for p in local}
        return local + [p for p in problems.errors if p.field not in local_fields], problems.warnings

    def _field_left(self, field: str) -> None:
        self.checks.touch(field)
        errors, warnings = self._problems()
        self.checks.show(errors, warnings)
        self._offer_way_out(errors)

    def _offer_way_out(self, errors: list[Problem]) -> None:
        duplicate = self.checks.messages["nik"].isVisible() and any(
            p.field == "nik" and p.code == "duplicate" for p in errors)
        holder = self._households.living_holder(self.nik.text(), self._person_id()) if duplicate else None
        self._holder = holder
        can_move = holder is not None and self._person is None and holder.household_id != self._household_id
        self.move_button.setVisible(can_move)
        self.way_out.setVisible(holder is not None)
        fit_dialog(self)

    def open_holder(self) -> None:
        """Leaves this form (nothing is saved) for the person who already has the NIK."""
        if self._holder is not None:
            self.open_existing = self._holder
            self.discard()

    def move_holder(self) -> None:
        if self._holder is None or self.move_dialog is not None:
            return
        self.move_dialog = MovePersonDialog(self._households, self._holder, self._household_id,
                                            combo_code(self.relationship), self)
        self.move_dialog.finished.connect(self._move_finished)
        self.move_dialog.open()

    def _move_finished(self, result: int) -> None:
        moved, self.move_dialog = self.move_dialog, None
        if result == QDialog.DialogCode.Accepted and moved is not None:
            self.saved_id = moved.person.id
            self.accept()

    def _person_id(self) -> str | None:
        return self._person.id if self._person else None

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        errors, warnings = self._problems()
        self._show_all(errors, warnings)
        if errors or (warnings and not self._confirmed(warnings)):
            return
        draft, _ = self.draft()
        try:
            if self._person is None:
                saved = self._households.add_person(self._household_id, draft)
            else:
                saved = self._households.update_person(self._person.id, draft)
        except ValidationError as exc:
            self._show_all(list(exc.errors), list(exc.warnings))
            return
        except PuskesosError as exc:
            self.checks.fallback.show_error(str(exc))
            return
        self.saved_id = saved.id
        self.accept()

    def _confirmed(self, warnings: list[Problem]) -> bool:
        text = "\n\n".join(p.message for p in warnings)
        answer = QMessageBox.question(
            self, self.tr("Save anyway?"),
            self.tr("Please check:") + "\n\n" + text + "\n\n" + self.tr("Save anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_all(self, errors: list[Problem], warnings: list[Problem]) -> None:
        first = self.checks.show(errors, warnings, everything=True)
        self._offer_way_out(errors)
        if first is not None:
            first.setFocus()

