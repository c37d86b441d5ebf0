"""The command line end to end (DESIGN.md §6): `python -m puskesos_desktop` on a real database."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import copy_installation, open_encrypted

ROOT = Path(__file__).resolve().parents[2]
DESA = "3201052009"
ADMIN, ADMIN_PASSWORD = "admin", "rahasia-admin"
IMPORT_HEADER = ["no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir", "dusun"]
IMPORT_ROWS = [
    ["3201051511200001", "3201051505900001", "Muhamad Joko", "KEPALA KELUARGA", "L", "15-05-1990", "Krajan"],
    ["3201051511200001", "3.20106E+15", "Siti Aisyah", "ISTRI", "P", "15-07-1992", "Krajan"],
    ["3201051511200001", "3201050203150002", "Rizki Pratama", "ANAK", "L", "2015-03-02", "Krajan"],
]


class Cli:
    """Runs the application as a user would, on one database (a file or a URL)."""

    def __init__(self, tmp_path: Path, where: list[str]) -> None:
        self.where = where
        self.env = {k: v for k, v in os.environ.items() if k != "PUSKESOS_DB_URL"}
        # Per-user folders (backups, logs) go under the test's own directory, never the real home.
        self.env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
                        XDG_STATE_HOME=str(tmp_path / "state"), XDG_CONFIG_HOME=str(tmp_path / "config"))
        # Signed in as the first administrator, the way the kabupaten's scripts do (README).
        self.env.update(PUSKESOS_USER=ADMIN, PUSKESOS_PASSWORD=ADMIN_PASSWORD)

    def __call__(self, *args: str, stdin: str = "", where: list[str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "puskesos_desktop", *(self.where if where is None else where), *args],
            input=stdin, capture_output=True, text=True, env=self.env, cwd=ROOT, timeout=120,
        )

    def init(self, *args: str, json_output: bool = False) -> subprocess.CompletedProcess:
        """`init …` with the first administrator (its password on stdin)."""
        return self(*(["--json"] if json_output else []), "init", *args, "--admin", ADMIN, stdin=ADMIN_PASSWORD + "\n")

    def concurrently(self, *calls: tuple[list[str], str]) -> list[subprocess.CompletedProcess]:
        """Runs independent commands side by side (start-up dominates; the suite stays fast)."""
        with ThreadPoolExecutor(max_workers=len(calls)) as pool:
            return list(pool.map(lambda call: self(*call[0], stdin=call[1]), calls))

    def json(self, *args: str, stdin: str = "") -> dict:
        done = self("--json", *args, stdin=stdin)
        assert done.returncode == 0, done.stderr
        assert done.stdout.count("\n") == 1, done.stdout  # one JSON object on stdout and nothing else
        return json.loads(done.stdout)


def rejected(done: subprocess.CompletedProcess) -> str:
    """Exit 3 with one clear line on stderr; returns that line."""
    assert done.returncode == 3, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("puskesos: "), done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def desa_db(tmp_path_factory) -> Path:
    """A desa set up and given two demo households by the command line, once; each test copies it."""
    home = tmp_path_factory.mktemp("desa")
    db = home / "desa.sqlite3"
    cli = Cli(home, ["--db", str(db)])
    assert cli.init("desa", "--desa-code", DESA, "--name", "Puskesos Bojong Koneng").returncode == 0
    assert cli("demo-data", "--households", "2", "--seed", "3").returncode == 0
    return db


@pytest.fixture
def fresh_cli(tmp_path) -> Cli:
    """A database file that does not exist yet."""
    return Cli(tmp_path, ["--db", str(tmp_path / "puskesos.sqlite3")])


@pytest.fixture
def desa_cli(desa_db, tmp_path) -> Cli:
    db = tmp_path / "puskesos.sqlite3"
    copy_installation(desa_db, db)
    return Cli(tmp_path, ["--db", str(db)])


@pytest.fixture
def cli(request, backend, tmp_path) -> Cli:
    if backend == "sqlite":
        return Cli(tmp_path, ["--db", str(tmp_path / "puskesos.sqlite3")])
    return Cli(tmp_path, ["--db-url", request.getfixturevalue("pg_url")])


def table_counts(db: Path) -> dict[str, int]:
    conn = open_encrypted(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("office", "operator", "household", "person", "sync_origin")}
    finally:
        conn.close()


def test_a_desa_from_init_to_check(cli, tmp_path):
    done = cli.init("desa", "--desa-code", "32.01.05.2009", "--name", "Puskesos Bojong Koneng")
    assert done.returncode == 0 and "Bojong Koneng" in done.stdout and done.stderr == ""

    assert cli("operator", "add", "--username", "siti", "--role", "operator", stdin="kata-sandi-siti\n").returncode == 0

    demo = cli.json("demo-data", "--households", "3", "--seed", "1")
    assert demo["households"] == 3 and demo["persons"] >= 3

    path = tmp_path / "daftar.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=";").writerows([IMPORT_HEADER, *IMPORT_ROWS])
    done = cli("household", "import", str(path))
    assert done.returncode == 0, done.stderr
    assert "ditolak 1" in done.stdout and "baris 3, kolom nik" in done.stdout and "Excel" in done.stdout
    assert (tmp_path / "daftar_ditolak.csv").exists()

    found = cli.json("household", "search", "moehammad djoko")
    [household] = found["households"]
    assert household["no_kk"] == "3201051511200001"  # full numbers in JSON, never masked
    assert [(m["nik"], m["name"]) for m in household["members"]] == [
        ("3201051505900001", "MUHAMAD JOKO"), ("3201050203150002", "RIZKI PRATAMA")]
    assert all(len(m["id"]) == 36 for m in household["members"])

    shown = cli.json("household", "show", household["id"])
    assert shown["households"] == found["households"]

    report = cli.json("check")
    assert report["ok"] is True and report["problems"] == [] and report["rows_checked"] >= demo["persons"] + 3


def test_plain_output_and_nik_search(desa_cli, desa_db):
    done = desa_cli("household", "search", "3201")
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.strip().splitlines()) == 2  # one line per household
    assert desa_cli("check").stdout.strip() == "Basis data sehat."


def test_import_dry_run_and_reimport_change_nothing(desa_cli, tmp_path):
    cli = desa_cli
    path = tmp_path / "daftar.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([IMPORT_HEADER, IMPORT_ROWS[0], IMPORT_ROWS[2]])
    before = table_counts(tmp_path / "puskesos.sqlite3")
    preview = cli.json("household", "import", str(path), "--dry-run")
    assert (preview["persons_created"], preview["applied"]) == (2, False)
    assert table_counts(tmp_path / "puskesos.sqlite3") == before
    first = cli.json("household", "import", str(path))
    with closing(open_encrypted(tmp_path / "puskesos.sqlite3")) as conn:
        seq = conn.execute("SELECT last_seq FROM sync_origin").fetchone()
    again = cli.json("household", "import", str(path))
    assert (first["persons_created"], again["persons_created"], again["unchanged"]) == (2, 0, 2)
    with closing(open_encrypted(tmp_path / "puskesos.sqlite3")) as conn:
        assert conn.execute("SELECT last_seq FROM sync_origin").fetchone() == seq


def test_usage_errors_exit_2(fresh_cli, tmp_path):
    usage = (["frobnicate"], ["init", "desa", "--name", "Tanpa kode"], ["--db-url", "sqlite://", "check"])
    for args, done in zip(usage, fresh_cli.concurrently(*((args, "") for args in usage))):
        assert done.returncode == 2, (args, done.stderr)
        assert done.stdout == "" and "penggunaan" in done.stderr
    assert not (tmp_path / "puskesos.sqlite3").exists()


def test_a_command_before_init_is_rejected(fresh_cli):
    assert "init" in rejected(fresh_cli("household", "search", "joko"))


def test_a_bad_desa_code_is_rejected_and_changes_nothing(fresh_cli, tmp_path):
    line = rejected(fresh_cli.init("desa", "--desa-code", "3201059999", "--name", "Puskesos"))
    assert "3201059999" in line
    assert sorted(p.name for p in tmp_path.glob("puskesos.sqlite3*")) == []  # no database, no key file


REJECTED = [  # (arguments, stdin, what the one line on stderr says)
    (["init", "desa", "--desa-code", DESA, "--name", "Lagi", "--admin", "lagi"], "x" * 12 + "\n", "sudah disiapkan"),
    (["household", "import", "tidak-ada.csv"], "", "tidak ditemukan"),
    (["operator", "add", "--username", "siti", "--role", "operator"], "pendek\n", "Kata sandi"),
    (["household", "show", "0190a3c4-0000-7000-8000-000000000000"], "", "tidak ditemukan"),
    (["demo-data", "--households", "0"], "", "--households"),
]


def test_rejected_input_exits_3_and_changes_nothing(desa_cli, tmp_path):
    before = table_counts(tmp_path / "puskesos.sqlite3")
    results = desa_cli.concurrently(*((args, stdin) for args, stdin, _ in REJECTED))
    for (args, _, says), done in zip(REJECTED, results):
        assert says in rejected(done), args
    assert table_counts(tmp_path / "puskesos.sqlite3") == before


def test_check_exits_3_when_the_database_was_tampered_with(desa_cli, tmp_path):
    with closing(open_encrypted(tmp_path / "puskesos.sqlite3")) as conn:
        conn.execute("UPDATE household SET address = 'diubah' WHERE rowid = 1")
    done = desa_cli("--json", "check")
    assert done.returncode == 3
    report = json.loads(done.stdout)
    assert report["ok"] is False and any("content hash" in p for p in report["problems"])


def _referrals_in(db: Path) -> tuple[str, str]:
    """A draft and an approved referral for the first demo person, made through the services."""
    from puskesos_desktop.core.referral_model import ReferralDraft
    from puskesos_desktop.services.access import Access
    from puskesos_desktop.settings import Settings

    sv = Access(Settings.from_args(str(db), None)).sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        person = sv.households.get(sv.households.page(0, 1)[0].id).members[0]
        draft = ReferralDraft(person_id=person.id, service_code="PBI_JK", reason="KIS PBI tidak aktif")
        pending = sv.referrals.create_draft(draft)
        done = sv.referrals.approve(sv.referrals.create_draft(draft).id)
        return pending.id, done.id
    finally:
        sv.close()


def test_referral_list_and_letter(desa_cli, tmp_path):
    db = Path(desa_cli.where[1])
    draft_id, approved_id = _referrals_in(db)
    listed = desa_cli.json("referral", "list")["referrals"]
    assert {r["id"] for r in listed} == {draft_id, approved_id}
    approved = next(r for r in listed if r["id"] == approved_id)
    assert approved["status"] == "disetujui" and approved["service"] == "PBI_JK"
    assert approved["letter_number"].startswith("400.9/001/PUSKESOS/") and approved["person_id"]
    assert [r["id"] for r in desa_cli.json("referral", "list", "--status", "draf")["referrals"]] == [draft_id]
    assert desa_cli("referral", "list", "--status", "entah").returncode == 2

    out = tmp_path / "surat.pdf"
    first = desa_cli.json("referral", "letter", approved_id, "--out", str(out))
    assert (first["print_number"], first["copy"]) == (1, False) and out.read_bytes().startswith(b"%PDF-")
    second = desa_cli.json("referral", "letter", approved_id, "--out", str(tmp_path / "salinan.pdf"))
    assert (second["print_number"], second["copy"]) == (2, True)
    assert desa_cli.json("referral", "list", "--status", "dicetak")["referrals"][0]["id"] == approved_id

    assert "belum disetujui" in rejected(desa_cli("referral", "letter", draft_id, "--out", str(tmp_path / "d.pdf")))
    assert not (tmp_path / "d.pdf").exists()
    assert "tidak ditemukan" in rejected(desa_cli("referral", "letter", "no-such-id", "--out", str(tmp_path / "n.pdf")))


def test_sync_from_init_to_return_bundle(tmp_path):
    """The command-line contract of issue 4: keys at init, enrollment, export, import, exit 3 on a bad file."""
    kab = Cli(tmp_path / "kab", ["--db", str(tmp_path / "kab.sqlite3")])
    desa = Cli(tmp_path / "desa", ["--db", str(tmp_path / "desa.sqlite3")])
    for folder in ("kab", "desa", "stick"):
        (tmp_path / folder).mkdir()
    key, enrollment, stick = tmp_path / "kabupaten.pub.json", tmp_path / "desa-enroll.json", tmp_path / "stick"

    made = json.loads(kab.init("kabupaten", "--kab-code", "3201", "--name", "Dinas Sosial Kabupaten Bogor",
                               "--public-key-out", str(key), json_output=True).stdout)
    assert len(made["fingerprint"]) == 19 and key.is_file()
    joined = json.loads(desa.init("desa", "--desa-code", DESA, "--name", "Puskesos Bojong Koneng",
                                  "--kabupaten-key", str(key), "--enrollment-out", str(enrollment),
                                  json_output=True).stdout)
    assert joined["kabupaten_fingerprint"] == made["fingerprint"]
    assert desa("demo-data", "--households", "3", "--seed", "1").returncode == 0

    enrolled = kab.json("hub", "enroll", str(enrollment))
    assert enrolled["region_code"] == DESA and enrolled["fingerprint"] == joined["fingerprint"]
    assert "sudah terdaftar" in rejected(kab("hub", "enroll", str(enrollment)))

    sent = desa.json("sync", "export", "--out", str(stick))
    assert sent["kind"] == "desa" and sent["rows"] > 10 and Path(sent["path"]).is_file()
    garbage = stick / "rusak.pskb"
    garbage.write_bytes(b"bukan berkas kiriman")
    done = kab("--json", "sync", "import", sent["path"], sent["path"], str(garbage))
    assert done.returncode == 3, done.stderr
    files = json.loads(done.stdout)["files"]
    assert [f["status"] for f in files] == ["applied", "duplicate", "rejected"]
    assert files[0]["reconciled"] is True and files[2]["reason"]

    back = kab.json("sync", "export", "--desa-code", DESA, "--out", str(stick))
    assert back["kind"] == "return"
    assert desa.json("sync", "import", back["path"])["files"][0]["status"] == "applied"
    own = kab("sync", "import", back["path"])  # encrypted for the desa: the kabupaten cannot open it
    assert own.returncode == 3 and "DITOLAK" in own.stdout
    assert desa("check").returncode == 0 and kab("check").returncode == 0


def test_a_successor_laptop_gets_its_desa_back_from_the_command_line(tmp_path):
    """Issue 11 §3: `init desa --replaces-lost`, `hub enroll FILE --replaces`, the return bundle brings it all."""
    kab = Cli(tmp_path / "kab", ["--db", str(tmp_path / "kab.sqlite3")])
    old = Cli(tmp_path / "lama", ["--db", str(tmp_path / "lama.sqlite3")])
    new = Cli(tmp_path / "baru", ["--db", str(tmp_path / "baru.sqlite3")])
    for folder in ("kab", "lama", "baru", "stick"):
        (tmp_path / folder).mkdir()
    key, stick = tmp_path / "kabupaten.pub.json", tmp_path / "stick"
    assert kab.init("kabupaten", "--kab-code", "3201", "--name", "Dinas Sosial Kabupaten Bogor",
                    "--public-key-out", str(key)).returncode == 0
    for cli, name, extra in ((old, "lama", ()), (new, "baru", ("--replaces-lost",))):
        done = cli.init("desa", "--desa-code", DESA, "--name", "Puskesos Bojong Koneng", "--kabupaten-key", str(key),
                        "--enrollment-out", str(tmp_path / f"{name}.json"), *extra)
        assert done.returncode == 0, done.stderr
    assert "pengganti" in done.stdout
    assert kab.json("hub", "enroll", str(tmp_path / "lama.json"))["successor_pending"] is False
    assert old("demo-data", "--households", "3", "--seed", "1").returncode == 0
    sent = old.json("sync", "export", "--out", str(stick))
    assert kab.json("sync", "import", sent["path"])["files"][0]["status"] == "applied"
    held = {h["no_kk"] for h in old.json("household", "search", "3201")["households"]}

    taken = kab.json("hub", "enroll", str(tmp_path / "baru.json"), "--replaces")
    assert taken["successor_pending"] is True and taken["origin_id"] == json.loads(
        (tmp_path / "lama.json").read_text())["origin_id"]
    back = kab.json("sync", "export", "--desa-code", DESA, "--out", str(stick))
    assert new.json("sync", "import", back["path"])["files"][0]["status"] == "applied"
    assert {h["no_kk"] for h in new.json("household", "search", "3201")["households"]} == held
    up = new.json("sync", "export", "--out", str(stick))
    assert kab.json("sync", "import", up["path"])["files"][0]["reconciled"] is True
    assert new("check").returncode == 0 and kab("check").returncode == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_example_file_passes_a_dry_run_import(desa_cli, tmp_path, suffix):
    from puskesos_desktop.services.import_template import write_template
    from puskesos_desktop.services.importer import OPTIONAL, REQUIRED

    path = write_template(tmp_path / f"contoh{suffix}", REQUIRED, OPTIONAL)
    preview = desa_cli.json("household", "import", str(path), "--dry-run")
    assert (preview["rows"], preview["rejected"], preview["persons_created"]) == (2, [], 2)


def test_audit_list_shows_who_saw_full_numbers_and_filters_by_action_and_date(desa_cli):
    assert desa_cli("household", "search", "3201").returncode == 0
    shown = desa_cli.json("audit", "list", "--action", "identifiers_shown")["audit"]
    assert [(e["action"], e["operator"], e["detail"]) for e in shown] == [
        ("identifiers_shown", ADMIN, "2 keluarga (household search)")]
    assert set(shown[0]) >= {"id", "at", "operator", "action", "entity", "entity_id", "detail", "origin",
                             "chain_seq", "row_hash"}
    everything = desa_cli.json("audit", "list", "--since", "2000-01-01")["audit"]
    assert {"setup", "login", "identifiers_shown"} <= {e["action"] for e in everything}
    assert [e["chain_seq"] for e in everything] == sorted((e["chain_seq"] for e in everything), reverse=True)
    assert desa_cli.json("audit", "list", "--since", "2999-01-01")["audit"] == []
    done = desa_cli("audit", "list", "--since", "kemarin")
    assert done.returncode == 2 and "TTTT-BB-HH" in done.stderr


@pytest.mark.postgres
def test_an_audit_row_edited_with_psql_fails_check_naming_it(pg_url, tmp_path):
    cli = Cli(tmp_path, ["--db-url", pg_url])
    assert cli.init("kabupaten", "--kab-code", "3201", "--name", "Dinas Sosial Kabupaten Bogor").returncode == 0
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:  # what an intruder with the server's superuser would type in psql
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            row = conn.execute(text("UPDATE audit_log SET detail = 'bukan apa-apa' WHERE chain_seq = 1 "
                                    "RETURNING id")).scalar_one()
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
    finally:
        engine.dispose()
    done = cli("--json", "check")
    assert done.returncode == 3
    problems = json.loads(done.stdout)["problems"]
    assert any("log audit" in p and "#1" in p and row in p for p in problems), problems


def test_household_json_keeps_its_shape_and_no_restricted_value_for_an_operator(desa_cli):
    """The JSON of `household search/show` names no PPKS category or illness at all (DESIGN §6 shape,
    unchanged); this keeps it so for a role that may not see them (issue 10 §7)."""
    from dataclasses import replace

    from puskesos_desktop.services.access import Access
    from puskesos_desktop.settings import Settings

    sv = Access(Settings.from_args(desa_cli.where[1], None)).sign_in(ADMIN, ADMIN_PASSWORD)
    try:
        household = sv.households.get(sv.households.page(0, 1)[0].id)
        head = household.members[0]
        sv.households.update_person(head.id, replace(head.draft(), ppks=("ODHA",), chronic_illness="Hepatitis B"))
        sv.operators.add("budi", "sandi-budi-123", "operator")
    finally:
        sv.close()
    as_admin = desa_cli.json("household", "show", household.id)
    desa_cli.env.update(PUSKESOS_USER="budi", PUSKESOS_PASSWORD="sandi-budi-123")
    as_operator = desa_cli.json("household", "show", household.id)
    assert as_operator == as_admin
    assert set(as_operator["households"][0]["members"][0]) == {"id", "nik", "name", "relationship", "sex", "birth_date"}
    found = desa_cli("--json", "household", "search", head.nik[:8])
    plain = desa_cli("household", "show", household.id)
    assert found.returncode == 0 and plain.returncode == 0 and head.nik in plain.stdout
    for output in (found.stdout, plain.stdout, json.dumps(as_operator)):
        assert "ODHA" not in output and "Hepatitis" not in output


def test_recovery_code_new_replaces_the_code_for_an_admin_only(desa_cli):
    first = desa_cli.json("recovery-code", "new")["recovery_code"]
    done = desa_cli("recovery-code", "new")
    assert done.returncode == 0 and done.stderr == "" and "Kode lama tidak berlaku lagi" in done.stdout
    [second] = re.findall(r"KODE PEMULIHAN BARU: (\S+)", done.stdout)
    assert second != first and len(second) == 34

    desa_cli.env.update(PUSKESOS_RECOVERY_CODE=first)
    assert "salah" in rejected(desa_cli("check"))  # the code before is no longer valid
    desa_cli.env.update(PUSKESOS_RECOVERY_CODE=second)
    assert desa_cli("check").returncode == 0
    assert desa_cli("operator", "add", "--username", "siti", "--role", "operator",
                    stdin="kata-sandi-siti\n").returncode == 0

    del desa_cli.env["PUSKESOS_RECOVERY_CODE"]
    desa_cli.env.update(PUSKESOS_USER="siti", PUSKESOS_PASSWORD="kata-sandi-siti")
    assert "tidak boleh" in rejected(desa_cli("--json", "recovery-code", "new"))
    desa_cli.env.update(PUSKESOS_USER=ADMIN, PUSKESOS_PASSWORD=ADMIN_PASSWORD)
    logged = desa_cli.json("audit", "list", "--action", "recovery_code_new")
    assert len(logged["audit"]) == 2 and not any(first in json.dumps(e) or second in json.dumps(e)
                                                 for e in logged["audit"])


def test_recovery_code_new_on_postgresql_says_there_is_none(pg_url, tmp_path):
    cli = Cli(tmp_path, ["--db-url", pg_url])
    assert cli.init("desa", "--desa-code", DESA, "--name", "Puskesos Bojong Koneng").returncode == 0
    assert "PostgreSQL" in rejected(cli("recovery-code", "new"))


def test_person_report_writes_the_pdf_of_one_nik(desa_cli, tmp_path):
    nik = desa_cli.json("household", "search", "3201")["households"][0]["members"][0]["nik"]
    out = tmp_path / "data-pribadi.pdf"
    done = desa_cli.json("person", "report", nik, "--out", str(out))
    assert {"person_id", "out", "entries", "access"} <= set(done) and out.read_bytes().startswith(b"%PDF")
    unknown = desa_cli("person", "report", "3201059999999999", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 3 and "NIK" in unknown.stderr and not (tmp_path / "x.pdf").exists()
    assert desa_cli("person", "report", nik).returncode == 2  # --out is required


# ---- psks (issue 12 §1) ----------------------------------------------------------------------------
PSKS_NIK = "3201051505900001"


def test_psks_add_prints_the_id_and_list_and_show_find_it(desa_cli):
    added = desa_cli("psks", "add", "--type", "PSM", "--name", "Siti Aminah", "--nik", PSKS_NIK, "--phone", "0812",
                     "--sk-number", "400.9/12/2024", "--sk-date", "2024-01-10")
    assert added.returncode == 0, added.stderr
    psks_id = added.stdout.strip()
    made = desa_cli.json("psks", "add", "--type", "lks", "--name", "LKS Harapan Bunda")
    assert set(made) >= {"id", "type", "name", "nik", "sk_number", "sk_date"} and made["type"] == "LKS"
    listed = desa_cli.json("psks", "list")["psks"]
    assert [p["id"] for p in listed] == [made["id"], psks_id]
    assert [p["id"] for p in desa_cli.json("psks", "list", "--type", "PSM")["psks"]] == [psks_id]
    shown = desa_cli.json("psks", "show", psks_id)
    assert (shown["id"], shown["nik"], shown["sk_date"], shown["name"]) == (
        psks_id, PSKS_NIK, "2024-01-10", "SITI AMINAH")
    text = desa_cli("psks", "list").stdout
    assert "SITI AMINAH" in text and PSKS_NIK not in text  # the NIK masked on screen


def test_psks_bad_input_exits_3_with_one_line(desa_cli):
    assert "NIK" in rejected(desa_cli("psks", "add", "--type", "PSM", "--name", "X", "--nik", "320105150590001"))
    assert desa_cli("psks", "add", "--type", "PSM", "--name", "Siti", "--nik", PSKS_NIK).returncode == 0
    taken = desa_cli("psks", "add", "--type", "TKSK", "--name", "Lain", "--nik", PSKS_NIK)
    assert "sudah terdaftar" in rejected(taken)
    assert "tidak dikenal" in rejected(desa_cli("psks", "add", "--type", "XYZ", "--name", "Lain"))
    assert "tidak ditemukan" in rejected(desa_cli("psks", "show", "tidak-ada"))
    done = desa_cli("psks", "add", "--type", "PSM", "--name", "Lain", "--sk-date", "10-01-2024")
    assert done.returncode == 2 and "TTTT-BB-HH" in done.stderr


def test_activity_add_and_list_by_month_psks_and_household(desa_cli):
    psks_id = desa_cli("psks", "add", "--type", "PSM", "--name", "Siti Aminah").stdout.strip()
    household_id = desa_cli.json("household", "search", "3201")["households"][0]["id"]
    added = desa_cli("activity", "add", "--kind", "penjangkauan", "--date", "2026-11-20", "--psks", psks_id,
                     "--household", household_id, "--note", "Lansia tinggal sendiri")
    assert added.returncode == 0, added.stderr
    second = desa_cli.json("activity", "add", "--kind", "kunjungan-rumah", "--date", "2026-10-02", "--psks", psks_id,
                           "--psks", psks_id, "--household", household_id)
    assert second["kind"] == "kunjungan_rumah" and second["psks"] == [psks_id]
    listed = desa_cli.json("activity", "list")["activities"]
    assert [x["id"] for x in listed] == [added.stdout.strip(), second["id"]]
    assert [x["id"] for x in desa_cli.json("activity", "list", "--month", "2026-10")["activities"]] == [second["id"]]
    assert len(desa_cli.json("activity", "list", "--psks", psks_id, "--household", household_id)["activities"]) == 2
    assert "masa depan" in rejected(desa_cli("activity", "add", "--kind", "penjangkauan", "--date", "2999-01-01",
                                             "--psks", psks_id, "--household", household_id))

