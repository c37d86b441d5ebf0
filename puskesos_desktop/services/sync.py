"""Sync between a desa and its kabupaten (DESIGN §4): keys and enrollment, writing a bundle, importing one.

One transaction per imported bundle: it is applied whole or not at all, and a rejection adds only
the record of the rejection.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from itertools import chain
from io import BytesIO
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from ..core import clock
from ..core.codes import Mode
from ..core.errors import NotFoundError, PuskesosError, ValidationError
from ..core.ids import new_id
from ..core.referrals import Outcome, ReferralStatus, follow_outcomes
from ..core.sync_model import ExportResult, Fork, IdentityFile, ImportResult, PendingChanges, Peer
from ..db.records import (
    LetterCounterRecord, LetterRecord, OfficeRecord, ReferralEventRecord, ReferralOutcomeRecord, ReferralRecord,
    SyncBundleRecord, SyncForkRecord, SyncOriginRecord, SyncPeerRecord, SyncRetiredKeyRecord, utcnow,
)
from ..db.audit_chain import chain_head
from ..db.stamping import content_hash, content_of_row
from ..sync import container, keys
from ..sync.audit_rows import (
    TABLE as AUDIT_TABLE, AuditChainBroken, AuditReceipt, AuditReceiver, AuditRefill, audit_lines,
)
from ..sync.safe_write import write_file_safely
from ..sync.engine import Applier, ScopeError, chunked, digest, owned_lines, referral_origin
from ..sync.wire import DESA_TABLES, KABUPATEN_TABLES, MalformedRecord, RECORDS, content_columns
from .context import Context
from .needs import follow_referral

MASTER_TABLES = ("service", "institution")
BUNDLE_SUFFIX = ".pskb"


class SyncError(PuskesosError):
    """Keys or peers are not as this action needs them (not enrolled, wrong kabupaten, …)."""


class SyncService:
    def __init__(self, context: Context, outbox: Path | None = None) -> None:
        self._ctx = context
        self._outbox = outbox

    @property
    def outbox(self) -> Path | None:
        """Where copies of sent bundles wait for the kabupaten's acknowledgement (a desa)."""
        return self._outbox

    # ---- keys and identity ------------------------------------------------------------------
    def make_keys(self) -> str:
        """This installation's key pair, made once (at set-up); returns its fingerprint."""
        with self._ctx.transaction() as s:
            office = _office(s)
            if not office.private_keys:
                pair = keys.generate_keypair()
                office.private_keys = keys.keypair_to_json(pair)
                office.signing_public = pair.signing_public.hex()
                office.age_recipient = pair.recipient
                office.key_fingerprint = keys.fingerprint(pair.signing_public, pair.recipient)
            return office.key_fingerprint

    def fingerprint(self) -> str:
        with self._ctx.reading() as s:
            return _office(s).key_fingerprint or ""

    def own_identity(self) -> keys.PublicIdentity:
        self.make_keys()
        with self._ctx.reading() as s:
            office = _office(s)
            if not office.private_keys:
                raise SyncError("Kunci instalasi ini belum dibuat.")
            return keys.PublicIdentity(
                role=office.mode, region_code=office.region_code, name=office.name,
                origin_id=office.local_origin_id, signing_public=bytes.fromhex(office.signing_public),
                recipient=office.age_recipient, created_at=office.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )

    def write_own_identity(self, path: Path) -> keys.PublicIdentity:
        """The kabupaten's public key file, or a desa's enrollment file (no private key in either)."""
        identity = self.own_identity()
        keys.write_public_identity(path, identity)
        self._audit("key_export", str(path.name))
        return identity

    @staticmethod
    def read_identity(path: Path) -> IdentityFile:
        """Who a public key or enrollment file says it is, and its fingerprint (to compare by phone
        before enrolling); stores nothing. Raises KeyFileError (Indonesian, one line)."""
        identity = keys.read_public_identity(Path(path))
        return IdentityFile(role=identity.role, region_code=identity.region_code, name=identity.name,
                            fingerprint=identity.fingerprint)

    # ---- peers ------------------------------------------------------------------------------
    def set_kabupaten(self, path: Path) -> Peer:
        """At a desa: the kabupaten's public key file, read at set-up (`init desa --kabupaten-key`)."""
        identity = keys.read_public_identity(path)
        with self._ctx.transaction() as s:
            office = _office(s)
            if office.mode != Mode.DESA.value:
                raise SyncError("Berkas kunci kabupaten hanya dipasang di instalasi desa.")
            if identity.role != Mode.KABUPATEN.value:
                raise SyncError("Berkas ini bukan kunci publik kabupaten.")
            if identity.region_code != office.region_code[:4]:
                raise SyncError(f"Kunci ini milik kabupaten/kota {identity.region_code}, bukan kabupaten desa ini "
                                f"({office.region_code[:4]}).")
            existing = s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "kabupaten")).scalar_one_or_none()
            if existing is not None and existing.origin_id != identity.origin_id:
                raise SyncError("Desa ini sudah terhubung dengan kunci kabupaten lain.")
            peer = existing or _add_peer(s, identity, "kabupaten")
            self._ctx.audit(s, "sync_kabupaten_key", "sync_peer", peer.id)
            return _peer(s, peer)

    def enroll(self, path: Path, *, replaces: bool = False) -> Peer:
        """At the kabupaten: a desa installation's enrollment file (after comparing the fingerprint).

        `replaces`: the file is from a new laptop of a desa enrolled here whose laptop was lost with no
        backup. It takes over that installation (its origin, and so every row of it held here): the old
        key is retired (a bundle it signs is refused), and the return bundles send the desa everything
        of it until the new laptop has taken the origin over (docs/bundle-format.md, *Successor*)."""
        identity = keys.read_public_identity(path)
        with self._ctx.transaction() as s:
            office = _office(s)
            if office.mode != Mode.KABUPATEN.value:
                raise SyncError("Pendaftaran desa dilakukan di instalasi kabupaten.")
            if identity.role != Mode.DESA.value:
                raise SyncError("Berkas ini bukan berkas pendaftaran desa.")
            if identity.region_code[:4] != office.region_code:
                raise SyncError(f"Desa {identity.region_code} tidak berada di kabupaten/kota {office.region_code}.")
            if s.get(SyncOriginRecord, identity.origin_id) is not None:
                raise SyncError("Instalasi desa ini sudah terdaftar.")
            if s.get(SyncRetiredKeyRecord, identity.signing_public.hex()) is not None:
                raise SyncError("Kunci instalasi ini sudah dicabut (laptop yang sudah diganti); tidak didaftarkan.")
            if replaces:
                peer = _take_over(s, identity)
                self._ctx.audit(s, "sync_enroll_successor", "sync_peer", peer.id, identity.region_code)
            else:
                peer = _add_peer(s, identity, "desa")
                self._ctx.audit(s, "sync_enroll", "sync_peer", peer.id, identity.region_code)
            return _peer(s, peer)

    def enrolled_installation(self, path: Path) -> Peer | None:
        """At the kabupaten: the installation already enrolled for the desa of an enrollment file (the
        one a successor would replace), or None."""
        identity = keys.read_public_identity(path)
        with self._ctx.reading() as s:
            peer = _newest_of_desa(s, identity.region_code)
            return None if peer is None or peer.origin_id == identity.origin_id else _peer(s, peer)

    def revoke(self, peer_id: str, reason: str) -> Peer:
        if not reason.strip():
            raise ValidationError.single("reason", "required", "Tulis alasan pencabutan.")
        with self._ctx.transaction() as s:
            peer = s.get(SyncPeerRecord, peer_id)
            if peer is None:
                raise NotFoundError("Instalasi tidak ditemukan.")
            peer.revoked_at, peer.revoked_reason = utcnow(), reason.strip()
            self._ctx.audit(s, "sync_revoke", "sync_peer", peer.id)
            return _peer(s, peer)

    def peers(self) -> list[Peer]:
        with self._ctx.reading() as s:
            return [_peer(s, p) for p in s.execute(select(SyncPeerRecord).order_by(SyncPeerRecord.region_code,
                                                                                   SyncPeerRecord.enrolled_at)).scalars()]

    def pending(self) -> PendingChanges:
        """At a desa: owned changes the kabupaten has not confirmed (and since when)."""
        with self._ctx.reading() as s:
            office = _office(s)
            peer = s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "kabupaten")).scalar_one_or_none()
            confirmed = peer.acked_seq if peer else 0
            rows, since = 0, None
            for table in DESA_TABLES:
                t = RECORDS[table].__table__
                unconfirmed = (t.c.origin_id == office.local_origin_id, t.c.seq > confirmed)
                # Both from the (origin_id, seq) index: the count walks only the index, and the oldest
                # change is the one with the lowest seq (seqs are given in the order of writing), so
                # no row is read but that one; on 100,000 households never sent, min(updated_at) read
                # (and, encrypted, decrypted) every row of every table at each start.
                n = s.execute(select(func.count()).select_from(t).where(*unconfirmed)).scalar_one()
                oldest = s.execute(select(t.c.updated_at).where(*unconfirmed).order_by(t.c.seq).limit(1)
                                   ).scalar_one_or_none() if n else None
                rows += n
                if oldest is not None and (since is None or oldest < since):
                    since = oldest
            origin = s.get(SyncOriginRecord, office.local_origin_id)
            kept = s.execute(select(func.count()).select_from(SyncForkRecord).where(
                SyncForkRecord.resolved.is_(False))).scalar_one()
            return PendingChanges(rows=rows, since=since, last_confirmed_at=peer.last_received_at if peer else None,
                                  confirmed_seq=confirmed, restored=origin is not None and origin.reseed_seq is not None,
                                  kept_versions=kept, replacing=origin is not None and origin.reseed_seq is not None
                                  and not origin.reseed_first_seq)

    # ---- writing a bundle -------------------------------------------------------------------
    def export(self, out_dir: Path, desa_code: str | None = None) -> ExportResult:
        """Desa: every owned change since the kabupaten's acknowledgement. Kabupaten (`desa_code`): the
        return bundle of that desa — acknowledgement, outcomes of its referrals, master data."""
        out_dir = Path(out_dir)
        self.make_keys()
        if not out_dir.is_dir():
            raise ValidationError.single("out", "not_dir", f"Folder tujuan tidak ada: {out_dir}")
        with self._ctx.reading() as s:
            office = _office(s)
            pair = keys.keypair_from_json(office.private_keys or "")
            if office.mode == Mode.DESA.value:
                if desa_code:
                    raise SyncError("--desa-code hanya untuk instalasi kabupaten.")
                peer = _the_kabupaten(s)
                plan = self._desa_plan(s, office, peer)
            else:
                if not desa_code:
                    raise SyncError("Sebutkan desa tujuan: --desa-code KODE10.")
                peer = _desa_peer(s, desa_code.replace(".", ""))
                plan = self._return_plan(s, office, peer)
            counts: Counter = Counter()
            buffer = BytesIO()
            manifest = container.write_bundle(buffer, plan["manifest"], chunked(plan["lines"], counts),
                                              pair, peer.recipient)
        data = buffer.getvalue()
        rows = sum(n for table, n in counts.items() if table != AUDIT_TABLE)  # changes; the audit rows ride along
        name = _file_name(office, peer, manifest)
        path = write_file_safely(out_dir / name, data)
        outbox = self._keep_in_outbox(name, data) if office.mode == Mode.DESA.value else ""
        with self._ctx.transaction() as s:
            s.add(SyncBundleRecord(
                id=new_id(), bundle_id=manifest.bundle_id, direction="out", peer_origin_id=peer.origin_id,
                # The outbox copy's name (the one to remove once acknowledged); the stick's is in the result.
                kind=manifest.kind, file_name=Path(outbox or path).name, file_sha256=hashlib.sha256(data).hexdigest(),
                seq_from=manifest.seq_from, seq_to=manifest.seq_to, status="written",
                counts=json.dumps(dict(counts), sort_keys=True),
            ))
            s.execute(update(SyncPeerRecord).where(SyncPeerRecord.id == peer.id).values(last_sent_at=utcnow()))
            self._ctx.audit(s, "sync_export", "sync_bundle", manifest.bundle_id, str(rows))
        return ExportResult(path=str(path), bundle_id=manifest.bundle_id, kind=manifest.kind,
                            rows=rows, seq_from=manifest.seq_from, seq_to=manifest.seq_to,
                            size=len(data), outbox_copy=outbox)

    def _desa_plan(self, s: Session, office: OfficeRecord, peer: SyncPeerRecord) -> dict:
        origin = s.get(SyncOriginRecord, office.local_origin_id)
        counts, total_digest = digest(s, DESA_TABLES, origin.id)
        # A restored desa asks for what its backup lacked, with every bundle until a return bundle brought it.
        extra = ({"reseed": {"seq": origin.reseed_seq, "audit_seq": origin.reseed_audit_seq or 0,
                             "first_seq": origin.reseed_first_seq or 0}}
                 if origin.reseed_seq is not None else {})
        manifest = container.Manifest.new(
            kind="desa", sender_origin=origin.id, incarnation=origin.incarnation, sender_region=office.region_code,
            sender_fingerprint=office.key_fingerprint, recipient_region=peer.region_code,
            recipient_fingerprint=peer.fingerprint, seq_from=peer.acked_seq, seq_to=origin.last_seq,
            ack=peer.applied_seq, counts=counts, digest=total_digest, extra=extra,
        )
        # The audit log travels too, from the row the kabupaten confirmed holding (contract 1.1).
        lines = chain(owned_lines(s, DESA_TABLES, [origin.id], peer.acked_seq),
                      audit_lines(s, origin.id, peer.audit_acked_seq))
        return {"manifest": manifest, "lines": lines}

    def _return_plan(self, s: Session, office: OfficeRecord, peer: SyncPeerRecord) -> dict:
        origin = s.get(SyncOriginRecord, office.local_origin_id)
        audit_seq, audit_hash = chain_head(s, peer.origin_id)
        outcomes = RECORDS["referral_outcome"].__table__
        referrals = ReferralRecord.__table__
        # Only this desa's: outcomes of referrals it owns; never another desa's personal data.
        theirs = outcomes.c.referral_id.in_(select(referrals.c.id).where(referrals.c.origin_id == peer.origin_id))
        rejected = [{"bundle_id": b.bundle_id, "file": b.file_name, "reason": b.reason}
                    for b in s.execute(select(SyncBundleRecord).where(
                        SyncBundleRecord.peer_origin_id == peer.origin_id, SyncBundleRecord.direction == "in",
                        SyncBundleRecord.status == "rejected", SyncBundleRecord.at > (peer.last_sent_at or dt.datetime.min),
                    )).scalars()]
        manifest = container.Manifest.new(
            kind="return", sender_origin=origin.id, incarnation=origin.incarnation, sender_region=office.region_code,
            sender_fingerprint=office.key_fingerprint, recipient_region=peer.region_code,
            recipient_fingerprint=peer.fingerprint, seq_from=peer.acked_seq, seq_to=origin.last_seq,
            ack=peer.applied_seq, counts={}, digest="",
            extra={"acknowledgement": {
                "applied_seq": peer.applied_seq, "reconciled": bool(peer.reconciled),
                "reconciled_seq": peer.reconciled_seq, "rejected": rejected,
                # The desa's audit log as held here: its `check` compares this row with its own.
                "audit_seq": audit_seq, "audit_hash": audit_hash,
                # The incarnation of the desa seen here: a desa restored from an older one goes past it.
                "incarnation": peer.incarnation,
                **({"reseed": {"seq": peer.reseed_seq, "audit_seq": peer.reseed_audit_seq or 0,
                               "first_seq": peer.reseed_first_seq or 0}}
                   if peer.reseed_seq is not None else {}),
                # A successor (a new laptop enrolled in place of a lost one): take this origin over.
                **({"successor": _successor_block(s, peer)} if peer.successor_origin else {}),
            }},
        )
        lines = owned_lines(s, KABUPATEN_TABLES, [origin.id], peer.acked_seq, where={"referral_outcome": theirs})
        if peer.reseed_seq is not None:  # a restored desa: its own rows and audit rows its backup lacked
            lines = chain(owned_lines(s, MASTER_TABLES, [origin.id], peer.acked_seq),
                          owned_lines(s, DESA_TABLES, [peer.origin_id], peer.reseed_seq),
                          owned_lines(s, ("referral_outcome",), [origin.id], peer.acked_seq,
                                      where={"referral_outcome": theirs}),
                          audit_lines(s, peer.origin_id, peer.reseed_audit_seq or 0))
        return {"manifest": manifest, "lines": lines}

    def _keep_in_outbox(self, name: str, data: bytes) -> str:
        if self._outbox is None:
            return ""
        self._outbox.mkdir(parents=True, exist_ok=True)
        return str(write_file_safely(self._outbox / name, data))

    # ---- reading a bundle -------------------------------------------------------------------
    def import_files(self, paths: list[Path]) -> list[ImportResult]:
        return [self.import_file(Path(p)) for p in paths]

    def import_file(self, path: Path) -> ImportResult:
        """Applied (counts), already imported, or rejected with a reason; never half-applied."""
        try:
            sha = _file_sha256(path)  # streamed: a bundle of a million changes is never held twice
        except OSError as exc:
            return self._reject(path, "", "unreadable", f"Berkas tidak dapat dibaca: {exc.strerror or exc}")
        with self._ctx.reading() as s:
            seen = s.execute(select(SyncBundleRecord).where(
                SyncBundleRecord.file_sha256 == sha, SyncBundleRecord.direction == "in",
                SyncBundleRecord.status == "applied")).scalars().first()
            office = _office(s)
            pair = keys.keypair_from_json(office.private_keys or "")
            signers = {p.signing_public: p for p in s.execute(select(SyncPeerRecord)).scalars()}
            retired = set(s.execute(select(SyncRetiredKeyRecord.signing_public)).scalars())
        if seen is not None:
            return self._duplicate(path, sha, seen.bundle_id or "", "Berkas ini sudah diimpor sebelumnya.")

        def lookup(public: bytes) -> str:
            if public.hex() in retired:  # a laptop a successor replaced
                return "revoked"
            peer = signers.get(public.hex())
            return "unknown" if peer is None else ("revoked" if peer.revoked_at else "known")

        try:
            opened = container.open_bundle(path, pair, lookup)
        except container.BundleRejected as exc:
            return self._reject(path, sha, exc.code, str(exc))
        peer = signers[opened.signer_public.hex()]
        try:
            result = self._apply(path, sha, opened, peer.id)
            self._prune_outbox()
            return result
        except _Duplicate as exc:
            return self._duplicate(path, sha, opened.manifest.bundle_id, exc.message)
        except _Rejected as exc:
            return self._reject(path, sha, exc.code, exc.message, opened.manifest.bundle_id, peer.origin_id)
        except (MalformedRecord, ScopeError, IntegrityError, DataError) as exc:
            # The database refusing a row (a parent that is not there, a value it cannot hold) is a
            # malformed record too: the transaction is rolled back, the file rejected whole.
            code = "scope" if isinstance(exc, ScopeError) else "malformed"
            message = ("Berkas berisi data di luar wewenang pengirimnya (data desa lain atau milik kabupaten); "
                       "seluruh berkas ditolak." if code == "scope" else
                       "Berkas berisi catatan yang rusak atau tidak dikenal; seluruh berkas ditolak.")
            detail = str(exc.orig if isinstance(exc, (IntegrityError, DataError)) else exc)
            return self._reject(path, sha, code, message, opened.manifest.bundle_id, peer.origin_id, detail=detail)
        except AuditChainBroken as exc:
            message = (f"Log audit desa pengirim sudah diubah ({exc}); seluruh berkas ditolak. Laporkan ke "
                       "Dinas Sosial: log audit desa itu perlu diperiksa.")
            return self._reject(path, sha, "audit_chain", message, opened.manifest.bundle_id, peer.origin_id,
                                detail=str(exc))
        except container.BundleRejected as exc:  # a member found corrupt while streaming
            return self._reject(path, sha, exc.code, str(exc), opened.manifest.bundle_id, peer.origin_id)

    def _apply(self, path: Path, sha: str, opened, peer_id: str) -> ImportResult:
        m = opened.manifest
        with self._ctx.transaction() as s:
            office = _office(s)
            peer = s.get(SyncPeerRecord, peer_id)
            if peer.revoked_at is not None:
                raise _Rejected("revoked_signer", "Kunci pengirim sudah dicabut.")
            expected_kind = "desa" if office.mode == Mode.KABUPATEN.value else "return"
            if m.kind != expected_kind:
                raise _Rejected("wrong_kind", "Berkas ini bukan untuk instalasi ini (arah pengiriman salah).")
            if m.sender_origin == peer.successor_origin and m.sender_origin is not None:
                raise _Rejected("successor_pending", (
                    "Berkas ini dibuat laptop pengganti sebelum data desa kembali dari kabupaten. Impor dulu "
                    "kiriman balik kabupaten di laptop desa, lalu kirim data lagi: tidak ada data yang hilang."))
            if m.sender_origin != peer.origin_id or m.sender_region != peer.region_code:
                raise _Rejected("wrong_sender", "Isi berkas tidak sesuai dengan penandatangannya.")
            if m.recipient_region != office.region_code or m.recipient_fingerprint != office.key_fingerprint:
                raise _Rejected("wrong_recipient", "Berkas ini ditujukan untuk instalasi lain.")
            already = s.execute(select(SyncBundleRecord.id).where(
                SyncBundleRecord.bundle_id == m.bundle_id, SyncBundleRecord.direction == "in",
                SyncBundleRecord.status == "applied")).first()
            if already is not None:
                raise _Duplicate("Kiriman ini sudah diimpor sebelumnya (nama berkasnya mungkin lain).")
            if m.seq_from > peer.applied_seq:
                raise _Rejected("missing_bundle", (
                    f"Ada kiriman yang belum diterima: berkas ini mulai dari perubahan #{m.seq_from + 1}, padahal "
                    f"yang sudah diterima baru sampai #{peer.applied_seq}. Berkas disimpan; minta pengirim mengirim ulang."))
            kabupaten = office.mode == Mode.KABUPATEN.value
            successor = None if kabupaten else _successor_of(m)
            if successor is not None:  # a new laptop enrolled in place of a lost one: its origin now
                successor = self._take_origin_over(s, office, successor, m)
            elif kabupaten and peer.successor_origin:
                peer.successor_origin = None  # the successor has taken the origin over: it signs as it
            # A restored desa's request (at the kabupaten), or the return bundle's answer to it (at the desa).
            reseed = _reseed_of(m)
            if kabupaten:
                allowed = {table: {peer.origin_id} for table in DESA_TABLES}
                audit_rows = AuditReceiver(s, peer.origin_id)
            else:
                allowed = {table: {peer.origin_id} for table in KABUPATEN_TABLES}
                audit_rows = None
                if reseed is not None:  # the re-seed: our own rows and audit rows, held at the kabupaten
                    for table in DESA_TABLES:
                        allowed.setdefault(table, set()).add(office.local_origin_id)
                    audit_rows = AuditRefill(s, office.local_origin_id)
            if m.incarnation < peer.incarnation:
                raise _Rejected("old_incarnation", "Berkas ini dari salinan lama instalasi pengirim; tidak diterapkan.")
            applier = Applier(s, allowed, keep_unknown=m.contract_minor > container.CONTRACT[1],
                              bundle_id=m.bundle_id, incarnation=m.incarnation, known_seq=peer.applied_seq,
                              audit=audit_rows,
                              own=(office.local_origin_id, reseed[0]) if reseed and not kabupaten else None,
                              restored=(reseed[0], reseed[2]) if reseed and kabupaten and reseed[2] else None)
            result = applier.feed(opened.iter_lines())
            receipt = audit_rows.flush() if audit_rows is not None else AuditReceipt()
            # Audit rows alone are no news: they ride along with changes, and the next bundle that
            # carries changes brings them again (they are sent from the row the kabupaten confirmed).
            refilled = not kabupaten and receipt.added  # a re-seed's audit rows are news
            if (not result.applied and not result.forks and not result.kept_unknown and not refilled
                    and peer.last_received_at
                    and m.seq_to <= peer.applied_seq and m.ack <= peer.acked_seq):
                # An old bundle after newer ones: nothing in it is news. Rolled back, so nothing changes.
                raise _Duplicate("Berkas lama: semua isinya sudah diterima sebelumnya.")
            if office.mode == Mode.DESA.value:
                self._check_outcomes_are_ours(s, result.outcome_referrals, office.local_origin_id)
            peer.applied_seq = max(peer.applied_seq, m.seq_to)
            s.execute(update(SyncOriginRecord).where(SyncOriginRecord.id == peer.origin_id,
                                                     SyncOriginRecord.last_seq < m.seq_to)
                      .values(last_seq=m.seq_to, incarnation=m.incarnation))
            if kabupaten and (m.incarnation > peer.incarnation or reseed):
                # A restored (or copied) desa: it holds our stream only up to what its own database
                # acknowledges, however far its lost copy had got; the next return bundle starts there.
                peer.acked_seq = m.ack
            else:
                peer.acked_seq = max(peer.acked_seq, m.ack)
            peer.incarnation = max(peer.incarnation, m.incarnation)
            peer.last_received_at = utcnow()
            reconciled = None
            if kabupaten:
                # A restored desa: its next return bundle brings back what it lacks (until it stops asking).
                peer.reseed_seq, peer.reseed_audit_seq, peer.reseed_first_seq = reseed or (None, None, None)
                _counts, held = digest(s, DESA_TABLES, peer.origin_id)
                reconciled = held == m.digest
                peer.reconciled = reconciled
                peer.reconciled_seq = m.seq_to if reconciled else peer.reconciled_seq
            else:
                self._after_return(s, office, peer, m, result.outcome_referrals, reseed)
                if successor:
                    self._ctx.audit(s, "sync_successor", "sync_origin", office.local_origin_id, successor)
            s.add(SyncBundleRecord(
                id=new_id(), bundle_id=m.bundle_id, direction="in", peer_origin_id=peer.origin_id, kind=m.kind,
                file_name=path.name, file_sha256=sha, seq_from=m.seq_from, seq_to=m.seq_to, status="applied",
                counts=json.dumps(dict(result.applied), sort_keys=True),
                manifest=opened.manifest_bytes.decode("utf-8"),
            ))
            self._ctx.audit(s, "sync_import", "sync_bundle", m.bundle_id, str(sum(result.applied.values())))
            forked = (f"{result.forks} perubahan memakai nomor yang sudah dipakai dengan isi lain (basis data pengirim "
                      "mungkin dipulihkan dari cadangan lama): versi yang tersimpan dipertahankan, versi dari berkas "
                      "ini disimpan untuk ditinjau." if result.forks else "")
            if result.replaced:
                forked = " ".join(filter(None, (forked, (
                    f"{result.replaced} data yang diubah desa sesudah pemulihan sebelumnya diubah di laptop lama "
                    "desa itu (sesudah cadangannya dibuat): perubahan baru diterapkan, versi lama disimpan untuk "
                    "ditinjau."))))
            if result.forks and office.mode == Mode.DESA.value:
                forked = (f"{result.forks} data diubah di laptop ini sesudah pemulihan, padahal laptop lama juga "
                          "mengubahnya sesudah cadangan dibuat: versi laptop ini dipertahankan, versi dari kabupaten "
                          "disimpan untuk ditinjau.")
            if receipt.diverged:
                forked = " ".join(filter(None, (forked, (
                    f"{receipt.diverged} baris log audit berbeda dengan yang sudah diterima dari desa ini (basis "
                    "data desa dipulihkan atau disalin); baris itu tidak diambil, log yang sudah diterima tetap."))))
                self._ctx.audit(s, "sync_audit_diverged", "sync_origin", peer.origin_id, str(receipt.diverged))
            return ImportResult(
                file=str(path), status="applied", reason=forked,
                reason_code="fork" if result.forks or result.replaced else "",
                bundle_id=m.bundle_id,
                sender=peer.region_code if peer.role == "desa" else "kabupaten", counts=dict(result.applied),
                unchanged=result.unchanged + result.older, forks=result.forks + result.replaced, reconciled=reconciled,
                seq_to=m.seq_to,
            )

    def _take_origin_over(self, s: Session, office: OfficeRecord, successor: dict, m) -> str:
        """At a successor desa, from a return bundle: the lost laptop's origin becomes this installation's.
        Its rows come in this bundle (a re-seed from 0, applied as our own); the rows made here before
        are moved to it under a new seq past what the kabupaten holds; the audit log made here so far
        stays, closed, under the installation's first origin. Returns what the audit log says of it
        ("" when the origin was taken over already: a return bundle sent again)."""
        mine, theirs = office.local_origin_id, successor["origin_id"]
        if mine == theirs:
            return ""
        if mine != successor["from_origin"]:
            raise _Rejected("wrong_recipient", "Berkas ini untuk laptop pengganti lain desa ini; tidak diterapkan.")
        clash = s.execute(select(LetterRecord.year, func.count()).where(
            LetterRecord.origin_id == mine, LetterRecord.year.in_([int(y) for y in successor["letters"]]))
            .group_by(LetterRecord.year)).all()
        if clash:
            years = ", ".join(str(year) for year, _n in clash)
            raise _Rejected("successor_letters", (
                f"Laptop ini sudah menerbitkan {sum(n for _y, n in clash)} surat rujukan tahun {years} sebelum data "
                "desa kembali dari kabupaten, dan laptop lama juga memberi nomor surat tahun itu: nomornya bisa "
                "sama. Berkas tidak diterapkan; hubungi Dinas Sosial untuk menyelesaikan nomor surat itu."))
        first = successor["seq"] + 1
        seen = (m.extra.get("acknowledgement") or {}).get("incarnation")
        incarnation = seen if isinstance(seen, int) and not isinstance(seen, bool) and seen > 0 else 1
        s.execute(update(SyncOriginRecord).where(SyncOriginRecord.id == mine).values(
            is_local=False, reseed_seq=None, reseed_audit_seq=None, reseed_first_seq=None))
        s.add(SyncOriginRecord(id=theirs, kind=Mode.DESA.value, region_code=office.region_code,
                               incarnation=incarnation, last_seq=first, is_local=True,
                               reseed_seq=0, reseed_audit_seq=0, reseed_first_seq=first))
        s.flush()
        moved = _move_rows(s, mine, theirs, first)
        office.local_origin_id = theirs
        # Bundles written under the first origin will never be acknowledged: their rows go again, moved.
        s.execute(update(SyncBundleRecord).where(SyncBundleRecord.direction == "out",
                                                 SyncBundleRecord.status == "written").values(status="superseded"))
        return f"{mine} -> {theirs}; {moved} baris"

    def _check_outcomes_are_ours(self, s: Session, referral_ids: set[str], local_origin: str) -> None:
        owners = referral_origin(s, referral_ids)
        if any(owners.get(r) != local_origin for r in referral_ids):
            raise ScopeError("an outcome of a referral this desa does not have")

    def _after_return(self, s: Session, office: OfficeRecord, peer: SyncPeerRecord, m, referral_ids: set[str],
                      reseed: tuple[int, int, int] | None) -> None:
        """At the desa: the kabupaten's outcomes move our referrals; a database restored or copied
        outside the application starts a new incarnation; a re-seed that covers what the restore
        asked for ends the asking."""
        origin = s.get(SyncOriginRecord, office.local_origin_id)
        confirmed = (m.extra.get("acknowledgement") or {}) if isinstance(m.extra, dict) else {}
        seen = confirmed.get("incarnation")
        seen = seen if isinstance(seen, int) and not isinstance(seen, bool) else 0
        if m.ack > origin.last_seq or seen > origin.incarnation:
            # The kabupaten holds more of our changes than this database has written, or a newer
            # incarnation of it: this is an old copy. New changes must not re-use those numbers (Core,
            # not the ORM: the stamping of this same transaction reads the counter with SQL).
            s.execute(update(SyncOriginRecord).where(SyncOriginRecord.id == origin.id).values(
                incarnation=max(origin.incarnation, seen) + 1, last_seq=max(origin.last_seq, m.ack)))
        if reseed is not None:
            _letter_counters_follow(s, origin.id)
        if reseed is not None and origin.reseed_seq is not None and reseed[0] <= origin.reseed_seq \
                and reseed[1] <= (origin.reseed_audit_seq or 0):
            s.execute(update(SyncOriginRecord).where(SyncOriginRecord.id == origin.id).values(
                reseed_seq=None, reseed_audit_seq=None))
        for referral_id in referral_ids:
            _follow_outcome(s, referral_id)
        audit_seq, audit_hash = confirmed.get("audit_seq"), confirmed.get("audit_hash")
        if (isinstance(audit_seq, int) and not isinstance(audit_seq, bool) and isinstance(audit_hash, str)
                and audit_seq > peer.audit_acked_seq):
            peer.audit_acked_seq, peer.audit_acked_hash = audit_seq, audit_hash

    def _prune_outbox(self) -> None:
        """Copies of bundles the kabupaten has acknowledged leave the outbox (after the commit: a file
        removed too early could not be sent again)."""
        if self._outbox is None:
            return
        with self._ctx.transaction() as s:
            peer = s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "kabupaten")).scalar_one_or_none()
            if peer is None:
                return
            done = s.execute(select(SyncBundleRecord).where(
                SyncBundleRecord.direction == "out",
                ((SyncBundleRecord.status == "written") & (SyncBundleRecord.seq_to <= peer.acked_seq))
                # a successor's bundles of its first origin: their rows go again, moved to the one it took over
                | (SyncBundleRecord.status == "superseded"))).scalars().all()
            for bundle in done:
                (self._outbox / bundle.file_name).unlink(missing_ok=True)
                bundle.status = "acknowledged"

    # ---- forks kept for review (kabupaten) ----------------------------------------------------
    def forks(self, origin_id: str | None = None, *, include_resolved: bool = False) -> list[Fork]:
        """The versions kept for review, newest first (of one desa installation when `origin_id` is
        given); each with the stored and the kept content and the fields that differ. At the kabupaten:
        a desa sent a number already used for other content, or a restored desa's change replaced a
        version from its lost laptop. At a restored desa: a change made here after the restore and the
        lost laptop's version the kabupaten sent back."""
        with self._ctx.reading() as s:
            query = select(SyncForkRecord, SyncPeerRecord.region_code).outerjoin(
                SyncPeerRecord, SyncPeerRecord.origin_id == SyncForkRecord.origin_id)
            if origin_id is not None:
                query = query.where(SyncForkRecord.origin_id == origin_id)
            if not include_resolved:
                query = query.where(SyncForkRecord.resolved.is_(False))
            rows = s.execute(query.order_by(SyncForkRecord.detected_at.desc(), SyncForkRecord.id.desc())).all()
            return [_fork(s, record, region or "") for record, region in rows]

    def resolve_fork(self, fork_id: str, note: str) -> Fork:
        """Marks a fork as reviewed, with the reviewer's note (kept in the audit log only).

        Never changes the stored row: the desa owns it, and corrects it at the desa if the incoming
        version was the right one; the correction then arrives with its next bundle as a new change."""
        if not (note or "").strip():
            raise ValidationError.single("note", "required", "Tulis catatan hasil peninjauan.")
        with self._ctx.transaction() as s:
            record = s.get(SyncForkRecord, fork_id)
            if record is None:
                raise NotFoundError("Perbedaan data ini tidak ditemukan.")
            if record.resolved:
                raise SyncError("Perbedaan data ini sudah ditandai sudah ditinjau.")
            record.resolved = True
            # The note is the only free text: no NIK, name or other content of the row goes in.
            self._ctx.audit(s, "sync_fork_resolve", "sync_fork", record.id, note.strip())
            s.flush()
            region = s.execute(select(SyncPeerRecord.region_code).where(
                SyncPeerRecord.origin_id == record.origin_id)).scalar_one_or_none()
            return _fork(s, record, region or "")

    # ---- recording --------------------------------------------------------------------------
    def _reject(self, path: Path, sha: str, code: str, message: str, bundle_id: str = "",
                peer_origin: str | None = None, detail: str = "") -> ImportResult:
        with self._ctx.transaction() as s:
            s.add(SyncBundleRecord(
                id=new_id(), bundle_id=bundle_id or None, direction="in", peer_origin_id=peer_origin,
                file_name=path.name, file_sha256=sha, status="rejected",
                reason_code=code, reason=message,
            ))
            self._ctx.audit(s, "sync_reject", "sync_bundle", bundle_id, code)
        return ImportResult(file=str(path), status="rejected", reason=message, reason_code=code, bundle_id=bundle_id)

    def _duplicate(self, path: Path, sha: str, bundle_id: str, message: str) -> ImportResult:
        return ImportResult(file=str(path), status="duplicate", reason=message, bundle_id=bundle_id)

    def _audit(self, action: str, detail: str) -> None:
        with self._ctx.transaction() as s:
            self._ctx.audit(s, action, detail=detail)


