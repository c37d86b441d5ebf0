"""`puskesos check`: database integrity and the sync invariants every row must keep."""

from __future__ import annotations

import hashlib
import queue
import threading
from dataclasses import dataclass

from sqlalchemy import func, select

from ..db.records import (
    SYNCED_RECORDS, HouseholdRecord, LetterCounterRecord, LetterRecord, OfficeRecord, PersonRecord,
    SearchTermRecord, SyncOriginRecord,
)
from ..db.stamping import canonical_json, content_hash, content_of_row, content_plan
from .audit_check import audit_problems
from .in_thread import InThread
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
        with self._ctx.reading() as s:
            engine = s.get_bind()
            # SQLite's own checks on a second connection, in a thread while the rows are hashed here
            # (they take the second core: a restore checks every row of the backup).
            sqlite = InThread("check-sqlite", _sqlite_problems, engine, quick) if _in_a_file(engine) else None
            try:
                problems, rows = _problems(s)
            finally:
                if sqlite is not None:
                    sqlite.wait()  # its connection is closed before this returns, however it ends
        if sqlite is not None:
            problems = sqlite.result() + problems
        elif engine.dialect.name == "sqlite":  # a memory database is one connection's
            problems = _sqlite_problems(engine, quick) + problems
        return CheckReport(tuple(problems), rows)


def _problems(s) -> tuple[list[str], int]:
    """Everything but SQLite's own checks: the office and origins, every synced row, the invariants
    across rows, the letter register and the audit log. (problems, rows checked)."""
    problems: list[str] = []
    rows = 0
    offices = s.execute(select(func.count(OfficeRecord.id))).scalar_one()
    if offices > 1:
        problems.append(f"{offices} office rows; exactly one expected")
    local = [o for o in s.execute(select(SyncOriginRecord)).scalars() if o.is_local]
    if offices and len(local) != 1:
        problems.append(f"{len(local)} local sync origins; exactly one expected")
    reader = _RowReader(s)
    try:
        counters = reader.counters()
        for model, batches in reader.tables():
            checked, found = _table_problems(s, model, batches, counters, stored=reader.stored)
            rows += checked
            problems += found
    finally:
        reader.close()
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
    return problems, rows


def _in_a_file(engine) -> bool:
    """A SQLite database file, which a second connection can read (a memory database is one connection's)."""
    return engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:")


def _sqlite_problems(engine, quick: bool) -> list[str]:
    """SQLite's own checks: the pages and indexes, and the foreign keys."""
    found: list[str] = []
    with engine.connect() as conn:
        pragma = "quick_check" if quick else "integrity_check"
        result = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").all()]
        if result != ["ok"]:
            found += [f"{pragma}: {r}" for r in result[:20]]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        found += [f"foreign key broken in {r[0]} row {r[1]}" for r in fk[:20]]
    return found


_END = object()


def _row_query(model):
    t = model.__table__
    names, _fixes = content_plan(model)
    return select(*(t.c[name] for name in names), t.c.seq, t.c.content_hash)


class _RowReader:
    """The rows of every synced table (content columns, seq, hash) and the origins' counters, as one
    read of the database. On a SQLite file a second connection reads them in a thread, batches ahead of
    the hashing here: SQLite and SQLCipher's decryption run without the GIL, so the reading takes the
    second core (a restore checks every row of the backup). SQLite gives the stored values
    (db/stamping.content_plan `stored`); elsewhere SQLAlchemy reads them."""

    BATCH = 2000

    def __init__(self, s) -> None:
        self._s = s
        engine = s.get_bind()
        self._queue: queue.Queue | None = None
        self._stop = threading.Event()
        self.stored = _in_a_file(engine)  # else read here, through SQLAlchemy
        if self.stored:  # the driver's values, as SQLite stores them
            self._queue = queue.Queue(maxsize=8)
            self._thread = threading.Thread(target=self._read, args=(engine,), name="check-rows", daemon=True)
            self._thread.start()

    def _read(self, engine) -> None:
        try:
            with engine.connect() as conn:
                self._put(dict(conn.execute(select(SyncOriginRecord.id, SyncOriginRecord.last_seq)).all()))
                cursor = conn.connection.cursor()
                try:
                    for model in SYNCED_RECORDS:
                        cursor.execute(str(_row_query(model).compile(dialect=engine.dialect)))
                        while batch := cursor.fetchmany(self.BATCH):
                            self._put((model, batch))
                        self._put((model, None))
                finally:
                    cursor.close()
            self._put(_END)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            self._put(exc)

    def _put(self, item) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _get(self):
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        return item

    def counters(self) -> dict[str, int]:
        """Each origin's last seq, in the same read as the rows."""
        if self._queue is not None:
            return self._get()
        return dict(self._s.execute(select(SyncOriginRecord.id, SyncOriginRecord.last_seq)).all())

    def tables(self):
        """(model, batches of rows) for every synced table, in SYNCED_RECORDS order."""
        for model in SYNCED_RECORDS:
            if self._queue is None:
                result = self._s.execute(_row_query(model).execution_options(yield_per=self.BATCH))
                yield model, (result.fetchmany(self.BATCH) for _ in iter(int, 1))
            else:
                yield model, self._batches(model)

    def _batches(self, model):
        while True:
            item = self._get()
            if item is _END or item[1] is None:
                return
            yield item[1]

    def close(self) -> None:
        self._stop.set()
        if self._queue is not None:
            self._thread.join(timeout=5)


def _table_problems(s, model, batches, counters: dict[str, int], *, stored: bool) -> tuple[int, list[str]]:
    """Every row of a synced table: a known origin, a seq within its counter, the content hash, a
    tombstone cleared. Rows come as tuples of their content columns (then seq and hash) and the content
    is built from them (the same content as db.stamping.content_of_row, without a mapping per row)."""
    names, fixes = content_plan(model, stored=stored)
    width = len(names)
    cleared = [name for name in names if name not in model.KEPT_ON_DELETE]
    # `stored`: SQLite's stored values (db/stamping.content_plan turns them into the content's JSON
    # values); a row whose hash does not match that way is read again through SQLAlchemy before it is
    # reported.
    out: list[str] = []
    rows = 0
    encode, sha256 = canonical_json, hashlib.sha256  # content_hash, inlined: it runs for every row
    for batch in batches:
        if not batch:
            break
        rows += len(batch)
        for row in batch:
            content = dict(zip(names, row))  # the content columns come first
            for name, fix in fixes:
                if content[name] is not None:
                    content[name] = fix(content[name])
            seq, stored_hash = row[width], row[width + 1]
            last = counters.get(content["origin_id"])
            if last is None:
                out.append(f"{model.__tablename__} {content['id']}: unknown origin")
            elif not seq or seq > last:
                out.append(f"{model.__tablename__} {content['id']}: seq {seq} outside the origin's counter {last}")
            if stored_hash != sha256(encode(content).encode()).hexdigest() \
                    and not _hash_matches(s, model, content["id"]):
                out.append(f"{model.__tablename__} {content['id']}: content hash does not match the row")
            if content["deleted"]:
                leftovers = [name for name in cleared if content[name] not in (None, "")]
                if leftovers:
                    out.append(f"{model.__tablename__} {content['id']}: tombstone still holds "
                               f"{', '.join(sorted(leftovers))}")
    return rows, out


def _hash_matches(s, model, row_id: str) -> bool:
    """The row's hash checked again from the row as SQLAlchemy reads it (a value stored in another
    form than this version writes)."""
    row = s.execute(select(model.__table__).where(model.__table__.c.id == row_id)).mappings().one()
    return row["content_hash"] == content_hash(content_of_row(model, row))


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
