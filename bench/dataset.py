"""Builds and caches the benchmark datasets under bench/out/ (git-ignored).

- desa-2000.sqlite3: a desa with 2,000 households (~9,000 people) and five years of needs,
  complaints and referrals, made by `services.demo.generate`;
- big-100000.sqlite3: 100,000 households (~450,000 people), the same generator;
- import-10000.csv: 10,000 rows in the import format, ~2,500 households, NIKs that do not clash
  with the desa dataset (so an import creates every row).

Every database row is written through the application's own ORM path, so it carries the stamped
seq, content hash, audit fields and search terms exactly as the application writes them.

    uv run python -m bench.dataset [--force] [--only desa|big|csv]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from .common import ADMIN_PASSWORD, ADMIN_USER, DESA_CODE, OUT, build

SEED = 20261123
DESA_HOUSEHOLDS, BIG_HOUSEHOLDS, CSV_ROWS = 2_000, 100_000, 10_000
DESA_DB, BIG_DB, IMPORT_CSV = OUT / "desa-2000.sqlite3", OUT / "big-100000.sqlite3", OUT / "import-10000.csv"
META = OUT / "datasets.json"
CSV_COLUMNS = ("no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir", "tempat_lahir",
               "alamat", "rt", "rw", "dusun", "status_kawin", "agama", "pendidikan", "pekerjaan",
               "disabilitas", "desil", "status_dtsen", "id_dtsen", "telepon")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _meta() -> dict:
    return json.loads(META.read_text()) if META.exists() else {}


def _save_meta(key: str, value: dict) -> None:
    meta = _meta()
    meta[key] = value
    META.write_text(json.dumps(meta, indent=2))


def build_database(target: Path, households: int) -> dict:
    """A desa set up with an admin, then `households` demo households; written to a temp name first."""
    from puskesos_desktop.core.codes import Mode
    from puskesos_desktop.core.model import OfficeDraft

    OUT.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    services = build(tmp)
    try:
        services.setup.initialize(
            OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"),
            admin_username=ADMIN_USER, admin_password=ADMIN_PASSWORD, admin_full_name="Admin Benchmark",
        )
        step = max(1, households // 20)
        people = services.demo.generate(
            # A desa gets five years of needs, complaints and referrals; the 100,000-household list
            # benchmark measures households only.
            households, seed=SEED, history_years=5 if households <= DESA_HOUSEHOLDS else 0,
            progress=lambda done, total: done % step == 0 and _log(
                f"  {target.name}: {done:,}/{total:,} households, {time.perf_counter() - start:.0f} s"),
        )
    finally:
        services.close()
    seconds = time.perf_counter() - start
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.replace(target)
    info = {"households": households, "people": people, "seconds": round(seconds, 1),
            "seed": SEED, "built": dt.datetime.now().isoformat(timespec="seconds")}
    _save_meta(target.name, info)
    _log(f"{target.name}: {households:,} households, {people:,} people in {seconds:.1f} s")
    return info


def _taken(db: Path) -> tuple[set[str], set[str]]:
    conn = sqlite3.connect(db)
    try:
        niks = {r[0] for r in conn.execute("SELECT nik FROM person")}
        kks = {r[0] for r in conn.execute("SELECT no_kk FROM household")}
    finally:
        conn.close()
    return niks, kks


def _serial(rng: random.Random, prefix: str, used: set[str]) -> str:
    while True:
        value = f"{prefix}{rng.randint(1, 9999):04d}"  # serial 0000 is invalid
        if value not in used:
            used.add(value)
            return value


def _birth(rng: random.Random, low: int, high: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=rng.randint(low * 365, high * 365 + 364))


def write_import_csv(target: Path, rows: int = CSV_ROWS, avoid: Path = DESA_DB) -> dict:
    """`rows` people in ~rows/4 households; NIKs encode each person's birth date and sex."""
    from puskesos_desktop.services.demo import DUSUN, FAMILY, FEMALE, MALE, STREETS

    rng = random.Random(SEED + 1)
    region = DESA_CODE[:6]
    used_nik, used_kk = _taken(avoid) if avoid.exists() else (set(), set())
    out: list[dict] = []
    while len(out) < rows:
        registered = _birth(rng, 0, 15)
        no_kk = _serial(rng, f"{region}{registered:%d%m%y}", used_kk)
        family, dusun = rng.choice(FAMILY), rng.choice(DUSUN)
        shared = {"no_kk": no_kk, "alamat": f"{rng.choice(STREETS)} No. {rng.randint(1, 120)}",
                  "rt": f"{rng.randint(1, 12):03d}", "rw": f"{rng.randint(1, 6):03d}", "dusun": dusun,
                  "desil": str(rng.choice((1, 2, 3, 4, 5, 6))), "status_dtsen": "terdaftar",
                  "id_dtsen": str(rng.randint(10**11, 10**12 - 1))}
        size = rng.choice((2, 3, 4, 4, 5, 6))
        head_birth = _birth(rng, 25, 70)
        members = [("KEPALA KELUARGA", "L", head_birth, rng.choice(MALE), "KAWIN")]
        if size > 1:
            members.append(("ISTRI", "P", _birth(rng, 22, 60), rng.choice(FEMALE), "KAWIN"))
        while len(members) < size:
            sex = rng.choice("LP")
            members.append(("ANAK", sex, _birth(rng, 0, 20), rng.choice(MALE if sex == "L" else FEMALE), "BELUM KAWIN"))
        for relationship, sex, birth, given, marital in members:
            day = birth.day + (40 if sex == "P" else 0)
            nik = _serial(rng, f"{region}{day:02d}{birth:%m%y}", used_nik)
            age = (dt.date.today() - birth).days // 365
            out.append({
                **shared, "nik": nik, "nama": f"{given} {family}", "hubungan": relationship,
                "jenis_kelamin": sex, "tanggal_lahir": birth.isoformat(), "tempat_lahir": dusun,
                "status_kawin": marital, "agama": "ISLAM",
                "pendidikan": "TAMAT SD/SEDERAJAT" if age >= 12 else "TIDAK/BELUM SEKOLAH",
                "pekerjaan": "PETANI/PEKEBUN" if age >= 18 else "PELAJAR/MAHASISWA",
                "disabilitas": "", "telepon": f"08{rng.randint(11, 99)}{rng.randint(10**7, 10**8 - 1)}",
            })
    out = out[:rows]
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(out)
    tmp.replace(target)
    info = {"rows": len(out), "households": len({r["no_kk"] for r in out}), "seed": SEED + 1}
    _save_meta(target.name, info)
    _log(f"{target.name}: {info['rows']:,} rows, {info['households']:,} households")
    return info


