"""Who has an SQLite database open: a shared lock per process that uses it, an exclusive one to replace it.

Every process that opens the database (the window, a command) holds a shared lock on the file
`<database>.lock` for as long as its services live. Work that swaps the database file for another —
the plaintext→encrypted conversion today, a restore later — takes the exclusive lock first and
refuses while anyone else has the database open: on Linux the other process would go on writing
into the replaced (unlinked) file and its changes would be lost; on Windows the rename would fail
half-way. The lock is the operating system's (flock / LockFileEx), so a process that dies releases it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from ..core.errors import PuskesosError


class DatabaseInUse(PuskesosError):
    """Another process has the database open (or is replacing it)."""


def lock_file_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _EXCLUSIVE, _FAIL_IMMEDIATELY = 0x2, 0x1

    def _try_lock(fd: int, exclusive: bool) -> bool:
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())))

    def _unlock(fd: int) -> None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class UseLock:
    """A held lock on `<database>.lock`; `release()` (or closing the process) lets it go."""

    def __init__(self, database: Path, *, exclusive: bool, wait: float) -> None:
        path = lock_file_for(database)
        self.fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        while not _try_lock(self.fd, exclusive):
            if time.monotonic() >= deadline:
                os.close(self.fd)
                self.fd = None
                raise DatabaseInUse(_IN_USE if exclusive else _BEING_REPLACED)
            time.sleep(0.1)

    def release(self) -> None:
        if self.fd is not None:
            _unlock(self.fd)
            os.close(self.fd)
            self.fd = None


_IN_USE = ("Basis data ini sedang dibuka oleh program lain (jendela Puskesos atau perintah puskesos). "
           "Tutup dulu program itu, lalu coba lagi.")
_BEING_REPLACED = ("Basis data ini sedang dienkripsi atau dipulihkan oleh program lain. Tunggu sampai selesai, "
                   "lalu coba lagi.")


def open_for_use(database: Path, wait: float = 30.0) -> UseLock:
    """The shared lock of a process that uses the database; waits while it is being replaced."""
    return UseLock(database, exclusive=False, wait=wait)


def open_for_replacing(database: Path, wait: float = 2.0) -> UseLock:
    """The exclusive lock: nobody else has the database open until `release()`."""
    return UseLock(database, exclusive=True, wait=wait)
