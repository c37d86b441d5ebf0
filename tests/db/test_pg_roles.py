"""The operator guide's PostgreSQL roles, run as written: the app's role works and cannot touch the audit log.

The SQL is read from docs/panduan-operator.md ("Kabupaten dengan PostgreSQL"), so the guide cannot
drift from what was tested. Role and database names get a random suffix (roles are cluster-wide).
"""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from puskesos_desktop import paths
from puskesos_desktop.core.codes import Mode
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.core.model import OfficeDraft
from puskesos_desktop.services.container import build_services
from puskesos_desktop.settings import Settings
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.postgres


def guide_block(marker: str) -> list[str]:
    guide = paths.operator_guide().read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker}\b[^>]*-->\s*```sql\n(.*?)```", guide, re.DOTALL)
    assert found, f"the guide has no SQL block after <!-- {marker} -->"
    return [statement.strip() for statement in found.group(1).split(";") if statement.strip()]


@pytest.fixture
def roles(pg_admin):
    """The guide's two roles and database, with a suffix; everything dropped afterwards."""
    suffix = uuid.uuid4().hex[:8]
    names = {"puskesos_pemilik": f"puskesos_pemilik_{suffix}", "puskesos_app": f"puskesos_app_{suffix}",
             "puskesos": f"puskesos_r_{suffix}"}
    passwords = {"ganti-sandi-pemilik": "sandi-pemilik-uji", "ganti-sandi-aplikasi": "sandi-app-uji"}

    def adapt(statement: str) -> str:
        for word, name in sorted(names.items(), key=lambda item: -len(item[0])):
            statement = re.sub(rf"\b{word}\b", name, statement)
        for word, password in passwords.items():
            statement = statement.replace(word, password)
        return statement

    def url(role: str, password: str) -> str:
        return pg_admin.url.set(username=role, password=password, database=names["puskesos"]).render_as_string(
            hide_password=False).replace("postgresql+psycopg://", "postgresql://")

    with pg_admin.connect() as conn:
        for statement in guide_block("pg-roles-server"):
            conn.execute(text(adapt(statement)))
    owner_url = url(names["puskesos_pemilik"], "sandi-pemilik-uji")
    app_url = url(names["puskesos_app"], "sandi-app-uji")
    yield adapt, owner_url, app_url
    with pg_admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {names['puskesos']} WITH (FORCE)"))
        for role in (names["puskesos_app"], names["puskesos_pemilik"]):
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))


def _run_as(url: str, statements: list[str]) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_the_app_role_of_the_guide_works_and_cannot_change_the_audit_log(roles):
    adapt, owner_url, app_url = roles
    _run_as(owner_url, [adapt(s) for s in guide_block("pg-roles-database")])

    early = Settings.from_args(db_url=app_url)
    with pytest.raises(PuskesosError, match="tidak berhak mengubah struktur"):
        build_services(early)  # staff open the new version before the owner upgraded: a clear refusal

    owner = build_services(Settings.from_args(db_url=owner_url))  # the owner sets up the structure
    owner.setup.initialize(OfficeDraft(Mode.KABUPATEN, "3201", "Dinas Sosial Kabupaten Bogor"),
                           admin_username="admin", admin_password=ADMIN_PASSWORD)
    owner.close()
    _run_as(owner_url, [adapt(s) for s in guide_block("pg-roles-after-upgrade")])

    staff = build_services(Settings.from_args(db_url=app_url))
    try:
        staff.operators.login("admin", ADMIN_PASSWORD)
        staff.operators.add("rina", "sandi-rina-1", "operator")
        staff.sync.make_keys()
        staff.households.note_identifiers_shown(["h1"], "uji")
        assert staff.check.run().ok
        assert any(e.action == "operator_add" for e in staff.audit.entries())
        with staff.engine.connect() as conn:
            for forbidden in ("UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log",
                              "TRUNCATE audit_log", "CREATE TABLE curang (x int)",
                              "ALTER TABLE audit_log DISABLE TRIGGER ALL"):
                with pytest.raises(ProgrammingError, match="permission denied|must be owner"):
                    conn.execute(text(forbidden))
                conn.rollback()
    finally:
        staff.close()
