"""Under the members in Warga: what the Puskesos did for this household, and the buttons to do more
(record a need, refer a member, record a complaint), with its timeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...core.model import Household, Person
from ..dialogs.complaint_dialog import ComplaintDialog
from ..dialogs.need_dialog import NeedDialog
from ..dialogs.referral_dialog import ReferralDialog
from .household_timeline import HouseholdTimeline
from .shortcuts import page_shortcuts

if TYPE_CHECKING:
    from ...services.container import Services


class HouseholdCare(QWidget):
    """`changed` is emitted after something was recorded, so the page can refresh its counts."""

    changed = Signal()

    def __init__(self, services: Services, current_person: Callable[[], Person | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sv = services
        self._current_person = current_person
        self.household: Household | None = None
        self.need_button = QPushButton(self.tr("Record a &need… (Ctrl+Shift+K)"))
        self.refer_button = QPushButton(self.tr("&Refer member… (Ctrl+R)"))
        self.complaint_button = QPushButton(self.tr("Record a co&mplaint…"))
        self.need_button.clicked.connect(self.record_need)
        self.refer_button.clicked.connect(self.refer)
        self.complaint_button.clicked.connect(self.record_complaint)
        self.timeline = HouseholdTimeline(services.timeline)
        buttons = QHBoxLayout()
        for button in (self.need_button, self.refer_button, self.complaint_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline, 1)
        page_shortcuts(parent or self, (("Ctrl+Shift+K", self.record_need), ("Ctrl+R", self.refer)))
        self.show_household(None)

    def show_household(self, household: Household | None) -> None:
        self.household = household
        for button in (self.need_button, self.refer_button, self.complaint_button):
            button.setEnabled(household is not None and bool(household.members))
        self.timeline.show_household(household.id if household else None)

    def record_need(self) -> None:
        if self.household is None:
            return
        sv = self._sv
        self._done(NeedDialog(sv.needs, sv.catalogue, self.household, self.household.members, self))

    def refer(self) -> None:
        if self.household is None:
            return
        sv = self._sv
        person = self._current_person() or self.household.head
        self._done(ReferralDialog(sv.referrals, sv.letters, sv.catalogue, sv.households, sv.search, person=person,
                                  parent=self))

    def record_complaint(self) -> None:
        if self.household is None:
            return
        sv = self._sv
        self._done(ComplaintDialog(sv.complaints, sv.search, sv.households, self, household=self.household))

    def _done(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.timeline.show_household(self.household.id if self.household else None)
            self.changed.emit()
