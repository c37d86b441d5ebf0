"""Referrals past their due date with no return slip yet: chase them, or record the slip that came back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox,
    QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import format_short
from ...core.errors import PuskesosError
from ...core.referral_model import Referral
from ...services.referrals import ReferralService
from ..models.rows_model import Index as _Index
from ..models.rows_model import RowsModel
from ..widgets.form import FieldMessage
from ..widgets.screen_fit import resize_within_screen
from ..widgets.tables import list_table
from .outcome_dialog import OutcomeDialog, outcome_blocked_reason

LETTER_NUMBER, LETTER_DATE, NAME, SERVICE, DUE_DATE, DAYS_LATE = range(6)


class OverdueTableModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Letter number"), self.tr("Letter date"), self.tr("Name"), self.tr("Service"),
                self.tr("Due date"), self.tr("Days late"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            r = row.referral
            return (r.letter_number or "—", format_short(r.letter_date), row.name or "—", row.service,
                    format_short(r.due_date), str(row.days_late))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DAYS_LATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverdueReferralsDialog(QDialog):
    """Enter (the default button) or a double click records the selected referral's outcome; Esc closes."""

    def __init__(self, referrals: ReferralService, print_list: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._print_list = print_list
        self.outcome_dialog: OutcomeDialog | None = None
        self.setWindowTitle(self.tr("Overdue referrals"))
        self.model = OverdueTableModel(self)
        self._build()
        self.refresh()
        self.table.setFocus()

    def _build(self) -> None:
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = list_table(self.model, stretch=SERVICE, tab_leaves=True)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in ((LETTER_NUMBER, "400.9/000/PUSKESOS-XXX/VIII/0000"), (LETTER_DATE, "00-00-0000"),
                               (NAME, "SITI NURHALIZA BINTI ABDUL"), (DUE_DATE, "00-00-0000"),
                               (DAYS_LATE, "Days late")):
            # As wide as the sample value or the (translated) header, whichever is wider.
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + 20, header.sectionSizeHint(column)))
        # Enter reaches the default button; a double click does the same.
        self.table.doubleClicked.connect(lambda _index: self.record_outcome())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.blocked = FieldMessage()
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(self.tr("&Record outcome… (Enter)"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record_outcome)
        self.print_button = buttons.addButton(self.tr("&Print list…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAutoDefault(False)
        self.print_button.setVisible(self._print_list is not None)
        self.print_button.clicked.connect(self.print_list)
        close = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.blocked)
        layout.addWidget(buttons)
        resize_within_screen(self, 960, 480)

    # ---- the list ------------------------------------------------------------------------------
    def refresh(self, keep_row: int = 0) -> None:
        today = clock.today()
        try:
            rows = self._referrals.overdue_list(today)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Overdue referrals"), str(exc))
            rows = []
        self.model.set_rows(rows)
        count = len(rows)
        self.status.setText(
            self.tr("{count} referrals are past their due date and no return slip has been recorded.").format(
                count=count) if count else self.tr("No overdue referrals: every return slip due has been recorded."))
        self.record_button.setEnabled(bool(count))
        self.print_button.setEnabled(bool(count))
        if count:
            self.table.selectRow(min(keep_row, count - 1))
        self._selection_changed()

    def current(self) -> Referral | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.referral if row else None

    def _selection_changed(self) -> None:
        referral = self.current()
        blocked = outcome_blocked_reason(referral) if referral else None
        if blocked:
            self.blocked.show_warning(blocked)
        else:
            self.blocked.clear_message()
        self.record_button.setEnabled(referral is not None and blocked is None)

    # ---- actions -------------------------------------------------------------------------------
    def record_outcome(self) -> None:
        referral = self.current()
        if referral is None or outcome_blocked_reason(referral):
            return
        if self.outcome_dialog is not None:
            self.outcome_dialog.deleteLater()
        self.outcome_dialog = OutcomeDialog(self._referrals, referral, self)
        self.outcome_dialog.finished.connect(self._outcome_closed)
        self.outcome_dialog.open()

    def _outcome_closed(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.refresh(keep_row=max(self.table.currentIndex().row(), 0))
        self.table.setFocus()

    def print_list(self) -> None:
        if self._print_list is not None:
            self._print_list()
