"""field activities of the PSKS (issue 12 §2): who did what for which households

Revision ID: 0012_activities
Revises: 0011_psks
Create Date: 2026-12-04 20:10:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0012_activities'
down_revision = '0011_psks'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity',
    sa.Column('kind', sa.String(length=20), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('need_id', sa.String(length=36), nullable=True),
    sa.Column('complaint_id', sa.String(length=36), nullable=True),
    sa.Column('referral_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_activity_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_activity_seq_positive')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_activity_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['need_id'], ['need.id'], name=op.f('fk_activity_need_id_need')),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_activity_referral_id_referral')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_activity_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    op.create_index('ix_activity_done_on', 'activity', ['done_on'], unique=False)
    op.create_index('ix_activity_origin_seq', 'activity', ['origin_id', 'seq'], unique=False)
    op.create_table('activity_psks',
    sa.Column('activity_id', sa.String(length=36), nullable=True),
    sa.Column('psks_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_activity_psks_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_activity_psks_seq_positive')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_psks_activity_id_activity')),
    sa.ForeignKeyConstraint(['psks_id'], ['psks.id'], name=op.f('fk_activity_psks_psks_id_psks')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_activity_psks_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_psks'))
    )
    op.create_index('ix_activity_psks_activity_id', 'activity_psks', ['activity_id'], unique=False)
    op.create_index('ix_activity_psks_origin_seq', 'activity_psks', ['origin_id', 'seq'], unique=False)
    op.create_index('ix_activity_psks_psks_id', 'activity_psks', ['psks_id'], unique=False)
    op.create_table('activity_household',
    sa.Column('activity_id', sa.String(length=36), nullable=True),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_activity_household_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_activity_household_seq_positive')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_household_activity_id_activity')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_activity_household_household_id_household')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_activity_household_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_household'))
    )
    op.create_index('ix_activity_household_activity_id', 'activity_household', ['activity_id'], unique=False)
    op.create_index('ix_activity_household_household_id', 'activity_household', ['household_id'], unique=False)
    op.create_index('ix_activity_household_origin_seq', 'activity_household', ['origin_id', 'seq'], unique=False)


def downgrade() -> None:
    op.drop_table('activity_household')
    op.drop_table('activity_psks')
    op.drop_table('activity')
