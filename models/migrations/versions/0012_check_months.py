"""monthly sums of the check log, so a long period's figures read few rows

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 20:00:00

`code_check_month` holds the sums of `code_check_day` per calendar month (its first day). It is
filled here from the daily sums and kept from now on in the transaction that logs each check.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'code_check_month',
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('outcome', sa.String(length=24), nullable=False),
        sa.Column('place_key', sa.String(length=200), nullable=False),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('checks', sa.Integer(), nullable=False),
        sa.Column('cloned', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            'month', 'outcome', 'place_key', 'place', name=op.f('pk_code_check_month')
        ),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name == 'postgresql':
        month = "CAST(date_trunc('month', day) AS DATE)"
    else:
        month = "date(day, 'start of month')"
    op.execute(
        'INSERT INTO code_check_month (month, outcome, place_key, place, checks, cloned) '
        f'SELECT {month}, outcome, place_key, place, sum(checks), sum(cloned) '
        f'FROM code_check_day GROUP BY {month}, outcome, place_key, place'
    )


def downgrade() -> None:
    op.drop_table('code_check_month')
