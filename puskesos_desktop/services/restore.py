"""Restoring a backup (issue 11 §2): verify first, keep the current database, then swap atomically.

1. The file is read and verified without touching anything: its manifest, the database member's
   SHA-256, the name it was written under, then a password of its moment (or the recovery code)
   unwraps its data key and proves the manifest (db/backup_file.py).
2. Whose it is: a backup of another desa, another kabupaten or the other kind of installation is
   refused, saying whose it is.
3. The database is extracted beside the live one, opened, checked by SQLCipher and SQLite, brought
   to this version's schema and `check`ed; only a clean copy goes on.
4. Under the exclusive lock (db/inuse.py: nobody else has the database open): the current database
   is kept as a backup (or, when it cannot be opened, its files are copied aside); the restored copy
   starts a new incarnation whose numbers start far above anything the old one can have used
   (DESIGN §4 point 7); the key files of the backup are staged beside it.
5. A journal names the staged files; they replace the live ones; the journal goes. A power cut at
   any point leaves either the old database (nothing staged counts until the journal exists) or the
   journal, which the next start finishes (`finish_interrupted_restore`). docs/decisions.md, "Restore".
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from ..core import clock
from ..core.backup_model import Restored
from ..core.errors import PuskesosError
from ..core.model import Office
from ..core.regions import region_name
from ..db import audit_chain, backup_file, cipher, inuse
from ..db.backup_file import BackupError, BackupInfo, BackupNewer
from ..db.engine import open_engine
from ..db.keyfile import KeyFile, fsync_directory, key_file_for, recovery_file_for, write_atomically, write_recovery_copy
from ..db.records import OfficeRecord, SyncOriginRecord, SyncPeerRecord
from ..settings import Settings
from .backups import _entry, _part, refuse_newer, write_backup
from .container import Services, build_services
from .in_thread import InThread

Progress = Callable[[float], bool]
# A restored database's counter jumps this far above the highest number known to be used: the lost
# laptop would have to have written ten million changes after the backup to collide with it.
RESTORE_GAP = 10_000_000
STAGED = ".restoring-"
JOURNAL = ".restore-journal"
LEFTOVER_AGE = 24 * 3600  # a staged file without a journal older than this is a killed attempt's

# A test runs a restore in a child process that dies at the step this names (the power-cut tests).
CRASH_AT = "PUSKESOS_TEST_CRASH_AT"


class RestoreRefused(PuskesosError):
    """This backup is not restored here (whose it is, or what is wrong with it); nothing changed."""


@dataclass(frozen=True)
class OpenedBackup:
    """A backup verified and unlocked: ready to restore."""

    info: BackupInfo
    key: bytes
    username: str  # who unlocked it; "" for the recovery code
    # The database member, extracted (and its hash checked) beside the database while the secret was
    # stretched; `restore` takes it from there, `discard` removes it.
    staged: Path | None = None

    @property
    def entry(self):
        return _entry(self.info, verified=True)


def _step(name: str) -> None:
    if os.environ.get(CRASH_AT) == name:
        os._exit(9)


class Restore:
    def __init__(self, settings: Settings) -> None:
        if settings.sqlite_file is None:
            raise RestoreRefused("Pemulihan dari cadangan hanya untuk basis data di laptop ini (SQLite). Basis "
                                 "data PostgreSQL dipulihkan oleh pengelola servernya.")
        self.settings = settings
        self.database: Path = settings.sqlite_file

    # ---- 1. verify and unlock -----------------------------------------------------------------------
    def open(self, path: Path, *, username: str = "", password: str = "", recovery_code: str = "",
             progress: Progress | None = None) -> OpenedBackup:
        """Verified (hash, name, schema) and unlocked; BackupError, BackupNewer or AuthenticationError."""
        info = backup_file.read(Path(path))
        refuse_newer(info)
        # The database member is extracted beside the database (its hash checked on the way) in a
        # thread while the secret is stretched (argon2id) here: both let go of the GIL, so on two cores
        # the reading costs no time of its own, and `restore` need not read the file again. Nothing of
        # the installation changes: the staged copy counts only once `restore` has checked it. A
        # damaged file says so before a renamed one, and both before a wrong password.
        self.database.parent.mkdir(parents=True, exist_ok=True)
        staged = _staged_name(self.database, secrets.token_hex(4))
        extracting = InThread("restore-extract", backup_file.extract, info, staged, progress)
        try:
            try:
                backup_file.check_name(info)
                key = backup_file.unlock(info, username=username, password=password, recovery_code=recovery_code)
            finally:
                extracting.result()
        except BaseException:
            cipher.remove_with_side_files(staged)
            raise
        return OpenedBackup(info, key, "" if recovery_code else username.strip().lower(), staged)

    @staticmethod
    def discard(opened: OpenedBackup) -> None:
        """An opened backup that will not be restored: its staged copy goes."""
        if opened.staged is not None:
            cipher.remove_with_side_files(opened.staged)

    # ---- 2. whose it is --------------------------------------------------------------------------
    @staticmethod
    def check_owner(opened: OpenedBackup, office: Office | None) -> None:
        """Refused when the backup is not this installation's office (no office: a fresh installation);
        its staged copy is removed then."""
        try:
            Restore._refuse_another_office(opened, office)
        except RestoreRefused:
            Restore.discard(opened)
            raise

    @staticmethod
    def _refuse_another_office(opened: OpenedBackup, office: Office | None) -> None:
        if office is None:
            return
        info = opened.info
        whose = _whose(info)
        if info.mode != office.mode.value:
            kind = "kabupaten" if info.mode == "kabupaten" else "desa"
            raise RestoreRefused(f"Cadangan ini dari instalasi {kind} ({whose}), sedangkan laptop ini instalasi "
                                 f"{office.mode.value}. Tidak ada yang diubah.")
        if info.region_code[:4] != office.region_code[:4]:
            raise RestoreRefused(f"Cadangan ini milik {whose}, di kabupaten/kota lain. Tidak ada yang diubah.")
        if info.region_code != office.region_code:
            raise RestoreRefused(f"Cadangan ini milik {whose}, bukan desa ini ({office.region_code}). Tidak ada "
                                 "yang diubah.")

    # ---- 3–5. restore --------------------------------------------------------------------------------
    def restore(self, opened: OpenedBackup, *, current_key: bytes | None,
                progress: Progress | None = None) -> Restored:
        """Replaces the database with the backup. `current_key`: the data key of the database there now
        (it is kept as a backup first); None when there is none or it cannot be opened (its files are
        copied aside). DatabaseInUse when another program has it open; nothing changed then."""
        db = self.database
        db.parent.mkdir(parents=True, exist_ok=True)
        finish_interrupted_restore(db)
        extracted = opened.staged is not None and opened.staged.parent == db.parent and opened.staged.is_file() \
            and opened.staged.name.startswith(f"{db.name}{STAGED}")
        token = opened.staged.name.rsplit(STAGED, 1)[1] if extracted else secrets.token_hex(4)
        staged = _staged_name(db, token)
        staged_keys = db.with_name(f"{key_file_for(db).name}{STAGED}{token}")
        staged_spare = db.with_name(f"{recovery_file_for(db).name}{STAGED}{token}")
        journal_written = False
        try:
            if not extracted:  # opened for another database, or its copy is gone: from the file again
                self.discard(opened)
                backup_file.extract(opened.info, staged, _part(progress, 0, 0.3))
            _step("extracted")
            _sqlcipher_checks(staged, opened.key)
            scratch = self._checked(staged, opened, _part(progress, 0.3, 0.6))
            try:
                replacing = inuse.open_for_replacing(db)
            except BaseException:
                scratch.close()
                raise
            try:
                try:
                    kept, used = self._keep_current(current_key, _part(progress, 0.6, 0.95))
                    _step("kept")
                    incarnation = _new_incarnation(scratch, opened, used)
                finally:
                    scratch.close()
                _settle(staged, opened.key)
                _stage_keys(opened.info, staged_keys, staged_spare)
                _step("staged")
                write_atomically(_journal(db), json.dumps({
                    "database": staged.name, "keys": staged_keys.name, "recovery": staged_spare.name,
                }).encode("utf-8"))
                journal_written = True
                _step("journal")
                _swap(db)
            finally:
                replacing.release()
        except BaseException:
            if not journal_written:
                for leftover in (staged, staged_keys, staged_spare):
                    cipher.remove_with_side_files(leftover)
                inuse.lock_file_for(staged).unlink(missing_ok=True)
            raise
        if progress is not None:
            progress(1.0)
        return Restored(backup=opened.entry, kept=str(kept or ""), incarnation=incarnation,
                        operators=tuple(opened.info.operators))

    def _checked(self, staged: Path, opened: OpenedBackup, progress: Progress | None) -> Services:
        """The staged copy opened as an installation, at this version's schema, passing `check`."""
        try:
            scratch = build_services(Settings.from_args(str(staged)), key=opened.key, backup_before_upgrade=False)
        except Exception as exc:  # noqa: BLE001 - a copy that does not open or migrate is not restored
            raise RestoreRefused(f"Isi cadangan {opened.info.path.name} tidak dapat dibuka sebagai basis data: "
                                 f"{exc}. Tidak ada yang diubah.") from exc
        try:
            if progress is not None:
                progress(0.3)
            report = scratch.check.run(quick=True)  # the SHA-256 and the MAC proved the bytes
            if not report.ok:
                raise RestoreRefused("Isi cadangan tidak lolos pemeriksaan: " + "; ".join(report.problems[:3])
                                     + ". Tidak ada yang diubah.")
        except BaseException:
            scratch.close()
            raise
        return scratch

    def _keep_current(self, current_key: bytes | None, progress: Progress | None) -> tuple[Path | None, tuple]:
        """The database there now, kept: as a backup file when it opens, else its files copied aside.
        Returns (what was kept, (origin id, highest seq) of the database there now or ())."""
        db = self.database
        if cipher.file_state(db) is cipher.FileState.MISSING:
            return None, ()
        folder = self.settings.backup_dir
        if current_key is not None:
            engine = open_engine(self.settings.database_url, key=current_key)
            try:
                with engine.connect() as conn:
                    origin = conn.execute(select(SyncOriginRecord.id, SyncOriginRecord.last_seq).join(
                        OfficeRecord, OfficeRecord.local_origin_id == SyncOriginRecord.id)).first()
                kept = write_backup(engine, current_key, db, folder, "restore", progress)
            finally:
                engine.dispose()
            return kept, tuple(origin) if origin else ()
        aside = folder / f"sebelum-pulih-{clock.now():%Y%m%d-%H%M%S}"
        aside.mkdir(parents=True, exist_ok=True)
        for source in (db, *cipher.side_files(db), key_file_for(db), recovery_file_for(db)):
            if source.exists():
                shutil.copy2(source, aside / source.name)
                with open(aside / source.name, "rb+") as handle:
                    os.fsync(handle.fileno())
        fsync_directory(aside)
        return aside, ()


