"""Which rows a bundle carries, and applying a bundle's rows: the data side of DESIGN §4.

Nothing here commits: services/sync.py owns the transaction (one per bundle) and the container.
Rows are read and written with SQLAlchemy Core, around the ORM's stamping listener, because they
keep the seq, hash and origin their owner gave them.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import ARRAY, String, and_, any_, bindparam, delete, insert, literal, select, update
from sqlalchemy.orm import Session

from ..core.ids import new_id
from ..core.names import name_keys
from ..db.records import ActivityLinkRecord, ReferralRecord, SearchTermRecord, SyncExtraRecord, SyncForkRecord
from .audit_rows import TABLE as AUDIT_TABLE, AuditReceiver, AuditRefill
from .wire import APPLY_ORDER, RECORDS, MalformedRecord, ScopeError, WireRow, export_lines, parse_line, to_row

CHUNK_BYTES = 8 << 20  # one data member of a bundle holds about this much NDJSON
APPLY_BATCH = 2000  # rows looked up and written together
SELF_REFERENCES = {"complaint": "duplicate_of"}  # foreign keys into the same table


@dataclass
class ApplyResult:
    applied: Counter = field(default_factory=Counter)  # table → rows inserted or updated
    unchanged: int = 0  # already here in this version (a bundle sent again, or cumulative overlap)
    older: int = 0  # a newer version is here already (an old bundle replayed)
    forks: int = 0  # same seq, other content: kept for review in sync_fork
    replaced: int = 0  # a restored desa's change replaced a version it never had: that one kept in sync_fork
    kept_unknown: int = 0  # fields or rows of a newer minor version, kept in sync_extra
    outcome_referrals: set = field(default_factory=set)


# ---- reading --------------------------------------------------------------------------------
def owned_lines(s: Session, tables: Iterable[str], origin_ids: list[str] | None, above_seq: int,
                where: dict | None = None) -> Iterator[tuple[str, bytes]]:
    """(table, line) for every row of `tables` owned by `origin_ids` above `above_seq`, parents first."""
    for table in APPLY_ORDER:
        if table in tables:
            for line in export_lines(s, table, origin_ids, above_seq, (where or {}).get(table)):
                yield table, line


def chunked(lines: Iterable[tuple[str, bytes]], counts: Counter) -> Iterator[tuple[str, bytes]]:
    """Groups lines into data members `data/000001.ndjson`, … of about CHUNK_BYTES; counts rows per table."""
    number, parts, size = 0, [], 0
    for table, line in lines:
        counts[table] += 1
        parts.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            number += 1
            yield f"data/{number:06d}.ndjson", b"".join(parts)
            parts, size = [], 0
    if parts or number == 0:
        number += 1
        yield f"data/{number:06d}.ndjson", b"".join(parts)


def digest(s: Session, tables: Iterable[str], origin_id: str) -> tuple[dict[str, int], str]:
    """Counts and SHA-256 over every row `origin_id` owns in `tables`: lines `table<TAB>id<TAB>seq<TAB>hash`
    in apply order, then by id. Both sides compute it; equal digests prove they hold the same versions."""
    sha = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in APPLY_ORDER:
        if table not in tables:
            continue
        t = RECORDS[table].__table__
        n = 0
        rows = s.execute(select(t.c.id, t.c.seq, t.c.content_hash).where(t.c.origin_id == origin_id)
                         .order_by(t.c.id).execution_options(yield_per=10000))
        for row_id, seq, row_hash in rows:
            sha.update(f"{table}\t{row_id}\t{seq}\t{row_hash}\n".encode())
            n += 1
        if n:
            counts[table] = n
    return counts, sha.hexdigest()


# ---- applying -------------------------------------------------------------------------------
class Applier:
    """Applies one bundle's lines, in the order they come, inside the caller's transaction.

    `allowed`: table → the origin ids a row of that table may carry (scope). Rows of unknown tables
    are kept when `keep_unknown` (a newer minor version), else malformed.
    """

    def __init__(self, s: Session, allowed: dict[str, set[str]], *, keep_unknown: bool, bundle_id: str,
                 incarnation: int = 1, known_seq: int = 0, audit: AuditReceiver | AuditRefill | None = None,
                 own: tuple[str, int] | None = None, restored: tuple[int, int] | None = None) -> None:
        self._s = s
        self._audit = audit  # audit log rows: a desa's at the kabupaten, a restored desa's own coming back
        # The re-seed at a restored desa: (its origin, the seq its backup held its rows up to). Those
        # rows follow their own rule (`_own_row`), not the sender's stream's.
        self._own = own
        # At the kabupaten, a restored desa's bundle: (the seq its backup held its rows up to, the first
        # seq of the restored database). A stored version between the two came from the lost laptop
        # and the restored desa never had it: its newer change replaces it, and it is kept for review.
        self._restored = restored
        # Every row of the sender's stream up to known_seq is here already, in that version or a newer
        # one (bundles are cumulative and applied without gaps). A row at or below it that is not here,
        # or newer than ours, was written by another copy of the sender re-using those numbers: a fork.
        self._known_seq = known_seq
        self._allowed = allowed
        self._keep_unknown = keep_unknown
        self._bundle_id = bundle_id
        self._incarnation = incarnation
        self._pending: list[tuple[WireRow, bytes]] = []
        self._links: dict[str, tuple[str, dict[str, str]]] = {}
        self.result = ApplyResult()

    def feed(self, lines: Iterable[bytes]) -> ApplyResult:
        current = None
        for raw in lines:
            raw = raw.strip()
            if not raw:
                continue
            row = parse_line(raw)
            if row.table == AUDIT_TABLE and self._audit is not None:
                self._audit.add(row)
                continue
            if row.table not in RECORDS:
                if not self._keep_unknown:
                    raise MalformedRecord(f"unknown table {row.table!r}")
                self._keep_extra(row.table, row, row.content)
                continue
            origins = self._allowed.get(row.table)
            if origins is None:
                raise ScopeError(f"table {row.table} is not the sender's to send")
            if row.origin_id not in origins:
                raise ScopeError(f"{row.table} {row.id} belongs to another origin")
            if row.table != current:
                self._flush()
                current = row.table
            self._pending.append((row, raw))
            if len(self._pending) >= APPLY_BATCH:
                self._flush()
        self._flush()
        for table, (column, links) in self._links.items():  # rows pointing at rows of their own table
            t = RECORDS[table].__table__
            for row_id, target in links.items():
                self._s.execute(update(t).where(t.c.id == row_id).values({column: target}))
        return self.result

    def _flush(self) -> None:
        if self._pending:
            batch, self._pending = self._pending, []
            self._apply_batch(batch[0][0].table, batch)

    def _apply_batch(self, table: str, batch: list[tuple[WireRow, bytes]]) -> None:
        t = RECORDS[table].__table__
        latest: dict[str, tuple[WireRow, bytes]] = {}
        for row, raw in batch:  # the same row twice in one bundle: its newest version counts
            kept = latest.get(row.id)
            if kept is None or row.seq >= kept[0].seq:
                latest[row.id] = (row, raw)
        stored = {r.id: r for r in self._s.execute(
            select(t.c.id, t.c.origin_id, t.c.seq, t.c.content_hash).where(_one_of(self._s, t.c.id, list(latest)))
        )}
        inserts, updates = [], []
        replaced: list[tuple[WireRow, str]] = []  # stored versions a restored desa's change replaces
        self_ref = SELF_REFERENCES.get(table)
        for row_id, (row, raw) in latest.items():
            values, unknown = to_row(row)
            here = stored.get(row_id)
            if here is not None and here.origin_id != row.origin_id and not self._takes_over(table, here):
                raise ScopeError(f"{table} {row_id} is another origin's row")
            if self._own is not None and row.origin_id == self._own[0]:
                verdict = self._own_row(here, row)
                if verdict == "fork":
                    self._fork(table, row, raw, here.content_hash)
                    continue
                if verdict == "unchanged":
                    self.result.unchanged += 1
                    continue
                if verdict == "older":
                    self.result.older += 1
                    continue
                (inserts if here is None else updates).append(values)
            elif row.seq <= self._known_seq and (here is None or (here.origin_id == row.origin_id
                                                                  and here.seq < row.seq)):
                self._fork(table, row, raw, here.content_hash if here is not None else "")
                continue
            elif here is None:
                inserts.append(values)
            elif here.seq < row.seq or here.origin_id != row.origin_id:
                if (self._restored is not None and here.origin_id == row.origin_id
                        and self._restored[0] < here.seq < self._restored[1] <= row.seq):
                    replaced.append((row, here.content_hash))
                updates.append(values)
            elif here.seq == row.seq and here.content_hash == row.hash:
                self.result.unchanged += 1
                continue
            elif here.seq == row.seq:
                self._fork(table, row, raw, here.content_hash)
                continue
            else:
                self.result.older += 1
                continue
            if self_ref and values.get(self_ref):  # set once the whole bundle is in: it may point ahead
                self._links.setdefault(table, (self_ref, {}))[1][row_id] = values[self_ref]
                values[self_ref] = None
            if unknown:
                self._keep_extra(table, row, unknown)
            self.result.applied[table] += 1
            if table == "referral_outcome" and values.get("referral_id"):
                self.result.outcome_referrals.add(values["referral_id"])
        if replaced:  # kept before the update overwrites them
            self._keep_replaced(table, replaced)
        if inserts:
            insert_many(self._s, t, inserts)
        by_columns: dict[tuple, list[dict]] = {}
        for values in updates:  # one executemany per column set (rows of one version have the same)
            by_columns.setdefault(tuple(sorted(values)), []).append(values)
        for names, rows in by_columns.items():
            statement = update(t).where(t.c.id == bindparam("_id")).values(
                {name: bindparam(f"_{name}") for name in names if name != "id"})
            self._s.execute(statement, [{f"_{k}": v for k, v in row.items()} for row in rows],
                            execution_options={"synchronize_session": False})
        if table == "person":  # the local search index, batch by batch (the kabupaten searches across desas)
            index_people(self._s, inserts, updates)
        elif table == "activity":  # the local index of who did and who had each activity
            index_activities(self._s, [*inserts, *updates])

    def _own_row(self, here, row: WireRow) -> str:
        """A restored desa's own row coming back: "apply" (not here, or here in an older version),
        "unchanged", "older" (here already in a later version it had), or "fork": changed here after
        the restore while the kabupaten holds a version the backup never had (a change made on the
        lost laptop): this database's version stays, the other is kept for review."""
        if here is None or here.seq < row.seq:
            return "apply"
        if here.seq == row.seq:
            return "unchanged" if here.content_hash == row.hash else "fork"
        return "fork" if row.seq > self._own[1] else "older"

    def _takes_over(self, table: str, here) -> bool:
        """Master data a desa seeded itself (same deterministic ids) is replaced by the kabupaten's."""
        return table in ("service", "institution") and self._allowed.get(table) is not None

    def _fork(self, table: str, row: WireRow, raw: bytes, stored_hash: str) -> None:
        self.result.forks += 1
        self._s.execute(insert(SyncForkRecord.__table__).values(
            id=new_id(), origin_id=row.origin_id, table_name=table, row_id=row.id, seq=row.seq,
            incarnation=self._incarnation, stored_hash=stored_hash, incoming_hash=row.hash,
            incoming=raw.decode("utf-8"), bundle_id=self._bundle_id,
        ))

    def _keep_replaced(self, table: str, replaced: list[tuple[WireRow, str]]) -> None:
        t = RECORDS[table].__table__
        by_id = {row.id: (row, stored_hash) for row, stored_hash in replaced}
        for line in export_lines(self._s, table, None, 0, where=t.c.id.in_(list(by_id))):
            old = parse_line(line.strip())
            row, _stored_hash = by_id[old.id]
            self.result.replaced += 1
            self._s.execute(insert(SyncForkRecord.__table__).values(
                id=new_id(), origin_id=row.origin_id, table_name=table, row_id=row.id, seq=old.seq,
                incarnation=self._incarnation, stored_hash=row.hash, incoming_hash=old.hash,
                incoming=line.decode("utf-8").rstrip("\n"), bundle_id=self._bundle_id, kind="replaced",
            ))

    def _keep_extra(self, table: str, row: WireRow, fields: dict) -> None:
        self.result.kept_unknown += 1
        t = SyncExtraRecord.__table__
        self._s.execute(delete(t).where(and_(t.c.table_name == table, t.c.row_id == row.id)))
        self._s.execute(insert(t).values(table_name=table, row_id=row.id, origin_id=row.origin_id, seq=row.seq,
                                         fields=json.dumps(fields, ensure_ascii=False, sort_keys=True)))