class _Rejected(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


class _Duplicate(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _letter_counters_follow(s: Session, origin_id: str) -> None:
    """After a re-seed: letters numbered on the lost laptop came back, so each year's counter goes to
    the highest serial this desa has issued (the next letter never re-uses a number)."""
    issued = s.execute(select(LetterRecord.year, func.max(LetterRecord.serial)).where(
        LetterRecord.origin_id == origin_id).group_by(LetterRecord.year)).all()
    for year, serial in issued:
        counter = s.get(LetterCounterRecord, year)
        if counter is None:
            s.add(LetterCounterRecord(year=year, last_serial=serial))
        elif counter.last_serial < serial:
            counter.last_serial = serial


def _reseed_of(m) -> tuple[int, int, int] | None:
    """(seq, audit_seq, first_seq) of a manifest's re-seed: a desa bundle's request, or a return
    bundle's acknowledgement of it; None when there is none or it is malformed."""
    extra = m.extra if isinstance(m.extra, dict) else {}
    found = extra.get("reseed") if m.kind == "desa" else (extra.get("acknowledgement") or {}).get("reseed")
    if not isinstance(found, dict):
        return None
    values = (found.get("seq"), found.get("audit_seq", 0), found.get("first_seq", 0))
    if all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
        return values  # type: ignore[return-value]
    return None


def _successor_of(m) -> dict | None:
    """A return bundle's `acknowledgement.successor` (docs/bundle-format.md, *Successor*), or None."""
    extra = m.extra if isinstance(m.extra, dict) else {}
    found = (extra.get("acknowledgement") or {}).get("successor")
    if not isinstance(found, dict):
        return None
    texts = all(isinstance(found.get(k), str) and found.get(k) for k in ("from_origin", "origin_id"))
    seq, letters = found.get("seq"), found.get("letters", {})
    if not (texts and isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0 and isinstance(letters, dict)
            and all(str(y).isdigit() for y in letters)):
        raise _Rejected("bad_manifest", "Isi berkas rusak (data pengganti laptop tidak lengkap); tidak diterapkan.")
    return found


def _move_rows(s: Session, from_origin: str, to_origin: str, seq: int) -> int:
    """Every synced row of `from_origin` becomes `to_origin`'s, under `seq` (its hash follows: the
    origin is part of a row's content)."""
    moved = 0
    for table in DESA_TABLES:
        model = RECORDS[table]
        t = model.__table__
        rows = s.execute(select(t).where(t.c.origin_id == from_origin)).mappings().all()
        for row in rows:
            content = content_of_row(model, {**row, "origin_id": to_origin})
            s.execute(update(t).where(t.c.id == row["id"]).values(
                origin_id=to_origin, seq=seq, content_hash=content_hash(content)))
        moved += len(rows)
    return moved


def _file_sha256(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def _office(s: Session) -> OfficeRecord:
    office = s.execute(select(OfficeRecord)).scalar_one_or_none()
    if office is None:
        raise SyncError("Instalasi belum disiapkan.")
    return office


def _the_kabupaten(s: Session) -> SyncPeerRecord:
    peer = s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "kabupaten")).scalar_one_or_none()
    if peer is None:
        raise SyncError("Kunci kabupaten belum dipasang: minta berkas kunci publik dari Dinas Sosial.")
    return peer


def _desa_peer(s: Session, desa_code: str) -> SyncPeerRecord:
    peers = s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "desa", SyncPeerRecord.region_code == desa_code,
                                                   SyncPeerRecord.revoked_at.is_(None))
                      .order_by(SyncPeerRecord.enrolled_at.desc())).scalars().all()
    if not peers:
        raise SyncError(f"Desa {desa_code} belum terdaftar (atau kuncinya sudah dicabut).")
    return peers[0]


