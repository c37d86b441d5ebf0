"""A desa's audit log travels to the kabupaten in its bundles (issue 10 §6): append-only there, each
link checked on arrival, and the kabupaten's confirmation anchors the desa's own `check`."""

from __future__ import annotations

from sqlalchemy import select, text

from puskesos_desktop.core.audit import AuditFilter
from puskesos_desktop.db.records import AuditLogRecord, SyncPeerRecord

from tests.db.test_audit_chain import tamper
from tests.services.helpers import register
from tests.sync.conftest import DESA_CODES


def rows_of(sv, origin_id: str) -> list[tuple[int, str]]:
    with sv.context.reading() as s:
        return list(s.execute(select(AuditLogRecord.chain_seq, AuditLogRecord.row_hash).where(
            AuditLogRecord.origin_id == origin_id).order_by(AuditLogRecord.chain_seq)).all())


def desa_origin(sv) -> str:
    return sv.sync.own_identity().origin_id


def test_the_desas_audit_log_arrives_whole_and_is_confirmed(network):
    desa = network.desa()
    register(desa)
    origin = desa_origin(desa)
    first = network.send_up(desa)
    sent = rows_of(desa, origin)[:-1]  # the export's own entry is written after the bundle
    assert network.hub.sync.import_file(first).status == "applied"
    assert rows_of(network.hub, origin) == sent
    assert network.hub.check.run().ok

    assert desa.sync.import_file(network.send_down(desa)).status == "applied"
    with desa.context.reading() as s:
        peer = s.execute(select(SyncPeerRecord)).scalar_one()
    assert (peer.audit_acked_seq, peer.audit_acked_hash) == sent[-1]

    register(desa, "3201051511200002", members=())
    assert network.hub.sync.import_file(network.send_up(desa)).status == "applied"
    assert rows_of(network.hub, origin) == rows_of(desa, origin)[:-1]
    assert desa.check.run().ok and network.hub.check.run().ok

    # The Dinsos reads it by desa.
    entries = network.hub.audit.entries(AuditFilter(origin=DESA_CODES[0]), limit=10_000)
    assert {e.origin for e in entries} == {DESA_CODES[0]} and len(entries) == len(rows_of(network.hub, origin))


def test_a_log_edited_before_it_was_sent_is_refused_with_its_bundle(network):
    desa = network.desa()
    register(desa)
    tamper(desa, "UPDATE audit_log SET detail = 'diubah' WHERE chain_seq = 2")
    result = network.hub.sync.import_file(network.send_up(desa))
    assert (result.status, result.reason_code) == ("rejected", "audit_chain")
    assert "#2" in result.reason or "Log audit" in result.reason
    assert rows_of(network.hub, desa_origin(desa)) == []


def test_a_log_rewritten_after_the_kabupaten_confirmed_it_fails_the_desas_check(network):
    desa = network.desa()
    register(desa)
    network.hub.sync.import_file(network.send_up(desa))
    desa.sync.import_file(network.send_down(desa))
    assert desa.check.run().ok
    # Someone removes the last rows and re-writes the one the kabupaten confirmed, hash and all.
    with desa.context.reading() as s:
        acked = s.execute(select(SyncPeerRecord.audit_acked_seq)).scalar_one()
    tamper(desa, "DELETE FROM audit_log WHERE chain_seq >= :n", n=acked)
    problems = [p for p in desa.check.run().problems if "log audit" in p]
    assert problems and f"#{acked}" in problems[0] and "kabupaten" in problems[0]


def test_a_bundle_sent_again_brings_no_audit_row_twice(network):
    desa = network.desa()
    register(desa)
    bundle = network.send_up(desa)
    network.hub.sync.import_file(bundle)
    held = rows_of(network.hub, desa_origin(desa))
    register(desa, "3201051511200003", members=())
    again = network.send_up(desa)  # not yet confirmed: carries the first rows again, and the new ones
    assert network.hub.sync.import_file(again).status == "applied"
    now = rows_of(network.hub, desa_origin(desa))
    assert now[:len(held)] == held and len(now) > len(held) and len({seq for seq, _ in now}) == len(now)
    with network.hub.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_fork")).scalar_one() == 0
