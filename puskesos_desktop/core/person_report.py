"""A person's right of access (issue 11 §6, UU PDP): everything the office holds about them, printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .letter import Letterhead
from .model import Household, Person
from .referral_model import TimelineEntry


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """Who did what with the person's data, from the audit log (never any content of it)."""

    at: dt.datetime  # UTC
    operator: str
    action: str  # Indonesian, e.g. "NIK lengkap ditampilkan"


@dataclass(frozen=True, slots=True)
class PersonReport:
    letterhead: Letterhead
    office_name: str
    printed_on: dt.date
    person: Person
    household: Household  # the other members are listed by name and relationship only
    entries: tuple[TimelineEntry, ...]  # needs, complaints, referrals, letters and outcomes about them
    access: tuple[AccessEntry, ...]

    @property
    def file_name(self) -> str:
        return f"Data_pribadi_{self.person.nik}_{self.printed_on:%Y%m%d}.pdf"
