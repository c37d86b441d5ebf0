"""Encryption at rest and signing in before the database opens (services/access.py, db/keyfile.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from puskesos_desktop import paths
from puskesos_desktop.core import clock
from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.errors import AuthenticationError, PermissionDenied, PuskesosError
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.db import cipher, inuse
from puskesos_desktop.db.inuse import DatabaseInUse
from puskesos_desktop.db.keyfile import (
    KeyFile, KeyFileDamaged, TooManyAttempts, key_file_for, normalize_recovery_code, recovery_file_for,
)
from puskesos_desktop.services.access import Access, NeedsUpgrade, State
from puskesos_desktop.services.container import build_services
from puskesos_desktop.settings import Settings
from tests.conftest import ADMIN_PASSWORD, DESA_CODE, copy_installation
from tests.pdf_tools import pdf_text

NIK = "3201051505900001"


@pytest.fixture(scope="module")
def installation(tmp_path_factory):
    """A new encrypted desa with one household and a `pendata`, made once; each test copies it."""
    db = tmp_path_factory.mktemp("encrypted") / "desa.sqlite3"
    access = Access(Settings.from_args(str(db)))
    assert access.state() is State.NEW
    sv = access.create()
    sv.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"),
                        admin_username="admin", admin_password=ADMIN_PASSWORD)
    code = sv.keyring.take_recovery_code()
    assert sv.keyring.take_recovery_code() == ""  # shown once
    sv.operators.begin_session("admin")
    sv.operators.add("budi", "sandi-budi-1", "pendata")
    sv.demo.generate(2, 7)
    sv.close()
    return db, code


@pytest.fixture
def desa(installation, tmp_path):
    db = tmp_path / "desa.sqlite3"
    copy_installation(installation[0], db)
    return Access(Settings.from_args(str(db))), db, installation[1]


def test_the_file_is_unreadable_without_the_key_and_opens_with_a_password(desa):
    access, db, _ = desa
    assert access.state() is State.LOCKED and cipher.file_state(db) is cipher.FileState.ENCRYPTED
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM person").fetchone()
    for name in (db.name, db.name + ".keys", db.name + ".recovery"):
        assert NIK[:6].encode() not in (db.parent / name).read_bytes()
    sv = access.sign_in("Admin ", ADMIN_PASSWORD)
    try:
        assert sv.operators.current.username == "admin" and sv.households.page(0, 10)
    finally:
        sv.close()
    assert access.office_name() == "Puskesos Bojong Koneng"


def test_the_role_comes_with_the_sign_in(desa):
    access, _, _ = desa
    sv = access.sign_in("budi", "sandi-budi-1")
    try:
        with pytest.raises(PermissionDenied):
            sv.operators.add("orang", "sandi-orang-1", "admin")
    finally:
        sv.close()


def test_a_wrong_password_is_refused_counted_slowed_and_logged_at_the_next_sign_in(desa):
    access, db, _ = desa
    for _ in range(5):
        with pytest.raises(AuthenticationError, match="salah"):
            access.sign_in("admin", "bukan-ini")
    with pytest.raises(TooManyAttempts):  # the sixth waits, even with the right password, even after a restart
        Access(Settings.from_args(str(db))).sign_in("admin", ADMIN_PASSWORD)
    with clock.fixed(clock.now() + dt.timedelta(minutes=1)):
        sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        rows = sv.engine.connect().exec_driver_sql(
            "SELECT count(*) FROM audit_log WHERE action = 'login_failed'").scalar_one()
        assert rows == 5
    finally:
        sv.close()
    assert KeyFile.load(key_file_for(db)).failed == 0


def test_the_recovery_code_opens_as_administrator_as_typed(desa):
    access, _, code = desa
    with pytest.raises(AuthenticationError, match="salah ketik"):
        access.sign_in_with_recovery(code[:-1] + ("2" if code[-1] != "2" else "3"))
    sv = access.sign_in_with_recovery(code.lower().replace("-", " "))
    try:
        assert sv.operators.current.role.value == "admin"
        sv.operators.reset_password_of("budi", "sandi-baru-1")  # every password forgotten
    finally:
        sv.close()
    access.sign_in("budi", "sandi-baru-1").close()


@pytest.mark.parametrize("damage", ["truncate", "edit", "delete"])
def test_a_damaged_key_file_leaves_the_database_alone_and_the_recovery_code_working(desa, damage):
    access, db, code = desa
    keys = key_file_for(db)
    before = db.read_bytes()
    if damage == "truncate":
        keys.write_bytes(keys.read_bytes()[:40])
    elif damage == "edit":
        raw = json.loads(keys.read_text())
        raw["recovery"]["wrapped"] = raw["operators"]["admin"]["wrapped"]
        raw["operators"]["admin"]["salt"] = "AAAA"
        keys.write_text(json.dumps(raw))
    else:
        keys.unlink()
    with pytest.raises((KeyFileDamaged, AuthenticationError)):
        access.sign_in("admin", ADMIN_PASSWORD)
    assert db.read_bytes() == before
    sv = access.sign_in_with_recovery(code)
    try:
        if damage != "edit":  # the key file was made again, without operators: passwords are reset
            sv.operators.reset_password_of("admin", "sandi-admin-baru")
    finally:
        sv.close()


def test_a_copy_on_another_laptop_opens_only_with_a_password_or_the_code(desa, tmp_path):
    access, db, code = desa
    other = tmp_path / "lain" / "desa.sqlite3"
    other.parent.mkdir()
    other.write_bytes(db.read_bytes())  # the database alone, without its key file
    stolen = Access(Settings.from_args(str(other)))
    assert stolen.state() is State.KEYS_MISSING
    with pytest.raises(KeyFileDamaged):
        stolen.sign_in("admin", ADMIN_PASSWORD)
    with pytest.raises(KeyFileDamaged):  # no recovery copy either: the code alone is not enough there
        stolen.sign_in_with_recovery(code)
    (other.parent / "desa.sqlite3.recovery").write_bytes((db.parent / "desa.sqlite3.recovery").read_bytes())
    stolen.sign_in_with_recovery(code).close()


def test_a_file_that_is_not_sqlcipher_says_so(tmp_path):
    db = tmp_path / "desa.sqlite3"
    access = Access(Settings.from_args(str(db)))
    sv = access.create()
    sv.setup.initialize(OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos"), admin_username="admin",
                        admin_password=ADMIN_PASSWORD)
    sv.close()
    db.write_bytes(b"\x01" * 8192)  # damaged beyond repair
    with pytest.raises(cipher.DatabaseUnreadable, match="tidak dapat dibuka"):
        access.sign_in("admin", ADMIN_PASSWORD)


def test_a_cancelled_set_up_leaves_nothing(tmp_path):
    db = tmp_path / "desa.sqlite3"
    access = Access(Settings.from_args(str(db)))
    sv = access.create()
    access.discard_if_unfinished(sv)
    assert list(tmp_path.iterdir()) == [] and access.state() is State.NEW


def test_an_interrupted_set_up_starts_again(tmp_path):
    db = tmp_path / "desa.sqlite3"
    access = Access(Settings.from_args(str(db)))
    access.create().close()  # killed before the administrator existed
    assert access.state() is State.NEW
    access.create().close()


def test_recovery_codes_are_checked_before_any_key_is_derived():
    with pytest.raises(AuthenticationError, match="28"):
        normalize_recovery_code("ABCD-EFGH")
    with pytest.raises(AuthenticationError, match="tanpa huruf I, L dan O"):
        normalize_recovery_code("O" * 28)


# ---- the upgrade of a plaintext installation ------------------------------------------------------
@pytest.fixture
def plaintext(desa_template_db, tmp_path):
    """An installation from before encryption: a plaintext file with two operators."""
    db = tmp_path / "puskesos.sqlite3"
    shutil.copy(desa_template_db, db)
    sv = build_services(Settings.from_args(str(db)))
    sv.operators.login("admin", ADMIN_PASSWORD)
    sv.operators.add("sari", "sandi-sari-1", "operator")
    sv.demo.generate(60, 5)  # enough rows for the conversion to report progress (and be cancelled)
    sv.close()
    return Access(Settings.from_args(str(db))), db


def test_a_plaintext_database_is_converted_and_every_operator_keeps_their_password(plaintext, tmp_path):
    access, db = plaintext
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "puskesos-before-upgrade-from-0003-x.sqlite3").write_bytes(db.read_bytes())
    assert access.state() is State.PLAINTEXT
    with pytest.raises(NeedsUpgrade):
        access.sign_in("admin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError, match="admin"):
        access.prepare_upgrade("sari", "sandi-sari-1")
    plan = access.prepare_upgrade("admin", ADMIN_PASSWORD)
    assert len(plan.recovery_code) == 34 and plan.office.name == "Puskesos Bojong Koneng"  # for its sheet
    seen = []
    access.convert(plan, lambda f: seen.append(f) or True).close()
    assert seen[-1] == 1.0 and cipher.file_state(db) is cipher.FileState.ENCRYPTED
    assert list(backups.iterdir()) == []  # the plaintext copy made before an upgrade is gone
    access.sign_in("sari", "sandi-sari-1").close()
    access.sign_in_with_recovery(plan.recovery_code).close()


def test_a_database_from_the_first_release_is_upgraded_then_encrypted_leaving_no_plaintext_copy(
        tmp_path, monkeypatch):
    """Signing in writes today's audit log, so the old schema is upgraded first; its pre-upgrade copy
    is plaintext like the file, and goes with the conversion."""
    backups = tmp_path / "backups"
    monkeypatch.setattr(paths, "backup_dir", lambda: backups)
    db = tmp_path / "lama.sqlite3"
    shutil.copy(Path(__file__).resolve().parent.parent / "fixtures" / "puskesos-0001_baseline.sqlite3", db)
    access = Access(Settings.from_args(str(db)))
    plan = access.prepare_upgrade("admin", ADMIN_PASSWORD)
    assert len(list(backups.glob("lama-before-upgrade-from-0001_baseline-*.sqlite3"))) == 1
    access.convert(plan).close()
    assert cipher.file_state(db) is cipher.FileState.ENCRYPTED and list(backups.iterdir()) == []
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        assert sv.households.get(sv.households.page(0, 1)[0].id).members[0].nik == NIK
    finally:
        sv.close()


def test_a_conversion_cut_short_leaves_the_plaintext_file_and_resumes_with_a_new_code(plaintext):
    access, db = plaintext
    plan = access.prepare_upgrade("admin", ADMIN_PASSWORD)
    with closing(sqlite3.connect(db)) as conn:
        before = conn.execute("SELECT count(*) FROM person").fetchone()
    with pytest.raises(Exception, match="Dibatalkan"):
        access.convert(plan, lambda fraction: False)  # Cancel (or a power cut) mid-copy
    assert access.state() is State.PLAINTEXT and not db.with_name(db.name + ".encrypting").exists()
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == before
    again = access.prepare_upgrade("admin", ADMIN_PASSWORD)
    # The same data key; a new code, shown again: the first may never have reached the screen.
    assert again.data_key == plan.data_key and len(again.recovery_code) == 34
    assert again.recovery_code != plan.recovery_code
    access.convert(again).close()
    access.sign_in_with_recovery(again.recovery_code).close()
    with pytest.raises(AuthenticationError):
        access.sign_in_with_recovery(plan.recovery_code)


# ---- two processes on one database (the window and a command) ------------------------------------
_HOLDER = """
import sys
from puskesos_desktop.services.access import Access
from puskesos_desktop.services.container import build_services
from puskesos_desktop.settings import Settings
db, password, writes = sys.argv[1], sys.argv[2], int(sys.argv[3])
settings = Settings.from_args(db)
if password == "-":  # a plaintext database from before encryption
    sv = build_services(settings, migrate=False)
