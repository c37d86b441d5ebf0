"""The bundle container: a signed ZIP (manifest + NDJSON chunks) encrypted with age, and safe file writes."""

from __future__ import annotations

import enum
import hashlib
import io
import json
import re
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.ids import new_id

from ..core import clock
from .keys import KeyPair, verify_signature

CONTRACT = (1, 4)  # sync contract {major, minor}: the meaning of the records (docs/bundle-format.md)
FORMAT = (1, 0)  # container format {major, minor}: this module

AGE_MAGIC = b"age-encryption.org/v1\n"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
DATA_NAME = re.compile(r"data/(\d{6})\.ndjson")

MAX_BUNDLE_SIZE = 512 * 1024**2  # the encrypted file
MAX_MEMBERS = 4096
MAX_MEMBER_SIZE = 64 * 1024**2  # uncompressed, per member
MAX_TOTAL_SIZE = 4 * 1024**3  # uncompressed, all members
MAX_MANIFEST_SIZE = 4 * 1024**2
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024**2
_BLOCK = 256 * 1024


_DAMAGED = "Berkas rusak atau terpotong (mungkin flashdisk dicabut terlalu cepat). Minta kirim ulang."
MESSAGES = {
    "not_age": "Berkas ini bukan berkas kiriman Puskesos (bukan berkas terenkripsi age).",
    "wrong_recipient": "Berkas ini tidak ditujukan untuk kantor ini (atau bagian kuncinya rusak). "
    "Periksa pengirimnya.",
    "truncated": _DAMAGED,
    "corrupt": _DAMAGED,
    "too_large": "Isi berkas melebihi batas ukuran yang diizinkan; berkas ditolak.",
    "too_many_members": "Berkas berisi terlalu banyak bagian; berkas ditolak.",
    "zip_bomb": "Isi berkas mengembang jauh melebihi batas (kemungkinan berkas jahat); berkas ditolak.",
    "bad_member_name": "Berkas berisi nama bagian yang tidak diizinkan; berkas ditolak.",
    "duplicate_member": "Berkas berisi dua bagian dengan nama yang sama; berkas ditolak.",
    "bad_manifest": "Daftar isi (manifest) berkas tidak sah; berkas ditolak.",
    "newer_major": "Berkas dibuat oleh versi aplikasi yang lebih baru: perbarui aplikasi. "
    "Berkas disimpan apa adanya.",
    "older_major": "Berkas dibuat oleh versi aplikasi lama yang tidak didukung lagi; "
    "minta pengirim memperbarui aplikasi.",
    "bad_signature": "Tanda tangan berkas tidak sah (berkas diubah setelah ditandatangani); berkas ditolak.",
    "unknown_signer": "Berkas ditandatangani kunci yang belum terdaftar di kantor ini; berkas ditolak.",
    "revoked_signer": "Berkas ditandatangani kunci yang sudah dicabut; berkas ditolak.",
    "member_hash": "Isi berkas tidak cocok dengan sidik SHA-256 di manifest; berkas ditolak.",
    "bad_data": "Data dalam berkas bukan baris NDJSON yang utuh; berkas ditolak.",
}


