"""Referrals (rujukan): draft, approve with a letter number, print log, find by code, outcome, overdue."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..core import clock
from ..core.errors import NotFoundError, ValidationError
from ..core.ids import new_id
from ..core.letter import parse_scan
from ..core.referral_model import (
    LetterRegisterEntry, Need, OutcomeDraft, OverdueReferral, PrintRecord, Referral, ReferralDraft, ReferralOutcome,
    ReferralRow,
)
from ..core.referrals import (
    APPROVER_ROLES, CODE_LENGTH, DEFAULT_DUE_DAYS, DRAFTING_ROLES, OUTCOME_STATUS, Outcome,
    ReferralStatus,
    check_outcome, check_referral, check_transition, default_due_date, format_letter_number,
    follow_outcomes, new_verification_code, normalize_code,
)
from ..db import mapping_referrals as mapping
from ..db.records import (
    ComplaintRecord, LetterCounterRecord, LetterRecord, NeedRecord, OfficeRecord, PersonRecord, ReferralEventRecord,
    ReferralOutcomeRecord, ReferralRecord, SyncOriginRecord, utcnow,
)
from .catalogue import ensure_seeded, institution_map, service_map
from .context import Context
from .needs import follow_referral, live_person, referrable_needs

# Statuses in which a return slip is still awaited (and which can therefore be overdue).
AWAITING_SLIP = (ReferralStatus.DISETUJUI.value, ReferralStatus.DICETAK.value)


class ReferralService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    # ---- drafting (operator) ---------------------------------------------------------------
    def create_draft(self, draft: ReferralDraft, today: dt.date | None = None) -> Referral:
        self._ctx.require(DRAFTING_ROLES, "membuat rujukan")
        with self._ctx.transaction() as s:
            record = ReferralRecord(id=new_id(), status=ReferralStatus.DRAF.value, print_count=0)
            self._apply(s, record, draft, today)
            s.add(record)
            s.flush()
            self._event(s, record, None, ReferralStatus.DRAF, "")
            self._ctx.audit(s, "referral_create", "referral", record.id)
            return mapping.referral(record)

    def update_draft(self, referral_id: str, draft: ReferralDraft, today: dt.date | None = None) -> Referral:
        """Only a draft can change: once approved, the letter's content is fixed by its number."""
        self._ctx.require(DRAFTING_ROLES, "mengubah rujukan")
        with self._ctx.transaction() as s:
            record = _live(s, referral_id)
            if record.status != ReferralStatus.DRAF.value:
                raise ValidationError.single("status", "not_draft", "Rujukan yang sudah disetujui tidak dapat diubah.")
            self._apply(s, record, draft, today)
            self._ctx.audit(s, "referral_update", "referral", record.id)
            s.flush()
            return mapping.referral(record)

    def cancel(self, referral_id: str, note: str = "") -> Referral:
        self._ctx.require(DRAFTING_ROLES, "membatalkan rujukan")
        with self._ctx.transaction() as s:
            record = _live(s, referral_id)
            self._move(s, record, ReferralStatus.DIBATALKAN, note)
            follow_referral(s, record.need_id, ReferralStatus.DIBATALKAN)
            return mapping.referral(record)

    # ---- approval (koordinator) -----------------------------------------------------------
    def approve(self, referral_id: str, today: dt.date | None = None) -> Referral:
        """Penetapan layanan: issues the letter number and verification code, enters the register.

        The serial comes from the per-year counter in this same transaction, so a failure anywhere
        gives it back (no gap) and a concurrent approval waits for the counter (no repeat).
        """
        self._ctx.require(APPROVER_ROLES, "menyetujui rujukan (penetapan layanan)")
        today = today or clock.today()
        with self._ctx.transaction() as s:
            # The counter is locked first, before any synced row is flushed: every approval takes
            # the locks in the same order (counter, then the sync origin), so two cannot deadlock.
            serial = _take_serial(s, today.year)
            record = s.execute(
                select(ReferralRecord).where(ReferralRecord.id == referral_id)
                .execution_options(populate_existing=True)  # re-read after waiting for the counter
            ).scalar_one_or_none()
            if record is None or record.deleted:
                raise NotFoundError("Rujukan tidak ditemukan atau sudah dihapus.")
            check_transition(ReferralStatus(record.status), ReferralStatus.DISETUJUI)
            office = s.execute(select(OfficeRecord)).scalar_one()
            services, institutions = service_map(s), institution_map(s)
            check_referral(_draft_of(record), services, institutions, clock.local_date(record.created_at)).raise_if_errors()
            number = format_letter_number(office.letter_classification, serial, office.letter_unit_code, today)
            record.letter_number, record.serial, record.year, record.letter_date = number, serial, today.year, today
            record.verification_code = _unique_code(s)
            record.approved_by = self._ctx.operator.id if self._ctx.operator else None
            record.approved_at = utcnow()
            record.due_date = record.due_date or default_due_date(today, office.referral_due_days or DEFAULT_DUE_DAYS)
            institution = institutions[record.institution_code]
            s.add(LetterRecord(
                id=new_id(), number=number, serial=serial, year=today.year, letter_date=today,
                classification=office.letter_classification, addressee=institution.addressee,
                subject=f"Rujukan {services[record.service_code].name}", referral_id=record.id,
            ))
            self._move(s, record, ReferralStatus.DISETUJUI, number)
            follow_referral(s, record.need_id, ReferralStatus.DISETUJUI)
            s.flush()
            return mapping.referral(record)

    def record_print(self, referral_id: str) -> PrintRecord:
        """Logs a print; the first makes the referral `dicetak`, later ones are copies (SALINAN)."""
        self._ctx.require(DRAFTING_ROLES, "mencetak surat rujukan")
        with self._ctx.transaction() as s:
            return self.log_print(s, _live(s, referral_id))

    def log_print(self, s: Session, record: ReferralRecord) -> PrintRecord:
        """Inside the caller's transaction (the one that renders the letter): count, move, audit."""
        if record.status in (ReferralStatus.DRAF.value, ReferralStatus.DIBATALKAN.value):
            raise ValidationError.single("status", "not_approved",
                                         "Surat rujukan belum dapat dicetak: rujukan belum disetujui koordinator.")
        record.print_count = (record.print_count or 0) + 1
        if record.status == ReferralStatus.DISETUJUI.value:
            self._move(s, record, ReferralStatus.DICETAK, "")
        self._ctx.audit(s, "referral_print", "referral", record.id, str(record.print_count))
        return PrintRecord(record.id, record.letter_number or "", record.print_count)

    # ---- closing the loop ------------------------------------------------------------------
    def find_by_code(self, text: str) -> Referral:
        """The referral whose letter carries this code: typed, read out by phone, or scanned from the
        QR (then by the id it carries, when its code matches, else by the code alone)."""
        code, referral_id = parse_scan(text)
        wanted = normalize_code(code)
        with self._ctx.reading() as s:
            record = None
            if referral_id and len(referral_id) <= 36:
                candidate = s.get(ReferralRecord, referral_id)
                if candidate is not None and not candidate.deleted and candidate.verification_code == wanted:
                    record = candidate
            if record is None and len(wanted) == CODE_LENGTH:
                record = s.execute(
                    select(ReferralRecord).where(ReferralRecord.verification_code == wanted,
                                                 ReferralRecord.deleted.is_(False))
                ).scalars().first()
            if record is None:
                raise NotFoundError(f"Tidak ada rujukan dengan kode {code.strip() or '(kosong)'}. Periksa lagi kodenya.")
            return mapping.referral(record)

    def record_outcome(self, referral_id: str, draft: OutcomeDraft, today: dt.date | None = None) -> ReferralOutcome:
        self._ctx.require(DRAFTING_ROLES, "mencatat hasil rujukan")
        check_outcome(draft, today).raise_if_errors()
        with self._ctx.transaction() as s:
            record = _live(s, referral_id)
            if record.letter_date and draft.received_on < record.letter_date:
                raise ValidationError.single("received_on", "before_letter",
                                             "Tanggal diterima layanan tidak boleh sebelum tanggal surat.")
            target = OUTCOME_STATUS[draft.outcome]
            # At the kabupaten the referral is the desa's row: only the outcome is written here (a row
            # of our own pointing at it); the desa moves its referral when the outcome arrives.
            own = record.origin_id == _local_origin(s)
            if own:
                self._move(s, record, target, draft.outcome.value)
            else:  # from the status the outcomes recorded here so far lead to, as the desa will follow them
                earlier = s.execute(select(ReferralOutcomeRecord.outcome).where(
                    ReferralOutcomeRecord.referral_id == record.id, ReferralOutcomeRecord.deleted.is_(False))
                    .order_by(ReferralOutcomeRecord.received_on, ReferralOutcomeRecord.created_at,
                              ReferralOutcomeRecord.id)).scalars()
                check_transition(follow_outcomes(ReferralStatus(record.status), (Outcome(o) for o in earlier)), target)
            outcome = ReferralOutcomeRecord(
                id=new_id(), referral_id=record.id, outcome=draft.outcome.value, received_on=draft.received_on,
                officer=draft.officer.strip().upper(), unit=draft.unit.strip(), notes=draft.notes.strip(),
                reason=draft.reason.strip(), forwarded_to=draft.forwarded_to.strip(),
                missing_documents=draft.missing_documents.strip(), next_appointment=draft.next_appointment,
            )
            s.add(outcome)
            if own:
                follow_referral(s, record.need_id, target)
            self._ctx.audit(s, "referral_outcome", "referral", record.id, draft.outcome.value)
            s.flush()
            return mapping.outcome(outcome)

    # ---- reading ---------------------------------------------------------------------------
    def get(self, referral_id: str) -> Referral:
        with self._ctx.reading() as s:
            return mapping.referral(_live(s, referral_id))

    def needs_to_answer(self, person_id: str, include: str | None = None) -> list[Need]:
        """The open needs a referral of this person can answer (theirs, and their household's without a
        person), oldest first; `include` (the need a draft already answers) is listed whatever its status."""
        with self._ctx.reading() as s:
            return [mapping.need(r) for r in referrable_needs(s, live_person(s, person_id), include)]

    def outcomes(self, referral_id: str) -> list[ReferralOutcome]:
        with self._ctx.reading() as s:
            rows = s.execute(
                select(ReferralOutcomeRecord).where(ReferralOutcomeRecord.referral_id == referral_id,
                                                    ReferralOutcomeRecord.deleted.is_(False))
                .order_by(ReferralOutcomeRecord.received_on, ReferralOutcomeRecord.id)
            ).scalars()
            return [mapping.outcome(r) for r in rows]

    def list_referrals(self, status: ReferralStatus | None = None, *, offset: int = 0,
                       limit: int | None = None) -> list[Referral]:
        """Newest first (ids are time-ordered)."""
        with self._ctx.reading() as s:
            query = select(ReferralRecord).where(ReferralRecord.deleted.is_(False))
            if status is not None:
                query = query.where(ReferralRecord.status == ReferralStatus(status).value)
            rows = s.execute(query.order_by(ReferralRecord.id.desc()).offset(offset).limit(limit)).scalars()
            return [mapping.referral(r) for r in rows]

    def rows(self, status: ReferralStatus | None = None, *, offset: int = 0, limit: int = 200,
             origin_id: str | None = None) -> list[ReferralRow]:
        """A page of the referral list, newest first, with the person's name and the service's name;
        `origin_id` keeps one installation's referrals (at the kabupaten: one desa's)."""
        with self._ctx.reading() as s:
            names = {code: entry.name for code, entry in service_map(s).items()}
            # The page's ids first, from an index alone (deleted, id) or (status, deleted, id): a deep
            # OFFSET then skips index entries, not table rows and person lookups.
            page = select(ReferralRecord.id).where(ReferralRecord.deleted.is_(False))
            if status is not None:
                page = page.where(ReferralRecord.status == ReferralStatus(status).value)
            if origin_id is not None:
                page = page.where(ReferralRecord.origin_id == origin_id)
            ids = page.order_by(ReferralRecord.id.desc()).offset(offset).limit(limit).subquery()
            result = s.execute(
                select(ReferralRecord, PersonRecord.name).join(ids, ids.c.id == ReferralRecord.id)
                .join(PersonRecord, PersonRecord.id == ReferralRecord.person_id).order_by(ReferralRecord.id.desc())
            )
            return [mapping.referral_row(r, name or "", names.get(r.service_code or "", r.service_code or ""))
                    for r, name in result]

    def count(self, status: ReferralStatus | None = None, *, origin_id: str | None = None) -> int:
        with self._ctx.reading() as s:
            query = select(func.count()).select_from(ReferralRecord).where(ReferralRecord.deleted.is_(False))
            if status is not None:
                query = query.where(ReferralRecord.status == ReferralStatus(status).value)
            if origin_id is not None:
                query = query.where(ReferralRecord.origin_id == origin_id)
            return s.execute(query).scalar_one()

    def overdue_referrals(self, today: dt.date | None = None) -> list[Referral]:
        """Approved or printed, past the due date, and no return slip recorded: oldest due first."""
        today = today or clock.today()
        with self._ctx.reading() as s:
            rows = s.execute(
                select(ReferralRecord).where(
                    ReferralRecord.status.in_(AWAITING_SLIP), ReferralRecord.due_date < today,
                    ReferralRecord.deleted.is_(False),
                    ~select(ReferralOutcomeRecord.id).where(
                        ReferralOutcomeRecord.referral_id == ReferralRecord.id,
                        ReferralOutcomeRecord.deleted.is_(False),
                    ).exists(),
                ).order_by(ReferralRecord.due_date, ReferralRecord.id)
            ).scalars()
            return [mapping.referral(r) for r in rows]

    def overdue_list(self, today: dt.date | None = None) -> list[OverdueReferral]:
        """`overdue_referrals` with the person's and the service's names and the days late."""
        today = today or clock.today()
        overdue = self.overdue_referrals(today)
        with self._ctx.reading() as s:
            services = {code: entry.name for code, entry in service_map(s).items()}
            names = dict(s.execute(select(PersonRecord.id, PersonRecord.name).where(
                PersonRecord.id.in_([r.person_id for r in overdue]))).all()) if overdue else {}
        return [OverdueReferral(r, names.get(r.person_id) or "", services.get(r.service_code, r.service_code),
                                (today - r.due_date).days if r.due_date else 0) for r in overdue]

    def letter_register(self, year: int) -> list[LetterRegisterEntry]:
        """The buku agenda surat keluar of one year, by serial."""
        with self._ctx.reading() as s:
            rows = s.execute(
                select(LetterRecord).where(LetterRecord.year == year, LetterRecord.deleted.is_(False))
                .order_by(LetterRecord.serial, LetterRecord.id)
            ).scalars()
            return [mapping.letter(r) for r in rows]

    # ---- helpers (never commit) ------------------------------------------------------------
    def _apply(self, s: Session, record: ReferralRecord, draft: ReferralDraft, today: dt.date | None) -> None:
        ensure_seeded(s)
        services, institutions = service_map(s), institution_map(s)
        problems = check_referral(draft, services, institutions, today)
        household_id = None
        if draft.person_id:
            try:
                person = live_person(s, draft.person_id)
                household_id = person.household_id
                if person.life_status == "meninggal":
                    problems.error("person_id", "deceased", "Warga ini tercatat meninggal dan tidak dapat dirujuk.")
            except ValidationError as exc:
                problems.errors.extend(exc.errors)
        if draft.need_id:
            need = s.get(NeedRecord, draft.need_id)
            if need is None or need.deleted or need.household_id != household_id:
                problems.error("need_id", "unknown", "Kebutuhan yang dirujuk tidak ditemukan pada keluarga warga ini.")
        if draft.complaint_id:
            complaint = s.get(ComplaintRecord, draft.complaint_id)
            if complaint is None or complaint.deleted:
                problems.error("complaint_id", "unknown", "Keluhan yang dirujuk tidak ditemukan.")
        problems.raise_if_errors()
        service = services[draft.service_code]
        record.person_id, record.household_id = draft.person_id, household_id
        record.need_id, record.complaint_id = draft.need_id, draft.complaint_id
        record.service_code = draft.service_code
        record.institution_code = draft.institution_code or service.default_institution
        record.reason = draft.reason.strip()
        order = [d.code for d in service.documents]
        record.documents = json.dumps(sorted(set(draft.documents), key=order.index))
        record.urgency, record.due_date = draft.urgency.value, draft.due_date

    def _move(self, s: Session, record: ReferralRecord, target: ReferralStatus, note: str) -> None:
        current = ReferralStatus(record.status)
        check_transition(current, target)
        record.status = target.value
        self._event(s, record, current, target, note)
        self._ctx.audit(s, "referral_status", "referral", record.id, target.value)

    def _event(self, s: Session, record: ReferralRecord, current, target: ReferralStatus, note: str) -> None:
        s.add(ReferralEventRecord(
            id=new_id(), referral_id=record.id, from_status=current.value if current else None,
            to_status=target.value, at=utcnow(),
            operator_id=self._ctx.operator.id if self._ctx.operator else None, note=note,
        ))


