"""Shared fixtures: Qt offscreen, and services on a real SQLite file copied from a migrated template."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The per-user folders (data and backups, window.ini, the log) of the application and of every child
# process the tests start: one scratch folder per test process (each xdist worker its own), never
# the developer's own. Set before anything asks platformdirs.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="puskesos-tests-"))
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_variable] = str(_USER_DIRS / _variable.lower())
atexit.register(shutil.rmtree, _USER_DIRS, True)

import datetime as dt  # noqa: E402

from puskesos_desktop.core import clock  # noqa: E402
from puskesos_desktop.core.codes import Mode  # noqa: E402
from puskesos_desktop.core.model import OfficeDraft  # noqa: E402
from puskesos_desktop.services.container import Services, build_services  # noqa: E402
from puskesos_desktop.settings import Settings  # noqa: E402

# ---- the clock (issue 9: no test may depend on the day it runs) ---------------------------------
# Every test runs on a fixed clock (WIB, the zone of most desas). A test that works with "today"
# asks for the `today` fixture and then runs on each of these moments: calendar edges, and moments
# just after local midnight, when the UTC day is still the day before.
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
DEFAULT_MOMENT = dt.datetime(2026, 11, 23, 10, 0, tzinfo=WIB)
CLOCK_MOMENTS = {
    "2026-11-23": DEFAULT_MOMENT,
    "month-end-late": dt.datetime(2026, 1, 31, 23, 40, tzinfo=WIB),
    "year-end": dt.datetime(2026, 12, 31, 15, 0, tzinfo=WIB),
    "new-year-after-midnight": dt.datetime(2027, 1, 1, 0, 10, tzinfo=WIB),  # UTC: 31 December
    "march-1st-after-midnight": dt.datetime(2026, 3, 1, 0, 5, tzinfo=WIB),  # UTC: 28 February
    "leap-day": dt.datetime(2028, 2, 29, 9, 0, tzinfo=WIB),
}
# The shared installations (session fixtures, made before any test's own clock is fixed) are set up
# at this moment, before every test moment: their rows never depend on the day the suite runs.
SETUP_MOMENT = dt.datetime(2025, 6, 2, 8, 0, tzinfo=WIB)


@pytest.fixture(autouse=True)
def fixed_clock():
    """The clock every test runs on unless it asks for `today`."""
    with clock.fixed(DEFAULT_MOMENT):
        yield DEFAULT_MOMENT


@pytest.fixture(params=list(CLOCK_MOMENTS), ids=list(CLOCK_MOMENTS))
def today(request, fixed_clock) -> dt.date:
    """The local day of each moment of CLOCK_MOMENTS in turn; the clock is fixed at that moment."""
    with clock.fixed(CLOCK_MOMENTS[request.param]):
        yield clock.today()


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


# ---- PostgreSQL (DESIGN.md §5: the same models and migrations run on both; tests run on both) ----
# Appended by the non-UI test suite; the fixtures above are shared with the UI tests, unchanged.

import uuid  # noqa: E402

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

PG_ENV = "PUSKESOS_TEST_PG_URL"
# Test databases use a linguistic (ICU en-US) collation, as a kabupaten server usually has one, so a
# query that silently relies on byte order (the C collation) fails here and not in the field.
PG_CREATE_OPTIONS = "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_admin_url():
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/test)")
    return make_url(url).set(drivername="postgresql+psycopg")


@pytest.fixture(scope="session")
def pg_admin():
    """An AUTOCOMMIT engine on the server's maintenance database; skips or (under CI) fails without one."""
    engine = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any reason the server cannot be reached
        engine.dispose()
        message = f"PostgreSQL at {os.environ[PG_ENV]} is unreachable: {type(exc).__name__}: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    yield engine
    engine.dispose()


class PgDatabases:
    """Creates throw-away databases (puskesos_t_<random>) and drops them WITH (FORCE)."""

    def __init__(self, admin) -> None:
        self._admin = admin

    def create(self, template: str | None = None) -> str:
        name = f"puskesos_t_{uuid.uuid4().hex[:12]}"
        options = f"TEMPLATE {template}" if template else PG_CREATE_OPTIONS
        with self._admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} {options}"))
        return self._admin.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self._admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(scope="session")
