"""Records of needs, complaints, referrals, letters, outcomes and master data → domain dataclasses."""

from __future__ import annotations

import json

from ..core import clock
from ..core.referral_model import (
    Complaint, ComplaintEvent, DocumentItem, Institution, LetterRegisterEntry, Need, Referral,
    ReferralOutcome, ReferralRow, ServiceEntry,
)
from ..core.referrals import (
    CloseReason, ComplaintKind, ComplaintStatus, NeedStatus, Outcome, ReferralStatus, Urgency,
)
from .records import (
    ComplaintEventRecord, ComplaintRecord, InstitutionRecord, LetterRecord, NeedRecord,
    ReferralOutcomeRecord, ReferralRecord, ServiceRecord,
)


def service(r: ServiceRecord) -> ServiceEntry:
    docs = tuple(DocumentItem(code, label) for code, label in json.loads(r.documents or "[]"))
    return ServiceEntry(
        code=r.code or "", name=r.name or "", owner_level=r.owner_level or "", agency=r.agency or "",
        default_institution=r.default_institution or "", documents=docs,
        eligibility=r.eligibility or "", active=bool(r.active),
    )


def apply_service(r: ServiceRecord, e: ServiceEntry) -> None:
    r.code, r.name, r.owner_level, r.agency = e.code, e.name.strip(), e.owner_level, e.agency.strip()
    r.default_institution, r.eligibility, r.active = e.default_institution, e.eligibility.strip(), e.active
    r.documents = json.dumps([[d.code, d.label] for d in e.documents], ensure_ascii=False)


def institution(r: InstitutionRecord) -> Institution:
    return Institution(
        code=r.code or "", name=r.name or "", kind=r.kind or "", addressee=r.addressee or "",
        place=r.place or "", address=r.address or "", active=bool(r.active),
    )


def apply_institution(r: InstitutionRecord, e: Institution) -> None:
    r.code, r.name, r.kind, r.addressee = e.code, e.name.strip(), e.kind, e.addressee.strip()
    r.place, r.address, r.active = e.place.strip(), e.address.strip(), e.active


def need(r: NeedRecord) -> Need:
    return Need(
        id=r.id, household_id=r.household_id or "", person_id=r.person_id,
        service_code=r.service_code or "", description=r.description or "",
        urgency=Urgency(r.urgency or Urgency.BIASA), status=NeedStatus(r.status or NeedStatus.TERBUKA),
        recorded_on=r.recorded_on,
    )


def complaint_event(r: ComplaintEventRecord) -> ComplaintEvent:
    return ComplaintEvent(
        from_status=ComplaintStatus(r.from_status) if r.from_status else None,
        to_status=ComplaintStatus(r.to_status), on=r.happened_on, at=r.at, by=r.operator_id,
        note=r.note or "",
    )


def complaint(r: ComplaintRecord, events: list[ComplaintEventRecord] = ()) -> Complaint:
    return Complaint(
        id=r.id, kind=ComplaintKind(r.kind), category=r.category or "", description=r.description or "",
        reporter_name=r.reporter_name or "", reporter_relationship=r.reporter_relationship or "",
        reporter_phone=r.reporter_phone or "", person_id=r.person_id, household_id=r.household_id,
        received_on=r.received_on, status=ComplaintStatus(r.status),
        close_reason=CloseReason(r.close_reason) if r.close_reason else None,
        duplicate_of=r.duplicate_of, events=tuple(complaint_event(e) for e in events),
    )


def referral(r: ReferralRecord) -> Referral:
    return Referral(
        id=r.id, person_id=r.person_id or "", household_id=r.household_id or "", need_id=r.need_id,
        complaint_id=r.complaint_id, service_code=r.service_code or "",
        institution_code=r.institution_code or "", reason=r.reason or "",
        documents=tuple(json.loads(r.documents or "[]")), urgency=Urgency(r.urgency or Urgency.BIASA),
        status=ReferralStatus(r.status), due_date=r.due_date, letter_number=r.letter_number,
        serial=r.serial, year=r.year, letter_date=r.letter_date, verification_code=r.verification_code,
        approved_by=r.approved_by, approved_at=r.approved_at, print_count=r.print_count or 0,
        created_at=r.created_at,
    )


def referral_row(r: ReferralRecord, person_name: str, service_name: str) -> ReferralRow:
    return ReferralRow(
        id=r.id, person_id=r.person_id or "", person_name=person_name, service_code=r.service_code or "",
        service_name=service_name, status=ReferralStatus(r.status), urgency=Urgency(r.urgency or Urgency.BIASA),
        letter_number=r.letter_number, letter_date=r.letter_date, due_date=r.due_date,
        verification_code=r.verification_code, print_count=r.print_count or 0, created_on=clock.local_date(r.created_at),
        origin_id=r.origin_id or "",
    )


def letter(r: LetterRecord) -> LetterRegisterEntry:
    return LetterRegisterEntry(
        id=r.id, number=r.number or "", serial=r.serial or 0, year=r.year or 0,
        letter_date=r.letter_date, classification=r.classification or "",
        addressee=r.addressee or "", subject=r.subject or "", referral_id=r.referral_id,
    )


def outcome(r: ReferralOutcomeRecord) -> ReferralOutcome:
    return ReferralOutcome(
        id=r.id, referral_id=r.referral_id or "", outcome=Outcome(r.outcome), received_on=r.received_on,
        officer=r.officer or "", unit=r.unit or "", notes=r.notes or "", reason=r.reason or "",
        forwarded_to=r.forwarded_to or "", missing_documents=r.missing_documents or "",
        next_appointment=r.next_appointment, recorded_at=r.created_at,
    )
