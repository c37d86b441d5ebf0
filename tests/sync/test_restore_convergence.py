"""Property (issue 11): random edits, a backup at a random point, more edits on the laptop that is then
lost, random bundle delivery (lost sticks both ways), a restore on a new laptop, the re-seed from the
kabupaten, more edits — and after the last exchanges everything converges: nothing the kabupaten ever
had of the desa is lost, nothing is there twice, both ends hold the same versions, the digests match
and `check` is clean at both ends.

Few examples by default (each builds a kabupaten and an encrypted desa); PUSKESOS_PROPERTY_EXAMPLES=100
runs more.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from puskesos_desktop.db.records import HouseholdRecord
from puskesos_desktop.services.restore import Restore
from puskesos_desktop.settings import Settings
from tests.services.helpers import HEAD, HOUSEHOLD, register
from tests.sync.conftest import LAPTOP_PASSWORD, Network
from tests.sync.test_convergence import sqlite_network

STEP = st.sampled_from(["add", "edit", "send", "send_lost", "receive", "receive_lost"])
PHASE = st.lists(STEP, min_size=0, max_size=6)


class Laptop:
    """One desa database and the household ids it knows; numbers for new households never repeat."""

    counter = 0

    def __init__(self, net: Network, sv) -> None:
        self.net, self.sv = net, sv

    def step(self, what: str, draw: int) -> None:
        net, sv = self.net, self.sv
        if what == "add":
            Laptop.counter += 1
            n = Laptop.counter
            register(sv, f"320105151120{n:04d}", (replace(HEAD, nik=f"320105150590{n:04d}"),))
        elif what == "edit":
            ids = _ids(sv)
            if ids:
                chosen = sorted(ids)[draw % len(ids)]
                no_kk = sv.households.get(chosen).no_kk
                sv.households.update(chosen, replace(HOUSEHOLD, no_kk=no_kk, address=f"Alamat {what} {draw}"))
        elif what in ("send", "send_lost"):
            bundle = net.send_up(sv)
            if what == "send":
                net.hub.sync.import_files([bundle])
        elif what in ("receive", "receive_lost"):
            bundle = net.send_down(sv)
            if what == "receive":
                sv.sync.import_files([bundle])


def _ids(sv) -> set[str]:
    with sv.context.reading() as s:
        return set(s.execute(select(HouseholdRecord.id).where(HouseholdRecord.deleted.is_(False))).scalars())


def _versions(sv, origin_id: str) -> dict[str, tuple[int, str]]:
    with sv.context.reading() as s:
        return {r.id: (r.seq, r.content_hash) for r in s.execute(
            select(HouseholdRecord.id, HouseholdRecord.seq, HouseholdRecord.content_hash)
            .where(HouseholdRecord.origin_id == origin_id))}


def _exchange(net: Network, sv) -> list:
    up = net.hub.sync.import_files([net.send_up(sv)])
    down = sv.sync.import_files([net.send_down(sv)])
    return up + down


@settings(max_examples=int(os.environ.get("PUSKESOS_PROPERTY_EXAMPLES") or 6), deadline=None, print_blob=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(before=PHASE, lost=PHASE, after=PHASE, draws=st.lists(st.integers(0, 1000), min_size=20, max_size=20))
def test_a_restore_and_the_re_seed_converge(template_db, tmp_path, before, lost, after, draws):
    with sqlite_network(template_db, tmp_path) as net:
        root, hub = net.root, net.hub
        desa = Laptop(net, net.encrypted_desa())
        numbers = iter(draws * 3)
        for what in before:
            desa.step(what, next(numbers))
        (root / "usb").mkdir()
        backup = Path(desa.sv.backups.create(root / "usb").path)
        for what in lost:
            desa.step(what, next(numbers))
        origin = desa.sv.sync.own_identity().origin_id
        desa.sv.close()

        laptop = root / "baru" / "puskesos.sqlite3"
        restore = Restore(Settings.from_args(str(laptop)))
        restore.restore(restore.open(backup, username="admin", password=LAPTOP_PASSWORD), current_key=None)
        held_before = set(_versions(hub, origin))  # what the kabupaten has of the desa
        restored = Laptop(net, net.open_laptop(laptop))
        made_here = set()
        for what in after:
            known = _ids(restored.sv)
            restored.step(what, next(numbers))
            made_here |= _ids(restored.sv) - known

        # The last exchanges: the re-seed arrives, then one change more proves the digests match.
        for result in _exchange(net, restored.sv) + _exchange(net, restored.sv):
            assert result.status in ("applied", "duplicate"), result.reason
        restored.step("add", 0)
        [up] = net.hub.sync.import_files([net.send_up(restored.sv)])
        assert up.status == "applied" and up.reconciled is True, up.reason

        at_desa, at_hub = _versions(restored.sv, origin), _versions(hub, origin)
        assert held_before <= set(at_desa), "the kabupaten's rows of the desa came back"
        assert made_here <= set(at_hub), "what the restored laptop made reached the kabupaten"
        assert at_desa == at_hub, "both ends hold the same versions"
        numbers_kk = [restored.sv.households.get(i).no_kk for i in at_desa]
        assert len(numbers_kk) == len(set(numbers_kk)), "no household twice"
        for sv in (restored.sv, hub):
            report = sv.check.run()
            assert report.ok, report.problems
