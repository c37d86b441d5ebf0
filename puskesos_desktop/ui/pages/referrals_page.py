"""Rujukan: the referral list by status, drafting, approval (koordinator), letters one by one or in a batch."""

from __future__ import annotations

from io import BytesIO

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
    QProgressDialog, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.letter import letter_file_name
from ...core.referral_model import ReferralRow
from ...core.referrals import APPROVER_ROLES, ReferralStatus, allowed_transitions
from ...services.catalogue import CatalogueService
from ...services.consent import ConsentService
from ...services.households import HouseholdService
from ...services.letters import LetterService, PrintCancelled
from ...services.operators import OperatorService
from ...services.referrals import ReferralService
from ...services.search import SearchService
from ..background import Job, run_in_background
from ..dialogs.outcome_dialog import OutcomeDialog, allowed_outcomes
from ..dialogs.referral_dialog import ReferralDialog
from ..models.referral_table_model import (
    CODE, CREATED, DUE, NAME, NUMBER, SERVICE, STATUS, ReferralTableModel, status_filter,
)
from ..widgets.form import attempt
from ..widgets.job_progress import close_job_progress, follow, open_job_progress, show_step
from ..widgets.pdf_preview import PdfPreviewDialog
from ..widgets.shortcuts import page_shortcuts
from ..widgets.tables import list_table

# Statuses the filter offers first, by the question an operator asks; every other status follows.


def _thousands(count: int) -> str:
    return f"{count:,}".replace(",", ".")


