"""Writing a file that must not be half-written, on a USB stick or in the outbox (DESIGN §4 point 9):
a temporary name, flush + fsync, a rename that never replaces an existing file, the directory fsynced,
then the file read back and compared before anyone is told it is safe to pull the stick."""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.db.keyfile import fsync_directory

_BLOCK = 256 * 1024  # read back in blocks of this size


class SafeWriteError(PuskesosError):
    """A file could not be written and verified; nothing claimed safe was left behind."""


def write_file_safely(path: Path, data_writer: Callable[[BinaryIO], object] | bytes, *,
                      mode: int = 0o644, new_name_if_taken: bool = True) -> Path:
    """Writes via a temporary name, fsyncs, renames without replacing, reads back; returns the path.

    `data_writer` is the content, or a function writing it sequentially (no seeking). A taken name becomes `name-2.ext`, `name-3.ext`…
    (or raises when `new_name_if_taken` is false). On any failure nothing is left behind.
    """
    temporary = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    final: Path | None = None
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
        with os.fdopen(descriptor, "wb") as handle:
            writer = _HashingWriter(handle)
            if isinstance(data_writer, (bytes, bytearray, memoryview)):
                writer.write(bytes(data_writer))
            else:
                data_writer(writer)  # type: ignore[arg-type]
            handle.flush()
            os.fsync(handle.fileno())
        final = _rename_without_replacing(temporary, path, new_name_if_taken)
        fsync_directory(path.parent)
        _verify_read_back(final, writer.digest.hexdigest())
        return final
    except BaseException as exc:
        for leftover in (temporary, final):
            if leftover is not None:
                try:
                    leftover.unlink()
                except OSError:
                    pass
        if isinstance(exc, OSError):
            raise SafeWriteError(f"Gagal menulis {path.name} di {path.parent}: {exc.strerror or exc}. "
                                 "Berkas belum aman; periksa flashdisk lalu coba lagi.") from exc
        raise


class _HashingWriter:
    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self._handle.write(data)

    def flush(self) -> None:
        self._handle.flush()


def _rename_without_replacing(temporary: Path, target: Path, new_name_if_taken: bool) -> Path:
    candidates = [target]
    if new_name_if_taken:
        candidates += [target.with_name(f"{target.stem}-{n}{target.suffix}") for n in range(2, 100)]
    for candidate in candidates:
        try:
            _move_if_free(temporary, candidate)
            return candidate
        except FileExistsError:
            continue
    raise SafeWriteError(f"Berkas {target.name} sudah ada di {target.parent}; tidak ditimpa.")


def _move_if_free(temporary: Path, target: Path) -> None:
    if sys.platform == "win32":
        os.rename(temporary, target)  # refuses an existing target on Windows
        return
    try:
        os.link(temporary, target)  # atomic and refuses an existing target
    except FileExistsError:
        raise
    except OSError:  # FAT/exFAT sticks have no hard links: check, then rename
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(temporary, target)
        return
    os.unlink(temporary)


def _verify_read_back(path: Path, expected: str) -> None:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        if hasattr(os, "posix_fadvise"):  # ask the kernel to drop its cache so we read the device
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        while block := handle.read(_BLOCK):
            digest.update(block)
    if digest.hexdigest() != expected:
        raise SafeWriteError(f"Isi {path.name} yang terbaca ulang tidak sama dengan yang ditulis; "
                             "flashdisk mungkin rusak. Coba flashdisk lain.")
