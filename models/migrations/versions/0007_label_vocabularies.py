"""label job kinds, states, spoilage reasons and template sources as checked vocabularies; the run
that prints a job

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

COLUMNS = (
    ('label_template', 'source', 16, ('builtin', 'glabels', 'typed'), 'templatesource'),
    ('label_print', 'kind', 16, ('print', 'reprint'), 'labeljobkind'),
    ('label_print', 'status', 16, ('pending', 'printed', 'failed'), 'labeljobstatus'),
    (
        'label_spoilage',
        'reason',
        24,
        ('misprint', 'jammed', 'damaged', 'lost', 'print_failed', 'other'),
        'spoilreason',
    ),
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    with op.batch_alter_table('label_print', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('run', sa.String(length=80), nullable=False, server_default='')
        )
    for table, column, length, values, name in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                column,
                existing_type=sa.String(length=length),
                type_=_enum(values, name),
                existing_nullable=False,
            )


def downgrade() -> None:
    with op.batch_alter_table('label_print', schema=None) as batch_op:
        batch_op.drop_column('run')
    for table, column, length, values, name in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(
                column,
                existing_type=_enum(values, name),
                type_=sa.String(length=length),
                existing_nullable=False,
            )
