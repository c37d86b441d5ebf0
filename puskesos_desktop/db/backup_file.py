"""The backup file (`.pskbak`): a consistent copy of the encrypted database that opens on its own.

A ZIP (stored, not compressed: the database is encrypted and does not compress), read in place:

- `backup.json` — what it is: format and version, when and why it was made, the office (mode,
  region code, name), the local origin (id, incarnation, last seq) and the audit chain's head, the
  schema revision, row counts, the name it was written under, the SHA-256 and size of the database
  member, and the key-file entries of that moment (each operator's and the recovery code's wrapped
  data key, db/keyfile.py). Nothing in it is personal data.
- `backup.mac` — HMAC-SHA256 of `backup.json` under a key derived from the data key: once a password
  or the recovery code has unwrapped the key, the manifest is proven to be the one written with it.
- `database.sqlcipher` — the database as `VACUUM INTO` wrote it: SQLCipher, the same data key.

Anyone can check the file's integrity (the CRCs and the member's SHA-256) without a password;
only a password or the recovery code of that moment opens it. docs/decisions.md, "Backups".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..core import clock
from ..core.errors import AuthenticationError, PuskesosError
from . import cipher
from .keyfile import KeyFile, normalize_recovery_code, unwrap, RECOVERY_LABEL

FORMAT, VERSION = "puskesos-backup", 1
SUFFIX = ".pskbak"
MANIFEST, MAC, DATABASE = "backup.json", "backup.mac", "database.sqlcipher"
MEMBERS = (MANIFEST, MAC, DATABASE)
MAX_MANIFEST = 4 << 20  # a manifest is a few kB; anything far bigger is not one of ours
_BLOCK = 1 << 20
_MAC_INFO = b"puskesos-backup-manifest-v1"
# `puskesos-cadangan-3201052009-20261203-140512.pskbak`
NAME = re.compile(r"^puskesos-cadangan-(\d{4}|\d{10})-(\d{8}-\d{6})(?:-\d+)?\.pskbak$")

Progress = Callable[[float], bool]  # fraction done → False to cancel


class BackupError(PuskesosError):
    """A file is not a usable backup (the message says why, in Indonesian); nothing was changed."""


class BackupNewer(BackupError):
    """Made by a newer version of the application: it has to be upgraded first."""


class Cancelled(PuskesosError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says (read without a password)."""

    path: Path
    size: int
    created_at: dt.datetime  # UTC
    reason: str  # "manual" | "daily" | "upgrade" | "restore"
    mode: str
    region_code: str
    office_name: str
    origin_id: str
    incarnation: int
    last_seq: int
    audit_seq: int
    schema_revision: str
    counts: dict[str, int]
    written_as: str
    database_sha256: str
    database_size: int
    keys: dict = field(repr=False)
    manifest_bytes: bytes = field(repr=False)
    mac: bytes = field(repr=False)

    @property
    def operators(self) -> list[str]:
        return sorted(self.keys.get("operators") or {})


def file_name(region_code: str, at: dt.datetime) -> str:
    return f"puskesos-cadangan-{region_code}-{at:%Y%m%d-%H%M%S}{SUFFIX}"


# ---- writing -------------------------------------------------------------------------------------
def snapshot(raw, target: Path, source_size: int, progress: Progress | None = None) -> None:
    """A consistent copy of the open database (a DBAPI connection in autocommit) into `target`:
    `VACUUM INTO` reads one snapshot even while others write, and an encrypted database is copied
    encrypted under the same key. `progress` gets the fraction of `source_size` written so far."""
    cipher.remove_with_side_files(target)
    cancelled = False

    def tick() -> int:
        nonlocal cancelled
        written = target.stat().st_size if target.exists() else 0
        if progress is not None and not progress(min(written / max(source_size, 1), 0.99)):
            cancelled = True
            return 1
        return 0

    raw.set_progress_handler(tick, 5_000)
    try:
        raw.execute("VACUUM INTO ?", (str(target),))
    except cipher.sqlcipher.Error as exc:
        cipher.remove_with_side_files(target)
        if cancelled:
            raise Cancelled("Dibatalkan; tidak ada cadangan yang ditulis.") from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


