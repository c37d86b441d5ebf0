"""referrals: service catalogue, institutions, needs, complaints, referrals, letters, outcomes, letter counter

Revision ID: 0002_referrals
Revises: 0001_baseline
Create Date: 2026-11-23 15:12:25.247818
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_referrals'
down_revision = '0001_baseline'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('letter_counter',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_letter_counter'))
    )
    op.create_table('institution',
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=True),
    sa.Column('addressee', sa.String(length=200), nullable=True),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_institution_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_institution_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_institution_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_institution'))
    )
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.create_index('ix_institution_code', ['code'], unique=False)
        batch_op.create_index('ix_institution_origin_seq', ['origin_id', 'seq'], unique=False)

    op.create_table('service',
    sa.Column('code', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=True),
    sa.Column('owner_level', sa.String(length=20), nullable=True),
    sa.Column('agency', sa.String(length=200), nullable=True),
    sa.Column('default_institution', sa.String(length=40), nullable=True),
    sa.Column('documents', sa.Text(), nullable=True),
    sa.Column('eligibility', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_service_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_service_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_service_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service'))
    )
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.create_index('ix_service_code', ['code'], unique=False)
        batch_op.create_index('ix_service_origin_seq', ['origin_id', 'seq'], unique=False)

    op.create_table('complaint',
    sa.Column('kind', sa.String(length=12), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('reporter_name', sa.String(length=120), nullable=True),
    sa.Column('reporter_relationship', sa.String(length=60), nullable=True),
    sa.Column('reporter_phone', sa.String(length=20), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=True),
    sa.Column('close_reason', sa.String(length=12), nullable=True),
    sa.Column('duplicate_of', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_complaint_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_complaint_seq_positive')),
    sa.ForeignKeyConstraint(['duplicate_of'], ['complaint.id'], name=op.f('fk_complaint_duplicate_of_complaint')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_complaint_household_id_household')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_complaint_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_complaint_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_complaint_origin_seq', ['origin_id', 'seq'], unique=False)
        batch_op.create_index('ix_complaint_status_received', ['status', 'received_on'], unique=False)

    op.create_table('need',
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('service_code', sa.String(length=40), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('urgency', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=True),
    sa.Column('recorded_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_need_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_need_seq_positive')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_need_household_id_household')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_need_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_need_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_need'))
    )
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_need_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_need_origin_seq', ['origin_id', 'seq'], unique=False)

    op.create_table('complaint_event',
    sa.Column('complaint_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=12), nullable=True),
    sa.Column('to_status', sa.String(length=12), nullable=True),
    sa.Column('happened_on', sa.Date(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=True),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_complaint_event_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_complaint_event_seq_positive')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_complaint_event_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_complaint_event_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint_event'))
    )
    with op.batch_alter_table('complaint_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_event_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index('ix_complaint_event_origin_seq', ['origin_id', 'seq'], unique=False)

    op.create_table('referral',
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('need_id', sa.String(length=36), nullable=True),
    sa.Column('complaint_id', sa.String(length=36), nullable=True),
    sa.Column('service_code', sa.String(length=40), nullable=True),
    sa.Column('institution_code', sa.String(length=40), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('documents', sa.Text(), nullable=True),
    sa.Column('urgency', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('letter_number', sa.String(length=80).with_variant(sa.String(length=80, collation='C'), 'postgresql'), nullable=True),
    sa.Column('serial', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('verification_code', sa.String(length=8).with_variant(sa.String(length=8, collation='C'), 'postgresql'), nullable=True),
    sa.Column('approved_by', sa.String(length=36), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_referral_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_referral_seq_positive')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id'], name=op.f('fk_referral_complaint_id_complaint')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_referral_household_id_household')),
    sa.ForeignKeyConstraint(['need_id'], ['need.id'], name=op.f('fk_referral_need_id_need')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_referral_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_referral_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_referral_letter_number', ['letter_number'], unique=False)
        batch_op.create_index('ix_referral_origin_seq', ['origin_id', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_referral_status_due', ['status', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_verification_code'), ['verification_code'], unique=False)

    op.create_table('letter',
    sa.Column('number', sa.String(length=80).with_variant(sa.String(length=80, collation='C'), 'postgresql'), nullable=True),
    sa.Column('serial', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('letter_date', sa.Date(), nullable=True),
    sa.Column('classification', sa.String(length=20), nullable=True),
    sa.Column('addressee', sa.String(length=200), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=True),
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
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_letter_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_letter_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_letter_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_letter_referral_id_referral')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_number'), ['number'], unique=False)
        batch_op.create_index('ix_letter_origin_seq', ['origin_id', 'seq'], unique=False)
        batch_op.create_index('ix_letter_origin_year_serial', ['origin_id', 'year', 'serial'], unique=True)
        batch_op.create_index(batch_op.f('ix_letter_referral_id'), ['referral_id'], unique=False)

    op.create_table('referral_event',
    sa.Column('referral_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=True),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_referral_event_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_referral_event_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_referral_event_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_referral_event_referral_id_referral')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_event'))
    )
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.create_index('ix_referral_event_origin_seq', ['origin_id', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_event_referral_id'), ['referral_id'], unique=False)

    op.create_table('referral_outcome',
    sa.Column('referral_id', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('officer', sa.String(length=120), nullable=True),
    sa.Column('unit', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('forwarded_to', sa.String(length=200), nullable=True),
    sa.Column('missing_documents', sa.Text(), nullable=True),
    sa.Column('next_appointment', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_referral_outcome_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_referral_outcome_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_referral_outcome_origin_id_sync_origin')),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_referral_outcome_referral_id_referral')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_outcome'))
    )
    with op.batch_alter_table('referral_outcome', schema=None) as batch_op:
        batch_op.create_index('ix_referral_outcome_origin_seq', ['origin_id', 'seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_outcome_referral_id'), ['referral_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('referral_outcome', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_outcome_referral_id'))
        batch_op.drop_index('ix_referral_outcome_origin_seq')

    op.drop_table('referral_outcome')
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_event_referral_id'))
        batch_op.drop_index('ix_referral_event_origin_seq')

    op.drop_table('referral_event')
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_referral_id'))
        batch_op.drop_index('ix_letter_origin_year_serial')
        batch_op.drop_index('ix_letter_origin_seq')
        batch_op.drop_index(batch_op.f('ix_letter_number'))

    op.drop_table('letter')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_verification_code'))
        batch_op.drop_index('ix_referral_status_due')
        batch_op.drop_index(batch_op.f('ix_referral_person_id'))
        batch_op.drop_index('ix_referral_origin_seq')
        batch_op.drop_index('ix_referral_letter_number')
        batch_op.drop_index(batch_op.f('ix_referral_household_id'))

    op.drop_table('referral')
    with op.batch_alter_table('complaint_event', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_event_origin_seq')
        batch_op.drop_index(batch_op.f('ix_complaint_event_complaint_id'))

    op.drop_table('complaint_event')
    with op.batch_alter_table('need', schema=None) as batch_op:
        batch_op.drop_index('ix_need_origin_seq')
        batch_op.drop_index(batch_op.f('ix_need_household_id'))

    op.drop_table('need')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index('ix_complaint_status_received')
        batch_op.drop_index('ix_complaint_origin_seq')
        batch_op.drop_index(batch_op.f('ix_complaint_household_id'))

    op.drop_table('complaint')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_index('ix_service_origin_seq')
        batch_op.drop_index('ix_service_code')

    op.drop_table('service')
    with op.batch_alter_table('institution', schema=None) as batch_op:
        batch_op.drop_index('ix_institution_origin_seq')
        batch_op.drop_index('ix_institution_code')

    op.drop_table('institution')
    op.drop_table('letter_counter')
