"""Engines, sessions and schema upgrades for SQLite (default) and PostgreSQL (shared register)."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
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


class RegisterUnavailable(Exception):
    """The register named cannot be opened as asked; nothing was created or written.

    `reason`: "missing" (no such SQLite file), "scheme" (a database Belgi does not work with),
    "url" (not a database address), "old_schema" (read-only and in need of an upgrade).
    """

    def __init__(self, reason: str, where: str) -> None:
        super().__init__(f"{reason}: {where}")
        self.reason = reason
        self.where = where


SCHEMES = ("sqlite", "postgresql")


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` and file paths; pick the drivers this project ships."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().absolute()}"
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:
        raise RegisterUnavailable("url", url.split("://", 1)[0] + "://…") from error
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in SCHEMES:
        raise RegisterUnavailable("scheme", parsed.drivername)
    return parsed.render_as_string(hide_password=False)


# How long one statement may wait for another writer's lock before it gives up with "the register
# is busy" (SQLite's busy_timeout, PostgreSQL's lock_timeout), and, on PostgreSQL, run at all.
LOCK_TIMEOUT_MS = 30_000
STATEMENT_TIMEOUT_MS = 120_000


def make_engine(url: str | None = None, *, create: bool = True, **kwargs: Any) -> Engine:
    """An engine for the register at `url`. With `create=False` an absent SQLite file is refused
    (`RegisterUnavailable("missing")`) instead of made empty: only the first start and the demo
    create a register. A file that cannot be written, or lies in a folder that cannot, is opened
    read-only, so it can still be read and no journal file is left beside it."""
    url = normalise_url(url or default_url())
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            engine = create_engine(url, connect_args={"timeout": LOCK_TIMEOUT_MS / 1000}, **kwargs)
            _configure_sqlite(engine, read_only=False)
            return engine
        path = Path(database)
        if not create and not path.is_file():
            raise RegisterUnavailable("missing", str(path))
        read_only = path.is_file() and not _writable(path)
        if read_only:
            # Without a write-ahead log beside it nobody is writing it now: read it as immutable,
            # which needs no -shm file and so leaves none behind. With one, share its index.
            wal = path.with_name(path.name + "-wal")
            mode = "" if wal.exists() else "&immutable=1"
            uri = f"sqlite:///file:{quote(str(path))}?mode=ro{mode}&uri=true"
            engine = create_engine(uri, connect_args={"timeout": LOCK_TIMEOUT_MS / 1000}, **kwargs)
        else:
            engine = create_engine(url, connect_args={"timeout": LOCK_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine, read_only=read_only)
        return engine
    options = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={STATEMENT_TIMEOUT_MS}"
    return create_engine(url, pool_pre_ping=True, connect_args={"options": options}, **kwargs)


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and make its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


_read_only: weakref.WeakSet[Engine] = weakref.WeakSet()


def is_read_only(engine: Engine) -> bool:
    """Whether the register was opened read-only (its file or folder cannot be written)."""
    return engine in _read_only


def is_busy(error: BaseException) -> bool:
    """Whether a database error means another workstation or process held the lock too long
    (SQLite: "database is locked"; PostgreSQL: a lock or statement time-out): worth a retry."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if "database is locked" in text or "database table is locked" in text:
        return True
    sqlstate = getattr(original, "sqlstate", None) or getattr(
        getattr(original, "diag", None), "sqlstate", None
    )
    return sqlstate in ("55P03", "57014", "40P01")  # lock_not_available, query_canceled, deadlock


def is_unreachable(error: BaseException) -> bool:
    """Whether the register's server could not be reached or went away during the work (a
    PostgreSQL server stopped, restarted or cut off): the transaction did not commit, and the same
    action may succeed once the server is back."""
    if getattr(error, "connection_invalidated", False):
        return True
    original = getattr(error, "orig", error)
    sqlstate = getattr(original, "sqlstate", None) or getattr(
        getattr(original, "diag", None), "sqlstate", None
    )
    if sqlstate:  # connection exceptions; the server shutting down or starting
        return str(sqlstate).startswith("08") or sqlstate in ("57P01", "57P02", "57P03")
    module = type(original).__module__ or ""
    return module.startswith("psycopg") and type(original).__name__ == "OperationalError"


def _configure_sqlite(engine: Engine, *, read_only: bool) -> None:
    if read_only:
        _read_only.add(engine)
    in_memory = engine.url.database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so that writers can BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(LOCK_TIMEOUT_MS)}")
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
HEAD = "0012"


def current_revision(engine: Engine) -> str | None:
    if is_empty(engine):
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (run on every start; one query when current)."""
    current = current_revision(engine)
    if current == HEAD:
        return
    if is_read_only(engine):
        if current is None:
            return  # an empty read-only file: nothing to read, nothing to create
        raise RegisterUnavailable("old_schema", str(engine.url.database or ""))
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).has_table("alembic_version")