def describe(database: Path, key: bytes) -> dict:
    """The manifest fields read from a snapshot itself (so they say exactly what it holds)."""
    conn = cipher.connect(database, key)
    try:
        office = conn.execute("SELECT mode, region_code, name, local_origin_id FROM office").fetchone()
        if office is None:
            raise BackupError("Instalasi belum disiapkan; belum ada yang dicadangkan.")
        mode, region, name, origin_id = office
        incarnation, last_seq = conn.execute(
            "SELECT incarnation, last_seq FROM sync_origin WHERE id = ?", (origin_id,)).fetchone()
        try:
            audit_seq = conn.execute("SELECT coalesce(max(chain_seq), 0) FROM audit_log WHERE origin_id = ?",
                                     (origin_id,)).fetchone()[0]
        except cipher.sqlcipher.OperationalError:  # a schema from before the audit chain (an upgrade's backup)
            audit_seq = 0
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        counts = {table: conn.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
                  for table in ("household", "person", "need", "complaint", "referral")}
    finally:
        conn.close()
    return {"office": {"mode": mode, "region_code": region, "name": name},
            "origin": {"id": origin_id, "incarnation": incarnation, "last_seq": last_seq, "audit_seq": audit_seq},
            "schema_revision": revision, "counts": counts}


def key_entries(keys: KeyFile, spare_recovery: dict | None) -> dict:
    """The key file's entries as they are now: whoever could open the database then opens the backup."""
    return {"operators": keys.operators, "recovery": keys.recovery, "spare_recovery": spare_recovery}


def write(out: BinaryIO, *, database: Path, key: bytes, fields: dict, progress: Progress | None = None) -> dict:
    """The backup into `out` (written in order, no seeking: a safe-write target); returns its manifest.

    `fields`: created_at, reason, written_as, keys, app_version (plus `describe(database)`)."""
    sha, size = hashlib.sha256(), database.stat().st_size
    with open(database, "rb") as handle:
        while block := handle.read(_BLOCK):
            sha.update(block)
    manifest = {"format": FORMAT, "version": VERSION, **fields,
                "database": {"member": DATABASE, "size": size, "sha256": sha.hexdigest()}}
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        archive.writestr(MANIFEST, text)
        archive.writestr(MAC, hmac.new(_mac_key(key), text, hashlib.sha256).hexdigest())
        done = 0
        member_info = zipfile.ZipInfo(DATABASE, date_time=clock.now().timetuple()[:6])
        with open(database, "rb") as source, archive.open(member_info, "w", force_zip64=True) as member:
            while block := source.read(_BLOCK):
                member.write(block)
                done += len(block)
                if progress is not None and not progress(done / max(size, 1)):
                    raise Cancelled("Dibatalkan; tidak ada cadangan yang ditulis.")
    return manifest


def _mac_key(key: bytes) -> bytes:
    return hmac.new(key, _MAC_INFO, hashlib.sha256).digest()


