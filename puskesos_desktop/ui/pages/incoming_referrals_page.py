"""Rujukan masuk (kabupaten mode): the referrals of every desa, by desa and status; outcomes recorded here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.dates import format_short
from ...core.errors import PuskesosError
from ...core.referral_model import ReferralRow
from ...core.referrals import OUTCOME_LABELS, ReferralStatus
from ...services.catalogue import CatalogueService
from ...services.households import HouseholdService
from ...services.operators import OperatorService
from ...services.referrals import ReferralService
from ...services.search import SearchService
from ...services.sync import SyncService
from ..dialogs.outcome_dialog import OutcomeDialog, outcome_blocked_reason
from ..models.incoming_referral_model import DESA_COLUMN, IncomingReferralTableModel
from ..models.referral_table_model import CODE, CREATED, DUE, NAME, NUMBER, SERVICE, STATUS, status_filter
from ..widgets.tables import list_table



class IncomingReferralsPage(QWidget):
    def __init__(self, referrals: ReferralService, sync: SyncService, households: HouseholdService,
                 catalogue: CatalogueService, search: SearchService, operators: OperatorService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._sync = sync
        # Kept for the detail views the lead may add (household, service); the list needs none of them.
        self._households, self._catalogue, self._search, self._operators = households, catalogue, search, operators
        self.model = IncomingReferralTableModel(referrals, parent=self)
        self._build()
        self._connect()
        self.reload_desas()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.desa_filter = QComboBox()
        self.desa_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        desa_label = QLabel(self.tr("&Desa:"))
        desa_label.setBuddy(self.desa_filter)
        # At the kabupaten the question is which letters came back: printed ones first.
        self.status_filter = status_filter((
            (self.tr("All referrals"), None), (self.tr("Printed – awaiting the outcome"), ReferralStatus.DICETAK),
            (self.tr("Approved – not printed"), ReferralStatus.DISETUJUI)))
        status_label = QLabel(self.tr("&Show:"))
        status_label.setBuddy(self.status_filter)
        self.outcome_button = QPushButton(self.tr("Record &outcome… (Enter)"))
        top = QHBoxLayout()
        for widget in (desa_label, self.desa_filter, status_label, self.status_filter):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.outcome_button)
        self.status = QLabel()
        self.detail = QLabel()  # the selected referral's desa and the outcomes recorded for it
        self.detail.setWordWrap(True)
        status_line = QHBoxLayout()
        status_line.setSpacing(24)
        status_line.addWidget(self.status)
        status_line.addWidget(self.detail, 1)
        self.table: QTableView = list_table(self.model, {
            CREATED: 90, DESA_COLUMN: 100, NUMBER: 215, NAME: 190, STATUS: 150, DUE: 90, CODE: 104}, SERVICE)
        self.table.horizontalHeader().moveSection(DESA_COLUMN, 1)  # right after the date
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_line)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.desa_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        self.table.activated.connect(lambda _index: self.record_outcome())
        self.outcome_button.clicked.connect(self.record_outcome)

    # ---- the list ------------------------------------------------------------------------------
    def reload_desas(self) -> None:
        """The desa filter from the enrolled installations (after an enrollment or an import)."""
        peers = [p for p in self._sync.peers() if p.role == "desa"]
        self.model.set_desa_codes({p.origin_id: p.region_code for p in peers})
        current = self.desa_filter.currentData()
        self.desa_filter.blockSignals(True)
        self.desa_filter.clear()
        self.desa_filter.addItem(self.tr("All desas"), None)
        for peer in peers:
            label = f"{peer.region_code}  {peer.name}"
            self.desa_filter.addItem(label if peer.active else self.tr("{desa} (revoked)").format(desa=label),
                                     peer.origin_id)
        self.desa_filter.setCurrentIndex(max(self.desa_filter.findData(current), 0))
        self.desa_filter.blockSignals(False)
        if self.desa_filter.currentData() != current:
            self._filter_changed()

    def current_row(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def focus_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def refresh(self, referral_id: str | None = None) -> None:
        """Reloads after an import or an outcome, keeping `referral_id` (or the current row) selected."""
        current = self.current_row()
        keep = referral_id or (current.id if current else None)
        old_row = max(self.table.currentIndex().row(), 0)
        self.model.reload()
        count = self.model.rowCount()
        if count:
            self.model.row_at(min(old_row, count - 1))
            row = self.model.row_of(keep) if keep else None
            self.table.selectRow(row if row is not None else min(old_row, count - 1))
        self._update()

    def _filter_changed(self) -> None:
        self.model.blockSignals(True)  # one reset for both filters
        self.model.set_origin(self.desa_filter.currentData())
        self.model.blockSignals(False)
        self.model.set_status(self.status_filter.currentData())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        count = f"{self.model.rowCount():,}".replace(",", ".")
        self.status.setText(self.tr("{count} referrals").format(count=count))
        row = self.current_row()
        self.outcome_button.setEnabled(row is not None)
        self.detail.setText(self._detail(row) if row is not None else "")

    def _detail(self, row: ReferralRow) -> str:
        text = self.tr("Desa {code}").format(code=self.model.desa_of(row.origin_id))
        try:
            outcomes = self._referrals.outcomes(row.id)
        except PuskesosError:
            return text
        if outcomes:
            last = outcomes[-1]
            text += " · " + self.tr(
                "outcome recorded: {outcome} ({day}); the desa's referral moves when its next return bundle "
                "arrives").format(outcome=OUTCOME_LABELS[last.outcome], day=format_short(last.received_on))
        return text

    # ---- the outcome ---------------------------------------------------------------------------
    def record_outcome(self) -> None:
        """Writes a kabupaten-owned outcome only; the desa's referral is moved by the desa on import."""
        row = self.current_row()
        if row is None:
            return
        try:
            referral = self._referrals.get(row.id)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not found"), str(exc))
            self.refresh()
            return
        blocked = outcome_blocked_reason(referral)
        if blocked:
            QMessageBox.information(self, self.tr("No outcome to record"), blocked)
            return
        if OutcomeDialog(self._referrals, referral, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.refresh(row.id)
