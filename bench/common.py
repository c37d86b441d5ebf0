"""Shared by the benchmarks: where files go, timing statistics, services and raw sqlite3 on a file."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT = BENCH_DIR / "out"
WORK = OUT / "work"
# The admin every dataset is set up with; the start-up child signs in with it.
ADMIN_USER, ADMIN_PASSWORD = "admin", "rahasia-admin"
DESA_CODE = "3201052009"  # Bojong Koneng, Babakan Madang, Kab. Bogor: NIK region 320105


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile (with 20 samples: the 19th smallest)."""
    ordered = sorted(samples)
    rank = max(1, -(-95 * len(ordered) // 100))
    return ordered[rank - 1]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def copy_db(source: Path, name: str) -> Path:
    """A scratch copy (the cached datasets are never written by a scenario)."""
    WORK.mkdir(parents=True, exist_ok=True)
    target = WORK / name
    for suffix in ("", "-wal", "-shm", ".keys", ".recovery", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    for suffix in (".keys", ".recovery"):  # an encrypted dataset's key file and recovery copy
        if Path(str(source) + suffix).exists():
            shutil.copyfile(str(source) + suffix, str(target) + suffix)
    return target


def raw_connect(path: Path, synchronous: str = "FULL") -> sqlite3.Connection:
    """stdlib sqlite3 with the PRAGMAs db/engine.py sets: WAL, foreign keys, synchronous, temp in memory."""
    conn = sqlite3.connect(path, timeout=15, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


def build(path: Path):
    """Services on a database file, built the way app.py and cli.py build them."""
    from puskesos_desktop.services.container import build_services
    from puskesos_desktop.settings import Settings

    return build_services(Settings.from_args(str(path)))


def sign_in(services) -> None:
    services.operators.login(ADMIN_USER, ADMIN_PASSWORD)