def _add_peer(s: Session, identity, role: str) -> SyncPeerRecord:
    s.add(SyncOriginRecord(id=identity.origin_id, kind=role, region_code=identity.region_code, incarnation=1,
                           last_seq=0, is_local=False))
    s.flush()
    peer = SyncPeerRecord(
        id=new_id(), role=role, origin_id=identity.origin_id, region_code=identity.region_code, name=identity.name,
        signing_public=identity.signing_public.hex(), recipient=identity.recipient,
        fingerprint=keys.fingerprint(identity.signing_public, identity.recipient),
        incarnation=1, applied_seq=0, acked_seq=0, reconciled=False, revoked_reason="",
    )
    s.add(peer)
    s.flush()
    return peer


def _newest_of_desa(s: Session, desa_code: str) -> SyncPeerRecord | None:
    return s.execute(select(SyncPeerRecord).where(SyncPeerRecord.role == "desa", SyncPeerRecord.region_code == desa_code)
                     .order_by(SyncPeerRecord.enrolled_at.desc()).limit(1)).scalar_one_or_none()


def _take_over(s: Session, identity) -> SyncPeerRecord:
    """The desa's newest installation (revoked or not) gets the successor's keys and waits for it to
    take its origin over: the old key is retired, and the successor holds nothing of ours (our stream
    starts again from 0) nor of its desa (the re-seed asks for everything, from 0)."""
    peer = _newest_of_desa(s, identity.region_code)
    if peer is None:
        raise SyncError(f"Desa {identity.region_code} belum pernah terdaftar di sini: daftarkan sebagai "
                        "instalasi baru, bukan pengganti.")
    s.add(SyncRetiredKeyRecord(signing_public=peer.signing_public, peer_id=peer.id, fingerprint=peer.fingerprint,
                               reason=f"diganti instalasi {identity.origin_id}"))
    peer.signing_public, peer.recipient = identity.signing_public.hex(), identity.recipient
    peer.fingerprint = keys.fingerprint(identity.signing_public, identity.recipient)
    peer.name = identity.name
    peer.successor_origin = identity.origin_id
    peer.revoked_at, peer.revoked_reason = None, ""
    peer.incarnation += 1
    peer.acked_seq = 0
    peer.reseed_seq, peer.reseed_audit_seq, peer.reseed_first_seq = 0, 0, 0
    peer.reconciled = False
    s.execute(update(SyncOriginRecord).where(SyncOriginRecord.id == peer.origin_id).values(incarnation=peer.incarnation))
    s.flush()
    return peer