def pg_databases(pg_admin) -> PgDatabases:
    return PgDatabases(pg_admin)


@pytest.fixture
def pg_url(pg_databases) -> str:
    """A new, empty PostgreSQL database for this test; dropped afterwards."""
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


@pytest.fixture(scope="session")
def pg_template(pg_databases) -> str:
    """A migrated PostgreSQL database, made once per session; each test gets a copy (STYLE.md §8)."""
    url = pg_databases.create()
    build_services(Settings.from_args(db_url=url)).close()  # migrates, then releases every connection
    yield make_url(url).database
    pg_databases.drop(url)


@pytest.fixture
def pg_empty_services(pg_databases, pg_template) -> Services:
    """Like `empty_services`, on a copy of the migrated PostgreSQL template."""
    url = pg_databases.create(template=pg_template)
    services = build_services(Settings.from_args(db_url=url))
    yield services
    services.close()
    pg_databases.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def any_empty_services(request, backend) -> Services:
    """`empty_services` on each backend: a test using it runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue("empty_services" if backend == "sqlite" else "pg_empty_services")


def _initialize_desa(services: Services) -> None:
    with clock.fixed(SETUP_MOMENT):
        services.setup.initialize(
            OfficeDraft(Mode.DESA, DESA_CODE, "Puskesos Bojong Koneng"),
            admin_username="admin", admin_password=ADMIN_PASSWORD, admin_full_name="Admin Desa",
        )


@pytest.fixture(scope="session")
def desa_template_db(template_db, tmp_path_factory) -> Path:
    """`template_db` set up as the desa of `services`, once per session (argon2 is slow on purpose)."""
    path = tmp_path_factory.mktemp("desa-template") / "desa.sqlite3"
    shutil.copy(template_db, path)
    services = build_services(Settings.from_args(str(path)))
    _initialize_desa(services)
    services.close()
    return path


@pytest.fixture(scope="session")
def pg_desa_template(pg_databases, pg_template) -> str:
    url = pg_databases.create(template=pg_template)
    services = build_services(Settings.from_args(db_url=url))
    _initialize_desa(services)
    services.close()
    yield make_url(url).database
    pg_databases.drop(url)


@pytest.fixture
def any_services(request, backend, tmp_path) -> Services:
    """`services` on each backend: a desa installation with an admin account, nobody signed in."""
    if backend == "sqlite":
        db = tmp_path / "puskesos.sqlite3"
        shutil.copy(request.getfixturevalue("desa_template_db"), db)
        url = None
    else:
        pg = request.getfixturevalue("pg_databases")
        url = pg.create(template=request.getfixturevalue("pg_desa_template"))
        request.addfinalizer(lambda: pg.drop(url))
    services = build_services(Settings.from_args(None if url else str(db), url))
    request.addfinalizer(services.close)
    return services


# ---- encrypted installations (services/access.py): the database, its key file and recovery copy ----
def encrypt_installation(db: Path) -> None:
    """Turns a plaintext test database into an encrypted one the way the first start does (admin)."""
    from puskesos_desktop.services.access import Access

    access = Access(Settings.from_args(str(db)))
    access.convert(access.prepare_upgrade("admin", ADMIN_PASSWORD)).close()


def copy_installation(db: Path, to: Path) -> None:
    for suffix in ("", ".keys", ".recovery"):
        source = db.with_name(db.name + suffix)
        if source.exists():
            shutil.copy(source, to.with_name(to.name + suffix))


def open_encrypted(db: Path):
    """A raw connection to an encrypted test database, unlocked as the administrator."""
    from puskesos_desktop.db import cipher
    from puskesos_desktop.db.keyfile import KeyFile, key_file_for

    return cipher.connect(db, KeyFile.load(key_file_for(db)).unlock("admin", ADMIN_PASSWORD))
