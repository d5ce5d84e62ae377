"""Alembic environment: the engine comes from `models.db.alembic_config`."""

from __future__ import annotations

from alembic import context

from models import Base
from models.db import IMMEDIATE

# Trigram search indexes live outside the models (migration 0010): an FTS5 table and its shadow
# tables on SQLite, GIN indexes on PostgreSQL. A new revision leaves them alone.
TRIGRAM = ("certificate_search", "producer_search", "product_search")


def include_name(name: str | None, kind: str, _parent: object) -> bool:
    if kind in ("table", "index") and name is not None:
        return not any(name.startswith(t) or name.startswith(f"ix_{t}") for t in TRIGRAM)
    return True


engine = context.config.attributes["engine"]
with engine.connect().execution_options(**{IMMEDIATE: True}) as connection:
    # SQLite rebuilds a table for an ALTER (a copy, DROP, rename): with references checked, the DROP
    # of a table that others refer to fails once it has rows. They are switched off for the
    # upgrade (outside its transaction, where SQLite takes the switch) and checked before commit.
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,  # SQLite rebuilds tables for ALTERs
            compare_type=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade would leave broken references: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            connection.rollback()
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
