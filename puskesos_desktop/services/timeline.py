"""The story of a household: needs, complaints, referrals, letters, outcomes and the PSKS's field
activities, in date order."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select

from ..core import clock
from ..core.psks import ACTIVITY_KINDS
from ..core.referral_model import TimelineEntry
from ..core.referrals import (
    COMPLAINT_KIND_LABELS, COMPLAINT_STATUS_LABELS, NEED_STATUS_LABELS, OUTCOME_LABELS,
    REFERRAL_STATUS_LABELS, ComplaintKind, ComplaintStatus, NeedStatus, Outcome, ReferralStatus,
)
from ..db.records import (
    ActivityRecord, ComplaintEventRecord, ComplaintRecord, LetterRecord, NeedRecord, PersonRecord, PsksRecord,
    ReferralOutcomeRecord, ReferralRecord,
)
from .activities import linked
from .catalogue import CatalogueService
from .context import Context


class TimelineService:
    def __init__(self, context: Context, catalogue: CatalogueService) -> None:
        self._ctx = context
        self._catalogue = catalogue

    def household_timeline(self, household_id: str) -> list[TimelineEntry]:
        names = {e.code: e.name for e in self._catalogue.services()}
        places = {e.code: e.name for e in self._catalogue.institutions()}
        entries: list[TimelineEntry] = []
        with self._ctx.reading() as s:
            for n in s.execute(select(NeedRecord).where(
                    NeedRecord.household_id == household_id, NeedRecord.deleted.is_(False))).scalars():
                entries.append(TimelineEntry(
                    n.recorded_on, n.created_at, "kebutuhan", n.id,
                    f"Kebutuhan: {names.get(n.service_code, n.service_code)}",
                    f"{n.description} ({NEED_STATUS_LABELS[NeedStatus(n.status)]})"))
            members = select(PersonRecord.id).where(PersonRecord.household_id == household_id)
            complaints = s.execute(select(ComplaintRecord).where(
                or_(ComplaintRecord.household_id == household_id, ComplaintRecord.person_id.in_(members)),
                ComplaintRecord.deleted.is_(False))).scalars().all()
            for c in complaints:
                entries.append(TimelineEntry(
                    c.received_on, c.created_at, "keluhan", c.id,
                    f"Keluhan ({COMPLAINT_KIND_LABELS[ComplaintKind(c.kind)]}) dari {c.reporter_name}",
                    c.description or ""))
            events = s.execute(select(ComplaintEventRecord).where(
                ComplaintEventRecord.complaint_id.in_([c.id for c in complaints]),
                ComplaintEventRecord.from_status.is_not(None))).scalars()
            for e in events:
                entries.append(TimelineEntry(
                    e.happened_on, e.at, "keluhan", e.complaint_id,
                    f"Keluhan {COMPLAINT_STATUS_LABELS[ComplaintStatus(e.to_status)].lower()}", e.note or ""))
            referrals = s.execute(select(ReferralRecord).where(
                ReferralRecord.household_id == household_id, ReferralRecord.deleted.is_(False))).scalars().all()
            ids = [r.id for r in referrals]
            for r in referrals:
                entries.append(TimelineEntry(
                    clock.local_date(r.created_at), r.created_at, "rujukan", r.id,
                    f"Rujukan {names.get(r.service_code, r.service_code)} ke "
                    f"{places.get(r.institution_code, r.institution_code)}",
                    f"{r.reason} ({REFERRAL_STATUS_LABELS[ReferralStatus(r.status)]})"))
            for letter in s.execute(select(LetterRecord).where(
                    LetterRecord.referral_id.in_(ids), LetterRecord.deleted.is_(False))).scalars():
                entries.append(TimelineEntry(
                    letter.letter_date, letter.created_at, "surat", letter.referral_id,
                    f"Surat rujukan nomor {letter.number}", f"Yth. {letter.addressee}"))
            for o in s.execute(select(ReferralOutcomeRecord).where(
                    ReferralOutcomeRecord.referral_id.in_(ids), ReferralOutcomeRecord.deleted.is_(False))).scalars():
                detail = "; ".join(x for x in (o.reason, o.forwarded_to, o.missing_documents, o.notes) if x)
                entries.append(TimelineEntry(
                    o.received_on, o.created_at, "hasil", o.referral_id,
                    f"Hasil rujukan: {OUTCOME_LABELS[Outcome(o.outcome)]}", detail))
            entries += _activities(s, household_id)
        return sorted(entries, key=lambda e: (e.on or dt.date.min, e.at or dt.datetime.min, e.entity_id))


def _activities(s, household_id: str) -> list[TimelineEntry]:
    """The PSKS's field activities for the household (issue 12 §2), with who did them."""
    activities = s.execute(select(ActivityRecord).where(ActivityRecord.deleted.is_(False), ActivityRecord.id.in_(
        linked("household", household_id)))).scalars().all()
    ids = {p for a in activities for p in (a.psks_ids or "").split()}
    names = dict(s.execute(select(PsksRecord.id, PsksRecord.name).where(PsksRecord.id.in_(ids))).all()) if ids else {}
    out = []
    for a in activities:
        who = sorted(names.get(p, p) for p in (a.psks_ids or "").split())
        follow_up = f"tindak lanjut {a.follow_up_on:%d-%m-%Y}" if a.follow_up_on else ""
        title = f"{ACTIVITY_KINDS.get(a.kind, a.kind)} oleh {', '.join(who) or '-'}"
        out.append(TimelineEntry(a.done_on, a.created_at, "kegiatan", a.id, title,
                                 "; ".join(x for x in (a.note or "", follow_up) if x)))
    return out
