"""Where things live: per-user data/config/log folders, and the bundled migrations and assets."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "PuskesosDesktop"
_dirs = PlatformDirs(APP_NAME, appauthor=False)


def _root() -> Path:
    """The source checkout, or the unpacked bundle when frozen by PyInstaller."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    checkout = _root() / name
    if checkout.is_dir():
        return checkout
    return Path(__file__).resolve().parent / f"_{name}"  # installed wheel (force-include)


def migrations_dir() -> Path:
    return _bundled("migrations")


def assets_dir() -> Path:
    return _bundled("assets")


def operator_guide() -> Path:
    """docs/panduan-operator.md: one source, shipped beside migrations/ and assets/ (docs/decisions.md)."""
    return _bundled("docs") / "panduan-operator.md"


def data_dir() -> Path:
    path = Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = Path(_dirs.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "puskesos.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
