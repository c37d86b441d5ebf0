"""What the backup services give back: one backup file, as listed or just written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

REASONS = {"manual": "manual", "daily": "harian", "upgrade": "sebelum pembaruan", "restore": "sebelum pemulihan"}


@dataclass(frozen=True, slots=True)
class Backup:
    path: str
    file: str
    size: int
    created_at: dt.datetime | None  # UTC; None when the file cannot be read at all
    reason: str = ""  # "manual" | "daily" | "upgrade" | "restore"
    mode: str = ""
    region_code: str = ""
    office_name: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    verified: bool = False
    problem: str = ""  # why it does not verify (Indonesian, one line)

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True, slots=True)
class Restored:
    """A restore done: the backup it came from, the copy kept of the database it replaced."""

    backup: Backup
    kept: str  # the backup file (or folder) of the replaced database; "" when there was none
    incarnation: int
    operators: tuple[str, ...]  # who can sign in now (with their passwords of the backup's time)