class BundleRejected(PuskesosError):
    """A bundle that must not be applied. `code` is stable; str() is one line for the operator."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail  # technical, English, for the log
        super().__init__(MESSAGES[code])


class SignerStatus(str, enum.Enum):
    """What signer_lookup returns (the plain strings "known"/"unknown"/"revoked" are accepted too)."""

    KNOWN = "known"
    UNKNOWN = "unknown"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Sender:
    origin_id: str
    incarnation: int
    region_code: str
    fingerprint: str = ""  # filled by write_bundle from the signer's keys
    signing_public: bytes = b""  # idem; carried so the opener can name an unknown key
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Recipient:
    region_code: str
    fingerprint: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    kind: str  # "desa" | "return"
    sender: Sender
    recipient: Recipient
    seq_from: int
    seq_to: int
    ack: int
    counts: dict[str, int]
    digest: str
    created_at: str
    members: dict[str, str] = field(default_factory=dict)
    format: tuple[int, int] = FORMAT
    contract: tuple[int, int] = CONTRACT
    extra: dict[str, Any] = field(default_factory=dict)  # fields this version does not know

    @classmethod
    def new(cls, *, kind: str, sender_origin: str, incarnation: int, sender_region: str,
            recipient_region: str, recipient_fingerprint: str, seq_from: int, seq_to: int, ack: int,
            counts: dict[str, int], digest: str, sender_fingerprint: str = "",
            extra: dict[str, Any] | None = None) -> "Manifest":
        """A fresh manifest (new bundle id, created now); write_bundle fills in the signer's keys."""
        return cls(bundle_id=str(uuid.UUID(new_id())), kind=kind,
                   sender=Sender(sender_origin, incarnation, sender_region, sender_fingerprint),
                   recipient=Recipient(recipient_region, recipient_fingerprint), seq_from=seq_from,
                   seq_to=seq_to, ack=ack, counts=dict(counts), digest=digest,
                   created_at=clock.now_utc().strftime("%Y-%m-%dT%H:%M:%SZ"),
                   extra=dict(extra or {}))

    # Flat read-only views, for callers that do not want to walk the nested parts.
    sender_origin = property(lambda self: self.sender.origin_id)
    sender_region = property(lambda self: self.sender.region_code)
    incarnation = property(lambda self: self.sender.incarnation)
    recipient_region = property(lambda self: self.recipient.region_code)
    recipient_fingerprint = property(lambda self: self.recipient.fingerprint)
    contract_minor = property(lambda self: self.contract[1])

    def to_dict(self) -> dict[str, Any]:
        sender = {"origin_id": self.sender.origin_id, "incarnation": self.sender.incarnation,
                  "region_code": self.sender.region_code, "fingerprint": self.sender.fingerprint,
                  "signing_public": self.sender.signing_public.hex(), **self.sender.extra}
        recipient = {"region_code": self.recipient.region_code,
                     "fingerprint": self.recipient.fingerprint, **self.recipient.extra}
        return {
            "format": {"major": self.format[0], "minor": self.format[1]},
            "contract": {"major": self.contract[0], "minor": self.contract[1]},
            "bundle_id": self.bundle_id, "kind": self.kind, "sender": sender,
            "recipient": recipient, "seq_from": self.seq_from, "seq_to": self.seq_to,
            "ack": self.ack, "counts": dict(self.counts), "digest": self.digest,
            "members": dict(self.members), "created_at": self.created_at, **self.extra,
        }

    def to_json(self) -> bytes:
        """Canonical form: ASCII, sorted keys, no whitespace (what write_bundle signs)."""
        return json.dumps(self.to_dict(), ensure_ascii=True, sort_keys=True,
                          separators=(",", ":")).encode("ascii")

    @classmethod
    def from_json(cls, data: bytes) -> "Manifest":
        """Strict; raises BundleRejected('bad_manifest'). Versions are not judged here."""
        return _manifest_from_dict(_load_json(data))


def write_bundle(out: BinaryIO, manifest: Manifest, chunks: Iterable[tuple[str, bytes]],
                 signer: KeyPair, recipient: str) -> Manifest:
    """Zips chunks + signed manifest, encrypts the ZIP to `recipient` (age1…) into `out`."""
    import pyrage  # here, not at start-up (see keys.KeyPair.from_secrets)

    age_recipient = pyrage.x25519.Recipient.from_str(recipient)
    sender = replace(manifest.sender, fingerprint=signer.fingerprint,
                     signing_public=signer.signing_public)
    written: list[Manifest] = []

    def build(sink) -> Iterator[None]:
        with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as archive:
            members: dict[str, str] = {}
            yield from _write_chunks(archive, chunks, members)
            final = replace(manifest, sender=sender, members=members, format=FORMAT)
            body = final.to_json()
            _manifest_from_dict(_load_json(body))  # never send what we would refuse
            _add_member(archive, MANIFEST_NAME, body)
            _add_member(archive, SIGNATURE_NAME, signer.sign(body))
            written.append(final)

    plaintext = _PulledZip(build)
    try:
        pyrage.encrypt_io(plaintext, out, [age_recipient])
    except Exception:
        plaintext.reraise()  # a chunk over the limits, say, rather than the encrypter's wrapping of it
        raise
    plaintext.reraise()
    return written[0]


