"""Audit log rows in bundles: a desa sends its chain on from where the kabupaten confirmed it, the
kabupaten checks every link and keeps the rows read-only (docs/bundle-format.md, *Audit log*).

A row travels as an ordinary record line of table `audit_log`: `s` is its `chain_seq`, `h` the
content hash of `c` as for every record, and `c` holds the chained fields plus `row_hash` (and
`deleted: false`, which every record has). Nothing here commits: services/sync.py owns the transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import audit
from ..db.audit_chain import BRANCH_ACTION, chain_head, fields_of, links_back
from ..db.records import AuditLogRecord
from ..db.stamping import content_hash
from .wire import MalformedRecord, ScopeError, WireRow

TABLE = "audit_log"
_TEXT = ("id", "origin_id", "operator", "action", "entity", "entity_id", "detail", "prev_hash", "row_hash")


class AuditChainBroken(ValueError):
    """The sender's audit rows do not hash or link as they claim: its log was changed by hand."""


def audit_lines(s: Session, origin_id: str, above_seq: int) -> Iterator[tuple[str, bytes]]:
    """(TABLE, line) for every row of the origin's chain after `above_seq`, in chain order."""
    t = AuditLogRecord.__table__
    rows = s.execute(select(t).where(t.c.origin_id == origin_id, t.c.chain_seq > above_seq)
                     .order_by(t.c.chain_seq).execution_options(yield_per=5000))
    for row in rows:
        content = {**fields_of(row), "row_hash": row.row_hash, "deleted": False}
        line = {"t": TABLE, "s": row.chain_seq, "h": content_hash(content), "c": content,
                "a": [content["at"], content["at"], row.operator_id, None]}
        yield TABLE, json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


@dataclass
class AuditReceipt:
    added: int = 0  # rows new here, every link checked
    unchanged: int = 0  # here already (a bundle sent again)
    diverged: int = 0  # other content under a number held already (a restored or cloned desa): not taken


class AuditReceiver:
    """Appends one sender's audit rows, as a bundle streams them in chain order, to its chain here:
    each row must hash as it claims and link to the one before; rows held already are skipped."""

    BATCH = 2000

    def __init__(self, s: Session, origin_id: str) -> None:
        self._s = s
        self._origin_id = origin_id
        self._head_seq, self._prev = chain_head(s, origin_id)
        self._held_seq = self._head_seq  # rows up to here were here before this bundle
        self._pending: list[dict] = []
        self._diverged = False
        self.receipt = AuditReceipt()

    def add(self, row: WireRow) -> None:
        fields = _checked(row, self._origin_id)
        seq = fields["chain_seq"]
        if self._diverged:
            self.receipt.diverged += 1
        elif seq <= self._held_seq and self._head_seq == self._held_seq:
            held = self._s.execute(select(AuditLogRecord.row_hash).where(
                AuditLogRecord.origin_id == self._origin_id, AuditLogRecord.chain_seq == seq)).scalar()
            if held == fields["row_hash"]:
                self.receipt.unchanged += 1
            else:  # counted, not kept: the desa still holds them (issue 11 gives a restored desa a new chain)
                self._diverged = True
                self.receipt.diverged += 1
        elif seq > self._head_seq + 1 and _branches_off(self._s, fields, self._pending_hashes()):
            # a restored desa goes on from its backup's last row
            self._pending.append(_values(fields))
            self._head_seq, self._prev = seq, fields["row_hash"]
        elif seq != self._head_seq + 1:
            raise AuditChainBroken(f"log audit melompat dari baris #{self._head_seq} ke #{seq}")
        elif fields["prev_hash"] != self._prev:
            if self._pending or self.receipt.added:  # inside the rows sent: one removed or reordered there
                raise AuditChainBroken(f"baris log audit #{seq} tidak tersambung ke baris sebelumnya")
            self._diverged = True  # the sender's chain went another way after our last row
            self.receipt.diverged += 1
        else:
            self._pending.append(_values(fields))
            self._head_seq, self._prev = seq, fields["row_hash"]
            if len(self._pending) >= self.BATCH:
                self.flush()

    def _pending_hashes(self) -> set[str]:
        return {p["row_hash"] for p in self._pending}

    def flush(self) -> AuditReceipt:
        if self._pending:
            self._s.execute(AuditLogRecord.__table__.insert(), self._pending)
            self.receipt.added += len(self._pending)
            self._pending = []
        return self.receipt


