"""No plaintext on disk (issue 10 §4): the main operations leave no NIK, No KK or name in any file.

Every per-user and temporary folder (HOME, TMPDIR, the XDG folders, APPDATA …) points into one test
folder; the desa keeps its database in the default per-user data folder. The command line then
does what an office does in a day — set up both sides, import a household list, search, print a
referral letter, carry the bundles both ways, check, convert and upgrade an old database — and
every file left in the folder is scanned for the people's numbers and names (as UTF-8 and UTF-16,
inside ZIP members too). Only the files the user asked for are exempt: the list fed to the import
and the letter PDF. A plain SQLite file is a failure in itself. docs/decisions.md, "No plaintext
on disk (issue 10 §4)".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.db.test_upgrade import NEXT_REVISION
from tests.plaintext_scan import NO_KK, PEOPLE, REJECTED, leaks_in, scan

REPO = Path(__file__).resolve().parents[2]
BASELINE_DB = REPO / "tests" / "fixtures" / "puskesos-0001_baseline.sqlite3"
DESA, KAB = "3201052009", "3201"
ADMIN, ADMIN_PASSWORD = "admin", "rahasia-admin"  # the baseline fixture's admin has this password too


class Cli:
    """`python -m puskesos_desktop` with every per-user and temporary folder inside `root`."""

    def __init__(self, root: Path) -> None:
        home, tmp = root / "home", root / "tmp"
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("PUSKESOS_", "XDG_")) and k not in ("APPDATA", "LOCALAPPDATA")}
        self.env.update(
            HOME=str(home), USERPROFILE=str(home), TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp),
            XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local" / "state"),
            APPDATA=str(home / "AppData" / "Roaming"), LOCALAPPDATA=str(home / "AppData" / "Local"),
            PUSKESOS_USER=ADMIN, PUSKESOS_PASSWORD=ADMIN_PASSWORD,
        )
        for folder in (home, tmp):
            folder.mkdir(parents=True, exist_ok=True)

    def run(self, *args: str, stdin: str = "", code: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        command = [sys.executable, *(["-c", code] if code else ["-m", "puskesos_desktop"]), *args]
        return subprocess.run(command, input=stdin, capture_output=True, text=True, env={**self.env, **(env or {})},
                              cwd=REPO,
                              timeout=120, check=False)

    def json(self, *args: str, stdin: str = "", code: str | None = None) -> dict:
        done = self.run(*(args if code else ("--json", *args)), stdin=stdin, code=code)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return json.loads(done.stdout)

    def together(self, *calls: tuple[tuple[str, ...], dict]) -> list[dict]:
        """`json` calls side by side, each (arguments, keywords); their results in order."""
        with ThreadPoolExecutor(max_workers=len(calls)) as pool:
            return list(pool.map(lambda call: self.json(*call[0], **call[1]), calls))


# Run in a child with the same environment: a referral made and approved through the services (the
# command line has no command for it), as the window would.
MAKE_REFERRAL = """
import json, sys
from puskesos_desktop.core.referral_model import ReferralDraft
from puskesos_desktop.services.access import Access
from puskesos_desktop.settings import Settings

sv = Access(Settings.from_args(None, None)).sign_in("admin", "rahasia-admin")
try:
    person_id = sys.argv[1]
    draft = sv.referrals.create_draft(ReferralDraft(person_id=person_id, service_code="PBI_JK", reason="KIS tidak aktif"))
    print(json.dumps({"id": sv.referrals.approve(draft.id).id}))
finally:
    sv.close()
"""

# A later release with one more migration: the desa's next start upgrades its (encrypted) database,
# copying it to backups/ first.
LATER_RELEASE = """
import sys
from pathlib import Path
from puskesos_desktop import paths
from puskesos_desktop.cli import run

