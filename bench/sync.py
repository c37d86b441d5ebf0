"""Sync benchmarks (issue 4): bundles exported at a desa and imported at the kabupaten.

    uv run python -m bench.sync [--quick] [--pg-url URL] [--rows N]

- full desa as a first bundle: the desa dataset (2,000 households, five years of history) exported,
  then imported into a fresh kabupaten (SQLite);
- a weekly bundle of 10,000 changes (people's phone numbers and addresses changed after the first
  sync): export ≤ 3 s, import ≤ 3 s;
- 1,000,000 changes (`--rows`; 250,000 households and 750,000 people written as the stamping does,
  then exported): export ≤ 60 s, import into SQLite ≤ 90 s in a child process whose peak memory
  (VmHWM) must stay ≤ 300 MB;
- import into PostgreSQL (`--pg-url`, default $PUSKESOS_TEST_PG_URL; a scratch database is created
  beside the one named and dropped after): the full desa bundle, target ≥ 20,000 rows/s.

Each import is compared with a raw `executemany` of the same rows into the same tables (the floor:
no decryption, no checks, no hashes), each export with the same rows read by sqlite3 and written as
JSON lines to a file (no signing, compression or encryption), measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .common import OUT, WORK, copy_db, timed
from .scenarios import Result

KAB_CODE, DESA_CODE = "3201", "3201052009"
DESA_BUNDLE_TABLES = ("household", "person", "need", "complaint", "complaint_event", "referral", "referral_event",
                      "letter", "referral_outcome", "consent", "psks")
MILLION = 1_000_000


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _services(db: Path | str):
    from puskesos_desktop.services.container import build_services
    from puskesos_desktop.settings import Settings

    url = db if isinstance(db, str) else None
    return build_services(Settings.from_args(None if url else str(db), url))


def _new_hub(target: Path | str, key_out: Path):
    """A fresh kabupaten (a new SQLite file, or a new PostgreSQL database) with its public key file."""
    from puskesos_desktop.core.codes import Mode
    from puskesos_desktop.core.model import OfficeDraft

    if isinstance(target, Path):
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    hub = _services(target)
    hub.setup.initialize(OfficeDraft(Mode.KABUPATEN, KAB_CODE, "Dinas Sosial Kabupaten Bogor"))
    hub.sync.write_own_identity(key_out)
    return hub


def _scratch_pg(url: str) -> str:
    """A new database beside the one `url` names (which is never touched); dropped by `_drop_pg`."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"puskesos_bench_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _drop_pg(url: str, scratch: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(scratch).database}" WITH (FORCE)'))
    admin.dispose()


def _join(desa, hub, key: Path, work: Path) -> None:
    desa.sync.set_kabupaten(key)
    enrollment = work / f"enroll-{time.time_ns()}.json"
    desa.sync.write_own_identity(enrollment)
    hub.sync.enroll(enrollment)


def _export(desa, out: Path) -> tuple[float, Path, int]:
    out.mkdir(parents=True, exist_ok=True)
    seconds, result = timed(lambda: desa.sync.export(out))
    return seconds, Path(result.path), result.rows


def _import(hub, bundle: Path) -> tuple[float, int]:
    seconds, [result] = timed(lambda: hub.sync.import_files([bundle]))
    if result.status != "applied":
        raise RuntimeError(f"import {result.status}: {result.reason}")
    return seconds, result.rows