class _PulledZip(io.RawIOBase):
    """The ZIP as the encrypter reads it, written a member at a time as it asks for more: the
    plaintext is never on disk and never whole in memory (zipfile writes to a stream that cannot
    seek with data descriptors, which every reader supports)."""

    def __init__(self, build: Callable[["_PulledZip"], Iterator[None]]) -> None:
        super().__init__()
        self._pending = bytearray()
        self._steps: Iterator[None] | None = build(self)
        self._error: BaseException | None = None

    def write(self, data) -> int:  # the ZipFile's side
        self._pending += data
        return len(data)

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # the encrypter's side
        while len(self._pending) < len(target) and self._steps is not None:
            try:
                next(self._steps)
            except StopIteration:
                self._steps = None
            except BaseException as exc:  # kept: the encrypter would report it as its own error
                self._error, self._steps = exc, None
                raise
        count = min(len(target), len(self._pending))
        target[:count] = self._pending[:count]
        del self._pending[:count]
        return count

    def reraise(self) -> None:
        if self._error is not None:
            raise self._error


def _write_chunks(archive: zipfile.ZipFile, chunks: Iterable[tuple[str, bytes]],
                  members: dict[str, str]) -> Iterator[None]:
    """Adds the data members, yielding after each (the reader takes the bytes written so far)."""
    total = 0
    for number, (name, payload) in enumerate(chunks, start=1):
        if name != f"data/{number:06d}.ndjson":
            raise ValueError(f"chunk {number} must be named data/{number:06d}.ndjson, not {name!r}")
        total += len(payload)
        if len(payload) > MAX_MEMBER_SIZE or total > MAX_TOTAL_SIZE or number > MAX_MEMBERS - 2:
            raise ValueError("chunks exceed the container limits; use smaller or fewer chunks")
        if payload and not payload.endswith(b"\n"):
            raise ValueError(f"{name} must end with a newline (NDJSON)")
        info = _add_member(archive, name, payload)
        if len(payload) > RATIO_FLOOR and len(payload) > MAX_RATIO * max(info.compress_size, 1):
            raise ValueError(f"{name} compresses beyond the ratio readers accept")
        members[name] = hashlib.sha256(payload).hexdigest()
        yield


def _add_member(archive: zipfile.ZipFile, name: str, payload: bytes) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, payload, compresslevel=6)
    return info


class OpenedBundle:
    """A verified bundle held in memory; `iter_lines()` inflates one member at a time."""

    def __init__(self, manifest: Manifest, manifest_bytes: bytes, signer_public: bytes,
                 archive: "_Archive") -> None:
        self.manifest = manifest
        self.manifest_bytes = manifest_bytes  # exactly as signed
        self.signer_public = signer_public
        self._archive = archive

    def iter_lines(self) -> Iterator[bytes]:
        """Every NDJSON line (without its b"\\n") of data/000001.ndjson, data/000002.ndjson, …"""
        for name in sorted(self.manifest.members):
            digest = hashlib.sha256()
            pending = b""
            for block in self._archive.inflate(name):
                digest.update(block)
                lines = (pending + block).split(b"\n")
                pending = lines.pop()
                yield from lines
            if pending or digest.hexdigest() != self.manifest.members[name]:
                raise BundleRejected("member_hash", name)


