"""Field activities of the PSKS (issue 12 §2): penjangkauan, pendampingan, fasilitasi, penghantaran,
home visits and assessments; who did them (PSKS) and for whom (households). Synced desa rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from ..core import clock
from ..core.codes import WRITER_ROLES
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.psks import Activity, ActivityDraft, check_activity
from ..db.records import (
    ActivityHouseholdRecord, ActivityPsksRecord, ActivityRecord, ComplaintRecord, HouseholdRecord, NeedRecord,
    PsksRecord, ReferralRecord,
)
from .context import Context


class ActivityService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def add(self, draft: ActivityDraft, today: dt.date | None = None) -> Activity:
        self._ctx.require(WRITER_ROLES, "mencatat kegiatan PSKS")
        problems = check_activity(draft, today or clock.today())
        psks_ids, household_ids = tuple(dict.fromkeys(draft.psks_ids)), tuple(dict.fromkeys(draft.household_ids))
        with self._ctx.transaction() as s:
            for psks_id in psks_ids:
                psks = s.get(PsksRecord, psks_id)
                if psks is None or psks.deleted:
                    problems.error("psks", "unknown", f"PSKS {psks_id} tidak ditemukan.")
                elif psks.sk_date is not None and draft.done_on < psks.sk_date:
                    problems.error("done_on", "before_sk", (
                        f"Tanggal kegiatan {draft.done_on:%d-%m-%Y} sebelum SK {psks.name} "
                        f"({psks.sk_date:%d-%m-%Y}): PSKS itu belum bertugas."))
            for household_id in household_ids:
                household = s.get(HouseholdRecord, household_id)
                if household is None:
                    problems.error("households", "unknown", f"Keluarga {household_id} tidak ditemukan.")
                elif household.deleted:
                    problems.error("households", "removed", "Keluarga ini sudah dihapus dari daftar; kegiatan "
                                   "tidak dapat dicatat untuknya.")
            for model, value, field, what in ((NeedRecord, draft.need_id, "need", "Kebutuhan"),
                                              (ComplaintRecord, draft.complaint_id, "complaint", "Keluhan"),
                                              (ReferralRecord, draft.referral_id, "referral", "Rujukan")):
                if value:
                    row = s.get(model, value)
                    if row is None or row.deleted:
                        problems.error(field, "unknown", f"{what} {value} tidak ditemukan.")
            problems.raise_if_errors()
            record = ActivityRecord(
                id=new_id(), deleted=False, kind=draft.kind, done_on=draft.done_on, note=draft.note.strip(),
                follow_up_on=draft.follow_up_on, need_id=draft.need_id or None,
                complaint_id=draft.complaint_id or None, referral_id=draft.referral_id or None,
            )
            s.add(record)
            s.flush()
            s.add_all([ActivityPsksRecord(id=new_id(), deleted=False, activity_id=record.id, psks_id=p)
                       for p in psks_ids])
            s.add_all([ActivityHouseholdRecord(id=new_id(), deleted=False, activity_id=record.id, household_id=h)
                       for h in household_ids])
            s.flush()
            self._ctx.audit(s, "activity_add", "activity", record.id, draft.kind)
            return _activity(record, psks_ids, household_ids)

    def get(self, activity_id: str) -> Activity:
        with self._ctx.reading() as s:
            record = s.get(ActivityRecord, activity_id)
            if record is None or record.deleted:
                raise NotFoundError("Kegiatan tidak ditemukan.")
            return _with_links(s, [record])[0]

    def list(self, *, month: str | None = None, psks_id: str | None = None,
             household_id: str | None = None) -> list[Activity]:
        """Live activities, newest first; `month` "YYYY-MM", one PSKS's, one household's."""
        query = select(ActivityRecord).where(ActivityRecord.deleted.is_(False))
        if month:
            first = _month(month)
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            query = query.where(ActivityRecord.done_on >= first, ActivityRecord.done_on < following)
        if psks_id:
            query = query.where(ActivityRecord.id.in_(select(ActivityPsksRecord.activity_id).where(
                ActivityPsksRecord.psks_id == psks_id, ActivityPsksRecord.deleted.is_(False))))
        if household_id:
            query = query.where(ActivityRecord.id.in_(select(ActivityHouseholdRecord.activity_id).where(
                ActivityHouseholdRecord.household_id == household_id, ActivityHouseholdRecord.deleted.is_(False))))
        with self._ctx.reading() as s:
            records = list(s.execute(query.order_by(ActivityRecord.done_on.desc(), ActivityRecord.id)).scalars())
            return _with_links(s, records)


def _month(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise ValidationError.single("month", "format", f"Bulan harus berbentuk TTTT-BB, bukan {text!r}.") from None


def _with_links(s, records: list[ActivityRecord]) -> list[Activity]:
    ids = [r.id for r in records]
    psks, households = defaultdict(list), defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for activity_id, psks_id in s.execute(select(ActivityPsksRecord.activity_id, ActivityPsksRecord.psks_id).where(
                ActivityPsksRecord.activity_id.in_(chunk), ActivityPsksRecord.deleted.is_(False))):
            psks[activity_id].append(psks_id)
        for activity_id, household_id in s.execute(select(
                ActivityHouseholdRecord.activity_id, ActivityHouseholdRecord.household_id).where(
                ActivityHouseholdRecord.activity_id.in_(chunk), ActivityHouseholdRecord.deleted.is_(False))):
            households[activity_id].append(household_id)
    return [_activity(r, tuple(sorted(psks[r.id])), tuple(sorted(households[r.id]))) for r in records]


def _activity(r: ActivityRecord, psks_ids: tuple[str, ...], household_ids: tuple[str, ...]) -> Activity:
    return Activity(
        id=r.id, kind=r.kind or "", done_on=r.done_on, psks_ids=psks_ids, household_ids=household_ids,
        note=r.note or "", follow_up_on=r.follow_up_on, need_id=r.need_id, complaint_id=r.complaint_id,
        referral_id=r.referral_id, origin_id=r.origin_id,
    )