def _fields(row: WireRow) -> dict:
    c = row.content
    try:
        fields = {name: c[name] for name in (*audit.FIELDS, "row_hash")}
        for name in _TEXT:
            if not isinstance(fields[name], str):
                raise MalformedRecord(f"audit_log.{name}: text expected")
        if not (fields["operator_id"] is None or isinstance(fields["operator_id"], str)):
            raise MalformedRecord("audit_log.operator_id: text expected")
        if not isinstance(fields["chain_seq"], int) or isinstance(fields["chain_seq"], bool) \
                or fields["chain_seq"] != row.seq:
            raise MalformedRecord("audit_log.chain_seq does not match s")
        audit.parse_at(fields["at"])
    except KeyError as exc:
        raise MalformedRecord(f"audit_log without {exc.args[0]}") from None
    except (TypeError, ValueError) as exc:
        raise MalformedRecord(f"audit_log: {exc}") from None
    return fields


def _values(fields: dict) -> dict:
    return {
        "id": fields["id"], "at": audit.parse_at(fields["at"]), "operator_id": fields["operator_id"],
        "operator_name": fields["operator"], "action": fields["action"], "entity": fields["entity"],
        "entity_id": fields["entity_id"], "detail": fields["detail"], "origin_id": fields["origin_id"],
        "chain_seq": fields["chain_seq"], "prev_hash": fields["prev_hash"], "row_hash": fields["row_hash"],
    }



class AuditRefill:
    """At a restored desa: its own audit rows the kabupaten sends back (the re-seed), those the backup
    lacked. A row held already must be the same; a row not held must hash right and link to the row
    before it, held or sent; it is inserted (a row the restored log never had, under its own number)."""

    def __init__(self, s: Session, origin_id: str) -> None:
        self._s = s
        self._origin_id = origin_id
        self._sent: dict[int, str] = {}  # chain_seq → row_hash of the rows of this bundle
        self.receipt = AuditReceipt()

    def _held(self, seq: int) -> str | None:
        if seq in self._sent:
            return self._sent[seq]
        return self._s.execute(select(AuditLogRecord.row_hash).where(
            AuditLogRecord.origin_id == self._origin_id, AuditLogRecord.chain_seq == seq)).scalar()

    def add(self, row: WireRow) -> None:
        fields = _checked(row, self._origin_id)
        seq = fields["chain_seq"]
        held = self._held(seq)
        if held is not None:
            if held == fields["row_hash"]:
                self.receipt.unchanged += 1
            else:
                self.receipt.diverged += 1
            return
        before = audit.GENESIS if seq == 1 else self._held(seq - 1)
        if fields["prev_hash"] != before and not _branches_off(self._s, fields, set(self._sent.values())):
            raise AuditChainBroken(f"baris log audit #{seq} tidak tersambung ke baris sebelumnya")
        self._s.execute(AuditLogRecord.__table__.insert(), [_values(fields)])
        self._sent[seq] = fields["row_hash"]
        self.receipt.added += 1

    def flush(self) -> AuditReceipt:
        return self.receipt


def _checked(row: WireRow, origin_id: str) -> dict:
    """The row's fields, when they are the sender's and hash as they claim."""
    fields = _fields(row)
    if fields["origin_id"] != origin_id:
        raise ScopeError(f"audit row {fields['id']} belongs to another origin")
    if audit.row_hash({k: fields[k] for k in audit.FIELDS}) != fields["row_hash"]:
        raise AuditChainBroken(f"baris log audit #{fields['chain_seq']} tidak cocok dengan hash-nya")
    return fields


def _branches_off(s: Session, fields: dict, sent: set[str]) -> bool:
    """A restore's first row (db/audit_chain.BRANCH_ACTION) linking to a row held, or sent before it."""
    if fields["action"] != BRANCH_ACTION:
        return False
    return fields["prev_hash"] in sent or links_back(s, fields["origin_id"], fields["prev_hash"], fields["chain_seq"])
