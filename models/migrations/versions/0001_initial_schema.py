"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 14:56:37.790771
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.base

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# ISO 3166-2:KG, names as the glossary gives them.
REGIONS = [
    ('KG-B', 'Баткен облусу', 'Баткенская область', 'Batken Region'),
    ('KG-J', 'Жалал-Абад облусу', 'Джалал-Абадская область', 'Jalal-Abad Region'),
    ('KG-Y', 'Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul Region'),
    ('KG-N', 'Нарын облусу', 'Нарынская область', 'Naryn Region'),
    ('KG-O', 'Ош облусу', 'Ошская область', 'Osh Region'),
    ('KG-T', 'Талас облусу', 'Таласская область', 'Talas Region'),
    ('KG-C', 'Чүй облусу', 'Чуйская область', 'Chüy Region'),
    ('KG-GB', 'Бишкек шаары', 'город Бишкек', 'Bishkek City'),
    ('KG-GO', 'Ош шаары', 'город Ош', 'Osh City'),
]


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', models.base.UtcDateTime(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_entry_seq'))
    )
    op.create_table('counter',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counter'))
    )
    op.create_table('product_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name_ky', sa.String(length=120), nullable=False),
    sa.Column('name_ru', sa.String(length=120), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_category')),
    sa.UniqueConstraint('code', name=op.f('uq_product_category_code'))
    )
    op.create_table('region',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name_ky', sa.String(length=80), nullable=False),
    sa.Column('name_ru', sa.String(length=80), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_region'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('committee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('region_code', sa.String(length=8), nullable=False),
    sa.Column('name_ky', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('is_own', sa.Boolean(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_committee_region_code_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee')),
    sa.UniqueConstraint('code', name=op.f('uq_committee_code'))
    )
    op.create_table('committee_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('quorum', sa.Integer(), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('open', 'closed', name='sessionstatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['app_user.id'], name=op.f('fk_committee_session_chair_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee_session')),
    sa.UniqueConstraint('year', 'number', name=op.f('uq_committee_session_year_number'))
    )
    op.create_table('producer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('individual', 'group', name='producerkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_search', sa.String(length=200), nullable=False),
    sa.Column('region_code', sa.String(length=8), nullable=False),
    sa.Column('district', sa.String(length=120), nullable=False),
    sa.Column('village', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('tax_id', sa.String(length=20), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=False),
    sa.Column('youth', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.Column('updated_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['region_code'], ['region.code'], name=op.f('fk_producer_region_code_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_producer'))
    )
    with op.batch_alter_table('producer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_producer_name_search'), ['name_search'], unique=False)
        batch_op.create_index(batch_op.f('ix_producer_region_code'), ['region_code'], unique=False)

    op.create_table('standard',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['product_category.id'], name=op.f('fk_standard_category_id_product_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standard')),
    sa.UniqueConstraint('code', name=op.f('uq_standard_code'))
    )
    with op.batch_alter_table('standard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standard_category_id'), ['category_id'], unique=False)

    op.create_table('user_role',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('admin', 'inspector', 'member', 'chair', 'clerk', name='role', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_role_user_id_app_user')),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_role'))
    )
    op.create_table('conflict_declaration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('producer_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('declared_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['producer_id'], ['producer.id'], name=op.f('fk_conflict_declaration_producer_id_producer')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_conflict_declaration_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict_declaration')),
    sa.UniqueConstraint('user_id', 'producer_id', name=op.f('uq_conflict_declaration_user_id_producer_id'))
    )
    with op.batch_alter_table('conflict_declaration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_declaration_producer_id'), ['producer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_declaration_user_id'), ['user_id'], unique=False)

    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('producer_id', sa.Integer(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_search', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['product_category.id'], name=op.f('fk_product_category_id_product_category')),
    sa.ForeignKeyConstraint(['producer_id'], ['producer.id'], name=op.f('fk_product_producer_id_producer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_name_search'), ['name_search'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_producer_id'), ['producer_id'], unique=False)

    op.create_table('session_attendance',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['committee_session.id'], name=op.f('fk_session_attendance_session_id_committee_session')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_session_attendance_user_id_app_user')),
    sa.PrimaryKeyConstraint('session_id', 'user_id', name=op.f('pk_session_attendance'))
    )
    op.create_table('standard_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('standard_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('pass_mark', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('frozen', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['standard_id'], ['standard.id'], name=op.f('fk_standard_version_standard_id_standard')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_standard_version')),
    sa.UniqueConstraint('standard_id', 'version', name=op.f('uq_standard_version_standard_id_version'))
    )
    with op.batch_alter_table('standard_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_standard_version_standard_id'), ['standard_id'], unique=False)

    op.create_table('criterion_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('weight', sa.Numeric(precision=8, scale=3), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['standard_version.id'], name=op.f('fk_criterion_group_version_id_standard_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_group'))
    )
    with op.batch_alter_table('criterion_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_group_version_id'), ['version_id'], unique=False)

    op.create_table('inspection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('inspector_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('initial', 'surveillance', 'renewal', name='inspectionkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'submitted', 'decided', name='inspectionstatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('sample_lot', sa.String(length=64), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('score', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('stars', sa.Integer(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('submitted_at', models.base.UtcDateTime(), nullable=True),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['inspector_id'], ['app_user.id'], name=op.f('fk_inspection_inspector_id_app_user')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_inspection_product_id_product')),
    sa.ForeignKeyConstraint(['version_id'], ['standard_version.id'], name=op.f('fk_inspection_version_id_standard_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection'))
    )
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_certificate_id'), ['certificate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_inspector_id'), ['inspector_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_version_id'), ['version_id'], unique=False)

    op.create_table('product_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_product_photo_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_photo'))
    )
    with op.batch_alter_table('product_photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_photo_product_id'), ['product_id'], unique=False)

    op.create_table('star_band',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('stars', sa.Integer(), nullable=False),
    sa.Column('min_score', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['standard_version.id'], name=op.f('fk_star_band_version_id_standard_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_star_band')),
    sa.UniqueConstraint('version_id', 'stars', name=op.f('uq_star_band_version_id_stars'))
    )
    with op.batch_alter_table('star_band', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_star_band_version_id'), ['version_id'], unique=False)

    op.create_table('criterion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('kind', sa.Enum('yes_no', 'scale', 'measurement', 'choice', 'note', name='criterionkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('weight', sa.Numeric(precision=8, scale=3), nullable=False),
    sa.Column('critical', sa.Boolean(), nullable=False),
    sa.Column('scale_max', sa.Integer(), nullable=True),
    sa.Column('unit', sa.String(length=24), nullable=False),
    sa.Column('min_value', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('max_value', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['criterion_group.id'], name=op.f('fk_criterion_group_id_criterion_group')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion'))
    )
    with op.batch_alter_table('criterion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_group_id'), ['group_id'], unique=False)

    op.create_table('decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.Enum('grant', 'refuse', 'defer', name='decisionoutcome', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.Column('decided_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_decision_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['app_user.id'], name=op.f('fk_decision_recorded_by_id_app_user')),
    sa.ForeignKeyConstraint(['session_id'], ['committee_session.id'], name=op.f('fk_decision_session_id_committee_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_session_id'), ['session_id'], unique=False)

    op.create_table('certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('number_search', sa.String(length=40), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('producer_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('stars', sa.Integer(), nullable=True),
    sa.Column('score', sa.Numeric(precision=6, scale=2), nullable=True),
    sa.Column('status', sa.Enum('active', 'suspended', 'withdrawn', 'expired', 'superseded', name='certificatestatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('next_surveillance_on', sa.Date(), nullable=True),
    sa.Column('supersedes_id', sa.Integer(), nullable=True),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_certificate_committee_id_committee')),
    sa.ForeignKeyConstraint(['decision_id'], ['decision.id'], name=op.f('fk_certificate_decision_id_decision')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_certificate_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['producer_id'], ['producer.id'], name=op.f('fk_certificate_producer_id_producer')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['certificate.id'], name=op.f('fk_certificate_supersedes_id_certificate')),
    sa.ForeignKeyConstraint(['version_id'], ['standard_version.id'], name=op.f('fk_certificate_version_id_standard_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('committee_id', 'year', 'sequence', name=op.f('uq_certificate_committee_id_year_sequence')),
    sa.UniqueConstraint('number', name=op.f('uq_certificate_number'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_number_search'), ['number_search'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_producer_id'), ['producer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_supersedes_id'), ['supersedes_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_valid_until'), ['valid_until'], unique=False)

    op.create_table('criterion_choice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('acceptable', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_criterion_choice_criterion_id_criterion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_criterion_choice'))
    )
    with op.batch_alter_table('criterion_choice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_criterion_choice_criterion_id'), ['criterion_id'], unique=False)

    op.create_table('inspection_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=32), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_inspection_photo_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_inspection_photo_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_photo'))
    )
    with op.batch_alter_table('inspection_photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_photo_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('non_conformity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('corrective_action', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'closed', name='nonconformitystatus', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_non_conformity_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_non_conformity_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_non_conformity'))
    )
    with op.batch_alter_table('non_conformity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_non_conformity_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('value_bool', sa.Boolean(), nullable=True),
    sa.Column('value_number', sa.Numeric(precision=14, scale=4), nullable=True),
    sa.Column('choice_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['choice_id'], ['criterion_choice.id'], name=op.f('fk_answer_choice_id_criterion_choice')),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_answer_criterion_id_criterion')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_answer_inspection_id_inspection')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answer')),
    sa.UniqueConstraint('inspection_id', 'criterion_id', name=op.f('uq_answer_inspection_id_criterion_id'))
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_answer_inspection_id'), ['inspection_id'], unique=False)

    op.create_table('certificate_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('issued', 'suspended', 'restored', 'withdrawn', 'superseded', 'renewed', name='certificateeventkind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('at', models.base.UtcDateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_certificate_event_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_certificate_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_event'))
    )
    with op.batch_alter_table('certificate_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_event_certificate_id'), ['certificate_id'], unique=False)

    op.create_table('certificate_product',
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_certificate_product_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_certificate_product_product_id_product')),
    sa.PrimaryKeyConstraint('certificate_id', 'product_id', name=op.f('pk_certificate_product'))
    )
    with op.batch_alter_table('certificate_product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_product_product_id'), ['product_id'], unique=False)

    op.create_table('lot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('producer_id', sa.Integer(), nullable=False),
    sa.Column('lot_number', sa.String(length=40), nullable=False),
    sa.Column('produced_on', sa.Date(), nullable=False),
    sa.Column('best_before', sa.Date(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=14, scale=3), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', models.base.UtcDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_lot_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['producer_id'], ['producer.id'], name=op.f('fk_lot_producer_id_producer')),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_lot_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lot')),
    sa.UniqueConstraint('producer_id', 'lot_number', name=op.f('uq_lot_producer_id_lot_number'))
    )
    with op.batch_alter_table('lot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lot_certificate_id'), ['certificate_id'], unique=False)


    # inspection <-> certificate refer to each other; the second link is added once both exist.
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f('fk_inspection_certificate_id_certificate'), 'certificate', ['certificate_id'], ['id']
        )

    region = sa.table(
        'region',
        sa.column('code', sa.String), sa.column('name_ky', sa.String),
        sa.column('name_ru', sa.String), sa.column('name_en', sa.String),
    )
    op.bulk_insert(region, [
        {'code': code, 'name_ky': ky, 'name_ru': ru, 'name_en': en}
        for code, ky, ru, en in REGIONS
    ])


def downgrade() -> None:
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_inspection_certificate_id_certificate'), type_='foreignkey')
    with op.batch_alter_table('lot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lot_certificate_id'))

    op.drop_table('lot')
    with op.batch_alter_table('certificate_product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_product_product_id'))

    op.drop_table('certificate_product')
    with op.batch_alter_table('certificate_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_event_certificate_id'))

    op.drop_table('certificate_event')
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_answer_inspection_id'))

    op.drop_table('answer')
    with op.batch_alter_table('non_conformity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_non_conformity_inspection_id'))

    op.drop_table('non_conformity')
    with op.batch_alter_table('inspection_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_photo_inspection_id'))

    op.drop_table('inspection_photo')
    with op.batch_alter_table('criterion_choice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_choice_criterion_id'))

    op.drop_table('criterion_choice')
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_valid_until'))
        batch_op.drop_index(batch_op.f('ix_certificate_status'))
        batch_op.drop_index(batch_op.f('ix_certificate_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_producer_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_number_search'))

    op.drop_table('certificate')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_session_id'))
        batch_op.drop_index(batch_op.f('ix_decision_inspection_id'))

    op.drop_table('decision')
    with op.batch_alter_table('criterion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_group_id'))

    op.drop_table('criterion')
    with op.batch_alter_table('star_band', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_star_band_version_id'))

    op.drop_table('star_band')
    with op.batch_alter_table('product_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_photo_product_id'))

    op.drop_table('product_photo')
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_version_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_status'))
        batch_op.drop_index(batch_op.f('ix_inspection_product_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_inspector_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_certificate_id'))

    op.drop_table('inspection')
    with op.batch_alter_table('criterion_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_criterion_group_version_id'))

    op.drop_table('criterion_group')
    with op.batch_alter_table('standard_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standard_version_standard_id'))

    op.drop_table('standard_version')
    op.drop_table('session_attendance')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_producer_id'))
        batch_op.drop_index(batch_op.f('ix_product_name_search'))
        batch_op.drop_index(batch_op.f('ix_product_category_id'))

    op.drop_table('product')
    with op.batch_alter_table('conflict_declaration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_user_id'))
        batch_op.drop_index(batch_op.f('ix_conflict_declaration_producer_id'))

    op.drop_table('conflict_declaration')
    op.drop_table('user_role')
    with op.batch_alter_table('standard', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_standard_category_id'))

    op.drop_table('standard')
    with op.batch_alter_table('producer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_producer_region_code'))
        batch_op.drop_index(batch_op.f('ix_producer_name_search'))

    op.drop_table('producer')
    op.drop_table('committee_session')
    op.drop_table('committee')
    op.drop_table('setting')
    op.drop_table('region')
    op.drop_table('product_category')
    op.drop_table('counter')
    op.drop_table('audit_entry')
    op.drop_table('app_user')
