"""Kebutuhan & Keluhan: every need and complaint of the desa, filtered by status; complaints move along here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton,
    QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.referral_model import Complaint, Need
from ...core.referrals import (
    COMPLAINT_STATUS_LABELS, NEED_STATUS_LABELS, ComplaintStatus, NeedStatus, allowed_transitions,
)
from ...services.catalogue import CatalogueService
from ...services.complaints import ComplaintService
from ...services.households import HouseholdService
from ...services.needs import NeedService
from ...services.search import SearchService
from ..dialogs.complaint_action_dialog import ComplaintActionDialog
from ..dialogs.complaint_dialog import ComplaintDialog
from ..models import complaints_table_model as cm
from ..models import needs_table_model as nm
from ..widgets.field_row import caption
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

OVERDUE = "overdue"  # the complaint filter that is not a status
Refer = Callable[[Need | None, Complaint | None], bool]


class NeedsComplaintsPage(QWidget):
    def __init__(self, needs: NeedService, complaints: ComplaintService, catalogue: CatalogueService,
                 households: HouseholdService, search: SearchService, overdue_days: int = 14,
                 parent: QWidget | None = None, *, refer: Refer | None = None) -> None:
        """`refer(need, complaint)` opens the referral dialog for one of them; True when a draft was saved."""
        super().__init__(parent)
        self._refer = refer
        self._needs, self._complaints, self._catalogue = needs, complaints, catalogue
        self._households, self._search = households, search
        self.overdue_days = overdue_days
        self.needs_model = nm.NeedsTableModel(self)
        self.complaints_model = cm.ComplaintsTableModel(overdue_days, self)
        self._build()
        self._connect()
        self.refresh()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._needs_tab(), self.tr("&Needs"))
        self.tabs.addTab(self._complaints_tab(), self.tr("&Complaints"))
        QVBoxLayout(self).addWidget(self.tabs)

    def _needs_tab(self) -> QWidget:
        self.need_filter = QComboBox()
        self.need_filter.addItem(self.tr("All statuses"), None)
        for status, label in NEED_STATUS_LABELS.items():
            self.need_filter.addItem(label, status)
        self.need_status_button = QPushButton(self.tr("Change &status"))
        self.need_status_menu = QMenu(self)
        self.need_status_button.setMenu(self.need_status_menu)
        self.needs_count = QLabel()
        self.needs_table = list_table(self.needs_model, {
            nm.DATE: 92, nm.HEAD: 170, nm.PERSON: 170, nm.URGENCY: 80, nm.STATUS: 95}, nm.CATEGORY)
        self.refer_need_button = QPushButton(self.tr("&Refer… (Ctrl+R)"))
        self.refer_need_button.setVisible(self._refer is not None)
        return self._tab(self.need_filter, self.needs_count, (self.refer_need_button, self.need_status_button),
                         self.needs_table)

    def _complaints_tab(self) -> QWidget:
        self.complaint_filter = QComboBox()
        self.complaint_filter.addItem(self.tr("All statuses"), None)
        self.complaint_filter.addItem(
            self.tr("Overdue (open more than {days} days)").format(days=self.overdue_days), OVERDUE)
        for status, label in COMPLAINT_STATUS_LABELS.items():
            self.complaint_filter.addItem(label, status)
        self.new_complaint_button = QPushButton(self.tr("&New complaint (Ctrl+N)"))
        self.process_button = QPushButton(self.tr("&Process (Enter)"))
        self.refer_complaint_button = QPushButton(self.tr("&Refer… (Ctrl+R)"))
        self.refer_complaint_button.setVisible(self._refer is not None)
        self.complaints_count = QLabel()
        self.complaints_table = list_table(self.complaints_model, {
            cm.RECEIVED: 92, cm.KIND: 95, cm.CATEGORY: 235, cm.PERSON: 170, cm.STATUS: 130,
            cm.DAYS_OPEN: 82, cm.LATE: 150}, cm.REPORTER)
        return self._tab(self.complaint_filter, self.complaints_count,
                         (self.new_complaint_button, self.process_button, self.refer_complaint_button),
                         self.complaints_table)

    def _tab(self, status_filter: QComboBox, count: QLabel, buttons, table: QTableView) -> QWidget:
        tab = QWidget()
        label = caption(self.tr("&Show"), status_filter)
        # Not as wide as its longest choice (the list still shows it whole): the row fits 1024 pixels.
        status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        status_filter.setMinimumContentsLength(22)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(status_filter)
        top.addWidget(count, 1)
        for button in buttons:
            top.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(table, 1)
        return tab

    def _connect(self) -> None:
        self.need_filter.currentIndexChanged.connect(lambda _i: self.load_needs())
        self.complaint_filter.currentIndexChanged.connect(lambda _i: self.load_complaints())
        self.needs_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._fill_status_menu())
        self.new_complaint_button.clicked.connect(self.new_complaint)
        self.process_button.clicked.connect(self.process_complaint)
        self.complaints_table.activated.connect(lambda _index: self.process_complaint())
        self.complaints_table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_refer())
        self.refer_need_button.clicked.connect(self.refer_need)
        self.refer_complaint_button.clicked.connect(self.refer_complaint)
        # Each tab's own keys: a hidden tab's shortcuts do not fire.
        page_shortcuts(self.complaints_table.parentWidget(), ((QKeySequence.StandardKey.New, self.new_complaint),
                                                              ("Ctrl+R", self.refer_complaint)))
        page_shortcuts(self.needs_table.parentWidget(), (("Ctrl+R", self.refer_need),))

    # ---- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reloads both lists (keeping the selected row where it still is)."""
        self.load_needs()
        self.load_complaints()

    def load_needs(self, select_id: str | None = None) -> None:
        keep = select_id or self._current_id(self.needs_table, self.needs_model)
        status = self.need_filter.currentData()  # Qt hands the enum back as a plain str
        self.needs_model.set_rows(self._needs.list(NeedStatus(status) if status else None))
        self.needs_count.setText(self.tr("{count} needs").format(count=self.needs_model.rowCount()))
        self._select(self.needs_table, self.needs_model, keep)
        self._fill_status_menu()

    def load_complaints(self, select_id: str | None = None) -> None:
        keep = select_id or self._current_id(self.complaints_table, self.complaints_model)
        chosen = self.complaint_filter.currentData()
        if chosen == OVERDUE:
            rows = self._complaints.rows(overdue_days=self.overdue_days)
        else:
            rows = self._complaints.rows(ComplaintStatus(chosen) if chosen else None)
        self.complaints_model.set_rows(rows)
        self._update_refer()
        late = sum(1 for r in rows if self.complaints_model.days_late(r))
        text = self.tr("{count} complaints").format(count=len(rows))
        if late:
            text += " · " + self.tr("{late} overdue").format(late=late)
        self.complaints_count.setText(text)
        self._select(self.complaints_table, self.complaints_model, keep)

    @staticmethod
    def _current_id(table: QTableView, model) -> str | None:
        row = model.row_at(table.currentIndex().row())
        return row.id if row else None

    @staticmethod
    def _select(table: QTableView, model, row_id: str | None) -> None:
        row = model.row_of(row_id) if row_id else None
        if row is None and model.rowCount():
            row = 0
        if row is not None:
            table.selectRow(row)

    # ---- needs ---------------------------------------------------------------------------------
    def current_need(self):
        return self.needs_model.row_at(self.needs_table.currentIndex().row())

    def _fill_status_menu(self) -> None:
        """Only the moves the workflow allows from the selected need's status."""
        self.need_status_menu.clear()
        need = self.current_need()
        targets = [s for s in NeedStatus if need is not None and s in allowed_transitions(need.status)]
        for status in targets:
            action = self.need_status_menu.addAction(NEED_STATUS_LABELS[status])
            action.triggered.connect(lambda _checked=False, s=status: self.set_need_status(s))
        self.need_status_button.setEnabled(bool(targets))
        self._update_refer()

    def _update_refer(self) -> None:
        """An open need, or a complaint still being handled, can be referred."""
        need, complaint = self.current_need(), self.current_complaint()
        self.refer_need_button.setEnabled(need is not None and need.status is NeedStatus.TERBUKA)
        self.refer_complaint_button.setEnabled(
            complaint is not None and complaint.status not in (ComplaintStatus.SELESAI, ComplaintStatus.DITUTUP))

    def refer_need(self) -> None:
        row = self.current_need()
        if self._refer is None or row is None or not self.refer_need_button.isEnabled():
            return
        if self._attempt_refer(lambda: self._refer(self._needs.get(row.id), None)):
            self.load_needs(row.id)

    def refer_complaint(self) -> None:
        row = self.current_complaint()
        if self._refer is None or row is None or not self.refer_complaint_button.isEnabled():
            return
        if self._attempt_refer(lambda: self._refer(None, self._complaints.get(row.id))):
            self.load_complaints(row.id)

    def _attempt_refer(self, open_dialog: Callable[[], bool]) -> bool:
        try:
            return open_dialog()
        except PuskesosError as exc:  # removed meanwhile
            QMessageBox.warning(self, self.tr("Not found"), str(exc))
            return False

    def set_need_status(self, status: NeedStatus) -> None:
        need = self.current_need()
        if need is None:
            return
        try:
            self._needs.set_status(need.id, status)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Status not changed"), str(exc))
        self.load_needs(need.id)

    # ---- complaints ----------------------------------------------------------------------------
    def current_complaint(self):
        return self.complaints_model.row_at(self.complaints_table.currentIndex().row())

    def new_complaint(self) -> None:
        dialog = ComplaintDialog(self._complaints, self._search, self._households, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_complaints(dialog.saved_id)

    def process_complaint(self) -> None:
        complaint = self.current_complaint()
        if complaint is None:
            return
        try:
            dialog = ComplaintActionDialog(self._complaints, complaint.id, self)
        except PuskesosError as exc:  # removed meanwhile (e.g. by an import)
            QMessageBox.warning(self, self.tr("Complaint not found"), str(exc))
            self.load_complaints()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_complaints(complaint.id)
