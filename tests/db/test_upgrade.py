"""Alembic in code at start-up: upgrade only when behind, and copy an SQLite file first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from puskesos_desktop import paths
from puskesos_desktop.db import audit_chain
from puskesos_desktop.db.engine import open_engine
from puskesos_desktop.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BASELINE_DB = FIXTURES / "puskesos-0001_baseline.sqlite3"  # a desa at the first schema, one household

NEXT_REVISION = '''"""a later schema (test only)"""
from alembic import op
import sqlalchemy as sa

revision = "9999_test_probe"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_probe")
'''


@pytest.fixture
def old_db(tmp_path) -> Path:
    db = tmp_path / "lama.sqlite3"
    shutil.copy(BASELINE_DB, db)
    return db


@pytest.fixture
def later_release(tmp_path, monkeypatch) -> str:
    """The shipped migrations plus one more revision, as the next release of the application would have."""
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test_probe.py").write_text(NEXT_REVISION.replace("{head}", head_revision()),
                                                              encoding="utf-8")
    monkeypatch.setattr(paths, "migrations_dir", lambda: scripts)
    return "9999_test_probe"


def test_fixture_database_is_at_the_baseline():
    with sqlite3.connect(BASELINE_DB) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_baseline",)]
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (3,)


def _schema(db: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall())


def test_fixture_database_has_the_schema_its_revision_makes(tmp_path):
    """While 0001 is unreleased it may still change; then remake the fixture (tests/fixtures/README.md)."""
    fresh = tmp_path / "fresh.sqlite3"
    engine = open_engine(f"sqlite:///{fresh}")
    try:
        command.upgrade(alembic_config(engine), "0001_baseline")
    finally:
        engine.dispose()
    assert _schema(BASELINE_DB) == _schema(fresh), "remake tests/fixtures/puskesos-0001_baseline.sqlite3"


def test_baseline_database_is_upgraded_to_referrals_keeping_its_data(old_db, tmp_path):
    engine = open_engine(f"sqlite:///{old_db}")
    try:
        assert current_revision(engine) == "0001_baseline"
        assert upgrade_to_head(engine, tmp_path / "backups") is not None
        assert current_revision(engine) == head_revision() == "0012_activities"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar_one() == 3
            assert conn.execute(text("SELECT count(*) FROM referral")).scalar_one() == 0
            assert conn.execute(text("SELECT count(*) FROM letter_counter")).scalar_one() == 0
            office = conn.execute(text("SELECT letter_place, paper, complaint_overdue_days, referral_due_days FROM office"))
            assert office.one() == ("", "A4", 14, 14), "settings added later start at their defaults"
            # The audit rows written before the chain existed are chained, oldest first, under the local origin.
            chained = conn.execute(text("SELECT a.action, a.chain_seq FROM audit_log a JOIN sync_origin o "
                                        "ON o.id = a.origin_id AND o.is_local ORDER BY a.chain_seq")).all()
            assert [tuple(r) for r in chained] == [("setup", 1), ("household_create", 2)]
        with Session(engine) as s:
            [origin] = s.execute(text("SELECT id FROM sync_origin")).scalars()
            assert audit_chain.verify(s, origin)[:2] == (None, 2)
    finally:
        engine.dispose()


def test_current_database_is_left_alone(old_db, tmp_path):
    engine = open_engine(f"sqlite:///{old_db}")
    try:
        upgrade_to_head(engine, tmp_path / "first")
        assert current_revision(engine) == head_revision()
        assert upgrade_to_head(engine, tmp_path / "backups") is None
    finally:
        engine.dispose()
    assert not (tmp_path / "backups").exists()


def test_new_database_is_created_at_head_without_a_backup(tmp_path):
    engine = open_engine(f"sqlite:///{tmp_path / 'baru.sqlite3'}")
    backups = tmp_path / "backups"
    backups.mkdir()
    try:
        assert upgrade_to_head(engine, backups) is None
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert list(backups.iterdir()) == []


def test_older_database_is_copied_before_the_upgrade(old_db, tmp_path, later_release):
    backups = tmp_path / "backups"
    backups.mkdir()
    engine = open_engine(f"sqlite:///{old_db}")
    try:
        backup = upgrade_to_head(engine, backups)
        assert current_revision(engine) == later_release
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM person")).scalar_one() == 3
    finally:
        engine.dispose()
    assert backup is not None and backup.parent == backups
    assert "before-upgrade-from-0001_baseline" in backup.name
    with sqlite3.connect(backup) as conn:  # a complete, consistent copy of the database as it was
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_baseline",)]
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (3,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "test_probe" not in tables


@pytest.mark.postgres
def test_postgresql_is_upgraded_without_a_file_copy(pg_url, tmp_path, later_release):
    engine = open_engine(pg_url)
    try:
        assert upgrade_to_head(engine, tmp_path) is None  # new database
        assert current_revision(engine) == later_release
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_prefix_searched_columns_compare_bytes_on_postgresql(pg_url):
    """Alembic's drift check ignores collations, so this one is checked here (see db/records.bytewise)."""
    engine = open_engine(pg_url)
    try:
        upgrade_to_head(engine)
        with engine.connect() as conn:
            found = conn.execute(text(
                "SELECT table_name, column_name, collation_name FROM information_schema.columns"
                " WHERE table_schema = 'public'"
                " AND column_name IN ('nik', 'no_kk', 'term', 'verification_code', 'letter_number', 'number')"
            )).all()
    finally:
        engine.dispose()
    assert sorted(found) == [
        ("household", "no_kk", "C"), ("letter", "number", "C"), ("person", "nik", "C"), ("psks", "nik", "C"),
        ("referral", "letter_number", "C"), ("referral", "verification_code", "C"), ("search_term", "term", "C"),
    ]


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_head_revision_read_from_the_scripts_is_alembics_head():
    """upgrade_to_head decides without importing alembic (start-up time): it must agree with it."""
    assert head_revision() == _alembic_head() == "0012_activities"


def test_head_revision_follows_a_new_migration(later_release):
    assert head_revision() == _alembic_head() == later_release


def test_unreadable_scripts_are_left_to_alembic(tmp_path, monkeypatch):
    scripts = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    odd = scripts / "versions" / "0012_activities.py"
    odd.write_text(odd.read_text(encoding="utf-8").replace("revision = '0012_activities'",
                                                           "revision = REVISION = '0012_activities'"),
                   encoding="utf-8")
    monkeypatch.setattr(paths, "migrations_dir", lambda: scripts)
    assert head_revision() == "0012_activities"


def test_the_copy_made_before_an_upgrade_is_in_the_audit_log(old_db, tmp_path, monkeypatch):
    from puskesos_desktop.services.container import build_services
    from puskesos_desktop.settings import Settings

    monkeypatch.setattr(paths, "backup_dir", lambda: tmp_path / "backups")
    services = build_services(Settings.from_args(str(old_db)))
    try:
        with services.engine.connect() as conn:
            action, detail = conn.execute(text(
                "SELECT action, detail FROM audit_log ORDER BY chain_seq DESC LIMIT 1")).one()
    finally:
        services.close()
    assert action == "backup_create" and detail == f"sebelum pembaruan: {services.backup_taken.name}"
