"""Sync stamping (DESIGN.md §3): one seq per write transaction, on every row it touched."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.ids import new_id
from puskesos_desktop.db.records import HouseholdRecord, PersonRecord, SyncOriginRecord
from puskesos_desktop.db.stamping import HardDeleteError, OwnershipError, content_hash, content_of

from tests.services.helpers import CHILD, HEAD, HOUSEHOLD, register


def last_seq(sv) -> int:
    with sv.engine.connect() as conn:
        return conn.execute(text("SELECT last_seq FROM sync_origin WHERE is_local")).scalar_one()


def stamps(sv) -> dict[str, int]:
    with sv.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, seq FROM household UNION ALL SELECT id, seq FROM person")).all()
    return dict(rows)


def test_each_write_takes_exactly_one_new_seq_for_every_row_it_touched(any_services):
    sv = any_services
    assert last_seq(sv) == 0
    hid = register(sv)
    first = stamps(sv)
    assert len(first) == 4 and set(first.values()) == {1} and last_seq(sv) == 1

    head = sv.households.get(hid).head
    sv.households.update_person(head.id, replace(HEAD, phone="081234567890"))
    second = stamps(sv)
    assert last_seq(sv) == 2
    assert {k for k, v in second.items() if v == 2} == {head.id}  # the list summary did not change

    sv.households.remove_person([m.id for m in sv.households.get(hid).members if m.nik == CHILD.nik][0])
    third = stamps(sv)
    changed = {k for k, v in third.items() if v == 3}
    assert last_seq(sv) == 3 and hid in changed and len(changed) == 2  # the child and the member count


def test_reads_and_rejected_writes_take_no_seq(any_services):
    sv = any_services
    hid = register(sv)
    sv.households.get(hid)
    sv.search.search("joko")
    with pytest.raises(ValidationError):
        sv.households.create(HOUSEHOLD, (HEAD,))  # duplicate No KK
    sv.households.update(hid, sv.households.get(hid).draft())  # nothing actually changes
    assert last_seq(sv) == 1


def test_origin_audit_fields_and_content_hash_are_filled(any_services):
    sv = any_services
    me = sv.operators.login("admin", "rahasia-admin")
    register(sv)
    with sv.context.reading() as s:
        origin = s.execute(select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True))).scalar_one()
        rows = [*s.execute(select(HouseholdRecord)).scalars(), *s.execute(select(PersonRecord)).scalars()]
        for r in rows:
            assert r.origin_id == origin and r.created_by == me.id and r.updated_by == me.id
            assert r.deleted is False and r.created_at is not None
            assert r.content_hash == content_hash(content_of(r)) and len(r.content_hash) == 64


def test_content_hash_follows_the_content(any_services):
    sv = any_services
    hid = register(sv)
    with sv.engine.connect() as conn:
        before = conn.execute(text("SELECT content_hash FROM household WHERE id = :i"), {"i": hid}).scalar_one()
    sv.households.update(hid, replace(HOUSEHOLD, address="Jl. Baru"))
    with sv.engine.connect() as conn:
        after = conn.execute(text("SELECT content_hash FROM household WHERE id = :i"), {"i": hid}).scalar_one()
    assert after != before
    sv.households.update(hid, HOUSEHOLD)
    with sv.engine.connect() as conn:
        again = conn.execute(text("SELECT content_hash FROM household WHERE id = :i"), {"i": hid}).scalar_one()
    assert again == before


def test_hard_delete_of_a_synced_row_raises_and_rolls_back(any_services):
    sv = any_services
    hid = register(sv)
    with pytest.raises(HardDeleteError):
        with sv.context.transaction() as s:
            for person in s.execute(select(PersonRecord)).scalars():
                s.delete(person)
            s.flush()
    assert len(sv.households.get(hid).members) == 3


def test_rows_of_another_origin_cannot_be_modified(any_services):
    sv = any_services
    hid = register(sv)
    foreign = new_id()
    with sv.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sync_origin (id, kind, region_code, incarnation, last_seq, is_local, created_at)"
                 " VALUES (:id, 'kabupaten', '3201', 1, 5, :f, CURRENT_TIMESTAMP)"),
            {"id": foreign, "f": False},
        )
        conn.execute(text("UPDATE household SET origin_id = :o WHERE id = :i"), {"o": foreign, "i": hid})
    with pytest.raises(OwnershipError):
        sv.households.update(hid, replace(HOUSEHOLD, address="Jl. Diambil Alih"))
    with sv.engine.connect() as conn:
        address = conn.execute(text("SELECT address FROM household WHERE id = :i"), {"i": hid}).scalar_one()
    assert address == HOUSEHOLD.address and last_seq(sv) == 1


def test_a_failed_transaction_gives_its_seq_back(any_services):
    sv = any_services
    register(sv)
    with pytest.raises(RuntimeError):
        with sv.context.transaction() as s:
            s.execute(select(HouseholdRecord)).scalar_one().address = "x"
            s.flush()
            raise RuntimeError("power cut")
    assert last_seq(sv) == 1
    register(sv, "3201051511200002", (replace(HEAD, nik="3201051506900001", name="Budi"),))
    assert sorted(set(stamps(sv).values())) == [1, 2]


def test_concurrent_writers_never_share_a_seq(any_services):
    """Two operators saving at once (the kabupaten server): the counter is locked until commit."""
    sv = any_services
    hid = register(sv)
    result: dict[str, object] = {}

    def second_operator() -> None:
        try:
            result["id"] = register(sv, "3201051511200002", (replace(HEAD, nik="3201051506900001", name="Budi"),))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            result["error"] = exc

    with sv.context.transaction() as s:
        s.get(HouseholdRecord, hid).address = "Jl. Pertama"
        s.flush()  # this transaction now holds seq 2 and the counter's lock
        writer = threading.Thread(target=second_operator)
        writer.start()
    writer.join(timeout=60)
    assert "error" not in result and not writer.is_alive()
    seqs = stamps(sv)
    assert seqs[hid] == 2 and last_seq(sv) == 3
    assert {v for k, v in seqs.items() if k not in (hid,) and v > 1} == {3}
