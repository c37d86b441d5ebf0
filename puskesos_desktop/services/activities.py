"""Field activities of the PSKS (issue 12 §2): penjangkauan, pendampingan, fasilitasi, penghantaran,
home visits and assessments; who did them (PSKS) and for whom (households). One synced desa row per
activity, its PSKS and households in it; the local `activity_link` index finds them by PSKS or household."""

from __future__ import annotations

import datetime as dt
from sqlalchemy import select

from ..core import clock
from ..core.codes import WRITER_ROLES
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.psks import Activity, ActivityDraft, check_activity
from ..db.records import (
    ActivityLinkRecord, ActivityRecord, ComplaintRecord, HouseholdRecord, NeedRecord, PsksRecord, ReferralRecord,
)
from ..sync.engine import index_activities
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
                psks_ids="\n".join(psks_ids), household_ids="\n".join(household_ids),
                follow_up_on=draft.follow_up_on, need_id=draft.need_id or None,
                complaint_id=draft.complaint_id or None, referral_id=draft.referral_id or None,
            )
            s.add(record)
            s.flush()
            index_activities(s, [{"id": record.id, "psks_ids": record.psks_ids,
                                  "household_ids": record.household_ids, "deleted": False}])
            self._ctx.audit(s, "activity_add", "activity", record.id, draft.kind)
            return _activity(record)

    def get(self, activity_id: str) -> Activity:
        with self._ctx.reading() as s:
            record = s.get(ActivityRecord, activity_id)
            if record is None or record.deleted:
                raise NotFoundError("Kegiatan tidak ditemukan.")
            return _activity(record)

    def list(self, *, month: str | None = None, psks_id: str | None = None,
             household_id: str | None = None) -> list[Activity]:
        """Live activities, newest first; `month` "YYYY-MM", one PSKS's, one household's."""
        query = select(ActivityRecord).where(ActivityRecord.deleted.is_(False))
        if month:
            first = _month(month)
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            query = query.where(ActivityRecord.done_on >= first, ActivityRecord.done_on < following)
        for kind, target in (("psks", psks_id), ("household", household_id)):
            if target:
                query = query.where(ActivityRecord.id.in_(linked(kind, target)))
        with self._ctx.reading() as s:
            return [_activity(r) for r in s.execute(query.order_by(ActivityRecord.done_on.desc(),
                                                                   ActivityRecord.id)).scalars()]


def linked(kind: str, target_id: str):
    """The ids of the activities of a PSKS (`kind` "psks") or of a household ("household")."""
    return select(ActivityLinkRecord.activity_id).where(ActivityLinkRecord.kind == kind,
                                                        ActivityLinkRecord.target_id == target_id)


def _month(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise ValidationError.single("month", "format", f"Bulan harus berbentuk TTTT-BB, bukan {text!r}.") from None


def _activity(r: ActivityRecord) -> Activity:
    return Activity(
        id=r.id, kind=r.kind or "", done_on=r.done_on, psks_ids=tuple((r.psks_ids or "").split()),
        household_ids=tuple((r.household_ids or "").split()),
        note=r.note or "", follow_up_on=r.follow_up_on, need_id=r.need_id, complaint_id=r.complaint_id,
        referral_id=r.referral_id, origin_id=r.origin_id,
    )
