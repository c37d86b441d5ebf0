"""pytest-alembic on both backends: the migrations in `migrations/` against a fresh database each."""

from __future__ import annotations

import pytest

from puskesos_desktop.db.engine import open_engine
from puskesos_desktop.db.migrate import alembic_config as make_alembic_config


@pytest.fixture
def alembic_config():
    """The application's own configuration (script location resolved as in a frozen build)."""
    return make_alembic_config()


@pytest.fixture
def alembic_engine(request, backend, tmp_path):
    if backend == "sqlite":
        engine = open_engine(f"sqlite:///{tmp_path / 'alembic.sqlite3'}")
    else:
        url = request.getfixturevalue("pg_url")
        engine = open_engine(url)
    yield engine
    engine.dispose()


