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
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite rebuilds tables for ALTERs
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
