"""The open installation's data key and its key file: who can unlock the database.

Held by `Services` while an encrypted SQLite database is open (None on PostgreSQL, whose server
protects its data). Operator changes go through here so the key file follows the operator table:
a new operator or a new password gets an entry, a disabled operator loses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..db.keyfile import KeyFile, new_recovery_code, write_atomically, write_recovery_copy


class Keyring:
    def __init__(self, keys: KeyFile, data_key: bytes, recovery_copy: Path, *, recovery_code: str = "") -> None:
        self._keys = keys
        self._data_key = data_key
        self._recovery_copy = recovery_copy
        self._recovery_code = recovery_code  # known only right after it was made
        self.used_recovery_code = False

    @property
    def path(self) -> Path:
        return self._keys.path

    @property
    def data_key(self) -> bytes:
        """The open database's key: a restore keeps the database it replaces as a backup with it."""
        return self._data_key

    @property
    def setting_up(self) -> bool:
        """The installation is being created and has no administrator yet."""
        return self._keys.setting_up

    @property
    def operators(self) -> list[str]:
        return sorted(self._keys.operators)

    def set_password(self, username: str, password: str) -> None:
        self._keys.set_operator(username, password, self._data_key)
        self._keys.save()

    def drop(self, username: str) -> None:
        if username in self._keys.operators:
            self._keys.drop_operator(username)
            self._keys.save()

    def establish(self, admin_username: str, admin_password: str, office_name: str) -> None:
        """The first administrator of a new installation: from now on the key file is final."""
        self._keys.office_name = office_name
        self._keys.set_operator(admin_username, admin_password, self._data_key)
        self._keys.setting_up = False
        self._keys.save()
        write_recovery_copy(self._recovery_copy, self._keys.recovery)

    def set_office_name(self, name: str) -> None:
        if name != self._keys.office_name:
            self._keys.office_name = name
            self._keys.save()

    @contextmanager
    def replacing_recovery_code(self) -> Iterator[str]:
        """A new recovery code for the block (the caller logs it and shows it once); when the block
        fails the old code is put back and keeps working. docs/decisions.md, "Kode Pemulihan".

        The spare copy is written first: the key file is what every sign-in reads, so it changes last,
        and when it cannot be saved the old spare is put back. Until both are written the old code
        still opens the database through one of them; afterwards only the new one does."""
        old_entry, old_spare = self._keys.recovery, _read_or_none(self._recovery_copy)
        code = new_recovery_code()
        self._keys.set_recovery(code, self._data_key)
        saved = False
        try:
            write_recovery_copy(self._recovery_copy, self._keys.recovery)
            self._keys.save()
            saved = True
            yield code
        except BaseException:
            self._keys.recovery = old_entry
            if saved:
                self._keys.save()
            _put_back(self._recovery_copy, old_spare)
            raise

    def take_recovery_code(self) -> str:
        """The recovery code made at set-up, once; "" afterwards."""
        code, self._recovery_code = self._recovery_code, ""
        return code

    def take_failures(self) -> list[dict]:
        failures = self._keys.take_failures()
        if failures:
            self._keys.save()
        return failures


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _put_back(path: Path, content: bytes | None) -> None:
    """The file as it was before (absent when it was absent)."""
    if content is None:
        path.unlink(missing_ok=True)
    else:
        write_atomically(path, content)
