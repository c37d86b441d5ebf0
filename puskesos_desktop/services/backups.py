"""Backups of the encrypted database (issue 11 §1): on closing the window once a day, before an
upgrade, by hand to a USB stick; listing and verifying them; the rotation of the `backups/` folder.

A backup is one `.pskbak` file (db/backup_file.py) that opens with any password of its moment or the
recovery code. Restoring one is services/restore.py. docs/decisions.md, "Backups".
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from sqlalchemy import Engine

from ..core import clock
from ..core.backup_model import Backup
from ..core.codes import Role
from ..core.errors import PuskesosError
from ..db import backup_file, cipher
from ..db.migrate import known_revisions
from ..db.keyfile import KeyFile, KeyFileDamaged, key_file_for, read_recovery_copy, recovery_file_for, write_atomically
from ..settings import Settings
from ..sync.safe_write import write_file_safely
from .context import Context

Progress = Callable[[float], bool]
DAILY, WEEKLY, MONTHLY = 7, 4, 12  # the rotation: the newest backup of each of so many days, weeks, months
KEEP_SPECIAL_DAYS = 30  # backups made before an upgrade or a restore are kept at least this long
_CACHE = "verified.json"  # file → (size, mtime) it verified at, so a listing does not re-read every file


class BackupUnavailable(PuskesosError):
    """Backups are files of the encrypted SQLite database; a PostgreSQL server is backed up by its admin."""


UNAVAILABLE = ("Cadangan dibuat untuk basis data terenkripsi di laptop ini. Basis data PostgreSQL dicadangkan "
               "oleh pengelola servernya (pg_dump; lihat panduan, 'Kabupaten dengan PostgreSQL').")


def app_version() -> str:
    try:
        return metadata.version("puskesos-desktop")
    except metadata.PackageNotFoundError:
        return "0"


def _part(progress: Progress | None, start: float, end: float) -> Progress | None:
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)


def write_backup(engine: Engine, key: bytes, database: Path, out_dir: Path, reason: str,
                 progress: Progress | None = None) -> Path:
    """A backup of the open database `engine` into `out_dir` (safe-write: temporary name, fsync,
    rename, read back); returns its path. The snapshot is taken beside the database, never on a stick."""
    spare = read_recovery_copy(recovery_file_for(database))
    try:
        keys = KeyFile.load(key_file_for(database))
    except (FileNotFoundError, KeyFileDamaged):  # signed in with the recovery code: it opens the backup
        keys = KeyFile(key_file_for(database), recovery=spare)
    local = database.parent / "backups"
    local.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = local / f".snapshot-{secrets.token_hex(4)}.sqlite3"
    try:
        raw = engine.raw_connection()
        try:
            backup_file.snapshot(raw.driver_connection, scratch, database.stat().st_size, _part(progress, 0, 0.45))
        finally:
            raw.close()
        described = backup_file.describe(scratch, key)
        at = clock.now()
        name = backup_file.file_name(described["office"]["region_code"], at)
        fields = {**described, "created_at": at.astimezone(dt.UTC).replace(tzinfo=None).isoformat(),
                  "reason": reason, "written_as": name, "app_version": app_version(),
                  "keys": backup_file.key_entries(keys, spare)}
        return write_file_safely(out_dir / name, lambda out: backup_file.write(
            out, database=scratch, key=key, fields=fields, progress=_part(progress, 0.45, 1.0)), mode=0o600)
    finally:
        cipher.remove_with_side_files(scratch)


def inspect(path: Path, *, verify: bool = True, progress: Progress | None = None) -> Backup:
    """What a file is, without a password: the manifest, and (with `verify`) whether it is whole."""
    path = Path(path)
    try:
        info = backup_file.read(path)
    except backup_file.BackupError as exc:
        size = path.stat().st_size if path.exists() else 0
        return Backup(path=str(path), file=path.name, size=size, created_at=None, problem=str(exc))
    problem = ""
    if verify:
        try:
            refuse_newer(info)
            backup_file.verify(info, progress)
            backup_file.check_name(info)
        except backup_file.BackupError as exc:
            problem = str(exc)
    return _entry(info, verified=verify and not problem, problem=problem)


def refuse_newer(info: backup_file.BackupInfo) -> None:
    """BackupNewer when the backup's schema is one this version does not know (a newer version's)."""
    if info.schema_revision not in known_revisions():
        raise backup_file.BackupNewer(f"Cadangan {info.path.name} dibuat oleh versi aplikasi yang lebih baru. "
                                      "Perbarui aplikasi Puskesos dulu, lalu coba lagi. Tidak ada yang diubah.")


def _entry(info: backup_file.BackupInfo, *, verified: bool, problem: str = "") -> Backup:
    return Backup(path=str(info.path), file=info.path.name, size=info.size, created_at=info.created_at,
                  reason=info.reason, mode=info.mode, region_code=info.region_code, office_name=info.office_name,
                  counts=dict(info.counts), verified=verified, problem=problem)


class BackupService:
    def __init__(self, context: Context, engine: Engine, settings: Settings, key: bytes | None) -> None:
        self._ctx = context
        self._engine = engine
        self._database = settings.sqlite_file
        self._key = key
        self.settings = settings
        self.folder = settings.backup_dir

    @property
    def available(self) -> bool:
        return self._database is not None and self._key is not None

    def create(self, out_dir: Path | None = None, *, reason: str = "manual",
               progress: Progress | None = None) -> Backup:
        """A backup now: to `out_dir` (a USB stick; admin) or, without it, into the backups folder."""
        if not self.available:
            raise BackupUnavailable(UNAVAILABLE)
        if out_dir is not None:
            self._ctx.require({Role.ADMIN}, "membuat cadangan ke flashdisk")
            out_dir = Path(out_dir)
            if not out_dir.is_dir():
                raise PuskesosError(f"Folder tujuan tidak ada: {out_dir}")
        assert self._database is not None and self._key is not None
        path = write_backup(self._engine, self._key, self._database, out_dir or self.folder, reason, progress)
        entry = inspect(path, verify=False)
        entry = Backup(**{**_fields(entry), "verified": True})  # write_file_safely read it back whole
        self._remember(entry)
        with self._ctx.transaction() as s:
            where = "flashdisk" if out_dir is not None else "folder cadangan"
            self._ctx.audit(s, "backup_create", "backup", "", f"{entry.reason_text}, {where}: {path.name}")
        if out_dir is None:
            self.rotate()
        return entry

    def daily_if_due(self, progress: Progress | None = None) -> Backup | None:
        """On closing the window: a backup into the folder unless one was made today already."""
        if not self.available:
            return None
        today = clock.today()
        for entry in self.list(verify=False):
            if entry.created_at is not None and clock.local_date(entry.created_at) == today \
                    and entry.reason in ("daily", "manual") and Path(entry.path).parent == self.folder:
                return None
        return self.create(reason="daily", progress=progress)

    def list(self, folder: Path | None = None, *, verify: bool = True,
             progress: Progress | None = None) -> list[Backup]:
        """Every backup file in `folder` (default: the backups folder), newest first, each verified."""
        folder = Path(folder) if folder is not None else self.folder
        return list_backups(folder, self.folder if folder == self.folder else None, verify=verify, progress=progress)

    def rotate(self) -> list[str]:
        """The backups folder keeps the newest backup of each of the last 7 days, 4 weeks and 12 months
        that have one, and every backup made before an upgrade or a restore for 30 days; the rest go.
        Files that cannot be read are left alone. Returns the names removed."""
        entries = [e for e in self.list(verify=False) if e.created_at is not None]
        keep = kept_by_rotation(entries, clock.now_utc())
        removed = []
        for entry in entries:
            if entry.path not in keep:
                Path(entry.path).unlink(missing_ok=True)
                removed.append(entry.file)
        if removed:
            with self._ctx.transaction() as s:
                self._ctx.audit(s, "backup_remove", "backup", "", f"rotasi: {len(removed)} berkas")
        return removed

    def remove_made_before(self, before: dt.datetime) -> int:
        """After a retention purge: the backups of the folder made before `before` (they hold data past
        the schedule) go; the others keep their rotation. Returns how many were removed."""
        removed = [e for e in self.list(verify=False) if e.created_at is not None and e.created_at < before]
        for entry in removed:
            Path(entry.path).unlink(missing_ok=True)
        if removed:
            with self._ctx.transaction() as s:
                self._ctx.audit(s, "backup_remove", "backup", "", f"retensi: {len(removed)} berkas")
        return len(removed)

    def _remember(self, entry: Backup) -> None:
        cache = _read_cache(self.folder)
        _remember(cache, entry)
        _save_cache(self.folder, cache)


def list_backups(folder: Path, cache_folder: Path | None, *, verify: bool = True,
                 progress: Progress | None = None) -> list[Backup]:
    """Every backup file in `folder`, newest first, each verified. In the backups folder (`cache_folder`)
    a file already verified at the same size and modification time is not read again; a stick's files
    are read every time (a restore always reads the whole file again)."""
    files = sorted(folder.glob("*" + backup_file.SUFFIX)) if folder.is_dir() else []
    cache = _read_cache(cache_folder) if cache_folder is not None else {}
    entries = []
    for number, path in enumerate(files):
        stat = path.stat()
        known = cache.get(str(path.resolve()))
        fresh = known is not None and known[:2] == [stat.st_size, stat.st_mtime_ns]
        entry = inspect(path, verify=verify and not fresh,
                        progress=_part(progress, number / len(files), (number + 1) / len(files)))
        if fresh and entry.created_at is not None:
            entry = Backup(**{**_fields(entry), "verified": bool(known[2]), "problem": str(known[3])})
        elif verify:
            _remember(cache, entry)
        entries.append(entry)
    if verify and cache_folder is not None and cache_folder.is_dir():
        _save_cache(cache_folder, cache)
    return sorted(entries, key=lambda e: (e.created_at or dt.datetime.min, e.file), reverse=True)


def _read_cache(folder: Path) -> dict:
    try:
        cache = json.loads((folder / _CACHE).read_text(encoding="utf-8"))
        return cache if isinstance(cache, dict) else {}
    except (OSError, ValueError):
        return {}


def _remember(cache: dict, entry: Backup) -> None:
    path = Path(entry.path)
    if entry.created_at is not None and path.exists():
        stat = path.stat()
        cache[str(path.resolve())] = [stat.st_size, stat.st_mtime_ns, entry.verified, entry.problem]


def _save_cache(folder: Path, cache: dict) -> None:
    live = {name: value for name, value in cache.items() if Path(name).exists()}
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / _CACHE, json.dumps(live, sort_keys=True).encode("utf-8"))


def kept_by_rotation(entries: list[Backup], now: dt.datetime) -> set[str]:
    """The paths the rotation keeps (pure: the rule itself, tested on its own)."""
    newest = sorted((e for e in entries if e.created_at is not None), key=lambda e: e.created_at, reverse=True)
    keep: set[str] = set()
    for period, count in ((lambda d: d, DAILY), (lambda d: d.isocalendar()[:2], WEEKLY),
                          (lambda d: (d.year, d.month), MONTHLY)):
        seen: list = []
        for entry in newest:
            bucket = period(clock.local_date(entry.created_at))
            if bucket not in seen:
                if len(seen) == count:
                    break
                seen.append(bucket)
                keep.add(entry.path)
    for entry in newest:
        if entry.reason in ("upgrade", "restore") and now - entry.created_at < dt.timedelta(days=KEEP_SPECIAL_DAYS):
            keep.add(entry.path)
    return keep


def _fields(entry: Backup) -> dict:
    return {name: getattr(entry, name) for name in Backup.__slots__}
