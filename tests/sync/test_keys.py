"""Key pairs, fingerprints and the identity / private key files."""

from __future__ import annotations

import json
import os
import stat
import sys

import pytest

from puskesos_desktop.sync import keys
from puskesos_desktop.sync.safe_write import SafeWriteError
from puskesos_desktop.sync.keys import (
    FINGERPRINT_ALPHABET,
    KeyFileError,
    PublicIdentity,
    fingerprint,
    generate_keypair,
    load_private_keys,
    read_public_identity,
    save_private_keys,
    write_public_identity,
)


def _identity(pair, role="desa", code="3201052009") -> PublicIdentity:
    return PublicIdentity(role=role, region_code=code, name="Desa Bojong Koneng",
                          origin_id="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
                          signing_public=pair.signing_public, recipient=pair.recipient,
                          created_at="2025-03-01T08:30:00Z")


def test_keypair_parts_and_secrets_stay_out_of_repr():
    pair = generate_keypair()
    assert len(pair.signing_seed) == 32 and len(pair.signing_public) == 32
    assert pair.age_identity.startswith("AGE-SECRET-KEY-1") and pair.recipient.startswith("age1")
    assert pair.age_identity not in repr(pair) and pair.signing_seed.hex() not in repr(pair)
    assert keys.verify_signature(pair.signing_public, pair.sign(b"halo"), b"halo")
    assert not keys.verify_signature(pair.signing_public, pair.sign(b"halo"), b"halo!")


def test_fingerprint_is_short_unambiguous_and_depends_on_both_keys():
    a, b = generate_keypair(), generate_keypair()
    code = fingerprint(a.signing_public, a.recipient)
    groups = code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4, 4]
    assert set("".join(groups)) <= set(FINGERPRINT_ALPHABET)
    assert not set("01OIL") & set(FINGERPRINT_ALPHABET)
    assert code == a.fingerprint == fingerprint(a.signing_public, a.recipient)
    assert code != fingerprint(a.signing_public, b.recipient) != fingerprint(b.signing_public, a.recipient)


def test_public_identity_round_trip_ascii_file(tmp_path):
    pair = generate_keypair()
    identity = _identity(pair, role="kabupaten", code="3201")
    path = write_public_identity(tmp_path / "kabupaten.json", identity)
    raw = path.read_bytes()
    raw.decode("ascii")
    assert json.loads(raw)["kind"] == keys.PUBLIC_KIND and json.loads(raw)["fingerprint"] == pair.fingerprint
    assert read_public_identity(path) == identity


def test_public_identity_never_overwrites_an_existing_file(tmp_path):
    pair = generate_keypair()
    first = write_public_identity(tmp_path / "desa.json", _identity(pair))
    second = write_public_identity(tmp_path / "desa.json", _identity(pair))
    assert first.name == "desa.json" and second.name == "desa-2.json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desa-2.json", "desa.json"]


def _mutations(body):
    yield "not json", b"{kunci"
    yield "wrong kind", {**body, "kind": "puskesos-private-keys"}
    yield "newer version", {**body, "version": 2}
    yield "no version", {k: v for k, v in body.items() if k != "version"}
    yield "short signing key", {**body, "signing_public": body["signing_public"][:62]}
    yield "bad recipient", {**body, "recipient": "age1xyz"}
    yield "bad role", {**body, "role": "provinsi"}
    yield "region of wrong length", {**body, "region_code": "3201"}
    yield "bad origin", {**body, "origin_id": "desa-1"}
    yield "local time", {**body, "created_at": "2025-03-01 08:30"}
    yield "fingerprint mismatch", {**body, "fingerprint": "2222-2222-2222-2222"}
    yield "unknown field", {**body, "rahasia": "x"}
    yield "non-ascii", json.dumps(body, ensure_ascii=False).replace("Desa", "Désa").encode("utf-8")


def test_read_public_identity_rejects_each_defect_in_one_indonesian_line(tmp_path):
    path = write_public_identity(tmp_path / "desa.json", _identity(generate_keypair()))
    body = json.loads(path.read_bytes())
    for label, mutated in _mutations(body):
        bad = tmp_path / "bad.json"
        bad.write_bytes(mutated if isinstance(mutated, bytes) else json.dumps(mutated).encode())
        with pytest.raises(KeyFileError) as caught:
            read_public_identity(bad)
        assert "\n" not in str(caught.value) and "bad.json" in str(caught.value), label


def test_private_keys_round_trip_with_owner_only_mode(tmp_path):
    pair = generate_keypair()
    path = save_private_keys(tmp_path / "kunci.json", pair)
    assert load_private_keys(path) == pair
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_private_keys_are_never_replaced(tmp_path):
    save_private_keys(tmp_path / "kunci.json", generate_keypair())
    with pytest.raises(SafeWriteError):
        save_private_keys(tmp_path / "kunci.json", generate_keypair())
    assert [p.name for p in tmp_path.iterdir()] == ["kunci.json"]


def test_damaged_private_key_file_is_refused(tmp_path):
    path = save_private_keys(tmp_path / "kunci.json", generate_keypair())
    body = json.loads(path.read_bytes())
    for mutated in ({**body, "signing_seed": "00" * 31}, {**body, "age_identity": "AGE-SECRET-KEY-1X"},
                    {**body, "recipient": generate_keypair().recipient}, {**body, "kind": keys.PUBLIC_KIND}):
        bad = tmp_path / "rusak.json"
        bad.write_text(json.dumps(mutated))
        with pytest.raises(KeyFileError):
            load_private_keys(bad)