def _one_of(s: Session, column, values: list[str]):
    """`column IN (…)`; on PostgreSQL `= ANY(array)`: one parameter instead of thousands to parse."""
    if s.get_bind().dialect.name == "postgresql":
        return column == any_(literal(values, ARRAY(String)))
    return column.in_(values)


def insert_many(s: Session, table, rows: list[dict]) -> None:
    """New rows into `table`, in the caller's transaction: on PostgreSQL through COPY (several times
    faster than an executemany, which psycopg sends as one statement a row), on SQLite as an executemany."""
    if s.get_bind().dialect.name != "postgresql":
        s.execute(insert(table), rows)
        return
    names = list(dict.fromkeys(name for row in rows for name in row))
    cursor = s.connection().connection.driver_connection.cursor()
    columns = ", ".join(f'"{name}"' for name in names)
    dbapi = s.get_bind().dialect.dbapi
    try:
        with cursor, cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row([row.get(name) for name in names])
    except (dbapi.IntegrityError, dbapi.DataError) as exc:  # a row the database refuses: the bundle is bad
        raise MalformedRecord(f"{table.name}: {exc}") from None


def index_people(s: Session, inserted: list[dict], updated: list[dict]) -> None:
    """The local search index of people as they arrived: name keys from the rows themselves."""
    terms = SearchTermRecord.__table__
    if updated:
        s.execute(delete(terms).where(_one_of(s, terms.c.person_id, [values["id"] for values in updated])))
    rows = [{"term": key[:60], "person_id": values["id"], "household_id": values.get("household_id")}
            for values in (*inserted, *updated) if not values.get("deleted")
            for key in dict.fromkeys(name_keys(values.get("name") or ""))]
    if rows:
        insert_many(s, terms, rows)


def index_activities(s: Session, rows: list[dict]) -> None:
    """The activity_link rows of activities as written or as they arrived: from their own id lists."""
    links = ActivityLinkRecord.__table__
    if not rows:
        return
    s.execute(delete(links).where(_one_of(s, links.c.activity_id, [values["id"] for values in rows])))
    new = [{"activity_id": values["id"], "kind": kind, "target_id": target}
           for values in rows if not values.get("deleted")
           for kind, column in (("psks", "psks_ids"), ("household", "household_ids"))
           for target in dict.fromkeys((values.get(column) or "").split())]
    if new:
        insert_many(s, links, new)


def referral_origin(s: Session, referral_ids: Iterable[str]) -> dict[str, str]:
    """Referral id → the origin that owns it, for the ids given."""
    ids = list(referral_ids)
    if not ids:
        return {}
    return dict(s.execute(select(ReferralRecord.id, ReferralRecord.origin_id).where(ReferralRecord.id.in_(ids))).all())
