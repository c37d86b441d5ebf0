"""consent records per household (issue 11 §4), a synced table the desa owns

Revision ID: 0008_consent
Revises: 0007_reseed
Create Date: 2026-12-03 15:30:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0008_consent'
down_revision = '0007_reseed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('given_by_id', sa.String(length=36), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('form_version', sa.String(length=10), nullable=True),
    sa.Column('collection', sa.Boolean(), nullable=True),
    sa.Column('share_with', sa.Text(), nullable=True),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('withdrawal_note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_consent_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_consent_seq_positive')),
    sa.ForeignKeyConstraint(['given_by_id'], ['person.id'], name=op.f('fk_consent_given_by_id_person')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_consent_household_id_household')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_consent_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    op.create_index('ix_consent_household_id', 'consent', ['household_id'], unique=False)
    op.create_index('ix_consent_origin_seq', 'consent', ['origin_id', 'seq'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_consent_origin_seq', table_name='consent')
    op.drop_index('ix_consent_household_id', table_name='consent')
    op.drop_table('consent')
