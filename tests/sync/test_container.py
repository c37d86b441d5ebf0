"""The bundle container: round trip, and each kind of damaged or hostile file rejected with its code."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import warnings
import zipfile
from dataclasses import replace

import pyrage
import pytest

from puskesos_desktop.sync import container, safe_write
from puskesos_desktop.sync.container import (
    BundleRejected,
    Manifest,
    Recipient,
    Sender,
    SignerStatus,
    open_bundle,
    write_bundle,
)
from puskesos_desktop.sync.safe_write import SafeWriteError, write_file_safely
from puskesos_desktop.sync.keys import generate_keypair

DESA, KABUPATEN, STRANGER = generate_keypair(), generate_keypair(), generate_keypair()
DAMAGED = {"truncated", "corrupt"}
CHUNKS = [("data/000001.ndjson", b'{"t":"person","n":1}\n{"t":"person","n":2}\n'),
          ("data/000002.ndjson", b'{"t":"need","n":3}\n')]


def known(public: bytes) -> SignerStatus:
    return SignerStatus.KNOWN if public in (DESA.signing_public, KABUPATEN.signing_public) else SignerStatus.UNKNOWN


def draft(**changes) -> Manifest:
    base = Manifest.new(kind="desa", sender_origin="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", incarnation=1,
                        sender_region="3201052009", recipient_region="3201",
                        recipient_fingerprint=KABUPATEN.fingerprint, seq_from=1, seq_to=3, ack=0,
                        counts={"person": 2, "need": 1}, digest="ab" * 32)
    return replace(base, **changes)


def bundle(chunks=CHUNKS, signer=DESA, recipient=KABUPATEN) -> bytes:
    out = io.BytesIO()
    write_bundle(out, draft(), chunks, signer, recipient.recipient)
    return out.getvalue()


GOOD = bundle()


def rejected(data, identity=KABUPATEN, lookup=known) -> str:
    with pytest.raises(BundleRejected) as caught:
        opened = open_bundle(data, identity, lookup)
        list(opened.iter_lines())
    message = str(caught.value)
    assert message == container.MESSAGES[caught.value.code] and "\n" not in message
    return caught.value.code


def manifest_dict(members: dict[str, bytes], signer=DESA) -> dict:
    signed = replace(draft(), sender=replace(draft().sender, fingerprint=signer.fingerprint,
                                             signing_public=signer.signing_public))
    body = signed.to_dict()
    body["members"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()
                       if name.startswith("data/")}
    return body


def seal(members: list[tuple[str | zipfile.ZipInfo, bytes]], manifest: dict | bytes | None = None,
         signer=DESA, recipient=KABUPATEN, patch=None, signature: bytes | None = None) -> bytes:
    """A hand-made archive, correctly signed and encrypted, so only the inner checks can catch it."""
    if manifest is None:
        manifest = manifest_dict({(m if isinstance(m, str) else m.filename): d for m, d in members}, signer)
    body = manifest if isinstance(manifest, bytes) else json.dumps(manifest, sort_keys=True).encode()
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we make on purpose
        for name, data in [*members, ("manifest.json", body), ("manifest.sig", signature or signer.sign(body))]:
            archive.writestr(name, data)
    plain = patch(buffer.getvalue()) if patch else buffer.getvalue()
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient.recipient)])


def test_round_trip_streams_lines_in_member_order():
    out = io.BytesIO()
    written = write_bundle(out, draft(), CHUNKS, DESA, KABUPATEN.recipient)
    assert out.getvalue().startswith(b"age-encryption.org/v1\n")
    opened = open_bundle(out.getvalue(), KABUPATEN, known)
    assert opened.manifest == written and opened.signer_public == DESA.signing_public
    assert written.sender.fingerprint == DESA.fingerprint and set(written.members) == {n for n, _ in CHUNKS}
    assert list(opened.iter_lines()) == [b'{"t":"person","n":1}', b'{"t":"person","n":2}', b'{"t":"need","n":3}']
    assert opened.manifest.to_json() == opened.manifest_bytes
    assert Manifest.from_json(opened.manifest_bytes) == written


def test_open_from_a_path_and_plain_string_lookup(tmp_path):
    path = tmp_path / "kiriman.age"
    path.write_bytes(GOOD)
    opened = open_bundle(path, KABUPATEN, lambda public: "known")
    assert len(list(opened.iter_lines())) == 3


def test_empty_bundle_carries_only_the_manifest():
    opened = open_bundle(bundle(chunks=[]), KABUPATEN, known)
    assert opened.manifest.members == {} and list(opened.iter_lines()) == []


def test_newer_minor_keeps_unknown_fields_unchanged():
    members = dict(CHUNKS)
    body = manifest_dict(members)
    body["format"]["minor"] = 7
    body["contract"]["minor"] = 3
    body["attachments"] = {"sha256": ["cd" * 32]}
    body["sender"]["device"] = "laptop-2"
    body["recipient"]["note"] = {"x": [1, 2]}
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    opened = open_bundle(seal(list(CHUNKS), manifest=raw), KABUPATEN, known)
    manifest = opened.manifest
    assert manifest.format == (1, 7) and manifest.contract_minor == 3
    assert manifest.extra == {"attachments": {"sha256": ["cd" * 32]}}
    assert manifest.sender.extra == {"device": "laptop-2"} and manifest.recipient.extra == {"note": {"x": [1, 2]}}
    assert manifest.to_json() == raw


@pytest.mark.parametrize("key", ["format", "contract"])
def test_newer_major_is_refused_with_update_advice(key):
    body = manifest_dict(dict(CHUNKS))
    body[key] = {"major": 2, "minor": 0}
    body["sender"] = "a version 2 layout we cannot read"
    assert rejected(seal(list(CHUNKS), manifest=body)) == "newer_major"
    assert "perbarui aplikasi" in container.MESSAGES["newer_major"]


def test_truncated_at_many_offsets():
    header_end = GOOD.index(b"\n", GOOD.index(b"\n---") + 1) + 1
    offsets = {0, 1, 10, len(b"age-encryption.org/v1\n"), header_end - 1, header_end + 20,
               len(GOOD) // 2, len(GOOD) - 17, len(GOOD) - 1}
    for offset in sorted(offsets):
        code = rejected(GOOD[:offset])
        assert code in DAMAGED, offset
        if offset < header_end:
            assert code == "truncated", offset


def test_any_byte_flipped():
    for position in range(0, len(GOOD), max(1, len(GOOD) // 97)):
        damaged = bytearray(GOOD)
        damaged[position] ^= 0x10
        # A flip inside the recipient stanza cannot be told from "encrypted for someone else",
        # and one in the magic line makes it "not an age file": still refused, never applied.
        assert rejected(bytes(damaged)) in DAMAGED | {"wrong_recipient", "not_age"}, position


def test_garbage_appended():
    assert rejected(GOOD + b"\x00") in DAMAGED
    assert rejected(GOOD + b"sampah di belakang" * 100) in DAMAGED


def test_not_an_age_file():
    assert rejected(b"PK\x03\x04 this is a plain zip") == "not_age"
    assert rejected(b"") == "truncated"


def test_signed_by_an_unknown_key():
    assert rejected(bundle(signer=STRANGER)) == "unknown_signer"


def test_signed_by_a_revoked_key():
    assert rejected(GOOD, lookup=lambda public: SignerStatus.REVOKED) == "revoked_signer"


def test_encrypted_for_another_recipient():
    assert rejected(bundle(recipient=STRANGER)) == "wrong_recipient"


def test_manifest_naming_another_recipient():
    body = manifest_dict(dict(CHUNKS))
    body["recipient"]["fingerprint"] = STRANGER.fingerprint
    assert rejected(seal(list(CHUNKS), manifest=body)) == "wrong_recipient"


def test_signature_not_matching_the_manifest():
    body = json.dumps(manifest_dict(dict(CHUNKS)), sort_keys=True).encode()
    assert rejected(seal(list(CHUNKS), manifest=body, signature=DESA.sign(body + b" "))) == "bad_signature"
    assert rejected(seal(list(CHUNKS), manifest=body, signature=STRANGER.sign(body))) == "bad_signature"
    assert rejected(seal(list(CHUNKS), manifest=body, signature=b"\x00" * 10)) == "bad_signature"


@pytest.mark.parametrize("name", ["../x", "/abs", "data\\x", "data/../../etc/passwd", "C:/x", "data/000001.json"])
def test_bad_member_names(name):
    assert rejected(seal([*CHUNKS, (name, b"{}\n")])) == "bad_member_name"


@pytest.mark.parametrize("name", ["data/00000\u00e9.ndjson", "data/\u0661\u0662\u0663\u0664\u0665\u0666.ndjson"])
def test_non_ascii_member_names(name):
    assert rejected(seal([*CHUNKS, (name, b"{}\n")])) == "bad_member_name"


def test_duplicate_member_names():
    assert rejected(seal([*CHUNKS, ("data/000001.ndjson", b'{"n":9}\n')])) == "duplicate_member"


def test_zip_bomb_by_ratio():
    bomb = b"\n" * (20 * 1024 * 1024)  # deflates about 1000:1
    assert rejected(seal([("data/000001.ndjson", bomb)])) == "zip_bomb"


def test_zip_bomb_whose_header_lies_about_its_size():
    bomb = b"\n" * (4 * 1024 * 1024)

    def shrink_declared_size(plain: bytes) -> bytes:
        data = bytearray(plain)
        for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            start = data.index(signature)  # the first entry is the bomb, in both headers
            data[start + size_at : start + size_at + 4] = struct.pack("<I", 1000)
        return bytes(data)

    assert rejected(seal([("data/000001.ndjson", bomb)], patch=shrink_declared_size)) == "zip_bomb"


def test_member_larger_than_the_limit(monkeypatch):
    monkeypatch.setattr(container, "MAX_MEMBER_SIZE", 1000)
    assert rejected(seal([("data/000001.ndjson", b"x" * 1000 + b"\n"), ("data/000002.ndjson", b"{}\n")])) == "too_large"


def test_file_larger_than_the_limit(monkeypatch):
    monkeypatch.setattr(container, "MAX_BUNDLE_SIZE", len(GOOD) - 1)
    assert rejected(GOOD) == "too_large"


def test_too_many_members():
    members = [(f"data/{n:06d}.ndjson", b"{}\n") for n in range(1, container.MAX_MEMBERS)]
    assert rejected(seal(members)) == "too_many_members"


def test_malformed_manifests():
    good = manifest_dict(dict(CHUNKS))
    broken = [b"{not json", b"[]", json.dumps({**good, "seq_to": "3"}).encode(),
              json.dumps({**good, "kind": "provinsi"}).encode(),
              json.dumps({k: v for k, v in good.items() if k != "bundle_id"}).encode(),
              json.dumps({**good, "format": {"major": 1}}).encode(),
              json.dumps({**good, "counts": {"person": -1}}).encode(),
              b'{"kind":"desa","kind":"return"}']
    for body in broken:
        assert rejected(seal(list(CHUNKS), manifest=body)) == "bad_manifest", body[:40]


def test_member_missing_from_the_manifest_or_the_archive():
    assert rejected(seal(list(CHUNKS), manifest=manifest_dict(dict(CHUNKS[:1])))) == "bad_manifest"
    assert rejected(seal(list(CHUNKS[:1]), manifest=manifest_dict(dict(CHUNKS)))) == "bad_manifest"


def test_member_not_matching_its_sha256():
    body = manifest_dict(dict(CHUNKS))
    tampered = [(CHUNKS[0][0], b'{"t":"person","n":666}\n'), CHUNKS[1]]
    assert rejected(seal(tampered, manifest=body)) == "member_hash"


def test_decrypt_error_texts_of_rage_are_still_recognised():
    """_decrypt_error relies on rage's wording; this pins it so an upgrade that changes it fails here."""
    flipped = bytearray(GOOD)
    flipped[-20] ^= 1
    for data, identity, code in ((GOOD, STRANGER, "wrong_recipient"), (GOOD[:60], KABUPATEN, "truncated"),
                                 (bytes(flipped), KABUPATEN, "corrupt")):
        with pytest.raises((pyrage.DecryptError, OSError)) as caught:
            pyrage.decrypt_io(io.BytesIO(data), io.BytesIO(),
                              [pyrage.x25519.Identity.from_str(identity.age_identity)])
        assert container._decrypt_error(str(caught.value)).code == code


