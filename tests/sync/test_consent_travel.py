"""A household's consent travels to the kabupaten with the desa's other rows (issue 11 §4)."""

from __future__ import annotations

from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.consent import ConsentDraft
from puskesos_desktop.db.records import ConsentRecord
from tests.services.helpers import register


def _at_hub(network) -> list[tuple]:
    with network.hub.context.reading() as s:
        return [(r.household_id, r.withdrawn_on) for r in s.execute(select(ConsentRecord)).scalars()]


def test_consent_and_its_withdrawal_reach_the_kabupaten(network):
    desa = network.desa()
    household_id = register(desa)
    head = desa.households.get(household_id).head
    consent = desa.consent.record(ConsentDraft(household_id=household_id, given_by_id=head.id, given_on=clock.today()))
    [up] = network.hub.sync.import_files([network.send_up(desa)])
    assert up.status == "applied" and up.counts.get("consent") == 1 and up.reconciled
    assert _at_hub(network) == [(household_id, None)]
    desa.consent.withdraw(consent.id, clock.today(), "")
    [up] = network.hub.sync.import_files([network.send_up(desa)])
    assert up.status == "applied" and up.counts.get("consent") == 1
    assert _at_hub(network) == [(household_id, clock.today())]
    assert network.hub.check.run().ok and desa.check.run().ok
