"""Where the register lives and how its instants are kept: `--db` takes a path or a URL, the
default is the user data folder, and a time without a zone is never stored as if it were UTC."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from models import AuditEntry
from models.db import default_url, make_engine, normalise_url, upgrade


def test_the_register_is_found_where_the_user_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BELGI_DB", "postgresql://office@db.local/belgi")
    assert default_url() == "postgresql://office@db.local/belgi"
    monkeypatch.delenv("BELGI_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_url() == f"sqlite:///{tmp_path / 'data' / 'Belgi' / 'belgi.sqlite3'}"
    assert (tmp_path / "data" / "Belgi").is_dir()
    assert normalise_url("postgres://office@db.local/belgi") == (
        "postgresql+psycopg://office@db.local/belgi"
    )
    monkeypatch.chdir(tmp_path)
    assert normalise_url("office.sqlite3") == f"sqlite:///{tmp_path / 'office.sqlite3'}"


def test_a_memory_database_works_without_a_journal_file() -> None:
    engine = make_engine("sqlite://")
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "memory"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_time_without_a_zone_is_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    upgrade(engine)
    with Session(engine) as s, pytest.raises(StatementError, match="naive datetime"):
        s.add(
            AuditEntry(
                seq=1,
                at=datetime(2026, 5, 1, 10, 0),  # Bishkek? UTC? nobody can tell
                username="admin",
                action="test",
                entity="test",
                entity_id="1",
                details="{}",
                prev_hash="0" * 64,
                hash="0" * 64,
            )
        )
        s.flush()
    engine.dispose()
