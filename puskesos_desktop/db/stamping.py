"""The one mechanism that stamps every synced row: origin, per-transaction seq, hash, audit fields.

It listens to every ORM flush of every Session, so no write path through the ORM can skip it;
`check.py` recomputes hashes and looks for unstamped rows to catch a path that bypasses the ORM.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from typing import Any

from sqlalchemy import Boolean, DateTime, LargeBinary, event, inspect, select, update
from sqlalchemy.orm import Session

from .records import Synced, SyncOriginRecord, utcnow

OPERATOR_KEY = "operator_id"
_SEQ_KEY = "stamp_seq"


class HardDeleteError(RuntimeError):
    """Raised when code tries to DELETE a synced row instead of writing a tombstone."""


class OwnershipError(RuntimeError):
    """Raised when code tries to change a row another origin owns (DESIGN.md §3: only the owner writes)."""


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def content_of(record: Synced) -> dict:
    """The row's content: every column but the bookkeeping ones, by column name."""
    mapper = inspect(type(record))
    return {
        attr.columns[0].name: _jsonable(getattr(record, attr.key))
        for attr in mapper.column_attrs
        if attr.columns[0].name not in record.NOT_CONTENT
    }


def content_of_row(model: type[Synced], row) -> dict:
    """The same content from a Core row of `model`'s table (a mapping by column name): `check` reads
    every row, and building ORM objects for them cost more than hashing them."""
    names, fixes = content_plan(model)
    content = {name: row[name] for name in names}
    for name, fix in fixes:  # only dates, times and bytes need turning into JSON values
        if content[name] is not None:
            content[name] = fix(content[name])
    return content


@functools.cache
def content_plan(model: type[Synced], *, stored: bool = False) -> tuple[tuple[str, ...], tuple[tuple[str, Any], ...]]:
    """The content columns of `model` in a fixed order, and (column, function) for those whose values
    must be turned into the content's JSON values: from Python values (dates, times, bytes), or with
    `stored` from what SQLite stores, read straight from the driver (SQLAlchemy's DATETIME text,
    0/1 for a boolean, a blob; a DATE is stored as its ISO text already)."""
    columns = [c for c in model.__table__.columns if c.name not in model.NOT_CONTENT]
    if stored:
        kinds = ((DateTime, _iso_datetime), (Boolean, bool), (LargeBinary, bytes.hex))
        fixes = tuple((c.name, fix) for c in columns for kind, fix in kinds if isinstance(c.type, kind))
    else:
        fixes = tuple((c.name, _jsonable) for c in columns if c.type.python_type in (dt.date, dt.datetime, bytes))
    return tuple(c.name for c in columns), fixes


def _iso_datetime(stored: str) -> str:
    """"2026-11-23 09:10:11.123456" (SQLAlchemy's SQLite DATETIME) as datetime.isoformat() gives it."""
    day, _, time = stored.partition(" ")
    return f"{day}T{time[:-7] if time.endswith('.000000') else time}"


# json.dumps with these arguments builds a new encoder at each call; `check` hashes every row.
canonical_json = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def content_hash(content: dict) -> str:
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def _transaction_seq(session: Session) -> tuple[str, int]:
    """The local origin and the seq of this transaction, taken once from the origin's counter."""
    root = session.get_transaction()
    cached = session.info.get(_SEQ_KEY)
    if cached and cached[0] is root:
        return cached[1], cached[2]
    origin = session.execute(
        select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True))
    ).scalar_one()
    # UPDATE first: on PostgreSQL it row-locks the counter until commit, so concurrent writers serialise.
    session.execute(
        update(SyncOriginRecord).where(SyncOriginRecord.id == origin)
        .values(last_seq=SyncOriginRecord.last_seq + 1)
    )
    seq = session.execute(select(SyncOriginRecord.last_seq).where(SyncOriginRecord.id == origin)).scalar_one()
    session.info[_SEQ_KEY] = (root, origin, seq)
    return origin, seq


def tombstone(record: Synced) -> None:
    """Marks a synced row deleted and clears its payload (DESIGN.md §3: never a hard DELETE)."""
    mapper = inspect(type(record))
    for attr in mapper.column_attrs:
        name = attr.columns[0].name
        if name in record.KEPT_ON_DELETE or name in record.NOT_CONTENT:
            continue
        setattr(record, attr.key, None)
    record.deleted = True


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context, instances) -> None:
    for record in session.deleted:
        if isinstance(record, Synced):
            raise HardDeleteError(f"{type(record).__name__} rows are tombstoned, never deleted")
    # session.new builds a new set on every access: read it once, or a big flush turns quadratic.
    new = {r for r in session.new if isinstance(r, Synced)}
    changed = [r for r in session.dirty
               if isinstance(r, Synced) and r not in new and session.is_modified(r, include_collections=False)]
    if not new and not changed:
        return
    origin, seq = _transaction_seq(session)
    operator = session.info.get(OPERATOR_KEY)
    now = utcnow()
    for record in (*new, *changed):
        if record.origin_id and record.origin_id != origin:
            raise OwnershipError(f"{type(record).__name__} {record.id} belongs to origin {record.origin_id}")
        if record in new:
            record.origin_id = origin
            record.created_at = record.created_at or now
            record.created_by = record.created_by or operator
            if record.deleted is None:
                record.deleted = False
        record.seq = seq
        record.updated_at = now
        record.updated_by = operator
        record.content_hash = content_hash(content_of(record))


from . import audit_chain  # noqa: E402,F401  (the audit log's append-only guard, with every session)
