"""Pengaturan → "Tinjau retensi…" (issue 11 §5): the schedule, what is due under it, and purging it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from ...core.errors import PuskesosError
from ...core.retention import RetentionReview, RetentionSchedule
from ...services.retention import RetentionService
from ..widgets.form import FieldMessage
from ..widgets.screen_fit import resize_within_screen


def _years() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 50)
    box.setSuffix(" th")
    return box


class RetentionDialog(QDialog):
    def __init__(self, retention: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retention = retention
        self.review: RetentionReview | None = None
        self.setWindowTitle(self.tr("Retention"))
        self.person_years, self.household_years, self.complaint_years = _years(), _years(), _years()
        schedule = retention.schedule()
        self.person_years.setValue(schedule.person_years)
        self.household_years.setValue(schedule.household_years)
        self.complaint_years.setValue(schedule.complaint_years)
        self.save_button = QPushButton(self.tr("&Save schedule"))
        self.save_button.clicked.connect(self.save)
        box = QGroupBox(self.tr("Schedule: kept for"))
        form = QFormLayout(box)
        form.addRow(self.tr("People recorded as died or moved, unchanged for"), self.person_years)
        form.addRow(self.tr("Households with no change at all for"), self.household_years)
        form.addRow(self.tr("The texts of closed complaints, received"), self.complaint_years)
        form.addRow(self.save_button)
        self.due = QLabel()
        self.due.setWordWrap(True)
        self.due.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.due.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.message = FieldMessage()
        self.purge_button = QPushButton(self.tr("&Purge what is due…"))
        self.purge_button.clicked.connect(self.purge)
        row = QHBoxLayout()
        row.addWidget(self.purge_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.due)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 480)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.review = self._retention.review()
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            self.purge_button.setEnabled(False)
            return
        r = self.review
        text = self.tr("Due now: {persons} people, {households} households (with their members, needs, complaints "
                       "and referrals), the texts of {complaints} complaints.").format(
            persons=len(r.person_ids), households=len(r.household_ids), complaints=len(r.complaint_ids))
        if r.refused:
            text += "\n" + self.tr("Kept for now:") + "\n" + "\n".join(r.refused[:8])
        self.due.setText(text)
        self.purge_button.setEnabled(not r.empty)

    def save(self) -> None:
        self.message.clear_message()
        try:
            self._retention.set_schedule(RetentionSchedule(self.person_years.value(), self.household_years.value(),
                                                           self.complaint_years.value()))
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()

    def purge(self) -> None:
        r = self.review
        if r is None or r.empty:
            return
        answer = QMessageBox.question(self, self.tr("Purge what is due"), self.tr(
            "{persons} people, {households} households and the texts of {complaints} complaints are cleared for good, "
            "here and, with the next bundle, at the kabupaten. Backups made before the schedule are removed too. "
            "This cannot be undone.\n\nPurge now?").format(
            persons=len(r.person_ids), households=len(r.household_ids), complaints=len(r.complaint_ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            done = self._retention.purge(r)
        except PuskesosError as exc:
            self.message.show_error(str(exc))
            return
        self.refresh()
        self.message.show_warning(self.tr(
            "Purged: {persons} people, {households} households, {complaints} complaint texts; {backups} old backups "
            "removed. Send to the kabupaten so its copy is cleared too.").format(
            persons=done.persons, households=done.households, complaints=done.complaints, backups=done.backups_removed))
