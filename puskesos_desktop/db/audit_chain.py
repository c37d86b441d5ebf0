"""The audit log as a hash chain per origin: appending a row, the append-only guard, verifying chains.

`append` takes the chain head inside the caller's transaction. SQLite write transactions are
serialised already (BEGIN IMMEDIATE); on PostgreSQL the local origin's row is locked FOR UPDATE first,
so two staff writing at once take turns, and the unique (origin_id, chain_seq) refuses a fork anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..core import audit
from ..core.ids import new_id
from .records import AuditLogRecord, SyncOriginRecord, utcnow

_HEAD_KEY = "audit_head"
APPEND_ONLY = "audit_log is append-only"
# A restored database's log goes on from the backup's last row, numbered past a gap (services/restore.py):
# the lost copy's rows after the backup, held by the kabupaten, keep their numbers. Only a row with this
# action may jump, and only to link to a row of the same chain.
BRANCH_ACTION = "backup_restore"


class AuditImmutableError(RuntimeError):
    """Raised when code tries to change or delete an audit row (they are never changed)."""


def fields_of(row) -> dict:
    """The hashed fields of a stored row (a record or a Core row with the same attribute names)."""
    return {
        "origin_id": row.origin_id, "chain_seq": row.chain_seq, "id": row.id, "at": audit.format_at(row.at),
        "operator_id": row.operator_id, "operator": row.operator_name, "action": row.action,
        "entity": row.entity, "entity_id": row.entity_id, "detail": row.detail, "prev_hash": row.prev_hash,
    }


def chain_head(session: Session, origin_id: str) -> tuple[int, str]:
    """(chain_seq, row_hash) of the origin's last row, or (0, GENESIS)."""
    last = session.execute(
        select(AuditLogRecord.chain_seq, AuditLogRecord.row_hash).where(AuditLogRecord.origin_id == origin_id)
        .order_by(AuditLogRecord.chain_seq.desc()).limit(1)
    ).first()
    return (last[0], last[1]) if last else (0, audit.GENESIS)


def _local_head(session: Session) -> tuple[str, int, str]:
    root = session.get_transaction()
    cached = session.info.get(_HEAD_KEY)
    if cached and cached[0] is root:
        return cached[1], cached[2], cached[3]
    origin = session.execute(
        select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True)).with_for_update()
    ).scalar_one_or_none()
    if origin is None:
        raise RuntimeError("the audit log is written only once the installation is set up")
    seq, head = chain_head(session, origin)
    return origin, seq, head


def append(session: Session, *, operator_id: str | None, operator_name: str, action: str, entity: str = "",
           entity_id: str = "", detail: str = "", skip: int = 0) -> AuditLogRecord:
    """The next row of this installation's chain, added to the caller's transaction. `skip`: the
    numbers left free before it (only for the BRANCH_ACTION row of a restore)."""
    if skip and action != BRANCH_ACTION:
        raise ValueError("only a restore's row leaves numbers free")
    origin, seq, prev = _local_head(session)
    record = AuditLogRecord(
        id=new_id(), at=utcnow(), operator_id=operator_id, operator_name=operator_name or "", action=action,
        entity=entity or "", entity_id=entity_id or "", detail=detail or "", origin_id=origin,
        chain_seq=seq + skip + 1, prev_hash=prev,
    )
    record.row_hash = audit.row_hash(fields_of(record))
    session.add(record)
    session.info[_HEAD_KEY] = (session.get_transaction(), origin, record.chain_seq, record.row_hash)
    return record


# ---- never updated, never deleted (the database has triggers too: migrations/0005) -------------
@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, flush_context, instances) -> None:
    for record in session.deleted:
        if isinstance(record, AuditLogRecord):
            raise AuditImmutableError(APPEND_ONLY)
    for record in session.dirty:
        if isinstance(record, AuditLogRecord) and session.is_modified(record, include_collections=False):
            raise AuditImmutableError(APPEND_ONLY)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state) -> None:
    if (state.is_update or state.is_delete) and state.bind_mapper is not None \
            and state.bind_mapper.class_ is AuditLogRecord:
        raise AuditImmutableError(APPEND_ONLY)


# ---- verifying ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BrokenLink:
    origin_id: str
    chain_seq: int
    row_id: str
    kind: str  # "edited" | "missing" | "relinked" | "truncated"
    detail: str = ""


def verify(session: Session, origin_id: str) -> tuple[BrokenLink | None, int, str]:
    """Walks one origin's chain in chain_seq order: (the first broken link or None, the last good
    chain_seq, its row_hash)."""
    expected, prev = 1, audit.GENESIS
    rows = session.execute(
        select(AuditLogRecord.__table__).where(AuditLogRecord.origin_id == origin_id)
        .order_by(AuditLogRecord.chain_seq).execution_options(yield_per=5000)
    )
    with rows:  # closed when the walk stops early (a server-side cursor on PostgreSQL)
        for row in rows:
            if row.chain_seq > expected and is_branch(session, row):  # a restore goes on from its backup's row
                expected, prev = row.chain_seq, row.prev_hash
            if row.chain_seq != expected:
                return BrokenLink(origin_id, expected, "", "missing", f"#{row.chain_seq}"), expected - 1, prev
            if audit.row_hash(fields_of(row)) != row.row_hash:
                return BrokenLink(origin_id, row.chain_seq, row.id, "edited"), expected - 1, prev
            if row.prev_hash != prev:
                return BrokenLink(origin_id, row.chain_seq, row.id, "relinked"), expected - 1, prev
            expected, prev = expected + 1, row.row_hash
    return None, expected - 1, prev


def is_branch(session: Session, row) -> bool:
    """A restore's first row (BRANCH_ACTION) that links to an earlier row of its own chain."""
    return row.action == BRANCH_ACTION and links_back(session, row.origin_id, row.prev_hash, row.chain_seq)


def links_back(session: Session, origin_id: str, prev_hash: str, chain_seq: int) -> bool:
    """The origin's chain holds a row before `chain_seq` whose hash is `prev_hash`."""
    return session.execute(select(AuditLogRecord.chain_seq).where(
        AuditLogRecord.origin_id == origin_id, AuditLogRecord.row_hash == prev_hash,
        AuditLogRecord.chain_seq < chain_seq).limit(1)).first() is not None
