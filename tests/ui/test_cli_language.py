"""The command line speaks the user's language, argparse's own words included: help, usage,
refusals of a malformed command line, and the words of what commands print."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from ui.cli import help_texts

ROOT = Path(__file__).resolve().parents[2]
# argparse's own English, as Python prints it when nobody translates it
ARGPARSE_WORDS = re.compile(
    r"usage|positional|options|show this help|exit|error|invalid|required|arguments?\b|"
    r"expected|choose from|unrecognized|ambiguous",
    re.IGNORECASE,
)


def run(
    *args: str, lang: str | None = None, env_lang: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    env["BELGI_PASSWORD"] = "demo"
    if env_lang:
        env["LANG"] = env_lang
    argv = [sys.executable, "main.py", *(["--lang", lang] if lang else []), *args]
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def argparse_english(text: str) -> list[str]:
    """argparse's words left in `text`, less option names and metavars (`--help`, `COMMAND`)."""
    words = re.sub(r"--?[\w-]+|\b[A-Z_]{2,}\b|\{[^}]*\}|main\.py", " ", text)
    return ARGPARSE_WORDS.findall(words)


@pytest.mark.parametrize(("lang", "env_lang"), [("ky", None), ("ru", None), (None, "ru_RU.UTF-8")])
def test_help_has_no_english_of_argparse(lang: str | None, env_lang: str | None) -> None:
    for args in (["--help"], ["lot", "--help"], ["label", "reprint", "--help"]):
        result = run(*args, lang=lang, env_lang=env_lang)
        assert result.returncode == 0, result.stderr
        assert not argparse_english(result.stdout), result.stdout
    assert "сертификат" in run("--help", lang=lang, env_lang=env_lang).stdout.lower()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_malformed_command_lines_are_refused_in_the_users_language(lang: str) -> None:
    for args in (
        ["labels", "KG-1", "--lot", "A1", "--count", "many", "-o", "x.pdf"],  # invalid int value
        ["lots"],  # the following arguments are required
        ["certificat"],  # invalid choice
        ["certificates", "--bogus"],  # unrecognized arguments
    ):
        result = run(*args, lang=lang)
        assert result.returncode == 2, result.stdout
        assert result.stderr.count("\n") == 1, result.stderr
        assert not argparse_english(result.stderr), result.stderr


def test_every_help_text_is_marked_for_translation() -> None:
    missing = [text for text in help_texts.from_parser() if text not in help_texts.TEXTS]
    assert not missing, "run `python -m ui.cli.help_texts`, then translate"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-language") / "demo.sqlite3"
    result = run("--db", str(db), "demo", lang="en")
    assert result.returncode == 0, result.stderr
    return db


def test_what_commands_print_is_in_kyrgyz(demo: Path, tmp_path: Path) -> None:
    listed = run("--db", str(demo), "certificates", "--json", lang="ky")
    number = json.loads(listed.stdout)[0]["number"]
    shown = run("--db", str(demo), "certificate", "show", number, lang="ky")
    assert shown.returncode == 0, shown.stderr
    assert "issued" not in shown.stdout and "берилген" in shown.stdout
    lots = run("--db", str(demo), "lots", number, lang="ky")
    assert lots.returncode == 0, lots.stderr
    assert " pcs " not in lots.stdout and " kg " not in lots.stdout
    templates = run("--db", str(demo), "label", "templates", lang="ky")
    assert templates.returncode == 0, templates.stderr
    assert "labels" not in templates.stdout and "этикетка" in templates.stdout


def test_the_register_spreadsheet_names_its_sheet_in_the_first_language() -> None:
    from dataclasses import replace

    from certification.documents.registers import register_xlsx
    from tests.documents.test_registers import REGISTER

    for languages, name in ((("ky", "ru"), "Реестр"), (("en",), "Register")):
        book = openpyxl.load_workbook(
            io.BytesIO(register_xlsx(replace(REGISTER, languages=languages)))
        )
        assert book.sheetnames == [name]
