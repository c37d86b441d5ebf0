"""`puskesos check`: database integrity and the sync invariants every row must keep."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from ..db.records import (
    SYNCED_RECORDS, HouseholdRecord, LetterCounterRecord, LetterRecord, OfficeRecord, PersonRecord,
    SearchTermRecord, SyncOriginRecord,
)
from ..db.stamping import content_hash, content_of_row
from .audit_check import audit_problems
from .context import Context


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: tuple[str, ...]
    rows_checked: int

    @property
    def ok(self) -> bool:
        return not self.problems


class CheckService:
    def __init__(self, context: Context) -> None:
        self._ctx = context

    def run(self, *, quick: bool = False) -> CheckReport:
        """`quick`: SQLite's quick_check instead of integrity_check (which also compares every index
        with its table: 15 of the 22 s on 100,000 households). A restore uses it on a copy that is byte
        for byte what VACUUM INTO wrote, and VACUUM INTO builds every index anew from its table."""
        problems: list[str] = []
        rows = 0
        with self._ctx.reading() as s:
            if s.get_bind().dialect.name == "sqlite":
                pragma = "quick_check" if quick else "integrity_check"
                result = [r[0] for r in s.execute(text(f"PRAGMA {pragma}")).all()]
                if result != ["ok"]:
                    problems += [f"{pragma}: {r}" for r in result[:20]]
                fk = s.execute(text("PRAGMA foreign_key_check")).all()
                problems += [f"foreign key broken in {r[0]} row {r[1]}" for r in fk[:20]]
            offices = s.execute(select(func.count(OfficeRecord.id))).scalar_one()
            if offices > 1:
                problems.append(f"{offices} office rows; exactly one expected")
            origins = {o.id: o for o in s.execute(select(SyncOriginRecord)).scalars()}
            local = [o for o in origins.values() if o.is_local]
            if offices and len(local) != 1:
                problems.append(f"{len(local)} local sync origins; exactly one expected")
            for model in SYNCED_RECORDS:
                for row in s.execute(select(model.__table__).execution_options(yield_per=5000)).mappings():
                    rows += 1
                    problems += _row_problems(model, row, origins)
            dup = s.execute(
                select(PersonRecord.nik, func.count()).where(
                    PersonRecord.deleted.is_(False), PersonRecord.life_status == "hidup",
                    PersonRecord.origin_id.in_([o.id for o in local]),
                ).group_by(PersonRecord.nik).having(func.count() > 1)
            ).all()
            problems += [f"NIK {nik[:4]}… registered alive {n} times" for nik, n in dup[:20]]
            orphans = s.execute(
                select(func.count(PersonRecord.id)).join(HouseholdRecord, PersonRecord.household_id == HouseholdRecord.id)
                .where(PersonRecord.deleted.is_(False), HouseholdRecord.deleted.is_(True))
            ).scalar_one()
            if orphans:
                problems.append(f"{orphans} live people in removed households")
            stale = s.execute(
                select(func.count()).select_from(SearchTermRecord).outerjoin(
                    PersonRecord, SearchTermRecord.person_id == PersonRecord.id
                ).where((PersonRecord.id.is_(None)) | (PersonRecord.deleted.is_(True)))
            ).scalar_one()
            if stale:
                problems.append(f"{stale} search index entries point at no live person")
            problems += _register_problems(s, [o.id for o in local])
            problems += audit_problems(s)
        return CheckReport(tuple(problems), rows)


def _row_problems(model, row, origins) -> list[str]:
    where = f"{model.__tablename__} {row['id']}"
    out = []
    origin = origins.get(row["origin_id"])
    if origin is None:
        out.append(f"{where}: unknown origin")
    elif not row["seq"] or row["seq"] > origin.last_seq:
        out.append(f"{where}: seq {row['seq']} outside the origin's counter {origin.last_seq}")
    content = content_of_row(model, row)
    if row["content_hash"] != content_hash(content):
        out.append(f"{where}: content hash does not match the row")
    if row["deleted"]:
        leftovers = [k for k, v in content.items() if k not in model.KEPT_ON_DELETE and v not in (None, "")]
        if leftovers:
            out.append(f"{where}: tombstone still holds {', '.join(sorted(leftovers))}")
    return out


def _register_problems(s, local_origins: list[str]) -> list[str]:
    """The outgoing-letter register: per year, serials 1..n with no gap or repeat, and the counter at n."""
    serials: dict[int, list[int]] = {}
    for year, serial in s.execute(
        select(LetterRecord.year, LetterRecord.serial)
        .where(LetterRecord.origin_id.in_(local_origins), LetterRecord.deleted.is_(False))
    ).all():
        serials.setdefault(year, []).append(serial)
    counters = dict(s.execute(select(LetterCounterRecord.year, LetterCounterRecord.last_serial)).all())
    out = []
    for year in sorted(set(serials) | set(counters)):
        found = sorted(serials.get(year, []))
        if found != list(range(1, len(found) + 1)):
            out.append(f"letter register {year}: serials are not 1..{len(found)} without gap or repeat")
        if counters.get(year, 0) != len(found):
            out.append(f"letter counter {year} is {counters.get(year, 0)} but the register holds {len(found)}")
    return out
