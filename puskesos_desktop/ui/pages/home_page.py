"""Beranda: which office this is, what it has registered, and what needs chasing (overdue referrals, old complaints)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ...core import clock
from ...core.dates import format_long
from ...core.model import Office
from ...services.catalogue import CatalogueService
from ...services.complaints import ComplaintService
from ...services.households import HouseholdService
from ...services.referrals import ReferralService
from ...services.sync import SyncService
from ..dialogs.find_referral_dialog import FindReferralDialog
from ..dialogs.overdue_dialog import OverdueReferralsDialog
from ..widgets.form import WARNING_STYLE
from ..widgets.shortcuts import page_shortcuts
from .sync_page import is_stale

_OVERDUE_STYLE = "QPushButton {{ font-size: 14pt; font-weight: bold; padding: 8px 16px; text-align: left; {colour} }}"
_LATE = "color: #b00020;"
_ON_TIME = "color: #1b5e20;"


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class HomePage(QWidget):
    """Without `referrals` the page shows only the office and its counts, as before."""

    def __init__(self, office: Office | None, households: HouseholdService,
                 referrals: ReferralService | None = None, complaints: ComplaintService | None = None,
                 catalogue: CatalogueService | None = None, overdue_days: int = 14,
                 parent: QWidget | None = None, *, print_overdue: Callable[[], None] | None = None,
                 sync: SyncService | None = None) -> None:
        super().__init__(parent)
        self._households = households
        self._sync = sync
        self._referrals = referrals
        self._complaints = complaints
        self._catalogue = catalogue
        self._print_overdue = print_overdue
        self.overdue_days = overdue_days
        self.overdue_count = 0
        self.old_complaints_count = 0
        self.unconfirmed_count = 0
        self.unconfirmed_stale = False
        self.overdue_dialog: OverdueReferralsDialog | None = None
        self.find_dialog: FindReferralDialog | None = None
        title = QLabel(office.name if office else self.tr("Puskesos Desktop"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setWordWrap(True)
        region = QLabel(", ".join(reversed(office.region_names)) if office else "")
        region.setWordWrap(True)
        self.households_count = QLabel()
        self.people_count = QLabel()
        for label in (self.households_count, self.people_count):
            label.setStyleSheet("font-size: 14pt;")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        counts = QFormLayout()
        counts.addRow(self.tr("Households registered:"), self.households_count)
        counts.addRow(self.tr("People registered:"), self.people_count)
        self.unconfirmed_label: QLabel | None = None
        if sync is not None:  # desa: changes the kabupaten has not confirmed yet
            self.unconfirmed_label = QLabel()
            self.unconfirmed_label.setWordWrap(True)
            counts.addRow(self.tr("Not yet confirmed by the kabupaten:"), self.unconfirmed_label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(region)
        layout.addSpacing(16)
        layout.addLayout(counts)
        self.overdue_button: QPushButton | None = None
        self.complaints_label: QLabel | None = None
        self.find_button: QPushButton | None = None
        if referrals is not None:
            layout.addSpacing(12)
            layout.addWidget(self._follow_up_section())
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def _follow_up_section(self) -> QWidget:
        """Tindak lanjut: the overdue referrals (a button to the list), old complaints, find by code."""
        section = QFrame()
        section.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(section)
        heading = QLabel(self.tr("Follow-up"))
        heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.overdue_button = QPushButton()
        self.overdue_button.setToolTip(self.tr("Referrals past their due date with no return slip recorded"))
        self.overdue_button.clicked.connect(self.open_overdue)
        self.complaints_label = QLabel()
        self.complaints_label.setStyleSheet("font-size: 12pt;")
        self.complaints_label.setVisible(self._complaints is not None)
        self.find_button = QPushButton(self.tr("&Find referral by code (Ctrl+K)"))
        self.find_button.setStyleSheet("QPushButton { font-size: 12pt; padding: 8px 16px; }")
        self.find_button.clicked.connect(self.open_find_referral)
        # While Beranda is shown; the main window, which offers Ctrl+K on every area, turns this one off.
        self.find_shortcut, = page_shortcuts(self, (("Ctrl+K", self.open_find_referral),))
        buttons = QHBoxLayout()
        buttons.addWidget(self.overdue_button)
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        column.addWidget(heading)
        column.addLayout(buttons)
        column.addWidget(self.complaints_label)
        return section

    # ---- counts --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.households_count.setText(_count(self._households.count()))
        self.people_count.setText(_count(self._households.count_people()))
        if self._referrals is not None and self.overdue_button is not None:
            overdue = len(self._referrals.overdue_referrals())
            self.overdue_count = overdue
            self.overdue_button.setText(self.tr("&Overdue referrals: {count}").format(count=_count(overdue)))
            self.overdue_button.setStyleSheet(_OVERDUE_STYLE.format(colour=_LATE if overdue else _ON_TIME))
        if self._complaints is not None and self.complaints_label is not None:
            old = len(self._complaints.overdue_complaints(self.overdue_days))
            self.old_complaints_count = old
            self.complaints_label.setText(self.tr("Complaints open more than {days} days: {count}").format(
                days=self.overdue_days, count=_count(old)))
            self.complaints_label.setStyleSheet("font-size: 12pt;" + (_LATE if old else ""))
        if self._sync is not None and self.unconfirmed_label is not None:
            self._show_unconfirmed()

    def _show_unconfirmed(self) -> None:
        """Amber when the oldest unconfirmed change is more than two weeks old: time to send a stick."""
        pending = self._sync.pending()
        self.unconfirmed_count = pending.rows
        self.unconfirmed_stale = is_stale(pending)
        if pending.rows and pending.since is not None:
            text = self.tr("{count} changes (since {date})").format(
                count=_count(pending.rows), date=format_long(clock.local_date(pending.since)))
        elif pending.rows:
            text = self.tr("{count} changes").format(count=_count(pending.rows))
        else:
            text = self.tr("none")
        self.unconfirmed_label.setText(text)
        self.unconfirmed_label.setStyleSheet("font-size: 14pt;" + (WARNING_STYLE if self.unconfirmed_stale else ""))

    # ---- dialogs -------------------------------------------------------------------------------
    def open_overdue(self) -> None:
        if self._referrals is None or self._catalogue is None:
            return
        if self.overdue_dialog is not None:
            self.overdue_dialog.deleteLater()
        self.overdue_dialog = OverdueReferralsDialog(self._referrals, self._print_overdue, self)
        self.overdue_dialog.finished.connect(lambda _result: self.refresh())
        self.overdue_dialog.open()

    def open_find_referral(self) -> None:
        """Also for the main window to call from anywhere (its own Ctrl+K)."""
        if self._referrals is None or self._catalogue is None:
            return
        if self.find_dialog is not None:
            self.find_dialog.deleteLater()
        self.find_dialog = FindReferralDialog(self._referrals, self._households, self._catalogue, self)
        self.find_dialog.finished.connect(lambda _result: self.refresh())
        self.find_dialog.open()
