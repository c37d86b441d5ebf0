"""The enrolled desa installations (kabupaten mode, Desa) as a Qt model: sync status per desa."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from ...core import clock
from ...core.dates import format_short
from ...core.sync_model import Peer
from .rows_model import Index as _Index
from .rows_model import RowsModel

DESA, FINGERPRINT, ENROLLED, LAST_RECEIVED, APPLIED, RECONCILED, REJECTED, FORKS = range(8)
SILENT_DAYS = 14  # a desa with no bundle for longer than this is highlighted
SILENT_BACKGROUND = QColor("#fde68a")  # amber, the dark text stays readable on it
REVOKED_COLOUR = QColor("#9ca3af")  # grey: no longer counts
PROBLEM_COLOUR = QColor("#b91c1c")  # rejected files, forks, not reconciled


def local_time(value: dt.datetime | None) -> str:
    """A stored UTC time as the operator's local date and time (DD-MM-YYYY HH:MM)."""
    if value is None:
        return ""
    local = clock.local_time(value) if value.tzinfo is None else value.astimezone(clock.now().tzinfo)
    return f"{format_short(local.date())} {local:%H:%M}"


def silent_for(peer: Peer, today: dt.date) -> int:
    """Days without a bundle: since the last one, or since enrollment when none came yet."""
    days = peer.silent_days(today)
    return days if days is not None else (today - clock.local_date(peer.enrolled_at)).days


def is_silent(peer: Peer, today: dt.date) -> bool:
    return peer.active and silent_for(peer, today) > SILENT_DAYS


class DesaTableModel(RowsModel):
    def __init__(self, today: Callable[[], dt.date] = clock.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Desa"), self.tr("Fingerprint"), self.tr("Enrolled"), self.tr("Last bundle received"),
                self.tr("Changes received up to"), self.tr("Reconciled"), self.tr("Rejected files"),
                self.tr("Forks"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        peer: Peer | None = self.row_at(index.row()) if index.isValid() else None
        if peer is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(peer, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not peer.active:
                return REVOKED_COLOUR
            problem = ((column == REJECTED and peer.rejected_files) or (column == FORKS and peer.forks)
                       or (column == RECONCILED and peer.last_received_at and not peer.reconciled))
            return PROBLEM_COLOUR if problem else None
        if role == Qt.ItemDataRole.BackgroundRole and is_silent(peer, self._today()):
            return SILENT_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(peer)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (APPLIED, REJECTED, FORKS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, peer: Peer, column: int) -> str:
        if column == DESA:
            name = f"{peer.region_code}  {peer.name}"
            if not peer.active:
                return self.tr("{desa} (revoked)").format(desa=name)
            return self.tr("{desa} (new laptop)").format(desa=name) if peer.successor_pending else name
        if column == FINGERPRINT:
            return peer.fingerprint
        if column == ENROLLED:
            return local_time(peer.enrolled_at)
        if column == LAST_RECEIVED:
            return local_time(peer.last_received_at) or self.tr("never")
        if column == APPLIED:
            return f"#{peer.applied_seq}" if peer.applied_seq else "—"
        if column == RECONCILED:
            if not peer.last_received_at:
                return "—"
            if peer.reconciled:
                return self.tr("yes (up to #{seq})").format(seq=peer.reconciled_seq or peer.applied_seq)
            return self.tr("no")
        if column == REJECTED:
            return str(peer.rejected_files)
        return str(peer.forks)

    def _tooltip(self, peer: Peer) -> str | None:
        if not peer.active:
            return self.tr("Key revoked on {when}: bundles signed with it are rejected.").format(
                when=local_time(peer.revoked_at))
        if peer.successor_pending:
            return self.tr("A new laptop replaces this desa's lost one: send it a return bundle, which brings the "
                           "desa's data back to it. Its bundles are taken once it has imported that.")
        if is_silent(peer, self._today()):
            return self.tr("No bundle from this desa for {days} days.").format(days=silent_for(peer, self._today()))
        return None
