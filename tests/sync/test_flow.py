"""A desa's changes reach the kabupaten once, and outcomes come back: the happy path and its counts."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.referral_model import OutcomeDraft, ReferralDraft
from puskesos_desktop.core.referrals import Outcome, ReferralStatus

from tests.services.helpers import register


def test_desa_bundle_is_applied_at_the_kabupaten_and_acknowledged(network):
    desa = network.desa()
    hid = register(desa)
    head = desa.households.get(hid).head
    referral = desa.referrals.approve(desa.referrals.create_draft(
        ReferralDraft(person_id=head.id, service_code="PBI_JK", reason="KIS tidak aktif")).id)
    desa.referrals.record_print(referral.id)
    assert desa.sync.pending().rows > 0

    [result] = network.hub.sync.import_files([network.send_up(desa)])
    assert result.status == "applied", result.reason
    assert result.counts["household"] == 1 and result.counts["person"] == 3 and result.counts["referral"] == 1
    assert result.reconciled is True
    assert network.hub.households.get(hid).no_kk == desa.households.get(hid).no_kk
    assert [h.household.id for h in network.hub.search.search("muhamad joko")] == [hid]

    # The kabupaten records the outcome; the return bundle brings it and the acknowledgement back.
    network.hub.referrals.record_outcome(referral.id, OutcomeDraft(
        outcome=Outcome.DILAYANI, received_on=dt.date.today(), officer="Petugas Dinsos"))
    [back] = desa.sync.import_files([network.send_down(desa)])
    assert back.status == "applied", back.reason
    assert back.counts.get("referral_outcome") == 1
    assert desa.referrals.get(referral.id).status is ReferralStatus.SELESAI
    assert desa.sync.pending().rows == 2, "only the referral moved by the outcome, and its event, are unconfirmed now"
    assert desa.check.run().ok and network.hub.check.run().ok


def test_the_same_bundle_twice_and_renamed_is_already_imported(network):
    desa = network.desa()
    register(desa)
    bundle = network.send_up(desa)
    renamed = bundle.with_name("salinan.pskb")
    renamed.write_bytes(bundle.read_bytes())
    results = network.hub.sync.import_files([bundle, bundle, renamed])
    assert [r.status for r in results] == ["applied", "duplicate", "duplicate"]
