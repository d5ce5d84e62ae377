"""Where the register is and what may happen to it: a mistyped path is an error and creates
nothing, a register that cannot be written can still be read and leaves no journal behind."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from models.db import RegisterUnavailable, make_engine, normalise_url
from tests.reliability.conftest import belgi, one_line


def test_a_mistyped_register_path_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "belgi.sqlite"  # the register is belgi.sqlite3
    for command in (["audit", "verify"], ["certificates"], ["lots", "KG-1"]):
        result = belgi(typo, *command)
        assert result.returncode == 1
        assert one_line(result).startswith(f"There is no register at {typo}")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(RegisterUnavailable) as raised:
        make_engine(f"sqlite:///{typo}", create=False)
    assert raised.value.reason == "missing"
    assert list(tmp_path.iterdir()) == []


def test_only_demo_makes_a_new_register(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    result = belgi(fresh, "demo")
    assert result.returncode == 0, result.stderr
    assert belgi(fresh, "audit", "verify").returncode == 0


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (
            "mysql://office@db/belgi",
            "Belgi keeps its register in SQLite or PostgreSQL, not in “mysql”.",
        ),
        ("oracle://u@h/d", "Belgi keeps its register in SQLite or PostgreSQL, not in “oracle”."),
        ("foo://x", "Belgi keeps its register in SQLite or PostgreSQL, not in “foo”."),
        ("postgresql://[::1/x", "“postgresql://…” is not a database address."),
    ],
)
def test_an_unsupported_database_is_named_in_one_line(url: str, line: str) -> None:
    result = belgi(url, "certificates")
    assert result.returncode == 1
    assert one_line(result) == line
    with pytest.raises(RegisterUnavailable):
        normalise_url(url)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("locked", ["folder", "file"])
def test_a_register_that_cannot_be_written_is_read_and_left_as_it_was(
    register_copy: Path, locked: str
) -> None:
    folder = register_copy.parent
    before = _digest(register_copy)
    register_copy.chmod(0o444)
    if locked == "folder":
        folder.chmod(0o555)
    try:
        listing = belgi(register_copy, "certificates", "--json", obey_permissions=True)
        assert listing.returncode == 0, listing.stderr
        assert '"number"' in listing.stdout
        verified = belgi(register_copy, "audit", "verify", obey_permissions=True)
        assert verified.returncode == 0, verified.stderr
        assert verified.stdout.startswith("Audit log intact")
        change = belgi(
            register_copy,
            "certificate",
            "suspend",
            "KG-Y-2026-00007",
            "--reason",
            "test",
            "--user",
            "chair",
            obey_permissions=True,
        )
        assert change.returncode == 1
        assert one_line(change) == (
            f"The register at {register_copy} can only be read here; nothing was changed."
        )
    finally:
        folder.chmod(0o755)
        register_copy.chmod(0o644)
    assert sorted(p.name for p in folder.iterdir()) == [register_copy.name]  # no -wal, no -shm
    assert _digest(register_copy) == before


def test_a_read_leaves_no_journal_files_behind(register_copy: Path) -> None:
    assert belgi(register_copy, "certificates").returncode == 0
    assert belgi(register_copy, "audit", "verify").returncode == 0
    assert sorted(p.name for p in register_copy.parent.iterdir()) == [register_copy.name]
    with sqlite3.connect(register_copy) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert os.access(register_copy, os.W_OK)
