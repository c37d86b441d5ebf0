"""In-process scenarios (search, save, import), each timed next to its raw-sqlite3 baseline."""

from __future__ import annotations

import csv
import datetime as dt
import random
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .common import build, copy_db, raw_connect, sign_in, timed
from .dataset import BIG_DB, DESA_DB, IMPORT_CSV

SEARCH_LIMIT = 50  # Settings.search_limit


@dataclass
class Result:
    name: str
    what: str
    target_s: float
    target_kind: str  # "median" or "p95": which figure the target applies to
    unit: str = "s"  # "s" (shown in ms or s) or "MB"
    samples: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    note: str = ""


# ---- search ------------------------------------------------------------------------------------
def _sample(conn: sqlite3.Connection, sql: str, table: str, n: int, rng: random.Random) -> list[str]:
    """`n` values from rows picked by a seeded random rowid (the same queries on every run)."""
    top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    out: list[str] = []
    while len(out) < n:
        row = conn.execute(sql, (rng.randint(1, top),)).fetchone()
        if row and row[0]:
            out.append(row[0])
    return out


def _search_queries(conn: sqlite3.Connection, per_kind: int, rng: random.Random) -> dict[str, list[str]]:
    """Realistic queries drawn from the data: prefixes of real NIKs / No KKs, name words as typed."""
    niks = _sample(conn, "SELECT nik FROM person WHERE rowid = ?", "person", per_kind, rng)
    kks = _sample(conn, "SELECT no_kk FROM household WHERE rowid = ?", "household", per_kind, rng)
    names = _sample(conn, "SELECT name FROM person WHERE rowid = ?", "person", per_kind, rng)
    name_queries = []
    for i, name in enumerate(names):
        words = name.lower().split()
        style = i % 4
        if style == 0 or len(words) == 1:
            name_queries.append(words[0])                        # one whole word: "siti"
        elif style == 1:
            name_queries.append(f"{words[0]} {words[-1]}")       # given + family: "agus saputra"
        elif style == 2:
            name_queries.append(f"{words[-1]} {words[0][:3]}")   # any order, partial: "saputra agu"
        else:
            name_queries.append(words[-1][:4])                   # a partial word: "sapu"
    return {
        "nik": [n[: rng.randint(8, 14)] for n in niks],
        "kk": [k[: rng.randint(8, 14)] for k in kks],
        "name": name_queries,
    }


