"""Backups and restore (issue 11 §1–2): services/backups.py, services/restore.py, db/backup_file.py."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.backup_model import Backup
from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.errors import AuthenticationError, PermissionDenied
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.db import backup_file, cipher, inuse
from puskesos_desktop.db.backup_file import BackupError, BackupNewer
from puskesos_desktop.db.keyfile import KeyFile, key_file_for
from puskesos_desktop.services import restore as restore_module
from puskesos_desktop.services.access import Access, State
from puskesos_desktop.services.backups import DAILY, MONTHLY, WEEKLY, inspect, kept_by_rotation
from puskesos_desktop.services.restore import RESTORE_GAP, Restore, RestoreRefused
from puskesos_desktop.settings import Settings
from tests.conftest import ADMIN_PASSWORD, DESA_CODE, copy_installation
from tests.services.helpers import register

ROOT = Path(__file__).resolve().parents[2]
MOMENT = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def _make(db: Path, code: str, name: str, mode: Mode = Mode.DESA, households: int = 3) -> str:
    access = Access(Settings.from_args(str(db)))
    sv = access.create()
    sv.setup.initialize(OfficeDraft(mode, code, name), admin_username="admin", admin_password=ADMIN_PASSWORD)
    recovery = sv.keyring.take_recovery_code()
    sv.operators.begin_session("admin")
    sv.operators.add("budi", "sandi-budi-1", "pendata")
    if households and mode is Mode.DESA:
        sv.demo.generate(households, 7)
    sv.close()
    return recovery


@pytest.fixture(scope="module")
def installations(tmp_path_factory):
    """Made once: this desa, another desa of the same kabupaten, a desa of another kabupaten, a kabupaten."""
    folder = tmp_path_factory.mktemp("backups")
    with clock.fixed(MOMENT):
        made = {
            "desa": (folder / "desa" / "desa.sqlite3", DESA_CODE, "Puskesos Bojong Koneng", Mode.DESA),
            "tetangga": (folder / "tetangga" / "desa.sqlite3", "3201052001", "Puskesos Tetangga", Mode.DESA),
            "jauh": (folder / "jauh" / "desa.sqlite3", "3273011001", "Puskesos Kota Jauh", Mode.DESA),
            "kabupaten": (folder / "kab" / "kab.sqlite3", "3201", "Dinas Sosial Kab. Bogor", Mode.KABUPATEN),
        }
        codes = {}
        for name, (db, code, title, mode) in made.items():
            db.parent.mkdir()
            codes[name] = _make(db, code, title, mode)
    return {name: (db, codes[name]) for name, (db, *_rest) in made.items()}


@pytest.fixture
def desa(installations, tmp_path):
    db = tmp_path / "laptop" / "puskesos.sqlite3"
    db.parent.mkdir()
    copy_installation(installations["desa"][0], db)
    return db, installations["desa"][1]


def _sign_in(db: Path, user: str = "admin", password: str = ADMIN_PASSWORD):
    return Access(Settings.from_args(str(db))).sign_in(user, password)


def _usb(tmp_path: Path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    return usb


def _backup_of(db: Path, tmp_path: Path, installation_name: str = "") -> Path:
    sv = _sign_in(db)
    try:
        return Path(sv.backups.create(_usb(tmp_path / installation_name) if installation_name else _usb(tmp_path)).path)
    finally:
        sv.close()


def _counts(db: Path) -> dict:
    with cipher.connect(db, KeyFile.load(key_file_for(db)).unlock("admin", ADMIN_PASSWORD)) as conn:
        households = conn.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]
        origin = conn.execute("SELECT incarnation, last_seq FROM sync_origin WHERE is_local = 1").fetchone()
    return {"households": households, "incarnation": origin[0], "last_seq": origin[1]}


# ---- making backups ---------------------------------------------------------------------------------
def test_a_backup_on_a_stick_is_one_encrypted_file_that_verifies_and_says_what_it_holds(desa, tmp_path):
    db, _code = desa
    sv = _sign_in(db)
    try:
        steps = []
        entry = sv.backups.create(_usb(tmp_path), progress=lambda f: steps.append(f) or True)
    finally:
        sv.close()
    path = Path(entry.path)
    assert path.parent == tmp_path / "usb" and path.name == entry.file
    assert backup_file.NAME.match(entry.file) and entry.file.startswith(f"puskesos-cadangan-{DESA_CODE}-")
    assert entry.verified and entry.reason == "manual" and entry.region_code == DESA_CODE
    assert entry.counts["household"] == 3 and entry.counts["person"] > 3
    assert steps and steps == sorted(steps) and steps[-1] == pytest.approx(1.0)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left on the stick
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == ["backup.json", "backup.mac", "database.sqlcipher"]
        data = archive.read("database.sqlcipher")
        manifest = archive.read("backup.json").decode()
    assert not data.startswith(cipher.PLAINTEXT_HEADER)  # the database inside stays encrypted
    assert "Muhamad" not in manifest and "3201" + "05" not in manifest.replace(DESA_CODE, "")
    listed = sv.backups.list(tmp_path / "usb")
    assert [e.file for e in listed] == [entry.file] and listed[0].verified


def test_a_backup_opens_with_each_password_of_its_moment_and_with_the_recovery_code(desa, tmp_path):
    db, code = desa
    path = _backup_of(db, tmp_path)
    sv = _sign_in(db)
    try:
        sv.operators.reset_password_of("budi", "sandi-baru-budi")  # after the backup
    finally:
        sv.close()
    restore = Restore(Settings.from_args(str(db)))
    opened = [restore.open(path, username="admin", password=ADMIN_PASSWORD),
              restore.open(path, username="BUDI ", password="sandi-budi-1"),  # the password of then
              restore.open(path, recovery_code=code.lower())]
    assert len({o.key for o in opened}) == 1
    for o in opened:
        restore.discard(o)
    with pytest.raises(AuthenticationError, match="kata sandi yang berlaku saat cadangan dibuat"):
        restore.open(path, username="budi", password="sandi-baru-budi")
    with pytest.raises(AuthenticationError):
        restore.open(path, username="admin", password="salah")
    assert not any(restore_module.STAGED in p.name for p in db.parent.iterdir())  # nothing left by a refusal


def test_the_backup_on_closing_is_made_once_a_day_and_the_folder_is_rotated(desa):
    db, _code = desa
    sv = _sign_in(db)
    try:
        with clock.fixed(MOMENT):
            first = sv.backups.daily_if_due()
            assert first is not None and first.reason == "daily" and Path(first.path).parent == db.parent / "backups"
            assert sv.backups.daily_if_due() is None  # the same day: not again
        for day in range(1, 60):
            with clock.fixed(MOMENT + dt.timedelta(days=day)):
                assert sv.backups.daily_if_due() is not None
        kept = sv.backups.list()
    finally:
        sv.close()
    days = sorted(clock.local_date(e.created_at) for e in kept)
    assert all(e.verified for e in kept)
    last = MOMENT.date() + dt.timedelta(days=59)
    assert days[-DAILY:] == [last - dt.timedelta(days=n) for n in range(DAILY - 1, -1, -1)]
    assert len(kept) == len(set(days)) <= DAILY + WEEKLY + MONTHLY
    assert days[0].month == MOMENT.month  # the newest of the oldest month is still there


def test_rotation_keeps_seven_days_four_weeks_twelve_months_and_recent_special_backups():
    start = dt.datetime(2025, 1, 1, 2, 0)
    entries = [Backup(path=f"d{n}", file=f"d{n}", size=1, created_at=start + dt.timedelta(days=n), reason="daily")
               for n in range(400)]
    entries.append(Backup(path="up", file="up", size=1, created_at=start + dt.timedelta(days=380), reason="upgrade"))
    entries.append(Backup(path="old-up", file="old-up", size=1, created_at=start + dt.timedelta(days=100),
                          reason="upgrade"))
    now = start + dt.timedelta(days=400)
    kept = kept_by_rotation(entries, now)
    assert {f"d{n}" for n in range(393, 400)} <= kept  # the last seven days
    assert "up" in kept and "old-up" not in kept
    daily = sorted(int(p[1:]) for p in kept if p.startswith("d"))
    months = {(start + dt.timedelta(days=n)).strftime("%Y-%m") for n in daily}
    assert len(months) == MONTHLY and len(daily) <= DAILY + WEEKLY + MONTHLY


def test_an_upgrade_is_preceded_by_an_encrypted_backup_in_the_backups_folder(desa):
    from alembic import command

    from puskesos_desktop.db.engine import open_engine
    from puskesos_desktop.db.migrate import alembic_config, head_revision

    db, _code = desa
    key = KeyFile.load(key_file_for(db)).unlock("admin", ADMIN_PASSWORD)
    engine = open_engine(f"sqlite:///{db}", key=key)
    command.downgrade(alembic_config(engine), "-1")
    engine.dispose()
    sv = _sign_in(db)
    try:
        (entry,) = sv.backups.list()
        assert entry.reason == "upgrade" and entry.verified and entry.counts["household"] == 3
        assert sv.backup_taken == Path(entry.path)
    finally:
        sv.close()
    opened = Restore(Settings.from_args(str(db))).open(Path(entry.path), username="admin", password=ADMIN_PASSWORD)
    assert opened.info.schema_revision != head_revision()


def test_backups_are_for_administrators_on_a_stick(desa, tmp_path):
    db, _code = desa
    sv = _sign_in(db, "budi", "sandi-budi-1")
    try:
        with pytest.raises(PermissionDenied):
            sv.backups.create(_usb(tmp_path))
        assert sv.backups.daily_if_due() is not None  # the automatic one is the installation's own
    finally:
        sv.close()


# ---- restoring ----------------------------------------------------------------------------------------
def test_restore_keeps_the_current_database_and_starts_a_new_incarnation(desa, tmp_path):
    db, _code = desa
    path = _backup_of(db, tmp_path)
    before = _counts(db)
    sv = _sign_in(db)
    try:
        register(sv, "3201051511209999")
        office, key = sv.setup.office(), sv.keyring.data_key
    finally:
        sv.close()
    grown = _counts(db)
    restore = Restore(Settings.from_args(str(db)))
    opened = restore.open(path, username="admin", password=ADMIN_PASSWORD)
    restore.check_owner(opened, office)
    done = restore.restore(opened, current_key=key)
    after = _counts(db)
    assert after["households"] == before["households"]
    assert after["incarnation"] == before["incarnation"] + 1 == done.incarnation
    assert after["last_seq"] == grown["last_seq"] + RESTORE_GAP  # above anything the replaced one used
    kept = Restore(Settings.from_args(str(db))).open(Path(done.kept), username="admin", password=ADMIN_PASSWORD)
    assert kept.info.reason == "restore" and kept.info.counts["household"] == grown["households"]
    Restore.discard(kept)  # opened to look at it, not restored: its staged copy goes
    sv = _sign_in(db)
    try:
        assert sv.check.run().ok
        register(sv, "3201051511208888")  # new changes take numbers past the gap
        assert _counts(db)["last_seq"] > grown["last_seq"] + RESTORE_GAP
        actions = [e.action for e in sv.audit.entries()]
        assert "backup_restore" in actions
    finally:
        sv.close()
    leftovers = [p.name for p in db.parent.iterdir() if restore_module.STAGED in p.name or "journal" in p.name]
    assert leftovers == []


def test_a_fresh_laptop_restores_from_the_stick_with_the_recovery_code(desa, tmp_path):
    db, code = desa
    path = _backup_of(db, tmp_path)
    fresh = tmp_path / "baru" / "puskesos.sqlite3"
    access = Access(Settings.from_args(str(fresh)))
    assert access.state() is State.NEW
    restore = Restore(access.settings)
    done = restore.restore(restore.open(path, recovery_code=code), current_key=None)
    assert done.kept == "" and access.state() is State.LOCKED
    assert _counts(fresh)["households"] == 3
    sv = access.sign_in("budi", "sandi-budi-1")  # every operator of the backup's moment
    sv.close()


@pytest.mark.parametrize("other, says", [("tetangga", "Puskesos Tetangga"), ("jauh", "kabupaten/kota lain"),
                                         ("kabupaten", "instalasi kabupaten")])
def test_a_backup_of_another_office_is_refused_saying_whose_it_is(installations, desa, tmp_path, other, says):
    db, _code = desa
    theirs = tmp_path / other / "desa.sqlite3"
    theirs.parent.mkdir()
    copy_installation(installations[other][0], theirs)
    path = _backup_of(theirs, tmp_path, other)
    sv = _sign_in(db)
    try:
        office = sv.setup.office()
    finally:
        sv.close()
    restore = Restore(Settings.from_args(str(db)))
    opened = restore.open(path, username="admin", password=ADMIN_PASSWORD)
    assert opened.staged is not None and opened.staged.is_file()  # extracted while the password was checked
    with pytest.raises(RestoreRefused, match=says):
        restore.check_owner(opened, office)
    assert not any(restore_module.STAGED in p.name for p in db.parent.iterdir())  # refused: the copy is gone


def _rezip(source: Path, target: Path, change) -> Path:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def _manifest(change):
    def apply(members):
        manifest = json.loads(members["backup.json"])
        change(manifest)
        members["backup.json"] = json.dumps(manifest).encode()
    return apply


@pytest.mark.parametrize("damage, error, says", [
    ("truncated", BackupError, "rusak atau terpotong"),
    ("byte_in_database", BackupError, "rusak atau terpotong"),
    ("byte_in_manifest", BackupError, "rusak atau terpotong"),
    ("renamed", BackupError, "Nama berkas cadangan ini sudah diubah"),
    ("bundle_renamed", BackupError, "bukan berkas cadangan"),
    ("database_renamed", BackupError, "bukan berkas cadangan"),
    ("newer_format", BackupNewer, "Perbarui aplikasi"),
    ("newer_schema", BackupNewer, "Perbarui aplikasi"),
])
def test_a_damaged_renamed_or_newer_backup_is_refused_and_nothing_changes(desa, tmp_path, damage, error, says):
    db, _code = desa
    path = _backup_of(db, tmp_path)
    target = tmp_path / path.name
    data = path.read_bytes()
    if damage == "truncated":
        target.write_bytes(data[: len(data) // 2])
    elif damage == "byte_in_database":
        target.write_bytes(_flip(data, len(data) // 2))
    elif damage == "byte_in_manifest":  # the counts changed by hand: the MAC catches it once unlocked
        _rezip(path, target, _manifest(lambda m: m["counts"].update(household=300)))
    elif damage == "renamed":
        target = tmp_path / path.name.replace("-2026", "-2025")
        target.write_bytes(data)
    elif damage == "bundle_renamed":
        target = tmp_path / "puskesos-cadangan-3201052009-20261123-093000.pskbak"
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("manifest.json", "{}")
    elif damage == "database_renamed":
        target.write_bytes(db.read_bytes())
    elif damage == "newer_format":
        _rezip(path, target, _manifest(lambda m: m.update(version=2)))
    elif damage == "newer_schema":
        _rezip(path, target, _manifest(lambda m: m.update(schema_revision="0099_future")))
    before = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file() and not p.name.endswith(".lock")}
    restore = Restore(Settings.from_args(str(db)))
    with pytest.raises(error, match=says):
        opened = restore.open(target, username="admin", password=ADMIN_PASSWORD)
        restore.restore(opened, current_key=None)
    after = {p.name: p.read_bytes() for p in db.parent.iterdir() if p.is_file() and not p.name.endswith(".lock")}
    assert after == before
    if damage != "byte_in_manifest":  # an edit that keeps the ZIP whole shows only once unlocked (the MAC)
        assert not inspect(target).verified


def test_restore_is_refused_while_another_program_has_the_database_open(desa, tmp_path):
    db, _code = desa
    path = _backup_of(db, tmp_path)
    before = db.read_bytes()
    restore = Restore(Settings.from_args(str(db)))
    opened = restore.open(path, username="admin", password=ADMIN_PASSWORD)
    holder = inuse.open_for_use(db)
    try:
        with pytest.raises(inuse.DatabaseInUse):
            restore.restore(opened, current_key=None)
    finally:
        holder.release()
    assert db.read_bytes() == before
    assert not [p for p in db.parent.iterdir() if restore_module.STAGED in p.name]


CHILD = """
import sys
from pathlib import Path
from puskesos_desktop.db.keyfile import KeyFile, key_file_for
from puskesos_desktop.services.restore import Restore
from puskesos_desktop.settings import Settings
db, backup = Path(sys.argv[1]), Path(sys.argv[2])
restore = Restore(Settings.from_args(str(db)))
key = KeyFile.load(key_file_for(db)).unlock("admin", sys.argv[3])
restore.restore(restore.open(backup, username="admin", password=sys.argv[3]), current_key=key)
"""


@pytest.mark.parametrize("step", ["extracted", "kept", "staged", "journal", "swapped-sqlite3", "swapped-keys",
                                  "swapped-recovery"])
def test_a_power_cut_during_restore_leaves_the_old_or_the_new_database(desa, tmp_path, step):
    db, _code = desa
    path = _backup_of(db, tmp_path)
    sv = _sign_in(db)
    try:
        register(sv, "3201051511209999")
    finally:
        sv.close()
    grown = _counts(db)["households"]
    env = {**os.environ, restore_module.CRASH_AT: step}
    done = subprocess.run([sys.executable, "-c", CHILD, str(db), str(path), ADMIN_PASSWORD], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    sv = _sign_in(db)  # the next start: finishes a restore whose journal was written
    try:
        assert sv.check.run().ok
    finally:
        sv.close()
    households = _counts(db)["households"]
    assert households == (grown if step in ("extracted", "kept", "staged") else 3)
    assert not [p for p in db.parent.iterdir() if "journal" in p.name]


# ---- the command line -------------------------------------------------------------------------------
def _cli(*args, env=None, db=None):
    environment = {**os.environ, "PUSKESOS_USER": "admin", "PUSKESOS_PASSWORD": ADMIN_PASSWORD, **(env or {})}
    command = [sys.executable, "-m", "puskesos_desktop", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)


def test_backup_commands_create_list_and_restore(desa, tmp_path):
    db, code = desa
    usb = _usb(tmp_path)
    made = _cli("--json", "backup", "create", "--out", str(usb), db=db)
    assert made.returncode == 0, made.stderr
    created = json.loads(made.stdout)
    assert {"path", "file", "size", "created_at", "reason", "region_code", "counts", "verified"} <= set(created)
    listed = _cli("--json", "backup", "list", "--dir", str(usb), db=db, env={"PUSKESOS_PASSWORD": ""})
    assert listed.returncode == 0, listed.stderr
    assert [b["file"] for b in json.loads(listed.stdout)["backups"]] == [created["file"]]
    fresh = tmp_path / "baru" / "puskesos.sqlite3"
    restored = _cli("--json", "backup", "restore", created["path"], db=fresh,
                    env={"PUSKESOS_USER": "", "PUSKESOS_RECOVERY_CODE": code})
    assert restored.returncode == 0, restored.stderr
    result = json.loads(restored.stdout)
    assert result["incarnation"] == 2 and result["kept"] is None and result["operators"] == ["admin", "budi"]
    again = _cli("--json", "backup", "restore", created["path"], db=db)  # over the installation there
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["kept"].endswith(".pskbak")
    bad = tmp_path / created["file"]
    bad.write_bytes(Path(created["path"]).read_bytes()[:5000])
    refused = _cli("backup", "restore", str(bad), db=db)
    assert refused.returncode == 3 and "rusak atau terpotong" in refused.stderr
    listed = _cli("backup", "list", "--dir", str(tmp_path), db=db)
    assert listed.returncode == 3 and "TIDAK DAPAT DIBACA" in listed.stdout
