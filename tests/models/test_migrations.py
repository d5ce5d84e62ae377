"""A register made by any earlier version, with its records in it, is brought to the newest schema
on SQLite and on PostgreSQL with every record kept and read by the services; and the models and
the chain of revisions describe the same schema (`alembic check`).

Every revision in `models/migrations/versions` is a starting point, so a revision added later is
covered without touching this file. The records are the demo register's, made at the newest
schema once; at an older revision each is written with plain INSERTs of the columns that revision
has, into the tables it has, as that version would have stored them.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Engine, MetaData, Table, create_engine, inspect, select, text

from certification import certificates, lots, producers, users
from certification import demo as demo_register
from certification.codes.service import verify_text
from certification.core import audit
from models import Base
from models.db import (
    HEAD,
    alembic_config,
    current_revision,
    make_engine,
    read_unit,
    session_factory,
    unit_of_work,
    upgrade,
)
from models.enums import CertificateStatus
from tests.conftest import _fresh_pg_database

Rows = dict[str, list[dict[str, Any]]]


def readings(engine: Engine) -> dict[str, Any]:
    """What the services say of a register: the same before and after an upgrade."""
    with read_unit(session_factory(engine)) as s:
        active = certificates.list_certificates(s, status=CertificateStatus.ACTIVE)
        first = active[0].number
        return {
            "certificates": [(c.number, c.status) for c in certificates.list_certificates(s)],
            "detail": certificates.get_certificate(s, first),
            "lots": lots.lots_of(s, first),
            "search": [p.id for p in producers.search_producers(s, "АЛ")],
            "users": users.list_users(s),
            "audit": audit.verify(s),
        }


def revisions() -> list[str]:
    """Every revision in the script directory, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(None))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


REVISIONS = revisions()
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def dump(engine: Engine) -> Rows:
    with engine.connect() as connection:
        return {
            t.name: [dict(r._mapping) for r in connection.execute(select(t).order_by(*t.columns))]
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Rows, dict[str, Any]]:
    """The demo register at the newest schema, with a logged check and a failed log-in: its rows
    and what the services read of it."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('migrations') / 'demo.sqlite3'}")
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        demo_register.build(s)
    with unit_of_work(factory) as s:
        number = certificates.list_certificates(s, status=CertificateStatus.ACTIVE)[0].number
        verify_text(s, number, place="Каракол")
        users.login(s, "clerk", "wrong")
    rows, read = dump(engine), readings(engine)
    engine.dispose()
    return rows, read


class Snapshots:
    """An empty register at each revision, made by walking the chain once per engine: a test
    starts from a copy (a file copy; PostgreSQL's CREATE DATABASE … TEMPLATE)."""

    def __init__(self, kind: str, folder: Path, server: str | None) -> None:
        self.kind, self.folder, self.server = kind, folder, server
        self.made: dict[str, str] = {}
        first = self._new("walk")
        engine = make_engine(first)
        for revision in REVISIONS:
            command.upgrade(alembic_config(engine), revision)
            engine.dispose()
            self.made[revision] = self._copy(first, f"at_{revision}")
        engine.dispose()

    def _new(self, name: str) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.folder / name}.sqlite3"
        assert self.server is not None
        url, _ = _fresh_pg_database(self.server)
        return url

    def _copy(self, url: str, name: str) -> str:
        if self.kind == "sqlite":
            target = self.folder / f"{name}_{len(list(self.folder.iterdir()))}.sqlite3"
            shutil.copyfile(url.removeprefix("sqlite:///"), target)
            return f"sqlite:///{target}"
        assert self.server is not None
        copy = f"belgi_{uuid.uuid4().hex[:12]}"
        admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            source = url.rsplit("/", 1)[1]
            connection.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"'))
        admin.dispose()
        return self.server.rsplit("/", 1)[0] + f"/{copy}"

    def at(self, revision: str) -> Engine:
        return make_engine(self._copy(self.made[revision], "test"))


@pytest.fixture(scope="module", params=ENGINES)
def snapshots(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Snapshots:
    server = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    return Snapshots(request.param, tmp_path_factory.mktemp(request.param), server)


def write_as_at(engine: Engine, rows: Rows) -> dict[str, set[str]]:
    """Write `rows` into the schema the database has now, as plain INSERTs of the columns it has;
    the rows its revisions seeded (regions, counters) are replaced. Returns the columns written."""
    found = inspect(engine)
    there = set(found.get_table_names())
    written: dict[str, set[str]] = {}
    with engine.begin() as connection:
        # Some tables refer to each other (an inspection to the certificate it renews, the
        # certificate to its inspection): the references are checked when all rows are in.
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        else:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in there and rows[table.name]:
                connection.execute(table.delete())
        for table in Base.metadata.sorted_tables:
            if table.name not in there:
                continue
            names = {c["name"] for c in found.get_columns(table.name)}
            old = Table(
                table.name,
                MetaData(),
                *(Column(c.name, c.type) for c in table.columns if c.name in names),
            )
            written[table.name] = names
            values = [{k: v for k, v in r.items() if k in names} for r in rows[table.name]]
            if values:
                connection.execute(old.insert(), values)
                if engine.dialect.name == "postgresql" and "id" in names:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
    return written


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_register_of_every_revision_upgrades_with_its_records(
    snapshots: Snapshots, demo: tuple[Rows, dict[str, Any]], revision: str
) -> None:
    engine = snapshots.at(revision)
    demo_rows, read = demo
    assert current_revision(engine) == revision
    written = write_as_at(engine, demo_rows)

    upgrade(engine)  # what the app and every command do at start
    assert current_revision(engine) == HEAD
    after = dump(engine)
    for name, columns in written.items():
        kept = [{k: v for k, v in r.items() if k in columns} for r in after[name]]
        wanted = [{k: v for k, v in r.items() if k in columns} for r in demo_rows[name]]
        assert kept == wanted, f"{name} changed in the upgrade from {revision}"

    now = readings(engine)
    if not {"label_print", "label_batch"} & set(written):  # before labels, none were printed
        read = {**read, "lots": [replace(lot, labels_printed=0) for lot in read["lots"]]}
    assert now == read
    factory = session_factory(engine)
    number = read["certificates"][0][0]
    with unit_of_work(factory) as s:  # and the register takes new records where it left off
        assert users.login(s, "clerk", "demo").user is not None
        verify_text(s, number, place="Нарын")
    with read_unit(factory) as s:
        assert audit.verify(s).ok
    engine.dispose()


def test_the_models_and_the_revisions_describe_the_same_schema(snapshots: Snapshots) -> None:
    engine = snapshots.at(HEAD)
    command.check(alembic_config(engine))  # raises on any difference
    engine.dispose()


def test_every_revision_names_the_one_before_it() -> None:
    script = ScriptDirectory.from_config(alembic_config(None))
    assert script.get_heads() == [HEAD] and len(script.get_bases()) == 1
    assert REVISIONS[-1] == HEAD and len(REVISIONS) == len(set(REVISIONS))