def test_write_bundle_validates_chunk_names_and_newlines():
    for chunks in ([("data/000002.ndjson", b"{}\n")], [("../000001.ndjson", b"{}\n")],
                   [("data/000001.ndjson", b"{}")]):
        with pytest.raises(ValueError):
            write_bundle(io.BytesIO(), draft(), chunks, DESA, KABUPATEN.recipient)


def test_manifest_new_fills_id_and_time():
    manifest = draft()
    assert Manifest.from_json(replace(manifest, sender=Sender(manifest.sender.origin_id, 1, "3201052009",
                                                              DESA.fingerprint, DESA.signing_public),
                                      recipient=Recipient("3201", KABUPATEN.fingerprint)).to_json())
    assert manifest.created_at.endswith("Z") and len(manifest.bundle_id) == 36


def test_write_file_safely_writes_verifies_and_never_overwrites(tmp_path):
    first = write_file_safely(tmp_path / "kiriman.age", GOOD)
    second = write_file_safely(tmp_path / "kiriman.age", lambda out: out.write(b"lain"))
    assert (first.name, second.name) == ("kiriman.age", "kiriman-2.age")
    assert first.read_bytes() == GOOD and second.read_bytes() == b"lain"
    with pytest.raises(SafeWriteError):
        write_file_safely(tmp_path / "kiriman.age", b"x", new_name_if_taken=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiriman-2.age", "kiriman.age"]


def test_write_file_safely_leaves_nothing_when_writing_fails(tmp_path):
    def pulled_stick(out):
        out.write(b"sebagian")
        raise OSError(5, "Input/output error")

    with pytest.raises(SafeWriteError) as caught:
        write_file_safely(tmp_path / "kiriman.age", pulled_stick)
    assert "Input/output error" in str(caught.value)

    def bug(out):
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        write_file_safely(tmp_path / "kiriman.age", bug)
    assert list(tmp_path.iterdir()) == []


def test_write_file_safely_removes_a_file_that_reads_back_differently(tmp_path, monkeypatch):
    real = safe_write._verify_read_back

    def flipped(path, expected):
        path.write_bytes(b"X" + path.read_bytes()[1:])  # what a failing stick would give back
        real(path, expected)

    monkeypatch.setattr(safe_write, "_verify_read_back", flipped)
    with pytest.raises(SafeWriteError):
        write_file_safely(tmp_path / "kiriman.age", GOOD)
    assert list(tmp_path.iterdir()) == []


def test_writing_a_bundle_puts_no_plaintext_on_disk(monkeypatch):
    """The ZIP goes straight from memory into the encrypter: no temporary file, whatever its size."""
    import tempfile

    def no_temporary_files(*_args, **_kwargs):
        raise AssertionError("a bundle's plaintext must never be written to a temporary file")

    for name in ("TemporaryFile", "SpooledTemporaryFile", "NamedTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, no_temporary_files)
    big = [(f"data/{n:06d}.ndjson", b'{"x":"' + bytes(str(n), "ascii") * 100_000 + b'"}\n') for n in range(1, 4)]
    opened = container.open_bundle(bundle(big), KABUPATEN, known)
    assert sum(1 for _ in opened.iter_lines()) == 3
