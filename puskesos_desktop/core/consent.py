"""A household's consent to its data being collected and shared (DOMAIN §9, issue 11 §4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FORM_VERSION = "1"  # the printed form's version (reports/consent_form.py); a new text gets a new number
DEFAULT_SHARING = (
    "Dinas Sosial Kabupaten/Kota",
    "Kementerian Sosial (Data Tunggal Sosial dan Ekonomi Nasional, DTSEN)",
    "Lembaga tujuan rujukan (puskesmas, rumah sakit, sekolah, dinas terkait)",
)


@dataclass(frozen=True, slots=True)
class ConsentDraft:
    household_id: str
    given_by_id: str  # a member of the household
    given_on: dt.date
    form_version: str = FORM_VERSION
    collection: bool = True
    share_with: tuple[str, ...] = DEFAULT_SHARING


@dataclass(frozen=True, slots=True)
class Consent:
    id: str
    household_id: str
    given_by_id: str
    given_by_name: str
    given_on: dt.date
    form_version: str
    collection: bool
    share_with: tuple[str, ...]
    recorded_by: str  # the operator's user name
    withdrawn_on: dt.date | None = None
    withdrawal_note: str = ""

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None

    @property
    def sharing_allowed(self) -> bool:
        return self.active and self.collection and bool(self.share_with)
