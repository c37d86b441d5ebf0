"""Register or edit a household (keluarga): address, DTSEN, programs, housing and consent."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QMessageBox,
    QVBoxLayout, QWidget,
)

from ...core import clock
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog
from ...core import codes
from ...core.dates import format_short, parse_date
from ...core.errors import Problem, PuskesosError, ValidationError
from ...core.model import Household, HouseholdDraft, Housing
from ...services.households import HouseholdService
from ..widgets.fields import (
    FormColumn, InlineChecks, code_combo, combo_code, line_edit, set_combo_code,
)

_HOUSING_CHOICES = (
    ("ownership", codes.HOUSE_OWNERSHIP), ("floor", codes.FLOOR_MATERIALS),
    ("wall", codes.WALL_MATERIALS), ("roof", codes.ROOF_MATERIALS), ("water", codes.WATER_SOURCES),
    ("toilet", codes.TOILETS), ("lighting", codes.LIGHTING),
)


class HouseholdDialog(FormDialog):
    """Save is the default button (Enter), Esc cancels; problems appear next to their field. Saving
    without consent or without RT/RW/Dusun asks first (go back and fill them, or save anyway)."""

    def __init__(self, households: HouseholdService, household: Household | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._households = households
        self._household = household
        self.saved_id: str | None = None
        self.missing_question: QMessageBox | None = None  # "save without consent / RT / RW / Dusun?"
        self._first_missing: QWidget | None = None
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Edit household") if household else self.tr("New household"))
        self._build()
        if household is not None:
            self._load(household)
        self._connect_checks()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        columns = QHBoxLayout()
        for box in (self._identity_box(), self._housing_box()):
            box.setMinimumWidth(360)
            columns.addWidget(box, 1)
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when messages appear
        layout.addLayout(columns)
        layout.addWidget(self._programs_box())
        layout.addWidget(self._consent_box())
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Household"))
        column = FormColumn(self.checks)
        self.no_kk = column.add(self.tr("No &KK"), line_edit(22, "3201051511200001"), "no_kk")
        self.address = column.add(self.tr("&Address"), line_edit(200), "address")
        self.rt = column.add(self.tr("R&T"), line_edit(3, "003"), "rt")
        self.rw = column.add(self.tr("R&W"), line_edit(3, "001"), "rw")
        self.dusun = column.add(self.tr("D&usun"), line_edit(80), "dusun")
        self.dtsen_status = column.add(self.tr("DTSEN &status"),
                                       code_combo(codes.DTSEN_STATUSES, None), "dtsen_status")
        set_combo_code(self.dtsen_status, "tidak_terdaftar")
        self.dtsen_id = column.add(self.tr("DTSEN &ID"), line_edit(40), "dtsen_id")
        self.desil = column.add(self.tr("D&esil"), self._desil_combo(), "desil")
        QVBoxLayout(box).addWidget(column)
        return box

    def _desil_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Unknown"), "")
        for value in range(1, 11):
            combo.addItem(str(value), str(value))
        return combo

    def _housing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Housing"))
        column = FormColumn(self.checks)
        self.floor_area = column.add(self.tr("&Floor area (m²)"), line_edit(10, "36"), "floor_area_m2")
        labels = {
            "ownership": self.tr("&Ownership"), "floor": self.tr("Floo&r"), "wall": self.tr("Wa&ll"),
            "roof": self.tr("Roo&f"), "water": self.tr("Drinking &water"),
            "toilet": self.tr("&Toilet"), "lighting": self.tr("Li&ghting"),
        }
        self.housing: dict[str, QComboBox] = {
            name: column.add(labels[name], code_combo(choices), name) for name, choices in _HOUSING_CHOICES
        }
        QVBoxLayout(box).addWidget(column)
        return box

    def _programs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Programs received"))
        grid = QGridLayout(box)
        self.programs: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(codes.PROGRAMS.items()):
            self.programs[code] = QCheckBox(label)
            grid.addWidget(self.programs[code], i // 3, i % 3)
        grid.addWidget(self.checks.message("programs", self.programs["PKH"]), 2, 0, 1, 3)
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"))
        column = FormColumn(self.checks)
        self.consent = QCheckBox(self.tr("The household agreed to its data being recorded"))
        column.form.addRow(self.consent)
        self.consent_date = column.add(self.tr("Consent &date"), line_edit(10, "DD-MM-YYYY"), "consent_date")
        self.consent_date.setEnabled(False)
        self.consent.toggled.connect(self._consent_toggled)
        QVBoxLayout(box).addWidget(column)
        return box

    def _consent_toggled(self, checked: bool) -> None:
        self.consent_date.setEnabled(checked)
        if checked and not self.consent_date.text().strip():
            self.consent_date.setText(format_short(clock.today()))

    def _load(self, h: Household) -> None:
        for widget, value in ((self.no_kk, h.no_kk), (self.address, h.address), (self.rt, h.rt),
                              (self.rw, h.rw), (self.dusun, h.dusun), (self.dtsen_id, h.dtsen_id)):
            widget.setText(value)
        set_combo_code(self.dtsen_status, h.dtsen_status)
        set_combo_code(self.desil, "" if h.desil is None else str(h.desil))
        for code, box in self.programs.items():
            box.setChecked(code in h.programs)
        area = h.housing.floor_area_m2
        self.floor_area.setText("" if area is None else f"{area:g}")
        for name, combo in self.housing.items():
            set_combo_code(combo, getattr(h.housing, name))
        self.consent.setChecked(h.consent)
        self.consent_date.setText(format_short(h.consent_date))

    def _connect_checks(self) -> None:
        for field, widget in (("no_kk", self.no_kk), ("address", self.address), ("rt", self.rt),
                              ("rw", self.rw), ("dusun", self.dusun), ("dtsen_id", self.dtsen_id),
                              ("floor_area_m2", self.floor_area), ("consent_date", self.consent_date)):
            widget.editingFinished.connect(lambda f=field: self._field_left(f))
        for field, combo in (("dtsen_status", self.dtsen_status), ("desil", self.desil),
                             *self.housing.items()):
            combo.currentIndexChanged.connect(lambda _i, f=field: self._field_left(f))

    # ---- reading and checking ------------------------------------------------------------------
    def draft(self) -> tuple[HouseholdDraft, list[Problem]]:
        """What the form says, with the problems only the form can see (text that is not a number or date)."""
        local: list[Problem] = []
        area = _number(self.floor_area.text())
        if area is None and self.floor_area.text().strip():
            local.append(Problem("floor_area_m2", "format", self.tr("Type the floor area as a number, e.g. 36.")))
        consent_date = parse_date(self.consent_date.text()) if self.consent.isChecked() else None
        if self.consent.isChecked() and consent_date is None and self.consent_date.text().strip():
            local.append(Problem("consent_date", "format", self.tr("Type the date as DD-MM-YYYY.")))
        desil = combo_code(self.desil)
        housing = Housing(floor_area_m2=area, **{n: combo_code(c) for n, c in self.housing.items()})
        draft = HouseholdDraft(
            no_kk=self.no_kk.text().strip(), address=self.address.text().strip(),
            rt=self.rt.text().strip(), rw=self.rw.text().strip(), dusun=self.dusun.text().strip(),
            dtsen_status=combo_code(self.dtsen_status), dtsen_id=self.dtsen_id.text().strip(),
            desil=int(desil) if desil else None,
            programs=tuple(code for code, box in self.programs.items() if box.isChecked()),
            housing=housing, consent=self.consent.isChecked(), consent_date=consent_date,
        )
        return draft, local

    def _problems(self) -> tuple[list[Problem], list[Problem]]:
        draft, local = self.draft()
        problems = self._households.check_household(draft, self._household_id())
        local_fields = {p.field for p in local}
        return local + [p for p in problems.errors if p.field not in local_fields], problems.warnings

    def _field_left(self, field: str) -> None:
        self.checks.touch(field)
        self.checks.show(*self._problems())

    def _household_id(self) -> str | None:
        return self._household.id if self._household else None

    # ---- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        errors, warnings = self._problems()
        if errors:
            self._show_all(errors, warnings)
            return
        missing = self._missing()
        if missing:
            self._ask_save_anyway(missing)
        else:
            self._write()

    def _missing(self) -> list[tuple[str, QWidget]]:
        """What a household should have but may be saved without: consent, RT, RW, Dusun (label, field)."""
        missing: list[tuple[str, QWidget]] = []
        if not self.consent.isChecked():
            missing.append((self.tr("consent"), self.consent))
        for label, edit in ((self.tr("RT"), self.rt), (self.tr("RW"), self.rw), (self.tr("Dusun"), self.dusun)):
            if not edit.text().strip():
                missing.append((label, edit))
        return missing

    def _ask_save_anyway(self, missing: list[tuple[str, QWidget]]) -> None:
        """Opened without a nested event loop; "Go back" puts the focus on the first field missing."""
        lines = []
        if missing[0][1] is self.consent:
            lines.append(self.tr("The household's consent is not recorded: without it, its data may not be "
                                 "shared with other agencies."))
        areas = [label for label, widget in missing if widget is not self.consent]
        if areas:
            lines.append(self.tr("{fields} not filled in: the household will be missing from lists and "
                                 "reports by area.").format(fields=", ".join(areas)))
        lines.append(self.tr("Go back and fill them in, or save anyway?"))
        box = self._missing_box()
        box.setText("\n\n".join(lines))
        box.setDefaultButton(self._go_back)
        self._first_missing = missing[0][1]
        box.open()

    def _missing_box(self) -> QMessageBox:
        """Made once and kept with the dialog (deleting a box while it emits is unsafe)."""
        if self.missing_question is None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not filled in"), "",
                              QMessageBox.StandardButton.NoButton, self)
            self._go_back = box.addButton(self.tr("&Go back and fill in"), QMessageBox.ButtonRole.RejectRole)
            box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.setEscapeButton(self._go_back)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(self._save_anyway_answered)
            self.missing_question = box
        return self.missing_question

    def _save_anyway_answered(self, _result: int) -> None:
        if self.missing_question is not None and self.missing_question.clickedButton() is self._go_back:
            self.activateWindow()
            (self._first_missing or self).setFocus()
        else:
            self._write()

    def _write(self) -> None:
        draft, _ = self.draft()
        try:
            if self._household is None:
                saved = self._households.create(draft)
            else:
                saved = self._households.update(self._household.id, draft)
        except ValidationError as exc:
            self._show_all(list(exc.errors), list(exc.warnings))
            return
        except PuskesosError as exc:
            self.checks.fallback.show_error(str(exc))
            return
        self.saved_id = saved.id
        self.accept()

    def _show_all(self, errors: list[Problem], warnings: list[Problem]) -> None:
        first = self.checks.show(errors, warnings, everything=True)
        if first is not None:
            first.setFocus()


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None