def ensure(which: tuple[str, ...] = ("desa", "big", "csv"), force: bool = False) -> dict:
    """Builds what is missing (or everything with force); returns the datasets' metadata."""
    if "desa" in which and (force or not DESA_DB.exists()):
        build_database(DESA_DB, DESA_HOUSEHOLDS)
    if "csv" in which and (force or not IMPORT_CSV.exists()):
        write_import_csv(IMPORT_CSV)
    if "big" in which and (force or not BIG_DB.exists()):
        build_database(BIG_DB, BIG_HOUSEHOLDS)
    for db in (DESA_DB, BIG_DB):
        if db.exists():
            _to_head(db)
    return _meta()


def _to_head(db: Path) -> None:
    """A cached dataset made before the latest migration is migrated in place (once), so a scenario
    never times the application's own upgrade and its backup copy."""
    import tempfile

    from puskesos_desktop.db.engine import open_engine
    from puskesos_desktop.db.migrate import current_revision, head_revision, upgrade_to_head

    engine = open_engine(f"sqlite:///{db}")
    try:
        if current_revision(engine) != head_revision():
            with tempfile.TemporaryDirectory(dir=OUT) as scratch:
                upgrade_to_head(engine, Path(scratch))
            _log(f"{db.name}: migrated to {head_revision()}")
    finally:
        engine.dispose()


def encrypted(source: Path) -> Path:
    """The dataset as an installation of this version has it: converted to SQLCipher the way the first
    start after the upgrade converts it (the admin keeps ADMIN_PASSWORD), cached beside the plaintext."""
    target = source.with_name(source.stem + ".encrypted.sqlite3")
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    from puskesos_desktop.services.access import Access
    from puskesos_desktop.settings import Settings

    for suffix in ("", "-wal", "-shm", ".keys", ".recovery", ".lock", ".encrypting"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    access = Access(Settings.from_args(str(target)))
    access.convert(access.prepare_upgrade(ADMIN_USER, ADMIN_PASSWORD)).close()
    _log(f"{target.name}: encrypted copy of {source.name}")
    return target


def verify(db: Path = DESA_DB) -> None:
    """`services.check.run()` on a dataset: stamps, hashes, search index, duplicates."""
    services = build(db)
    try:
        start = time.perf_counter()
        report = services.check.run()
        _log(f"check {db.name}: ok={report.ok}, {report.rows_checked:,} rows, "
             f"{time.perf_counter() - start:.1f} s; problems: {list(report.problems[:5])}")
        if not report.ok:
            raise SystemExit(1)
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dataset")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    parser.add_argument("--only", choices=("desa", "big", "csv"), action="append")
    parser.add_argument("--check", action="store_true", help="run services.check on the desa dataset")
    args = parser.parse_args(argv)
    print(json.dumps(ensure(tuple(args.only or ("desa", "big", "csv")), args.force), indent=2))
    if args.check:
        verify(DESA_DB)
    return 0


if __name__ == "__main__":
    sys.exit(main())
