"""The register's searches are served by indexes: each service's own SQL, captured as it runs on
a real register (SQLite and PostgreSQL), and the database's plan for it read back.

PostgreSQL scans a table this small whatever its indexes, so its plans are read with sequential
scans turned off: what is asserted is that an index can serve the query, not the cost choice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event

from certification import certificates, producers
from models.db import read_unit, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.codes import factories


@pytest.fixture
def register(any_engine: Engine) -> Engine:
    with unit_of_work(session_factory(any_engine)) as s:
        factories.certificate(s)
    return any_engine


@contextmanager
def captured(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def plans(engine: Engine, work: Callable[[Any], object]) -> list[str]:
    """The plan of every SELECT that `work` ran, one text per statement."""
    factory = session_factory(engine)
    with captured(engine) as statements, read_unit(factory) as s:
        work(s)
    found = []
    with engine.connect() as conn:
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in statements:
            prefix = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
            rows = conn.exec_driver_sql(prefix + statement, parameters).all()
            found.append("\n".join(str(row[0] if postgres else row[3]) for row in rows))
    return found


def test_a_name_search_finds_fragments_through_the_trigram_indexes(register: Engine) -> None:
    found = plans(register, lambda s: producers.search_producers(s, "бал"))
    plan = next(p for p in found if "producer USING" in p or " on producer" in p)  # the search
    if register.dialect.name == "sqlite":
        assert "SCAN product_search VIRTUAL TABLE" in plan
        assert "SCAN producer_search VIRTUAL TABLE" in plan
    else:
        assert "ix_product_search_trigram" in plan


def test_a_fragment_is_counted_in_the_trigram_index(register: Engine) -> None:
    found = plans(register, lambda s: certificates.count_certificates(s, query="асалчы"))
    sqlite = register.dialect.name == "sqlite"
    wanted = "SCAN certificate_search VIRTUAL TABLE" if sqlite else "ix_certificate_search_trigram"
    assert any(wanted in p for p in found)


def test_a_number_prefix_seeks_in_the_number_index(register: Engine) -> None:
    found = plans(register, lambda s: certificates.list_certificates(s, query="kg-y-20", limit=50))
    listing = next(p for p in found if "ix_certificate_number_search" in p)
    if register.dialect.name == "sqlite":
        assert "SEARCH certificate USING INDEX ix_certificate_number_search" in listing
    else:
        assert "Index" in listing and "Seq Scan" not in listing


def test_a_status_filter_seeks_in_the_status_index(register: Engine) -> None:
    found = plans(
        register,
        lambda s: certificates.count_certificates(s, status=CertificateStatus.SUSPENDED),
    )
    assert any("ix_certificate_status" in p for p in found)
    if register.dialect.name == "sqlite":
        assert any(
            "SEARCH certificate USING" in p and "INDEX ix_certificate_status" in p for p in found
        )
