"""Frozen dataclasses of needs, complaints, referrals, letters, outcomes and the master data they use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .referrals import (
    CloseReason, ComplaintKind, ComplaintStatus, NeedStatus, Outcome, ReferralStatus, Urgency,
)


@dataclass(frozen=True, slots=True)
class DocumentItem:
    code: str
    label: str


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """One entry of the service catalogue (DOMAIN.md §4)."""

    code: str
    name: str
    owner_level: str  # pusat / provinsi / kabupaten / desa / lainnya
    agency: str
    default_institution: str  # institution code
    documents: tuple[DocumentItem, ...]
    eligibility: str = ""
    active: bool = True

    @property
    def id(self) -> str:
        from .ids import master_id

        return master_id("service", self.code)


@dataclass(frozen=True, slots=True)
class Institution:
    """An addressee of referral letters: `Yth. {addressee}` / `di – {place}`."""

    code: str
    name: str
    kind: str
    addressee: str
    place: str = ""
    address: str = ""
    active: bool = True

    @property
    def id(self) -> str:
        from .ids import master_id

        return master_id("institution", self.code)


@dataclass(frozen=True, slots=True)
class NeedDraft:
    household_id: str
    service_code: str  # the category is a catalogue entry
    description: str
    person_id: str | None = None
    urgency: Urgency = Urgency.BIASA
    recorded_on: dt.date | None = None  # today when None


@dataclass(frozen=True, slots=True)
class Need:
    id: str
    household_id: str
    person_id: str | None
    service_code: str
    description: str
    urgency: Urgency
    status: NeedStatus
    recorded_on: dt.date


@dataclass(frozen=True, slots=True)
class ComplaintDraft:
    kind: ComplaintKind
    category: str
    description: str
    reporter_name: str
    reporter_relationship: str  # to the person concerned: "anak", "ketua RT", "PSM", "diri sendiri" …
    reporter_phone: str = ""
    person_id: str | None = None  # may be unknown: the person concerned need not be registered yet
    household_id: str | None = None
    received_on: dt.date | None = None  # today when None


@dataclass(frozen=True, slots=True)
class ComplaintEvent:
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus
    on: dt.date
    at: dt.datetime
    by: str | None  # operator id (None: the command line)
    note: str


@dataclass(frozen=True, slots=True)
class Complaint:
    id: str
    kind: ComplaintKind
    category: str
    description: str
    reporter_name: str
    reporter_relationship: str
    reporter_phone: str
    person_id: str | None
    household_id: str | None
    received_on: dt.date
    status: ComplaintStatus
    close_reason: CloseReason | None
    duplicate_of: str | None
    events: tuple[ComplaintEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferralDraft:
    person_id: str
    service_code: str
    reason: str
    institution_code: str = ""  # the service's default addressee when empty
    documents: tuple[str, ...] = ()  # document codes of the service's checklist that are attached
    need_id: str | None = None
    complaint_id: str | None = None
    urgency: Urgency = Urgency.BIASA
    due_date: dt.date | None = None  # approval date + DEFAULT_DUE_DAYS when None


@dataclass(frozen=True, slots=True)
class Referral:
    id: str
    person_id: str
    household_id: str
    need_id: str | None
    complaint_id: str | None
    service_code: str
    institution_code: str
    reason: str
    documents: tuple[str, ...]
    urgency: Urgency
    status: ReferralStatus
    due_date: dt.date | None
    letter_number: str | None
    serial: int | None
    year: int | None
    letter_date: dt.date | None
    verification_code: str | None
    approved_by: str | None
    approved_at: dt.datetime | None
    print_count: int
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class LetterRegisterEntry:
    """One line of the buku agenda surat keluar."""

    id: str
    number: str
    serial: int
    year: int
    letter_date: dt.date
    classification: str
    addressee: str
    subject: str
    referral_id: str | None


@dataclass(frozen=True, slots=True)
class OutcomeDraft:
    outcome: Outcome
    received_on: dt.date
    officer: str = ""  # receiving officer
    unit: str = ""  # receiving unit
    notes: str = ""
    reason: str = ""  # required for ditolak
    forwarded_to: str = ""  # required for dirujuk lanjut
    missing_documents: str = ""  # required for perlu dokumen tambahan
    next_appointment: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReferralOutcome:
    id: str
    referral_id: str
    outcome: Outcome
    received_on: dt.date
    officer: str
    unit: str
    notes: str
    reason: str
    forwarded_to: str
    missing_documents: str
    next_appointment: dt.date | None
    recorded_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PrintRecord:
    """What a print of a referral letter needs to know: is it a copy (SALINAN)?"""

    referral_id: str
    letter_number: str
    print_number: int

    @property
    def is_copy(self) -> bool:
        return self.print_number > 1


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One event in the story of a household, oldest first."""

    on: dt.date
    at: dt.datetime
    kind: str  # kebutuhan / keluhan / rujukan / surat / hasil / kegiatan
    entity_id: str
    title: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ReferralRow:
    """One line of the referral list (Rujukan): enough to show and filter, nothing more."""

    id: str
    person_id: str
    person_name: str
    service_code: str
    service_name: str
    status: ReferralStatus
    urgency: Urgency
    letter_number: str | None
    letter_date: dt.date | None
    due_date: dt.date | None
    verification_code: str | None
    print_count: int
    created_on: dt.date
    origin_id: str = ""  # the installation that wrote it (at the kabupaten: which desa)


@dataclass(frozen=True, slots=True)
class NeedRow:
    """One line of the needs list (Kebutuhan): the need with the names it is shown by."""

    id: str
    household_id: str
    head_name: str
    person_id: str | None
    person_name: str  # empty: the whole household
    service_code: str
    service_name: str
    description: str
    urgency: Urgency
    status: NeedStatus
    recorded_on: dt.date


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """One line of the complaints list (Keluhan); `closed_on` is the day it reached selesai/ditutup."""

    id: str
    kind: ComplaintKind
    category: str
    description: str
    reporter_name: str
    reporter_relationship: str
    person_id: str | None
    person_name: str  # empty: not registered (yet)
    household_id: str | None
    received_on: dt.date
    status: ComplaintStatus
    close_reason: CloseReason | None
    closed_on: dt.date | None

    def days_open(self, today: dt.date) -> int:
        return ((self.closed_on or today) - self.received_on).days

    def days_late(self, today: dt.date, limit_days: int) -> int:
        """Days past the handling limit while still open (0: closed, or within the limit)."""
        if self.closed_on is not None or self.status in (ComplaintStatus.SELESAI, ComplaintStatus.DITUTUP):
            return 0
        return max(self.days_open(today) - limit_days, 0)


@dataclass(frozen=True, slots=True)
class OverdueReferral:
    """A line of the overdue list (Beranda, and its printout): the referral with the names it is shown by."""

    referral: Referral
    name: str  # the person referred ("" when no longer registered)
    service: str  # the service's name
    days_late: int
