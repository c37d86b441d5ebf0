"""Opening an installation: what state its database is in, and signing in to it.

An SQLite database is encrypted (SQLCipher) with a data key that only the key file holds, wrapped
per operator and by the recovery code (db/keyfile.py), so signing in comes *before* the database
opens: the password unwraps the key, the key opens the file, then the operator's row says their
role. On PostgreSQL the server protects the data and the password is checked against the
operator table. docs/decisions.md, "Encryption at rest".
"""

from __future__ import annotations

import enum
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from .. import paths
from ..core import clock
from ..core.codes import Role
from ..core.errors import AuthenticationError, PuskesosError
from ..core.model import Office
from ..db import cipher, inuse
from ..db.cipher import FileState
from ..db.keyfile import (KEY_BYTES, KeyFile, KeyFileDamaged, fsync_directory, key_file_for, new_recovery_code,
                          read_recovery_copy, recovery_file_for, write_recovery_copy)
from ..settings import Settings
from .container import Services, build_services
from .keyring import Keyring
from .restore import finish_interrupted_restore


class State(enum.Enum):
    NEW = "new"  # nothing yet: set-up creates the encrypted database
    LOCKED = "locked"  # encrypted, with its key file: sign in
    PLAINTEXT = "plaintext"  # from before encryption: an admin signs in and it is converted
    KEYS_MISSING = "keys_missing"  # encrypted, no key file: only the recovery code opens it
    SERVER = "server"  # PostgreSQL: the server protects the data; the password is checked in the database


class NeedsUpgrade(PuskesosError):
    """A plaintext database: it is encrypted first (the window does it, or `puskesos encrypt`)."""


@dataclass
class UpgradePlan:
    """An admin signed in to a plaintext database, and the recovery code to show (a new one also when
    an interrupted upgrade is resumed)."""

    username: str
    keys: KeyFile
    data_key: bytes
    recovery_code: str
    office: Office | None = None  # for the "Kode Pemulihan" sheet, printed before the conversion


