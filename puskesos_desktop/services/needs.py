"""Needs (kebutuhan) of a household or one of its members, and their status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.codes import WRITER_ROLES
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.referral_model import Need, NeedDraft
from ..core.referrals import NeedStatus, check_need, check_transition
from ..db import mapping_referrals as mapping
from ..db.records import HouseholdRecord, NeedRecord, PersonRecord
from .catalogue import ensure_seeded, service_map
from .context import Context


class NeedService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def record(self, draft: NeedDraft, today: dt.date | None = None) -> Need:
        self._ctx.require(WRITER_ROLES, "mencatat kebutuhan")
        today = today or dt.date.today()
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


# ---- helpers (never commit) ------------------------------------------------------------------
def move_need(record: NeedRecord, status: NeedStatus) -> None:
    check_transition(NeedStatus(record.status), status)
    record.status = status.value


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