else:
    sv = Access(settings).sign_in("admin", password)
print("open", flush=True)
ids = [hit.household.id for hit in sv.search.search("a")[:3]] if writes else []
for i in range(writes):
    sv.households.note_identifiers_shown(ids, f"proses lain {i}")
print("written", flush=True)
sys.stdin.readline()
sv.close()
"""


def _holder(db, password: str, writes: int = 0):
    """A second process with the database open (a window left open, a long command)."""
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db), password, str(writes)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    return child


def _let_go(child) -> None:
    child.communicate("\n", timeout=60)  # closes both pipes
    assert child.returncode == 0


def test_the_conversion_waits_for_every_other_process_to_close_the_database(plaintext):
    access, db = plaintext
    keys = db.with_name(db.name + ".keys")
    other = _holder(db, "-")
    try:
        with pytest.raises(DatabaseInUse, match="sedang dibuka oleh program lain"):
            access.prepare_upgrade("admin", ADMIN_PASSWORD)
        assert access.state() is State.PLAINTEXT and not keys.exists()  # refused before a code was made
    finally:
        _let_go(other)
    plan = access.prepare_upgrade("admin", ADMIN_PASSWORD)
    late = _holder(db, "-")  # opened between the sign-in and the conversion: its writes would be lost
    try:
        with pytest.raises(DatabaseInUse):
            access.convert(plan)
        assert access.state() is State.PLAINTEXT and not db.with_name(db.name + ".encrypting").exists()
    finally:
        _let_go(late)
    last = access.prepare_upgrade("admin", ADMIN_PASSWORD)
    access.convert(last).close()
    access.sign_in_with_recovery(last.recovery_code).close()


# ---- the process killed at every step of the conversion (a power cut, Task Manager) ----------------
_KILLED = """
import os, sys
from puskesos_desktop.db import cipher, keyfile
from puskesos_desktop.services import access as access_module
from puskesos_desktop.settings import Settings
db, step, when = sys.argv[1:4]
targets = {
    "key_file_save": (keyfile.KeyFile, "save"), "recovery_copy": (access_module, "write_recovery_copy"),
    "encrypt_copy": (cipher, "encrypt_copy"), "verify_copy": (cipher, "verify_copy"),
    "rename": (access_module.os, "replace"), "fsync_directory": (access_module, "fsync_directory"),
    "remove_backups": (access_module, "remove_plaintext_backups"), "open": (access_module.Access, "_open"),
}
owner, name = targets.get(step, (None, ""))
real = getattr(owner, name, None)
def killed(*args, **kwargs):
    if when == "before":
        os._exit(9)
    real(*args, **kwargs)
    os._exit(9)
