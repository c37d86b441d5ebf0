"""Operators: sign-in with argon2id hashes, and the admin's add / disable / reset."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..core import clock
from ..core.codes import Role
from ..core.errors import AuthenticationError, NotFoundError, Problems, PuskesosError
from ..core.ids import new_id
from ..core.model import Operator
from ..db import mapping
from ..db.keyfile import WRONG_LOGIN
from ..db.records import OperatorRecord
from .context import Context

if TYPE_CHECKING:
    from .keyring import Keyring

_USERNAME = re.compile(r"^[a-z0-9._-]{3,60}$")
_LONG_NUMBER = re.compile(r"\d{6,}")
# Who acts after signing in with the recovery code: an administrator that is nobody's account.
RECOVERY_OPERATOR = Operator(id="kode-pemulihan", username="kode-pemulihan", full_name="Kode pemulihan",
                             role=Role.ADMIN, active=True)
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@cache
def _dummy_hash() -> str:
    """Verifying against this keeps "no such user" as slow as "wrong password" (made on first use:
    hashing costs time and 64 MB at start-up)."""
    return _hasher.hash("puskesos-timing-equaliser")


class OperatorService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self.keyring: Keyring | None = None  # set on an encrypted database: entries follow the operators

    @property
    def current(self) -> Operator | None:
        return self._ctx.operator

    def acts_as_admin(self) -> bool:
        """An administrator is signed in, or nobody is (the installation acting as itself: the command
        line before sign-in, tests), as `Context.require` lets it act."""
        current = self._ctx.operator
        return current is None or current.role is Role.ADMIN

    def has_operators(self) -> bool:
        with self._ctx.reading() as s:
            return s.execute(select(func.count(OperatorRecord.id))).scalar_one() > 0

    def login(self, username: str, password: str) -> Operator:
        with self._ctx.transaction() as s:
            record = s.execute(
                select(OperatorRecord).where(OperatorRecord.username == username.strip().lower())
            ).scalar_one_or_none()
            try:
                _hasher.verify(record.password_hash if record else _dummy_hash(), password)
            except (VerifyMismatchError, InvalidHashError):
                record = None
            if record is not None and record.active:
                if _hasher.check_needs_rehash(record.password_hash):
                    record.password_hash = _hasher.hash(password)
                self._ctx.operator = mapping.operator(record)
                self._ctx.audit(s, "login", "operator", record.id)
                return self._ctx.operator
        self._log_failures([{"at": clock.now_utc().isoformat(timespec="seconds"), "username": username}])
        raise AuthenticationError(WRONG_LOGIN)

    def begin_session(self, username: str) -> Operator:
        """After the key file accepted this operator's password (services/access.py): their row says
        whether they are still active and what they may do. Earlier failed attempts are logged now."""
        failures = self.keyring.take_failures() if self.keyring else []
        self._log_failures(failures)
        with self._ctx.transaction() as s:
            record = s.execute(
                select(OperatorRecord).where(OperatorRecord.username == username.strip().lower())
            ).scalar_one_or_none()
            if record is None or not record.active:
                raise AuthenticationError(WRONG_LOGIN)
            self._ctx.operator = mapping.operator(record)
            self._ctx.audit(s, "login", "operator", record.id)
            return self._ctx.operator

    def begin_recovery_session(self) -> Operator:
        """Signed in with the office's recovery code: an administrator without an account (logged)."""
        self._log_failures(self.keyring.take_failures() if self.keyring else [])
        self._ctx.operator = RECOVERY_OPERATOR
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "recovery_code_use", "operator", RECOVERY_OPERATOR.id)
        return RECOVERY_OPERATOR

    def _log_failures(self, failures: list[dict]) -> None:
        if not failures:
            return
        with self._ctx.transaction() as s:
            for failure in failures:
                typed = _LONG_NUMBER.sub("…", str(failure.get("username", "")))[:60]  # a NIK typed as a name
                self._ctx.audit(s, "login_failed", "operator", "", f"{failure.get('at', '')} {typed}")

    def password_hashes(self) -> dict[str, str]:
        """Active operators' stored hashes, for the key file when a plaintext database is encrypted."""
        with self._ctx.reading() as s:
            rows = s.execute(select(OperatorRecord.username, OperatorRecord.password_hash)
                             .where(OperatorRecord.active.is_(True)))
            return {username: password_hash for username, password_hash in rows}

    def note_encryption(self, plaintext_copies_removed: int) -> None:
        with self._ctx.transaction() as s:
            self._ctx.audit(s, "database_encrypt", "database", "", f"{plaintext_copies_removed} salinan polos dihapus")

    @property
    def has_recovery_code(self) -> bool:
        """An encrypted SQLite database has one; PostgreSQL's server protects its data without one."""
        return self.keyring is not None

    def new_recovery_code(self) -> str:
        """Replaces the office's recovery code (admin): the old one stops opening the database. The new
        code is returned to be shown once; it is never logged or stored in the clear."""
        self._ctx.require({Role.ADMIN}, "membuat kode pemulihan baru")
        if self.keyring is None:
            raise PuskesosError("Basis data ini tidak memakai kode pemulihan: di PostgreSQL datanya dilindungi "
                                "oleh server, bukan oleh kode pemulihan.")
        # The key files change before the log entry commits; a failed commit puts the old code back.
        try:
            with self.keyring.replacing_recovery_code() as code, self._ctx.transaction() as s:
                self._ctx.audit(s, "recovery_code_new", "database", "")
        except OSError as exc:  # the disk is full or the folder read-only: the old files are back
            raise PuskesosError(f"Kode pemulihan baru tidak dapat disimpan ({exc.strerror or exc}); kode lama "
                                "tetap berlaku.") from exc
        return code

    def logout(self) -> None:
        self._ctx.operator = None

    def list(self) -> list[Operator]:
        with self._ctx.reading() as s:
            rows = s.execute(select(OperatorRecord).order_by(OperatorRecord.username)).scalars()
            return [mapping.operator(r) for r in rows]

    def check_new(self, username: str, password: str, role: Role | str) -> Problems:
        problems = Problems()
        if not _USERNAME.match(username.strip().lower()):
            problems.error("username", "format", "Nama pengguna 3–60 huruf kecil, angka, titik, garis bawah atau tanda hubung.")
        if len(password) < MIN_PASSWORD:
            problems.error("password", "short", f"Kata sandi paling sedikit {MIN_PASSWORD} karakter.")
        if role not in {r.value for r in Role}:
            problems.error("role", "choice", "Peran harus salah satu dari: " + ", ".join(r.value for r in Role) + ".")
        return problems

    def add(self, username: str, password: str, role: Role | str, full_name: str = "") -> Operator:
        self._ctx.require({Role.ADMIN}, "menambah operator")
        self.check_new(username, password, role).raise_if_errors()
        with self._ctx.transaction() as s:
            record = self.insert(s, username, password, Role(role), full_name)
            self._ctx.audit(s, "operator_add", "operator", record.id, str(role))
            if self.keyring is not None:  # written before the commit: a failed commit leaves an unused entry
                self.keyring.set_password(record.username, password)
            return mapping.operator(record)

    def insert(self, s: Session, username: str, password: str, role: Role, full_name: str) -> OperatorRecord:
        """Inside the caller's transaction (also used by the set-up wizard for the first admin)."""
        username = username.strip().lower()
        if s.execute(select(OperatorRecord.id).where(OperatorRecord.username == username)).first():
            problems = Problems()
            problems.error("username", "taken", f"Nama pengguna '{username}' sudah dipakai.")
            problems.raise_if_errors()
        record = OperatorRecord(
            id=new_id(), username=username, full_name=full_name.strip(), role=Role(role).value,
            password_hash=_hasher.hash(password), active=True,
        )
        s.add(record)
        s.flush()
        return record

    def set_active(self, operator_id: str, active: bool) -> Operator:
        self._ctx.require({Role.ADMIN}, "mengubah status operator")
        with self._ctx.transaction() as s:
            record = self._get(s, operator_id)
            if not active and self._ctx.operator and record.id == self._ctx.operator.id:
                raise AuthenticationError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
            if not active and record.role == Role.ADMIN.value and self._other_active_admins(s, record.id) == 0:
                raise AuthenticationError("Harus ada paling sedikit satu admin yang aktif.")
            record.active = active
            self._ctx.audit(s, "operator_enable" if active else "operator_disable", "operator", record.id)
            if not active and self.keyring is not None:  # their password no longer opens the database
                self.keyring.drop(record.username)
            return mapping.operator(record)

    def reset_password(self, operator_id: str, new_password: str) -> None:
        self._ctx.require({Role.ADMIN}, "mengatur ulang kata sandi")
        if len(new_password) < MIN_PASSWORD:
            problems = Problems()
            problems.error("password", "short", f"Kata sandi paling sedikit {MIN_PASSWORD} karakter.")
            problems.raise_if_errors()
        with self._ctx.transaction() as s:
            record = self._get(s, operator_id)
            record.password_hash = _hasher.hash(new_password)
            self._ctx.audit(s, "operator_reset_password", "operator", record.id)
            if self.keyring is not None and record.active:
                self.keyring.set_password(record.username, new_password)

    def reset_password_of(self, username: str, new_password: str) -> Operator:
        """`operator reset-password --username X` (also with the recovery code, when every password is lost)."""
        with self._ctx.reading() as s:
            record = s.execute(
                select(OperatorRecord).where(OperatorRecord.username == username.strip().lower())
            ).scalar_one_or_none()
        if record is None:
            raise NotFoundError(f"Operator '{username.strip().lower()}' tidak ditemukan.")
        self.reset_password(record.id, new_password)
        return mapping.operator(record)

    def _get(self, s: Session, operator_id: str) -> OperatorRecord:
        record = s.get(OperatorRecord, operator_id)
        if record is None:
            raise NotFoundError("Operator tidak ditemukan.")
        return record

    def _other_active_admins(self, s: Session, except_id: str) -> int:
        return s.execute(
            select(func.count(OperatorRecord.id)).where(
                OperatorRecord.role == Role.ADMIN.value, OperatorRecord.active.is_(True),
                OperatorRecord.id != except_id,
            )
        ).scalar_one()
