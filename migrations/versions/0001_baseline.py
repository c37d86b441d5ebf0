"""baseline

Revision ID: 0001_baseline
Revises: 
Create Date: 2026-11-23 13:20:18.098991
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_baseline'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('operator',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operator')),
    sa.UniqueConstraint('username', name=op.f('uq_operator_username'))
    )
    op.create_table('search_term',
    sa.Column('term', sa.String(length=60).with_variant(sa.String(length=60, collation='C'), 'postgresql'), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('term', 'person_id', name=op.f('pk_search_term'))
    )
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_term_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_search_term_person', ['person_id'], unique=False)

    op.create_table('sync_origin',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('region_code', sa.String(length=10), nullable=False),
    sa.Column('incarnation', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('is_local', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_origin'))
    )
    op.create_table('household',
    sa.Column('no_kk', sa.String(length=16).with_variant(sa.String(length=16, collation='C'), 'postgresql'), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('rt', sa.String(length=3), nullable=True),
    sa.Column('rw', sa.String(length=3), nullable=True),
    sa.Column('dusun', sa.String(length=80), nullable=True),
    sa.Column('dtsen_status', sa.String(length=30), nullable=True),
    sa.Column('dtsen_id', sa.String(length=40), nullable=True),
    sa.Column('desil', sa.Integer(), nullable=True),
    sa.Column('programs', sa.Text(), nullable=True),
    sa.Column('floor_area_m2', sa.Float(), nullable=True),
    sa.Column('house_ownership', sa.String(length=30), nullable=True),
    sa.Column('floor_material', sa.String(length=30), nullable=True),
    sa.Column('wall_material', sa.String(length=30), nullable=True),
    sa.Column('roof_material', sa.String(length=30), nullable=True),
    sa.Column('water_source', sa.String(length=30), nullable=True),
    sa.Column('toilet', sa.String(length=30), nullable=True),
    sa.Column('lighting', sa.String(length=30), nullable=True),
    sa.Column('consent', sa.Boolean(), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('head_name', sa.String(length=120), nullable=True),
    sa.Column('member_count', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_household_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_household_seq_positive')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_household_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_no_kk'), ['no_kk'], unique=False)
        batch_op.create_index('ix_household_origin_seq', ['origin_id', 'seq'], unique=False)
        batch_op.create_index('ix_household_list', ['head_name', 'id'], unique=False)

    op.create_table('office',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('region_code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('letter_classification', sa.String(length=20), nullable=False),
    sa.Column('letter_unit_code', sa.String(length=40), nullable=False),
    sa.Column('signatory_name', sa.String(length=120), nullable=False),
    sa.Column('signatory_position', sa.String(length=120), nullable=False),
    sa.Column('signatory_nip', sa.String(length=30), nullable=False),
    sa.Column('acknowledger_name', sa.String(length=120), nullable=False),
    sa.Column('acknowledger_position', sa.String(length=120), nullable=False),
    sa.Column('local_origin_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("mode in ('desa', 'kabupaten')", name=op.f('ck_office_mode')),
    sa.ForeignKeyConstraint(['local_origin_id'], ['sync_origin.id'], name=op.f('fk_office_local_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office'))
    )
    op.create_table('person',
    sa.Column('household_id', sa.String(length=36), nullable=False),
    sa.Column('nik', sa.String(length=16).with_variant(sa.String(length=16, collation='C'), 'postgresql'), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=True),
    sa.Column('relationship', sa.String(length=30), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_place', sa.String(length=80), nullable=True),
    sa.Column('marital_status', sa.String(length=20), nullable=True),
    sa.Column('religion', sa.String(length=20), nullable=True),
    sa.Column('education', sa.String(length=40), nullable=True),
    sa.Column('occupation', sa.String(length=40), nullable=True),
    sa.Column('disabilities', sa.Text(), nullable=True),
    sa.Column('chronic_illness', sa.Text(), nullable=True),
    sa.Column('ppks', sa.Text(), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('mother_name', sa.String(length=120), nullable=True),
    sa.Column('life_status', sa.String(length=12), nullable=True),
    sa.Column('name_key', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('length(content_hash) = 64', name=op.f('ck_person_hash_length')),
    sa.CheckConstraint('seq > 0', name=op.f('ck_person_seq_positive')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_person_household_id_household')),
    sa.ForeignKeyConstraint(['origin_id'], ['sync_origin.id'], name=op.f('fk_person_origin_id_sync_origin')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_person_name_key_birth', ['name_key', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_nik'), ['nik'], unique=False)
        batch_op.create_index('ix_person_origin_seq', ['origin_id', 'seq'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_origin_seq')
        batch_op.drop_index(batch_op.f('ix_person_nik'))
        batch_op.drop_index('ix_person_name_key_birth')
        batch_op.drop_index(batch_op.f('ix_person_household_id'))

    op.drop_table('person')
    op.drop_table('office')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index('ix_household_origin_seq')
        batch_op.drop_index('ix_household_list')
        batch_op.drop_index(batch_op.f('ix_household_no_kk'))

    op.drop_table('household')
    op.drop_table('sync_origin')
    with op.batch_alter_table('search_term', schema=None) as batch_op:
        batch_op.drop_index('ix_search_term_person')
        batch_op.drop_index(batch_op.f('ix_search_term_household_id'))

    op.drop_table('search_term')
    op.drop_table('operator')
    op.drop_table('audit_log')

