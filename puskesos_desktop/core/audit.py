"""The audit log's hash chain: the canonical encoding of one row and its SHA-256 (docs/decisions.md).

Pure: the database layer stores the values, `check` and the kabupaten recompute them from here.
The migration that chained existing rows (migrations/versions/0005_audit_chain.py) carries a copy
of this encoding, since migrations never import application code; a test keeps the two equal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64  # prev_hash of an origin's first row
VERSION = "puskesos-audit-v1"
# The encoded fields, in this order, after VERSION. Changing it is a new VERSION, never an edit.
FIELDS = ("origin_id", "chain_seq", "id", "at", "operator_id", "operator", "action", "entity", "entity_id",
          "detail", "prev_hash")


def format_at(at: dt.datetime) -> str:
    """UTC (stored without zone) as `YYYY-MM-DDTHH:MM:SS.ffffffZ`, always with microseconds."""
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_at(text: str) -> dt.datetime:
    """The inverse of format_at (naive UTC)."""
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ")


def row_hash(fields: dict) -> str:
    """SHA-256 (hex) of the JSON array [VERSION, *FIELDS values]: no spaces, UTF-8, `at` already
    formatted by format_at, `operator_id` null when none, every text field as stored."""
    values = [VERSION, *(fields[name] for name in FIELDS)]
    encoded = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the audit log as the audit page and `audit list` show it."""

    id: str
    at: dt.datetime  # UTC
    operator_id: str | None
    operator: str
    action: str
    entity: str
    entity_id: str
    detail: str
    origin_id: str
    origin: str  # region code of the origin (the desa or the kabupaten)
    chain_seq: int
    row_hash: str


@dataclass(frozen=True, slots=True)
class AuditFilter:
    operator: str = ""  # user name, exact
    action: str = ""  # exact
    date_from: dt.date | None = None  # local days, inclusive
    date_to: dt.date | None = None
    origin: str = ""  # region code, exact
