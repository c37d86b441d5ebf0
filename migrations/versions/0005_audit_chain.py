"""audit log as a hash chain per origin, append-only in the database too

Revision ID: 0005_audit_chain
Revises: 0004_sync
Create Date: 2026-12-02 22:30:00

Existing rows are chained under the installation's local origin in (at, id) order. The encoding is a
copy of puskesos_desktop/core/audit.py (migrations never import application code);
tests/db/test_audit_migration.py checks that `check` accepts the chain this makes.
"""
import datetime as dt
import hashlib
import json

from alembic import op
import sqlalchemy as sa


revision = '0005_audit_chain'
down_revision = '0004_sync'
branch_labels = None
depends_on = None

GENESIS = "0" * 64
VERSION = "puskesos-audit-v1"
MESSAGE = "audit_log is append-only"

SQLITE_TRIGGERS = (
    f"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    f"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
)
PG_TRIGGERS = (
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
)


def _row_hash(values: list) -> str:
    encoded = json.dumps([VERSION, *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _format_at(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _chain_existing_rows() -> None:
    bind = op.get_bind()
    log = sa.table(
        "audit_log", sa.column("id", sa.String), sa.column("at", sa.DateTime), sa.column("operator_id", sa.String),
        sa.column("action", sa.String), sa.column("entity", sa.String), sa.column("entity_id", sa.String),
        sa.column("detail", sa.Text), sa.column("origin_id", sa.String), sa.column("chain_seq", sa.BigInteger),
        sa.column("operator_name", sa.String), sa.column("prev_hash", sa.String), sa.column("row_hash", sa.String),
    )
    rows = bind.execute(sa.select(log).order_by(log.c.at, log.c.id)).all()
    if not rows:
        return
    origin = bind.execute(sa.text("SELECT id FROM sync_origin WHERE is_local = :t"), {"t": True}).scalar()
    if origin is None:
        raise RuntimeError("audit_log has rows but the installation has no local sync origin")
    names = dict(bind.execute(sa.text("SELECT id, username FROM operator")).all())
    prev, updates = GENESIS, []
    for seq, row in enumerate(rows, start=1):
        name = names.get(row.operator_id, "") if row.operator_id else ""
        values = [origin, seq, row.id, _format_at(row.at), row.operator_id, name, row.action, row.entity or "",
                  row.entity_id or "", row.detail or "", prev]
        digest = _row_hash(values)
        updates.append({"_id": row.id, "o": origin, "s": seq, "n": name, "p": prev, "h": digest,
                        "e": row.entity or "", "ei": row.entity_id or "", "d": row.detail or ""})
        prev = digest
    bind.execute(
        log.update().where(log.c.id == sa.bindparam("_id")).values(
            origin_id=sa.bindparam("o"), chain_seq=sa.bindparam("s"), operator_name=sa.bindparam("n"),
            prev_hash=sa.bindparam("p"), row_hash=sa.bindparam("h"), entity=sa.bindparam("e"),
            entity_id=sa.bindparam("ei"), detail=sa.bindparam("d"),
        ), updates,
    )


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('chain_seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('operator_name', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('row_hash', sa.String(length=64), nullable=True))
    _chain_existing_rows()
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        for name, kind in (('origin_id', sa.String(length=36)), ('chain_seq', sa.BigInteger()),
                           ('operator_name', sa.String(length=60)), ('prev_hash', sa.String(length=64)),
                           ('row_hash', sa.String(length=64))):
            batch_op.alter_column(name, existing_type=kind, nullable=False)
        batch_op.create_foreign_key(batch_op.f('fk_audit_log_origin_id_sync_origin'), 'sync_origin',
                                    ['origin_id'], ['id'])
        batch_op.create_unique_constraint(batch_op.f('uq_audit_log_origin_id'), ['origin_id', 'chain_seq'])
        batch_op.create_index('ix_audit_log_list', ['at', 'id'], unique=False)
        batch_op.create_index('ix_audit_log_action_at', ['action', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_operator_at', ['operator_name', 'at'], unique=False)
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_acked_seq', sa.BigInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('audit_acked_hash', sa.String(length=64), server_default='', nullable=False))
    for statement in (SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else PG_TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.drop_column('audit_acked_hash')
        batch_op.drop_column('audit_acked_seq')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_operator_at')
        batch_op.drop_index('ix_audit_log_action_at')
        batch_op.drop_index('ix_audit_log_list')
        batch_op.drop_constraint(batch_op.f('uq_audit_log_origin_id'), type_='unique')
        batch_op.drop_constraint(batch_op.f('fk_audit_log_origin_id_sync_origin'), type_='foreignkey')
        batch_op.drop_column('row_hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('operator_name')
        batch_op.drop_column('chain_seq')
        batch_op.drop_column('origin_id')
