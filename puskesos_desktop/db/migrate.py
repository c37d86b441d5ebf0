"""Alembic in code: bring the database to head at start-up, copying an SQLite file first.

Alembic itself (~0.1 s of imports) is loaded only when a migration is due: whether one is due is
decided with plain SQL on `alembic_version` against the head revision read from the scripts' text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import ProgrammingError

from .. import paths
from ..core import clock
from ..core.errors import PuskesosError

if TYPE_CHECKING:
    from alembic.config import Config

# `revision = '0004_sync'` / `down_revision: str | None = "0003_…"` / `down_revision = ('a', 'b')`
_REVISION = re.compile(r"^revision\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")
_INSUFFICIENT_PRIVILEGE = "42501"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        config.attributes["engine"] = engine
    return config


def _head_from_scripts(versions: Path) -> str | None:
    """The one revision no other script names as its down_revision; None when that is not clear."""
    revisions, parents = set(), set()
    for script in versions.glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(_QUOTED.findall(down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def head_revision() -> str:
    head = _head_from_scripts(paths.migrations_dir() / "versions")
    if head is not None:
        return head
    from alembic.script import ScriptDirectory  # scripts this parser cannot read: ask Alembic

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        stamped = [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    if len(stamped) > 1:
        raise RuntimeError(f"The database is stamped with several Alembic revisions: {stamped}")
    return stamped[0] if stamped else None


def _backup_sqlite(engine: Engine, revision: str, backup_dir: Path) -> Path | None:
    db_file = engine.url.database
    if not db_file or db_file == ":memory:" or not Path(db_file).exists():
        return None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{Path(db_file).stem}-before-upgrade-from-{revision}-{stamp}.sqlite3"
    backup_dir.mkdir(parents=True, exist_ok=True)
    # VACUUM INTO gives a consistent copy even with a WAL file beside the database. It cannot run
    # inside a transaction, and every SQLAlchemy connection of open_engine() begins one, so it goes
    # through the plain DBAPI connection (autocommit: isolation_level None).
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    return target


def known_revisions() -> set[str]:
    """Every revision this version's scripts know (a database stamped otherwise is from a newer one)."""
    return {m.group(1) for script in (paths.migrations_dir() / "versions").glob("*.py")
            if (m := _REVISION.search(script.read_text(encoding="utf-8")))}


def upgrade_to_head(engine: Engine, backup_dir: Path | None = None,
                    backup: Callable[[str], Path | None] | None = None) -> Path | None:
    """Upgrades when not at head; returns the backup taken first (None for a new or current database).

    `backup(revision)` makes it (an encrypted database: a backup file, services/backups.py); without
    it an SQLite file is copied with VACUUM INTO into `backup_dir` (a plaintext one, before encryption)."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    taken = None
    if current is not None and engine.dialect.name == "sqlite":
        taken = backup(current) if backup is not None else _backup_sqlite(
            engine, current, backup_dir or paths.backup_dir())
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:  # the app's own role on a server
            raise PuskesosError(
                "Basis data perlu diperbarui untuk versi aplikasi ini, tetapi akun PostgreSQL ini tidak berhak "
                "mengubah struktur basis data. Jalankan pembaruan sekali dengan akun pemilik (lihat panduan, "
                "'Kabupaten dengan PostgreSQL'); tidak ada yang diubah.") from exc
        raise
    return taken
