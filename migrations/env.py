"""Alembic environment: runs on SQLite (batch mode) and PostgreSQL, online only."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from puskesos_desktop.db.records import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    # The caller may hand over a Connection, or (pytest-alembic does) an Engine under "connection".
    given = config.attributes.get("connection") or config.attributes.get("engine")
    if isinstance(given, Connection):
        _run(given)
        return
    engine = given or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _run(conn)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if connection.in_transaction():
        connection.commit()


run_migrations_online()
