"""At the kabupaten: referrals filtered by the desa that sent them, and NIKs registered in two desas (review only)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from puskesos_desktop.core.referrals import ReferralStatus

from tests.services.helpers import HEAD, WIFE, register
from tests.services.test_referrals import approved
from tests.sync.conftest import DESA_CODES, Network


@pytest.fixture
def network(any_empty_services, template_db, tmp_path) -> Network:
    """A kabupaten on each backend with desas (SQLite laptops) enrolled at it."""
    net = Network(any_empty_services, template_db, tmp_path)
    yield net
    net.close()


def _send(network: Network, *desas) -> None:
    results = network.hub.sync.import_files([network.send_up(d) for d in desas])
    assert [r.status for r in results] == ["applied"] * len(desas), [r.reason for r in results]


def test_referrals_of_one_desa(network):
    first, second = network.desa(DESA_CODES[0]), network.desa(DESA_CODES[1])
    mine = approved(first, first.households.get(register(first)).head.id)
    theirs = approved(second, second.households.get(register(second, "3201051511200002")).head.id)
    _send(network, first, second)
    origin = {p.region_code: p.origin_id for p in network.hub.sync.peers()}
    hub = network.hub.referrals
    assert {r.id: r.origin_id for r in hub.rows()} == {mine.id: origin[DESA_CODES[0]],
                                                      theirs.id: origin[DESA_CODES[1]]}
    assert [r.id for r in hub.rows(origin_id=origin[DESA_CODES[1]])] == [theirs.id]
    assert [r.id for r in hub.rows(ReferralStatus.DISETUJUI, origin_id=origin[DESA_CODES[0]])] == [mine.id]
    assert hub.count(origin_id=origin[DESA_CODES[0]]) == 1 and hub.count(ReferralStatus.DRAF, origin_id=origin[DESA_CODES[0]]) == 0


def test_a_nik_registered_in_two_desas_is_listed_not_merged(network):
    first, second = network.desa(DESA_CODES[0]), network.desa(DESA_CODES[1])
    register(first)  # Muhamad Joko, his wife and child
    moved = replace(HEAD, name="Muhamad Joko Santoso")  # the same NIK, registered again where he lives now
    other = register(second, "3201051511200002", (moved,))
    _send(network, first, second)

    assert network.hub.search.duplicate_niks() == network.hub.search.duplicate_niks(limit=10)
    [dup] = network.hub.search.duplicate_niks()
    assert dup.masked_nik == "3201••••••••0001" and HEAD.nik not in repr(dup)
    assert dup.region_codes == (DESA_CODES[1], DESA_CODES[0]), "in desa code order"
    assert dup.names == ("MUHAMAD JOKO SANTOSO", "MUHAMAD JOKO") and dup.desa_count == 2
    assert dup.household_ids[0] == other and len(set(dup.person_ids)) == 2
    # Only NIKs in two desas: the wife and the child are registered once.
    assert WIFE.nik[-4:] not in {d.masked_nik[-4:] for d in network.hub.search.duplicate_niks()}
    # Nothing was merged: both people are still there, each in their own household.
    assert len({h.household.id for h in network.hub.search.search(HEAD.nik)}) == 2
    assert network.hub.search.duplicate_niks(limit=0) == []
    assert first.search.duplicate_niks() == [], "a desa holds only its own registrations"
