"""Start-up (a) and peak memory (e): measured in a fresh child process, QT_QPA_PLATFORM=offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .common import BENCH_DIR, OUT
from .scenarios import Result

# Byte-code is cached under bench/out (the warm-up child writes it): an installed application ships
# compiled modules, while this checkout's venv has none and PYTHONDONTWRITEBYTECODE may be set, which
# would make every child compile SQLAlchemy, alembic and PySide6's Python parts from source.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(OUT / "pycache"))
_RAW_COUNT = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
              "print(c.execute('SELECT count(*) FROM household WHERE deleted = 0').fetchone()[0], flush=True)")
_RAW_LIST = (
    "import sqlite3, sys, json; c = sqlite3.connect(sys.argv[1]); "
    "rows = c.execute('SELECT id, no_kk, head_name, address, rt, rw, dusun, member_count, desil, dtsen_status "
    "FROM household WHERE deleted = 0 ORDER BY head_name, id').fetchall(); "
    "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')); "
    "print(json.dumps({'rows': len(rows), 'rss_mb': hwm / 1024}))"
)


def _child(mode: str, db: Path) -> tuple[float, list[dict]]:
    """Seconds from just before Popen until the child said "ready", and every line it printed."""
    cmd = [sys.executable, "-m", "bench.window_child", mode, str(db)]
    start_wall, start = time.time(), time.perf_counter()
    err = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen(cmd, cwd=BENCH_DIR.parent, env=_ENV, stdout=subprocess.PIPE, stderr=err, text=True)
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
        raise RuntimeError(f"window child failed ({proc.returncode}): {errors or stderr.strip()[-1500:]}")
    return ready, events


def _raw(script: str, db: Path) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script, str(db)], env=_ENV, capture_output=True,
                         text=True, check=True).stdout
    return time.perf_counter() - start, out


def startup(name: str, db: Path, households: int, target: float, repeats: int) -> list[Result]:
    r = Result(name, f"process start → MainWindow shown + first events, {households:,} households; "
               f"{repeats} cold processes (warm OS cache)", target, "median")
    phases: list[dict] = []
    _child("startup", db)  # warm the OS file cache and .pyc files once, not counted
    for _ in range(repeats):
        seconds, events = _child("startup", db)
        r.samples.append(seconds)
        phases.append({e["event"]: round(e["at_s"], 3) for e in events})
        r.baseline.append(_raw(_RAW_COUNT, db)[0])
    r.note = "phases (s since Popen), median run: " + json.dumps(sorted(phases, key=lambda p: p["ready"])[len(phases) // 2])
    return [r]


def memory(db: Path, households: int, repeats: int) -> list[Result]:
    """Peak RSS (VmHWM, MB) of the window process after scrolling the list; baseline: raw fetchall."""
    r = Result("memory_100000", f"peak RSS after the Warga list of {households:,} households is shown, "
               "scrolled to the end and back", 350.0, "median", unit="MB")
    for _ in range(repeats):
        _, events = _child("memory", db)
        scrolled = next(e for e in events if e["event"] == "scrolled")
        r.samples.append(scrolled["rss_mb"])
        base = json.loads(_raw(_RAW_LIST, db)[1])
        r.baseline.append(base["rss_mb"])
        r.note = (f"rows in model {scrolled['rows']:,}; scrollToBottom+events {scrolled['bottom_s']:.3f} s; "
                  f"peak RSS after imports {events[0]['rss_mb']:.0f} MB, at first show "
                  f"{next(e for e in events if e['event'] == 'ready')['rss_mb']:.0f} MB; "
                  f"(ru_maxrss {scrolled['ru_maxrss_mb']:.0f} MB includes the runner's own peak, see docs); "
                  f"baseline = raw sqlite3 fetchall of the {base['rows']:,} list rows")
    return [r]
