"""Reading a desa's enrollment file before enrolling it, so the fingerprint can be compared by phone first."""

from __future__ import annotations

from pathlib import Path

from ..core.sync_model import IdentityFile
from ..sync import keys


def read_identity_file(path: Path) -> IdentityFile:
    """Who the file says it is and its fingerprint; stores nothing. Raises KeyFileError (Indonesian, one line)."""
    identity = keys.read_public_identity(Path(path))
    return IdentityFile(role=identity.role, region_code=identity.region_code, name=identity.name,
                        fingerprint=identity.fingerprint)
