"""The open installation's data key and its key file: who can unlock the database.

Held by `Services` while an encrypted SQLite database is open (None on PostgreSQL, whose server
protects its data). Operator changes go through here so the key file follows the operator table:
a new operator or a new password gets an entry, a disabled operator loses it.
"""

from __future__ import annotations

from pathlib import Path

from ..db.keyfile import KeyFile, new_recovery_code, write_recovery_copy


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

    def new_recovery_code(self) -> str:
        """Replaces the recovery code (the old one stops working); shown once by the caller."""
        code = new_recovery_code()
        self._keys.set_recovery(code, self._data_key)
        self._keys.save()
        write_recovery_copy(self._recovery_copy, self._keys.recovery)
        self._recovery_code = code
        return code

    def take_recovery_code(self) -> str:
        """The recovery code made at set-up (or by `new_recovery_code`), once; "" afterwards."""
        code, self._recovery_code = self._recovery_code, ""
        return code

    def take_failures(self) -> list[dict]:
        failures = self._keys.take_failures()
        if failures:
            self._keys.save()
        return failures
