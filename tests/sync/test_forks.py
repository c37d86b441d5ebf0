"""Forks at the kabupaten (DESIGN §4.7): a desa restored from an old backup re-uses change numbers with
other content; both versions are kept, listed side by side, and marked reviewed with a note."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.db.records import AuditLogRecord, OfficeRecord
from puskesos_desktop.services.container import Services, build_services
from puskesos_desktop.services.sync import SyncError
from puskesos_desktop.settings import Settings

from tests.services.helpers import HOUSEHOLD, register
from tests.sync.conftest import Network

OTHER_KK = "3201051511200009"


def copy_sqlite(sv: Services, target: Path) -> Path:
    """A consistent copy of an SQLite installation, as a backup tool would make."""
    source, copy = sqlite3.connect(sv.engine.url.database), sqlite3.connect(target)
    with copy:
        source.backup(copy)
    source.close()
    copy.close()
    return target


def origin_of(sv: Services) -> str:
    with sv.context.reading() as s:
        return s.execute(select(OfficeRecord.local_origin_id)).scalar_one()


def peer_forks(network: Network, desa: Services) -> int:
    origin = origin_of(desa)
    return next(p.forks for p in network.hub.sync.peers() if p.origin_id == origin)


def restored_desa_forks(network: Network) -> tuple[Services, str]:
    """A desa sends an address change; a copy restored from the backup before it writes another change
    with the same number (another address and No KK) and sends it too."""
    desa = network.desa()
    hid = register(desa)
    assert network.hub.sync.import_file(network.send_up(desa)).status == "applied"
    backup = copy_sqlite(desa, network.root / "cadangan.sqlite3")
    desa.households.update(hid, replace(HOUSEHOLD, address="Kp. Sawah"))
    assert network.hub.sync.import_file(network.send_up(desa)).status == "applied"

    restored = build_services(Settings.from_args(str(backup)))
    network.desas[str(backup)] = restored  # closed with the network
    restored.households.update(hid, replace(HOUSEHOLD, address="Kp. Gunung", no_kk=OTHER_KK))
    result = network.hub.sync.import_file(network.send_up(restored))
    assert result.status == "applied" and result.forks == 1, result
    return desa, hid


def test_a_restored_desa_produces_a_fork_with_both_versions_and_their_differences(network):
    desa, hid = restored_desa_forks(network)
    forks = network.hub.sync.forks()
    assert len(forks) == 1 and peer_forks(network, desa) == 1
    fork = forks[0]
    assert (fork.origin_id, fork.region_code, fork.table_name, fork.row_id) == (
        origin_of(desa), desa.setup.office().region_code, "household", hid)
    assert not fork.resolved and fork.seq > 0 and fork.incarnation >= 1
    assert fork.stored["address"] == "Kp. Sawah" and fork.incoming["address"] == "Kp. Gunung"
    assert fork.incoming["no_kk"] == OTHER_KK != fork.stored["no_kk"]
    assert fork.differences == tuple(sorted(fork.differences))
    assert {"address", "no_kk"} <= set(fork.differences)
    assert "rt" not in fork.differences and "id" not in fork.differences
    assert network.hub.sync.forks(origin_of(desa)) == forks
    assert network.hub.sync.forks("another-origin") == []


def test_resolving_needs_a_note_and_never_changes_the_stored_row(network):
    desa, hid = restored_desa_forks(network)
    fork = network.hub.sync.forks()[0]
    before = network.hub.households.get(hid)

    with pytest.raises(ValidationError) as refused:
        network.hub.sync.resolve_fork(fork.id, "   ")
    assert refused.value.for_field("note") and "catatan" in str(refused.value)
    assert peer_forks(network, desa) == 1

    done = network.hub.sync.resolve_fork(fork.id, "Desa sudah dihubungi; alamat benar Kp. Sawah.")
    assert done.resolved and done.id == fork.id
    assert peer_forks(network, desa) == 0
    assert network.hub.sync.forks() == []
    assert [f.id for f in network.hub.sync.forks(include_resolved=True)] == [fork.id]
    after = network.hub.households.get(hid)
    assert after == before and after.address == "Kp. Sawah"
    with network.hub.context.reading() as s:
        entry = s.execute(select(AuditLogRecord).where(AuditLogRecord.action == "sync_fork_resolve")).scalar_one()
    assert (entry.entity, entry.entity_id) == ("sync_fork", fork.id)
    assert entry.detail == "Desa sudah dihubungi; alamat benar Kp. Sawah."
    assert OTHER_KK not in entry.detail

    with pytest.raises(SyncError):
        network.hub.sync.resolve_fork(fork.id, "lagi")


def test_a_desa_lists_only_the_versions_kept_at_the_desa(network):
    """A desa keeps versions for review only after a restore (tests/sync/test_reseed.py); the
    kabupaten's forks of that desa are not there."""
    desa = network.desa()
    assert desa.sync.forks() == []
    with pytest.raises(NotFoundError):
        desa.sync.resolve_fork("whatever", "catatan")
