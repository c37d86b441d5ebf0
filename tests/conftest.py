"""Shared fixtures: Qt offscreen, and services on a real SQLite file copied from a migrated template."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from puskesos_desktop.core.codes import Mode  # noqa: E402
from puskesos_desktop.core.model import OfficeDraft  # noqa: E402
from puskesos_desktop.services.container import Services, build_services  # noqa: E402
from puskesos_desktop.settings import Settings  # noqa: E402

# A real desa (Bojong Koneng, Babakan Madang, Kab. Bogor) so NIKs starting 320105 are local.
DESA_CODE = "3201052009"
ADMIN_PASSWORD = "rahasia-admin"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """Migrated once per session (STYLE.md §8); each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    services = build_services(Settings.from_args(str(path)))
    services.close()
    return path


@pytest.fixture
def empty_services(template_db, tmp_path) -> Services:
    """Migrated, not set up."""
    db = tmp_path / "puskesos.sqlite3"
    shutil.copy(template_db, db)
    services = build_services(Settings.from_args(str(db)))
    yield services
    services.close()


@pytest.fixture
def services(empty_services) -> Services:
    """A desa installation with an admin account; nobody signed in (like the command line)."""
    empty_services.setup.initialize(
        OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"),
        admin_username="admin", admin_password=ADMIN_PASSWORD, admin_full_name="Admin Desa",
    )
    return empty_services
