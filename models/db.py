"""Engines, sessions and schema upgrades for SQLite (default) and PostgreSQL (shared register)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
IMMEDIATE = "belgi_immediate"  # execution option: start this SQLite transaction as a writer


def default_url() -> str:
    """`BELGI_DB`, else an SQLite file in the user data folder."""
    if url := os.environ.get("BELGI_DB"):
        return url
    from platformdirs import user_data_path

    folder = user_data_path("Belgi", appauthor=False, ensure_exists=True)
    return f"sqlite:///{folder / 'belgi.sqlite3'}"


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` and file paths; pick the drivers this project ships."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().absolute()}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    url = normalise_url(url or default_url())
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so that writers can BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer locks the database at BEGIN, so two writers never both read the same counter.
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One writing transaction: committed when the block ends, rolled back on any error.

    It takes the SQLite write lock at once (BEGIN IMMEDIATE), so writers queue at the start
    instead of failing at commit and two writers never read the same counter; on PostgreSQL,
    services lock the rows they count with SELECT … FOR UPDATE.
    """
    with factory() as session:
        if session.get_bind().dialect.name == "sqlite":
            session.connection(execution_options={IMMEDIATE: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_unit(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One reading transaction, always rolled back. The database itself refuses a write inside
    it (PostgreSQL: a read-only transaction; SQLite: `query_only`), so work that writes by
    mistake fails loudly instead of writing without the write lock."""
    with factory() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        connection = session.connection()
        if sqlite:
            connection.exec_driver_sql("PRAGMA query_only = ON")
        else:
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        try:
            yield session
        finally:
            if sqlite:
                # The connection goes back to the pool: let the next unit write again.
                connection.exec_driver_sql("PRAGMA query_only = OFF")
    # Leaving `with` closes the session: the transaction is rolled back and what was read stays
    # loaded (a rollback would expire it).


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


# The newest revision in migrations/versions. Checking it with one query at start-up spares
# loading Alembic (~0.2 s); tests/models/test_db.py fails when a new revision forgets to update it.
HEAD = "0005"


def current_revision(engine: Engine) -> str | None:
    if is_empty(engine):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (run on every start; one query when current)."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).has_table("alembic_version")
