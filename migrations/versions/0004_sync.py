"""sync peers, bundles, forks, extras

Revision ID: 0004_sync
Revises: 0003_office_work_settings
Create Date: 2026-11-23 16:58:38.297604
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_sync'
down_revision = '0003_office_work_settings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signing_public', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('age_recipient', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('key_fingerprint', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('private_keys', sa.Text(), nullable=True))
    op.create_table('sync_bundle',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=True),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('peer_origin_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('seq_from', sa.BigInteger(), nullable=True),
    sa.Column('seq_to', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason_code', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('counts', sa.Text(), nullable=False),
    sa.Column('manifest', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("direction in ('in', 'out')", name=op.f('ck_sync_bundle_direction')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle'))
    )
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_bundle_id'), ['bundle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_bundle_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('sync_extra',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'row_id', name=op.f('pk_sync_extra'))
    )
    op.create_table('sync_fork',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('incarnation', sa.Integer(), nullable=False),
    sa.Column('stored_hash', sa.String(length=64), nullable=False),
    sa.Column('incoming_hash', sa.String(length=64), nullable=False),
    sa.Column('incoming', sa.Text(), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_fork'))
    )
    with op.batch_alter_table('sync_fork', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_fork_origin_id'), ['origin_id'], unique=False)

    op.create_table('sync_peer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('region_code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('signing_public', sa.String(length=64), nullable=False),
    sa.Column('recipient', sa.String(length=100), nullable=False),
    sa.Column('fingerprint', sa.String(length=40), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_reason', sa.Text(), nullable=False),
    sa.Column('incarnation', sa.Integer(), nullable=False),
    sa.Column('applied_seq', sa.BigInteger(), nullable=False),
    sa.Column('acked_seq', sa.BigInteger(), nullable=False),
    sa.Column('last_received_at', sa.DateTime(), nullable=True),
    sa.Column('last_sent_at', sa.DateTime(), nullable=True),
    sa.Column('reconciled_seq', sa.BigInteger(), nullable=True),
    sa.Column('reconciled', sa.Boolean(), nullable=False),
    sa.CheckConstraint("role in ('kabupaten', 'desa')", name=op.f('ck_sync_peer_role')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_sync_peer_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peer')),
    sa.UniqueConstraint('origin_id', name=op.f('uq_sync_peer_origin_id'))
    )
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_peer_region_code'), ['region_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('office', schema=None) as batch_op:
        for column in ('private_keys', 'key_fingerprint', 'age_recipient', 'signing_public'):
            batch_op.drop_column(column)
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_peer_region_code'))

    op.drop_table('sync_peer')
    with op.batch_alter_table('sync_fork', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_fork_origin_id'))

    op.drop_table('sync_fork')
    op.drop_table('sync_extra')
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_bundle_file_sha256'))
        batch_op.drop_index(batch_op.f('ix_sync_bundle_bundle_id'))

    op.drop_table('sync_bundle')