class ReferralsPage(QWidget):
    def __init__(self, referrals: ReferralService, letters: LetterService, catalogue: CatalogueService,
                 households: HouseholdService, search: SearchService, operators: OperatorService,
                 parent: QWidget | None = None, *, consent: ConsentService | None = None) -> None:
        """`consent`: a letter of a household that withdrew its consent asks before it is shown to print."""
        super().__init__(parent)
        self._consent = consent
        self._referrals = referrals
        self._letters = letters
        self._catalogue = catalogue
        self._households = households
        self._search = search
        self._operators = operators
        self.model = ReferralTableModel(referrals, parent=self)
        self.batch_job: Job | None = None  # the batch print under way
        self.progress: QProgressDialog | None = None
        self._build()
        self._connect()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_status()
        self._update_buttons()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter = status_filter((
            (self.tr("All referrals"), None), (self.tr("Waiting for approval (draf)"), ReferralStatus.DRAF),
            (self.tr("Approved – not printed"), ReferralStatus.DISETUJUI),
            (self.tr("Printed – awaiting return slip"), ReferralStatus.DICETAK)))
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter)
        self.new_button = QPushButton(self.tr("&New referral (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit draft (Enter)"))
        self.approve_button = QPushButton(self.tr("&Approve (Ctrl+Shift+A)"))
        self.cancel_button = QPushButton(self.tr("&Cancel referral (Del)"))
        self.letter_button = QPushButton(self.tr("&Letter… (Ctrl+P)"))
        self.outcome_button = QPushButton(self.tr("Record &outcome… (Ctrl+Shift+O)"))
        self.batch_button = QPushButton(self.tr("&Print all approved… (Ctrl+Shift+P)"))
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.batch_button)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.approve_button, self.cancel_button, self.letter_button,
                       self.outcome_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.status = QLabel()
        self.notice = QLabel()  # what the last action did (a batch finished or was cancelled)
        self.notice.setWordWrap(True)
        status_line = QHBoxLayout()
        status_line.setSpacing(24)
        status_line.addWidget(self.status)
        status_line.addWidget(self.notice, 1)
        self.table = self._referral_table()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def _referral_table(self) -> QTableView:
        return list_table(self.model, {CREATED: 90, NUMBER: 215, NAME: 190, STATUS: 150, DUE: 90, CODE: 104}, SERVICE)

    def _connect(self) -> None:
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_status)
        self.table.activated.connect(lambda _index: self.open_current())
        self.new_button.clicked.connect(self.new_referral)
        self.edit_button.clicked.connect(self.edit_draft)
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button.clicked.connect(self.cancel_referral)
        self.letter_button.clicked.connect(self.show_letter)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.batch_button.clicked.connect(self.print_all_approved)
        page_shortcuts(self, (
            (QKeySequence.StandardKey.New, self.new_referral), ("Ctrl+Shift+A", self._approve_if_enabled),
            ("Ctrl+P", self.show_letter), ("Ctrl+Shift+O", self.record_outcome),
            ("Ctrl+Shift+P", self.print_all_approved),
        ))
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)  # on the list that has the focus
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.cancel_referral)

    # ---- the list ------------------------------------------------------------------------------
    def focus_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def current_row(self) -> ReferralRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self, referral_id: str | None = None) -> None:
        """Reloads the list after a change, keeping `referral_id` (or the current referral) selected."""
        current = self.current_row()
        keep = referral_id or (current.id if current else None)
        old_row = max(self.table.currentIndex().row(), 0)
        self.model.reload()
        count = self.model.rowCount()
        row = None
        if keep and count:
            for near in (old_row, old_row + 1, 0):  # its page, the next one (a new referral above), the top
                self.model.row_at(min(near, count - 1))
            row = self.model.row_of(keep)
        if row is None and count:  # it left this filter: the one that took its place
            row = min(old_row, count - 1)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _filter_changed(self) -> None:
        self.model.set_status(self.filter.currentData())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_status(self) -> None:
        self.status.setText(self.tr("{count} referrals").format(count=_thousands(self.model.rowCount())))

    def _can_approve(self) -> bool:
        operator = self._operators.current
        return operator is None or operator.role in APPROVER_ROLES

    def _update_buttons(self) -> None:
        row = self.current_row()
        status = row.status if row else None
        draft = status is ReferralStatus.DRAF
        self.edit_button.setEnabled(draft)
        self.approve_button.setEnabled(draft and self._can_approve())
        self.approve_button.setToolTip(
            "" if self._can_approve() else self.tr("Only a koordinator (or the administrator) approves referrals."))
        self.cancel_button.setEnabled(status is not None and ReferralStatus.DIBATALKAN in allowed_transitions(status))
        self.letter_button.setEnabled(row is not None)
        self.outcome_button.setEnabled(
            status is not None and status not in (ReferralStatus.DRAF, ReferralStatus.DISETUJUI)
            and bool(allowed_transitions(status)))
        self.batch_button.setEnabled(self.batch_job is None)

    # ---- drafting ------------------------------------------------------------------------------
    def new_referral(self) -> None:
        dialog = ReferralDialog(self._referrals, self._letters, self._catalogue, self._households, self._search,
                                parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(dialog.saved.id)

    def open_current(self) -> None:
        """Enter: a draft opens for editing; a referral with a letter shows its letter."""
        row = self.current_row()
        if row is not None and row.status is ReferralStatus.DRAF:
            self.edit_draft()
        elif row is not None:
            self.show_letter()

    def edit_draft(self) -> None:
        row = self.current_row()
        if row is None or row.status is not ReferralStatus.DRAF:
            return
        referral = self._fetch(row.id)
        if referral is None:
            return
        dialog = ReferralDialog(self._referrals, self._letters, self._catalogue, self._households, self._search,
                                referral=referral, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(row.id)

    # ---- approving and cancelling --------------------------------------------------------------
    def _approve_if_enabled(self) -> None:
        if self.approve_button.isEnabled():
            self.approve()

    def approve(self) -> None:
        row = self.current_row()
        if row is None or row.status is not ReferralStatus.DRAF:
            return
        question = self.tr(
            "Approve the referral of {name} to {service}?\n\nA letter number will be issued now and entered in "
            "the letter register. It cannot be taken back.").format(name=row.person_name, service=row.service_name)
        if QMessageBox.question(self, self.tr("Approve referral"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            done = self._referrals.approve(row.id)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not approved"), str(exc))
            return
        self.refresh(row.id)
        QMessageBox.information(self, self.tr("Referral approved"), self.tr(
            "Letter number {number} was issued. The letter can now be printed (Ctrl+P).").format(
            number=done.letter_number))

    def cancel_referral(self) -> None:
        row = self.current_row()
        if row is None or not self.cancel_button.isEnabled():
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Cancel referral"),
            self.tr("Why is the referral of {name} cancelled? (kept with the referral)").format(name=row.person_name))
        if not ok:
            return
        if attempt(self, lambda: self._referrals.cancel(row.id, note.strip())):
            self.refresh(row.id)

    # ---- letters -------------------------------------------------------------------------------
    def show_letter(self) -> None:
        """The letter as it would print now; printing from the preview logs the print (SALINAN after)."""
        row = self.current_row()
        if row is None:
            return
        if row.status is ReferralStatus.DRAF:
            QMessageBox.information(self, self.tr("No letter yet"), self.tr(
                "This referral is still a draft. Its letter gets a number, and can be printed, once a "
                "koordinator approves it."))
            return
        warning = self._consent.letter_warning(row.id) if self._consent is not None else ""
        if warning and QMessageBox.question(
                self, self.tr("Consent withdrawn"), warning + "\n\n" + self.tr("Open the letter to print it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        preview = BytesIO()
        if not attempt(self, lambda: self._letters.preview(row.id, preview)):
            return

        def printed() -> bytes:
            out = BytesIO()
            self._letters.print_letter(row.id, out)
            return out.getvalue()

        title = self.tr("Referral letter {number}").format(number=row.letter_number or "")
        PdfPreviewDialog(title, preview.getvalue(), on_output=printed, parent=self,
                         file_name=letter_file_name(row.letter_number or "", row.person_name),
                         will_be_copy=lambda: self._referrals.get(row.id).print_count > 0).exec()
        self.refresh(row.id)

    def record_outcome(self) -> None:
        row = self.current_row()
        if row is None or not self.outcome_button.isEnabled():
            return
        referral = self._fetch(row.id)
        if referral is None or not allowed_outcomes(referral):
            return
        if OutcomeDialog(self._referrals, referral, parent=self).exec() == QDialog.DialogCode.Accepted:
            self.refresh(row.id)

    # ---- the batch -----------------------------------------------------------------------------
    def print_all_approved(self) -> None:
        """Every approved, never printed letter in one PDF, in the background, with Cancel."""
        if self.batch_job is not None:
            return
        try:
            ids = self._letters.printable_ids()
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not done"), str(exc))
            return
        if not ids:
            self.notice.setText(self.tr("No approved letter is waiting to be printed."))
            return
        withdrawn = sum(1 for i in ids if self._consent is not None and self._consent.letter_warning(i))
        if withdrawn and QMessageBox.question(
                self, self.tr("Consent withdrawn"), self.tr(
                    "{count} of these letters are for households that withdrew their consent to sharing their data. "
                    "Print all of them anyway?").format(count=withdrawn),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self.progress = open_job_progress(self, self.tr(
            "Preparing {count} letters… Each print is logged when the whole batch is ready; Cancel logs none."
        ).format(count=len(ids)), self.tr("Print all approved"), cancel=self.tr("Cancel"))
        letters = self._letters

        def work(progress, cancelled) -> bytes:  # in memory: the letters never sit in a temp folder
            out = BytesIO()
            letters.print_letters(ids, out, progress=progress, cancelled=cancelled)
            return out.getvalue()

        self.batch_job = run_in_background(work, lambda data: self._batch_done(data, len(ids)),
                                           self._batch_failed, self._batch_progress)
        follow(self.progress, self.batch_job)
        self.notice.setText("")
        self._update_buttons()

    def _batch_progress(self, done: int, total: int) -> None:
        show_step(self.progress, done, total)

    def _batch_finished(self) -> None:
        close_job_progress(self.progress)
        self.progress = None
        self.batch_job = None
        self.refresh()

    def _batch_done(self, data: bytes, count: int) -> None:
        self._batch_finished()
        self.notice.setText(self.tr(
            "{count} letters printed and logged as printed. Printing them again from the preview does not "
            "log them again.").format(count=count))
        title = self.tr("{count} referral letters").format(count=count)
        PdfPreviewDialog(title, data, on_output=None, parent=self).exec()

    def _batch_failed(self, exc: Exception) -> None:
        self._batch_finished()
        if isinstance(exc, PrintCancelled):
            self.notice.setText(str(exc))  # "Pencetakan dibatalkan; …": nothing was logged
        elif isinstance(exc, PuskesosError):
            QMessageBox.warning(self, self.tr("Not printed"), str(exc))
        else:
            raise exc  # unexpected: the crash dialog's excepthook reports it

    # ---- helpers -------------------------------------------------------------------------------
    def _fetch(self, referral_id: str):
        try:
            return self._referrals.get(referral_id)
        except PuskesosError as exc:
            QMessageBox.warning(self, self.tr("Not found"), str(exc))
            self.refresh()
            return None
