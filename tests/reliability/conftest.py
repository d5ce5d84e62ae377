"""The command line run as a user runs it: real processes on a real register file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

ROOT = Path(__file__).resolve().parents[2]

# Root ignores file permissions; without these capabilities it obeys them as anyone else does.
WITHOUT_OVERRIDE = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
    "--inh-caps=-dac_override,-dac_read_search,-fowner",
    "--",
]


def belgi(
    db: Path | str,
    *args: str,
    password: str | None = "demo",
    lang: str = "en",
    env: dict[str, str] | None = None,
    obey_permissions: bool = False,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    if password is not None:
        environment["BELGI_PASSWORD"] = password
    environment.update(env or {})
    prefix = WITHOUT_OVERRIDE if obey_permissions and os.geteuid() == 0 else []
    return subprocess.run(
        [*prefix, sys.executable, "main.py", "--db", str(db), "--lang", lang, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The refusal a user sees: exactly one line on stderr, and no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="session")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("reliability") / "demo.sqlite3"
    result = belgi(db, "demo")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture
def register_copy(demo_register: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(demo_register, copy)
    return copy


def register_dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the register, in a fixed order: equal dumps, same register."""
    from models import Base

    dump: dict[str, list[tuple[object, ...]]] = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(select(table).order_by(*table.columns)).all()
            dump[table.name] = [tuple(row) for row in rows]
    return dump
