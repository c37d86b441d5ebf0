"""Recording a field activity (issue 12 §2), beside recording a need on the same database in the same run.

    uv run python -m bench.activity [--repeats N]

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


if __name__ == "__main__":
    sys.exit(main())
