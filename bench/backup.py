"""What a backup and a restore cost, beside a raw copy of the same file in the same run (issue 11).

    uv run python -m bench.backup [--dataset desa|big] [--repeats N]

On the encrypted copy of a cached dataset (bench/dataset.py `encrypted`), alternating each round:
- raw copy: `shutil.copyfile` of the database file and an fsync (what any copy costs on this disk);
- backup: `BackupService.create(out_dir)` — VACUUM INTO, the manifest, the ZIP written with the
  safe-write path (temporary name, fsync, rename) and read back whole;
- restore + verify: `Restore.open` (manifest, name, the password's argon2id unwrap and the MAC, while
  a thread extracts the database member beside the target, checking its SHA-256) then
  `Restore.restore` onto a fresh installation (SQLCipher and SQLite checks, `check`, new
  incarnation, journal, swap).
Targets: backup of the desa ≤ 2 s and of the 100,000-household database ≤ 30 s; restore + verify
≤ 2× the backup. Medians, and the ratios against the raw copy measured in the same rounds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from .common import ADMIN_PASSWORD, ADMIN_USER, WORK, copy_db, median, timed
from .dataset import BIG_DB, DESA_DB, encrypted, ensure


def _raw_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder / "puskesos.sqlite3"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.backup")
    parser.add_argument("--dataset", choices=("desa", "big"), default="desa")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    ensure((args.dataset,))
    db = copy_db(encrypted(DESA_DB if args.dataset == "desa" else BIG_DB), f"backup-{args.dataset}.sqlite3")

    from puskesos_desktop.services.access import Access
    from puskesos_desktop.services.restore import Restore
    from puskesos_desktop.settings import Settings

    services = Access(Settings.from_args(str(db))).sign_in(ADMIN_USER, ADMIN_PASSWORD)
    out = WORK / "backup-out"
    copies, backups, restores, sizes = [], [], [], []
    try:
        for round_ in range(args.repeats):
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir(parents=True)
            copies.append(timed(lambda: _raw_copy(db, out / "raw-copy.sqlite3"))[0])
            seconds, entry = timed(lambda: services.backups.create(out))
            backups.append(seconds)
            sizes.append(entry.size)
            target = _fresh(WORK / "restore-target")
            restore = Restore(Settings.from_args(str(target)))

            def restore_and_verify():
                opened = restore.open(Path(entry.path), username=ADMIN_USER, password=ADMIN_PASSWORD)
                return restore.restore(opened, current_key=None)

            restores.append(timed(restore_and_verify)[0])
            print(f"round {round_ + 1}: copy {copies[-1]:.2f} s, backup {backups[-1]:.2f} s, "
                  f"restore+verify {restores[-1]:.2f} s", file=sys.stderr, flush=True)
    finally:
        services.close()
    copy_s, backup_s, restore_s = median(copies), median(backups), median(restores)
    target = 2.0 if args.dataset == "desa" else 30.0
    print(f"dataset {args.dataset}: database {db.stat().st_size / 1e6:.1f} MB, backup file {median(sizes) / 1e6:.1f} MB, "
          f"{args.repeats} rounds (medians)")
    print(f"  raw file copy + fsync   {copy_s:7.2f} s")
    print(f"  backup (create)         {backup_s:7.2f} s  = {backup_s / copy_s:5.1f}× the raw copy   "
          f"(target ≤ {target:.0f} s: {'ok' if backup_s <= target else 'MISSED'})")
    print(f"  restore + verify        {restore_s:7.2f} s  = {restore_s / backup_s:5.2f}× the backup     "
          f"(target ≤ 2×: {'ok' if restore_s <= 2 * backup_s else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