class Access:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database = settings.sqlite_file

    # ---- what is there ---------------------------------------------------------------------------
    def state(self) -> State:
        if self.database is None:
            return State.SERVER
        finish_interrupted_restore(self.database)  # a restore cut off by a power cut completes first
        found = cipher.file_state(self.database)
        if found is FileState.PLAINTEXT:
            return State.PLAINTEXT
        keys = self._key_file
        if found is FileState.MISSING or (found is FileState.ENCRYPTED and self._unfinished_set_up()):
            return State.NEW
        return State.LOCKED if keys.exists() else State.KEYS_MISSING

    def office_name(self) -> str:
        try:
            return KeyFile.load(self._key_file).office_name if self.database else ""
        except (FileNotFoundError, KeyFileDamaged):
            return ""

    @property
    def _key_file(self) -> Path:
        assert self.database is not None
        return key_file_for(self.database)

    @property
    def _recovery_copy(self) -> Path:
        assert self.database is not None
        return recovery_file_for(self.database)

    def _unfinished_set_up(self) -> bool:
        """A set-up that stopped before its administrator existed: nothing in that database to keep."""
        try:
            return KeyFile.load(self._key_file).setting_up
        except (FileNotFoundError, KeyFileDamaged):
            return False

    # ---- a new installation ----------------------------------------------------------------------
    def create(self) -> Services:
        """An empty encrypted database and its key file (with the recovery entry); the set-up's first
        administrator completes the key file (`Keyring.establish`)."""
        if self.database is None:
            return build_services(self.settings)
        if self.state() is not State.NEW:
            raise PuskesosError("Instalasi ini sudah ada; tidak dibuat ulang.")
        for leftover in (self.database, *cipher.side_files(self.database)):
            leftover.unlink(missing_ok=True)  # an empty file, or an unfinished set-up's
        self.database.parent.mkdir(parents=True, exist_ok=True)
        data_key, code = secrets.token_bytes(KEY_BYTES), new_recovery_code()
        keys = KeyFile.create(self._key_file, data_key, code)
        keys.save()
        services = build_services(self.settings, key=data_key)
        services.attach_keyring(Keyring(keys, data_key, self._recovery_copy, recovery_code=code))
        return services

    def discard_if_unfinished(self, services: Services) -> None:
        """After `create`, when the set-up was cancelled: the empty database and its key file go."""
        if services.keyring is not None and services.keyring.setting_up and self.database is not None:
            services.close()
            cipher.remove_with_side_files(self.database)
            self._key_file.unlink(missing_ok=True)
            inuse.lock_file_for(self.database).unlink(missing_ok=True)

    # ---- signing in ------------------------------------------------------------------------------
    def sign_in(self, username: str, password: str) -> Services:
        """The services of the open database with this operator signed in; AuthenticationError
        (wrong password, too many attempts), KeyFileDamaged, DatabaseUnreadable or NeedsUpgrade."""
        username = username.strip().lower()
        state = self.state()
        if state is State.SERVER:
            services = build_services(self.settings)
            try:
                services.operators.login(username, password)
            except BaseException:
                services.close()
                raise
            return services
        if state is State.PLAINTEXT:
            raise NeedsUpgrade("Basis data ini belum terenkripsi. Buka aplikasi sekali sebagai admin untuk "
                               "mengenkripsinya, atau jalankan 'puskesos encrypt'.")
        if state is State.KEYS_MISSING:
            raise KeyFileDamaged(f"Berkas kunci {self._key_file.name} tidak ada. Masuk dengan kode pemulihan.")
        if state is State.NEW:
            raise AuthenticationError("Instalasi belum disiapkan.")
        keys = KeyFile.load(self._key_file)
        data_key = keys.unlock(username, password)
        return self._open(keys, data_key, lambda s: s.operators.begin_session(username))

    def sign_in_with_recovery(self, code: str) -> Services:
        """As the office's administrator, with the recovery code: when every password is forgotten or
        the key file is damaged or gone (it is then made again, with no operator in it)."""
        if self.database is None:
            raise AuthenticationError("Kode pemulihan hanya untuk basis data di laptop ini (SQLite).")
        if self.state() not in (State.LOCKED, State.KEYS_MISSING):
            raise AuthenticationError("Kode pemulihan tidak dipakai untuk basis data ini.")
        spare = read_recovery_copy(self._recovery_copy)
        try:
            keys = KeyFile.load(self._key_file)
        except (FileNotFoundError, KeyFileDamaged):
            if spare is None:
                raise KeyFileDamaged("Berkas kunci dan salinan kode pemulihannya tidak ada atau rusak: basis "
                                     "data tidak dapat dibuka. Pulihkan dari cadangan.") from None
            keys = self._rebuilt_key_file(spare)
        data_key = keys.unlock_with_recovery(code, spare)
        services = self._open(keys, data_key, lambda s: s.operators.begin_recovery_session())
        if services.keyring is not None:
            services.keyring.used_recovery_code = True
        return services

    def _rebuilt_key_file(self, recovery: dict) -> KeyFile:
        if self._key_file.exists():  # keep the damaged one for whoever investigates
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            os.replace(self._key_file, self._key_file.with_name(f"{self._key_file.name}.rusak-{stamp}"))
        return KeyFile(self._key_file, recovery=recovery)

    def _open(self, keys: KeyFile, data_key: bytes, begin: Callable[[Services], object]) -> Services:
        assert self.database is not None
        try:
            services = build_services(self.settings, key=data_key)
        except DatabaseError as exc:  # the key opens no page of it: another installation's file, or damaged
            raise cipher.DatabaseUnreadable(cipher.unreadable_message(self.database)) from exc
        services.attach_keyring(Keyring(keys, data_key, self._recovery_copy))
        try:
            if services.setup.is_initialized():
                begin(services)
                # A conversion cut off between its rename and the clean-up left plaintext copies.
                if leftovers := remove_plaintext_backups(self.database):
                    services.operators.note_encryption(leftovers)
            if not self._key_file.exists():
                keys.save()
        except BaseException:
            services.close()
            raise
        return services

    # ---- from plaintext to encrypted -------------------------------------------------------------
    def prepare_upgrade(self, username: str, password: str) -> UpgradePlan:
        """An admin of the plaintext database signs in; the key file is written (so a power cut
        during the conversion resumes with the same data key). A resumed conversion gets a new
        recovery code: the first one may never have reached the screen (a power cut before the
        dialog), so the code shown last is the one that counts."""
        assert self.database is not None
        username = username.strip().lower()
        # Migrated first: signing in writes the audit log in today's schema, and a database from before
        # it (0001–0004) has no chain columns. The copy taken before that upgrade is plaintext like the
        # file itself; `convert` removes it with the others once the encrypted file is in place.
        inuse.open_for_replacing(self.database).release()  # refuse now, before it is migrated or a code made
        plain = build_services(self.settings)
        try:
            operator = plain.operators.login(username, password)
            if operator.role is not Role.ADMIN:
                raise AuthenticationError("Hanya admin yang dapat mengenkripsi basis data.")
            hashes = plain.operators.password_hashes()
            office = plain.setup.office()
        finally:
            plain.operators.logout()
            plain.close()
        if self._key_file.exists():  # an earlier conversion was interrupted: same data key, a new code
            keys = KeyFile.load(self._key_file)
            data_key, code = keys.unlock(username, password), new_recovery_code()
            keys.set_recovery(code, data_key)
            keys.save()
            write_recovery_copy(self._recovery_copy, keys.recovery)
            return UpgradePlan(username, keys, data_key, code, office)
        data_key, code = secrets.token_bytes(KEY_BYTES), new_recovery_code()
        keys = KeyFile.create(self._key_file, data_key, code)
        keys.setting_up = False
        for name, password_hash in hashes.items():
            keys.set_operator_from_hash(name, password_hash, data_key)
        keys.set_operator(username, password, data_key)
        keys.save()
        write_recovery_copy(self._recovery_copy, keys.recovery)
        return UpgradePlan(username, keys, data_key, code, office)

    def convert(self, plan: UpgradePlan, progress: Callable[[float], bool] | None = None) -> Services:
        """Encrypts into a side file, checks it, swaps it in with one rename, then removes every
        plaintext copy the application made. Up to the rename the plaintext file is untouched; after
        it the encrypted one is complete. DatabaseInUse while another process has the database open."""
        assert self.database is not None
        staging = self.database.with_name(self.database.name + ".encrypting")
        # Nobody else may have the file open: their later writes would go to the replaced file.
        replacing = inuse.open_for_replacing(self.database)
        try:
            cipher.encrypt_copy(self.database, staging, plan.data_key, progress)
            cipher.verify_copy(self.database, staging, plan.data_key)
            for side in cipher.side_files(self.database):
                side.unlink(missing_ok=True)  # emptied by the checkpoint; they belong to the plaintext file
            os.replace(staging, self.database)
            fsync_directory(self.database.parent)
            removed = remove_plaintext_backups(self.database)
        finally:
            replacing.release()
        services = self._open(plan.keys, plan.data_key, lambda s: s.operators.begin_session(plan.username))
        services.operators.note_encryption(removed)
        return services


def remove_plaintext_backups(database: Path) -> int:
    """The copies of this database the application made before upgrades (db/migrate.py), while it
    was still plaintext: in the backup folder, and beside the database."""
    removed = 0
    for folder in {paths.backup_dir(), database.parent / "backups"}:
        for candidate in sorted(folder.glob(f"{database.stem}-before-upgrade-*.sqlite3")):
            if cipher.file_state(candidate) is FileState.PLAINTEXT:
                candidate.unlink()
                removed += 1
    return removed
