"""daily sums of the check log for the reports; trigram indexes for searching names by fragment

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:00:00

`code_check_day` holds, per office day in Bishkek, outcome and place, how many checks were logged
and how many of them were flagged possibly cloned; it is filled here from the existing log and
kept from now on in the transaction that logs each check.

The folded names searched by fragment (a certificate's `search_text`, a producer's and a
product's `name_search`) get a trigram index: on SQLite an FTS5 table of the `trigram`
tokenizer (SQLite 3.34 or newer) over the column, kept by triggers; on PostgreSQL a GIN index of
`pg_trgm` when the extension can be made, else none (a fragment is then matched row by row, as
before).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# (FTS table, content table, its column): the same names as certification/core/search.py.
TRIGRAM = (
    ('certificate_search', 'certificate', 'search_text'),
    ('producer_search', 'producer', 'name_search'),
    ('product_search', 'product', 'name_search'),
)


def upgrade() -> None:
    op.create_table(
        'code_check_day',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('outcome', sa.String(length=24), nullable=False),
        sa.Column('place_key', sa.String(length=200), nullable=False),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('checks', sa.Integer(), nullable=False),
        sa.Column('cloned', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            'day', 'outcome', 'place_key', 'place', name=op.f('pk_code_check_day')
        ),
        sqlite_with_rowid=False,
    )
    postgresql = op.get_bind().dialect.name == 'postgresql'
    if postgresql:
        day = "CAST(timezone('Asia/Bishkek', timezone('UTC', at)) AS DATE)"
    else:
        day = "date(at, '+6 hours')"  # Bishkek has kept UTC+6 all year since 2005
    op.execute(
        'INSERT INTO code_check_day (day, outcome, place_key, place, checks, cloned) '
        f'SELECT {day}, outcome, place_key, place, count(*), '
        "sum(CASE WHEN flags LIKE '%possibly_cloned%' THEN 1 ELSE 0 END) "
        f'FROM code_check GROUP BY {day}, outcome, place_key, place'
    )
    op.create_index(
        'ix_certificate_status_valid_until',
        'certificate',
        ['status', 'valid_until', 'next_surveillance_on'],
    )
    if postgresql:
        _pg_trigram()
    else:
        for fts, content, column in TRIGRAM:
            _sqlite_trigram(fts, content, column)


def _sqlite_trigram(fts: str, content: str, column: str) -> None:
    op.execute(
        f'CREATE VIRTUAL TABLE {fts} USING fts5({column}, content={content}, '
        "content_rowid=id, tokenize='trigram case_sensitive 1')"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    old = f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
    new = f'INSERT INTO {fts}(rowid, {column}) VALUES (new.id, new.{column});'
    op.execute(f'CREATE TRIGGER {fts}_insert AFTER INSERT ON {content} BEGIN {new} END')
    op.execute(f'CREATE TRIGGER {fts}_delete AFTER DELETE ON {content} BEGIN {old} END')
    op.execute(
        f'CREATE TRIGGER {fts}_update AFTER UPDATE OF {column} ON {content} '
        f'BEGIN {old} {new} END'
    )


def _pg_trigram() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    except sa.exc.DBAPIError:
        return  # not installed, or not ours to install: fragments are matched row by row
    for fts, content, column in TRIGRAM:
        bind.exec_driver_sql(
            f'CREATE INDEX ix_{fts}_trigram ON {content} USING gin ({column} gin_trgm_ops)'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for fts, _content, _column in TRIGRAM:
            op.execute(f'DROP INDEX IF EXISTS ix_{fts}_trigram')
    else:
        for fts, _content, _column in TRIGRAM:
            for event in ('insert', 'delete', 'update'):
                op.execute(f'DROP TRIGGER {fts}_{event}')
            op.execute(f'DROP TABLE {fts}')
    op.drop_index('ix_certificate_status_valid_until', table_name='certificate')
    op.drop_table('code_check_day')
