"""Start-up (a cold `puskesos` process to the sign-in dialog / the main window) and peak memory (e).

    uv run python -m bench.startup [--repeats N] [--platform xcb|offscreen] [--no-bytecode] [--dataset desa|big]
                                   [--compare DIR [--compare-db FILE]]

Each sample is a fresh Python running the entry point (`bench/window_child.py`), timed from just before
`Popen` to the child's "ready" line; before each one the OS page cache is dropped (`sync`, then
`3 > /proc/sys/vm/drop_caches`, when this process may write it) and the database is a fresh copy.
The baseline, measured the same way in the same run, is a bare PySide6 `QApplication` + `QWidget`.
`--compare DIR` also runs the application from another checkout (e.g. `git archive HEAD` unpacked,
with this bench/window_child.py copied in), interleaved with this one: before/after in one run.
This version runs on the encrypted copy of the dataset (`dataset.encrypted`); `--compare-db FILE`
gives the other checkout its own database: a checkout from before encryption (e.g. 2b18e51) on the
plaintext dataset it built itself is encrypted start-up beside unencrypted, in one run (issue 10:
≤ 1.1×).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .common import BENCH_DIR, OUT, WORK, copy_db, median
from .scenarios import Result

# Byte-code is cached under bench/out (the warm-up child writes it): an installed application ships
# compiled modules, while this checkout's venv has none and PYTHONDONTWRITEBYTECODE may be set, which
# would make every child compile SQLAlchemy, alembic and PySide6's Python parts from source.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV.update(PYTHONPYCACHEPREFIX=str(OUT / "pycache"))
_RAW_LIST = (
    "import sqlite3, sys, json; c = sqlite3.connect(sys.argv[1]); "
    "rows = c.execute('SELECT id, no_kk, head_name, address, rt, rw, dusun, member_count, desil, dtsen_status "
    "FROM household WHERE deleted = 0 ORDER BY head_name, id').fetchall(); "
    "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')); "
    "print(json.dumps({'rows': len(rows), 'rss_mb': hwm / 1024}))"
)


def drop_caches() -> bool:
    """Empties the OS page cache (needs root and a writable /proc/sys); False when not possible."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w") as control:
            control.write("3\n")
    except OSError:
        return False
    return True


def _env(platform: str, bytecode: bool) -> dict[str, str]:
    env = dict(_ENV, QT_QPA_PLATFORM=platform)
    if not bytecode:  # as this checkout's .venv runs: no .pyc, and none written
        env.pop("PYTHONPYCACHEPREFIX")
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    home = WORK / "home"  # the per-user folders (window.ini, log) of a first start, never the real ones
    shutil.rmtree(home, ignore_errors=True)
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    return env


def _child(mode: str, db: Path | str, env: dict[str, str], tree: Path = BENCH_DIR.parent) -> tuple[float, list[dict]]:
    """Seconds from just before Popen until the child said "ready", and every line it printed."""
    cmd = [sys.executable, "-m", "bench.window_child", mode, str(db)]
    start_wall, start = time.time(), time.perf_counter()
    err = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
    watchdog = threading.Timer(180, proc.kill)  # a hung window must not hang the benchmark
    watchdog.start()
    events, ready = [], None
    for line in proc.stdout:
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        event["at_s"] = event.pop("wall") - start_wall
        events.append(event)
        if event["event"] == "ready" and ready is None:
            ready = time.perf_counter() - start
    proc.wait()
    watchdog.cancel()
    err.seek(0)
    stderr = err.read()
    err.close()
    if proc.returncode != 0 or ready is None or any(e["event"] == "error" for e in events):
        errors = [e["error"] for e in events if e["event"] == "error"]
        raise RuntimeError(f"window child {mode} failed ({proc.returncode}): {errors or stderr.strip()[-1500:]}")
    return ready, events


def _cold(mode: str, db: Path, env: dict[str, str], tree: Path = BENCH_DIR.parent) -> tuple[float, list[dict], bool]:
    """One sample: a fresh copy of the database, an empty page cache, then the child."""
    scratch = copy_db(db, "startup.sqlite3") if mode != "bare" else ""
    dropped = drop_caches()
    seconds, events = _child(mode, scratch, env, tree)
    return seconds, events, dropped


