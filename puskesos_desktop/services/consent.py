"""Consent per household (issue 11 §4): recorded, printed as a form, withdrawn; travels to the kabupaten
as a synced row of the desa. The household's `consent` flag follows the latest record (the list filter)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.codes import WRITER_ROLES
from ..core.consent import Consent, ConsentDraft
from ..core.errors import NotFoundError, Problem, ValidationError
from ..core.ids import new_id
from ..core.letter import office_letterhead
from ..db import mapping
from ..db.records import ConsentRecord, HouseholdRecord, OfficeRecord, OperatorRecord, PersonRecord, ReferralRecord
from .context import Context


class ConsentService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def record(self, draft: ConsentDraft, today: dt.date | None = None) -> Consent:
        self._ctx.require(WRITER_ROLES, "mencatat persetujuan")
        today = today or clock.today()
        problems = []
        if draft.given_on > today:
            problems.append(Problem("given_on", "future", "Tanggal persetujuan tidak boleh di masa depan."))
        share = tuple(name.strip() for name in draft.share_with if name.strip())
        with self._ctx.transaction() as s:
            household = _household(s, draft.household_id)
            giver = s.get(PersonRecord, draft.given_by_id)
            if giver is None or giver.deleted or giver.household_id != household.id:
                problems.append(Problem("given_by", "not_member", "Persetujuan diberikan oleh anggota keluarga ini."))
            if problems:
                raise ValidationError(tuple(problems))
            record = ConsentRecord(
                id=new_id(), household_id=household.id, given_by_id=giver.id, given_on=draft.given_on,
                form_version=draft.form_version, collection=draft.collection, share_with="\n".join(share),
            )
            s.add(record)
            household.consent, household.consent_date = draft.collection, draft.given_on if draft.collection else None
            s.flush()
            self._ctx.audit(s, "consent_record", "household", household.id, f"formulir {draft.form_version}")
            return _consent(s, record)

    def withdraw(self, consent_id: str, on: dt.date, note: str = "") -> Consent:
        """Recorded, not erased: the household no longer consents; letters warn before printing."""
        self._ctx.require(WRITER_ROLES, "mencatat penarikan persetujuan")
        with self._ctx.transaction() as s:
            record = s.get(ConsentRecord, consent_id)
            if record is None or record.deleted:
                raise NotFoundError("Persetujuan ini tidak ditemukan.")
            if record.withdrawn_on is not None:
                raise ValidationError.single("withdrawn_on", "already", "Persetujuan ini sudah ditarik.")
            if on < record.given_on or on > clock.today():
                raise ValidationError.single("withdrawn_on", "range",
                                             "Tanggal penarikan antara tanggal persetujuan dan hari ini.")
            record.withdrawn_on, record.withdrawal_note = on, note.strip()
            household = _household(s, record.household_id)
            household.consent, household.consent_date = False, None
            s.flush()
            self._ctx.audit(s, "consent_withdraw", "household", household.id)
            return _consent(s, record)

    def history(self, household_id: str) -> list[Consent]:
        """Newest first."""
        with self._ctx.reading() as s:
            return [_consent(s, r) for r in s.execute(select(ConsentRecord).where(
                ConsentRecord.household_id == household_id, ConsentRecord.deleted.is_(False))
                .order_by(ConsentRecord.given_on.desc(), ConsentRecord.created_at.desc())).scalars()]

    def current(self, household_id: str) -> Consent | None:
        return next(iter(self.history(household_id)), None)

    def letter_warning(self, referral_id: str) -> str:
        """What to say before a referral letter of this person is printed ("" when nothing): the
        letter shares the person's data with an institution, and the household withdrew its consent."""
        with self._ctx.reading() as s:
            household_id = s.execute(select(PersonRecord.household_id).join(
                ReferralRecord, ReferralRecord.person_id == PersonRecord.id).where(ReferralRecord.id == referral_id)
            ).scalar_one_or_none()
        latest = self.current(household_id) if household_id else None
        if latest is None or latest.active:
            return ""
        return (f"Keluarga ini menarik persetujuan berbagi datanya pada {latest.withdrawn_on:%d-%m-%Y}"
                + (f" ({latest.withdrawal_note})" if latest.withdrawal_note else "")
                + ". Surat rujukan membagikan data orang ini kepada lembaga tujuan.")

    def form(self, household_id: str, out: BinaryIO | Path) -> None:
        """The printable consent form of the household (Bahasa Indonesia, with its members)."""
        from ..reports.consent_form import render_consent_form  # ReportLab: not at start-up

        with self._ctx.reading() as s:
            household = mapping.household(_household(s, household_id))
            office = s.execute(select(OfficeRecord)).scalar_one()
            head = office_letterhead(mapping.office(office), office.logo_png)
            name = office.name
        render_consent_form(head, name, household, clock.today(), out)
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "consent_form", "household", household_id)


def _household(s: Session, household_id: str) -> HouseholdRecord:
    record = s.get(HouseholdRecord, household_id)
    if record is None or record.deleted:
        raise NotFoundError("Keluarga ini tidak ditemukan.")
    return record


def _consent(s: Session, r: ConsentRecord) -> Consent:
    giver = s.get(PersonRecord, r.given_by_id) if r.given_by_id else None
    operator = s.get(OperatorRecord, r.created_by) if r.created_by else None
    return Consent(
        id=r.id, household_id=r.household_id or "", given_by_id=r.given_by_id or "",
        given_by_name=giver.name if giver is not None and giver.name else "", given_on=r.given_on,
        form_version=r.form_version or "", collection=bool(r.collection),
        share_with=tuple(x for x in (r.share_with or "").split("\n") if x), recorded_by=operator.username if operator else "",
        withdrawn_on=r.withdrawn_on, withdrawal_note=r.withdrawal_note or "",
    )
