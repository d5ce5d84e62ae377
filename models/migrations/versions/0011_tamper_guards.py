"""the database refuses a label serial allocated or printed twice and any change to the audit log;
signed audit checkpoints

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

APPEND_ONLY = ('audit_entry', 'audit_checkpoint')

# A new print job's serials may not overlap another print job's of the same lot (a reprint prints
# spoiled serials again, so it is left out), nor a new allocation another allocation's.
_PRINT_OVERLAP = """
    (SELECT kind FROM label_print WHERE id = NEW.print_id) = 'print' AND EXISTS (
        SELECT 1 FROM label_print_range r JOIN label_print p ON p.id = r.print_id
        WHERE p.kind = 'print' AND r.id IS NOT NEW.id
          AND p.lot_id = (SELECT lot_id FROM label_print WHERE id = NEW.print_id)
          AND r.first_serial <= NEW.last_serial AND NEW.first_serial <= r.last_serial)
"""
_BATCH_OVERLAP = """
    EXISTS (
        SELECT 1 FROM label_batch b
        WHERE b.lot_id = NEW.lot_id AND b.id IS NOT NEW.id
          AND b.first_serial <= NEW.last_serial AND NEW.first_serial <= b.last_serial)
"""


def _sqlite() -> None:
    for table in APPEND_ONLY:
        for verb in ('UPDATE', 'DELETE'):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'belgi: {table} is append-only'); END"
            )
    for name, table, when in (
        ('label_batch', 'label_batch', _BATCH_OVERLAP),
        ('label_print_range', 'label_print_range', _PRINT_OVERLAP),
    ):
        for verb in ('INSERT', 'UPDATE'):
            op.execute(
                f"CREATE TRIGGER {name}_once_{verb.lower()} BEFORE {verb} ON {table} "
                f"WHEN {when} "
                "BEGIN SELECT RAISE(ABORT, 'belgi: label serial issued twice'); END"
            )


def _postgresql() -> None:
    op.execute(
        "CREATE FUNCTION belgi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'belgi: % is append-only', TG_TABLE_NAME; END $$"
    )
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION belgi_append_only()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION belgi_append_only()"
        )
    bind = op.get_bind()
    # An exclusion constraint also holds between transactions that do not see each other; it
    # needs btree_gist (for `lot_id WITH =`), which a server may lack or refuse to a database
    # owner. Then, or when old rows already overlap, a trigger refuses new overlaps instead.
    excluded = False
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS btree_gist"))
            bind.execute(
                sa.text(
                    "ALTER TABLE label_batch ADD CONSTRAINT label_batch_serials_once "
                    "EXCLUDE USING gist (lot_id WITH =, "
                    "int4range(first_serial, last_serial, '[]') WITH &&)"
                )
            )
        excluded = True
    except sa.exc.DBAPIError:
        pass
    checks = [('label_print_range', _PRINT_OVERLAP)]
    if not excluded:
        checks.append(('label_batch', _BATCH_OVERLAP))
    for table, when in checks:
        condition = when.replace(' IS NOT ', ' IS DISTINCT FROM ')
        op.execute(
            f"CREATE FUNCTION belgi_{table}_once() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF {condition} THEN "
            "RAISE EXCEPTION 'belgi: label serial issued twice'; END IF; RETURN NEW; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_once BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION belgi_{table}_once()"
        )


def upgrade() -> None:
    op.create_table(
        'audit_checkpoint',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entries', sa.Integer(), nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('committee', sa.String(length=16), nullable=False),
        sa.Column('key_id', sa.BigInteger(), nullable=False),
        sa.Column('signed_at', sa.DateTime(), nullable=False),
        sa.Column('signed_by', sa.String(length=64), nullable=False),
        sa.Column('signature', sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checkpoint')),
    )
    op.create_index(
        op.f('ix_audit_checkpoint_entries'), 'audit_checkpoint', ['entries'], unique=False
    )
    if op.get_bind().dialect.name == 'postgresql':
        _postgresql()
    else:
        _sqlite()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS belgi_append_only()")
        for table in ('label_batch', 'label_print_range'):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_once ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS belgi_{table}_once()")
        op.execute("ALTER TABLE label_batch DROP CONSTRAINT IF EXISTS label_batch_serials_once")
    else:
        for table in APPEND_ONLY:
            for verb in ('update', 'delete'):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        for table in ('label_batch', 'label_print_range'):
            for verb in ('insert', 'update'):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_once_{verb}")
    op.drop_index(op.f('ix_audit_checkpoint_entries'), table_name='audit_checkpoint')
    op.drop_table('audit_checkpoint')
