"""the PSKS registry (issue 12 §1): the desa's network of people and institutions

Revision ID: 0011_psks
Revises: 0010_successor
Create Date: 2026-12-04 20:00:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0011_psks'
down_revision = '0010_successor'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('psks',
    sa.Column('kind', sa.String(length=12), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('nik', sa.String(length=16).with_variant(sa.String(length=16, collation='C'), 'postgresql'), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('area', sa.String(length=200), nullable=True),
    sa.Column('sk_number', sa.String(length=100), nullable=True),
    sa.Column('sk_date', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('trainings', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=True),
    sa.Column('legal_number', sa.String(length=100), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_psks_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_psks_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_psks_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_psks'))
    )
    op.create_index('ix_psks_nik', 'psks', ['nik'], unique=False)
    op.create_index('ix_psks_origin_seq', 'psks', ['origin_id', 'seq'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_psks_origin_seq', table_name='psks')
    op.drop_index('ix_psks_nik', table_name='psks')
    op.drop_table('psks')
