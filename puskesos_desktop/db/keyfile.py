"""The wrapped-key file: the only place the database's data key exists on disk, and only wrapped.

The SQLite database is encrypted (SQLCipher 4) with a random 256-bit data key. That key is stored
here once per operator, wrapped (AES-256-GCM) with a key derived from the operator's password
(argon2id), and once wrapped by the office's recovery code. A password is never stored: it is
right when its entry unwraps. The file also keeps the failed-attempt counter (the rate limit must
survive a restart) and the office's name for the sign-in dialog; nothing else in it is personal.

Beside it, `<database>.recovery` holds a copy of the recovery entry that is written once and never
rewritten, so a damaged or hand-edited key file still leaves the recovery code working.
docs/decisions.md, "Encryption at rest".
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw

from ..core import clock
from ..core.errors import AuthenticationError, PuskesosError

FORMAT = "puskesos-keys"
VERSION = 1
KEY_BYTES = 32
# RFC 9106's second recommended option (argon2id, 3 passes, 64 MiB, 4 lanes): ~0.2 s on a laptop.
KDF = {"name": "argon2id", "t": 3, "m": 65536, "p": 4}

# Recovery code: 28 characters in 7 groups of 4 from 31 that cannot be mistaken for one another
# (no 0/O, 1/I/L); the last is a check character, so a typo is caught before any key is derived.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS, RECOVERY_GROUP = 7, 4

# After FREE_ATTEMPTS wrong answers in a row, each further attempt waits, doubling up to MAX_WAIT.
FREE_ATTEMPTS = 5
FIRST_WAIT, MAX_WAIT = 30, 15 * 60
KEPT_FAILURES = 50  # failed attempts remembered for the audit log until the next sign-in


class KeyFileDamaged(PuskesosError):
    """The key file cannot be read: sign in with the recovery code instead."""


class TooManyAttempts(AuthenticationError):
    def __init__(self, seconds: int) -> None:
        super().__init__(f"Terlalu banyak percobaan masuk yang salah. Coba lagi dalam {seconds} detik.")
        self.seconds = seconds


WRONG_LOGIN = "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan."
WRONG_CODE = "Kode pemulihan salah."


def key_file_for(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def recovery_file_for(database: Path) -> Path:
    return database.with_name(database.name + ".recovery")


# ---- recovery code -------------------------------------------------------------------------------
def _check_character(body: str) -> str:
    total = sum((i + 1) * RECOVERY_ALPHABET.index(c) for i, c in enumerate(body))
    return RECOVERY_ALPHABET[total % len(RECOVERY_ALPHABET)]


def new_recovery_code() -> str:
    size = RECOVERY_GROUPS * RECOVERY_GROUP
    body = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(size - 1))
    return format_recovery_code(body + _check_character(body))


def format_recovery_code(code: str) -> str:
    return "-".join(code[i:i + RECOVERY_GROUP] for i in range(0, len(code), RECOVERY_GROUP))


def normalize_recovery_code(typed: str) -> str:
    """The code as typed (any case, spaces or dashes) → its 28 characters; AuthenticationError when it
    cannot be a recovery code (wrong length, a character that is never used, a typo)."""
    code = "".join(c for c in typed.upper() if c not in " -\t\r\n")
    size = RECOVERY_GROUPS * RECOVERY_GROUP
    if len(code) != size or any(c not in RECOVERY_ALPHABET for c in code):
        raise AuthenticationError(
            f"Kode pemulihan terdiri dari {size} huruf dan angka (angka 2–9, tanpa huruf I, L dan O), "
            f"dalam {RECOVERY_GROUPS} kelompok berisi {RECOVERY_GROUP}.")
    if _check_character(code[:-1]) != code[-1]:
        raise AuthenticationError("Kode pemulihan salah ketik: periksa lagi setiap kelompoknya.")
    return code


# ---- wrapping ------------------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "argon2id":
        raise KeyFileDamaged("Berkas kunci memakai cara penurunan kunci yang tidak dikenal.")
    return hash_secret_raw(secret.encode("utf-8"), salt, int(kdf["t"]), int(kdf["m"]), int(kdf["p"]),
                           KEY_BYTES, Type.ID)


def wrap(data_key: bytes, secret: str, label: str) -> dict:
    """One entry: the data key sealed under argon2id(secret); `label` is bound in as associated data,
    so an entry moved to another name does not open."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # at unlock, not at start-up

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(secret, salt, KDF)).encrypt(nonce, data_key, label.encode("utf-8"))
    return {"kdf": dict(KDF), "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def unwrap(entry: dict, secret: str, label: str) -> bytes | None:
    """The data key, or None when the secret is wrong. KeyFileDamaged when the entry is malformed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        salt, nonce, sealed = _unb64(entry["salt"]), _unb64(entry["nonce"]), _unb64(entry["wrapped"])
        kdf = entry["kdf"]
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged("Berkas kunci rusak.") from exc
    try:
        key = AESGCM(_derive(secret, salt, kdf)).decrypt(nonce, sealed, label.encode("utf-8"))
    except InvalidTag:
        return None
    except (KeyError, TypeError, ValueError, HashingError) as exc:
        raise KeyFileDamaged("Berkas kunci rusak.") from exc
    return key if len(key) == KEY_BYTES else None


def _operator_label(username: str) -> str:
    return "operator:" + username


RECOVERY_LABEL = "recovery"


# ---- the file ------------------------------------------------------------------------------------
@dataclass
class KeyFile:
    path: Path
    office_name: str = ""
    operators: dict[str, dict] = field(default_factory=dict)  # username → entry
    recovery: dict | None = None
    failed: int = 0  # wrong answers in a row
    wait_until: str | None = None  # UTC ISO time before which no attempt is tried
    failures: list[dict] = field(default_factory=list)  # [{"at": UTC ISO, "username": …}], for the audit log
    setting_up: bool = False  # made with a new database that has no administrator yet

    @classmethod
    def create(cls, path: Path, data_key: bytes, recovery_code: str, office_name: str = "") -> KeyFile:
        """A new file (not written yet: call save) with the recovery entry."""
        keys = cls(path, office_name=office_name, setting_up=True)
        keys.recovery = wrap(data_key, normalize_recovery_code(recovery_code), RECOVERY_LABEL)
        return keys

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT or raw.get("version") != VERSION:
                raise ValueError("not a key file")
            operators = {str(k): dict(v) for k, v in raw["operators"].items()}
            return cls(path, office_name=str(raw.get("office_name", "")), operators=operators,
                       recovery=raw.get("recovery"), failed=int(raw.get("failed", 0)),
                       wait_until=raw.get("wait_until"), failures=list(raw.get("failures", [])),
                       setting_up=bool(raw.get("setting_up", False)))
        except FileNotFoundError:
            raise
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged(
                f"Berkas kunci {path.name} rusak atau diubah di luar aplikasi. Basis data tidak disentuh; "
                "masuk dengan kode pemulihan untuk membuatnya kembali.") from exc

    def save(self) -> None:
        """Atomically: a temporary file, fsync, rename over the old one, the folder fsynced."""
        payload = {"format": FORMAT, "version": VERSION, "office_name": self.office_name,
                   "operators": self.operators, "recovery": self.recovery, "failed": self.failed,
                   "wait_until": self.wait_until, "failures": self.failures[-KEPT_FAILURES:],
                   "setting_up": self.setting_up}
        write_atomically(self.path, json.dumps(payload, indent=1, sort_keys=True).encode("utf-8"))

    # ---- entries -----------------------------------------------------------------------------------
    def set_operator(self, username: str, password: str, data_key: bytes) -> None:
        self.operators[username] = wrap(data_key, password, _operator_label(username))

    def set_operator_from_hash(self, username: str, password_hash: str, data_key: bytes) -> bool:
        """At the upgrade of a plaintext database: an operator's stored argon2id hash *is* the key their
        password derives, so their entry opens with their own password although nobody typed it.
        False when the hash is not one this can use (that operator's password must be reset)."""
        parsed = _parse_argon2id(password_hash)
        if parsed is None:
            return False
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        kdf, salt, derived = parsed
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(derived).encrypt(nonce, data_key, _operator_label(username).encode("utf-8"))
        self.operators[username] = {"kdf": kdf, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(sealed)}
        return True

    def drop_operator(self, username: str) -> None:
        self.operators.pop(username, None)

    def set_recovery(self, recovery_code: str, data_key: bytes) -> None:
        self.recovery = wrap(data_key, normalize_recovery_code(recovery_code), RECOVERY_LABEL)

    # ---- unlocking ----------------------------------------------------------------------------------
    def unlock(self, username: str, password: str) -> bytes:
        """The data key for this operator's password; AuthenticationError (counted) when wrong."""
        self._refuse_while_waiting()
        entry = self.operators.get(username)
        # No such operator costs as much as a wrong password: the answer says nothing about who exists.
        key = unwrap(entry, password, _operator_label(username)) if entry else _waste(password)
        return self._settle(key, username, WRONG_LOGIN)

    def unlock_with_recovery(self, code: str, spare: dict | None = None) -> bytes:
        self._refuse_while_waiting()
        normalized = normalize_recovery_code(code)
        key = None
        for entry in (self.recovery, spare):
            if entry and key is None:
                key = unwrap(entry, normalized, RECOVERY_LABEL)
        return self._settle(key, "(kode pemulihan)", WRONG_CODE)

    def take_failures(self) -> list[dict]:
        """The failed attempts since the last sign-in, for the audit log; the caller saves."""
        failures, self.failures = self.failures, []
        return failures

    def _refuse_while_waiting(self) -> None:
        if self.wait_until:
            left = (dt.datetime.fromisoformat(self.wait_until) - clock.now_utc()).total_seconds()
            if left > 0:
                raise TooManyAttempts(int(left) + 1)

    def _settle(self, key: bytes | None, who: str, message: str) -> bytes:
        if key is not None:
            if self.failed or self.wait_until:
                self.failed, self.wait_until = 0, None
                self.save()
            return key
        self.failed += 1
        self.failures.append({"at": clock.now_utc().isoformat(timespec="seconds"), "username": who[:60]})
        if self.failed >= FREE_ATTEMPTS:
            wait = min(FIRST_WAIT * 2 ** (self.failed - FREE_ATTEMPTS), MAX_WAIT)
            self.wait_until = (clock.now_utc() + dt.timedelta(seconds=wait)).isoformat(timespec="seconds")
        self.save()
        raise AuthenticationError(message)


def _parse_argon2id(phc: str) -> tuple[dict, bytes, bytes] | None:
    """`$argon2id$v=19$m=65536,t=3,p=4$salt$hash` → (kdf, salt, 32-byte hash); None otherwise."""
    parts = phc.split("$")
    if len(parts) != 6 or parts[1] != "argon2id" or parts[2] != "v=19":
        return None
    try:
        params = dict(item.split("=", 1) for item in parts[3].split(","))
        salt, derived = (base64.b64decode(x + "=" * (-len(x) % 4)) for x in parts[4:6])
        kdf = {"name": "argon2id", "t": int(params["t"]), "m": int(params["m"]), "p": int(params["p"])}
    except (ValueError, KeyError):
        return None
    return (kdf, salt, derived) if len(derived) == KEY_BYTES else None


def _waste(password: str) -> None:  # noqa: RET501
    _derive(password, b"\0" * 16, KDF)
    return None


def write_atomically(path: Path, data: bytes) -> None:
    # A name of its own: two commands signing in at once both save the key file (the failed attempts
    # they take for the audit log), and with one shared temporary name one rename found it gone.
    temporary = path.with_name(f"{path.name}.{secrets.token_hex(4)}.tmp")
    # Owner-only on POSIX; on Windows the per-user data folder is already private to the user.
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_directory(path.parent)


def fsync_directory(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_recovery_copy(path: Path, recovery: dict) -> None:
    write_atomically(path, json.dumps({"format": FORMAT + "-recovery", "version": VERSION,
                                       "recovery": recovery}, sort_keys=True).encode("utf-8"))


def read_recovery_copy(path: Path) -> dict | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return raw["recovery"] if raw.get("format") == FORMAT + "-recovery" else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
