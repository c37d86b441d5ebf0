"""What encryption at rest costs: unlock, search and save on an encrypted copy beside a plaintext one.

    uv run python -m bench.encryption [--dataset desa|big] [--repeats N]

The cached dataset (bench/dataset.py, plaintext) is copied twice; one copy is converted the way the
first start after the upgrade converts it (`Access.prepare_upgrade` + `convert`: time and the peak
memory of this process are reported). Then, in the same run and alternating:
- unlock: `Access.sign_in` (argon2id unwrap + open + the operator's row) on the encrypted copy,
  beside `build_services` + `operators.login` (argon2id hash check) on the plaintext copy;
- search p95 and save p95 through the services on both.
Targets (issue 10): unlock ≤ 0.4 s; search and save p95 ≤ 1.25× plaintext; conversion of the
100,000-household database ≤ 60 s and ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys

from .common import ADMIN_PASSWORD, ADMIN_USER, copy_db, median, p95, timed
from .dataset import BIG_DB, DESA_DB, ensure

QUERIES = ("siti", "budi santoso", "3201", "rahayu", "3201051", "ahmad")


def _services(path, encrypted: bool):
    from puskesos_desktop.services.access import Access
    from puskesos_desktop.services.container import build_services
    from puskesos_desktop.settings import Settings

    settings = Settings.from_args(str(path))
    if encrypted:
        return Access(settings).sign_in(ADMIN_USER, ADMIN_PASSWORD)
    services = build_services(settings)
    services.operators.login(ADMIN_USER, ADMIN_PASSWORD)
    return services


def _search_and_save(services, repeats: int, seed: int) -> tuple[list[float], list[float]]:
    """Every query `repeats` times, and `repeats` new households of 5 (bench/scenarios.py's drafts)."""
    from puskesos_desktop.core.errors import ValidationError

    from .scenarios import _drafts

    rng, used_nik, used_kk = random.Random(seed), set(), set()
    searches, saves = [], []
    for _ in range(repeats):
        for query in QUERIES:
            searches.append(timed(lambda q=query: services.search.search(q))[0])
        while True:  # a drawn No KK or NIK the dataset already has is refused: draw again, untimed
            draft, members = _drafts(rng, used_nik, used_kk)
            try:
                saves.append(timed(lambda d=draft, m=members: services.households.create(d, m))[0])
                break
            except ValidationError:
                continue
    return searches, saves


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.encryption")
    parser.add_argument("--dataset", choices=("desa", "big"), default="desa")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    ensure((args.dataset,))
    source = DESA_DB if args.dataset == "desa" else BIG_DB
    plain, encrypted = copy_db(source, "plain.sqlite3"), copy_db(source, "encrypted.sqlite3")
    for leftover in (encrypted.with_name(encrypted.name + s) for s in (".keys", ".recovery")):
        leftover.unlink(missing_ok=True)

    from puskesos_desktop.services.access import Access
    from puskesos_desktop.settings import Settings

    access = Access(Settings.from_args(str(encrypted)))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    plan = access.prepare_upgrade(ADMIN_USER, ADMIN_PASSWORD)
    seconds, services = timed(lambda: access.convert(plan))
    services.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"convert {source.stat().st_size / 1e6:.0f} MB ({args.dataset}): {seconds:.1f} s, peak RSS {peak:.0f} MB "
          f"(before {before / 1024:.0f} MB)")

    unlock = {True: [], False: []}
    for _ in range(args.repeats):
        for kind in (False, True):
            elapsed, services = timed(lambda k=kind: _services(encrypted if k else plain, k))
            unlock[kind].append(elapsed)
            services.close()
    print(f"unlock (sign-in + open): encrypted median {median(unlock[True]) * 1000:.0f} ms, "
          f"p95 {p95(unlock[True]) * 1000:.0f} ms; plaintext {median(unlock[False]) * 1000:.0f} ms "
          f"(ratio {median(unlock[True]) / median(unlock[False]):.2f})")

    results = {}
    for kind in (False, True):
        services = _services(encrypted if kind else plain, kind)
        _search_and_save(services, 1, seed=1)  # warm the cache as a working session would be
        results[kind] = _search_and_save(services, args.repeats * 3, seed=2)
        services.close()
    for label, index in (("search", 0), ("save", 1)):
        enc, pla = results[True][index], results[False][index]
        if enc and pla:
            print(f"{label} p95: encrypted {p95(enc) * 1000:.1f} ms, plaintext {p95(pla) * 1000:.1f} ms "
                  f"(ratio {p95(enc) / p95(pla):.2f}; {len(enc)} samples each)")
        else:
            print(f"{label}: not measured (no such service call)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
