"""Recording a field activity (issue 12 §2), beside recording a need on the same database in the same run.

    uv run python -m bench.activity [--repeats N]
    uv run python -m bench.activity bundle [--rows N]

On a scratch copy of the encrypted desa dataset (bench/dataset.py `encrypted`: 2,000 households, five
years), signed in as its administrator: ten PSKS are registered, then, alternating, N activities
(`ActivityService.add`: two PSKS, one or two households, a note) and N needs (`NeedService.record`),
each for a household drawn at random. Target: recording an activity p95 ≤ 30 ms. Quoted: p50 and p95
of each, and the activity's p95 against the need's (a write the operator already finds instant).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from sqlalchemy import select

from .common import ADMIN_PASSWORD, ADMIN_USER, copy_db, median, p95, timed
from .dataset import DESA_DB, encrypted, ensure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.activity")
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args(argv)
    ensure(("desa",))
    db = copy_db(encrypted(DESA_DB), "activity-desa.sqlite3")

    from puskesos_desktop.core.psks import ActivityDraft, PsksDraft
    from puskesos_desktop.core.referral_model import NeedDraft
    from puskesos_desktop.db.records import HouseholdRecord, PersonRecord
    from puskesos_desktop.services.access import Access
    from puskesos_desktop.settings import Settings

    sv = Access(Settings.from_args(str(db))).sign_in(ADMIN_USER, ADMIN_PASSWORD)
    try:
        with sv.context.reading() as s:
            heads = s.execute(select(HouseholdRecord.id, PersonRecord.id).join(
                PersonRecord, PersonRecord.household_id == HouseholdRecord.id).where(
                HouseholdRecord.deleted.is_(False), PersonRecord.deleted.is_(False))).all()
        rng = random.Random(12)
        today = dt.date(2026, 12, 4)
        psks = [sv.psks.add(PsksDraft(kind="PSM" if i else "TKSK", name=f"PSKS Bench {i}"), today=today).id
                for i in range(10)]
        activities, needs = [], []
        for i in range(args.repeats):
            households = tuple({rng.choice(heads)[0] for _ in range(rng.choice((1, 2)))})
            draft = ActivityDraft(kind="penjangkauan", done_on=today - dt.timedelta(days=rng.randrange(365)),
                                  psks_ids=tuple(rng.sample(psks, 2)), household_ids=households,
                                  note="Kunjungan rutin, kondisi dicatat")
            activities.append(timed(lambda: sv.activities.add(draft, today=today))[0])
            household, person = rng.choice(heads)
            need = NeedDraft(household_id=household, person_id=person, service_code="PBI_JK",
                             description="KIS tidak aktif")
            needs.append(timed(lambda: sv.needs.record(need, today=today))[0])
    finally:
        sv.close()
    a50, a95, n50, n95 = (1000 * x for x in (median(activities), p95(activities), median(needs), p95(needs)))
    print(f"desa dataset (2,000 households), {args.repeats} of each, alternating")
    print(f"  record a need (baseline)   p50 {n50:6.1f} ms   p95 {n95:6.1f} ms")
    print(f"  record an activity         p50 {a50:6.1f} ms   p95 {a95:6.1f} ms = {a95 / n95:4.2f}× the need's p95 "
          f"(target p95 ≤ 30 ms: {'ok' if a95 <= 30 else 'MISSED'})")
    return 0




def bundle(argv: list[str] | None = None) -> int:
    """A bundle of 10,000 activities against one of 10,000 changed rows of households and their people
    (the desa has 2,000 households: bench.sync's weekly bundle), both exported at the desa and imported
    at the kabupaten in the same run (issue 12: within 1.2×)."""
    from . import dataset
    from .sync import _changes, _export, _import, _join, _new_hub, _services
    from .common import WORK

    parser = argparse.ArgumentParser(prog="bench.activity bundle")
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args(argv)
    dataset.ensure(("desa",))
    work = WORK / "activity-bundle"
    import shutil
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    key = work / "kabupaten.pub.json"
    desa = _services(copy_db(dataset.DESA_DB, "activity-bundle-desa.sqlite3"))
    hub = _new_hub(work / "hub.sqlite3", key)
    _join(desa, hub, key, work)
    _s, first, _n = _export(desa, work / "stick0")
    _import(hub, first)
    [back] = desa.sync.import_files([Path(hub.sync.export(work / "stick0", dataset.DESA_CODE).path)])
    assert back.status == "applied", back.reason
    households = _households(desa)
    _changes(desa, args.rows)  # as bench.sync's weekly bundle: 10,000 distinct rows of people and households
    export_h, bundle_h, rows_h = _export(desa, work / "stick1")
    import_h, _n = _import(hub, bundle_h)
    [back] = desa.sync.import_files([Path(hub.sync.export(work / "stick1", dataset.DESA_CODE).path)])
    assert back.status == "applied", back.reason
    _activities(desa, households, args.rows)
    export_a, bundle_a, rows_a = _export(desa, work / "stick2")
    import_a, _n = _import(hub, bundle_a)
    desa.close()
    hub.close()
    total_h, total_a = export_h + import_h, export_a + import_a
    print(f"desa dataset; a bundle of {args.rows:,} changed household and person rows ({rows_h:,} rows, "
          f"{bundle_h.stat().st_size / 1e6:.1f} MB) and one of {args.rows:,} activities ({rows_a:,} rows, "
          f"{bundle_a.stat().st_size / 1e6:.1f} MB)")
    print(f"  households  export {export_h:5.2f} s  import {import_h:5.2f} s  total {total_h:5.2f} s")
    print(f"  activities  export {export_a:5.2f} s  import {import_a:5.2f} s  total {total_a:5.2f} s "
          f"= {total_a / total_h:4.2f}× (target ≤ 1.2×: {'ok' if total_a <= 1.2 * total_h else 'MISSED'})")
    return 0


def _households(desa) -> list[str]:
    from puskesos_desktop.db.records import HouseholdRecord

    with desa.context.reading() as s:
        return list(s.execute(select(HouseholdRecord.id).where(HouseholdRecord.deleted.is_(False))).scalars())


def _activities(desa, households: list[str], n: int) -> None:
    """`n` activities as the service writes them (one PSKS, one household each), in transactions of 500."""
    from puskesos_desktop.core.ids import new_id
    from puskesos_desktop.core.psks import PsksDraft
    from puskesos_desktop.db.records import ActivityRecord
    from puskesos_desktop.sync.engine import index_activities

    psks = [desa.psks.add(PsksDraft(kind="PSM", name=f"PSM Bench {i}")).id for i in range(10)]
    rng = random.Random(3)
    for start in range(0, n, 500):
        with desa.context.transaction() as s:
            made = [ActivityRecord(id=new_id(), deleted=False, kind="pendampingan", note="Pendampingan rutin",
                                   done_on=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                                   psks_ids=rng.choice(psks), household_ids=rng.choice(households))
                    for i in range(start, min(n, start + 500))]
            s.add_all(made)
            s.flush()
            index_activities(s, [{"id": a.id, "psks_ids": a.psks_ids, "household_ids": a.household_ids}
                                 for a in made])


if __name__ == "__main__":
    sys.exit(bundle(sys.argv[2:]) if sys.argv[1:2] == ["bundle"] else main())