def _staged_name(database: Path, token: str) -> Path:
    return database.with_name(f"{database.name}{STAGED}{token}")


def _whose(info: BackupInfo) -> str:
    place = region_name(info.region_code)
    where = f"{place} " if place else ""
    return f"{info.office_name} ({where}{info.region_code})"


def _sqlcipher_checks(staged: Path, key: bytes) -> None:
    """The key opens it (every page is checked by SQLCipher's HMAC as `check`'s integrity_check reads it)."""
    try:
        cipher.connect(staged, key).close()
    except cipher.DatabaseUnreadable as exc:
        raise RestoreRefused("Isi cadangan tidak dapat dibuka dengan kuncinya. Tidak ada yang diubah.") from exc


def _new_incarnation(scratch: Services, opened: OpenedBackup, used: tuple) -> int:
    """The restored copy's origin starts a new incarnation, its counter far past any number used, and
    remembers what the backup held of its own rows and audit log (the kabupaten sends the rest back:
    the re-seed). Its audit log goes on from the backup's last row past the same gap, so the lost
    copy's rows after the backup keep their numbers (db/audit_chain.BRANCH_ACTION)."""
    with scratch.context.transaction() as s:
        origin = s.execute(select(SyncOriginRecord).join(
            OfficeRecord, OfficeRecord.local_origin_id == SyncOriginRecord.id)).scalar_one()
        highest = max(origin.last_seq, used[1] if used and used[0] == origin.id else 0)
        audit_seq, _hash = audit_chain.chain_head(s, origin.id)
        incarnation = origin.incarnation + 1
        # A backup made before an earlier restore's re-seed arrived held even less: ask from there. A
        # desa without a kabupaten (never connected) has nobody to ask.
        asks = s.execute(select(OfficeRecord.mode)).scalar_one() == "desa" and s.execute(
            select(SyncPeerRecord.id).where(SyncPeerRecord.role == "kabupaten")).first() is not None
        reseed = origin.last_seq if origin.reseed_seq is None else min(origin.reseed_seq, origin.last_seq)
        reseed_audit = audit_seq if origin.reseed_audit_seq is None else min(origin.reseed_audit_seq, audit_seq)
        s.execute(update(SyncOriginRecord).where(SyncOriginRecord.id == origin.id).values(
            incarnation=incarnation, last_seq=highest + RESTORE_GAP, reseed_seq=reseed if asks else None,
            reseed_audit_seq=reseed_audit if asks else None, reseed_first_seq=highest + RESTORE_GAP + 1 if asks else None))
        who = opened.username or "kode pemulihan"
        audit_chain.append(s, operator_id=None, operator_name="", action=audit_chain.BRANCH_ACTION, entity="backup",
                           detail=f"{opened.info.path.name}; inkarnasi {incarnation}; oleh {who}", skip=RESTORE_GAP)
    return incarnation


