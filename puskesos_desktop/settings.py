"""Typed, Qt-free settings of one run: which database, and how the window should behave."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from . import paths


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    # A village laptop loses power: every commit is flushed to disk on the embedded database.
    sqlite_synchronous: str = "FULL"
    list_page_size: int = 200
    search_limit: int = 50

    @classmethod
    def from_args(cls, db_path: str | None = None, db_url: str | None = None) -> "Settings":
        if db_url:
            return cls(database_url=db_url)
        env_url = os.environ.get("PUSKESOS_DB_URL")
        if not db_path and env_url:
            return cls(database_url=env_url)
        path = Path(db_path) if db_path else paths.default_database()
        return cls(database_url=f"sqlite:///{path.resolve()}")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_file(self) -> Path | None:
        """The database file when it is an SQLite file (None on a server or in memory)."""
        if self.database_url.startswith("sqlite:///") and self.database_url != "sqlite:///:memory:":
            return Path(self.database_url.removeprefix("sqlite:///"))
        return None

    @property
    def outbox(self) -> Path:
        """Copies of bundles sent and not yet acknowledged: next to an SQLite file, else in the data folder."""
        if self.is_sqlite and self.database_url.startswith("sqlite:///"):
            database = Path(self.database_url.removeprefix("sqlite:///"))
            return database.with_name(database.stem + "-outbox")
        return paths.data_dir() / "outbox"

    @property
    def backup_dir(self) -> Path:
        """The automatic backups (services/backups.py): `backups/` beside an SQLite file, which for the
        default database is the data folder's."""
        database = self.sqlite_file
        return database.parent / "backups" if database is not None else paths.data_dir() / "backups"
