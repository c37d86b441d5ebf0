"""office: letter place and paper, overdue limits; referral list index by status

Revision ID: 0003_office_work_settings
Revises: 0002_referrals
Create Date: 2026-11-23 16:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_office_work_settings'
down_revision = '0002_referrals'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.add_column(sa.Column('letter_place', sa.String(length=120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('paper', sa.String(length=4), server_default='A4', nullable=False))
        batch_op.add_column(sa.Column('complaint_overdue_days', sa.Integer(), server_default='14', nullable=False))
        batch_op.add_column(sa.Column('referral_due_days', sa.Integer(), server_default='14', nullable=False))
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index('ix_referral_deleted_id', ['deleted', 'id'], unique=False)
        batch_op.create_index('ix_referral_status_deleted_id', ['status', 'deleted', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index('ix_referral_status_deleted_id')
        batch_op.drop_index('ix_referral_deleted_id')
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_column('referral_due_days')
        batch_op.drop_column('complaint_overdue_days')
        batch_op.drop_column('paper')
        batch_op.drop_column('letter_place')