def open_bundle(data: bytes | Path, identity: KeyPair,
                signer_lookup: Callable[[bytes], SignerStatus]) -> OpenedBundle:
    """Decrypts and verifies everything; raises BundleRejected. Pass a Path to save memory."""
    archive = _Archive(_decrypt(data, identity))
    manifest_bytes = archive.read_whole(MANIFEST_NAME, MAX_MANIFEST_SIZE)
    raw = _load_json(manifest_bytes)
    _check_versions(raw)
    archive.check_whitelist()
    manifest = _manifest_from_dict(raw)
    signature = archive.read_whole(SIGNATURE_NAME, 64)
    signer = manifest.sender.signing_public
    if len(signature) != 64 or not verify_signature(signer, signature, manifest_bytes):
        raise BundleRejected("bad_signature")
    status = SignerStatus(signer_lookup(signer))
    if status is not SignerStatus.KNOWN:
        raise BundleRejected("revoked_signer" if status is SignerStatus.REVOKED else "unknown_signer",
                             signer.hex())
    if manifest.recipient.fingerprint != identity.fingerprint:
        raise BundleRejected("wrong_recipient", "manifest names another recipient")
    if set(manifest.members) != archive.data_names():
        raise BundleRejected("bad_manifest", "members listed differ from the archive's")
    for name, expected in sorted(manifest.members.items()):
        digest, last = hashlib.sha256(), b"\n"
        for block in archive.inflate(name):
            digest.update(block)
            last = block[-1:]
        if digest.hexdigest() != expected:
            raise BundleRejected("member_hash", name)
        if last != b"\n":
            raise BundleRejected("bad_data", f"{name} does not end with a newline")
    return OpenedBundle(manifest, manifest_bytes, signer, archive)


def _decrypt(data: bytes | Path, identity: KeyPair) -> io.BytesIO:
    import pyrage

    size = data.stat().st_size if isinstance(data, Path) else len(data)
    if size > MAX_BUNDLE_SIZE:
        raise BundleRejected("too_large", f"{size} bytes")
    with (open(data, "rb") if isinstance(data, Path) else io.BytesIO(data)) as source:
        head = source.read(len(AGE_MAGIC))
        if head != AGE_MAGIC:
            raise BundleRejected("truncated" if AGE_MAGIC.startswith(head) else "not_age")
        source.seek(0)
        plain = io.BytesIO()
        try:
            pyrage.decrypt_io(source, plain, [pyrage.x25519.Identity.from_str(identity.age_identity)])
        except (pyrage.DecryptError, OSError) as exc:  # rage reports payload damage as OSError
            raise _decrypt_error(str(exc)) from None
    return plain


def _decrypt_error(reason: str) -> BundleRejected:
    # rage's messages are the only signal; tests pin them (tests/sync/test_container.py).
    lowered = reason.lower()
    if "no matching keys" in lowered:
        return BundleRejected("wrong_recipient", reason)
    if any(word in lowered for word in ("incomplete", "fill whole buffer", "truncated")):
        return BundleRejected("truncated", reason)
    return BundleRejected("corrupt", reason)


@dataclass(frozen=True)
class _Entry:
    name: str
    start: int  # first byte of the member's (compressed) data
    compress_size: int
    file_size: int
    method: int
    crc: int


