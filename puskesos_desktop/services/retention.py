"""Retention (issue 11 §5): what the schedule says is due, and purging it (admin, confirmed).

A purge tombstones rows through the ORM (db/stamping.tombstone: the content cleared, the keys kept),
so each gets a new seq and the normal bundles carry the tombstones to the kabupaten, which clears its
copy the same way. Search terms go with the people. Letters stay in the register (numbers, dates,
institutions: nothing personal) so its serials stay whole. A row that belongs to the kabupaten (an
outcome it recorded) is the kabupaten's to purge. docs/decisions.md, "Retention".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import exists, or_, select, true
from sqlalchemy.orm import Session

from ..core import clock
from ..core.codes import Role
from ..core.errors import ValidationError
from ..core.identity import mask_number
from ..core.referrals import FINAL_REFERRAL_STATUSES, ComplaintStatus
from ..core.retention import PurgeResult, RetentionReview, RetentionSchedule
from ..db.records import (
    ComplaintEventRecord, ComplaintRecord, ConsentRecord, HouseholdRecord, NeedRecord, OfficeRecord, PersonRecord,
    ReferralEventRecord, ReferralOutcomeRecord, ReferralRecord, RetentionScheduleRecord,
)
from ..db.stamping import tombstone
from .context import Context
from .household_rows import drop_terms, refresh_summary, tombstone_household

CLOSED = (ComplaintStatus.SELESAI.value, ComplaintStatus.DITUTUP.value)
FINAL = tuple(s.value for s in FINAL_REFERRAL_STATUSES)
# What goes with a household: its rows in these tables (the desa's own), children before parents.
HOUSEHOLD_ROWS = (ReferralEventRecord, ReferralOutcomeRecord, ReferralRecord, ComplaintEventRecord, ComplaintRecord,
                  NeedRecord, ConsentRecord)


def _held_back(who: str) -> str:
    return f"{who}: masih ada rujukan yang berjalan; selesaikan atau batalkan dulu."


def _years_ago(now: dt.datetime, years: int) -> dt.datetime:
    return now - dt.timedelta(days=round(365.25 * years))


class RetentionService:
    def __init__(self, context: Context, remove_old_backups: Callable[[dt.datetime], int] | None = None) -> None:
        self._ctx = context
        self._remove_old_backups = remove_old_backups

    # ---- the schedule -------------------------------------------------------------------------
    def schedule(self) -> RetentionSchedule:
        with self._ctx.reading() as s:
            row = s.get(RetentionScheduleRecord, 1)
            return (RetentionSchedule(row.person_years, row.household_years, row.complaint_years)
                    if row is not None else RetentionSchedule())

    def set_schedule(self, schedule: RetentionSchedule) -> RetentionSchedule:
        self._ctx.require({Role.ADMIN}, "mengatur jadwal retensi")
        if problems := schedule.problems():
            raise ValidationError.single("schedule", "range", " ".join(problems))
        with self._ctx.transaction() as s:
            row = s.get(RetentionScheduleRecord, 1) or RetentionScheduleRecord(id=1)
            row.person_years, row.household_years = schedule.person_years, schedule.household_years
            row.complaint_years = schedule.complaint_years
            s.add(row)
            self._ctx.audit(s, "retention_schedule", "office", "",
                            f"{schedule.person_years}/{schedule.household_years}/{schedule.complaint_years} tahun")
        return schedule

    # ---- what is due ---------------------------------------------------------------------------
    def review(self) -> RetentionReview:
        """Due today: people recorded as meninggal/pindah and unchanged for the schedule's years,
        households nothing of which changed for its years, closed complaints received that long ago
        that still hold texts. A household or person with a referral still under way is not purged."""
        self._ctx.require({Role.ADMIN}, "meninjau retensi")
        schedule = self.schedule()
        now = clock.now_utc()
        with self._ctx.reading() as s:
            local = s.execute(select(OfficeRecord.local_origin_id)).scalar_one()
            households, refused = self._due_households(s, local, _years_ago(now, schedule.household_years))
            persons, refused_people = self._due_persons(s, local, _years_ago(now, schedule.person_years), households)
            complaint_before = _years_ago(now, schedule.complaint_years).date()
            complaints = tuple(s.execute(select(ComplaintRecord.id).where(
                ComplaintRecord.origin_id == local, ComplaintRecord.deleted.is_(False),
                ComplaintRecord.status.in_(CLOSED), ComplaintRecord.received_on < complaint_before,
                ComplaintRecord.household_id.not_in(households) if households else true(),
                or_(ComplaintRecord.description != "", ComplaintRecord.reporter_name != "",
                    ComplaintRecord.reporter_phone != ""))).scalars())
        return RetentionReview(schedule, persons, households, complaints, (*refused, *refused_people))

    def _due_households(self, s: Session, local: str, before: dt.datetime) -> tuple[tuple[str, ...], list[str]]:
        h = HouseholdRecord
        changed_since = [exists().where(model.household_id == h.id, model.updated_at >= before)
                         for model in (PersonRecord, NeedRecord, ComplaintRecord, ReferralRecord, ConsentRecord)]
        rows = s.execute(select(h.id, h.no_kk).where(
            h.origin_id == local, h.deleted.is_(False), h.updated_at < before,
            *[~changed for changed in changed_since])).all()
        due, refused = [], []
        for household_id, no_kk in rows:
            if self._open_referrals(s, ReferralRecord.household_id == household_id):
                refused.append(_held_back(f"Keluarga KK {mask_number(no_kk or '')}"))
            else:
                due.append(household_id)
        return tuple(due), refused

    def _due_persons(self, s: Session, local: str, before: dt.datetime,
                     households: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
        p = PersonRecord
        rows = s.execute(select(p.id, p.nik, p.household_id).where(
            p.origin_id == local, p.deleted.is_(False), p.life_status.in_(("meninggal", "pindah")),
            p.updated_at < before)).all()
        due, refused = [], []
        for person_id, nik, household_id in rows:
            if household_id in households:
                continue  # goes with its household
            if self._open_referrals(s, ReferralRecord.person_id == person_id):
                refused.append(_held_back(f"NIK {mask_number(nik or '')}"))
            else:
                due.append(person_id)
        return tuple(due), refused

    @staticmethod
    def _open_referrals(s: Session, which) -> bool:
        return s.execute(select(ReferralRecord.id).where(
            which, ReferralRecord.deleted.is_(False), ReferralRecord.status.not_in(FINAL)).limit(1)).first() is not None

    # ---- purging -------------------------------------------------------------------------------
    def purge(self, review: RetentionReview) -> PurgeResult:
        """Purges what `review` found due (checked again: a row changed since is left). Admin only."""
        self._ctx.require({Role.ADMIN}, "menghapus data menurut jadwal retensi")
        fresh = self.review()
        households = tuple(i for i in review.household_ids if i in fresh.household_ids)
        persons = tuple(i for i in review.person_ids if i in fresh.person_ids)
        complaints = tuple(i for i in review.complaint_ids if i in fresh.complaint_ids)
        with self._ctx.transaction() as s:
            local = s.execute(select(OfficeRecord.local_origin_id)).scalar_one()
            for household_id in households:
                self._purge_household(s, local, household_id)
            for person_id in persons:
                person = s.get(PersonRecord, person_id)
                drop_terms(s, person.id)
                tombstone(person)
                s.flush()
                refresh_summary(s, person.household)
            for complaint_id in complaints:
                complaint = s.get(ComplaintRecord, complaint_id)
                complaint.description = complaint.reporter_name = complaint.reporter_phone = ""
            self._ctx.audit(s, "retention_purge", "office", "",
                            f"{len(persons)} orang, {len(households)} keluarga, {len(complaints)} keluhan")
        removed = 0
        if self._remove_old_backups is not None:
            shortest = min(fresh.schedule.person_years, fresh.schedule.household_years, fresh.schedule.complaint_years)
            removed = self._remove_old_backups(_years_ago(clock.now_utc(), shortest))
        return PurgeResult(len(persons), len(households), len(complaints), fresh.refused, removed)

    @staticmethod
    def _purge_household(s: Session, local: str, household_id: str) -> None:
        referrals = select(ReferralRecord.id).where(ReferralRecord.household_id == household_id)
        complaints = select(ComplaintRecord.id).where(ComplaintRecord.household_id == household_id)
        for model in HOUSEHOLD_ROWS:
            if model in (ReferralEventRecord, ReferralOutcomeRecord):
                where = model.referral_id.in_(referrals)
            elif model is ComplaintEventRecord:
                where = model.complaint_id.in_(complaints)
            else:
                where = model.household_id == household_id
            for row in s.execute(select(model).where(where, model.origin_id == local,
                                                     model.deleted.is_(False))).scalars():
                tombstone(row)
        tombstone_household(s, s.get(HouseholdRecord, household_id))