def cold_start(db: Path, households: int, repeats: int, *, targets: tuple[float, float] = (1.5, 2.0),
               platform: str = "offscreen", bytecode: bool = True, compare: Path | None = None,
               compare_db: Path | None = None) -> list[Result]:
    """startup_login / startup_window (and the same from `compare`, on `compare_db`), each sample
    beside a bare-PySide6 one."""
    env = _env(platform, bytecode)
    trees = {"": BENCH_DIR.parent} | ({"_compared": compare} if compare else {})
    dbs = {"": db, "_compared": compare_db or db}
    for suffix, tree in trees.items():  # compiles byte-code into the cache, not counted
        for mode in ("bare", "login", "window"):
            _child(mode, copy_db(dbs[suffix], "startup.sqlite3") if mode != "bare" else "", env, tree)
    how = ("byte-code cached" if bytecode else "no .pyc, PYTHONDONTWRITEBYTECODE=1") + f", QT_QPA_PLATFORM={platform}"
    results: dict[tuple[str, str], Result] = {}
    for suffix, tree in trees.items():
        where = f", from {tree}" if suffix else ""
        results[suffix, "login"] = Result(
            f"startup_login_{households}{suffix}",
            f"cold `puskesos --db` → sign-in dialog painted and taking keys, {households:,} households ({how}{where})",
            targets[0], "median")
        results[suffix, "window"] = Result(
            f"startup_window_{households}{suffix}",
            f"cold `puskesos --db` → sign-in → main window painted, {households:,} households ({how}{where})",
            targets[1], "median")
    phases: dict[tuple[str, str], list[dict]] = {key: [] for key in results}
    dropped_all = True
    for _ in range(repeats):
        for (suffix, mode), result in results.items():
            bare, _events, dropped_bare = _cold("bare", db, env)
            seconds, events, dropped = _cold(mode, dbs[suffix], env, trees[suffix])
            result.samples.append(seconds)
            result.baseline.append(bare)
            phases[suffix, mode].append({e["event"]: round(e["at_s"], 3) for e in events})
            dropped_all = dropped_all and dropped and dropped_bare
    cache = "page cache dropped before every process" if dropped_all else "page cache NOT dropped (no permission)"
    for key, result in results.items():
        middle = sorted(phases[key], key=lambda p: p["ready"])[len(phases[key]) // 2]
        result.note = f"{cache}; phases (s since Popen), median run: {json.dumps(middle)}"
    return list(results.values())


def memory(db: Path, households: int, repeats: int) -> list[Result]:
    """Peak RSS (VmHWM, MB) of the window process after scrolling the list; baseline: raw fetchall."""
    r = Result("memory_100000", f"peak RSS after the Warga list of {households:,} households is shown, "
               "scrolled to the end and back", 350.0, "median", unit="MB")
    env = _env("offscreen", True)
    for _ in range(repeats):
        _, events = _child("memory", db, env)
        scrolled = next(e for e in events if e["event"] == "scrolled")
        r.samples.append(scrolled["rss_mb"])
        out = subprocess.run([sys.executable, "-c", _RAW_LIST, str(db)], env=env, capture_output=True,
                             text=True, check=True).stdout
        base = json.loads(out)
        r.baseline.append(base["rss_mb"])
        r.note = (f"rows in model {scrolled['rows']:,}; scrollToBottom+events {scrolled['bottom_s']:.3f} s; "
                  f"peak RSS after imports {next(e for e in events if e['event'] == 'imported')['rss_mb']:.0f} MB, "
                  f"at first show {next(e for e in events if e['event'] == 'ready')['rss_mb']:.0f} MB; "
                  f"(ru_maxrss {scrolled['ru_maxrss_mb']:.0f} MB includes the runner's own peak, see docs); "
                  f"baseline = raw sqlite3 fetchall of the {base['rows']:,} list rows")
    return [r]


def main(argv: list[str] | None = None) -> int:
    from . import dataset
    from .run import _row, table

    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--platform", default="xcb" if os.environ.get("DISPLAY") else "offscreen")
    parser.add_argument("--no-bytecode", action="store_true", help="as the checkout's .venv runs: no .pyc")
    parser.add_argument("--compare", type=Path, metavar="DIR", help="another checkout to measure in the same run")
    parser.add_argument("--dataset", choices=("desa", "big"), default="desa")
    parser.add_argument("--compare-db", type=Path, metavar="FILE",
                        help="the compared checkout's database (one from before encryption cannot open this "
                             "version's: give it a plaintext dataset it built, its bench/out/desa-2000.sqlite3)")
    args = parser.parse_args(argv)
    dataset.ensure((args.dataset,))
    load = os.getloadavg()
    source, households = ((dataset.DESA_DB, dataset.DESA_HOUSEHOLDS) if args.dataset == "desa"
                          else (dataset.BIG_DB, dataset.BIG_HOUSEHOLDS))
    db = dataset.encrypted(source)  # this version opens only an encrypted installation
    results = cold_start(db, households, args.repeats, platform=args.platform,
                         bytecode=not args.no_bytecode, compare=args.compare,
                         compare_db=args.compare_db)
    rows = [_row(r) for r in results]
    print(table(rows))
    for r in rows:
        print(f"- {r['scenario']}: {r['note']}\n  samples {r['samples']}\n  bare {r['baseline_samples']}")
    print(f"baseline: bare PySide6 window, median {median([b for r in results for b in r.baseline]) * 1000:.0f} ms; "
          f"load average before/after {load[0]:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
