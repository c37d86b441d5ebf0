"""`puskesos check` for the audit log: every origin's hash chain, and the kabupaten's confirmation."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.records import AuditLogRecord, SyncOriginRecord, SyncPeerRecord

_WHAT = {
    "edited": "isinya tidak cocok lagi dengan hash-nya (baris diubah)",
    "relinked": ("tidak tersambung ke baris sebelumnya (prev_hash berbeda): ada baris yang dihapus, disisipkan "
                 "atau diurutkan ulang"),
}


def audit_problems(s: Session) -> list[str]:
    """The first broken link of each origin's chain (which origin, which row, what is wrong)."""
    out = []
    acked = {p.origin_id: p for p in s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "kabupaten")).scalars()}
    kabupaten_peer = next(iter(acked.values()), None)
    for origin in s.execute(select(SyncOriginRecord).order_by(SyncOriginRecord.region_code)).scalars():
        where = f"log audit asal {origin.region_code} ({origin.kind}, {origin.id[:8]})"
        broken, head_seq, _head = audit_chain.verify(s, origin.id)
        if broken is not None:
            if broken.kind == "missing":
                out.append(f"{where}: baris #{broken.chain_seq} hilang (sesudah #{broken.chain_seq - 1} "
                           f"langsung {broken.detail})")
            else:
                out.append(f"{where}: baris #{broken.chain_seq} (id {broken.row_id}) {_WHAT[broken.kind]}")
            continue
        if origin.is_local and kabupaten_peer is not None and kabupaten_peer.audit_acked_seq:
            out += _anchor_problems(s, where, origin, head_seq, kabupaten_peer)
    return out


def _anchor_problems(s: Session, where: str, origin: SyncOriginRecord, head_seq: int,
                     peer: SyncPeerRecord) -> list[str]:
    """At a desa: the kabupaten confirmed our chain up to a row with a hash; the chain here must hold it.
    After a restore, until the kabupaten sent back the rows the backup lacked (the re-seed), a row it
    confirmed above the backup's last one is not here yet: that is expected, not a problem."""
    origin_id = origin.id
    waiting = origin.reseed_audit_seq is not None and peer.audit_acked_seq > origin.reseed_audit_seq
    held = s.execute(select(AuditLogRecord.row_hash).where(
        AuditLogRecord.origin_id == origin_id, AuditLogRecord.chain_seq == peer.audit_acked_seq)).scalar_one_or_none()
    if held is None and waiting:
        return []
    if head_seq < peer.audit_acked_seq:
        return [f"{where}: kabupaten sudah menerima sampai baris #{peer.audit_acked_seq}, tetapi log di sini "
                f"berakhir di #{head_seq} (baris terakhir hilang, atau basis data dipulihkan dari cadangan lama)"]
    if held != peer.audit_acked_hash:
        return [f"{where}: baris #{peer.audit_acked_seq} berbeda dengan yang diterima kabupaten "
                "(log ditulis ulang sesudah dikirim)"]
    return []