access = access_module.Access(Settings.from_args(db))
if step in ("key_file_save", "recovery_copy"):
    setattr(owner, name, killed)
    access.prepare_upgrade("admin", sys.argv[4])
plan = access.prepare_upgrade("admin", sys.argv[4])
print(plan.recovery_code, flush=True)
if step == "mid_copy":  # in the middle of writing the encrypted copy
    ticks = []
    access.convert(plan, lambda fraction: ticks.append(fraction) or len(ticks) < 3 or os._exit(9))
setattr(owner, name, killed)
access.convert(plan)
"""
_STEPS = [(step, when) for step in ("key_file_save", "recovery_copy", "encrypt_copy", "verify_copy", "rename",
                                    "fsync_directory", "remove_backups", "open") for when in ("before", "after")]


@pytest.mark.parametrize(("step", "when"), [*_STEPS, ("mid_copy", "during")])
def test_a_conversion_killed_at_any_step_leaves_a_usable_database_and_finishes(plaintext, tmp_path, step, when):
    access, db = plaintext
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / f"{db.stem}-before-upgrade-from-0004-x.sqlite3").write_bytes(db.read_bytes())
    with closing(sqlite3.connect(db)) as conn:
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    child = subprocess.run([sys.executable, "-c", _KILLED, str(db), step, when, ADMIN_PASSWORD],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 9, child.stderr  # killed where it was told to be
    after_rename = step in ("fsync_directory", "remove_backups", "open") or (step, when) == ("rename", "after")
    state = access.state()
    assert state is (State.LOCKED if after_rename else State.PLAINTEXT)
    if state is State.PLAINTEXT:  # killed before the rename: the old file, untouched; the next start resumes
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == people
        plan = access.prepare_upgrade("admin", ADMIN_PASSWORD)
        sv = access.convert(plan)
        code = plan.recovery_code
    else:  # after it: the encrypted file is complete and opens with the password and the code printed
        sv = access.sign_in("admin", ADMIN_PASSWORD)
        code = child.stdout.split()[0]
    try:
        assert sv.check.run().ok
        with sv.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one() == people
    finally:
        sv.close()
    access.sign_in_with_recovery(code).close()
    assert cipher.file_state(db) is cipher.FileState.ENCRYPTED
    assert list(backups.iterdir()) == [], "no plaintext copy is left behind"
    assert not db.with_name(db.name + ".encrypting").exists()


def test_the_window_and_a_command_write_at_the_same_time_and_the_audit_chain_holds(desa):
    access, db, _ = desa
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        before = len(sv.audit.entries(limit=10_000))
        other = _holder(db, ADMIN_PASSWORD, writes=40)
        ids = [hit.household.id for hit in sv.search.search("a")[:3]]
        for i in range(40):
            sv.households.note_identifiers_shown(ids, f"jendela {i}")
        assert other.stdout.readline().strip() == "written"
        _let_go(other)
        entries = sv.audit.entries(limit=10_000)
        assert len(entries) - before >= 80 + 1  # both processes' rows, and the other's sign-in
        report = sv.check.run()
        assert report.ok, report.problems
    finally:
        sv.close()


def test_a_process_opening_while_the_file_is_replaced_waits_then_says_why(tmp_path):
    db = tmp_path / "desa.sqlite3"
    replacing = inuse.open_for_replacing(db)
    try:
        with pytest.raises(DatabaseInUse, match="sedang dienkripsi"):
            inuse.open_for_use(db, wait=0.3)
    finally:
        replacing.release()
    inuse.open_for_use(db, wait=0.3).release()


# ---- a new recovery code (Pengaturan, `recovery-code new`) -----------------------------------------
def _audit_rows(sv, action: str) -> list[tuple]:
    with sv.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT * FROM audit_log WHERE action = ?", (action,)).fetchall()


def _files(db):
    return key_file_for(db).read_bytes(), recovery_file_for(db).read_bytes()


def test_a_new_recovery_code_replaces_the_old_one_in_the_key_file_and_its_spare(desa):
    access, db, old = desa
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        new = sv.operators.new_recovery_code()
        [row] = _audit_rows(sv, "recovery_code_new")
    finally:
        sv.close()
    assert new != old and normalize_recovery_code(new)
    assert "admin" in row  # who made it, and nothing of the code in any column
    assert not any(isinstance(v, str) and (new in v or normalize_recovery_code(new) in v) for v in row)
    with pytest.raises(AuthenticationError, match="salah"):
        access.sign_in_with_recovery(old)
    access.sign_in_with_recovery(new).close()
    key_file_for(db).unlink()  # only the spare copy is left: it holds the new code too
    with pytest.raises(AuthenticationError, match="salah"):
        access.sign_in_with_recovery(old)
    access.sign_in_with_recovery(new).close()
    for name in (db.name + ".keys", db.name + ".recovery"):
        text = (db.parent / name).read_text()
        assert new not in text and normalize_recovery_code(new) not in text


def test_only_an_administrator_makes_a_new_recovery_code(desa):
    access, db, code = desa
    before = _files(db)
    sv = access.sign_in("budi", "sandi-budi-1")
    try:
        with pytest.raises(PermissionDenied, match="pendata"):
            sv.operators.new_recovery_code()
        assert _audit_rows(sv, "recovery_code_new") == []
    finally:
        sv.close()
    assert _files(db) == before
    access.sign_in_with_recovery(code).close()


def test_signed_in_with_the_recovery_code_an_admin_can_replace_it(desa):
    access, _, old = desa
    sv = access.sign_in_with_recovery(old)
    try:
        new = sv.operators.new_recovery_code()
    finally:
        sv.close()
    with pytest.raises(AuthenticationError):
        access.sign_in_with_recovery(old)
    access.sign_in_with_recovery(new).close()


def test_when_the_key_file_cannot_be_saved_the_old_spare_is_put_back_and_the_old_code_works(desa, monkeypatch):
    access, db, code = desa
    before = _files(db)
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        def disk_full(_keys):
            assert recovery_file_for(db).read_bytes() != before[1], "the spare copy is written first"
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(KeyFile, "save", disk_full)
        with pytest.raises(PuskesosError, match=r"No space left on device\); kode lama tetap berlaku"):
            sv.operators.new_recovery_code()
        monkeypatch.undo()
        assert _audit_rows(sv, "recovery_code_new") == []
    finally:
        sv.close()
    assert _files(db) == before
    access.sign_in_with_recovery(code).close()


def test_when_the_log_entry_cannot_be_committed_the_old_code_is_put_back(desa, monkeypatch):
    access, db, code = desa
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        def broken_log(*_args, **_kwargs):
            raise RuntimeError("database is locked")

        monkeypatch.setattr(sv.context, "audit", broken_log)
        with pytest.raises(RuntimeError, match="locked"):
            sv.operators.new_recovery_code()
    finally:
        sv.close()
    assert json.loads(recovery_file_for(db).read_text())["recovery"] == KeyFile.load(key_file_for(db)).recovery
    access.sign_in_with_recovery(code).close()
    key_file_for(db).unlink()
    access.sign_in_with_recovery(code).close()  # the spare copy opens with the old code too


def test_without_a_key_file_there_is_no_recovery_code_to_replace(any_services):
    any_services.operators.login("admin", ADMIN_PASSWORD)
    assert not any_services.operators.has_recovery_code
    with pytest.raises(PuskesosError, match="PostgreSQL"):
        any_services.operators.new_recovery_code()


def test_the_sheet_of_a_new_code_names_the_office_its_region_and_today(desa, tmp_path):
    access, _, _ = desa
    sv = access.sign_in("admin", ADMIN_PASSWORD)
    try:
        code = sv.operators.new_recovery_code()
        out = io.BytesIO()
        sv.setup.recovery_sheet(code, out)
    finally:
        sv.close()
    (tmp_path / "sheet.pdf").write_bytes(out.getvalue())
    text = pdf_text(tmp_path / "sheet.pdf")
    assert code in text and "Puskesos Bojong Koneng" in text
    assert "Desa Bojong Koneng, Kecamatan Babakan Madang, Kabupaten Bogor, Jawa Barat" in text
    assert "Dibuat: 23 November 2026" in text  # the fixed clock's day
