"""A command loads only what it uses: a real process on a real register file, asked afterwards
which modules it imported."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.db import make_engine, upgrade

ROOT = Path(__file__).resolve().parents[2]

# Run as a command would be, then report what it left loaded.
PROBE = """
import json, sys
from ui.cli import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

# Loaded by other commands or by the desktop app only.
NEVER = (
    "certification.demo",  # the demo builder: every service of the office
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "alembic",  # an up-to-date register is checked with one query
    "certification.codes.keys",  # cryptography: signing keys
    "certification.codes.images",  # Pillow and zxing-cpp
    "PIL",
    "zxingcpp",
    "reportlab",
    "sqlalchemy.dialects.postgresql",  # the register here is SQLite
    "ui.cli.backups",  # other commands' modules, and the services they use
    "ui.cli.screenshot",
    "ui.cli.labels",
    "certification.backups",
    "argon2",  # password hashing: commands that name a user, and the log-in
)


@pytest.fixture(scope="module")
def register_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "belgi.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


def loaded_by(db: Path, *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(db), "--lang", "ky", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["status"] == 0, result.stderr
    modules: list[str] = report["modules"]
    return modules


@pytest.mark.parametrize(
    "command", [["certificates"], ["certificates", "--json"], ["audit", "verify"]]
)
def test_a_command_loads_neither_the_demo_builder_nor_the_widgets(
    register_file: Path, command: list[str]
) -> None:
    modules = loaded_by(register_file, *command)
    assert "certification.certificates" in modules or command[0] != "certificates"
    # `audit verify` reads the checkpoints kept beside the backups, so it may load the backups.
    allowed = {"certification.backups"} if command[0] == "audit" else set()
    unwanted = [m for m in modules if (m in NEVER or m.split(".")[0] in NEVER) and m not in allowed]
    assert unwanted == []


def test_the_first_window_loads_neither_decoders_nor_cryptography() -> None:
    """The main window with the register page, as after the log-in: photos' and keys' libraries
    load when a photo arrives or a key is read, not before the first rows appear."""
    probe = (
        "import json, sys\n"
        "import ui.main_window, ui.register.page, ui.start.flow\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout.strip().splitlines()[-1])
    later = ("PIL", "cryptography", "zxingcpp", "reportlab", "certification.demo", "alembic")
    assert [m for m in modules if m in later or m.split(".")[0] in later] == []


def probe_modules(code: str) -> list[str]:
    """The modules a new process holds after running `code` (which prints nothing)."""
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    modules: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return modules


def test_the_log_in_dialog_shows_before_sqlalchemy_and_the_models_load() -> None:
    """On an everyday start the log-in dialog shows at once and the register opens behind it
    (ui/start/flow.py); what main.py and the dialog load must leave the models for later."""
    modules = probe_modules(
        "import runpy, sys\n"
        "sys.argv = ['main.py']\n"
        "runpy.run_path('main.py', run_name='loading')\n"  # main.py's loading, not its app
        "from ui.cli import starts_the_app\n"
        "assert starts_the_app([]) and starts_the_app(['--db', 'x.sqlite3', '--lang=ru'])\n"
        "assert not starts_the_app(['certificates']) and not starts_the_app(['--help'])\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import ui.app, ui.start.flow\n"
        "from ui.start.login import LoginDialog\n"
        "LoginDialog(None).show()\n"
    )
    assert "ui.start.login" in modules
    heavy = [m for m in modules if m.split(".")[0] in ("sqlalchemy", "models", "argon2")]
    assert heavy == []


def test_the_status_bars_key_read_loads_no_cryptography(register_file: Path) -> None:
    """The window's first reads include the signing keys' state for the status bar: listing the
    keys needs no cryptography, which loads only to make, open or check a key."""
    modules = probe_modules(
        "from models.db import make_engine, read_unit, session_factory\n"
        "from ui.operations.keys import key_state\n"
        f"engine = make_engine({str(register_file)!r}, create=False)\n"
        "with read_unit(session_factory(engine)) as session:\n"
        "    assert not key_state(session).any_key\n"
    )
    assert "certification.codes.keys" in modules
    assert [m for m in modules if m.split(".")[0] == "cryptography"] == []


def test_the_daily_backup_loads_the_backups_only_when_it_runs() -> None:
    """The main window sets the daily backup's timer; the backups' modules load a minute later,
    when the first one runs, not before the window appears."""
    modules = probe_modules("import ui.main_window, ui.administration.daily")
    assert "ui.administration.daily" in modules
    later = ("certification.backups", "certification.audit_log")
    assert [m for m in modules if m in later] == []


def test_each_command_is_found_in_the_module_that_adds_it() -> None:
    """A command line loads only its command's module, found by name: every module adds exactly
    the commands listed for it, and `--help` still lists them all in order."""
    import argparse

    from ui.cli import COMMAND_MODULES, build_parser

    for module, names in COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers()
        __import__(module, fromlist=["register"]).register(commands)
        assert tuple(commands.choices) == names, module
    everything = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert tuple(everything) == sum(COMMAND_MODULES.values(), ())
