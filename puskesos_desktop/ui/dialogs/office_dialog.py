"""Editing the office (administrator): name and contact, letter settings, and when things are late.

The mode and the region never change after set-up; the logo is kept as it is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError, ValidationError
from ...core.model import LetterSettings, Office, OfficeDraft, WorkSettings
from ...services.setup import SetupService
from ..widgets.field_row import add_field
from ..widgets.form import FieldMessage, accept_cancel_buttons, show_problems
from ..widgets.form_dialog import FormDialog

PAPERS = (("A4", "A4 (210 × 297 mm)"), ("F4", "F4 / folio (215 × 330 mm)"))


def _days(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 365)
    box.setValue(value)
    return box


class OfficeDialog(FormDialog):
    """`saved` holds the office after Save."""

    def __init__(self, setup: SetupService, office: Office, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office settings"))
        self._setup = setup
        self._office = office
        self.saved: Office | None = None
        letter, work = office.letter, office.work
        self.name = QLineEdit(office.name)
        self.address = QLineEdit(office.address)
        self.phone = QLineEdit(office.phone)
        self.email = QLineEdit(office.email)
        self.classification = QLineEdit(letter.classification)
        self.unit_code = QLineEdit(letter.unit_code)
        self.place = QLineEdit(letter.place)
        self.place.setPlaceholderText(office.letter_place)
        self.paper = QComboBox()
        for code, label in PAPERS:
            self.paper.addItem(label, code)
        self.paper.setCurrentIndex(max(0, self.paper.findData(letter.paper)))
        self.signatory_name = QLineEdit(letter.signatory_name)
        self.signatory_position = QLineEdit(letter.signatory_position)
        self.signatory_nip = QLineEdit(letter.signatory_nip)
        self.acknowledger_name = QLineEdit(letter.acknowledger_name)
        self.acknowledger_position = QLineEdit(letter.acknowledger_position)
        self.complaint_days = _days(work.complaint_overdue_days)
        self.referral_days = _days(work.referral_due_days)
        for box in (self.complaint_days, self.referral_days):
            box.setSuffix(self.tr(" days"))

        office_box, office_form = self._group(self.tr("Office"))
        letter_box, letter_form = self._group(self.tr("Referral letters"))
        late_box, late_form = self._group(self.tr("Late"))
        self.messages: dict[str, FieldMessage] = {
            "name": add_field(office_form, self.tr("&Name"), self.name),
            "address": add_field(office_form, self.tr("&Address"), self.address),
            "phone": add_field(office_form, self.tr("&Telephone"), self.phone),
            "email": add_field(office_form, self.tr("&E-mail"), self.email),
            "classification": add_field(letter_form, self.tr("&Classification code"), self.classification),
            "unit_code": add_field(letter_form, self.tr("&Unit code"), self.unit_code),
            "place": add_field(letter_form, self.tr("&Place on the date line"), self.place),
            "paper": add_field(letter_form, self.tr("&Paper"), self.paper),
            "signatory_name": add_field(letter_form, self.tr("&Signed by (name)"), self.signatory_name),
            "signatory_position": add_field(letter_form, self.tr("P&osition"), self.signatory_position),
            "signatory_nip": add_field(letter_form, self.tr("N&IP (optional)"), self.signatory_nip),
            "acknowledger_name": add_field(letter_form, self.tr("\"Mengetahui\" na&me (optional)"),
                                           self.acknowledger_name),
            "acknowledger_position": add_field(letter_form, self.tr("\"Mengetahui\" position"),
                                               self.acknowledger_position),
            "complaint_overdue_days": add_field(late_form, self.tr("A complaint is &late after"), self.complaint_days),
            "referral_due_days": add_field(late_form, self.tr("A return slip is &due after"), self.referral_days),
        }
        self.general = FieldMessage()
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        left = QVBoxLayout()
        left.addWidget(office_box)
        left.addWidget(late_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(letter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(860)
        self.name.setFocus()

    @staticmethod
    def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        return box, QFormLayout(box)

    def draft(self) -> OfficeDraft:
        office = self._office
        return OfficeDraft(
            mode=office.mode, region_code=office.region_code, name=self.name.text(), address=self.address.text(),
            phone=self.phone.text(), email=self.email.text(), logo_png=None,
            letter=replace(LetterSettings(), classification=self.classification.text(),
                           unit_code=self.unit_code.text(), place=self.place.text(),
                           paper=self.paper.currentData(), signatory_name=self.signatory_name.text(),
                           signatory_position=self.signatory_position.text(),
                           signatory_nip=self.signatory_nip.text(), acknowledger_name=self.acknowledger_name.text(),
                           acknowledger_position=self.acknowledger_position.text()),
            work=WorkSettings(complaint_overdue_days=self.complaint_days.value(),
                              referral_due_days=self.referral_days.value()),
        )

    def save(self) -> None:
        try:
            self.saved = self._setup.update_office(self.draft())
        except ValidationError as exc:
            first = show_problems(self.messages, exc.errors, exc.warnings, fallback=self.general)
            if first is not None:
                first.setFocus()
            return
        except PuskesosError as exc:
            self.general.show_error(str(exc))
            return
        self.accept()
