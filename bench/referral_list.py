"""Referral list benchmark: the Rujukan page's model over 50,000 referrals.

    uv run python -m bench.referral_list [--quick] [--force]

Builds once (cached as bench/out/referrals-50000.sqlite3, git-ignored) a copy of the desa-2000
dataset with 50,000 referrals in a realistic mix of statuses over three years, written through the
application's ORM session in a few large transactions, so every row carries the stamped seq,
origin, content hash and audit fields the application writes (approved ones also get their letter
register row, and the per-year counters end at the last serial). Then measures, in the same run:

- first show: a new ReferralTableModel (count) and the first screen of cells (the first page);
- scroll to bottom: the last row of a freshly reloaded model (fetches the last page, OFFSET ~49,800);
- filter: set_status(...) and the first screen, cycling through draf / disetujui / dicetak / selesai;

each against the same SQL through stdlib sqlite3 (count and/or page) as the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

from .common import OUT, build, p95, timed
from .scenarios import Result

REFERRALS = 50_000
SEED = 20261125
REFERRAL_DB = OUT / f"referrals-{REFERRALS}.sqlite3"
TARGET_S = 0.100
SCREEN_ROWS = 30  # rows a list shows at once
BATCH = 10_000  # referrals a transaction while building
# (status, share): most referrals are closed; a working set is open.
MIX = (("selesai", 0.34), ("dicetak", 0.18), ("disetujui", 0.08), ("draf", 0.06), ("dalam_proses", 0.08),
       ("diterima_layanan", 0.06), ("ditolak", 0.06), ("dirujuk_lanjut", 0.04), ("perlu_dokumen", 0.04),
       ("dibatalkan", 0.06))
FILTERS = ("draf", "disetujui", "dicetak", "selesai")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- the dataset ---------------------------------------------------------------------------------
def ensure_dataset(force: bool = False) -> Path:
    if REFERRAL_DB.exists() and not force:
        return REFERRAL_DB
    from . import dataset

    if not dataset.DESA_DB.exists():
        _log("building the desa-2000 dataset first …")
        dataset.build_database(dataset.DESA_DB, dataset.DESA_HOUSEHOLDS)
    tmp = REFERRAL_DB.with_name(REFERRAL_DB.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.write_bytes(dataset.DESA_DB.read_bytes())
    start = time.perf_counter()
    services = build(tmp)
    try:
        _add_referrals(services, REFERRALS)
    finally:
        services.close()
    conn = sqlite3.connect(tmp)
    conn.execute("ANALYZE")  # as the application does after a bulk import (planner statistics)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.replace(REFERRAL_DB)
    _log(f"built {REFERRAL_DB.name}: {REFERRALS:,} referrals in {time.perf_counter() - start:.0f} s")
    return REFERRAL_DB


def _add_referrals(services, total: int) -> None:
    from sqlalchemy import select

    from puskesos_desktop.core.ids import new_id
    from puskesos_desktop.core.referrals import (
        CODE_ALPHABET, CODE_LENGTH, default_due_date, format_letter_number,
    )
    from puskesos_desktop.db.records import (
        LetterCounterRecord, LetterRecord, OfficeRecord, PersonRecord, ReferralRecord,
    )
    from puskesos_desktop.services.catalogue import ensure_seeded, institution_map, service_map

    rng = random.Random(SEED)
    ctx = services.context
    with ctx.transaction() as s:
        ensure_seeded(s)
    with ctx.reading() as s:
        office = s.execute(select(OfficeRecord)).scalar_one()
        classification, unit = office.letter_classification, office.letter_unit_code
        people = s.execute(select(PersonRecord.id, PersonRecord.household_id)
                           .where(PersonRecord.deleted.is_(False))).all()
        catalogue = list(service_map(s).values())
        institutions = institution_map(s)
        # The desa dataset has five years of history already: its register continues from there.
        taken = dict(s.execute(select(LetterCounterRecord.year, LetterCounterRecord.last_serial)).all())
    statuses = [status for status, _ in MIX]
    weights = [share for _, share in MIX]
    today = dt.date.today()
    first = dt.datetime.combine(today - dt.timedelta(days=3 * 365), dt.time(8))
    step = (dt.datetime.combine(today, dt.time(8)) - first) / total
    serials: dict[int, int] = dict(taken)
    codes: set[str] = set()
    for begin in range(0, total, BATCH):
        with ctx.transaction() as s:
            letters = []
            for i in range(begin, min(begin + BATCH, total)):
                created = first + step * i
                person_id, household_id = rng.choice(people)
                service = rng.choice(catalogue)
                status = rng.choices(statuses, weights)[0]
                record = ReferralRecord(
                    id=new_id(), person_id=person_id, household_id=household_id, service_code=service.code,
                    institution_code=service.default_institution, reason="Data benchmark: rujukan layanan",
                    documents=json.dumps([d.code for d in service.documents[:2]]), urgency="biasa",
                    status=status, print_count=0, created_at=created,
                )
                if status != "draf" and not (status == "dibatalkan" and rng.random() < 0.5):
                    day = created.date() + dt.timedelta(days=rng.randint(0, 3))
                    serial = serials[day.year] = serials.get(day.year, 0) + 1
                    code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
                    while code in codes:
                        code = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
                    codes.add(code)
                    record.letter_number = format_letter_number(classification, serial, unit, day)
                    record.serial, record.year, record.letter_date = serial, day.year, day
                    record.verification_code, record.approved_at = code, created
                    record.due_date = default_due_date(day)
                    record.print_count = 0 if status in ("disetujui", "dibatalkan") else 1
                    letters.append(LetterRecord(
                        id=new_id(), number=record.letter_number, serial=serial, year=day.year, letter_date=day,
                        classification=classification, addressee=institutions[record.institution_code].addressee,
                        subject=f"Rujukan {service.name}", referral_id=record.id))
                s.add(record)
            s.flush()  # the referrals first: a letter row refers to its referral
            s.add_all(letters)
            if begin + BATCH >= total:
                for year, last in serials.items():
                    s.merge(LetterCounterRecord(year=year, last_serial=last))
        _log(f"  {min(begin + BATCH, total):,}/{total:,} referrals")


# ---- the measurements ----------------------------------------------------------------------------
PAGE_SQL = (
    "SELECT referral.*, person.name FROM referral JOIN person ON person.id = referral.person_id "
    "WHERE referral.deleted = 0 {where} ORDER BY referral.id DESC LIMIT 200 OFFSET ?"
)
COUNT_SQL = "SELECT count(*) FROM referral WHERE referral.deleted = 0 {where}"


def _raw(conn: sqlite3.Connection, status: str | None, offset: int | None, count: bool) -> None:
    where, args = ("AND referral.status = ?", [status]) if status else ("", [])
    if count:
        conn.execute(COUNT_SQL.format(where=where), args).fetchone()
    if offset is not None:
        conn.execute(PAGE_SQL.format(where=where), [*args, offset]).fetchall()


def _screen(model) -> None:
    for row in range(min(SCREEN_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))


def measure(path: Path, repeats: int) -> list[Result]:
    from PySide6.QtCore import QCoreApplication

    from puskesos_desktop.core.referrals import ReferralStatus
    from puskesos_desktop.ui.models.referral_table_model import NAME, ReferralTableModel

    _app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - Qt objects need an app
    services = build(path)
    conn = sqlite3.connect(path)
    try:
        referrals = services.referrals
        total = referrals.count()
        _screen(ReferralTableModel(referrals))  # warm: connection pool, catalogue, page cache of the OS
        first = Result("referral_list_first_show", f"new model: count + first screen ({total:,} referrals)",
                       TARGET_S, "p95")
        bottom = Result("referral_list_scroll_bottom", "last row of a reloaded model (fetches the last page)",
                        TARGET_S, "p95")
        filtering = Result("referral_list_filter", "set_status + first screen (draf/disetujui/dicetak/selesai)",
                           TARGET_S, "p95")
        model = ReferralTableModel(referrals)
        for i in range(repeats):
            first.samples.append(timed(lambda: _screen(ReferralTableModel(referrals)))[0])
            first.baseline.append(timed(lambda: _raw(conn, None, 0, True))[0])
            model.set_status(None)
            last = model.rowCount() - 1
            bottom.samples.append(timed(lambda: model.data(model.index(last, NAME)))[0])
            bottom.baseline.append(timed(lambda: _raw(conn, None, last // 200 * 200, False))[0])
            status = FILTERS[i % len(FILTERS)]
            filtering.samples.append(timed(lambda: (model.set_status(ReferralStatus(status)), _screen(model)))[0])
            filtering.baseline.append(timed(lambda: _raw(conn, status, 0, True))[0])
        for result in (first, bottom, filtering):
            result.note = f"baseline p95 {p95(result.baseline) * 1000:.1f} ms"
        return [first, bottom, filtering]
    finally:
        conn.close()
        services.close()


def main(argv: list[str] | None = None) -> int:
    from .run import _row, table

    parser = argparse.ArgumentParser(prog="python -m bench.referral_list")
    parser.add_argument("--quick", action="store_true", help="8 repeats instead of 40")
    parser.add_argument("--force", action="store_true", help="rebuild the 50,000-referral database")
    args = parser.parse_args(argv)
    path = ensure_dataset(args.force)
    print(table([_row(r) for r in measure(path, 8 if args.quick else 40)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
