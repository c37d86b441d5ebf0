"""Record what the return slip (Lembar Balik) says: the outcome box ticked, when, by whom, and its details."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QGroupBox, QLabel, QLineEdit, QRadioButton,
    QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import format_long, format_short, parse_date
from ...core.errors import Problem
from ...core.referral_model import OutcomeDraft, Referral, ReferralOutcome
from ...core.referrals import (
    OUTCOME_LABELS, OUTCOME_STATUS, REFERRAL_STATUS_LABELS, Outcome, allowed_transitions, check_outcome,
    format_code,
)
from ...services.referrals import ReferralService
from ..widgets.fields import FormColumn, InlineChecks, line_edit
from ..widgets.form import accept_cancel_buttons
from ..widgets.form_dialog import FormDialog

# The detail each outcome box asks for on the slip: its field in OutcomeDraft.
DETAIL_FIELDS = {
    Outcome.DITOLAK: "reason", Outcome.DIRUJUK_LANJUT: "forwarded_to", Outcome.PERLU_DOKUMEN: "missing_documents",
}
# A next appointment only makes sense while the case is still open at the receiving office.
WITH_APPOINTMENT = frozenset({Outcome.DALAM_PROSES, Outcome.PERLU_DOKUMEN})


def allowed_outcomes(referral: Referral) -> list[Outcome]:
    """The outcomes the workflow allows from the referral's present status (none before it is printed)."""
    targets = allowed_transitions(referral.status)
    return [outcome for outcome in Outcome if OUTCOME_STATUS[outcome] in targets]


def outcome_blocked_reason(referral: Referral) -> str | None:
    """Why no outcome can be recorded for this referral, or None when one can."""
    if allowed_outcomes(referral):
        return None
    status = REFERRAL_STATUS_LABELS.get(referral.status, str(referral.status))
    if not allowed_transitions(referral.status):
        return QCoreApplication.translate(
            "OutcomeDialog", "This referral is closed ({status}): no further outcome can be recorded."
        ).format(status=status)
    return QCoreApplication.translate(
        "OutcomeDialog", "The letter has not been printed yet ({status}): record the print first."
    ).format(status=status)


