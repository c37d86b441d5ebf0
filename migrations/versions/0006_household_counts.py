"""a small covering index for the household and people counts

Revision ID: 0006_household_counts
Revises: 0005_audit_chain
Create Date: 2026-12-03 12:40:00

The home page and the household list count live households and sum their `member_count` at every
start. Without an index that covers both columns each count walks the whole household table, and on
an encrypted database every page walked is decrypted again (docs/benchmarks.md, encryption). Not led
by `deleted`, for the reason given at ix_household_list (db/records.py).
"""
from alembic import op


revision = '0006_household_counts'
down_revision = '0005_audit_chain'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_household_counts", "household", ["member_count", "deleted"])


def downgrade() -> None:
    op.drop_index("ix_household_counts", table_name="household")
