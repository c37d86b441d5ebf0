"""Runs the benchmark scenarios and prints median / p95 / target / raw-sqlite3 baseline / ratio / verdict.

    uv run python -m bench.run [--quick] [--only NAME ...]

NAME is a scenario name or its prefix (startup, search, save, import, memory); startup_2000 gives
startup_login_2000 and startup_window_2000 (see bench/startup.py, which also runs on its own). Datasets are built
and cached by bench.dataset on first use (the 100,000-household one takes several minutes).
Results also go to bench/out/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import sys
import time

from . import dataset, scenarios, startup
from .common import OUT, WORK, median, p95
from .scenarios import Result

# scenario -> (full repeats, quick repeats)
REPEATS = {"startup_2000": (7, 3), "startup_100000": (7, 3), "search": (60, 20), "save_household": (40, 15),
           "import_10000": (3, 1), "memory_100000": (3, 1)}


def _scenarios(quick: bool):
    n = {name: pair[1 if quick else 0] for name, pair in REPEATS.items()}
    desa_h, big_h = dataset.DESA_HOUSEHOLDS, dataset.BIG_HOUSEHOLDS
    return {
        "startup_2000": lambda: startup.cold_start(dataset.encrypted(dataset.DESA_DB), desa_h, n["startup_2000"]),
        "startup_100000": lambda: startup.cold_start(dataset.encrypted(dataset.BIG_DB), big_h, n["startup_100000"], targets=(2.0, 2.5)),
        "search": lambda: scenarios.search(n["search"]),
        "save_household": lambda: scenarios.save(n["save_household"]),
        "import_10000": lambda: scenarios.import_csv(n["import_10000"]),
        "memory_100000": lambda: startup.memory(dataset.encrypted(dataset.BIG_DB), big_h, n["memory_100000"]),
    }


def _row(r: Result) -> dict:
    med, top = median(r.samples), p95(r.samples)
    base = median(r.baseline)
    measured = med if r.target_kind == "median" else top
    return {
        "scenario": r.name, "what": r.what, "unit": r.unit, "n": len(r.samples),
        "median": med, "p95": top, "target": r.target_s, "target_on": r.target_kind,
        "baseline_median": base, "baseline_p95": p95(r.baseline), "ratio": med / base if base else None,
        "verdict": "PASS" if measured <= r.target_s else "MISS", "note": r.note,
        "samples": [round(x, 6) for x in r.samples], "baseline_samples": [round(x, 6) for x in r.baseline],
    }


def _fmt(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(rows: list[dict]) -> str:
    head = ("scenario", "median", "p95", "target", "baseline median", "ratio", "verdict")
    lines = [head] + [(
        r["scenario"], _fmt(r["median"], r["unit"]), _fmt(r["p95"], r["unit"]),
        f"{r['target_on']} ≤ {_fmt(r['target'], r['unit'])}", _fmt(r["baseline_median"], r["unit"]),
        f"{r['ratio']:.1f}×" if r["ratio"] else "-", r["verdict"],
    ) if r["verdict"] != "ERROR" else (r["scenario"], "-", "-", "-", "-", "-", "ERROR") for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(c.ljust(w) for c, w in zip(line, widths)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (same dataset sizes)")
    parser.add_argument("--only", action="append", metavar="NAME", help="scenario name or prefix; repeatable")
    args = parser.parse_args(argv)
    chosen = {k: v for k, v in _scenarios(args.quick).items()
              if not args.only or any(k.startswith(o) or o.startswith(k) for o in args.only)}
    if not chosen:
        parser.error(f"no scenario matches {args.only}; known: {', '.join(_scenarios(False))}")
    meta = dataset.ensure()
    load_before = os.getloadavg()
    rows, started = [], time.perf_counter()
    for name, run in chosen.items():
        t = time.perf_counter()
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            rows += [_row(r) for r in run()]
        except Exception as exc:  # noqa: BLE001 - one broken scenario must not hide the others
            print(f"  {name} FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            rows.append({"scenario": name, "verdict": "ERROR", "note": f"{type(exc).__name__}: {exc}"[:500]})
        print(f"  done in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
    shutil.rmtree(WORK, ignore_errors=True)  # scratch copies of the databases
    print(table(rows))
    for r in rows:
        if r["note"]:
            print(f"- {r['scenario']}: {r['note']}")
    result = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "command": "uv run python -m bench.run " + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
                    "loadavg_before": load_before, "loadavg_after": os.getloadavg()},
        "datasets": meta, "seconds": round(time.perf_counter() - started, 1), "results": rows,
    }
    print(f"load average (1 min) before/after: {load_before[0]:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
