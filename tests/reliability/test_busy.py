"""A register held by another writer: the wait ends, the user reads "the register is busy, try
again", and nothing is written — on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError

from models import AuditEntry, Certificate
from models.db import IMMEDIATE, make_engine, upgrade
from tests.factories import certified, make_office
from ui.cli import certificates as certificate_commands
from ui.cli.context import EXIT_BUSY, Context
from ui.widgets.boxes import error_text

BUSY = "The register is busy with another user's work; try again in a moment."


@contextmanager
def held(engine: Engine) -> Iterator[None]:
    """Another workstation in the middle of a write, holding the lock every writer needs."""
    with engine.connect() as other:
        if engine.dialect.name == "sqlite":
            other.execution_options(**{IMMEDIATE: True}).execute(text("SELECT 1"))
        else:
            other.execute(text("SELECT value FROM counter WHERE name = 'audit' FOR UPDATE"))
        yield
        other.rollback()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def register_url(request: pytest.FixtureRequest, tmp_path, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("models.db.LOCK_TIMEOUT_MS", 800)
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'belgi.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    engine = make_engine(url)
    upgrade(engine)
    yield url
    engine.dispose()


def test_a_held_register_says_busy_and_changes_nothing(
    register_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(register_url)
    number, _product = certified(make_office(engine))
    with engine.connect() as conn:
        entries = conn.scalar(select(text("count(*)")).select_from(AuditEntry))
    monkeypatch.setenv("BELGI_PASSWORD", "secret")
    out, err = io.StringIO(), io.StringIO()
    args = argparse.Namespace(number=number, action="suspend", reason="Проверка", user="chair")
    with held(engine):
        started = time.monotonic()
        status = Context(register_url, "en", out, err).run(certificate_commands.run_change, args)
        waited = time.monotonic() - started
    assert status == EXIT_BUSY
    assert err.getvalue() == BUSY + "\n"
    assert out.getvalue() == ""
    assert waited < 10  # gave up after the time-out, did not wait forever
    with engine.connect() as conn:
        assert conn.scalar(select(Certificate.status).where(Certificate.number == number)) == (
            "active"
        )
        assert conn.scalar(select(text("count(*)")).select_from(AuditEntry)) == entries
    engine.dispose()


def test_the_desktop_says_the_same_about_a_busy_register(register_url: str) -> None:
    engine = make_engine(register_url)
    office = make_office(engine)
    from certification import users
    from models.db import unit_of_work

    with (
        held(engine),
        pytest.raises(OperationalError) as raised,
        unit_of_work(office.factory) as session,
    ):
        users.set_password(session, "admin", "clerk", "new-secret")
    assert error_text(raised.value) == BUSY
    engine.dispose()