class _Archive:
    """A ZIP in memory, indexed from its central directory and checked before anything is read."""

    def __init__(self, plain: io.BytesIO) -> None:
        self._buffer = plain.getbuffer()  # no copy; the ZIP is only ever read
        try:
            with zipfile.ZipFile(plain) as archive:
                infos, end = archive.infolist(), archive.start_dir
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise BundleRejected("corrupt", f"zip: {exc}") from None
        if len(infos) > MAX_MEMBERS:
            raise BundleRejected("too_many_members", str(len(infos)))
        self._entries: dict[str, _Entry] = {}
        total = 0
        for info in infos:
            entry = self._entry(info)
            total += entry.file_size
            if total > MAX_TOTAL_SIZE:
                raise BundleRejected("too_large", "total uncompressed size")
            self._entries[entry.name] = entry
        self._check_layout(infos, end)

    def _entry(self, info: zipfile.ZipInfo) -> _Entry:
        name = info.orig_filename
        if (not name.isascii() or not name.isprintable() or "\\" in name or name.startswith("/")
                or ".." in name.split("/") or ":" in name):
            raise BundleRejected("bad_member_name", repr(name))
        if name in self._entries:
            raise BundleRejected("duplicate_member", name)
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRejected("corrupt", f"{name}: encrypted or unsupported compression")
        if info.file_size > MAX_MEMBER_SIZE:
            raise BundleRejected("too_large", f"{name}: {info.file_size} bytes")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleRejected("zip_bomb", f"{name}: ratio from the header")
        local = bytes(self._buffer[info.header_offset : info.header_offset + 30])
        if len(local) < 30 or local[:4] != b"PK\x03\x04":
            raise BundleRejected("corrupt", f"{name}: no local header")
        name_length, extra_length = struct.unpack("<HH", local[26:30])
        start = info.header_offset + 30 + name_length + extra_length
        if bytes(self._buffer[info.header_offset + 30 : info.header_offset + 30 + name_length]) != (
            name.encode("cp437" if not info.flag_bits & 0x800 else "utf-8")
        ):
            raise BundleRejected("corrupt", f"{name}: local and central names differ")
        return _Entry(name, start, info.compress_size, info.file_size, info.compress_type, info.CRC)

    def _check_layout(self, infos: list[zipfile.ZipInfo], central_directory: int) -> None:
        """Member data must lie before the central directory and never overlap (overlap bombs)."""
        spans = sorted((info.header_offset, self._entries[info.orig_filename]) for info in infos)
        for index, (_offset, entry) in enumerate(spans):
            end = entry.start + entry.compress_size
            limit = spans[index + 1][0] if index + 1 < len(spans) else central_directory
            if end > limit:
                raise BundleRejected("zip_bomb" if end <= central_directory else "corrupt",
                                     f"{entry.name}: overlapping or out of range")

    def check_whitelist(self) -> None:
        for name in self._entries:
            if name not in (MANIFEST_NAME, SIGNATURE_NAME) and not DATA_NAME.fullmatch(name):
                raise BundleRejected("bad_member_name", name)

    def data_names(self) -> set[str]:
        return {name for name in self._entries if DATA_NAME.fullmatch(name)}

    def read_whole(self, name: str, limit: int) -> bytes:
        entry = self._entries.get(name)
        if entry is None or entry.file_size > limit:
            raise BundleRejected("bad_manifest", f"{name} missing or larger than {limit}")
        return b"".join(self.inflate(name))

    def inflate(self, name: str) -> Iterator[bytes]:
        """Yields the member's bytes, never more than its declared size (which passed the limits)."""
        entry = self._entries[name]
        raw = self._buffer[entry.start : entry.start + entry.compress_size]
        produced, crc = 0, 0
        for block in _raw_blocks(raw, entry.method):
            produced += len(block)
            if produced > entry.file_size:
                raise BundleRejected("zip_bomb", f"{name}: inflates beyond its declared size")
            crc = zlib.crc32(block, crc)
            yield block
        if produced != entry.file_size or crc != entry.crc:
            raise BundleRejected("corrupt", f"{name}: size or CRC differs from the header")


def _raw_blocks(raw: memoryview, method: int) -> Iterator[bytes]:
    if method == zipfile.ZIP_STORED:
        for start in range(0, len(raw), _BLOCK):
            yield bytes(raw[start : start + _BLOCK])
        return
    inflater = zlib.decompressobj(-15)
    position = 0
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                piece: bytes | memoryview = inflater.unconsumed_tail
            elif position < len(raw):
                piece, position = raw[position : position + _BLOCK], position + _BLOCK
            else:
                raise BundleRejected("corrupt", "deflate stream ends early")
            block = inflater.decompress(piece, _BLOCK)
            if block:
                yield block
    except zlib.error as exc:
        raise BundleRejected("corrupt", f"deflate: {exc}") from None
    if inflater.unused_data or position < len(raw):
        raise BundleRejected("corrupt", "bytes after the deflate stream")


