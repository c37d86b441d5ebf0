"""Key pairs (Ed25519 signing + age X25519 encryption), fingerprints, and the identity/key files."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from puskesos_desktop.core.errors import PuskesosError

from ..core import clock
from .safe_write import write_file_safely

PUBLIC_KIND = "puskesos-public-identity"
PRIVATE_KIND = "puskesos-private-keys"
FILE_VERSION = 1
MAX_KEY_FILE_SIZE = 64 * 1024

FINGERPRINT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud by phone
_FINGERPRINT_DOMAIN = b"puskesos fingerprint v1\n"

Role = Literal["kabupaten", "desa"]
_REGION_LENGTH = {"kabupaten": 4, "desa": 10}
_HEX32 = re.compile(r"[0-9a-f]{64}")


class KeyFileError(PuskesosError):
    """A key or identity file that cannot be used; the message is one line for the operator."""


def fingerprint(signing_public: bytes, recipient: str) -> str:
    """16 symbols in 4 groups (about 79 bits) from SHA-256 over both public keys."""
    digest = hashlib.sha256(
        _FINGERPRINT_DOMAIN + signing_public + b"\n" + recipient.encode("ascii")
    ).digest()
    number = int.from_bytes(digest, "big")
    symbols = []
    for _ in range(16):
        number, index = divmod(number, len(FINGERPRINT_ALPHABET))
        symbols.append(FINGERPRINT_ALPHABET[index])
    text = "".join(symbols)
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True, slots=True)
class KeyPair:
    """This installation's secrets and their public halves. Secrets stay out of repr()."""

    signing_seed: bytes = field(repr=False)
    signing_public: bytes
    age_identity: str = field(repr=False)
    recipient: str

    @classmethod
    def from_secrets(cls, signing_seed: bytes, age_identity: str) -> "KeyPair":
        # The crypto libraries are imported where used (here and below): they cost ~0.1 s of a cold
        # start, and the window's start path never signs or encrypts (docs/benchmarks.md, start-up).
        import pyrage
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        if len(signing_seed) != 32:
            raise ValueError("an Ed25519 seed is 32 bytes")
        public = (
            Ed25519PrivateKey.from_private_bytes(signing_seed)
            .public_key()
            .public_bytes(Encoding.Raw, PublicFormat.Raw)
        )
        identity = pyrage.x25519.Identity.from_str(age_identity)
        return cls(signing_seed, public, str(identity), str(identity.to_public()))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.recipient)

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.signing_seed).sign(message)


def generate_keypair() -> KeyPair:
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    seed = Ed25519PrivateKey.generate().private_bytes_raw()
    return KeyPair.from_secrets(seed, str(pyrage.x25519.Identity.generate()))


def verify_signature(signing_public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True, slots=True)
class PublicIdentity:
    """What one office publishes: the kabupaten's key file, or a desa's enrollment file."""

    role: Role
    region_code: str
    name: str
    origin_id: str
    signing_public: bytes
    recipient: str
    created_at: str  # ISO 8601 UTC, e.g. 2025-03-01T08:30:00Z

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.recipient)

    def to_json(self) -> bytes:
        body = {
            "kind": PUBLIC_KIND,
            "version": FILE_VERSION,
            "role": self.role,
            "region_code": self.region_code,
            "name": self.name,
            "origin_id": self.origin_id,
            "signing_public": self.signing_public.hex(),
            "recipient": self.recipient,
            "created_at": self.created_at,
            "fingerprint": self.fingerprint,
        }
        return (json.dumps(body, ensure_ascii=True, indent=2) + "\n").encode("ascii")


def utc_now_iso() -> str:
    return clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ")


def write_public_identity(path: Path, identity: PublicIdentity) -> Path:
    """Writes a new file (never overwrites: a taken name gets a suffix); returns the path written."""
    _check_public(identity)

    data = identity.to_json()
    return write_file_safely(path, data)


def read_public_identity(path: Path) -> PublicIdentity:
    what = "berkas kunci publik"
    body = _parse_key_json(_read_limited(path, what), PUBLIC_KIND, what, path.name)
    try:
        identity = PublicIdentity(
            role=_string(body, "role"),  # type: ignore[arg-type]
            region_code=_string(body, "region_code"),
            name=_string(body, "name"),
            origin_id=_string(body, "origin_id"),
            signing_public=_hex32(body, "signing_public"),
            recipient=_string(body, "recipient"),
            created_at=_string(body, "created_at"),
        )
        _check_public(identity)
    except ValueError as exc:
        raise KeyFileError(f"Berkas kunci publik {path.name} tidak sah: {exc}.") from None
    if body.get("fingerprint", identity.fingerprint) != identity.fingerprint:
        raise KeyFileError(f"Berkas kunci publik {path.name} rusak: sidik kunci tidak cocok.")
    extra = set(body) - {"kind", "version", "role", "region_code", "name", "origin_id",
                         "signing_public", "recipient", "created_at", "fingerprint"}
    if extra:
        raise KeyFileError(f"Berkas kunci publik {path.name} berisi isian tak dikenal: {sorted(extra)[0]}.")
    return identity


