"""Sync carries the real restricted categories whoever is signed in: it runs as the office, not a masked view."""

from __future__ import annotations

from tests.services.test_referrals import sign_in
from tests.services.test_restricted import _by_name, _registered


def test_a_bundle_written_by_an_operator_carries_the_real_values(network):
    desa = network.desa()
    hid = _registered(desa)
    sign_in(desa, "budi", "operator")
    assert _by_name(desa.households.get(hid))["Muhamad Joko"].ppks == ("FM", "terbatas")
    [result] = network.hub.sync.import_files([network.send_up(desa)])
    assert result.status == "applied", result.reason
    members = _by_name(network.hub.households.get(hid))  # the kabupaten's own process sees all
    assert members["Muhamad Joko"].ppks == ("FM", "KPN")
    assert members["Muhamad Joko"].chronic_illness == "Hepatitis B"
    assert members["Rizki Pratama"].ppks == ("AKTK",)
    assert network.hub.check.run().ok
