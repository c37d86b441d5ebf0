"""Complaints (keluhan) and their workflow, every step dated and attributed (DOMAIN.md §1)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.codes import WRITER_ROLES
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.referral_model import Complaint, ComplaintDraft, ComplaintRow
from ..core.referrals import (
    OPEN_COMPLAINT_STATUSES, CloseReason, ComplaintStatus, check_complaint, check_transition,
)
from ..db import mapping_referrals as mapping
from ..db.records import (
    ComplaintEventRecord, ComplaintRecord, HouseholdRecord, OperatorRecord, PersonRecord, utcnow,
)
from .context import Context


class ComplaintService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def record(self, draft: ComplaintDraft, today: dt.date | None = None) -> Complaint:
        """Registers a complaint as `diterima`; the person concerned may not be registered (yet)."""
        self._ctx.require(WRITER_ROLES, "mencatat keluhan")
        today = today or clock.today()
        problems = check_complaint(draft, today)
        with self._ctx.transaction() as s:
            household_id = draft.household_id
            if draft.person_id:
                person = s.get(PersonRecord, draft.person_id)
                if person is None or person.deleted:
                    problems.error("person_id", "unknown", "Warga tidak ditemukan atau sudah dihapus.")
                else:
                    household_id = household_id or person.household_id
                    if household_id != person.household_id:
                        problems.error("person_id", "household", "Warga tersebut bukan anggota keluarga ini.")
            if household_id:
                household = s.get(HouseholdRecord, household_id)
                if household is None or household.deleted:
                    problems.error("household_id", "unknown", "Keluarga tidak ditemukan atau sudah dihapus.")
            problems.raise_if_errors()
            received = draft.received_on or today
            record = ComplaintRecord(
                id=new_id(), kind=draft.kind.value, category=draft.category,
                description=draft.description.strip(), reporter_name=draft.reporter_name.strip().upper(),
                reporter_relationship=draft.reporter_relationship.strip(),
                reporter_phone=draft.reporter_phone.strip(), person_id=draft.person_id,
                household_id=household_id, received_on=received, status=ComplaintStatus.DITERIMA.value,
            )
            s.add(record)
            s.flush()  # the event points at the complaint
            self._event(s, record, None, ComplaintStatus.DITERIMA, received, "")
            self._ctx.audit(s, "complaint_create", "complaint", record.id)
            return self._load(s, record)

    def move(self, complaint_id: str, status: ComplaintStatus, *, note: str = "",
             on: dt.date | None = None, close_reason: CloseReason | None = None) -> Complaint:
        """One step of the workflow; `ditutup` needs a reason (tidak_valid here; duplicates: close_as_duplicate)."""
        self._ctx.require(WRITER_ROLES, "mengubah status keluhan")
        if status is ComplaintStatus.DITUTUP and close_reason is None:
            raise ValidationError.single("close_reason", "required", "Pilih alasan penutupan: duplikat atau tidak valid.")
        if close_reason is CloseReason.DUPLIKAT:
            raise ValidationError.single("duplicate_of", "required", "Keluhan duplikat ditutup dengan menunjuk keluhan aslinya.")
        with self._ctx.transaction() as s:
            record = _live(s, complaint_id)
            self._step(s, record, status, note, on)
            if close_reason is not None:
                record.close_reason = close_reason.value
            return self._load(s, record)

    def close_as_duplicate(self, complaint_id: str, original_id: str, note: str = "",
                           on: dt.date | None = None) -> Complaint:
        self._ctx.require(WRITER_ROLES, "menutup keluhan")
        if complaint_id == original_id:
            raise ValidationError.single("duplicate_of", "self", "Keluhan tidak dapat menjadi duplikat dirinya sendiri.")
        with self._ctx.transaction() as s:
            original = s.get(ComplaintRecord, original_id)
            if original is None or original.deleted:
                raise ValidationError.single("duplicate_of", "unknown", "Keluhan asli tidak ditemukan.")
            if original.duplicate_of:
                raise ValidationError.single("duplicate_of", "chain", "Keluhan yang ditunjuk sendiri adalah duplikat; tunjuk keluhan aslinya.")
            record = _live(s, complaint_id)
            self._step(s, record, ComplaintStatus.DITUTUP, note or "Duplikat", on)
            record.close_reason, record.duplicate_of = CloseReason.DUPLIKAT.value, original_id
            return self._load(s, record)

    def get(self, complaint_id: str) -> Complaint:
        with self._ctx.reading() as s:
            return self._load(s, _live(s, complaint_id))

    def list(self, status: ComplaintStatus | None = None) -> list[Complaint]:
        with self._ctx.reading() as s:
            query = select(ComplaintRecord).where(ComplaintRecord.deleted.is_(False))
            if status is not None:
                query = query.where(ComplaintRecord.status == status.value)
            rows = s.execute(query.order_by(ComplaintRecord.received_on, ComplaintRecord.id)).scalars()
            return [mapping.complaint(r) for r in rows]

    def overdue_complaints(self, days: int, today: dt.date | None = None) -> list[Complaint]:
        """Complaints still open more than `days` days after they were received, oldest first."""
        today = today or clock.today()
        limit = today - dt.timedelta(days=days)
        with self._ctx.reading() as s:
            rows = s.execute(
                select(ComplaintRecord).where(
                    ComplaintRecord.deleted.is_(False),
                    ComplaintRecord.status.in_([st.value for st in OPEN_COMPLAINT_STATUSES]),
                    ComplaintRecord.received_on < limit,
                ).order_by(ComplaintRecord.received_on, ComplaintRecord.id)
            ).scalars()
            return [mapping.complaint(r) for r in rows]

    def rows(self, status: ComplaintStatus | None = None, *, overdue_days: int | None = None,
             today: dt.date | None = None) -> list[ComplaintRow]:
        """The complaints list, newest first: all, one status, or (with `overdue_days`) those still open
        longer than that, as `overdue_complaints` counts them."""
        closed = (
            select(ComplaintEventRecord.complaint_id, func.max(ComplaintEventRecord.happened_on).label("on"))
            .where(ComplaintEventRecord.to_status.in_([ComplaintStatus.SELESAI.value, ComplaintStatus.DITUTUP.value]))
            .group_by(ComplaintEventRecord.complaint_id).subquery()
        )
        query = (
            select(ComplaintRecord, PersonRecord.name, closed.c.on)
            .outerjoin(PersonRecord, PersonRecord.id == ComplaintRecord.person_id)
            .outerjoin(closed, closed.c.complaint_id == ComplaintRecord.id)
            .where(ComplaintRecord.deleted.is_(False))
            .order_by(ComplaintRecord.received_on.desc(), ComplaintRecord.created_at.desc(), ComplaintRecord.id)
        )
        if status is not None:
            query = query.where(ComplaintRecord.status == status.value)
        if overdue_days is not None:
            limit = (today or clock.today()) - dt.timedelta(days=overdue_days)
            query = query.where(ComplaintRecord.status.in_([st.value for st in OPEN_COMPLAINT_STATUSES]),
                                ComplaintRecord.received_on < limit)
        with self._ctx.reading() as s:
            return [_row(mapping.complaint(r), name, on) for r, name, on in s.execute(query)]

    def event_authors(self, complaint_id: str) -> dict[str, str]:
        """Operator id → name (full name, else username) of everyone who moved this complaint."""
        with self._ctx.reading() as s:
            found = s.execute(
                select(OperatorRecord.id, OperatorRecord.full_name, OperatorRecord.username)
                .where(OperatorRecord.id.in_(
                    select(ComplaintEventRecord.operator_id).where(ComplaintEventRecord.complaint_id == complaint_id)
                ))
            ).all()
            return {row_id: full_name or username for row_id, full_name, username in found}

    # ---- helpers (never commit) ------------------------------------------------------------
    def _step(self, s: Session, record: ComplaintRecord, status: ComplaintStatus, note: str,
              on: dt.date | None) -> None:
        current = ComplaintStatus(record.status)
        check_transition(current, status)
        on = on or clock.today()
        if on < record.received_on:
            raise ValidationError.single("on", "past", "Tanggal langkah tidak boleh sebelum keluhan diterima.")
        record.status = status.value
        self._event(s, record, current, status, on, note)
        self._ctx.audit(s, "complaint_status", "complaint", record.id, status.value)

    def _event(self, s: Session, record: ComplaintRecord, from_status, to_status, on: dt.date, note: str) -> None:
        s.add(ComplaintEventRecord(
            id=new_id(), complaint_id=record.id, from_status=from_status.value if from_status else None,
            to_status=to_status.value, happened_on=on, at=utcnow(),
            operator_id=self._ctx.operator.id if self._ctx.operator else None, note=note.strip(),
        ))

    @staticmethod
    def _load(s: Session, record: ComplaintRecord) -> Complaint:
        s.flush()
        events = s.execute(
            select(ComplaintEventRecord).where(ComplaintEventRecord.complaint_id == record.id)
            .order_by(ComplaintEventRecord.at, ComplaintEventRecord.id)
        ).scalars().all()
        return mapping.complaint(record, events)


def _row(c: Complaint, person_name: str | None, closed_on: dt.date | None) -> ComplaintRow:
    final = c.status in (ComplaintStatus.SELESAI, ComplaintStatus.DITUTUP)
    return ComplaintRow(
        id=c.id, kind=c.kind, category=c.category, description=c.description, reporter_name=c.reporter_name,
        reporter_relationship=c.reporter_relationship, person_id=c.person_id, person_name=person_name or "",
        household_id=c.household_id, received_on=c.received_on, status=c.status, close_reason=c.close_reason,
        closed_on=(closed_on or c.received_on) if final else None,
    )


def _live(s: Session, complaint_id: str) -> ComplaintRecord:
    record = s.get(ComplaintRecord, complaint_id)
    if record is None or record.deleted:
        raise NotFoundError("Keluhan tidak ditemukan atau sudah dihapus.")
    return record
