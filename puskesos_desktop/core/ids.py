"""Identifiers made on the device: time-ordered UUIDv7 for rows, UUIDv5 for master data codes."""

from __future__ import annotations

import os
import threading
import time
import uuid

_NAMESPACE = uuid.UUID("6f1c2c53-5d0e-4c5e-9a57-3c0f6a3c8b21")  # Puskesos master-data namespace
_lock = threading.Lock()
_last = 0


def new_id() -> str:
    """A new UUIDv7 (RFC 9562) as text: 48-bit milliseconds, then random bits; monotonic per process."""
    global _last
    with _lock:
        ms = time.time_ns() // 1_000_000
        # Keep ids strictly increasing inside one process even within the same millisecond.
        stamp = max(ms << 12, _last + 1)
        _last = stamp
    ms, counter = stamp >> 12, stamp & 0xFFF
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | rand
    return str(uuid.UUID(int=value))


def master_id(kind: str, code: str) -> str:
    """Deterministic id for master data, so the same official code created twice converges."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{code.strip().upper()}"))
