"""`backup FILE` and `restore FILE [--yes]` as an administrator runs them, in real processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tamper import unguard
from tests.ui.test_cli import ROOT, belgi, certificates

PROGRAM = (sys.executable, "main.py")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    assert belgi(db, "demo").returncode == 0
    return db.read_bytes()


@pytest.fixture
def db(demo: bytes, tmp_path: Path) -> Path:
    copy = tmp_path / "register" / "belgi.sqlite3"
    copy.parent.mkdir()
    copy.write_bytes(demo)
    return copy


def _state(db: Path) -> tuple[object, ...]:
    with sqlite3.connect(db) as conn:
        counters = conn.execute("SELECT name, value FROM counter ORDER BY name").fetchall()
        rows = conn.execute("SELECT number, status FROM certificate ORDER BY number").fetchall()
        settings = conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall()
    return counters, rows, settings


def test_backup_then_restore_puts_the_register_back(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    made = belgi(db, "backup", str(copy), "--user", "admin")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Backup written to {copy}")
    before = certificates(db)
    active = next(c for c in before if c["status"] == "active")
    changed = belgi(
        db, "certificate", "suspend", str(active["number"]), "--reason", "x", "--user", "chair"
    )
    assert changed.returncode == 0, changed.stderr
    restored = belgi(db, "restore", str(copy), "--yes", "--user", "admin")
    assert restored.returncode == 0, restored.stderr
    assert "Register restored from" in restored.stdout
    assert certificates(db) == before  # the suspension made after the backup is gone
    assert belgi(db, "audit", "verify").returncode == 0


@pytest.fixture(scope="module")
def files(demo: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good backup, a damaged one and a file that is no database, made once."""
    folder = tmp_path_factory.mktemp("files")
    register = folder / "register.sqlite3"
    register.write_bytes(demo)
    good = folder / "good.sqlite3"
    assert belgi(register, "backup", str(good), "--user", "admin").returncode == 0
    (folder / "notes.sqlite3").write_text("notes")
    torn = folder / "torn.sqlite3"
    torn.write_bytes(good.read_bytes())
    with sqlite3.connect(torn) as conn:
        unguard(conn)
        conn.execute("DELETE FROM audit_entry WHERE seq = 3")
    return folder


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["backup", "{dir}/nowhere/x.sqlite3", "--user", "admin"], None, "There is no folder"),
        (["backup", "{db}", "--user", "admin"], None, "exists already"),
        (["backup", "{dir}/x.sqlite3", "--user", "clerk"], None, "role"),
        (["restore", "{dir}/absent.sqlite3", "--yes", "--user", "admin"], None, "no file"),
        (["restore", "{dir}/notes.sqlite3", "--yes", "--user", "admin"], None, "not a Belgi"),
        (["restore", "{dir}/torn.sqlite3", "--yes", "--user", "admin"], None, "audit log"),
        (["restore", "{dir}/good.sqlite3", "--yes", "--user", "clerk"], None, "role"),
        (["restore", "{dir}/good.sqlite3", "--user", "admin"], "", "confirm with --yes"),
    ],
)
def test_each_bad_input_gives_one_line_and_changes_nothing(
    db: Path, files: Path, tmp_path: Path, args: list[str], stdin: str | None, message: str
) -> None:
    before = _state(db)
    filled = [a.replace("{dir}", str(files)).replace("{db}", str(db)) for a in args]
    result = belgi(db, *filled, stdin=stdin)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert _state(db) == before
    assert not list(tmp_path.rglob("before-restore-*"))


def test_a_refusal_speaks_the_user_s_language(db: Path, tmp_path: Path) -> None:
    result = belgi(
        db, "restore", str(tmp_path / "x.sqlite3"), "--yes", "--user", "admin", lang="ky"
    )
    assert result.returncode == 1
    assert "файл" in result.stderr.lower() and "There is no" not in result.stderr


@pytest.mark.parametrize(("answer", "status"), [("no", 1), ("ооба", 0)])
def test_restore_asks_at_a_terminal_before_replacing(
    db: Path, files: Path, answer: str, status: int
) -> None:
    """At a terminal `restore` asks first; only yes (in the user's language) replaces (signed
    with BELGI_PASSPHRASE, which spares the prompt for it)."""
    before = _state(db)
    leader, follower = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    env["BELGI_PASSWORD"] = "demo"
    env["BELGI_PASSPHRASE"] = "demo"
    os.write(leader, f"{answer}\n".encode())
    args = ["--db", str(db), "--lang", "ky", "restore", str(files / "good.sqlite3")]
    result = subprocess.run(
        [*PROGRAM, *args, "--user", "admin"],
        cwd=ROOT,
        env=env,
        stdin=follower,
        capture_output=True,
        text=True,
        timeout=120,
    )
    os.close(follower)
    os.close(leader)
    assert result.returncode == status, result.stderr
    if status:
        assert "Эч нерсе калыбына келтирилген жок." in result.stdout
        assert _state(db) == before
    else:
        assert "Реестр" in result.stdout and "калыбына келтирилди" in result.stdout
        assert "кол коюлган жок" not in result.stdout
