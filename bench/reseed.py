"""The re-seed of a whole desa from the kabupaten, beside its first bundle (issue 11 §3).

    uv run python -m bench.reseed [--repeats N]

The desa dataset (2,000 households, five years; encrypted as an installation has it) joins a fresh
kabupaten (SQLite) and sends its first bundle: the baseline is that first bundle's export at the desa
plus its import at the kabupaten. Then the desa is restored on a new laptop from a backup that holds
none of its rows — a backup made on the day it was set up, simulated by emptying the desa's own
tables of the restored copy and asking for everything (reseed from seq 0). The restored desa sends its
(tiny) bundle; the timed re-seed is the kabupaten's return bundle, carrying all 2,000 households back,
plus its import at the restored desa. Target: re-seed ≤ 1.5× the first bundle. Medians of N rounds.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from .common import ADMIN_PASSWORD, ADMIN_USER, WORK, copy_db, median, timed
from .dataset import DESA_DB, encrypted, ensure
from .sync import DESA_BUNDLE_TABLES, DESA_CODE, _join, _new_hub


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _sign_in(db: Path):
    from puskesos_desktop.services.access import Access
    from puskesos_desktop.settings import Settings

    return Access(Settings.from_args(str(db))).sign_in(ADMIN_USER, ADMIN_PASSWORD)


def _as_if_backed_up_on_day_one(db: Path) -> None:
    """The restored copy without any of the desa's own rows, asking for all of them."""
    from puskesos_desktop.db import cipher
    from puskesos_desktop.db.keyfile import KeyFile, key_file_for

    conn = cipher.connect(db, KeyFile.load(key_file_for(db)).unlock(ADMIN_USER, ADMIN_PASSWORD))
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        for table in (*reversed(DESA_BUNDLE_TABLES), "search_term", "letter_counter"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE sync_origin SET reseed_seq = 0 WHERE is_local = 1")
        conn.execute("COMMIT")
    finally:
        conn.close()


def one_round(work: Path) -> tuple[float, float, int]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    key = work / "kabupaten.pub.json"
    hub = _new_hub(work / "hub.sqlite3", key)
    desa_db = copy_db(encrypted(DESA_DB), "reseed-desa.sqlite3")
    desa = _sign_in(desa_db)
    try:
        _join(desa, hub, key, work)
        (work / "stick").mkdir()
        export_s, first = timed(lambda: desa.sync.export(work / "stick"))
        import_s, [applied] = timed(lambda: hub.sync.import_files([Path(first.path)]))
        assert applied.status == "applied", applied.reason
        (work / "usb").mkdir()
        backup = Path(desa.backups.create(work / "usb").path)
    finally:
        desa.close()

    from puskesos_desktop.services.restore import Restore
    from puskesos_desktop.settings import Settings

    laptop = work / "laptop" / "puskesos.sqlite3"
    laptop.parent.mkdir()
    restore = Restore(Settings.from_args(str(laptop)))
    restore.restore(restore.open(backup, username=ADMIN_USER, password=ADMIN_PASSWORD), current_key=None)
    _as_if_backed_up_on_day_one(laptop)
    restored = _sign_in(laptop)
    try:
        asked = hub.sync.import_files([Path(restored.sync.export(work / "stick").path)])[0]
        assert asked.status == "applied", asked.reason
        return_s, back = timed(lambda: hub.sync.export(work / "stick", DESA_CODE))
        apply_s, [result] = timed(lambda: restored.sync.import_files([Path(back.path)]))
        assert result.status == "applied", result.reason
        households = restored.households.count()
        report = restored.check.run()
        assert report.ok, report.problems[:5]
    finally:
        restored.close()
        hub.close()
    _log(f"first bundle {export_s:.2f} + {import_s:.2f} s ({first.rows:,} rows); re-seed {return_s:.2f} + "
         f"{apply_s:.2f} s ({back.rows:,} rows, {households:,} households back)")
    return export_s + import_s, return_s + apply_s, back.rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.reseed")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    ensure(("desa",))
    firsts, reseeds, rows = [], [], 0
    for _ in range(args.repeats):
        first, reseed, rows = one_round(WORK / "reseed")
        firsts.append(first)
        reseeds.append(reseed)
    first_s, reseed_s = median(firsts), median(reseeds)
    print(f"desa dataset, {rows:,} rows re-seeded, {args.repeats} rounds (medians)")
    print(f"  first bundle: export at the desa + import at the kabupaten   {first_s:6.2f} s")
    print(f"  re-seed: return bundle at the kabupaten + import at the desa {reseed_s:6.2f} s = "
          f"{reseed_s / first_s:4.2f}× the first bundle (target ≤ 1.5×: {'ok' if reseed_s <= 1.5 * first_s else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
