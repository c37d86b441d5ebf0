"""Alembic in code: bring the database to head at start-up, copying an SQLite file first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..core import clock
from .. import paths


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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


def upgrade_to_head(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Upgrades when not at head; returns the backup taken first (None for a new or current database)."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None and engine.dialect.name == "sqlite":
        backup = _backup_sqlite(engine, current, backup_dir or paths.backup_dir())
    command.upgrade(alembic_config(engine), "head")
    return backup
