"""Rows on the wire: one JSON object per line (NDJSON), the same content the content hash covers.

A line is `{"t": table, "s": seq, "h": content_hash, "c": {column: value, …}, "a": [created_at,
updated_at, created_by, updated_by]}`. `c` holds every content column (id, origin_id and deleted
included), values as JSON: text, numbers, booleans, null, dates and times in ISO 8601. The hash is
SHA-256 over `c` serialised with sorted keys, no spaces, UTF-8 (db/stamping.content_hash), so the
receiver can prove each row arrived as it was written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, BigInteger, select
from sqlalchemy.orm import Session

from ..db.records import SYNCED_RECORDS, Synced
from ..db.stamping import content_hash

RECORDS: dict[str, type[Synced]] = {r.__tablename__: r for r in SYNCED_RECORDS}
# Parents before children, so foreign keys hold while a bundle is applied table by table.
APPLY_ORDER = ("service", "institution", "household", "person", "need", "complaint", "complaint_event",
               "referral", "referral_event", "letter", "referral_outcome", "consent", "psks",
               "activity")
# What each side owns and sends (DESIGN §3). Master data is the kabupaten's: the catalogue a desa
# seeded itself has the same ids and is replaced by the kabupaten's rows, so it never travels up.
DESA_TABLES = ("household", "person", "need", "complaint", "complaint_event", "referral", "referral_event",
               "letter", "referral_outcome", "consent", "psks", "activity")
KABUPATEN_TABLES = ("service", "institution", "referral_outcome")
AUDIT = ("created_at", "updated_at", "created_by", "updated_by")
MAX_LINE = 1 << 20  # a record longer than 1 MiB is malformed

assert set(APPLY_ORDER) == set(RECORDS), "every synced table has its place in the apply order"


class MalformedRecord(ValueError):
    """A line that is not a record of this format; the whole bundle is refused."""


class ScopeError(ValueError):
    """A row the sender may not send: another origin's, or of a table it does not own."""


@dataclass(frozen=True, slots=True)
class WireRow:
    table: str
    seq: int
    hash: str
    content: dict  # JSON values, as on the wire (the hash is over exactly this)
    audit: tuple

    @property
    def id(self) -> str:
        return self.content["id"]

    @property
    def origin_id(self) -> str:
        return self.content["origin_id"]


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def columns(table: str) -> list:
    return list(RECORDS[table].__table__.columns)


def content_columns(table: str) -> list[str]:
    not_content = RECORDS[table].NOT_CONTENT
    return [c.name for c in columns(table) if c.name not in not_content]


def export_lines(s: Session, table: str, origin_ids: list[str] | None, above_seq: int,
                 where=None, batch: int = 5000) -> Iterator[bytes]:
    """The rows of `table` owned by `origin_ids` (all when None) with seq above `above_seq`, oldest
    first, each as one NDJSON line (UTF-8, newline-terminated). Streams: never the whole table in memory."""
    t = RECORDS[table].__table__
    names = content_columns(table)
    query = select(t).where(t.c.seq > above_seq)
    if origin_ids is not None:
        query = query.where(t.c.origin_id.in_(origin_ids))
    if where is not None:
        query = query.where(where)
    result = s.execute(query.order_by(t.c.seq, t.c.id).execution_options(yield_per=batch))
    for row in result.mappings():
        content = {name: _jsonable(row[name]) for name in names}
        line = {"t": table, "s": row["seq"], "h": row["content_hash"], "c": content,
                "a": [_jsonable(row[name]) for name in AUDIT]}
        yield json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def parse_line(raw: bytes) -> WireRow:
    """One line → a verified WireRow (shape and content hash checked); MalformedRecord otherwise."""
    if len(raw) > MAX_LINE:
        raise MalformedRecord("record too long")
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedRecord(f"not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise MalformedRecord("not an object")
    table, seq, digest, content, audit = obj.get("t"), obj.get("s"), obj.get("h"), obj.get("c"), obj.get("a", [])
    if not isinstance(table, str) or not isinstance(seq, int) or isinstance(seq, bool) or seq <= 0:
        raise MalformedRecord("bad table or seq")
    if not isinstance(digest, str) or len(digest) != 64 or not isinstance(content, dict):
        raise MalformedRecord("bad hash or content")
    if not isinstance(content.get("id"), str) or not isinstance(content.get("origin_id"), str):
        raise MalformedRecord("row without id or origin")
    if not isinstance(content.get("deleted"), bool):
        raise MalformedRecord("row without deleted flag")
    if not isinstance(audit, list) or len(audit) != len(AUDIT):
        raise MalformedRecord("bad audit fields")
    if content_hash(content) != digest:
        raise MalformedRecord("content does not match its hash")
    return WireRow(table, seq, digest, content, tuple(audit))


_PARSERS = {
    Date: lambda v: dt.date.fromisoformat(v),
    DateTime: lambda v: dt.datetime.fromisoformat(v),
    Boolean: lambda v: v if isinstance(v, bool) else _bad(v),
    Integer: lambda v: v if isinstance(v, int) and not isinstance(v, bool) else _bad(v),
    BigInteger: lambda v: v if isinstance(v, int) and not isinstance(v, bool) else _bad(v),
    Float: lambda v: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else _bad(v),
}


def _bad(value):
    raise MalformedRecord(f"value of the wrong type: {value!r}")


def _parser(column):
    """The value's parser, or None for a text column (checked to be text, kept as it is)."""
    for kind, parse in _PARSERS.items():
        if isinstance(column.type, kind):
            return parse
    return None


_COLUMN_PARSERS: dict[str, tuple[dict, frozenset]] = {}  # table → (parsers of non-text columns, text columns)


def _table_parsers(table: str) -> tuple[dict, frozenset]:
    cached = _COLUMN_PARSERS.get(table)
    if cached is None:
        parsers = {c.name: _parser(c) for c in columns(table)}
        content = set(content_columns(table)) | set(AUDIT)
        cached = _COLUMN_PARSERS[table] = (
            {name: parse for name, parse in parsers.items() if parse is not None and name in content},
            frozenset(name for name, parse in parsers.items() if parse is None and name in content),
        )
    return cached


def to_row(row: WireRow) -> tuple[dict, dict]:
    """(values for the table's columns, fields this version does not know). Raises MalformedRecord."""
    parsers, text = _table_parsers(row.table)
    known, unknown = {}, {}
    for name, value in (*row.content.items(), *zip(AUDIT, row.audit, strict=True)):
        if value is None:
            if name in text or name in parsers:
                known[name] = None
            else:
                unknown[name] = value
        elif name in text:
            if not isinstance(value, str):
                raise MalformedRecord(f"{row.table}.{name}: text expected, not {value!r}")
            known[name] = value
        elif name in parsers:
            try:
                known[name] = parsers[name](value)
            except (TypeError, ValueError) as exc:
                raise MalformedRecord(f"{row.table}.{name}: {exc}") from None
        else:
            unknown[name] = value
    known["seq"], known["content_hash"] = row.seq, row.hash
    return known, unknown
