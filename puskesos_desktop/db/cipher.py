"""SQLCipher: what an SQLite file is, and turning a plaintext database into an encrypted one.

The driver is `sqlcipher3` (the `sqlcipher3-wheels` package: SQLCipher 4 on SQLite 3.51, the same
build on Windows and Linux; docs/decisions.md, "Encryption at rest"). Without a key it is plain
SQLite, so one driver serves both. The database is opened with the raw 256-bit data key
(`PRAGMA key = "x'…'"`): SQLCipher's own PBKDF2 is not paid per connection.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ..core.errors import PuskesosError

PLAINTEXT_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


class FileState(enum.Enum):
    MISSING = "missing"  # no file, or an empty one
    PLAINTEXT = "plaintext"  # an SQLite database anyone can read
    ENCRYPTED = "encrypted"  # not readable as SQLite: SQLCipher (or damaged; the key tells)


class DatabaseUnreadable(PuskesosError):
    """The key does not open the file: another installation's database, or a damaged file."""


def file_state(path: Path) -> FileState:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        return FileState.MISSING
    if not header:
        return FileState.MISSING
    return FileState.PLAINTEXT if header == PLAINTEXT_HEADER else FileState.ENCRYPTED


def quiet(conn) -> None:
    """SQLCipher writes its own errors (a wrong key: "hmac check failed") to stderr; the application
    says what went wrong in one line itself."""
    conn.execute("PRAGMA cipher_log_level = NONE")


def key_pragma(key: bytes) -> str:
    """The statement that opens the file; never logged (only hex digits are formatted in)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes | None = None) -> sqlcipher.Connection:
    """A bare connection (autocommit), keyed when `key` is given; DatabaseUnreadable on a wrong key."""
    conn = sqlcipher.connect(str(path), isolation_level=None, timeout=15)
    try:
        quiet(conn)
        if key is not None:
            conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise DatabaseUnreadable(unreadable_message(path)) from exc
    return conn


def unreadable_message(path: Path) -> str:
    return (f"Basis data {path.name} tidak dapat dibuka dengan kunci ini: berkas itu dari instalasi lain, "
            "atau rusak. Tidak ada yang diubah. Pulihkan dari cadangan atau hubungi Dinas Sosial.")


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def encrypt_copy(plain: Path, target: Path, key: bytes,
                 progress: Callable[[float], bool] | None = None) -> None:
    """Writes the plaintext database `plain` encrypted with `key` to `target` (which must not exist).

    `progress(fraction)` is called now and then; returning False cancels (target removed, PuskesosError).
    The plaintext file is only read; the caller checks the copy (`verify_copy`) before using it.
    """
    remove_with_side_files(target)  # a killed attempt's copy, and its hot journal with it
    total = max(plain.stat().st_size, 1)
    conn = connect(plain)
    cancelled = False

    def tick() -> int:
        nonlocal cancelled
        size = target.stat().st_size if target.exists() else 0
        if progress is not None and not progress(min(size / total, 0.99)):
            cancelled = True
            return 1  # a non-zero answer interrupts the statement
        return 0

    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("PRAGMA encrypted.cache_size = -16000")  # 16 MB: memory stays flat on a big file
        conn.set_progress_handler(tick, 1_000)
        try:
            conn.execute("SELECT sqlcipher_export('encrypted')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        finally:
            conn.set_progress_handler(None, 0)
            conn.execute("DETACH DATABASE encrypted")
    except sqlcipher.Error as exc:
        conn.close()
        remove_with_side_files(target)
        if cancelled:
            raise PuskesosError("Dibatalkan: basis data lama tetap dipakai, belum ada yang diubah.") from exc
        raise
    conn.close()
    _fsync(target)
    if progress is not None:
        progress(1.0)


def verify_copy(plain: Path, encrypted: Path, key: bytes) -> None:
    """The encrypted copy opens with the key, passes SQLCipher's and SQLite's checks, and holds the
    same number of rows in every table as the plaintext file. PuskesosError when it does not."""
    source, copy = connect(plain), connect(encrypted, key)
    try:
        problems = [row[0] for row in copy.execute("PRAGMA cipher_integrity_check")]
        problems += [row[0] for row in copy.execute("PRAGMA quick_check") if row[0] != "ok"]
        tables = [row[0] for row in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            want = source.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            got = copy.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            if want != got:
                problems.append(f"{table}: {got} baris, seharusnya {want}")
    except sqlcipher.Error as exc:
        problems = [str(exc)]
    finally:
        source.close()
        copy.close()
    if problems:
        raise PuskesosError("Salinan terenkripsi tidak lolos pemeriksaan; basis data lama tetap dipakai: "
                            + "; ".join(problems[:5]))


def remove_with_side_files(path: Path) -> None:
    for candidate in (path, *side_files(path)):
        candidate.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
