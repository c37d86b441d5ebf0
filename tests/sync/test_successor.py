"""A new laptop with no backup, enrolled at the kabupaten in place of the lost one, gets its desa back
(issue 11 §3, "the kabupaten's re-enrollment"; docs/bundle-format.md, *Successor*)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.records import SyncOriginRecord
from puskesos_desktop.services.sync import SyncError
from tests.services.helpers import HEAD, HOUSEHOLD, register
from tests.sync.conftest import DESA_CODES
from tests.sync.test_reseed import _approve, _exchange, _kk, _member, _serial

KK_SENT, KK_CHANGED, KK_NEW = "3201051511200001", "3201051511200002", "3201051511200003"


def _local_origin(sv) -> str:
    with sv.context.reading() as s:
        return s.execute(select(SyncOriginRecord.id).where(SyncOriginRecord.is_local.is_(True))).scalar_one()


@pytest.fixture
def lost(network):
    """A desa laptop that sent its work (two households, one changed since, a numbered letter) and was lost."""
    old = network.desa()
    a = register(old, KK_SENT, _member("3201051505900001"))
    b = register(old, KK_CHANGED, _member("3201051505900002"))
    letter = _approve(old, a)
    _exchange(network, old)
    old.households.update(b, replace(HOUSEHOLD, no_kk=KK_CHANGED, address="Kp. Baru"))
    _exchange(network, old)
    return {"old": old, "origin": _local_origin(old), "letter": letter, "b": b}


def _new_laptop(network, *, replaces: bool = True):
    new = network.desa(DESA_CODES[0], enroll=False, replaces_lost=True)
    enrollment = network.root / f"pengganti-{len(network.desas)}.json"
    new.sync.write_own_identity(enrollment)
    network.hub.sync.enroll(enrollment, replaces=replaces)
    return new


def test_the_successor_gets_every_row_of_the_lost_laptop_and_goes_on_as_it(network, lost):
    new = _new_laptop(network)
    peer = next(p for p in network.hub.sync.peers() if p.region_code == DESA_CODES[0])
    assert peer.origin_id == lost["origin"] and peer.successor_pending
    c = register(new, KK_NEW, _member("3201051505900003"))  # work goes on before the data is back
    early = network.hub.sync.import_files([network.send_up(new)])[0]
    assert early.status == "rejected" and early.reason_code == "successor_pending"
    with pytest.raises(ValidationError, match="nomor surat baru"):  # letters wait: the old numbers come back
        _approve(new, c)

    back = new.sync.import_files([network.send_down(new)])[0]
    assert back.status == "applied", back.reason
    assert _local_origin(new) == lost["origin"]
    assert _kk(new) == {KK_SENT, KK_CHANGED, KK_NEW}
    assert new.households.get(lost["b"]).address == "Kp. Baru"
    assert new.check.run().ok, new.check.run().problems
    assert not new.sync.pending().restored

    up = network.hub.sync.import_files([network.send_up(new)])[0]
    assert up.status == "applied" and up.reconciled and up.counts.get("household") == 1, up
    assert not next(p for p in network.hub.sync.peers() if p.origin_id == lost["origin"]).successor_pending
    assert KK_NEW in _kk(network.hub)
    assert _serial(_approve(new, c)) == _serial(lost["letter"]) + 1  # the letter numbers go on
    new.households.update(lost["b"], replace(HOUSEHOLD, no_kk=KK_CHANGED, address="Kp. Pengganti"))
    up, _down = _exchange(network, new)
    assert up.reconciled and up.forks == 0
    assert new.check.run().ok, new.check.run().problems
    assert network.hub.check.run().ok, network.hub.check.run().problems


def test_the_lost_laptop_is_refused_once_replaced(network, lost):
    _new_laptop(network)
    register(lost["old"], "3201051511200009", _member("3201051505900009"))
    found = network.hub.sync.import_files([network.send_up(lost["old"])])[0]
    assert found.status == "rejected" and found.reason_code == "revoked_signer"


def test_a_return_bundle_sent_twice_changes_nothing(network, lost):
    new = _new_laptop(network)
    down = network.send_down(new)
    again = Path(network.stick / "lagi.pskb")
    again.write_bytes(down.read_bytes())
    assert new.sync.import_files([down])[0].status == "applied"
    second_down = network.send_down(new)  # the kabupaten has not heard from it yet: everything once more
    results = new.sync.import_files([again, second_down])
    assert results[0].status == "duplicate" and results[1].status in ("applied", "duplicate"), results
    assert _local_origin(new) == lost["origin"] and _kk(new) == {KK_SENT, KK_CHANGED}
    assert new.check.run().ok, new.check.run().problems
    up, _down = _exchange(network, new)
    assert up.reconciled
    assert network.hub.check.run().ok, network.hub.check.run().problems


def test_letters_numbered_on_the_new_laptop_in_a_year_of_the_old_ones_stop_the_take_over(network, lost):
    new = network.desa(DESA_CODES[0], enroll=False)  # set up, and a letter numbered, before the kabupaten knew
    letter = _approve(new, register(new, KK_NEW, _member("3201051505900003")))
    assert _serial(letter) == 1
    enrollment = network.root / "pengganti.json"
    new.sync.write_own_identity(enrollment)
    network.hub.sync.enroll(enrollment, replaces=True)
    mine = _local_origin(new)
    back = new.sync.import_files([network.send_down(new)])[0]
    assert back.status == "rejected" and back.reason_code == "successor_letters" and "surat" in back.reason
    assert _local_origin(new) == mine and _kk(new) == {KK_NEW}  # nothing changed


def test_a_successor_needs_an_installation_to_replace(network):
    new = network.desa(DESA_CODES[1], enroll=False)
    enrollment = network.root / "baru.json"
    new.sync.write_own_identity(enrollment)
    with pytest.raises(SyncError, match="belum pernah terdaftar"):
        network.hub.sync.enroll(enrollment, replaces=True)
    assert network.hub.sync.enrolled_installation(enrollment) is None
