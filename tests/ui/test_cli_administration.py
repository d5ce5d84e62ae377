"""The committee's people and keys from the command line: real processes on a copy of the demo
database (every user's password `demo`), each refusal one translated line that changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.db import make_engine, upgrade
from tests.factories import make_office

ROOT = Path(__file__).resolve().parents[2]


def belgi(
    db: Path,
    *args: str,
    password: str | None = "demo",
    lang: str = "en",
    **env_extra: str,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    if password is not None:
        env["BELGI_PASSWORD"] = password
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--lang", lang, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    result = belgi(db, "demo")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def listed(db: Path, what: str = "users") -> list[dict[str, object]]:
    result = belgi(db, *what.split(), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def snapshot(db: Path) -> tuple[list[tuple[object, ...]], ...]:
    """The users, their roles, the keys and the length of the audit log, read directly."""
    with sqlite3.connect(db) as connection:
        return tuple(
            connection.execute(query).fetchall()
            for query in (
                "SELECT username, full_name, password_hash, active FROM app_user ORDER BY id",
                "SELECT user_id, role FROM user_role ORDER BY user_id, role",
                "SELECT key_id, valid_until, compromised_on FROM signing_key ORDER BY id",
                "SELECT count(*) FROM audit_entry",
            )
        )


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_users_are_listed_with_their_roles(db: Path) -> None:
    found = {u["username"]: u for u in listed(db)}
    assert found["clerk"] == {
        "username": "clerk",
        "full_name": found["clerk"]["full_name"],
        "roles": ["clerk"],
        "active": True,
    }
    assert "admin" in found["admin"]["roles"]  # type: ignore[operator]
    result = belgi(db, "users", lang="ru")
    assert result.returncode == 0 and "секретарь" in result.stdout


def test_a_user_is_added_signs_in_changes_password_and_is_deactivated(db: Path) -> None:
    result = belgi(
        db,
        "user",
        "add",
        "aigul",
        "--role",
        "clerk",
        "--role",
        "inspector",
        "--full-name",
        "Айгүл Осмонова",
        "--user",
        "admin",
        BELGI_NEW_PASSWORD="tuz-tuz",
    )
    assert result.returncode == 0, result.stderr
    assert "User aigul added: inspector, secretary." in result.stdout
    aigul = next(u for u in listed(db) if u["username"] == "aigul")
    assert aigul["roles"] == ["clerk", "inspector"] and aigul["full_name"] == "Айгүл Осмонова"
    # Her own password, signed in with the old one.
    result = belgi(
        db,
        "user",
        "passwd",
        "aigul",
        "--user",
        "aigul",
        password="tuz-tuz",
        BELGI_NEW_PASSWORD="kymyz",
    )
    assert result.returncode == 0, result.stderr
    result = belgi(db, "user", "roles", "aigul", "--role", "member", "--user", "admin")
    assert result.returncode == 0 and "member" in result.stdout
    result = belgi(db, "user", "deactivate", "aigul", "--user", "admin")
    assert result.returncode == 0 and "User aigul is deactivated." in result.stdout
    refused(
        belgi(db, "user", "passwd", "aigul", "--user", "aigul", password="kymyz"),
        "Wrong user name or password.",
    )
    result = belgi(db, "user", "activate", "aigul", "--user", "admin")
    assert result.returncode == 0, result.stderr
    result = belgi(db, "users", "--json", password="kymyz")
    assert next(u for u in json.loads(result.stdout) if u["username"] == "aigul")["active"]


@pytest.mark.parametrize(
    ("args", "extra", "message"),
    [
        (
            ["user", "add", "x", "--role", "clerk", "--user", "clerk"],
            {},
            "User clerk may not do this",
        ),
        (["user", "passwd", "admin", "--user", "chair"], {}, "User chair may not do this"),
        (["user", "deactivate", "clerk", "--user", "inspector"], {}, "may not do this"),
        (["user", "deactivate", "admin", "--user", "admin"], {}, "the only active administrator"),
        (["user", "deactivate", "nobody", "--user", "admin"], {}, "User nobody not found."),
        (["user", "add", "clerk", "--role", "clerk", "--user", "admin"], {}, "already exists"),
        (
            ["user", "add", "new", "--role", "clerk", "--user", "admin"],
            {"BELGI_NEW_PASSWORD": "ab"},
            "The password needs at least 4 characters.",
        ),
        (
            ["user", "add", "new", "--role", "clerk", "--user", "admin"],
            {},
            "No new password: type it at the prompt or set BELGI_NEW_PASSWORD.",
        ),
        (["user", "add", "new", "--role", "boss", "--user", "admin"], {}, "Wrong command line"),
        (["user", "add", "new", "--user", "admin"], {}, "Wrong command line"),
        (["user", "roles", "admin", "--role", "chair", "--user", "admin"], {}, "only active"),
        (["user", "activate", "clerk", "--user", "admin"], {}, "User clerk is already active."),
        (["user", "deactivate", "clerk"], {}, "Say who acts"),
    ],
)
def test_user_commands_refuse_in_one_line_and_change_nothing(
    db: Path, args: list[str], extra: dict[str, str], message: str
) -> None:
    before = snapshot(db)
    refused(belgi(db, *args, **extra), message)
    assert snapshot(db) == before


def test_a_refused_user_hears_it_before_any_new_password_is_asked(db: Path) -> None:
    result = belgi(db, "user", "passwd", "admin", "--user", "clerk", lang="ky")
    refused(result, "clerk")
    assert "BELGI_NEW_PASSWORD" not in result.stderr


def test_keys_generated_retired_and_reported(db: Path) -> None:
    (old,) = listed(db, "key list")
    assert old["state"] == "signing"
    refused(
        belgi(db, "key", "generate", "--user", "admin", BELGI_NEW_PASSPHRASE="abc"),
        "The passphrase needs at least 4 characters.",
    )
    refused(
        belgi(db, "key", "generate", "--user", "admin"),
        "No passphrase for the new key",
    )
    refused(
        belgi(db, "key", "generate", "--user", "clerk", BELGI_NEW_PASSPHRASE="long enough"),
        "User clerk may not do this",
    )
    assert len(listed(db, "key list")) == 1
    result = belgi(db, "key", "generate", "--user", "admin", BELGI_NEW_PASSPHRASE="new phrase")
    assert result.returncode == 0 and "signs from" in result.stdout, result.stderr
    keys = {k["key_id"]: k for k in listed(db, "key list")}
    assert keys[old["key_id"]]["state"] == "retired"
    (new,) = [k for k in keys.values() if k["state"] == "signing"]
    result = belgi(db, "key", "list", lang="ru")
    assert "подписывает" in result.stdout and str(new["fingerprint"]) in result.stdout

    refused(belgi(db, "key", "retire", "XYZ", "--user", "admin"), "Key id “XYZ”")
    refused(belgi(db, "key", "retire", "00000000", "--user", "admin"), "00000000")
    refused(
        belgi(
            db, "key", "compromised", str(new["key_id"]), "--since", "31.02.2026", "--user", "admin"
        ),
        "31.02.2026",
    )
    refused(
        belgi(
            db, "key", "compromised", str(old["key_id"]), "--since", "2099-01-01", "--user", "admin"
        ),
        "today or earlier",
    )
    result = belgi(
        db, "key", "compromised", str(old["key_id"]), "--since", "01.11.2026", "--user", "admin"
    )
    assert result.returncode == 0 and "01.11.2026" in result.stdout, result.stderr
    result = belgi(db, "key", "retire", str(new["key_id"]), "--user", "admin")
    assert result.returncode == 0 and "signs no more" in result.stdout, result.stderr
    states = {k["key_id"]: k["state"] for k in listed(db, "key list")}
    assert states == {old["key_id"]: "compromised", new["key_id"]: "retired"}
    refused(belgi(db, "key", "retire", str(new["key_id"]), "--user", "admin"), "retired")


def test_lists_exported_here_are_taken_in_by_another_office(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    refused(
        belgi(db, "lists", "export", str(out), "--user", "clerk", BELGI_PASSPHRASE="demo"),
        "There is no folder",
    )
    out.mkdir()
    refused(
        belgi(db, "lists", "export", str(out), "--user", "inspector", BELGI_PASSPHRASE="demo"),
        "may not do this",
    )
    refused(
        belgi(db, "lists", "export", str(out), "--user", "clerk", BELGI_PASSPHRASE="nope"),
        "passphrase",
    )
    assert list(out.iterdir()) == []
    result = belgi(db, "lists", "export", str(out), "--user", "clerk", BELGI_PASSPHRASE="demo")
    assert result.returncode == 0, result.stderr
    trust, status = out / "Y1-trust-list.json", out / "Y1-status-list.json"
    assert trust.is_file() and status.is_file()

    # The Naryn office (users' password `secret`) imports them.
    naryn = tmp_path / "naryn.sqlite3"
    engine = make_engine(f"sqlite:///{naryn}")
    upgrade(engine)
    make_office(engine)
    engine.dispose()
    refused(
        belgi(naryn, "lists", "import", str(trust), "--user", "clerk", password="secret"),
        "may not do this",
    )
    result = belgi(naryn, "lists", "import", str(trust), "--user", "admin", password="secret")
    refused(result, "--fingerprint")
    fingerprint = result.stderr.split("fingerprint ")[1].split(" ")[0]
    refused(
        belgi(
            naryn,
            "lists",
            "import",
            str(trust),
            "--user",
            "admin",
            "--fingerprint",
            "0000",
            password="secret",
        ),
        fingerprint,
    )
    result = belgi(
        naryn,
        "lists",
        "import",
        str(trust),
        "--user",
        "admin",
        "--fingerprint",
        fingerprint,
        password="secret",
    )
    assert result.returncode == 0, result.stderr
    assert "Trust list no. 1 of Y1 taken in" in result.stdout and "0 d ago" in result.stdout
    refused(
        belgi(
            naryn,
            "lists",
            "import",
            str(trust),
            "--user",
            "admin",
            "--fingerprint",
            fingerprint,
            password="secret",
        ),
        "not newer",
    )
    result = belgi(naryn, "lists", "import", str(status), "--user", "admin", password="secret")
    assert result.returncode == 0 and "Status list no. 1 of Y1" in result.stdout, result.stderr
    refused(
        belgi(
            naryn,
            "lists",
            "import",
            str(tmp_path / "none.json"),
            "--user",
            "admin",
            password="secret",
        ),
        "There is no file",
    )
    junk = tmp_path / "junk.json"
    junk.write_text("not a list")
    refused(
        belgi(naryn, "lists", "import", str(junk), "--user", "admin", password="secret"),
        "cannot be read",
    )