def _successor_block(s: Session, peer: SyncPeerRecord) -> dict:
    """What a successor needs to take the origin over: which origin, the highest seq of it held here
    (its own numbers go on past it), and each year's highest letter serial of it (its letters must not
    have used them)."""
    highest = peer.applied_seq
    for table in DESA_TABLES:
        t = RECORDS[table].__table__
        highest = max(highest, s.execute(select(func.max(t.c.seq)).where(t.c.origin_id == peer.origin_id)
                                         ).scalar() or 0)
    letters = s.execute(select(LetterRecord.year, func.max(LetterRecord.serial)).where(
        LetterRecord.origin_id == peer.origin_id, LetterRecord.serial.is_not(None)).group_by(LetterRecord.year)).all()
    return {"from_origin": peer.successor_origin, "origin_id": peer.origin_id, "seq": highest,
            "letters": {str(year): serial for year, serial in letters if year}}


def _peer(s: Session, p: SyncPeerRecord) -> Peer:
    rejected = s.execute(select(func.count()).select_from(SyncBundleRecord).where(
        SyncBundleRecord.peer_origin_id == p.origin_id, SyncBundleRecord.status == "rejected")).scalar_one()
    forks = s.execute(select(func.count()).select_from(SyncForkRecord).where(
        SyncForkRecord.origin_id == p.origin_id, SyncForkRecord.resolved.is_(False))).scalar_one()
    return Peer(
        id=p.id, role=p.role, origin_id=p.origin_id, region_code=p.region_code, name=p.name, fingerprint=p.fingerprint,
        enrolled_at=p.enrolled_at, revoked_at=p.revoked_at, applied_seq=p.applied_seq, acked_seq=p.acked_seq,
        last_received_at=p.last_received_at, last_sent_at=p.last_sent_at, reconciled=bool(p.reconciled),
        reconciled_seq=p.reconciled_seq, rejected_files=rejected, forks=forks,
        successor_pending=p.successor_origin is not None,
    )


