"""Households and their members: register, edit, remove (tombstone), list and check duplicates."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..core import rules
from ..core.codes import HEAD, WRITER_ROLES
from ..core.errors import NotFoundError, Problems
from ..core.ids import new_id
from ..core.identity import clean_number, mask_number
from ..core.model import Household, HouseholdDraft, HouseholdRow, Person, PersonDraft, SavedWithWarnings
from ..core.names import name_keys
from ..core.restricted import keep_hidden, may_see_restricted, redact_household, redact_person
from ..db import mapping
from ..db.records import HouseholdRecord, PersonRecord
from ..db.stamping import tombstone
from .context import Context
from .household_rows import drop_terms, index_terms, refresh_summary, tombstone_household
from .person_move import plan_move


class HouseholdService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    # ---- reading -------------------------------------------------------------------------
    def count(self, *, without_consent: bool = False) -> int:
        """Live households; `without_consent`: only those with no consent in force (issue 11 §4)."""
        with self._ctx.reading() as s:
            return s.execute(
                select(func.count()).select_from(HouseholdRecord).where(*_listed(without_consent))
            ).scalar_one()

    def count_people(self) -> int:
        """Members of live households (the sum of the kept `member_count`, so no join over people)."""
        with self._ctx.reading() as s:
            return s.execute(
                select(func.coalesce(func.sum(HouseholdRecord.member_count), 0))
                .where(HouseholdRecord.deleted.is_(False))
            ).scalar_one()

    def page(self, offset: int, limit: int, *, without_consent: bool = False) -> list[HouseholdRow]:
        """Rows of the household list in its fixed order (head's name), for a model that loads what is visible."""
        with self._ctx.reading() as s:
            rows = s.execute(
                select(HouseholdRecord).where(*_listed(without_consent))
                .order_by(HouseholdRecord.head_name, HouseholdRecord.id).offset(offset).limit(limit)
            ).scalars()
            return [mapping.household_row(r) for r in rows]

    def get(self, household_id: str) -> Household:
        with self._ctx.reading() as s:
            record = self._live_household(s, household_id)
            return redact_household(mapping.household(record), self._ctx.role)

    def sees_restricted(self) -> bool:
        """Whether the signed-in operator sees the restricted categories and chronic illness (core/restricted)."""
        return may_see_restricted(self._ctx.role)

    def list_position(self, household_id: str) -> int | None:
        """Where the household stands in `page()`'s order (head's name, then id), so the full list can
        show it: the number of live households before it. None when it is not in the list."""
        with self._ctx.reading() as s:
            record = s.get(HouseholdRecord, household_id)
            if record is None or record.deleted or record.head_name is None:
                return None
            head = HouseholdRecord.head_name
            return s.execute(select(func.count(HouseholdRecord.id)).where(
                HouseholdRecord.deleted.is_(False),
                or_(head < record.head_name, and_(head == record.head_name, HouseholdRecord.id < record.id)),
            )).scalar_one()

    def living_holder(self, nik: str, person_id: str | None = None) -> Person | None:
        """The living person (other than `person_id`) registered with this NIK: the one a duplicate-NIK
        message is about, so the window can open them or move them."""
        with self._ctx.reading() as s:
            record = _living_with_nik(s, clean_number(nik), person_id)
            return redact_person(mapping.person(record), self._ctx.role) if record is not None else None

    def reveal_numbers(self, person_id: str) -> tuple[str, str]:
        """A member's full NIK and No KK, which lists show masked. Every view is written to the audit
        log (DESIGN §3: views of sensitive data are recorded)."""
        with self._ctx.transaction() as s:
            person = self._live_person(s, person_id)
            household = self._live_household(s, person.household_id)
            self._ctx.audit(s, "nik_view", "person", person.id)
            return person.nik or "", household.no_kk or ""

    def note_identifiers_shown(self, household_ids: list[str], where: str) -> None:
        """Full NIKs and No KKs printed in full outside the window (a command-line listing): one audit
        entry naming the first household and how many there were, never the numbers themselves."""
        if household_ids:
            with self._ctx.transaction() as s:
                self._ctx.audit(s, "identifiers_shown", "household", household_ids[0],
                                f"{len(household_ids)} keluarga ({where})")

    # ---- checks the dialogs call while the operator types ---------------------------------
    def check_household(self, draft: HouseholdDraft, household_id: str | None = None) -> Problems:
        problems = rules.check_household(draft)
        no_kk = clean_number(draft.no_kk)
        if not any(p.field == "no_kk" for p in problems.errors):
            with self._ctx.reading() as s:
                clash = s.execute(
                    select(HouseholdRecord.id, HouseholdRecord.head_name).where(
                        HouseholdRecord.no_kk == no_kk, HouseholdRecord.deleted.is_(False),
                        HouseholdRecord.id != (household_id or ""),
                    )
                ).first()
            if clash:
                problems.error("no_kk", "duplicate",
                               f"No KK ini sudah terdaftar (kepala keluarga: {clash.head_name or '—'}).")
        return problems

    def check_person(self, draft: PersonDraft, household_id: str | None = None,
                     person_id: str | None = None) -> Problems:
        with self._ctx.reading() as s:
            draft = self._kept(s, draft, person_id)
            problems = rules.check_person(draft)
            self._duplicate_checks(s, draft, problems, household_id, person_id)
        return problems

    def _duplicate_checks(self, s: Session, draft: PersonDraft, problems: Problems,
                          household_id: str | None, person_id: str | None) -> None:
        if not any(p.field == "nik" for p in problems.errors) and draft.life_status == "hidup":
            clash = _living_with_nik(s, clean_number(draft.nik), person_id)
            if clash is not None:
                problems.error("nik", "duplicate", _duplicate_message(clash, household_id, person_id))
        if draft.birth_date and draft.name.strip():
            twin = s.execute(
                select(PersonRecord.name, HouseholdRecord.no_kk)
                .join(HouseholdRecord, PersonRecord.household_id == HouseholdRecord.id)
                .where(PersonRecord.name_key == " ".join(name_keys(draft.name)),
                       PersonRecord.birth_date == draft.birth_date, PersonRecord.deleted.is_(False),
                       PersonRecord.id != (person_id or ""))
            ).first()
            if twin:
                problems.warn(
                    "name", "same_person",
                    f"Sudah ada {twin.name} dengan tanggal lahir yang sama di KK {mask_number(twin.no_kk)}. "
                    "Pastikan ini bukan orang yang sama sebelum menyimpan.",
                )
        if household_id and draft.relationship == HEAD and draft.life_status == "hidup":
            other_head = s.execute(
                select(PersonRecord.name).where(
                    PersonRecord.household_id == household_id, PersonRecord.relationship_ == HEAD,
                    PersonRecord.deleted.is_(False), PersonRecord.life_status == "hidup",
                    PersonRecord.id != (person_id or ""),
                )
            ).first()
            if other_head:
                problems.warn("relationship", "second_head",
                              f"Keluarga ini sudah punya kepala keluarga ({other_head.name}).")

    # ---- writing ---------------------------------------------------------------------------
    def create(self, draft: HouseholdDraft, members: tuple[PersonDraft, ...] = ()) -> SavedWithWarnings:
        """Registers a household, optionally with its members, in one transaction."""
        self._ctx.require(WRITER_ROLES, "mendaftarkan keluarga")
        problems = self.check_household(draft)
        problems.raise_if_errors()
        with self._ctx.transaction() as s:
            record = HouseholdRecord(id=new_id())
            mapping.apply_household(record, draft, clean_number(draft.no_kk))
            s.add(record)
            warnings = list(p.message for p in problems.warnings)
            seen: set[str] = set()
            for index, member in enumerate(members):
                member = keep_hidden(member, None, self._ctx.role)
                member_problems = rules.check_person(member)
                self._duplicate_checks(s, member, member_problems, None, None)
                nik = clean_number(member.nik)
                if nik in seen:
                    member_problems.error("nik", "duplicate", "NIK yang sama diisi dua kali dalam keluarga ini.")
                seen.add(nik)
                _prefix(member_problems, f"members[{index}].")
                problems.extend(member_problems)
                warnings += [p.message for p in member_problems.warnings]
                if not member_problems.errors:
                    self._insert_person(s, record.id, member)
            problems.raise_if_errors()
            refresh_summary(s, record)
            self._ctx.audit(s, "household_create", "household", record.id)
            return SavedWithWarnings(record.id, tuple(warnings))

    def update(self, household_id: str, draft: HouseholdDraft) -> SavedWithWarnings:
        self._ctx.require(WRITER_ROLES, "mengubah data keluarga")
        problems = self.check_household(draft, household_id)
        problems.raise_if_errors()
        with self._ctx.transaction() as s:
            record = self._live_household(s, household_id)
            mapping.apply_household(record, draft, clean_number(draft.no_kk))
            self._ctx.audit(s, "household_update", "household", record.id)
            return SavedWithWarnings(record.id, tuple(p.message for p in problems.warnings))

    def remove(self, household_id: str) -> None:
        """Tombstones the household and every member; the rows stay so the removal can travel."""
        self._ctx.require(WRITER_ROLES, "menghapus keluarga")
        with self._ctx.transaction() as s:
            tombstone_household(s, self._live_household(s, household_id))
            self._ctx.audit(s, "household_remove", "household", household_id)

    def add_person(self, household_id: str, draft: PersonDraft) -> SavedWithWarnings:
        self._ctx.require(WRITER_ROLES, "menambah anggota keluarga")
        with self._ctx.transaction() as s:
            record = self._live_household(s, household_id)
            draft = keep_hidden(draft, None, self._ctx.role)
            problems = rules.check_person(draft)
            self._duplicate_checks(s, draft, problems, household_id, None)
            problems.raise_if_errors()
            person = self._insert_person(s, household_id, draft)
            refresh_summary(s, record)
            self._ctx.audit(s, "person_create", "person", person.id)
            return SavedWithWarnings(person.id, tuple(p.message for p in problems.warnings))

    def update_person(self, person_id: str, draft: PersonDraft) -> SavedWithWarnings:
        self._ctx.require(WRITER_ROLES, "mengubah data anggota keluarga")
        with self._ctx.transaction() as s:
            person = self._live_person(s, person_id)
            draft = keep_hidden(draft, mapping.person(person), self._ctx.role)
            problems = rules.check_person(draft)
            self._duplicate_checks(s, draft, problems, person.household_id, person_id)
            problems.raise_if_errors()
            mapping.apply_person(person, draft, clean_number(draft.nik))
            index_terms(s, person)
            refresh_summary(s, person.household)
            self._ctx.audit(s, "person_update", "person", person.id)
            return SavedWithWarnings(person.id, tuple(p.message for p in problems.warnings))

    def move_person(self, person_id: str, to_household_id: str, relationship: str | None = None, *,
                    new_head_id: str | None = None, keep_empty_household: bool = False) -> SavedWithWarnings:
        """Moves a living person into another household of this desa (pindah KK), in one transaction:
        the person keeps their record (and history), with `relationship` in the new household (None
        keeps theirs). A head who leaves members behind names `new_head_id`, one of them, as the new
        head; the last living member moves only with `keep_empty_household` (the old KK stays, empty)."""
        self._ctx.require(WRITER_ROLES, "memindahkan anggota keluarga")
        with self._ctx.transaction() as s:
            person = self._live_person(s, person_id)
            target = self._live_household(s, to_household_id)
            source = person.household
            plan, problems = plan_move(person, target, relationship, new_head_id, keep_empty_household)
            problems.raise_if_errors()
            assert plan is not None
            if plan.new_head is not None:
                plan.new_head.relationship_ = HEAD
            person.household = target
            person.relationship_ = plan.relationship
            index_terms(s, person)  # the search index points at the household
            refresh_summary(s, source)
            refresh_summary(s, target)
            self._ctx.audit(s, "person_move", "person", person.id, detail=f"{source.id} -> {target.id}")
            return SavedWithWarnings(person.id, ())

    def remove_person(self, person_id: str) -> None:
        self._ctx.require(WRITER_ROLES, "menghapus anggota keluarga")
        with self._ctx.transaction() as s:
            person = self._live_person(s, person_id)
            household = person.household
            drop_terms(s, person.id)
            tombstone(person)
            s.flush()
            refresh_summary(s, household)
            self._ctx.audit(s, "person_remove", "person", person_id)

    # ---- helpers (never commit) ------------------------------------------------------------
    def _kept(self, s: Session, draft: PersonDraft, person_id: str | None) -> PersonDraft:
        """The draft with the restricted values the operator may not change put back (core/restricted)."""
        if may_see_restricted(self._ctx.role):
            return draft
        stored = s.get(PersonRecord, person_id) if person_id else None
        return keep_hidden(draft, mapping.person(stored) if stored is not None else None, self._ctx.role)

    def _insert_person(self, s: Session, household_id: str, draft: PersonDraft) -> PersonRecord:
        person = PersonRecord(id=new_id(), household_id=household_id)
        mapping.apply_person(person, draft, clean_number(draft.nik))
        s.add(person)
        index_terms(s, person, fresh=True)
        return person

    @staticmethod
    def _live_household(s: Session, household_id: str) -> HouseholdRecord:
        record = s.get(HouseholdRecord, household_id)
        if record is None or record.deleted:
            raise NotFoundError("Keluarga tidak ditemukan atau sudah dihapus.")
        return record

    @staticmethod
    def _live_person(s: Session, person_id: str) -> PersonRecord:
        record = s.get(PersonRecord, person_id)
        if record is None or record.deleted:
            raise NotFoundError("Anggota keluarga tidak ditemukan atau sudah dihapus.")
        return record


def _living_with_nik(s: Session, nik: str, person_id: str | None) -> PersonRecord | None:
    return s.execute(
        select(PersonRecord).where(PersonRecord.nik == nik, PersonRecord.deleted.is_(False),
                                   PersonRecord.life_status == "hidup", PersonRecord.id != (person_id or ""))
        .order_by(PersonRecord.id).limit(1)
    ).scalar_one_or_none()


def _duplicate_message(clash: PersonRecord, household_id: str | None, person_id: str | None) -> str:
    """Who has the NIK, and what the operator can do about it."""
    if clash.household_id == household_id:
        return (f"NIK ini sudah terdaftar atas nama {clash.name} di keluarga ini. Periksa NIK yang diketik; "
                f"bila orangnya sama, ubah data {clash.name} saja.")
    where = (f"NIK ini sudah terdaftar atas nama {clash.name} di KK {mask_number(clash.household.no_kk or '')} "
             f"(kepala keluarga {clash.household.head_name or '—'}). Periksa NIK yang diketik; bila orangnya sama, ")
    if person_id is None and household_id is not None:
        return where + "buka datanya, atau pindahkan ia ke keluarga ini bila ia pindah KK."
    return where + "buka datanya: satu orang hanya terdaftar sekali."


def _prefix(problems: Problems, prefix: str) -> None:
    from dataclasses import replace

    problems.errors[:] = [replace(p, field=prefix + p.field) for p in problems.errors]
    problems.warnings[:] = [replace(p, field=prefix + p.field) for p in problems.warnings]


def _listed(without_consent: bool) -> tuple:
    """The household list's condition: live, and (a filter) without a consent in force. The flag follows
    the latest consent record (services/consent.py)."""
    live = (HouseholdRecord.deleted.is_(False),)
    return (*live, HouseholdRecord.consent.is_not(True)) if without_consent else live
