"""Warga: find a household (one search box), see its members, register and edit households and people."""

from __future__ import annotations

import io

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.identity import mask_number
from ...services.households import HouseholdService
from ...services.importer import ImportService
from ...services.search import SearchService
from ..dialogs.household_dialog import HouseholdDialog
from ..dialogs.import_dialog import ImportDialog
from ..dialogs.person_dialog import PersonDialog
from ..models.household_table_model import (
    ADDRESS, DESIL, DTSEN, DUSUN, HEAD, MEMBERS, NO_KK, RT_RW, HouseholdTableModel, row_from_household,
)
from ..widgets.column_fit import ColumnFit
from ..widgets.form import attempt
from ..widgets.household_care import HouseholdCare
from ..widgets.household_detail import HouseholdDetail
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

if TYPE_CHECKING:
    from ...services.container import Services

SEARCH_DELAY_MS = 250


class WargaPage(QWidget):
    def __init__(self, households: HouseholdService, search: SearchService, importer: ImportService,
                 page_size: int = 200, parent: QWidget | None = None, *, services: Services | None = None,
                 read_only: bool = False) -> None:
        """With `services`, the panel also shows the household's story and buttons for needs,
        referrals and complaints. `read_only`: the kabupaten looks at the desas' households, which
        only their desa may change."""
        super().__init__(parent)
        self._services = services
        self.read_only = read_only
        self._households = households
        self._search = search
        self._importer = importer
        self.model = HouseholdTableModel(households, page_size, parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self._matched: dict[str, tuple[str, ...]] = {}  # household -> members the search found
        self._build()
        self._connect()
        if read_only:
            for button in (self.add_household, self.edit_household, self.remove_household, self.import_button,
                           self.detail.add_member, self.detail.edit_member, self.detail.remove_member):
                button.hide()
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search by NIK, No KK or name (part of it is enough)"))
        self.search_box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.add_household = QPushButton(self.tr("Add household (Ctrl+N)"))
        self.edit_household = QPushButton(self.tr("Edit (Enter)"))
        self.remove_household = QPushButton(self.tr("Remove (Del)"))
        self.import_button = QPushButton(self.tr("Import…"))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        for button in (self.add_household, self.edit_household, self.remove_household, self.import_button):
            top.addWidget(button)
        self.table = self._household_table()
        self.detail = HouseholdDetail()
        self.detail.add_member.setText(self.tr("Add member (Ctrl+Shift+N)"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        self.care: HouseholdCare | None = None
        if self._services is not None:
            self.care = HouseholdCare(self._services, self.detail.current_person, self)
            self.care.changed.connect(lambda: self._show_detail(self.detail.household.id if self.detail.household else None))
            panel = QSplitter(Qt.Orientation.Vertical)
            panel.addWidget(self.detail)
            panel.addWidget(self.care)
            panel.setSizes([360, 300])
            splitter.addWidget(panel)
        else:
            splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])  # halves: both lists keep their essential columns down to 1024 wide
        self.without_consent = QCheckBox(self.tr("Only households without &consent"))
        self.without_consent.toggled.connect(self._filter_consent)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.without_consent)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(splitter, 1)

    def _household_table(self) -> QTableView:
        table = list_table(self.model, {NO_KK: 128, HEAD: 160, ADDRESS: 180, RT_RW: 62, DUSUN: 95, MEMBERS: 66,
                                        DESIL: 48, DTSEN: 115}, HEAD)
        # A narrow pane drops these first; the panel beside the list shows them for the chosen household.
        self.list_columns = ColumnFit(table, (DESIL, DTSEN, ADDRESS, DUSUN, MEMBERS, RT_RW))
        return table

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self._search_and_go_to_list)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_status)
        self.table.activated.connect(lambda _index: self.edit_current_household())
        self.detail.table.activated.connect(lambda _index: self.edit_member())
        self.add_household.clicked.connect(self.new_household)
        self.edit_household.clicked.connect(self.edit_current_household)
        self.remove_household.clicked.connect(self.remove_current_household)
        self.import_button.clicked.connect(self.open_import)
        self.detail.add_member.clicked.connect(self.add_member)
        self.detail.edit_member.clicked.connect(self.edit_member)
        self.detail.remove_member.clicked.connect(self.remove_member)
        self.detail.reveal_member.clicked.connect(self.reveal_member)
        self.detail.report_member.clicked.connect(self.print_personal_data)
        self.detail.consent_button.clicked.connect(self.show_consent)
        self.detail.consent_button.setVisible(self._services is not None)
        self.detail.report_member.setVisible(self._services is not None and self._services.person_report.may_print())
        page_shortcuts(self, ((QKeySequence.StandardKey.New, self.new_household), ("Ctrl+Shift+N", self.add_member)))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut  # Delete: on the list that has the focus
        for keys, widget, slot in (
            (QKeySequence.StandardKey.Delete, self.table, self.remove_current_household),
            (QKeySequence.StandardKey.Delete, self.detail.table, self.remove_member),
        ):
            shortcut = QShortcut(keys, widget)
            shortcut.setContext(context)  # the constructor's context argument is not applied
            shortcut.activated.connect(slot)

    # ---- searching -----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        """Full list for an empty box, otherwise the search hits (NIK, No KK or name words)."""
        self._timer.stop()
        text = self.search_box.text().strip()
        self._matched = {}
        if not text:
            self.model.show_all()
        else:
            hits = self._search.search(text)
            self._matched = {hit.household.id: hit.matched_person_ids for hit in hits}
            self.model.set_rows([row_from_household(hit.household) for hit in hits])
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_household(None)

    def _filter_consent(self, only: bool) -> None:
        self.model.without_consent = only
        self.run_search()

    def _search_and_go_to_list(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.setFocus()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self.model.showing_all and self.model.without_consent:
            self.status.setText(self.tr("{count} households without consent").format(
                count=f"{count:,}".replace(",", ".")))
        elif self.model.showing_all:
            self.status.setText(self.tr("{count} households").format(count=f"{count:,}".replace(",", ".")))
        elif count >= self._search.limit:
            self.status.setText(self.tr("The first {count} households found: type more of the name or number to "
                                        "narrow the search.").format(count=count))
        elif count:
            self.status.setText(self.tr("{count} households found").format(count=count))
        else:
            self.status.setText(self.tr("Nothing found. Check the spelling, or type part of a NIK or No KK."))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        self._show_detail(row.id if row else None)

    def _show_detail(self, household_id: str | None) -> None:
        try:
            household = self._households.get(household_id) if household_id else None
        except PuskesosError:
            household = None
        self.detail.show_household(household, self._matched.get(household_id or "", ()))
        if self.care is not None:
            self.care.show_household(household)

    def refresh(self, household_id: str | None = None) -> None:
        """Reloads the list after a change and shows `household_id` (or the current one) in the panel."""
        keep = household_id or (self.detail.household.id if self.detail.household else None)
        self.run_search()
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            self.table.selectRow(row)
        else:  # not on a loaded page: the panel shows it, the list highlights nothing
            self.table.clearSelection()
        self._show_detail(keep)

    def go_to_household(self, household_id: str, person_id: str | None = None) -> None:
        """The full list (search box emptied) with this household selected and in view, and `person_id`
        selected among its members, so the list and the panel agree."""
        self.search_box.clear()
        self._timer.stop()  # clearing the box started it
        self.model.show_all()
        self._matched = {household_id: (person_id,)} if person_id else {}
        row = self._households.list_position(household_id)
        if row is not None and row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.table.clearSelection()
        self._show_detail(household_id)
        (self.detail.table if person_id else self.table).setFocus()  # the keyboard goes on from there

    # ---- households ----------------------------------------------------------------------------
    def new_household(self) -> None:
        if self.read_only:
            return
        dialog = HouseholdDialog(self._households, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id:
            self.go_to_household(dialog.saved_id)

    def edit_current_household(self) -> None:
        if self.read_only:
            return
        household = self.detail.household
        if household is None:
            return
        dialog = HouseholdDialog(self._households, household, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(household.id)

    def remove_current_household(self) -> None:
        if self.read_only:
            return
        household = self.detail.household
        if household is None:
            return
        head = household.head.name if household.head else self.tr("(no members)")
        question = self.tr("Remove the household of {head} (No KK {no_kk}) with its {count} members?").format(
            head=head, no_kk=mask_number(household.no_kk), count=len(household.members))
        if not self._confirm(self.tr("Remove household"), question):
            return
        if attempt(self, lambda: self._households.remove(household.id)):
            self.detail.show_household(None)
            self.run_search()

    # ---- members -------------------------------------------------------------------------------
    def add_member(self) -> None:
        if self.read_only:
            return
        household = self.detail.household
        if household is None:
            return
        dialog = PersonDialog(self._households, household.id, None, self)
        self._after_person_dialog(dialog.exec(), dialog, household.id)

    def edit_member(self) -> None:
        if self.read_only:
            return
        household, person = self.detail.household, self.detail.current_person()
        if household is None or person is None:
            return
        dialog = PersonDialog(self._households, household.id, person, self)
        self._after_person_dialog(dialog.exec(), dialog, household.id)

    def _after_person_dialog(self, result: int, dialog: PersonDialog, household_id: str) -> None:
        """Saved (or someone moved in): the household again; "open that person": theirs."""
        if dialog.open_existing is not None:
            self.go_to_household(dialog.open_existing.household_id, dialog.open_existing.id)
        elif result == QDialog.DialogCode.Accepted:
            self.refresh(household_id)

    def remove_member(self) -> None:
        if self.read_only:
            return
        household, person = self.detail.household, self.detail.current_person()
        if household is None or person is None:
            return
        question = self.tr("Remove {name} (NIK {nik}) from this household?").format(
            name=person.name, nik=mask_number(person.nik))
        if self._confirm(self.tr("Remove member"), question) and \
                attempt(self, lambda: self._households.remove_person(person.id)):
            self.refresh(household.id)

    def reveal_member(self) -> None:
        """The full NIK and No KK of the chosen member, on request only; the view is audited."""
        person = self.detail.current_person()
        if person is None:
            return
        try:
            nik, no_kk = self._households.reveal_numbers(person.id)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return
        QMessageBox.information(self, self.tr("Full numbers"), self.tr(
            "{name}\nNIK: {nik}\nNo KK: {no_kk}\n\nThis view is recorded in the audit log.").format(
            name=person.name, nik=nik, no_kk=no_kk))

    def show_consent(self) -> None:
        from ..dialogs.consent_dialog import ConsentDialog

        household = self.detail.household
        if household is None or self._services is None:
            return
        dialog = ConsentDialog(self._services.consent, household, self, read_only=self.read_only)
        dialog.exec()
        dialog.deleteLater()
        self.refresh(household.id)

    def print_personal_data(self) -> None:
        """Everything held about the chosen member (UU PDP, right of access), previewed to print or save."""
        from ..widgets.pdf_preview import PdfPreviewDialog  # QtPdf: loaded when a PDF is first shown

        person = self.detail.current_person()
        if person is None or self._services is None:
            return
        buffer = io.BytesIO()
        try:
            report = self._services.person_report.write(person.id, buffer)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return
        dialog = PdfPreviewDialog(self.tr("Personal data of {name}").format(name=person.name), buffer.getvalue(),
                                  file_name=report.file_name, parent=self)
        dialog.exec()
        dialog.deleteLater()

    # ---- import --------------------------------------------------------------------------------
    def open_import(self) -> None:
        if self.read_only:
            return
        ImportDialog(self._importer, self).exec()
        self.refresh()

    # ---- helpers -------------------------------------------------------------------------------
    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes
