"""Needs (kebutuhan) of a household or one of its members, and their status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..core import clock
from ..core.codes import WRITER_ROLES
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.referral_model import Need, NeedDraft, NeedRow
from ..core.referrals import NeedStatus, ReferralStatus, check_need, check_transition, need_follows
from ..db import mapping_referrals as mapping
from ..db.records import HouseholdRecord, NeedRecord, PersonRecord, ServiceRecord
from .catalogue import ensure_seeded, service_map
from .context import Context


class NeedService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def record(self, draft: NeedDraft, today: dt.date | None = None) -> Need:
        self._ctx.require(WRITER_ROLES, "mencatat kebutuhan")
        today = today or clock.today()
        with self._ctx.transaction() as s:
            ensure_seeded(s)
            problems = check_need(draft, service_map(s), today)
            if draft.household_id and not _live(s, HouseholdRecord, draft.household_id):
                problems.error("household_id", "unknown", "Keluarga tidak ditemukan atau sudah dihapus.")
            if draft.person_id:
                person = _live(s, PersonRecord, draft.person_id)
                if person is None or person.household_id != draft.household_id:
                    problems.error("person_id", "unknown", "Warga tersebut bukan anggota keluarga ini.")
            problems.raise_if_errors()
            record = NeedRecord(
                id=new_id(), household_id=draft.household_id, person_id=draft.person_id,
                service_code=draft.service_code, description=draft.description.strip(),
                urgency=draft.urgency.value, status=NeedStatus.TERBUKA.value,
                recorded_on=draft.recorded_on or today,
            )
            s.add(record)
            self._ctx.audit(s, "need_create", "need", record.id)
            s.flush()
            return mapping.need(record)

    def set_status(self, need_id: str, status: NeedStatus) -> Need:
        """Moves a need along terbuka → dirujuk → terpenuhi / ditutup (TransitionError otherwise)."""
        self._ctx.require(WRITER_ROLES, "mengubah status kebutuhan")
        with self._ctx.transaction() as s:
            record = live_need(s, need_id)
            move_need(record, status)
            self._ctx.audit(s, "need_status", "need", need_id, status.value)
            return mapping.need(record)

    def get(self, need_id: str) -> Need:
        with self._ctx.reading() as s:
            return mapping.need(live_need(s, need_id))

    def for_household(self, household_id: str) -> list[Need]:
        with self._ctx.reading() as s:
            rows = s.execute(
                select(NeedRecord).where(NeedRecord.household_id == household_id, NeedRecord.deleted.is_(False))
                .order_by(NeedRecord.recorded_on, NeedRecord.id)
            ).scalars()
            return [mapping.need(r) for r in rows]

    def list(self, status: NeedStatus | None = None) -> list[NeedRow]:
        """Every need (of one status), newest first, with the names the list shows."""
        person = aliased(PersonRecord)
        query = (
            select(NeedRecord, HouseholdRecord.head_name, person.name, ServiceRecord.name)
            .outerjoin(HouseholdRecord, HouseholdRecord.id == NeedRecord.household_id)
            .outerjoin(person, person.id == NeedRecord.person_id)
            .outerjoin(ServiceRecord, (ServiceRecord.code == NeedRecord.service_code) & ServiceRecord.deleted.is_(False))
            .where(NeedRecord.deleted.is_(False))
            .order_by(NeedRecord.recorded_on.desc(), NeedRecord.created_at.desc(), NeedRecord.id)
        )
        if status is not None:
            query = query.where(NeedRecord.status == status.value)
        with self._ctx.reading() as s:
            return [_need_row(mapping.need(r), head, name, service) for r, head, name, service in s.execute(query)]


# ---- helpers (never commit) ------------------------------------------------------------------
def _need_row(need: Need, head_name: str | None, person_name: str | None, service_name: str | None) -> NeedRow:
    return NeedRow(
        id=need.id, household_id=need.household_id, head_name=head_name or "", person_id=need.person_id,
        person_name=person_name or "", service_code=need.service_code,
        service_name=service_name or need.service_code, description=need.description, urgency=need.urgency,
        status=need.status, recorded_on=need.recorded_on,
    )


def move_need(record: NeedRecord, status: NeedStatus) -> None:
    check_transition(NeedStatus(record.status), status)
    record.status = status.value


def follow_referral(s: Session, need_id: str | None, referral_status: ReferralStatus) -> None:
    """The need a referral answers follows it (`core.referrals.need_follows`): approved → dirujuk,
    served → terpenuhi, refused or cancelled → terbuka. Inside the caller's transaction."""
    need = _live(s, NeedRecord, need_id) if need_id else None
    target = need_follows(referral_status, NeedStatus(need.status)) if need is not None else None
    if target is not None:
        move_need(need, target)


def referrable_needs(s: Session, person: PersonRecord, include: str | None = None) -> list[NeedRecord]:
    """The open (terbuka) needs a referral of `person` can answer: theirs and their household's without
    a person, oldest first; `include` (the need a draft answers, maybe another member's) is kept in any status."""
    wanted = (((NeedRecord.person_id == person.id) | NeedRecord.person_id.is_(None))
              & (NeedRecord.status == NeedStatus.TERBUKA.value))
    if include:
        wanted = wanted | (NeedRecord.id == include)
    return list(s.execute(
        select(NeedRecord).where(NeedRecord.household_id == person.household_id, NeedRecord.deleted.is_(False),
                                 wanted)
        .order_by(NeedRecord.recorded_on, NeedRecord.id)
    ).scalars())


def live_need(s: Session, need_id: str) -> NeedRecord:
    record = _live(s, NeedRecord, need_id)
    if record is None:
        raise NotFoundError("Kebutuhan tidak ditemukan atau sudah dihapus.")
    return record


def _live(s: Session, model, row_id: str):
    record = s.get(model, row_id)
    return None if record is None or record.deleted else record


def live_person(s: Session, person_id: str, field: str = "person_id") -> PersonRecord:
    person = _live(s, PersonRecord, person_id) if person_id else None
    if person is None:
        raise ValidationError.single(field, "unknown", "Warga tidak ditemukan atau sudah dihapus.")
    return person