# ---- the raw baseline -----------------------------------------------------------------------
def _rows_of(bundle_db: Path, tables: tuple[str, ...], above_seq: int = 0) -> dict[str, tuple[list[str], list[tuple]]]:
    """The rows a bundle carries, read back from the desa file: (columns, tuples) per table."""
    conn = sqlite3.connect(bundle_db)
    out = {}
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE seq > ?", (above_seq,))
        out[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    conn.close()
    return out


def _raw_sqlite(empty_db: Path, rows: dict) -> float:
    """executemany of the same rows into a copy of an empty kabupaten file, one transaction."""
    conn = sqlite3.connect(empty_db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys=ON")
    for table, (cols, tuples) in rows.items():
        marks = ",".join("?" * len(cols))
        conn.executemany(f"INSERT OR REPLACE INTO {table} ({','.join(cols)}) VALUES ({marks})", tuples)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _raw_export(db: Path, tables: tuple[str, ...], above_seq: int, out: Path) -> float:
    """The export's floor: the same rows read with sqlite3 and written as JSON lines to a file."""
    conn = sqlite3.connect(db)
    start = time.perf_counter()
    with open(out, "w", encoding="utf-8") as f:
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM {table} WHERE seq > ? ORDER BY seq, id", (above_seq,))
            names = [d[0] for d in cursor.description]
            for row in cursor:
                f.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _raw_pg(url: str, rows: dict) -> float:
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        with conn.cursor() as cur:
            for table in rows:
                cur.execute(f"CREATE TEMP TABLE raw_{table} (LIKE {table} INCLUDING DEFAULTS)")
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cur:
            for table, (cols, tuples) in rows.items():
                marks = ",".join(["%s"] * len(cols))
                cur.executemany(f"INSERT INTO raw_{table} ({','.join(cols)}) VALUES ({marks})",
                                [tuple(bool(v) if c == "deleted" or c in _BOOLS else v for c, v in zip(cols, t))
                                 for t in tuples])
        conn.commit()
        return time.perf_counter() - start


_BOOLS = {"consent", "active"}


# ---- the million ----------------------------------------------------------------------------
def _million_desa(target: Path, total: int) -> Path:
    """A desa whose stream holds `total` changes: households and people written with Core, hashed as
    the stamping hashes them (one seq per 1,000 rows, as a long-used installation would have)."""
    import datetime as dt
    import random

    from sqlalchemy import insert, update

    from puskesos_desktop.core.codes import Mode
    from puskesos_desktop.core.ids import new_id
    from puskesos_desktop.core.model import OfficeDraft
    from puskesos_desktop.db.records import HouseholdRecord, PersonRecord, SyncOriginRecord
    from puskesos_desktop.db.stamping import content_hash
    from puskesos_desktop.sync.wire import content_columns

    if target.exists():
        return target
    tmp = target.with_name(target.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    shutil.copy(_empty_template(), tmp)
    sv = _services(tmp)
    sv.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"))
    with sv.context.reading() as s:
        origin_id = s.execute(SyncOriginRecord.__table__.select().where(SyncOriginRecord.is_local.is_(True))).first().id
    rng = random.Random(7)
    households = total // 4
    h_cols, p_cols = content_columns("household"), content_columns("person")
    now = dt.datetime(2026, 11, 1, 8, 0)
    seq = 0
    start = time.perf_counter()
    ids: list[str] = []

    def stamped(cols: list[str], values: dict) -> dict:
        content = {c: values.get(c) for c in cols}
        content["origin_id"], content["deleted"] = origin_id, False
        hashed = content_hash({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in content.items()})
        return {**content, "seq": seq, "content_hash": hashed, "created_at": now, "updated_at": now}

    with sv.engine.begin() as conn:
        for i in range(households):
            if i % 250 == 0:
                seq += 1
            hid = new_id()
            ids.append(hid)
            if len(ids) == 5000 or i == households - 1:
                conn.execute(insert(HouseholdRecord.__table__), [stamped(h_cols, {
                    "id": h, "no_kk": f"320105{rng.randint(10**9, 10**10 - 1)}", "address": "Jl. Bench No. 1", "rt": "001",
                    "rw": "002", "dusun": "KRAJAN", "dtsen_status": "terdaftar", "desil": 2, "programs": "[]",
                    "consent": True, "head_name": "BENCH", "member_count": 3}) for h in ids])
                people = []
                for h in ids:
                    for k in range(3):
                        people.append(stamped(p_cols, {
                            "id": new_id(), "household_id": h, "nik": f"320105{rng.randint(10**9, 10**10 - 1)}",
                            "name": f"WARGA {rng.randint(1, 99999)}", "relationship": "ANAK" if k else "KEPALA KELUARGA",
                            "sex": "L", "birth_date": dt.date(1990, 1, 1), "disabilities": "[]", "ppks": "[]",
                            "life_status": "hidup"}))
                conn.execute(insert(PersonRecord.__table__), people)
                ids = []
        conn.execute(update(SyncOriginRecord.__table__).where(SyncOriginRecord.id == origin_id).values(last_seq=seq))
    sv.close()
    _log(f"  {total:,} changes written in {time.perf_counter() - start:.0f} s")
    tmp.replace(target)
    return target


def _empty_template() -> Path:
    path = OUT / "template-empty.sqlite3"
    if not path.exists():
        _services(path).close()
    return path


# ---- the run --------------------------------------------------------------------------------
def _import_child(hub_db: Path, bundle: Path) -> tuple[float, float]:
    """Imports in a fresh process; returns (seconds, peak RSS MB)."""
    code = (
        "import sys, time, json\n"
        "from bench.sync import _services\n"
        "hub = _services(__import__('pathlib').Path(sys.argv[1]))\n"
        "t = time.perf_counter(); [r] = hub.sync.import_files([__import__('pathlib').Path(sys.argv[2])])\n"
        "s = time.perf_counter() - t\n"
        "peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) / 1024\n"
        "print(json.dumps({'seconds': s, 'peak_mb': peak, 'status': r.status, 'reason': r.reason, 'rows': r.rows}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(hub_db), str(bundle)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    out = json.loads(done.stdout.strip().splitlines()[-1])
    if out["status"] != "applied":
        raise RuntimeError(f"import {out['status']}: {out['reason']}")
    return out["seconds"], out["peak_mb"]


def run(quick: bool = False, pg_url: str | None = None, rows: int = MILLION) -> list[Result]:
    from . import dataset

    dataset.ensure(("desa",))
    work = WORK / "sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    key = work / "kabupaten.pub.json"
    results: list[Result] = []

    # A full desa as a first bundle, then a weekly bundle of 10,000 changes.
    desa_db = copy_db(dataset.DESA_DB, "sync-desa.sqlite3")
    hub = _new_hub(work / "hub.sqlite3", key)
    desa = _services(desa_db)
    _join(desa, hub, key, work)
    export_s, first, first_rows = _export(desa, work / "stick1")
    import_s, _n = _import(hub, first)
    raw = _raw_sqlite(_fresh_hub_copy(work), _rows_of(desa_db, DESA_BUNDLE_TABLES))
    raw_out = _raw_export(desa_db, DESA_BUNDLE_TABLES, 0, work / "raw-first.ndjson")
    results.append(_result("sync_first_bundle_export", f"full desa, {first_rows:,} rows", 60.0, export_s, raw_out))
    results.append(_result("sync_first_bundle_import", f"full desa, {first_rows:,} rows, SQLite", 90.0,
                           import_s, raw))
    # The kabupaten acknowledges, the desa then changes 10,000 rows.
    [back] = desa.sync.import_files([Path(hub.sync.export(work / "stick1", DESA_CODE).path)])
    assert back.status == "applied", back.reason
    mark = _changes(desa, 10_000)
    export_s, weekly, weekly_rows = _export(desa, work / "stick2")
    import_s, _n = _import(hub, weekly)
    raw = _raw_sqlite(_fresh_hub_copy(work), _rows_of(desa_db, ("household", "person"), mark))
    raw_out = _raw_export(desa_db, ("household", "person"), mark, work / "raw-weekly.ndjson")
    results.append(_result("sync_weekly_export", f"{weekly_rows:,} changes", 3.0, export_s, raw_out))
    results.append(_result("sync_weekly_import", f"{weekly_rows:,} changes, SQLite", 3.0, import_s, raw))

    if pg_url:
        scratch = _scratch_pg(pg_url)
        pg_hub = _new_hub(scratch, work / "pg-kabupaten.pub.json")
        pg_desa = _services(copy_db(dataset.DESA_DB, "sync-desa-pg.sqlite3"))
        _join(pg_desa, pg_hub, work / "pg-kabupaten.pub.json", work)
        _s, pg_first, pg_rows = _export(pg_desa, work / "stick-pg")
        seconds, _n = _import(pg_hub, pg_first)
        raw = _raw_pg(scratch, _rows_of(dataset.DESA_DB, DESA_BUNDLE_TABLES))
        results.append(_result("sync_pg_import", f"full desa, {pg_rows:,} rows into PostgreSQL "
                               f"({pg_rows / seconds:,.0f} rows/s; target ≥ 20,000 rows/s)",
                               pg_rows / 20_000, seconds, raw))
        pg_desa.close()
        pg_hub.close()
        _drop_pg(pg_url, scratch)
    desa.close()
    hub.close()

    if not quick:
        big = _million_desa(OUT / f"sync-desa-{rows}.sqlite3", rows)
        big_copy = copy_db(big, "sync-big.sqlite3")
        big_hub_db = work / "big-hub.sqlite3"
        big_hub = _new_hub(big_hub_db, work / "big.pub.json")
        big_desa = _services(big_copy)
        _join(big_desa, big_hub, work / "big.pub.json", work)
        big_hub.close()
        export_s, big_bundle, big_rows = _export(big_desa, work / "stick-big")
        big_desa.close()
        import_s, peak = _import_child(big_hub_db, big_bundle)
        raw = _raw_sqlite(_fresh_hub_copy(work), _rows_of(big, ("household", "person")))
        raw_out = _raw_export(big, ("household", "person"), 0, work / "raw-million.ndjson")
        results.append(_result("sync_million_export", f"{big_rows:,} changes, "
                               f"{big_bundle.stat().st_size / 1e6:.0f} MB bundle", 60.0, export_s, raw_out))
        results.append(_result("sync_million_import", f"{big_rows:,} changes into SQLite, peak {peak:.0f} MB "
                               "(target ≤ 300 MB)", 90.0, import_s, raw))
        results.append(Result("sync_million_memory", "peak RSS of the importing process", 300.0, "median",
                              unit="MB", samples=[peak], baseline=[peak]))
    return results


def _changes(desa, n: int) -> int:
    """`n` people's phone numbers changed (in transactions of 500, as a week of edits); returns the seq before."""
    from sqlalchemy import select

    from puskesos_desktop.db.records import PersonRecord, SyncOriginRecord

    with desa.context.reading() as s:
        before = s.execute(select(SyncOriginRecord.last_seq).where(SyncOriginRecord.is_local.is_(True))).scalar_one()
        ids = list(s.execute(select(PersonRecord.id).where(PersonRecord.deleted.is_(False)).limit(n)).scalars())
    while len(ids) < n:  # the dataset has ~8,600 people: the rest are households
        ids += [None] * (n - len(ids))
    people = [i for i in ids if i]
    from puskesos_desktop.db.records import HouseholdRecord

    with desa.context.reading() as s:
        households = list(s.execute(select(HouseholdRecord.id).limit(n - len(people))).scalars())
    for start in range(0, len(people), 500):
        with desa.context.transaction() as s:
            for record in s.execute(select(PersonRecord).where(PersonRecord.id.in_(people[start:start + 500]))).scalars():
                record.phone = f"0812{start:08d}"
    for start in range(0, len(households), 500):
        with desa.context.transaction() as s:
            for record in s.execute(select(HouseholdRecord).where(
                    HouseholdRecord.id.in_(households[start:start + 500]))).scalars():
                record.address = (record.address or "") + " (pindah rumah)"
    return before


def _fresh_hub_copy(work: Path) -> Path:
    """An empty migrated file to executemany into (the baseline's own target)."""
    target = work / f"raw-{time.time_ns()}.sqlite3"
    shutil.copy(_empty_template(), target)
    return target


def _result(name: str, what: str, target: float, seconds: float, raw: float | None) -> Result:
    return Result(name, what, target, "median", samples=[seconds], baseline=[raw if raw is not None else seconds],
                  note="" if raw is not None else "no baseline: the ratio is 1")


def main(argv: list[str] | None = None) -> int:
    from .run import _row, table

    parser = argparse.ArgumentParser(prog="python -m bench.sync")
    parser.add_argument("--quick", action="store_true", help="without the 1,000,000-change bundle")
    parser.add_argument("--pg-url", default=os.environ.get("PUSKESOS_TEST_PG_URL"))
    parser.add_argument("--rows", type=int, default=MILLION)
    args = parser.parse_args(argv)
    rows = [_row(r) for r in run(args.quick, args.pg_url, args.rows)]
    print(table(rows))
    for r in rows:
        print(f"- {r['scenario']}: {r['what']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
