"""The audit log as a hash chain per origin (issue 10 §6): only ever appended, verified by `check`.

Tampering is done the way someone with the database would do it: with SQL, after switching off the
guard triggers (psql on PostgreSQL; on SQLite the triggers can be dropped by anyone holding the key).
"""

from __future__ import annotations

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DatabaseError

from puskesos_desktop.core import audit
from puskesos_desktop.core.model import HouseholdDraft
from puskesos_desktop.db.audit_chain import AuditImmutableError, fields_of, verify
from puskesos_desktop.db.records import AuditLogRecord

from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def signed_in(any_services):
    sv = any_services
    sv.operators.login("admin", ADMIN_PASSWORD)
    for number in range(3):
        sv.households.create(HouseholdDraft(no_kk=f"32010515112000{number + 1:02d}", address=f"Kp. Uji {number}",
                                            rt="001", rw="002"))
    return sv


def chain(sv) -> list[AuditLogRecord]:
    with sv.context.reading() as s:
        return list(s.scalars(s.query(AuditLogRecord).order_by(AuditLogRecord.chain_seq).statement))


def tamper(sv, statement: str, **params) -> None:
    """Runs `statement` around the append-only triggers, as an intruder with the database would."""
    with sv.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            conn.execute(text(statement), params)
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
            conn.execute(text(statement), params)


def test_every_entry_is_chained_to_the_one_before(signed_in):
    rows = chain(signed_in)
    assert [r.action for r in rows][:2] == ["setup", "login"] and len(rows) >= 5
    assert [r.chain_seq for r in rows] == list(range(1, len(rows) + 1))
    assert len({r.origin_id for r in rows}) == 1
    previous = audit.GENESIS
    for row in rows:
        assert row.prev_hash == previous and row.row_hash == audit.row_hash(fields_of(row))
        previous = row.row_hash
    assert rows[1].operator_name == "admin"
    assert signed_in.check.run().ok


def test_the_application_never_changes_or_deletes_an_entry(signed_in):
    before = [(r.chain_seq, r.row_hash) for r in chain(signed_in)]
    first = chain(signed_in)[0]
    with pytest.raises(AuditImmutableError), signed_in.context.transaction() as s:
        s.get(AuditLogRecord, first.id).detail = "diubah"
    with pytest.raises(AuditImmutableError), signed_in.context.transaction() as s:
        s.delete(s.get(AuditLogRecord, first.id))
    with pytest.raises(AuditImmutableError), signed_in.context.transaction() as s:
        s.execute(update(AuditLogRecord).values(detail="x"))
    with pytest.raises(AuditImmutableError), signed_in.context.transaction() as s:
        s.execute(delete(AuditLogRecord))
    # Below the application, plain SQL meets the database's own triggers.
    for statement in ("UPDATE audit_log SET detail = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), signed_in.engine.begin() as conn:
            conn.execute(text(statement))
    if signed_in.engine.dialect.name == "postgresql":
        with pytest.raises(DatabaseError, match="append-only"), signed_in.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_log"))
    assert [(r.chain_seq, r.row_hash) for r in chain(signed_in)] == before
    assert chain(signed_in)[0].detail == first.detail and signed_in.check.run().ok


@pytest.mark.parametrize("how, expected", [
    ("UPDATE audit_log SET detail = 'tidak ada apa-apa' WHERE chain_seq = 3", "baris #3 (id {id}) isinya"),
    ("DELETE FROM audit_log WHERE chain_seq = 3", "baris #3 hilang"),
    ("UPDATE audit_log SET operator_name = 'budi', row_hash = :fake WHERE chain_seq = 3", "baris #3 (id {id}) isinya"),
    ("DELETE FROM audit_log WHERE chain_seq = (SELECT max(chain_seq) FROM audit_log)", None),
])
def test_check_names_the_first_broken_link(signed_in, how, expected):
    rows = chain(signed_in)
    tamper(signed_in, how, fake="f" * 64)
    problems = signed_in.check.run().problems
    if expected is None:  # the last row removed leaves a whole chain: only the kabupaten's copy shows it
        assert not [p for p in problems if "log audit" in p]
        return
    [problem] = [p for p in problems if "log audit" in p]
    assert expected.format(id=rows[2].id) in problem and "3201052009" in problem


def test_a_row_re_hashed_after_an_edit_breaks_the_link_to_the_next(signed_in):
    rows = chain(signed_in)
    edited = {**fields_of(rows[2]), "detail": "diubah"}
    tamper(signed_in, "UPDATE audit_log SET detail = 'diubah', row_hash = :h WHERE chain_seq = 3",
           h=audit.row_hash(edited))
    with signed_in.context.reading() as s:
        broken, good_seq, _ = verify(s, rows[0].origin_id)
    assert (broken.chain_seq, broken.kind, good_seq) == (4, "relinked", 3)
    [problem] = [p for p in signed_in.check.run().problems if "log audit" in p]
    assert "baris #4" in problem and "tidak tersambung" in problem


def test_the_chain_encoding_of_the_migration_is_the_applications():
    """migrations/versions/0005 chains existing rows with its own copy of the encoding."""
    import importlib.util

    from puskesos_desktop import paths

    spec = importlib.util.spec_from_file_location("m0005", paths.migrations_dir() / "versions" / "0005_audit_chain.py")
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    values = ["o", 1, "id", "2026-01-02T03:04:05.000006Z", None, "admin", "login", "", "", "Ä", audit.GENESIS]
    assert migration._row_hash(values) == audit.row_hash(dict(zip(audit.FIELDS, values, strict=True)))
    assert (migration.GENESIS, migration.VERSION) == (audit.GENESIS, audit.VERSION)
