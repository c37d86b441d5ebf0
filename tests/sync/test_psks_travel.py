"""The desa's PSKS and their activities travel to the kabupaten with its other rows (issue 12 §5)."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.psks import ActivityDraft, PsksDraft
from tests.services.helpers import register


def test_a_psks_and_its_change_reach_the_kabupaten(network):
    desa = network.desa()
    psm = desa.psks.add(PsksDraft(kind="PSM", name="Siti Aminah", nik="3201051505900001", sk_number="12/SK/2024",
                                  sk_date=dt.date(2024, 1, 10)))
    [up] = network.hub.sync.import_files([network.send_up(desa)])
    assert up.status == "applied" and up.counts.get("psks") == 1 and up.reconciled
    desa.psks.update(psm.id, PsksDraft(kind="PSM", name="Siti Aminah", nik="3201051505900001", phone="0812",
                                       sk_number="12/SK/2024", sk_date=dt.date(2024, 1, 10), active=False))
    [up] = network.hub.sync.import_files([network.send_up(desa)])
    assert up.status == "applied" and up.counts.get("psks") == 1 and up.reconciled
    [there] = network.hub.psks.list()
    assert (there.id, there.phone, there.active, there.origin_id) == (psm.id, "0812", False, psm.origin_id)
    assert network.hub.check.run().ok and desa.check.run().ok


def test_an_activity_with_its_psks_and_households_reaches_the_kabupaten(network):
    desa = network.desa()
    psm = desa.psks.add(PsksDraft(kind="PSM", name="Siti Aminah"))
    household = register(desa)
    done = desa.activities.add(ActivityDraft(kind="penghantaran", done_on=dt.date(2026, 11, 20), psks_ids=(psm.id,),
                                             household_ids=(household,), note="Diantar ke Puskesmas"))
    [up] = network.hub.sync.import_files([network.send_up(desa)])
    assert up.status == "applied" and up.reconciled
    assert up.counts.get("activity") == 1  # one record per activity
    [there] = network.hub.activities.list(psks_id=psm.id)  # found through the kabupaten's own index
    assert network.hub.activities.list(household_id=household) == [there]
    assert (there.id, there.household_ids, there.note) == (done.id, (household,), "Diantar ke Puskesmas")
    assert network.hub.check.run().ok and desa.check.run().ok
