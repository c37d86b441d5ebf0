"""what a restored desa asks the kabupaten to send back (the re-seed, issue 11 §3)

Revision ID: 0007_reseed
Revises: 0006_household_counts
Create Date: 2026-12-03 14:30:00

At a desa, the local origin's `reseed_seq` / `reseed_audit_seq` are set by a restore: the backup held
the desa's own rows up to that seq and its audit log up to that row; the rest may be only at the
kabupaten. `reseed_first_seq` is the first seq the restored database writes. At the kabupaten, the
desa's peer row keeps what its last bundle asked for, so the next return bundle carries those rows
back (docs/bundle-format.md, *Restores and clones*). `sync_fork.kind` tells a kept incoming version
("incoming") from a stored one a restored desa's newer change replaced ("replaced").
"""
import sqlalchemy as sa
from alembic import op


revision = '0007_reseed'
down_revision = '0006_household_counts'
branch_labels = None
depends_on = None


COLUMNS = ("reseed_seq", "reseed_audit_seq", "reseed_first_seq")


def upgrade() -> None:
    for table in ("sync_origin", "sync_peer"):
        for column in COLUMNS:
            op.add_column(table, sa.Column(column, sa.BigInteger(), nullable=True))
    op.add_column("sync_fork", sa.Column("kind", sa.String(16), nullable=False, server_default="incoming"))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN on both (SQLite ≥ 3.35): a batch copy of sync_origin would trip the
    # foreign keys that point at it.
    op.execute("ALTER TABLE sync_fork DROP COLUMN kind")
    for table in ("sync_origin", "sync_peer"):
        for column in reversed(COLUMNS):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