def _as_on_the_wire(value):
    """A stored value as a bundle carries it (dates and times in ISO 8601), so both versions compare."""
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _fork(s: Session, record: SyncForkRecord, region_code: str) -> Fork:
    """The stored row's content as it is now (by row id) beside the content the bundle carried."""
    try:
        incoming = json.loads(record.incoming).get("c") or {}
    except (ValueError, AttributeError):
        incoming = {}
    stored: dict = {}
    model = RECORDS.get(record.table_name)
    if model is not None:
        t = model.__table__
        names = content_columns(record.table_name)
        row = s.execute(select(*(t.c[n] for n in names)).where(t.c.id == record.row_id)).mappings().first()
        if row is not None:
            stored = {n: _as_on_the_wire(row[n]) for n in names}
    fields = set(incoming) | set(stored)
    differences = tuple(sorted(f for f in fields if f not in stored or f not in incoming or stored[f] != incoming[f]))
    return Fork(
        id=record.id, origin_id=record.origin_id, region_code=region_code, table_name=record.table_name,
        row_id=record.row_id, seq=record.seq, incarnation=record.incarnation, detected_at=record.detected_at,
        resolved=bool(record.resolved), stored=stored, incoming=incoming, differences=differences,
        kind=record.kind or "incoming",
    )


