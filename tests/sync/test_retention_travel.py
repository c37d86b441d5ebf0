"""A retention purge reaches the kabupaten's copy through the normal bundles (issue 11 §5)."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core import clock
from puskesos_desktop.db.records import HouseholdRecord, PersonRecord, SearchTermRecord
from sqlalchemy import select
from tests.services.helpers import register

ZONE = dt.timezone(dt.timedelta(hours=7))


def test_purged_households_are_cleared_at_the_kabupaten_too(network):
    desa = network.desa()
    with clock.fixed(dt.datetime(2015, 6, 1, 9, 0, tzinfo=ZONE)):
        household_id = register(desa)
        network.hub.sync.import_files([network.send_up(desa)])
    with network.hub.context.reading() as s:
        assert s.get(HouseholdRecord, household_id).no_kk
    with clock.fixed(dt.datetime(2026, 11, 23, 10, 0, tzinfo=ZONE)):
        assert desa.retention.purge(desa.retention.review()).households == 1
        [up] = network.hub.sync.import_files([network.send_up(desa)])
        assert up.status == "applied" and up.reconciled
    with network.hub.context.reading() as s:
        household = s.get(HouseholdRecord, household_id)
        assert household.deleted and household.no_kk is None and household.address is None
        people = s.execute(select(PersonRecord).where(PersonRecord.household_id == household_id)).scalars().all()
        assert people and all(p.deleted and p.nik is None and p.name is None for p in people)
        assert not s.execute(select(SearchTermRecord).where(SearchTermRecord.household_id == household_id)).first()
    assert network.hub.check.run().ok and desa.check.run().ok
