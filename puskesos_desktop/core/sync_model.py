"""What the sync services give back: peers, bundles written and read, and the changes not yet confirmed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from . import clock



@dataclass(frozen=True, slots=True)
class Peer:
    """The other side: the kabupaten (seen from a desa) or an enrolled desa installation."""

    id: str
    role: str  # "kabupaten" | "desa"
    origin_id: str
    region_code: str
    name: str
    fingerprint: str
    enrolled_at: dt.datetime
    revoked_at: dt.datetime | None
    applied_seq: int  # their changes we hold, up to
    acked_seq: int  # our changes they confirmed, up to
    last_received_at: dt.datetime | None
    last_sent_at: dt.datetime | None
    reconciled: bool
    reconciled_seq: int | None
    rejected_files: int = 0
    forks: int = 0
    successor_pending: bool = False  # enrolled in place of a lost laptop, which has not taken over yet

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def silent_days(self, today: dt.date) -> int | None:
        """Days since the last bundle came in (None: never)."""
        return (today - clock.local_date(self.last_received_at)).days if self.last_received_at else None


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    bundle_id: str
    kind: str  # "desa" | "return"
    rows: int
    seq_from: int
    seq_to: int
    size: int
    outbox_copy: str = ""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One file of `sync import`: applied (with counts), already imported, or rejected with a reason."""

    file: str
    status: str  # "applied" | "duplicate" | "rejected"
    reason: str = ""  # one line an operator understands
    reason_code: str = ""
    bundle_id: str = ""
    sender: str = ""  # desa code or "kabupaten"
    counts: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    forks: int = 0
    reconciled: bool | None = None
    seq_to: int | None = None

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class PendingChanges:
    """At a desa: changes the kabupaten has not confirmed yet."""

    rows: int
    since: dt.datetime | None  # the oldest of them was written then
    last_confirmed_at: dt.datetime | None
    confirmed_seq: int
    restored: bool = False  # restored from a backup; the kabupaten has not sent back what it lacked yet
    kept_versions: int = 0  # versions kept for review here after a restore (services/sync.py forks)
    replacing: bool = False  # set up in place of a lost laptop; the kabupaten has not sent the desa's data yet


@dataclass(frozen=True, slots=True)
class IdentityFile:
    """What a public key or enrollment file says, read before anything is stored (the fingerprint to compare)."""

    role: str  # "kabupaten" | "desa"
    region_code: str
    name: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Fork:
    """At the kabupaten: a change a desa sent with a number already used for other content (a database
    restored from an old backup, or cloned). The stored version stayed; the incoming one is kept here."""

    id: str
    origin_id: str
    region_code: str  # the desa's (from its enrollment); "" when the installation is unknown
    table_name: str
    row_id: str
    seq: int
    incarnation: int
    detected_at: dt.datetime
    resolved: bool
    stored: dict  # the row's content as held now (JSON values); empty when it is not here at all
    incoming: dict  # the content the bundle carried
    differences: tuple[str, ...]  # sorted names of the fields whose values differ
    # "incoming": the stored version stayed, `incoming` is the one kept aside; "replaced": a restored
    # desa's newer change applied, `incoming` is the version from its lost laptop it replaced.
    kind: str = "incoming"