def _file_name(office: OfficeRecord, peer: SyncPeerRecord, m) -> str:
    """`puskesos-3201052009-ke-3201-000120-000457-20261123.pskb`: who, to whom, which changes, when."""
    who, to = (office.region_code, peer.region_code)
    return f"puskesos-{who}-ke-{to}-{m.seq_from:06d}-{m.seq_to:06d}-{clock.today():%Y%m%d}{BUNDLE_SUFFIX}"


def _follow_outcome(s: Session, referral_id: str) -> None:
    """The desa's referral follows the outcomes recorded for it, oldest first, each where the workflow
    allows (a local write): the same outcomes give the same status, whichever return bundles were lost."""
    referral = s.get(ReferralRecord, referral_id)
    if referral is None or referral.deleted:
        return
    outcomes = s.execute(select(ReferralOutcomeRecord.outcome).where(
        ReferralOutcomeRecord.referral_id == referral_id, ReferralOutcomeRecord.deleted.is_(False))
        .order_by(ReferralOutcomeRecord.received_on, ReferralOutcomeRecord.created_at, ReferralOutcomeRecord.id)).scalars()
    start = ReferralStatus(referral.status)
    current = follow_outcomes(start, (Outcome(o) for o in outcomes))
    if current is start:
        return
    referral.status = current.value
    s.add(ReferralEventRecord(id=new_id(), referral_id=referral.id, from_status=start.value, to_status=current.value,
                              at=utcnow(), operator_id=None, note="hasil dari kabupaten"))
    follow_referral(s, referral.need_id, current)  # the need answered follows, as for a local outcome
