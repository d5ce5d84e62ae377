"""indexes for the reports: checks by period, outcome and place; certificates by issue date

Revision ID: 0009
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_code_check_report', 'code_check', ['at', 'outcome', 'flags', 'place_key', 'place']
    )
    op.create_index(
        'ix_certificate_report',
        'certificate',
        ['issued_on', 'status', 'valid_until', 'producer_id'],
    )


def downgrade() -> None:
    op.drop_index('ix_certificate_report', table_name='certificate')
    op.drop_index('ix_code_check_report', table_name='code_check')
