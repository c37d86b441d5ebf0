"""the office's retention schedule (issue 11 §5): how long data is kept, set by an administrator

Revision ID: 0009_retention
Revises: 0008_consent
Create Date: 2026-12-03 15:50:00
"""
import sqlalchemy as sa
from alembic import op


revision = '0009_retention'
down_revision = '0008_consent'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('retention_schedule',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('person_years', sa.Integer(), nullable=False),
    sa.Column('household_years', sa.Integer(), nullable=False),
    sa.Column('complaint_years', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_schedule'))
    )


def downgrade() -> None:
    op.drop_table('retention_schedule')
