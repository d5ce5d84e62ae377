"""The command line as an administrator uses it: real processes on a real database file."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tamper import unguard

ROOT = Path(__file__).resolve().parents[2]


def belgi(
    db: Path, *args: str, password: str | None = "demo", lang: str = "en", stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    if password is not None:
        env["BELGI_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--lang", lang, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = belgi(db, "demo")
    assert result.returncode == 0, result.stderr
    assert "Demo database ready" in result.stdout
    return db


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def certificates(db: Path, *extra: str) -> list[dict[str, object]]:
    result = belgi(db, "certificates", "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_certificates_json_has_the_contract_fields(db: Path) -> None:
    register = certificates(db)
    assert len(register) >= 20
    for entry in register:
        assert {"number", "status", "producer", "products", "issued", "valid_until"} <= set(entry)
    assert {e["status"] for e in register} == {
        "active",
        "suspended",
        "withdrawn",
        "expired",
        "superseded",
    }
    assert all(e["status"] == "suspended" for e in certificates(db, "--status", "suspended"))


def test_lots_json(db: Path) -> None:
    active = certificates(db, "--status", "active")[0]
    result = belgi(db, "lots", str(active["number"]), "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert len(found) >= 2
    for lot in found:
        assert {"lot_number", "quantity", "produced", "best_before", "labels_printed"} <= set(lot)


def test_suspend_and_restore_change_the_register(db: Path) -> None:
    number = str(certificates(db, "--status", "active")[0]["number"])
    result = belgi(
        db, "certificate", "suspend", number, "--reason", "Мониторинг", "--user", "chair"
    )
    assert result.returncode == 0, result.stderr
    assert f"Certificate {number} is now suspended." in result.stdout
    assert number in [c["number"] for c in certificates(db, "--status", "suspended")]
    result = belgi(
        db, "certificate", "restore", number, "--reason", "Оңдолду", "--user", "chair", lang="ky"
    )
    assert result.returncode == 0 and "күчүндө" in result.stdout


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (
            ["certificate", "suspend", "KG-Y-1999-00001", "--reason", "x", "--user", "chair"],
            "demo",
            "Certificate KG-Y-1999-00001 not found.",
        ),
        (
            ["certificate", "suspend", "{active}", "--reason", "x", "--user", "chair"],
            "wrong",
            "Wrong user name or password.",
        ),
        (
            ["certificate", "restore", "{active}", "--reason", "x", "--user", "chair"],
            "demo",
            "is active: the action “restore” is not allowed.",
        ),
        (
            ["certificate", "suspend", "{active}", "--reason", "x", "--user", "inspector"],
            "demo",
            "may not do this",
        ),
        (["certificate", "suspend", "{active}", "--reason", "x"], "demo", "Say who acts"),
        (["certificates", "--status", "lost"], "demo", "Wrong command line"),
        (["lots"], "demo", "Wrong command line"),
        (["frobnicate"], "demo", "Wrong command line"),
    ],
)
def test_bad_input_gives_one_clear_line_and_changes_nothing(
    db: Path, args: list[str], password: str, message: str
) -> None:
    before = certificates(db)
    active = next(c["number"] for c in before if c["status"] == "active")
    result = belgi(db, *[str(a).replace("{active}", str(active)) for a in args], password=password)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert certificates(db) == before


def test_no_password_without_a_terminal_is_a_clear_error(db: Path) -> None:
    number = str(certificates(db, "--status", "active")[0]["number"])
    result = belgi(
        db,
        "certificate",
        "suspend",
        number,
        "--reason",
        "x",
        "--user",
        "clerk",
        password=None,
        stdin="",
    )
    assert result.returncode == 1 and "BELGI_PASSWORD" in result.stderr


def test_messages_are_translated(db: Path) -> None:
    result = belgi(db, "lots", "KG-Y-1999-00001", lang="ru")
    assert result.stderr.strip() == "Сертификат KG-Y-1999-00001 не найден."
    result = belgi(db, "lots", "KG-Y-1999-00001", lang="ky")
    assert result.stderr.strip() == "KG-Y-1999-00001 сертификаты табылган жок."


def test_audit_verify_finds_tampering(db: Path) -> None:
    result = belgi(db, "audit", "verify")
    assert result.returncode == 0 and "Audit log intact" in result.stdout
    with sqlite3.connect(db) as conn:
        unguard(conn)
        conn.execute("UPDATE audit_entry SET username = 'ghost' WHERE seq = 7")
    result = belgi(db, "audit", "verify")
    assert result.returncode == 1
    assert "entry 7" in result.stderr and "content was changed" in result.stderr


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not SQLite" * 100)
    result = belgi(junk, "certificates")
    assert result.returncode == 1 and "database cannot be used" in result.stderr
    assert "Traceback" not in result.stderr


def test_global_options_may_follow_the_command(db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    result = subprocess.run(
        [sys.executable, "main.py", "lots", "KG-Y-1999-00001", "--db", str(db), "--lang", "ru"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stderr.strip() == "Сертификат KG-Y-1999-00001 не найден."


def test_states_in_messages_are_translated(db: Path) -> None:
    active = str(certificates(db, "--status", "active")[0]["number"])
    result = belgi(
        db, "certificate", "restore", active, "--reason", "x", "--user", "chair", lang="ru"
    )
    assert result.returncode == 1
    assert "действует" in result.stderr and "восстановить" in result.stderr


# main.py sets aside what is alive when a command ends (gc.freeze), so an object of a native
# library kept at module level outlives the library and nanobind prints a leak report at exit.
EVERY_MODULE = """
import pkgutil, runpy, sys, importlib
import main  # noqa: F401  -- the models first, as main.py loads them
for package in ("models", "certification", "ui"):
    for found in pkgutil.walk_packages([package], prefix=package + "."):
        importlib.import_module(found.name)
sys.argv = ["main.py", "--lang", "en", "verify"]
runpy.run_path("main.py", run_name="__main__")
"""


def test_leaving_with_every_module_loaded_says_only_what_went_wrong() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    result = subprocess.run(
        [sys.executable, "-c", EVERY_MODULE],
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2  # verify with nothing to verify
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr  # a failed import: more