paths.migrations_dir = lambda: Path(sys.argv[1])
sys.exit(run(sys.argv[2:]))
"""


def _household_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir", "dusun"])
    for nik, name, relationship, sex, born in (*PEOPLE, REJECTED):
        sheet.append([NO_KK, nik, name, relationship, sex, born, "Cibodas"])
    for column in "AB":  # numbers as text, the way the import template asks for them
        for cell in sheet[column]:
            cell.number_format = "@"
    book.save(path)
    return path


@pytest.fixture(scope="module")
def day_at_the_office(tmp_path_factory) -> dict:
    """The whole day, once: the folder it ran in, the files the user asked for, and what came back.
    Commands that do not depend on each other run side by side (start-up and sign-in dominate)."""
    from puskesos_desktop import paths
    from puskesos_desktop.db.migrate import head_revision

    root = tmp_path_factory.mktemp("office")
    cli = Cli(root)
    mine, stick, kab_db, old_db = root / "documents", root / "stick", root / "kab" / "kab.sqlite3", root / "old" / "lama.sqlite3"
    for folder in (mine, stick, kab_db.parent, old_db.parent):
        folder.mkdir()
    kab = ("--db", str(kab_db))
    key, enrollment = root / "kabupaten.pub.json", root / "desa.enroll.json"
    admin = ("--admin", ADMIN)
    password = {"stdin": ADMIN_PASSWORD + "\n"}
    listing, letter = _household_list(mine / "daftar-keluarga.xlsx"), mine / "surat.pdf"
    shutil.copy(BASELINE_DB, old_db)

    # Meanwhile, on the side: a database from the first release is converted (encrypted) by
    # `encrypt`, and upgraded on the way.
    aside = ThreadPoolExecutor(max_workers=1)
    converted = aside.submit(cli.json, "--db", str(old_db), "encrypt")
    # Set-up of the kabupaten.
    cli.json(*kab, "init", "kabupaten", "--kab-code", KAB, "--name", "Dinas Sosial Kabupaten Bogor",
             "--public-key-out", str(key), *admin, **password)
    # The desa, in the default per-user folder; enrollment, and the registry imported.
    cli.json("init", "desa", "--desa-code", DESA, "--name", "Puskesos Bojong Koneng", "--kabupaten-key", str(key),
             "--enrollment-out", str(enrollment), *admin, **password)
    _, imported = cli.together((kab + ("hub", "enroll", str(enrollment)), {}),
                               (("household", "import", str(listing)), {}))
    assert imported["persons_created"] == len(PEOPLE) and len(imported["rejected"]) == 1, imported
    rejects = Path(imported["rejects_file"])
    assert rejects.parent == mine, "the rejected rows go beside the list, where the user looks"

    # Searches by name and NIK, one household shown; a referral made and approved meanwhile, and a
    # sign-in with a NIK typed as the user name (remembered in the key file until the next sign-in).
    [household] = cli.json("household", "search", "zulaikha prameswari")["households"]
    person = next(m for m in household["members"] if m["nik"] == PEOPLE[1][0])
    with ThreadPoolExecutor(max_workers=4) as pool:
        wrong = pool.submit(cli.run, "check", env={"PUSKESOS_USER": PEOPLE[0][0], "PUSKESOS_PASSWORD": PEOPLE[0][1]})
        by_nik, shown, referral = cli.together((("household", "search", PEOPLE[2][0]), {}),
                                               (("household", "show", household["id"]), {}),
                                               ((person["id"],), {"code": MAKE_REFERRAL}))
        assert wrong.result().returncode == 3
    assert [h["id"] for h in by_nik["households"]] == [household["id"]]
    assert {m["nik"] for m in shown["households"][0]["members"]} == {p[0] for p in PEOPLE}
    # Its letter, written where the user said.
    cli.json("referral", "letter", referral["id"], "--out", str(letter))
    assert letter.read_bytes().startswith(b"%PDF-")

    # The bundles, both ways.
    sent = cli.json("sync", "export", "--out", str(stick))
    assert sent["rows"] > len(PEOPLE)
    assert cli.json(*kab, "sync", "import", sent["path"])["files"][0]["status"] == "applied"
    back = cli.json(*kab, "sync", "export", "--desa-code", DESA, "--out", str(stick))
    returned, kab_check = cli.together((("sync", "import", back["path"]), {}), (kab + ("check",), {}))
    assert returned["files"][0]["status"] == "applied" and kab_check["ok"]

    # `check` at the desa, by the next release, which has one more migration: the encrypted database
    # is copied to backups/ before its upgrade.
    migrations = root / "next-release" / "migrations"
    shutil.copytree(paths.migrations_dir(), migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_test_probe.py").write_text(
        NEXT_REVISION.replace("{head}", head_revision()), encoding="utf-8")
    assert cli.json(str(migrations), "--json", "check", code=LATER_RELEASE)["ok"]
    assert converted.result()["encrypted"] is True
    aside.shutdown()
    return {"root": root, "exempt": {listing, rejects, letter}, "letter": letter, "referral": referral["id"], "bundles": [Path(sent["path"]).name, Path(back["path"]).name],
            "backups": sorted((root / "home" / ".local" / "share" / "PuskesosDesktop" / "backups").iterdir())}


def test_no_file_left_behind_holds_a_nik_a_no_kk_or_a_name(day_at_the_office):
    root = day_at_the_office["root"]
    assert any(p.suffix == ".pskbak" for p in day_at_the_office["backups"]), "the upgrade made its backup"
    problems = scan(root, day_at_the_office["exempt"])
    assert problems == [], "personal data on disk:\n" + "\n".join(problems)


def test_the_scan_finds_the_data_in_the_files_the_user_asked_for(day_at_the_office):
    """It is not blind: the list fed in (an XLSX is a ZIP), the rejected rows and the letter are found."""
    root = day_at_the_office["root"]
    found = "\n".join(scan(root))
    for path in day_at_the_office["exempt"]:
        assert str(path.relative_to(root)) in found, path
    assert "'zulaikha prameswari' (name, utf-8)" in found and "'wiryawan sastrodiharjo' (name, utf-8)" in found
    assert "documents/surat.pdf: a PDF document" in found


def test_bundle_file_names_carry_no_personal_data(day_at_the_office):
    names = day_at_the_office["bundles"]
    assert len(names) == 2
    for name in names:
        assert not leaks_in(name.encode()), name


def test_the_letters_qr_codes_carry_no_personal_data(day_at_the_office, tmp_path):
    """What a phone or a USB scanner reads from the letter and its return slip: the referral and its code."""
    from tests.pdf_tools import pdf_text, qr_codes

    letter = day_at_the_office["letter"]
    assert "ZULAIKHA PRAMESWARI" in pdf_text(letter)  # the letter itself names the person, of course
    payloads = qr_codes(letter, 1, tmp_path) + qr_codes(letter, 2, tmp_path)
    assert len(payloads) == 2 and all(p.startswith(f"PUSKESOS:REF:{day_at_the_office['referral']}:") for p in payloads)
    assert [leaks_in(p.encode()) for p in payloads] == [[], []]
