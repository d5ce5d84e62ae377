"""Gap-free counters: certificate numbers, session numbers, the audit chain's length.

A value is taken inside the caller's transaction and is lost only if that whole transaction rolls
back, so numbers never skip and never repeat. SQLite: the write unit of work began with
BEGIN IMMEDIATE and holds the database's write lock. PostgreSQL: the counter row is locked with
SELECT … FOR UPDATE until commit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Counter


def _ensure(session: Session, name: str) -> None:
    # The dialect's own INSERT, imported here: loading every PostgreSQL driver's module costs a
    # command on SQLite a tenth of a second.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(Counter).values(name=name, value=0).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert

        session.execute(insert(Counter).values(name=name, value=0).on_conflict_do_nothing())


def next_value(session: Session, name: str) -> int:
    """Increment counter `name` and return the new value (1 for a new counter)."""
    _ensure(session, name)
    counter = session.scalars(select(Counter).where(Counter.name == name).with_for_update()).one()
    counter.value += 1
    session.flush()
    return counter.value


def current_value(session: Session, name: str) -> int:
    return int(session.scalar(select(Counter.value).where(Counter.name == name)) or 0)