def _settle(staged: Path, key: bytes) -> None:
    """The staged copy as one file: its WAL checkpointed into it, the side files gone."""
    conn = cipher.connect(staged, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for side in cipher.side_files(staged):
        side.unlink(missing_ok=True)
    inuse.lock_file_for(staged).unlink(missing_ok=True)
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())


def _stage_keys(info: BackupInfo, keys_path: Path, spare_path: Path) -> None:
    entries = info.keys
    recovery = entries.get("recovery") or entries.get("spare_recovery")
    KeyFile(keys_path, office_name=info.office_name, operators=dict(entries.get("operators") or {}),
            recovery=recovery).save()
    write_recovery_copy(spare_path, entries.get("spare_recovery") or recovery)


def _journal(database: Path) -> Path:
    return database.with_name(database.name + JOURNAL)


def _swap(database: Path) -> None:
    """Puts the staged files named by the journal in place (again, after a power cut), then drops it."""
    journal = _journal(database)
    plan = json.loads(journal.read_text(encoding="utf-8"))
    for name, target in ((plan["database"], database), (plan["keys"], key_file_for(database)),
                         (plan["recovery"], recovery_file_for(database))):
        staged = database.with_name(name)
        if not staged.exists():
            continue  # put in place before the cut
        if target == database:
            for side in cipher.side_files(database):  # the old database's: never applied to the new one
                side.unlink(missing_ok=True)
        os.replace(staged, target)
        _step("swapped-" + target.name.rsplit(".", 1)[-1])
    fsync_directory(database.parent)
    journal.unlink()
    fsync_directory(database.parent)


def finish_interrupted_restore(database: Path) -> bool:
    """At start: a restore cut off after its journal was written is finished (True); staged files of
    one cut off before it, older than a day, are removed. Nothing happens while another program
    holds the database."""
    journal = _journal(database)
    if not journal.exists():
        now = time.time()
        for leftover in database.parent.glob(f"{database.name}*{STAGED}*"):
            if now - leftover.stat().st_mtime > LEFTOVER_AGE:
                leftover.unlink(missing_ok=True)
        return False
    try:
        lock = inuse.open_for_replacing(database, wait=0)
    except inuse.DatabaseInUse:
        return False
    try:
        if journal.exists():
            _swap(database)
            return True
        return False
    finally:
        lock.release()


__all__ = ["BackupError", "BackupNewer", "OpenedBackup", "Restore", "RestoreRefused", "finish_interrupted_restore"]
