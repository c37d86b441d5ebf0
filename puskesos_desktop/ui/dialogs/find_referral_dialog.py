"""Find a referral by the code on its letter or return slip (typed, read out by phone, or scanned)."""

from __future__ import annotations


from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QVBoxLayout, QWidget,
)

from ...core.dates import format_long, format_short
from ...core.errors import NotFoundError, PuskesosError
from ...core.identity import mask_number
from ...core.referral_model import Referral, ReferralOutcome
from ...core.referrals import OUTCOME_LABELS, REFERRAL_STATUS_LABELS, format_code
from ...services.catalogue import CatalogueService
from ...services.households import HouseholdService
from ...services.referrals import ReferralService
from ..widgets.form import FieldMessage
from .outcome_dialog import OutcomeDialog, outcome_blocked_reason

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FindReferralDialog(QDialog):
    """Enter searches; once found, Enter again (the default button) records its outcome. Esc closes."""

    def __init__(self, referrals: ReferralService, households: HouseholdService, catalogue: CatalogueService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._households = households
        self._catalogue = catalogue
        self.found: Referral | None = None
        self.outcome_dialog: OutcomeDialog | None = None
        self._searched = ""  # the text the shown result belongs to
        self.setWindowTitle(self.tr("Find referral by code"))
        self._build()
        self._show(None)
        self.code_edit.setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        hint = QLabel(self.tr("Type the code printed on the letter or its return slip, or scan its QR code."))
        hint.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(100)  # a scanned payload is longer than the code
        self.code_edit.setPlaceholderText("K7MQ-4TZP")
        self.code_edit.setStyleSheet("font-size: 20pt; font-family: monospace; padding: 4px;")
        self.code_edit.installEventFilter(self)
        self.code_edit.textEdited.connect(lambda _text: self.message.clear_message())
        caption = QLabel(self.tr("Verification &code"))
        caption.setBuddy(self.code_edit)
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.search)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.find_button)
        self.message = FieldMessage()
        self.message.setBuddy(self.code_edit)
        self.blocked = FieldMessage()
        self.recorded = QLabel()
        self.recorded.setStyleSheet("color: #1b5e20;")
        self.recorded.setWordWrap(True)
        self.recorded.hide()
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(self.tr("&Record outcome… (Enter)"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        close = buttons.addButton(self.tr("Close (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.record_button.clicked.connect(self.record_outcome)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(hint)
        layout.addWidget(caption)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self._referral_box())
        layout.addWidget(self.blocked)
        layout.addWidget(self.recorded)
        layout.addWidget(buttons)
        self.code_edit.setMinimumWidth(440)

    def _referral_box(self) -> QGroupBox:
        self.box = QGroupBox(self.tr("Referral"))
        form = QFormLayout(self.box)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("letter_number", self.tr("Letter number")), ("letter_date", self.tr("Letter date")),
            ("name", self.tr("Name")), ("nik", self.tr("NIK")), ("service", self.tr("Service")),
            ("institution", self.tr("Addressed to")), ("due_date", self.tr("Outcome due by")),
            ("status", self.tr("Status")), ("outcomes", self.tr("Earlier outcomes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.values[key] = value
        self.values["status"].setStyleSheet("font-weight: bold;")
        self.box.setMinimumWidth(560)
        return self.box

    # ---- keyboard: Enter searches a new code, and records the outcome of the one shown ------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is self.code_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER
                and (self.found is None or self.code_edit.text().strip() != self._searched)):
            self.search()
            return True
        return super().eventFilter(watched, event)

    # ---- searching -----------------------------------------------------------------------------
    def search(self) -> None:
        text = self.code_edit.text().strip()
        self._searched = text
        self.recorded.hide()
        try:
            referral = self._referrals.find_by_code(text)
        except NotFoundError as exc:
            self._show(None)
            self.message.show_error(str(exc))
        except PuskesosError as exc:
            self._show(None)
            QMessageBox.warning(self, self.tr("Find referral"), str(exc))
        else:
            self.message.clear_message()
            self._show(referral)
            if referral.verification_code:  # a scanned payload or a code typed loosely reads back as on paper
                self._searched = format_code(referral.verification_code)
                self.code_edit.setText(self._searched)
        self.code_edit.setFocus()
        self.code_edit.selectAll()  # the next code typed or scanned replaces this one

    def _show(self, referral: Referral | None) -> None:
        self.found = referral
        self.box.setVisible(referral is not None)
        blocked = outcome_blocked_reason(referral) if referral is not None else None
        self.record_button.setEnabled(referral is not None and blocked is None)
        if blocked:
            self.blocked.show_warning(blocked)
        else:
            self.blocked.clear_message()
        if referral is not None:
            self._fill(referral)
        self.layout().activate()
        self.adjustSize()  # shrinks when the box hides; wrapped lines (long outcome notes) get their height

    def _fill(self, referral: Referral) -> None:
        name, nik = self._person(referral)
        services = {e.code: e.name for e in self._catalogue.services()}
        places = {e.code: e.name for e in self._catalogue.institutions()}
        texts = {
            "letter_number": f"{referral.letter_number or '—'}   ({format_code(referral.verification_code or '')})",
            "letter_date": format_long(referral.letter_date) if referral.letter_date else "—",
            "name": name, "nik": nik,
            "service": services.get(referral.service_code, referral.service_code),
            "institution": places.get(referral.institution_code, referral.institution_code),
            "due_date": format_long(referral.due_date) if referral.due_date else "—",
            "status": REFERRAL_STATUS_LABELS.get(referral.status, str(referral.status)),
            "outcomes": self._outcomes_text(self._referrals.outcomes(referral.id)),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def _person(self, referral: Referral) -> tuple[str, str]:
        try:
            household = self._households.get(referral.household_id)
        except PuskesosError:
            return "—", ""
        person = next((m for m in household.members if m.id == referral.person_id), None)
        return (person.name, mask_number(person.nik)) if person else ("—", "")

    def _outcomes_text(self, outcomes: list[ReferralOutcome]) -> str:
        if not outcomes:
            return self.tr("None recorded yet")
        lines = []
        for o in outcomes:
            detail = "; ".join(x for x in (o.reason, o.forwarded_to, o.missing_documents, o.notes) if x)
            who = ", ".join(x for x in (o.officer, o.unit) if x)
            line = f"{format_short(o.received_on)}  {OUTCOME_LABELS[o.outcome]}"
            lines.append(line + (f" — {detail}" if detail else "") + (f" ({who})" if who else ""))
        return "\n".join(lines)

    # ---- recording -----------------------------------------------------------------------------
    def record_outcome(self) -> None:
        if self.found is None or not self.record_button.isEnabled():
            return
        if self.outcome_dialog is not None:
            self.outcome_dialog.deleteLater()
        self.outcome_dialog = OutcomeDialog(self._referrals, self.found, self)
        self.outcome_dialog.finished.connect(self._outcome_closed)
        self.outcome_dialog.open()

    def _outcome_closed(self, result: int) -> None:
        dialog = self.outcome_dialog
        if result == QDialog.DialogCode.Accepted and dialog is not None and dialog.saved is not None:
            try:
                self._show(self._referrals.get(dialog.saved.referral_id))
            except PuskesosError:
                self._show(None)
            self.recorded.setText(self.tr("Outcome recorded: {outcome}. Type or scan the next code.").format(
                outcome=OUTCOME_LABELS[dialog.saved.outcome]))
            self.recorded.show()
        self.code_edit.setFocus()
        self.code_edit.selectAll()
