"""a new installation enrolled at the kabupaten as the successor of a lost one (issue 11 §3)

Revision ID: 0010_successor
Revises: 0009_retention
Create Date: 2026-12-04 19:00:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0010_successor'
down_revision = '0009_retention'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('sync_peer', sa.Column('successor_origin', sa.String(length=36), nullable=True))
    op.create_table('sync_retired_key',
    sa.Column('signing_public', sa.String(length=64), nullable=False),
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['peer_id'], ['sync_peer.id'], name=op.f('fk_sync_retired_key_peer_id_sync_peer')),
    sa.PrimaryKeyConstraint('signing_public', name=op.f('pk_sync_retired_key'))
    )


def downgrade() -> None:
    op.drop_table('sync_retired_key')
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch copy of sync_peer would trip the foreign keys
    # that point at it.
    op.execute("ALTER TABLE sync_peer DROP COLUMN successor_origin")