def keypair_to_json(keypair: KeyPair) -> str:
    """The private key file's content (secret: whoever holds it can sign and decrypt)."""
    body = {
        "kind": PRIVATE_KIND,
        "version": FILE_VERSION,
        "signing_seed": keypair.signing_seed.hex(),
        "age_identity": keypair.age_identity,
        "signing_public": keypair.signing_public.hex(),
        "recipient": keypair.recipient,
    }
    return json.dumps(body, ensure_ascii=True, indent=2) + "\n"


def keypair_from_json(text: str, source: str = "kunci rahasia") -> KeyPair:
    """Parses keypair_to_json's output strictly; raises KeyFileError."""
    import pyrage

    body = _parse_key_json(text.encode("utf-8"), PRIVATE_KIND, "berkas kunci rahasia", source)
    try:
        keypair = KeyPair.from_secrets(_hex32(body, "signing_seed"), _string(body, "age_identity"))
    except (ValueError, pyrage.IdentityError) as exc:
        raise KeyFileError(f"Berkas kunci rahasia {source} tidak sah: {exc}.") from None
    if (body.get("signing_public"), body.get("recipient")) != (
        keypair.signing_public.hex(), keypair.recipient
    ):
        raise KeyFileError(f"Berkas kunci rahasia {source} rusak: kunci publik tidak cocok.")
    return keypair


def save_private_keys(path: Path, keypair: KeyPair) -> Path:
    """Mode 0o600, written once: an existing key file is never replaced (raises instead)."""

    data = keypair_to_json(keypair).encode("ascii")
    return write_file_safely(path, data, mode=0o600, new_name_if_taken=False)


def load_private_keys(path: Path) -> KeyPair:
    return keypair_from_json(_read_limited(path, "berkas kunci rahasia").decode("latin-1"), path.name)


def _read_limited(path: Path, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_SIZE + 1)
    except OSError as exc:
        raise KeyFileError(f"Tidak dapat membaca {what} {path.name}: {exc.strerror}.") from None
    if len(raw) > MAX_KEY_FILE_SIZE:
        raise KeyFileError(f"{path.name} terlalu besar; ini bukan {what} Puskesos.")
    return raw


def _parse_key_json(raw: bytes, kind: str, what: str, source: str) -> dict[str, Any]:
    try:
        body = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise KeyFileError(f"{source} bukan {what} Puskesos (bukan JSON ASCII).") from None
    if not isinstance(body, dict) or body.get("kind") != kind:
        raise KeyFileError(f"{source} bukan {what} Puskesos (jenis berkas salah).")
    version = body.get("version")
    if type(version) is not int or version < 1:
        raise KeyFileError(f"{what.capitalize()} {source} tidak sah: versi tidak ada.")
    if version > FILE_VERSION:
        raise KeyFileError(f"{what.capitalize()} {source} dibuat versi aplikasi lebih baru: perbarui aplikasi.")
    return body


def _string(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"isian '{key}' kosong atau bukan teks")
    return value


def _hex32(body: dict[str, Any], key: str) -> bytes:
    value = _string(body, key)
    if not _HEX32.fullmatch(value):
        raise ValueError(f"isian '{key}' harus 64 angka heksadesimal")
    return bytes.fromhex(value)


def _check_public(identity: PublicIdentity) -> None:
    """Raises ValueError (message in Indonesian, used inside KeyFileError) for a bad field."""
    if identity.role not in _REGION_LENGTH:
        raise ValueError("peran harus 'kabupaten' atau 'desa'")
    code = identity.region_code
    if not (code.isascii() and code.isdigit() and len(code) == _REGION_LENGTH[identity.role]):
        raise ValueError(f"kode wilayah {identity.role} harus {_REGION_LENGTH[identity.role]} angka")
    if len(identity.name) > 200 or not identity.name.strip():
        raise ValueError("nama kantor kosong atau terlalu panjang")
    try:
        uuid.UUID(identity.origin_id)
    except ValueError:
        raise ValueError("origin_id bukan UUID") from None
    if len(identity.signing_public) != 32:
        raise ValueError("kunci tanda tangan harus 32 bita")
    import pyrage

    try:
        pyrage.x25519.Recipient.from_str(identity.recipient)
    except pyrage.RecipientError:
        raise ValueError("kunci enkripsi (age1…) tidak sah") from None
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", identity.created_at):
        raise ValueError("created_at harus waktu UTC ISO 8601 (…Z)")
