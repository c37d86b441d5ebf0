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
    sa.Column('psks_ids', sa.Text(), nullable=True),
    sa.Column('household_ids', sa.Text(), nullable=True),
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
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_activity_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_activity_referral_id_referral')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    op.create_index('ix_activity_done_on', 'activity', ['done_on'], unique=False)
    op.create_index('ix_activity_origin_seq', 'activity', ['origin_id', 'seq'], unique=False)
    op.create_table('activity_link',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('activity_id', 'kind', 'target_id', name=op.f('pk_activity_link'))
    )
    op.create_index('ix_activity_link_target', 'activity_link', ['kind', 'target_id'], unique=False)


def downgrade() -> None:
    op.drop_table('activity_link')
    op.drop_table('activity')
