"""Bad input at the receiving side (issue 4): every damaged, foreign, stale or hostile bundle leaves the
receiver's data exactly as it was, adds only the record of its rejection, and says why in one line."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import select, update

from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.db.records import (
    Base, OfficeRecord, SyncBundleRecord, SyncExtraRecord, SyncForkRecord, SyncPeerRecord,
)
from puskesos_desktop.db.stamping import content_hash
from puskesos_desktop.services.container import Services, build_services
from puskesos_desktop.settings import Settings
from puskesos_desktop.sync import container, keys
from puskesos_desktop.sync import engine as sync_engine
from puskesos_desktop.sync import safe_write
from puskesos_desktop.sync.safe_write import SafeWriteError
from puskesos_desktop.sync.engine import owned_lines
from puskesos_desktop.sync.wire import DESA_TABLES

from tests.services.helpers import HEAD, HOUSEHOLD, WIFE, register
from tests.sync.conftest import DESA_CODES, KAB_CODE

NOT_COMPARED = {"sync_bundle", "audit_log"}
OTHER_KK, OTHER_HEAD = "3201051511200002", replace(HEAD, nik="3201051505900002", name="Ahmad Yani")
THIRD_KK, THIRD_HEAD = "3201051511200003", replace(HEAD, nik="3201051505900003", name="Budi Santoso")


# ---- helpers ------------------------------------------------------------------------------------
def snapshot(sv: Services) -> dict[str, list]:
    """Every row of every table but the bundle log and the audit log, in a stable order."""
    with sv.engine.connect() as conn:
        return {table.name: sorted((tuple(row) for row in conn.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables if table.name not in NOT_COMPARED}


def bundle_log(sv: Services) -> list[tuple]:
    with sv.context.reading() as s:
        return [(b.id, b.direction, b.status, b.reason_code) for b in s.execute(select(SyncBundleRecord)).scalars()]


def assert_one_line(reason: str) -> None:
    assert reason and "\n" not in reason and "\r" not in reason, reason
    assert re.search(r"[Bb]erkas|[Kk]iriman", reason), f"not an operator's (Indonesian) reason: {reason!r}"


def reject(sv: Services, path: Path, *codes: str):
    """Imports `path` at `sv`: rejected (with one of `codes` when given), only the rejection recorded."""
    before, log = snapshot(sv), bundle_log(sv)
    content = path.read_bytes()
    result = sv.sync.import_file(path)
    assert result.status == "rejected", (result.status, result.reason)
    assert not codes or result.reason_code in codes, (result.reason_code, result.reason)
    assert_one_line(result.reason)
    assert snapshot(sv) == before
    added = [row for row in bundle_log(sv) if row not in log]
    assert [(d, s, c) for _id, d, s, c in added] == [("in", "rejected", result.reason_code)]
    assert path.read_bytes() == content, "the file is kept untouched"
    return result


def duplicate(sv: Services, path: Path):
    before, log = snapshot(sv), bundle_log(sv)
    result = sv.sync.import_file(path)
    assert result.status == "duplicate", (result.status, result.reason)
    assert_one_line(result.reason)
    assert snapshot(sv) == before and bundle_log(sv) == log
    return result


def applied(sv: Services, path: Path):
    result = sv.sync.import_file(path)
    assert result.status == "applied", (result.reason_code, result.reason)
    return result


def office_of(sv: Services) -> OfficeRecord:
    with sv.context.reading() as s:
        return s.execute(select(OfficeRecord)).scalar_one()


def keypair(sv: Services) -> keys.KeyPair:
    return keys.keypair_from_json(office_of(sv).private_keys)


def desa_lines(sv: Services, tables=DESA_TABLES, above: int = 0) -> list[bytes]:
    origin = office_of(sv).local_origin_id
    with sv.context.reading() as s:
        return [line for _table, line in owned_lines(s, tables, [origin], above)]


def record(table: str, seq: int, content: dict, audit=None) -> bytes:
    """A hand-made wire line with a correct content hash."""
    line = {"t": table, "s": seq, "h": content_hash(content), "c": content,
            "a": audit or ["2026-01-05T08:00:00", "2026-01-05T08:00:00", None, None]}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def rewrite(line: bytes, change) -> bytes:
    """A line whose content `change(content)` alters, its hash recomputed."""
    obj = json.loads(line)
    change(obj["c"])
    return record(obj["t"], obj["s"], obj["c"], obj["a"])


def forge(net, signer: Services, lines: list[bytes], name: str, *, to: Services | None = None,
          named_recipient: Services | None = None, kind: str = "desa", **manifest) -> Path:
    """A bundle written by hand with `signer`'s own keys, encrypted to `to` (the hub), naming
    `named_recipient` (default: `to`) inside the signed manifest."""
    to = to or net.hub
    sender, receiver = office_of(signer), office_of(named_recipient or to)
    seqs = []
    for line in lines:
        try:
            seqs.append(int(json.loads(line)["s"]))
        except (ValueError, KeyError, TypeError):
            pass
    draft = container.Manifest.new(
        kind=kind, sender_origin=sender.local_origin_id, incarnation=1, sender_region=sender.region_code,
        recipient_region=receiver.region_code, recipient_fingerprint=receiver.key_fingerprint, seq_from=0,
        seq_to=max(seqs, default=0), ack=0, counts={}, digest="")
    draft = replace(draft, **manifest)
    out = io.BytesIO()
    container.write_bundle(out, draft, [("data/000001.ndjson", b"".join(lines))], keypair(signer),
                           office_of(to).age_recipient)
    path = net.stick / name
    path.write_bytes(out.getvalue())
    return path


def seal(net, signer: Services, members: list[tuple[str, bytes]], manifest: dict, name: str) -> Path:
    """A ZIP made without write_bundle (any member names, any manifest), signed and encrypted to the hub."""
    pair = keypair(signer)
    manifest = {**manifest, "members": {n: hashlib.sha256(d).hexdigest()
                                        for n, d in members if n.startswith("data/")}}
    manifest["sender"] = {**manifest["sender"], "signing_public": pair.signing_public.hex(),
                          "fingerprint": pair.fingerprint}
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members:
            archive.writestr(member, data)
        archive.writestr("manifest.json", body)
        archive.writestr("manifest.sig", pair.sign(body))
    path = net.stick / name
    recipient = pyrage.x25519.Recipient.from_str(office_of(net.hub).age_recipient)
    path.write_bytes(pyrage.encrypt(plain.getvalue(), [recipient]))
    return path


def base_manifest(net, signer: Services) -> dict:
    sender, hub = office_of(signer), office_of(net.hub)
    return container.Manifest.new(
        kind="desa", sender_origin=sender.local_origin_id, incarnation=1, sender_region=sender.region_code,
        recipient_region=hub.region_code, recipient_fingerprint=hub.key_fingerprint, seq_from=0, seq_to=0,
        ack=0, counts={}, digest="").to_dict()


def copy_sqlite(sv: Services, target: Path) -> Path:
    """A consistent copy of an SQLite installation (WAL included), as a backup tool would make."""
    source = sqlite3.connect(sv.engine.url.database)
    copy = sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def clone_hub(net, request) -> Services:
    """A second kabupaten installation, identical to the hub now (same keys, same data), same backend."""
    if net.hub.engine.dialect.name == "sqlite":
        clone = build_services(Settings.from_args(str(copy_sqlite(net.hub, net.root / "hub-clone.sqlite3"))))
        request.addfinalizer(clone.close)
        return clone
    databases = request.getfixturevalue("pg_databases")
    net.hub.engine.dispose()  # CREATE DATABASE … TEMPLATE needs the source without sessions
    url = databases.create(template=net.hub.engine.url.database)
    clone = build_services(Settings.from_args(db_url=url))
    request.addfinalizer(lambda: (clone.close(), databases.drop(url)))
    return clone


def open_copy(net, path: Path) -> Services:
    sv = build_services(Settings.from_args(str(path)))
    net.desas[str(path)] = sv  # closed with the network
    return sv


def peer_of(hub: Services, desa: Services):
    origin = office_of(desa).local_origin_id
    return next(p for p in hub.sync.peers() if p.origin_id == origin)


def without_timestamps(snap: dict) -> dict:
    """Clones compared: everything but when each bundle arrived."""
    peers = [c.name for c in SyncPeerRecord.__table__.columns]
    received = peers.index("last_received_at")
    return {**snap, "sync_peer": [row[:received] + row[received + 1:] for row in snap["sync_peer"]]}


# ---- the same bundle, order, gaps, replays ----------------------------------------------------------
def test_the_same_bundle_twice_renamed_and_re_exported_changes_nothing(network):
    desa = network.desa()
    register(desa)
    bundle = network.send_up(desa)
    applied(network.hub, bundle)
    duplicate(network.hub, bundle)
    renamed = bundle.with_name("salinan (1).pskb")
    renamed.write_bytes(bundle.read_bytes())
    duplicate(network.hub, renamed)
    # Exported again before any acknowledgement: a new bundle id over the same changes.
    duplicate(network.hub, network.send_up(desa))


def test_bundles_out_of_order_end_as_delivered_in_order(network, request):
    desa = network.desa()
    hid = register(desa)
    first = network.send_up(desa)
    desa.households.update(hid, replace(HOUSEHOLD, address="Kp. Cibeureum Hilir"))
    register(desa, OTHER_KK, (OTHER_HEAD,))
    second = network.send_up(desa)
    in_order = clone_hub(network, request)
    assert [r.status for r in in_order.sync.import_files([first, second])] == ["applied", "applied"]

    late = applied(network.hub, second)  # cumulative: it carries the first one's changes too
    assert late.reconciled is True
    duplicate(network.hub, first)
    assert without_timestamps(snapshot(network.hub)) == without_timestamps(snapshot(in_order))
    assert network.hub.households.get(hid).address == "Kp. Cibeureum Hilir"


def test_a_missing_bundle_in_between_is_refused_kept_and_asked_again(network):
    desa = network.desa()
    register(desa)
    sent = desa.sync.export(network.stick)  # this stick never arrives
    first = Path(sent.path)
    register(desa, OTHER_KK, (OTHER_HEAD,))
    # The desa was told (by a kabupaten since restored from its backup) that the first is in.
    with desa.context.transaction() as s:
        s.execute(update(SyncPeerRecord).values(acked_seq=sent.seq_to))
    gap = network.send_up(desa)
    result = reject(network.hub, gap, "missing_bundle")
    assert "ulang" in result.reason and gap.exists()
    assert peer_of(network.hub, desa).rejected_files == 1
    # The resend fills the gap; then the kept file applies.
    applied(network.hub, first)
    applied(network.hub, gap)


def test_an_old_bundle_replayed_after_newer_ones_changes_nothing(network):
    desa = network.desa()
    hid = register(desa)
    old = network.send_up(desa)
    applied(network.hub, old)
    never_delivered = network.send_up(desa)  # same changes, another bundle id
    desa.households.update(hid, replace(HOUSEHOLD, address="Kp. Baru"))
    applied(network.hub, network.send_up(desa))
    applied(desa, network.send_down(desa))  # acknowledged: the next bundle starts above
    register(desa, OTHER_KK, (OTHER_HEAD,))
    applied(network.hub, network.send_up(desa))

    duplicate(network.hub, old)
    duplicate(network.hub, never_delivered)
    assert network.hub.households.get(hid).address == "Kp. Baru"


def test_an_old_return_bundle_replayed_and_an_empty_acknowledgement(network):
    desa = network.desa()
    register(desa)
    applied(network.hub, network.send_up(desa))
    first_return = network.send_down(desa)
    applied(desa, first_return)
    assert desa.sync.pending().rows == 0
    register(desa, OTHER_KK, (OTHER_HEAD,))
    applied(network.hub, network.send_up(desa))
    # The kabupaten wrote nothing new for this desa: the return bundle carries only the acknowledgement.
    ack_only = network.send_down(desa)
    result = desa.sync.import_file(ack_only)
    assert result.status in ("applied", "duplicate"), result.reason
    assert desa.sync.pending().rows == 0, "the acknowledgement is taken even without rows"
    duplicate(desa, first_return)
    replay = first_return.with_name("lama.pskb")
    replay.write_bytes(first_return.read_bytes())
    duplicate(desa, replay)
    assert desa.sync.pending().rows == 0


# ---- damaged files --------------------------------------------------------------------------------
def test_truncated_flipped_and_extended_files_are_rejected(network):
    desa = network.desa()
    register(desa)
    bundle = network.send_up(desa)
    data = bundle.read_bytes()
    damaged = network.stick / "rusak.pskb"
    for size in (0, 5, len(container.AGE_MAGIC), 60, 150, len(data) // 2, len(data) - 17, len(data) - 1):
        damaged.write_bytes(data[:size])
        reject(network.hub, damaged, "truncated", "corrupt", "not_age", "wrong_recipient")
    for position in (0, 10, 40, 120, len(data) // 3, len(data) // 2, len(data) - 20, len(data) - 1):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        damaged.write_bytes(bytes(flipped))
        reject(network.hub, damaged, "truncated", "corrupt", "not_age", "wrong_recipient")
    for garbage in (b"\n", b"\x00" * 7, b"PK\x03\x04" + os.urandom(200)):
        damaged.write_bytes(data + garbage)
        reject(network.hub, damaged, "corrupt", "truncated")
    applied(network.hub, bundle)  # the intact file still goes in after all those rejections


def test_hostile_archive_rejection_is_recorded_and_changes_nothing(network):
    desa = network.desa()
    register(desa)
    applied(network.hub, network.send_up(desa))
    lines = desa_lines(desa)
    manifest = base_manifest(network, desa)
    for member in ("../../etc/cron.d/evil", "data/../manifest.json", "data/0000Ø1.ndjson"):
        path = seal(network, desa, [("data/000001.ndjson", b"".join(lines)), (member, b"x\n")], manifest, "jahat.pskb")
        reject(network.hub, path, "bad_member_name")


# ---- keys, signers and recipients ----------------------------------------------------------------
def test_unknown_and_revoked_signers_are_rejected(network):
    stranger = network.desa(DESA_CODES[1], enroll=False)
    register(stranger)
    reject(network.hub, network.send_up(stranger), "unknown_signer")

    desa = network.desa()
    register(desa)
    bundle = network.send_up(desa)
    network.hub.sync.revoke(peer_of(network.hub, desa).id, "Laptop hilang")
    reject(network.hub, bundle, "revoked_signer")


def test_rows_outside_the_signers_scope_reject_the_whole_bundle(network):
    a, b = network.desa(DESA_CODES[0]), network.desa(DESA_CODES[1])
    register(a)
    register(b, OTHER_KK, (OTHER_HEAD,))
    applied(network.hub, network.send_up(b))
    own = desa_lines(a)

    # A's own rows plus B's, from B's database: signed by A.
    reject(network.hub, forge(network, a, own + desa_lines(b), "a-membawa-b.pskb"), "scope")
    # B's rows only (all already at the kabupaten, so nothing would look new).
    reject(network.hub, forge(network, a, desa_lines(b), "a-hanya-b.pskb"), "scope")
    # A row of A's that re-uses the id of one of B's rows.
    b_household = json.loads(desa_lines(b, ("household",))[0])["c"]["id"]
    stolen = rewrite(desa_lines(a, ("household",))[0], lambda c: c.update(id=b_household))
    reject(network.hub, forge(network, a, [stolen], "a-mencuri-id.pskb"), "scope")
    # Kabupaten-owned rows: master data of the kabupaten's, and an outcome with the kabupaten's origin.
    hub = office_of(network.hub)
    service = {"id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60", "origin_id": hub.local_origin_id, "deleted": False,
               "code": "BEDAH_RUMAH", "name": "Bedah rumah", "owner_level": "kabupaten", "agency": "Dinas Perkim",
               "default_institution": None, "documents": "[]", "eligibility": "", "active": True}
    hub_service = record("service", 1, service)
    own_service = record("service", 1, {**service, "origin_id": office_of(a).local_origin_id})
    reject(network.hub, forge(network, a, own + [hub_service], "a-katalog.pskb"), "scope")
    reject(network.hub, forge(network, a, own + [own_service], "a-katalog-sendiri.pskb"), "scope")
    referral_outcome = record("referral_outcome", 1, {
        "id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", "origin_id": hub.local_origin_id, "deleted": False})
    reject(network.hub, forge(network, a, own + [referral_outcome], "a-hasil.pskb"), "scope", "malformed")
    applied(network.hub, network.send_up(a))  # A's genuine bundle is still welcome


def test_a_bundle_for_another_kabupaten_is_rejected(network, template_db):
    other = build_services(Settings.from_args(_fresh(template_db, network.root / "kab2.sqlite3")))
    try:
        other.setup.initialize(OfficeDraft(Mode.KABUPATEN, KAB_CODE, "Dinas Sosial (instalasi lain)"))
        other.sync.make_keys()
        other_key = network.root / "kabupaten-lain.pub.json"
        other.sync.write_own_identity(other_key)
        desa = network.desa()
        register(desa)
        # Encrypted for the other kabupaten: this hub has no key that opens it.
        mine = forge(network, desa, desa_lines(desa), "untuk-lain.pskb", to=other)
        reject(network.hub, mine, "wrong_recipient")
        # Encrypted for this hub, but the signed manifest names the other kabupaten.
        renamed = forge(network, desa, desa_lines(desa), "dialihkan.pskb", named_recipient=other)
        reject(network.hub, renamed, "wrong_recipient")
        # A desa that was set up with the other kabupaten's key (enrolled here by mistake).
        stray = network.desa(DESA_CODES[2], enroll=False)
        with stray.context.transaction() as s:
            s.execute(update(SyncPeerRecord).values(recipient=office_of(other).age_recipient,
                                                    fingerprint=office_of(other).key_fingerprint))
        enrollment = network.root / "stray.json"
        stray.sync.write_own_identity(enrollment)
        network.hub.sync.enroll(enrollment)
        register(stray)
        reject(network.hub, network.send_up(stray), "wrong_recipient")
    finally:
        other.close()


def _fresh(template_db: Path, target: Path) -> str:
    target.write_bytes(template_db.read_bytes())
    return str(target)


def test_a_return_bundle_for_desa_a_opened_at_desa_b(network):
    a, b = network.desa(DESA_CODES[0]), network.desa(DESA_CODES[1])
    register(a)
    register(b, OTHER_KK, (OTHER_HEAD,))
    applied(network.hub, network.send_up(a))
    applied(network.hub, network.send_up(b))
    for_a = network.send_down(a)
    reject(b, for_a, "wrong_recipient")
    # Encrypted to B, but signed naming A as the recipient.
    with network.hub.context.reading() as s:
        hub_lines = [line for _t, line in owned_lines(s, ("service",), None, 0)][:2]
    misdirected = forge(network, network.hub, hub_lines, "salah-alamat.pskb", to=b, named_recipient=a, kind="return")
    reject(b, misdirected, "wrong_recipient")
    applied(a, for_a)


# ---- versions and records ------------------------------------------------------------------------
def test_a_newer_major_format_is_refused_and_kept(network):
    desa = network.desa()
    register(desa)
    lines = b"".join(desa_lines(desa))
    for key in ("format", "contract"):
        manifest = base_manifest(network, desa)
        manifest[key] = {"major": manifest[key]["major"] + 1, "minor": 0}
        manifest["brand_new"] = {"anything": True}
        result = reject(network.hub, seal(network, desa, [("data/000001.ndjson", lines)], manifest,
                                          f"baru-{key}.pskb"), "newer_major")
        assert "perbarui aplikasi" in result.reason


def test_a_newer_minor_format_keeps_unknown_fields_and_tables(network):
    desa = network.desa()
    register(desa)
    lines = desa_lines(desa)
    person = next(i for i, line in enumerate(lines) if json.loads(line)["t"] == "person")
    person_id = json.loads(lines[person])["c"]["id"]
    lines[person] = rewrite(lines[person], lambda c: c.update(golongan_darah="O", disabilitas=["rungu"]))
    origin = office_of(desa).local_origin_id
    attachment = {"id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c", "origin_id": origin, "deleted": False,
                  "sha256": "ab" * 32, "person_id": person_id, "catatan": "Foto KTP"}
    seq = max(json.loads(line)["s"] for line in lines)
    lines.append(record("lampiran", seq, attachment))
    sender = office_of(desa)
    path = forge(network, desa, lines, "minor-baru.pskb", contract=(1, container.CONTRACT[1] + 1),
                 extra={"attachments": {"count": 1}},
                 sender=container.Sender(sender.local_origin_id, 1, sender.region_code, extra={"device": "x"}))
    result = applied(network.hub, path)
    assert result.counts["person"] == 3
    with network.hub.context.reading() as s:
        extra = {(e.table_name, e.row_id): json.loads(e.fields) for e in s.execute(select(SyncExtraRecord)).scalars()}
    assert extra[("person", person_id)] == {"golongan_darah": "O", "disabilitas": ["rungu"]}
    assert extra[("lampiran", attachment["id"])] == attachment
    assert network.hub.households.get(json.loads(lines[0])["c"]["id"]).members
    with network.hub.context.reading() as s:  # the manifest's unknown fields are kept too, as signed
        [kept] = s.execute(select(SyncBundleRecord.manifest).where(SyncBundleRecord.status == "applied")).scalars()
    manifest = json.loads(kept)
    assert manifest["attachments"] == {"count": 1} and manifest["sender"]["device"] == "x"


def test_malformed_records_reject_the_whole_bundle(network):
    desa = network.desa()
    register(desa)
    lines = desa_lines(desa)
    household = json.loads(lines[0])
    assert household["t"] == "household"
    bad = {
        "bukan-json": b'{"t":"person","s":1,\n',
        "bukan-objek": b"[1,2,3]\n",
        "hash-salah": json.dumps({**json.loads(lines[1]), "h": "0" * 64}).encode() + b"\n",
        "isi-diubah": next(line for line in lines if b"MUHAMAD" in line).replace(b"MUHAMAD", b"MOHAMAD"),
        "tipe-salah": rewrite(lines[0], lambda c: c.update(desil="dua")),
        "tanggal-salah": rewrite(next(line for line in lines if json.loads(line)["t"] == "person"),
                                 lambda c: c.update(birth_date="kemarin")),
        "seq-nol": record("household", 0, household["c"], household["a"]),
        "tanpa-id": record("household", 1, {k: v for k, v in household["c"].items() if k != "id"}),
        "tabel-asing": record("lampiran", 1, {"id": household["c"]["id"], "origin_id": household["c"]["origin_id"],
                                              "deleted": False}),
        "induk-tidak-ada": rewrite(next(line for line in lines if json.loads(line)["t"] == "person"),
                                   lambda c: c.update(household_id="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d")),
    }
    for name, line in bad.items():
        path = forge(network, desa, [*lines[:1], line] if name != "induk-tidak-ada" else [line], f"{name}.pskb")
        reject(network.hub, path, "malformed", "scope")
    applied(network.hub, network.send_up(desa))


# ---- a restored desa, an interrupted import, a stick pulled out ----------------------------------
def test_a_desa_restored_from_an_old_backup_forks_and_both_versions_are_kept(network):
    desa = network.desa()
    hid = register(desa)
    applied(network.hub, network.send_up(desa))
    backup = copy_sqlite(desa, network.root / "cadangan.sqlite3")
    desa.households.update(hid, replace(HOUSEHOLD, address="Kp. Sawah"))
    register(desa, OTHER_KK, (OTHER_HEAD,))
    applied(network.hub, network.send_up(desa))

    restored = open_copy(network, backup)
    restored.households.update(hid, replace(HOUSEHOLD, address="Kp. Gunung"))  # the same seq, other content
    register(restored, THIRD_KK, (THIRD_HEAD,))  # the same seq again, a row the kabupaten never had
    before = snapshot(network.hub)
    result = network.hub.sync.import_file(network.send_up(restored))
    assert result.forks >= 2, result
    assert_one_line(result.reason)
    after = snapshot(network.hub)
    for table in DESA_TABLES:
        assert after[table] == before[table], f"{table}: the stored version stays"
    assert network.hub.households.get(hid).address == "Kp. Sawah"
    with network.hub.context.reading() as s:
        forks = s.execute(select(SyncForkRecord)).scalars().all()
    incoming = "\n".join(f.incoming for f in forks)
    assert "Kp. Gunung" in incoming and THIRD_KK in incoming
    assert peer_of(network.hub, desa).forks >= 2 and not peer_of(network.hub, desa).reconciled

    # After the return bundle the restored copy writes above everything the kabupaten holds: no new fork.
    applied(restored, network.send_down(restored))
    restored.households.update(hid, replace(HOUSEHOLD, address="Kp. Gunung Hilir"))
    later = applied(network.hub, network.send_up(restored))
    assert later.forks == 0


def test_a_process_killed_mid_import_rolls_back_and_the_import_succeeds_later(network, monkeypatch):
    desa = network.desa()
    register(desa)
    register(desa, OTHER_KK, (OTHER_HEAD, replace(WIFE, nik="3201055507920004", name="Dewi Lestari")))
    bundle = network.send_up(desa)
    before, log = snapshot(network.hub), bundle_log(network.hub)
    real = sync_engine.Applier._apply_batch
    calls = []

    def dies_on_the_second_batch(self, table, batch):
        calls.append(table)
        if len(calls) == 2:
            raise KeyboardInterrupt("listrik padam")
        return real(self, table, batch)

    monkeypatch.setattr(sync_engine.Applier, "_apply_batch", dies_on_the_second_batch)
    with pytest.raises(KeyboardInterrupt):
        network.hub.sync.import_file(bundle)
    monkeypatch.undo()
    assert calls[0] == "household", "rows were written before the crash"
    assert snapshot(network.hub) == before and bundle_log(network.hub) == log
    result = applied(network.hub, bundle)
    assert result.counts["household"] == 2 and result.reconciled is True


@pytest.mark.parametrize("fails", ["write", "fsync"])
def test_the_stick_pulled_mid_export_reports_no_success_and_keeps_the_outbox(network, monkeypatch, fails):
    desa = network.desa()
    register(desa)
    first = desa.sync.export(network.stick)
    outbox = Path(first.outbox_copy).parent
    kept = {p.name: p.read_bytes() for p in outbox.iterdir()}
    register(desa, OTHER_KK, (OTHER_HEAD,))
    stick_before = sorted(p.name for p in network.stick.iterdir())
    before, log = snapshot(desa), bundle_log(desa)

    def pulled(*_args, **_kwargs):
        raise OSError(errno.EIO, "Input/output error")

    if fails == "write":
        real_write = safe_write._HashingWriter.write

        def half_then_pulled(self, data):
            real_write(self, data[: len(data) // 2])
            pulled()

        monkeypatch.setattr(safe_write._HashingWriter, "write", half_then_pulled)
    else:
        monkeypatch.setattr(safe_write.os, "fsync", pulled)
    with pytest.raises(SafeWriteError) as caught:
        desa.sync.export(network.stick)
    monkeypatch.undo()
    assert "\n" not in str(caught.value) and "flashdisk" in str(caught.value)
    assert sorted(p.name for p in network.stick.iterdir()) == stick_before, "no half file left"
    assert {p.name: p.read_bytes() for p in outbox.iterdir()} == kept
    assert snapshot(desa) == before and bundle_log(desa) == log
    # A new stick: the export works and the kabupaten gets everything.
    result = applied(network.hub, network.send_up(desa))
    assert result.counts["household"] == 2