def _load_json(data: bytes) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate key")
        return dict(pairs)

    try:
        body = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRejected("bad_manifest", "not JSON") from None
    if not isinstance(body, dict):
        raise BundleRejected("bad_manifest", "not an object")
    return body


def _version(raw: dict[str, Any], key: str) -> tuple[int, int]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise BundleRejected("bad_manifest", f"{key} missing")
    major, minor = value.get("major"), value.get("minor")
    if type(major) is not int or type(minor) is not int or major < 0 or minor < 0:
        raise BundleRejected("bad_manifest", f"{key} is not {{major, minor}}")
    return major, minor


def _check_versions(raw: dict[str, Any]) -> None:
    for key, ours in (("format", FORMAT), ("contract", CONTRACT)):
        major = _version(raw, key)[0]
        if major > ours[0]:
            raise BundleRejected("newer_major", f"{key} {major} > {ours[0]}")
        if major < ours[0]:
            raise BundleRejected("older_major", f"{key} {major} < {ours[0]}")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DIGEST = re.compile(r"([0-9a-f]{64})?")  # empty when the kind carries no completeness proof
_FINGERPRINT = re.compile(r"([2-9A-HJKMNP-Z]{4}-){3}[2-9A-HJKMNP-Z]{4}")
_REGION = re.compile(r"\d{4}|\d{10}")
_TABLE = re.compile(r"[a-z][a-z0-9_]{0,62}")
_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
_MANIFEST_KEYS = {"format", "contract", "bundle_id", "kind", "sender", "recipient", "seq_from",
                  "seq_to", "ack", "counts", "digest", "members", "created_at"}


def _manifest_from_dict(raw: dict[str, Any]) -> Manifest:
    try:
        sender, recipient = raw["sender"], raw["recipient"]
        manifest = Manifest(
            bundle_id=_matching(raw["bundle_id"], _UUID), kind=raw["kind"],
            sender=Sender(_matching(sender["origin_id"], _UUID), _count(sender["incarnation"]),
                          _matching(sender["region_code"], _REGION),
                          _matching(sender["fingerprint"], _FINGERPRINT),
                          bytes.fromhex(_matching(sender["signing_public"], _HEX64)),
                          _unknown(sender, {"origin_id", "incarnation", "region_code",
                                            "fingerprint", "signing_public"})),
            recipient=Recipient(_matching(recipient["region_code"], _REGION),
                                _matching(recipient["fingerprint"], _FINGERPRINT),
                                _unknown(recipient, {"region_code", "fingerprint"})),
            seq_from=_count(raw["seq_from"]), seq_to=_count(raw["seq_to"]), ack=_count(raw["ack"]),
            counts={_matching(k, _TABLE): _count(v) for k, v in _mapping(raw["counts"]).items()},
            digest=_matching(raw["digest"], _DIGEST),
            members={_matching(k, DATA_NAME): _matching(v, _HEX64)
                     for k, v in _mapping(raw["members"]).items()},
            created_at=_matching(raw["created_at"], _UTC),
            format=_version(raw, "format"), contract=_version(raw, "contract"),
            extra=_unknown(raw, _MANIFEST_KEYS),
        )
    except BundleRejected:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleRejected("bad_manifest", f"field: {exc}") from None
    if manifest.kind not in ("desa", "return"):
        raise BundleRejected("bad_manifest", f"kind {manifest.kind!r}")
    return manifest


def _matching(value: Any, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValueError(f"{value!r} does not match {pattern.pattern}")
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError(f"{value!r} is not a non-negative integer")
    return value


def _mapping(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def _unknown(raw: Any, known: set[str]) -> dict[str, Any]:
    return {key: value for key, value in _mapping(raw).items() if key not in known}
