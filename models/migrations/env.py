"""Alembic environment: the engine comes from `models.db.alembic_config`."""

from __future__ import annotations

from alembic import context

from models import Base
from models.db import IMMEDIATE

engine = context.config.attributes["engine"]
with engine.connect().execution_options(**{IMMEDIATE: True}) as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite rebuilds tables for ALTERs
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