# ---- reading -------------------------------------------------------------------------------------
def read(path: Path) -> BackupInfo:
    """The manifest of a backup file, checked for shape (not yet for integrity: `verify`)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04":  # a bundle, a database, anything but a ZIP
                raise BackupError(_not_a_backup(path))
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if names[:1] != [MANIFEST] or set(names) != set(MEMBERS) or len(names) != len(MEMBERS):
                raise BackupError(_not_a_backup(path))
            if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST:
                raise BackupError(_not_a_backup(path))
            text = archive.read(MANIFEST)
            mac = archive.read(MAC)
    except FileNotFoundError:
        raise BackupError(f"Berkas {path.name} tidak ada.") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, EOFError) as exc:
        raise BackupError(_damaged(path)) from exc
    try:
        m = json.loads(text.decode("utf-8"))
        if not isinstance(m, dict) or m.get("format") != FORMAT:
            raise ValueError
    except ValueError:
        raise BackupError(_not_a_backup(path)) from None
    version = m.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupError(_damaged(path))
    if version > VERSION:
        raise BackupNewer(f"Cadangan {path.name} dibuat oleh versi aplikasi yang lebih baru (format {version}). "
                          "Perbarui aplikasi Puskesos dulu, lalu coba lagi. Tidak ada yang diubah.")
    try:
        office, origin, database = m["office"], m["origin"], m["database"]
        info = BackupInfo(
            path=path, size=size, created_at=dt.datetime.fromisoformat(m["created_at"]), reason=str(m["reason"]),
            mode=str(office["mode"]), region_code=str(office["region_code"]), office_name=str(office["name"]),
            origin_id=str(origin["id"]), incarnation=int(origin["incarnation"]), last_seq=int(origin["last_seq"]),
            audit_seq=int(origin["audit_seq"]), schema_revision=str(m["schema_revision"]),
            counts={str(k): int(v) for k, v in m["counts"].items()}, written_as=str(m["written_as"]),
            database_sha256=str(database["sha256"]), database_size=int(database["size"]), keys=dict(m["keys"]),
            manifest_bytes=text, mac=mac,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BackupError(_damaged(path)) from None
    return info


def verify(info: BackupInfo, progress: Progress | None = None) -> None:
    """The database member is whole: its SHA-256 and size are the manifest's (and ZIP's CRC holds).
    BackupError when it is not; Cancelled when `progress` says stop."""
    sha, done = hashlib.sha256(), 0
    try:
        with zipfile.ZipFile(info.path) as archive, archive.open(DATABASE) as member:
            while block := member.read(_BLOCK):
                sha.update(block)
                done += len(block)
                if progress is not None and not progress(done / max(info.database_size, 1)):
                    raise Cancelled("Pemeriksaan dibatalkan.")
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as exc:
        raise BackupError(_damaged(info.path)) from exc
    if done != info.database_size or sha.hexdigest() != info.database_sha256:
        raise BackupError(_damaged(info.path))


def check_name(info: BackupInfo) -> None:
    """The file still has the name it was written under (its number suffix aside): a backup renamed to
    pass for another day or desa is refused, with the name to give it back."""
    written = NAME.match(info.written_as)
    current = NAME.match(info.path.name)
    if current is None or written is None or current.groups() != written.groups():
        raise BackupError(f"Nama berkas cadangan ini sudah diubah (aslinya {info.written_as}). Tidak ada yang "
                          f"diubah; kembalikan namanya menjadi {info.written_as}, lalu coba lagi.")


def unlock(info: BackupInfo, *, username: str = "", password: str = "", recovery_code: str = "") -> bytes:
    """The data key of the backup from a password of that moment, or the recovery code; the manifest
    is then proven (MAC). AuthenticationError when neither opens it."""
    keys = info.keys
    key = None
    if recovery_code:
        code = normalize_recovery_code(recovery_code)
        for entry in (keys.get("recovery"), keys.get("spare_recovery")):
            if isinstance(entry, dict) and key is None:
                key = _unwrap(entry, code, RECOVERY_LABEL, info)
        if key is None:
            raise AuthenticationError("Kode pemulihan ini tidak membuka cadangan itu (kodenya sudah diganti "
                                      "sesudah cadangan dibuat?).")
    else:
        name = username.strip().lower()
        entry = (keys.get("operators") or {}).get(name)
        key = _unwrap(entry, password, "operator:" + name, info) if isinstance(entry, dict) else None
        if key is None:
            raise AuthenticationError("Nama pengguna atau kata sandi ini tidak membuka cadangan itu. Pakai kata "
                                      "sandi yang berlaku saat cadangan dibuat, atau kode pemulihan.")
    expected = hmac.new(_mac_key(key), info.manifest_bytes, hashlib.sha256).hexdigest().encode("ascii")
    if not hmac.compare_digest(expected, info.mac.strip()):
        raise BackupError(_damaged(info.path))
    return key


def _unwrap(entry: dict, secret: str, label: str, info: BackupInfo) -> bytes | None:
    try:
        return unwrap(entry, secret, label)
    except PuskesosError:  # a malformed entry: the manifest was changed
        raise BackupError(_damaged(info.path)) from None


def extract(info: BackupInfo, target: Path, progress: Progress | None = None) -> None:
    """The database member to `target` (fsynced), its hash checked on the way."""
    cipher.remove_with_side_files(target)
    sha, done = hashlib.sha256(), 0
    try:
        with zipfile.ZipFile(info.path) as archive, archive.open(DATABASE) as member, \
                open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600),
                     "wb") as out:
            while block := member.read(_BLOCK):
                sha.update(block)
                out.write(block)
                done += len(block)
                if progress is not None and not progress(done / max(info.database_size, 1)):
                    raise Cancelled("Dibatalkan; basis data tidak diubah.")
            out.flush()
            os.fsync(out.fileno())
    except (zipfile.BadZipFile, OSError, EOFError, KeyError) as exc:
        cipher.remove_with_side_files(target)
        raise BackupError(_damaged(info.path)) from exc
    except BaseException:
        cipher.remove_with_side_files(target)
        raise
    if done != info.database_size or sha.hexdigest() != info.database_sha256:
        cipher.remove_with_side_files(target)
        raise BackupError(_damaged(info.path))


def _damaged(path: Path) -> str:
    return (f"Berkas cadangan {path.name} rusak atau terpotong (isinya tidak sama dengan saat dibuat). "
            "Tidak ada yang diubah; pakai cadangan lain.")


def _not_a_backup(path: Path) -> str:
    return f"Berkas {path.name} bukan berkas cadangan Puskesos. Tidak ada yang diubah."