class OutcomeDialog(FormDialog):
    """One outcome box is chosen; only the fields it needs are shown. Save (Enter), Cancel (Esc)."""

    def __init__(self, referrals: ReferralService, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrals = referrals
        self._referral = referral
        self.saved: ReferralOutcome | None = None
        self.checks = InlineChecks()
        self.setWindowTitle(self.tr("Record outcome (return slip)"))
        self._build()
        self._outcome_chosen()
        blocked = outcome_blocked_reason(referral)
        if blocked:
            self.checks.fallback.show_error(blocked)
            self.save_button.setEnabled(False)
        first = next((b for b in self.outcome_buttons.values() if b.isEnabled()), None)
        if first is not None:
            first.setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        header = QLabel(self._header_text())
        header.setWordWrap(True)
        header.setStyleSheet("font-weight: bold;")
        self.buttons, self.save_button = accept_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"), self.save)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows when fields appear
        layout.addWidget(header)
        layout.addWidget(self._outcome_box())
        layout.addWidget(self._details_box())
        layout.addWidget(self.checks.fallback)
        layout.addWidget(self.buttons)
        self._set_tab_order()

    def _header_text(self) -> str:
        r = self._referral
        text = self.tr("Letter {number} of {date}, code {code}").format(
            number=r.letter_number or "—", date=format_long(r.letter_date) if r.letter_date else "—",
            code=format_code(r.verification_code or ""))
        return text + "\n" + self.tr("Status now: {status}").format(
            status=REFERRAL_STATUS_LABELS.get(r.status, str(r.status)))

    def _outcome_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Outcome on the return slip"))
        box.setMinimumWidth(600)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        self.group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        allowed = set(allowed_outcomes(self._referral))
        captions = {
            "reason": self.tr("&Reason"), "forwarded_to": self.tr("&To where"),
            "missing_documents": self.tr("&Which documents"),
        }
        self.details: dict[str, QLineEdit] = {}
        self._detail_rows: dict[str, tuple[QLabel, QLineEdit]] = {}
        row = 0
        for number, outcome in enumerate(Outcome, start=1):
            button = QRadioButton(f"&{number}  {OUTCOME_LABELS[outcome]}")
            button.setEnabled(outcome in allowed)
            self.group.addButton(button)
            self.outcome_buttons[outcome] = button
            grid.addWidget(button, row, 0)
            field = DETAIL_FIELDS.get(outcome)
            if field is not None:
                edit = line_edit(500)
                edit.setMinimumWidth(260)
                caption = QLabel(captions[field])
                caption.setBuddy(edit)
                grid.addWidget(caption, row, 1)
                grid.addWidget(edit, row, 2)
                self.details[field] = edit
                self._detail_rows[field] = (caption, edit)
                row += 1
                grid.addWidget(self.checks.message(field, edit), row, 1, 1, 2)
            row += 1
        # The widest caption sets its column, so the detail field does not jump whichever box is ticked.
        grid.setColumnMinimumWidth(1, max(c.sizeHint().width() for c, _ in self._detail_rows.values()))
        enabled = [b for b in self.outcome_buttons.values() if b.isEnabled()]
        first = enabled[0] if enabled else self.outcome_buttons[Outcome.DITERIMA]
        grid.addWidget(self.checks.message("outcome", first), row, 0, 1, 3)
        self.reason = self.details["reason"]
        self.forwarded_to = self.details["forwarded_to"]
        self.missing_documents = self.details["missing_documents"]
        self.group.buttonToggled.connect(lambda _b, _on: self._outcome_chosen())
        return box

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Received by"))
        box.setMinimumWidth(600)
        column = FormColumn(self.checks)
        self.received_on = column.add(self.tr("Received &on"), line_edit(10, "DD-MM-YYYY"), "received_on")
        self.received_on.setText(format_short(clock.today()))
        self.officer = column.add(self.tr("Receiving o&fficer"), line_edit(120), "officer")
        self.unit = column.add(self.tr("&Unit"), line_edit(200, self.tr("e.g. Puskesmas Babakan Madang")), "unit")
        self.next_appointment = column.add(self.tr("Next &appointment"), line_edit(10, "DD-MM-YYYY"),
                                           "next_appointment")
        self._appointment_caption = column.form.labelForField(self.next_appointment)
        self.notes = column.add(self.tr("&Notes"), line_edit(1000), "notes")
        QVBoxLayout(box).addWidget(column)
        return box

    def _set_tab_order(self) -> None:
        chain = [*self.outcome_buttons.values(), self.reason, self.forwarded_to, self.missing_documents,
                 self.received_on, self.officer, self.unit, self.next_appointment, self.notes,
                 self.save_button]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)

    # ---- reacting to the choice ------------------------------------------------------------------
    def chosen(self) -> Outcome | None:
        return next((o for o, b in self.outcome_buttons.items() if b.isChecked()), None)

    def _outcome_chosen(self) -> None:
        outcome = self.chosen()
        for o, field in DETAIL_FIELDS.items():
            for widget in self._detail_rows[field]:
                widget.setVisible(o == outcome)
            if o != outcome:
                self.checks.messages[field].clear_message()
        needs_appointment = outcome in WITH_APPOINTMENT
        for widget in (self._appointment_caption, self.next_appointment):
            widget.setVisible(needs_appointment)
        if not needs_appointment:
            self.checks.messages["next_appointment"].clear_message()
        if outcome is not None:
            self.checks.messages["outcome"].clear_message()

    # ---- reading and saving ----------------------------------------------------------------------
    def draft(self) -> tuple[OutcomeDraft, list[Problem]]:
        """What the form says (only the fields of the chosen outcome), and the dates it could not read."""
        local: list[Problem] = []
        received = parse_date(self.received_on.text())
        if received is None and self.received_on.text().strip():
            local.append(Problem("received_on", "format", self.tr("Type the date as DD-MM-YYYY.")))
        outcome = self.chosen()
        appointment = None
        if outcome in WITH_APPOINTMENT and self.next_appointment.text().strip():
            appointment = parse_date(self.next_appointment.text())
            if appointment is None:
                local.append(Problem("next_appointment", "format", self.tr("Type the date as DD-MM-YYYY.")))
        detail = DETAIL_FIELDS.get(outcome) if outcome else None
        texts = {field: (edit.text().strip() if field == detail else "") for field, edit in self.details.items()}
        draft = OutcomeDraft(
            outcome=outcome,  # type: ignore[arg-type] - None is refused by check_outcome, next to the boxes
            received_on=received,  # type: ignore[arg-type] - likewise
            officer=self.officer.text().strip(), unit=self.unit.text().strip(), notes=self.notes.text().strip(),
            next_appointment=appointment, **texts,
        )
        return draft, local

    def save(self) -> None:
        draft, local = self.draft()
        seen = {p.field for p in local}
        errors = local + [p for p in check_outcome(draft).errors if p.field not in seen]
        if errors:
            self.checks.focus_first(errors, [])
            return

        def call() -> None:
            self.saved = self._referrals.record_outcome(self._referral.id, draft)

        if self.checks.run_save(self, call, self.tr("Outcome not recorded")):
            self.accept()

