"""Adding or changing a catalogue service or a directory institution (for the administrator)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from ...core.catalogue import DOCUMENTS
from ...core.errors import Problem, PuskesosError, ValidationError
from ...core.referral_model import DocumentItem, Institution, ServiceEntry
from ...services.catalogue import CatalogueService
from ..models.catalogue_models import owner_level_labels
from ..widgets.field_row import add_field
from ..widgets.fields import combo_code, line_edit, set_combo_code
from ..widgets.form import FieldMessage, accept_cancel_buttons, show_problems
from ..widgets.form_dialog import FormDialog


class _CatalogueDialog(FormDialog):
    """A form with Save / Cancel; Enter saves, Esc cancels; `saved` holds what the service stored."""

    def __init__(self, catalogue: CatalogueService, editing: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.saved = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general = FieldMessage()
        self.messages: dict[str, FieldMessage] = {}
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.code = line_edit(30, self.tr("capitals, digits and _, e.g. PKH"))
        self.code.setReadOnly(editing)  # other records refer to an entry by its code

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        self.messages[field] = add_field(self.form, label, widget)
        return widget

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def store(self):
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.saved = self.store()
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except PuskesosError as exc:
            self._show_errors([Problem("", "error", str(exc))])
            return
        self.accept()

    def _show_errors(self, errors) -> None:
        first = show_problems(self.messages, errors, fallback=self.general)
        self.adjustSize()  # room for the messages, which may wrap onto two lines
        if first is not None:
            first.setFocus()


class ServiceDialog(_CatalogueDialog):
    def __init__(self, catalogue: CatalogueService, entry: ServiceEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(catalogue, entry is not None, parent)
        self._entry = entry
        self.setWindowTitle(self.tr("Add service") if entry is None else self.tr("Edit service %s") % entry.code)
        self.name = line_edit(200)
        self.owner_level = QComboBox()
        for code, label in owner_level_labels().items():
            self.owner_level.addItem(label, code)
        self.agency = line_edit(200, self.tr("e.g. Kementerian Sosial"))
        self.institution = QComboBox()
        self.documents = QListWidget()
        self.eligibility = line_edit(200, self.tr("e.g. DTSEN desil 1–4"))
        self.add("code", self.tr("&Code"), self.code)
        self.add("name", self.tr("&Name"), self.name)
        self.add("owner_level", self.tr("&Owner level"), self.owner_level)
        self.add("agency", self.tr("&Agency"), self.agency)
        self.add("default_institution", self.tr("Default &institution"), self.institution)
        self.add("documents", self.tr("Required &documents\n(Space ticks)"), self.documents)
        self.add("eligibility", self.tr("&Eligibility"), self.eligibility)
        self._fill_institutions()
        self._fill_documents()
        self._show_entry()
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        return self.name if self._entry is not None else self.code

    def _fill_institutions(self) -> None:
        current = self._entry.default_institution if self._entry else ""
        self.institution.addItem("—", "")
        for institution in self._catalogue.institutions():
            if institution.active:
                self.institution.addItem(institution.name, institution.code)
            elif institution.code == current:  # kept as it is until the administrator picks another
                self.institution.addItem(" ".join((institution.name, self.tr("(inactive)"))), institution.code)

    def _fill_documents(self) -> None:
        chosen = {d.code: d.label for d in self._entry.documents} if self._entry else {}
        labels = dict(DOCUMENTS)
        labels.update({code: label for code, label in chosen.items() if code not in labels})  # its own wording
        for code, label in labels.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
        self.documents.setCurrentRow(0)
        self.documents.setMinimumHeight(self.documents.sizeHintForRow(0) * 8)

    def _show_entry(self) -> None:
        entry = self._entry
        if entry is None:
            set_combo_code(self.owner_level, "kabupaten")
            return
        self.code.setText(entry.code)
        self.name.setText(entry.name)
        set_combo_code(self.owner_level, entry.owner_level)
        self.agency.setText(entry.agency)
        set_combo_code(self.institution, entry.default_institution)
        self.eligibility.setText(entry.eligibility)

    def required_documents(self) -> tuple[DocumentItem, ...]:
        items = (self.documents.item(i) for i in range(self.documents.count()))
        return tuple(DocumentItem(item.data(Qt.ItemDataRole.UserRole), item.text())
                     for item in items if item.checkState() == Qt.CheckState.Checked)

    def entry(self) -> ServiceEntry:
        return ServiceEntry(
            code=self.code.text().strip().upper(), name=self.name.text().strip(),
            owner_level=combo_code(self.owner_level), agency=self.agency.text().strip(),
            default_institution=combo_code(self.institution), documents=self.required_documents(),
            eligibility=self.eligibility.text().strip(), active=self._entry.active if self._entry else True,
        )

    def store(self) -> ServiceEntry:
        return self._catalogue.save_service(self.entry())


class InstitutionDialog(_CatalogueDialog):
    def __init__(self, catalogue: CatalogueService, entry: Institution | None, parent: QWidget | None = None) -> None:
        super().__init__(catalogue, entry is not None, parent)
        self._entry = entry
        self.setWindowTitle(self.tr("Add institution") if entry is None else self.tr("Edit institution %s") % entry.code)
        self.name = line_edit(200)
        self.kind = line_edit(60, self.tr("e.g. kesehatan"))
        kinds = sorted({i.kind for i in catalogue.institutions() if i.kind})
        self.kind.setCompleter(QCompleter(kinds, self.kind))
        self.addressee = line_edit(200, self.tr("e.g. Kepala Puskesmas"))
        self.place = line_edit(100, self.tr("e.g. Tempat"))
        self.address = line_edit(300)
        self.add("code", self.tr("&Code"), self.code)
        self.add("name", self.tr("&Name"), self.name)
        self.add("kind", self.tr("&Kind"), self.kind)
        self.add("addressee", self.tr("&Addressee (Yth.)"), self.addressee)
        self.add("place", self.tr("&Place (di –)"), self.place)
        self.add("address", self.tr("A&ddress"), self.address)
        if entry is None:
            self.place.setText("Tempat")  # what the letters say unless the office knows the town
        else:
            for field, value in ((self.code, entry.code), (self.name, entry.name), (self.kind, entry.kind),
                                 (self.addressee, entry.addressee), (self.place, entry.place),
                                 (self.address, entry.address)):
                field.setText(value)
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        return self.name if self._entry is not None else self.code

    def entry(self) -> Institution:
        base = self._entry or Institution("", "", "", "")
        return replace(
            base, code=self.code.text().strip().upper(), name=self.name.text().strip(), kind=self.kind.text().strip(),
            addressee=self.addressee.text().strip(), place=self.place.text().strip(),
            address=self.address.text().strip(),
        )

    def store(self) -> Institution:
        return self._catalogue.save_institution(self.entry())
