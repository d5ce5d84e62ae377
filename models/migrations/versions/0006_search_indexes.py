"""an index that serves the register's name search: product names with their producer

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_product_name_search_producer", "product", ["name_search", "producer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_product_name_search_producer", table_name="product")