def _take_serial(s: Session, year: int) -> int:
    """The next serial of `year`: an UPDATE … RETURNING that row-locks the counter until commit.

    On SQLite the write transaction began IMMEDIATE, so writers are serialised already.
    """
    # The dialect's own INSERT … ON CONFLICT, imported here: the PostgreSQL dialect costs ~0.1 s of
    # start-up on a desa, which never uses it (docs/benchmarks.md, start-up).
    if s.execute(select(SyncOriginRecord.reseed_seq).where(SyncOriginRecord.is_local.is_(True))).scalar() is not None:
        # Restored from a backup (or set up in place of a lost laptop), and the kabupaten has not sent
        # back what it lacked: letters numbered on the lost laptop may come back, so no number is given
        # until they have.
        raise ValidationError.single("letter", "restored", (
            "Data laptop lama desa ini belum kembali dari kabupaten (laptop ini dipulihkan dari cadangan atau "
            "menggantikan laptop yang hilang): nomor surat baru diberikan setelah kiriman balik kabupaten "
            "diterima, supaya tidak memakai nomor yang sudah dipakai di laptop lama."))
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    s.execute(insert(LetterCounterRecord).values(year=year, last_serial=0).on_conflict_do_nothing(index_elements=["year"]))
    return s.execute(
        update(LetterCounterRecord).where(LetterCounterRecord.year == year)
        .values(last_serial=LetterCounterRecord.last_serial + 1).returning(LetterCounterRecord.last_serial)
        .execution_options(synchronize_session=False)
    ).scalar_one()


def _unique_code(s: Session) -> str:
    while True:
        code = new_verification_code()
        if s.execute(select(ReferralRecord.id).where(ReferralRecord.verification_code == code)).first() is None:
            return code


def _draft_of(record: ReferralRecord) -> ReferralDraft:
    from ..core.referrals import Urgency

    return ReferralDraft(
        person_id=record.person_id or "", service_code=record.service_code or "", reason=record.reason or "",
        institution_code=record.institution_code or "", documents=tuple(json.loads(record.documents or "[]")),
        need_id=record.need_id, complaint_id=record.complaint_id, urgency=Urgency(record.urgency),
    )


def _local_origin(s: Session) -> str:
    return s.execute(select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True))).scalar_one()


def _live(s: Session, referral_id: str) -> ReferralRecord:
    record = s.get(ReferralRecord, referral_id)
    if record is None or record.deleted:
        raise NotFoundError("Rujukan tidak ditemukan atau sudah dihapus.")
    return record
