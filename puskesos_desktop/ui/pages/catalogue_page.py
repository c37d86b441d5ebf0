"""The service catalogue and the institution directory: listed for all, edited by an administrator."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...services.catalogue import CatalogueService
from ...services.operators import OperatorService
from ..dialogs.catalogue_dialogs import InstitutionDialog, ServiceDialog
from ..models.catalogue_models import I_ADDRESSEE, I_NAME, S_NAME, InstitutionTableModel, ServiceTableModel
from ..widgets.form import FieldMessage
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

SERVICES_TAB, INSTITUTIONS_TAB = range(2)


def _fit_columns(table: QTableView, wide_columns: tuple[int, ...]) -> None:
    """Each column as wide as its text, up to a cap; the name (with its "(inactive)") may be wider."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        cap = 400 if column in wide_columns else 230
        table.setColumnWidth(column, min(table.columnWidth(column), cap))


class CataloguePage(QWidget):
    def __init__(self, catalogue: CatalogueService, operators: OperatorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._operators = operators
        self.service_model = ServiceTableModel(self)
        self.institution_model = InstitutionTableModel(self)
        self.service_table = list_table(self.service_model)
        self.institution_table = list_table(self.institution_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.service_table, self.tr("&Services"))
        self.tabs.addTab(self.institution_table, self.tr("&Institutions"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.message = FieldMessage()
        self.read_only_note = QLabel(self.tr("Only an administrator can change the catalogue and the institutions."))
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.read_only_note)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        for table in (self.service_table, self.institution_table):
            table.activated.connect(lambda _index: self.edit_entry())  # Enter or double-click
            table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        page_shortcuts(self, ((QKeySequence.StandardKey.New, self.add_entry),))

    # ---- state ---------------------------------------------------------------------------------
    def is_admin(self) -> bool:
        return self._operators.acts_as_admin()

    def on_services(self) -> bool:
        return self.tabs.currentIndex() == SERVICES_TAB

    def current_table(self) -> QTableView:
        return self.service_table if self.on_services() else self.institution_table

    def selected(self):
        """The chosen service or institution of the tab in front."""
        table = self.current_table()
        return table.model().entry_at(table.currentIndex().row())

    def refresh(self) -> None:
        """Reloads both lists, keeping each tab's chosen entry."""
        kept = [self._chosen_code(t) for t in (self.service_table, self.institution_table)]
        institutions = self._catalogue.institutions()
        self.service_model.set_rows(self._catalogue.services(), institutions)
        self.institution_model.set_rows(institutions)
        wide = ((S_NAME,), (I_NAME, I_ADDRESSEE))
        for table, code, wide_columns in zip((self.service_table, self.institution_table), kept, wide, strict=True):
            self._select(table, code)
            _fit_columns(table, wide_columns)
        admin = self.is_admin()
        for button in (self.add_button, self.edit_button, self.toggle_button):
            button.setVisible(admin)
        self.read_only_note.setVisible(not admin)
        self._update_buttons()

    def _chosen_code(self, table: QTableView) -> str | None:
        entry = table.model().entry_at(table.currentIndex().row())
        return entry.code if entry is not None else None

    def _select(self, table: QTableView, code: str | None) -> None:
        row = table.model().row_of(code) if code else None
        if row is None and table.model().rowCount():
            row = 0  # the buttons work straight away from the keyboard
        if row is not None:
            table.selectRow(row)
            table.scrollTo(table.model().index(row, 0))

    def select_code(self, code: str) -> None:
        self._select(self.current_table(), code)

    def _update_buttons(self) -> None:
        self.message.clear_message()
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.toggle_button.setEnabled(chosen is not None)
        self.toggle_button.setText(self.tr("Ac&tivate") if chosen and not chosen.active else self.tr("&Deactivate"))

    # ---- actions -------------------------------------------------------------------------------
    def add_entry(self) -> None:
        if self.is_admin():
            self._open(None)

    def edit_entry(self) -> None:
        chosen = self.selected()
        if self.is_admin() and chosen is not None:
            self._open(chosen)

    def _open(self, entry) -> None:
        dialog_class = ServiceDialog if self.on_services() else InstitutionDialog
        dialog = dialog_class(self._catalogue, entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh()
            self.select_code(dialog.saved.code)
        self.current_table().setFocus()

    def toggle_active(self) -> None:
        chosen = self.selected()
        if not self.is_admin() or chosen is None:
            return
        change = self._catalogue.set_service_active if self.on_services() else self._catalogue.set_institution_active
        try:
            change(chosen.code, not chosen.active)
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()
        self.select_code(chosen.code)
