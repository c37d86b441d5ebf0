"""The one place that opens the database engine and makes sessions."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from . import cipher, stamping  # noqa: F401  (registers the flush listener before any session exists)


# Execution option of a connection that will write (services' `transaction()`): BEGIN IMMEDIATE on SQLite.
WRITE = "puskesos_write"


def open_engine(url: str, *, sqlite_synchronous: str = "FULL", key: bytes | None = None) -> Engine:
    """SQLite gets WAL, foreign keys and a busy timeout, through SQLCipher, encrypted with `key` when
    given (db/cipher.py); PostgreSQL goes through psycopg 3."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("sqlite"):
        # SQLite 3.51 with SQLCipher 4 (plain SQLite without a key), the same build on every platform.
        engine = create_engine(url, module=cipher.sqlcipher, connect_args={"timeout": 15})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:
            # pysqlite's own implicit transactions are off; SQLAlchemy's "begin" below emits BEGIN.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cipher.quiet(cur)
            if key is not None:
                cur.execute(cipher.key_pragma(key))  # first, before anything reads the file
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cur.execute("PRAGMA temp_store=MEMORY")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn) -> None:
            # A write transaction takes the write lock at once. A deferred one that read first cannot
            # upgrade once another writer has committed meanwhile: SQLite then fails at once with
            # "database is locked" instead of waiting (e.g. a save while an import runs in the background).
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def refresh_statistics(engine: Engine) -> None:
    """Gives SQLite's planner statistics (first start after a bulk load, then cheaply on each close).

    Without them it may walk a whole index instead of using the selective one (docs/benchmarks.md).
    """
    if engine.dialect.name != "sqlite":
        return
    # A write transaction from the start: ANALYZE writes, and a read transaction cannot take the write
    # lock once another process (a second command, the window) has committed meanwhile.
    with engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
        has_stats = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).first() is not None
        conn.exec_driver_sql("PRAGMA optimize" if has_stats else "ANALYZE")
