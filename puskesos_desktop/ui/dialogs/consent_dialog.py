"""A household's consent (issue 11 §4): what is recorded, a new consent, withdrawing it, the form to print."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QPushButton, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.consent import DEFAULT_SHARING, Consent, ConsentDraft
from ...core.dates import format_short, parse_date
from ...core.errors import PuskesosError
from ...core.model import Household
from ...services.consent import ConsentService
from ..widgets.fields import line_edit
from ..widgets.form import FieldMessage
from ..widgets.screen_fit import resize_within_screen


class ConsentDialog(QDialog):
    def __init__(self, consent: ConsentService, household: Household, parent: QWidget | None = None, *,
                 read_only: bool = False) -> None:
        super().__init__(parent)
        self._consent = consent
        self._household = household
        self.setWindowTitle(self.tr("Consent of the household {no_kk}").format(no_kk=household.no_kk))
        self.state = QLabel()
        self.state.setWordWrap(True)
        # Up to five wrapped lines (who, when, with whom, the withdrawal): room kept, text at the top.
        self.state.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.given_by = QComboBox()
        for member in household.members:
            self.given_by.addItem(f"{member.name} ({member.relationship.lower()})", member.id)
        self.given_on = line_edit(10, "DD-MM-YYYY")
        self.given_on.setText(format_short(clock.today()))
        self.share = [QCheckBox(name) for name in DEFAULT_SHARING]
        for box in self.share:
            box.setChecked(True)
        self.other = line_edit(200, self.tr("another recipient, by name (optional)"))
        self.message = FieldMessage()
        self.save_button = QPushButton(self.tr("&Record consent"))
        self.save_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("&Withdraw consent…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.form_button = QPushButton(self.tr("&Print the consent form…"))
        self.form_button.clicked.connect(self.print_form)
        new = QGroupBox(self.tr("New consent (after the form was signed or thumbprinted)"))
        form = QFormLayout(new)
        form.addRow(self.tr("&Given by"), self.given_by)
        form.addRow(self.tr("&Date"), self.given_on)
        shared = QVBoxLayout()
        for box in self.share:
            shared.addWidget(box)
        shared.addWidget(self.other)
        form.addRow(self.tr("Shared with"), shared)
        form.addRow(self.save_button)
        row = QHBoxLayout()
        row.addWidget(self.form_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(new)
        layout.addWidget(self.message)
        layout.addStretch(1)  # spare height below, not around the state text
        layout.addWidget(buttons)
        new.setVisible(not read_only)
        self.withdraw_button.setVisible(not read_only)
        self.refresh()
        resize_within_screen(self, 680, 500)  # the state above wraps over several lines
        self.form_button.setFocus()

    def refresh(self) -> None:
        latest = self._consent.current(self._household.id)
        self.state.setText(self._describe(latest))
        self.withdraw_button.setEnabled(latest is not None and latest.active)

    def _describe(self, c: Consent | None) -> str:
        if c is None:
            return self.tr("No consent is recorded for this household yet. Print the form, let a member sign or "
                           "thumbprint it, keep it in the file, and record it here.")
        text = self.tr("Consent given by {name} on {date} (form version {version}), recorded by {who}. Shared with: "
                       "{shared}.").format(name=c.given_by_name, date=format_short(c.given_on), version=c.form_version,
                                           who=c.recorded_by or "—", shared="; ".join(c.share_with) or "—")
        if not c.active:
            text += "\n" + self.tr("WITHDRAWN on {date}{note}: the data is no longer shared; a referral letter warns "
                                   "before it is printed.").format(
                date=format_short(c.withdrawn_on), note=f" ({c.withdrawal_note})" if c.withdrawal_note else "")
        return text

    def record(self) -> None:
        self.message.clear_message()
        on = parse_date(self.given_on.text())
        if on is None:
            self.message.show_error(self.tr("Type the date as DD-MM-YYYY."))
            return
        share = tuple(box.text() for box in self.share if box.isChecked()) + \
            ((self.other.text().strip(),) if self.other.text().strip() else ())
        try:
            self._consent.record(ConsentDraft(household_id=self._household.id, given_by_id=self.given_by.currentData(),
                                              given_on=on, share_with=share))
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()

    def withdraw(self) -> None:
        latest = self._consent.current(self._household.id)
        if latest is None or not latest.active:
            return
        note, ok = QInputDialog.getText(self, self.tr("Withdraw consent"), self.tr(
            "The household withdraws its consent today. Its data is no longer shared, and referral letters warn "
            "before they are printed. Note (optional, no personal data):"))
        if not ok:
            return
        try:
            self._consent.withdraw(latest.id, clock.today(), note)
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()

    def print_form(self) -> None:
        from ..widgets.pdf_preview import PdfPreviewDialog  # QtPdf: loaded when a PDF is first shown

        buffer = io.BytesIO()
        try:
            self._consent.form(self._household.id, buffer)
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        dialog = PdfPreviewDialog(self.tr("Consent form"), buffer.getvalue(), parent=self,
                                  file_name=f"Persetujuan_{self._household.no_kk}.pdf")
        dialog.exec()
        dialog.deleteLater()
