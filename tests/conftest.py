"""Shared fixtures: real SQLite files and a real PostgreSQL server, no mocks."""

from __future__ import annotations

import os
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.db import make_engine, upgrade
from tests.pg_server import PostgresServer

# The suite draws the same examples on every run, so a red build can be reproduced and a green
# one stays green; `HYPOTHESIS_PROFILE=explore` draws fresh ones, ten times as many fuzz cases.
settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session", autouse=True)
def _coverage_follows_qt_workers() -> None:
    """Under coverage, trace the work that Qt's thread pools run.

    Coverage follows threads that Python starts (`threading.settrace`); a pool thread starts in
    C++, so each job installs that same hook first. Without coverage nothing changes.
    """
    hook = threading.gettrace()
    if hook is None:
        return
    from PySide6.QtCore import QRunnable, QThreadPool

    start = QThreadPool.start

    def traced(run: Callable[[], Any]) -> Callable[[], Any]:
        def call() -> Any:
            sys.settrace(hook)
            return run()

        return call

    def start_traced(pool: QThreadPool, job: Any, *args: Any) -> None:
        if isinstance(job, QRunnable):
            job.run = traced(job.run)  # type: ignore[method-assign]
            start(pool, job, *args)
        else:
            start(pool, traced(job), *args)

    QThreadPool.start = start_traced  # type: ignore[method-assign, assignment]


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """URL of a PostgreSQL server: `BELGI_TEST_PG_URL`, or a private one for this test run."""
    if url := os.environ.get("BELGI_TEST_PG_URL"):
        yield url
        return
    server = PostgresServer()
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


def _fresh_pg_database(admin_url: str) -> tuple[str, Engine]:
    name = f"belgi_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}", admin


@pytest.fixture(scope="session")
def _pg_migrated(postgres_url: str) -> str:
    """A PostgreSQL database brought to the newest schema once; each test gets a copy of it."""
    url, _ = _fresh_pg_database(postgres_url)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()  # a template is copied only while nobody is connected to it
    return url.rsplit("/", 1)[1]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    """A migrated, empty database on each engine Belgi supports (the storage and service tests
    of the register run on both: docs/reliability.md)."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'belgi.sqlite3'}")
    else:
        admin_url = request.getfixturevalue("postgres_url")
        template = request.getfixturevalue("_pg_migrated")
        name = f"belgi_{uuid.uuid4().hex[:12]}"
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        admin.dispose()
        engine = make_engine(admin_url.rsplit("/", 1)[0] + f"/{name}")
    upgrade(engine)  # one query: it is at the newest revision already
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'belgi.sqlite3'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(postgres_url: str) -> str:
    """A fresh, empty PostgreSQL database (not yet migrated)."""
    url, _ = _fresh_pg_database(postgres_url)
    return url