def _upper(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def raw_search(conn: sqlite3.Connection, text: str) -> list[tuple]:
    """The same work as SearchService.search in hand-written SQL: hits, their households and members."""
    from puskesos_desktop.core.identity import clean_number
    from puskesos_desktop.core.names import query_keys

    digits = clean_number(text.strip())
    if digits.isdigit():
        hits = conn.execute("SELECT id, household_id FROM person WHERE nik >= ? AND nik < ? AND deleted = 0 "
                            "LIMIT ?", (digits, _upper(digits), SEARCH_LIMIT)).fetchall()
        kk = [r[0] for r in conn.execute("SELECT id FROM household WHERE no_kk >= ? AND no_kk < ? AND deleted = 0 "
                                         "LIMIT ?", (digits, _upper(digits), SEARCH_LIMIT))]
    else:
        keys = list(dict.fromkeys(k for k in query_keys(text) if k))
        part = "SELECT person_id FROM search_term WHERE term >= ? AND term < ?"
        if len(keys) == 1:
            inner, args = part + " LIMIT ?", [keys[0], _upper(keys[0]), SEARCH_LIMIT * 4]
        else:
            inner = " INTERSECT ".join([part] * len(keys))
            args = [v for k in keys for v in (k, _upper(k))]
        hits = conn.execute(f"SELECT id, household_id FROM person WHERE id IN ({inner}) LIMIT ?",
                            (*args, SEARCH_LIMIT)).fetchall()
        kk = []
    ids = list(dict.fromkeys([h for _, h in hits] + kk))[:SEARCH_LIMIT]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    households = conn.execute(f"SELECT * FROM household WHERE id IN ({marks})", ids).fetchall()
    members = conn.execute(f"SELECT * FROM person WHERE household_id IN ({marks}) ORDER BY household_id, id", ids).fetchall()
    return [households, members]


def search(per_kind: int, db: Path = BIG_DB) -> list[Result]:
    services = build(db)
    conn = raw_connect(db)
    try:
        queries = _search_queries(conn, per_kind, random.Random(7))
        people = conn.execute("SELECT count(*) FROM person WHERE deleted = 0").fetchone()[0]
        results = []
        labels = {"nik": "NIK prefix (8–14 digits)", "kk": "No KK prefix (8–14 digits)",
                  "name": "name words (whole, pair, reversed+partial, partial)"}
        for kind, texts in queries.items():
            r = Result(f"search_{kind}", f"{labels[kind]} over {people:,} people; {len(texts)} queries",
                       0.050, "p95")
            services.search.search(texts[0]), raw_search(conn, texts[0])  # warm the caches once
            for text in texts:
                seconds, hits = timed(lambda: services.search.search(text))
                r.samples.append(seconds)
                r.baseline.append(timed(lambda: raw_search(conn, text))[0])
            results.append(r)
        return results
    finally:
        conn.close()
        services.close()


# ---- save a household with 5 members --------------------------------------------------------------
def _drafts(rng: random.Random, used_nik: set[str], used_kk: set[str]):
    from puskesos_desktop.core.model import HouseholdDraft, Housing, PersonDraft

    def unique(prefix: str, used: set[str]) -> str:
        while (value := f"{prefix}{rng.randint(1, 9999):04d}") in used:
            pass
        used.add(value)
        return value

    def birth(low: int, high: int) -> dt.date:
        return dt.date.today() - dt.timedelta(days=rng.randint(low * 365, high * 365))

    reg = birth(0, 10)
    household = HouseholdDraft(
        no_kk=unique(f"320105{reg:%d%m%y}", used_kk), address="Jl. Raya No. 7", rt="003", rw="002",
        dusun="KRAJAN", dtsen_status="terdaftar", dtsen_id="123456789012", desil=2, programs=("PKH",),
        housing=Housing(36.0, "milik_sendiri", "semen", "tembok", "genteng", "sumur_bor", "sendiri", "pln_900"),
        consent=True, consent_date=dt.date.today(),
    )
    members = []
    for relationship, sex, low, high, given in (
        ("KEPALA KELUARGA", "L", 30, 60, "Bambang Sutrisno"), ("ISTRI", "P", 28, 55, "Siti Aminah"),
        ("ANAK", "L", 5, 18, "Rizki Pratama"), ("ANAK", "P", 2, 15, "Putri Lestari"),
        ("ORANGTUA", "P", 65, 85, "Sumarni"),
    ):
        b = birth(low, high)
        day = b.day + (40 if sex == "P" else 0)
        members.append(PersonDraft(
            nik=unique(f"320105{day:02d}{b:%m%y}", used_nik), name=given, relationship=relationship,
            sex=sex, birth_date=b, birth_place="BOGOR", marital_status="KAWIN" if relationship != "ANAK" else "BELUM KAWIN",
            religion="ISLAM", education="SLTA/SEDERAJAT", occupation="PETANI/PEKEBUN" if low >= 18 else "PELAJAR/MAHASISWA",
        ))
    return household, tuple(members)


def _raw_copy_of_saved(conn: sqlite3.Connection, household_id: str) -> None:
    """Inserts a copy of the rows the service just wrote, in one transaction, and bumps the counter."""
    import uuid

    def rows(sql: str, *args) -> list[dict]:
        cur = conn.execute(sql, args)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    household = rows("SELECT * FROM household WHERE id = ?", household_id)[0]
    people = rows("SELECT * FROM person WHERE household_id = ?", household_id)
    terms = rows("SELECT * FROM search_term WHERE household_id = ?", household_id)
    audit = rows("SELECT * FROM audit_log WHERE entity_id = ?", household_id)
    new_h = str(uuid.uuid4())
    person_ids = {p["id"]: str(uuid.uuid4()) for p in people}

    def insert(table: str, row: dict) -> None:
        cols = ",".join(f'"{c}"' for c in row)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({','.join('?' * len(row))})", tuple(row.values()))

    def run() -> None:
        conn.execute("BEGIN")
        conn.execute("UPDATE sync_origin SET last_seq = last_seq + 1 WHERE is_local = 1")
        insert("household", {**household, "id": new_h})
        for p in people:
            insert("person", {**p, "id": person_ids[p["id"]], "household_id": new_h})
        for t in terms:
            insert("search_term", {**t, "person_id": person_ids[t["person_id"]], "household_id": new_h})
        for a in audit:
            insert("audit_log", {**a, "id": str(uuid.uuid4()), "entity_id": new_h})
        conn.execute("COMMIT")
    return timed(run)[0]


def save(repeats: int, source: Path = BIG_DB) -> list[Result]:
    db = copy_db(source, "save.sqlite3")
    services = build(db)
    sign_in(services)
    conn = raw_connect(db)
    try:
        used_nik = {r[0] for r in conn.execute("SELECT nik FROM person")}
        used_kk = {r[0] for r in conn.execute("SELECT no_kk FROM household")}
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
        rng = random.Random(11)
        r = Result("save_household", f"households.create(draft, 5 members) into {people:,} people; "
                   f"{repeats} saves, synchronous=FULL", 0.050, "p95")
        services.households.create(*_drafts(rng, used_nik, used_kk))  # warm-up, not counted
        for _ in range(repeats):
            draft, members = _drafts(rng, used_nik, used_kk)
            seconds, saved = timed(lambda: services.households.create(draft, members))
            r.samples.append(seconds)
            r.baseline.append(_raw_copy_of_saved(conn, saved.id))
        return [r]
    finally:
        conn.close()
        services.close()


# ---- import 10,000 rows ----------------------------------------------------------------------------
def _raw_import(db: Path, csv_path: Path) -> float:
    """Read the CSV and executemany its rows (households, people, search terms) in one transaction."""
    import uuid

    from puskesos_desktop.core.names import name_keys

    conn = raw_connect(db)
    try:
        def run() -> None:
            with csv_path.open(newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            origin = conn.execute("SELECT id FROM sync_origin WHERE is_local = 1").fetchone()[0]
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
            conn.execute("BEGIN")
            conn.execute("UPDATE sync_origin SET last_seq = last_seq + 1 WHERE id = ?", (origin,))
            seq = conn.execute("SELECT last_seq FROM sync_origin WHERE id = ?", (origin,)).fetchone()[0]
            households: dict[str, str] = {}
            h_rows, p_rows, t_rows = [], [], []
            for row in rows:
                hid = households.get(row["no_kk"])
                if hid is None:
                    hid = households[row["no_kk"]] = str(uuid.uuid4())
                    h_rows.append((hid, origin, seq, 0, "0" * 64, now, now, row["no_kk"], row["alamat"],
                                   row["rt"], row["rw"], row["dusun"], row["nama"].upper()))
                pid = str(uuid.uuid4())
                p_rows.append((pid, origin, seq, 0, "0" * 64, now, now, hid, row["nik"], row["nama"].upper(),
                               row["hubungan"], row["jenis_kelamin"], row["tanggal_lahir"], "hidup"))
                t_rows += [(k, pid, hid) for k in dict.fromkeys(name_keys(row["nama"]))]
            conn.executemany("INSERT INTO household (id, origin_id, seq, deleted, content_hash, created_at, updated_at, "
                             "no_kk, address, rt, rw, dusun, head_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", h_rows)
            conn.executemany("INSERT INTO person (id, origin_id, seq, deleted, content_hash, created_at, updated_at, "
                             "household_id, nik, name, relationship, sex, birth_date, life_status) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", p_rows)
            conn.executemany("INSERT INTO search_term (term, person_id, household_id) VALUES (?,?,?)", t_rows)
            conn.execute("COMMIT")
        return timed(run)[0]
    finally:
        conn.close()


def import_csv(repeats: int, source: Path = DESA_DB, csv_path: Path = IMPORT_CSV) -> list[Result]:
    r = Result("import_10000", f"importer.run(10,000-row CSV, ~2,500 households) into the 2,000-household desa; "
               f"{repeats} runs, each on a fresh copy", 10.0, "median")
    for i in range(repeats):
        db = copy_db(source, f"import-{i}.sqlite3")
        services = build(db)
        sign_in(services)
        try:
            seconds, report = timed(lambda: services.importer.run(csv_path))
            assert report.persons_created == 10_000 and not report.rejected, report
        finally:
            services.close()
        r.samples.append(seconds)
        r.baseline.append(_raw_import(copy_db(source, f"import-raw-{i}.sqlite3"), csv_path))
    return [r]
