"""the committee's emblem and brand mark images

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-02 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.base

revision = '0005'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mark_image',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('media_type', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('updated_at', models.base.UtcDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_mark_image'))
    )


def downgrade() -> None:
    op.drop_table('mark_image')
