"""A PostgreSQL register whose server stops in the middle of the work and comes back: the action
is refused with one clear sentence, nothing of it is written, and the next action works."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from certification import producers
from certification.producers import ProducerForm
from models.db import is_busy, is_unreachable, make_engine, read_unit, unit_of_work, upgrade
from models.enums import ProducerKind
from tests.factories import Office, make_office
from tests.pg_server import PostgresServer
from tests.reliability.conftest import register_dump
from ui.cli import main
from ui.widgets.boxes import error_text

pytestmark = pytest.mark.postgres
GONE = "The register's server cannot be reached; nothing was changed. Try again when it is back."


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    """A server of this file's own, so stopping it stops nobody else's tests."""
    own = PostgresServer()
    own.url = own.start()  # type: ignore[attr-defined]
    yield own
    own.stop()


@pytest.fixture
def office(server: PostgresServer) -> Iterator[tuple[PostgresServer, Office]]:
    admin = server.url  # type: ignore[attr-defined]
    name = f"gone_{uuid.uuid4().hex[:8]}"
    maker = create_engine(admin, isolation_level="AUTOCOMMIT")
    with maker.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    maker.dispose()
    engine = make_engine(admin.rsplit("/", 1)[0] + f"/{name}")
    upgrade(engine)
    yield server, make_office(engine)
    engine.dispose()


def form(name: str) -> ProducerForm:
    return ProducerForm(ProducerKind.GROUP, name, "KG-N", district="Ат-Башы")


def test_a_write_when_the_server_stops_is_refused_and_nothing_of_it_stays(
    office: tuple[PostgresServer, Office],
) -> None:
    own, o = office
    engine: Engine = o.factory.kw["bind"]
    before = register_dump(engine)
    try:
        with pytest.raises(DBAPIError) as caught, unit_of_work(o.factory) as s:
            producers.register_producer(s, o.clerk, form("«Тоо бал» ЖЧК"))
            own.pause()  # the server goes between the work and its commit
    finally:
        own.resume()
    assert is_unreachable(caught.value) and not is_busy(caught.value)
    assert error_text(caught.value) == GONE  # what the desktop says
    # The same engine goes on: the next action works, and the refused one left nothing.
    assert register_dump(engine) == before
    with unit_of_work(o.factory) as s:
        made = producers.register_producer(s, o.clerk, form("«Тоо бал» ЖЧК"))
    with read_unit(o.factory) as s:
        assert producers.get_producer(s, made.id).name == "«Тоо бал» ЖЧК"


def test_the_command_line_says_the_server_is_gone_and_works_once_it_is_back(
    office: tuple[PostgresServer, Office],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: object,
) -> None:
    own, o = office
    url = o.factory.kw["bind"].url.render_as_string(hide_password=False)
    monkeypatch.setenv("BELGI_PASSWORD", "secret")
    own.pause()
    try:
        status = main(["--db", url, "--lang", "en", "certificates"])
    finally:
        own.resume()
    err = capsys.readouterr().err.strip().splitlines()
    assert (status, err) == (75, [GONE])
    assert main(["--db", url, "--lang", "en", "certificates"]) == 0
    assert capsys.readouterr().err == ""
