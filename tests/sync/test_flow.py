"""A desa's changes reach the kabupaten once, and outcomes come back: the happy path and its counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.core.referral_model import NeedDraft, OutcomeDraft, ReferralDraft
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
        outcome=Outcome.DILAYANI, received_on=clock.today(), officer="Petugas Dinsos"))
    outbox = list(desa.sync.outbox.iterdir())
    assert len(outbox) == 1, "a copy of the bundle stays in the outbox until the kabupaten confirms it"
    [back] = desa.sync.import_files([network.send_down(desa)])
    assert back.status == "applied", back.reason
    assert back.counts.get("referral_outcome") == 1
    assert not outbox[0].exists(), "confirmed: the outbox copy is gone"
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


def test_master_data_comes_from_the_kabupaten_and_is_then_the_kabupatens(network):
    desa = network.desa()
    register(desa)
    desa.needs.record(NeedDraft(household_id=desa.households.page(0, 1)[0].id, service_code="PKH",
                                description="Belum menerima PKH"))  # the desa seeds its own catalogue first
    puskesmas = next(i for i in network.hub.catalogue.institutions() if i.code == "PUSKESMAS")
    network.hub.catalogue.save_institution(replace(puskesmas, addressee="Kepala Puskesmas Babakan Madang"))
    network.hub.sync.import_files([network.send_up(desa)])
    [back] = desa.sync.import_files([network.send_down(desa)])
    assert back.status == "applied" and back.counts["service"] == 17 and back.counts["institution"] >= 14
    kabupaten_version = [i for i in desa.catalogue.institutions() if i.code == "PUSKESMAS"][0]
    assert kabupaten_version.addressee == "Kepala Puskesmas Babakan Madang"
    with pytest.raises(PermissionDenied, match="Dinas Sosial kabupaten"):
        desa.catalogue.set_service_active("PKH", False)
    assert desa.check.run().ok


def test_an_outcome_from_the_kabupaten_moves_the_need_it_answers(network):
    from puskesos_desktop.core.referrals import NeedStatus

    desa = network.desa()
    hid = register(desa)
    head = desa.households.get(hid).head
    need = desa.needs.record(NeedDraft(household_id=hid, person_id=head.id, service_code="PBI_JK",
                                       description="KIS tidak aktif"))
    referral = desa.referrals.approve(desa.referrals.create_draft(
        ReferralDraft(person_id=head.id, service_code="PBI_JK", reason="KIS tidak aktif", need_id=need.id)).id)
    desa.referrals.record_print(referral.id)
    network.hub.sync.import_files([network.send_up(desa)])
    network.hub.referrals.record_outcome(referral.id, OutcomeDraft(
        outcome=Outcome.DILAYANI, received_on=clock.today(), officer="Petugas Dinsos"))
    [back] = desa.sync.import_files([network.send_down(desa)])
    assert back.status == "applied", back.reason
    assert desa.referrals.get(referral.id).status is ReferralStatus.SELESAI
    assert desa.needs.get(need.id).status is NeedStatus.TERPENUHI, "the need follows its referral at the desa too"
    assert desa.check.run().ok
