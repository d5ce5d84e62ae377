"""What the command line is given that no record can hold — bytes that are not UTF-8, numbers
beyond a database integer, `nan` — is named in one translated line, and nothing is written."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from certification.codes.service import verify_text
from models import CodeCheck
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from tests.reliability.conftest import belgi, one_line
from ui.cli import main

NOT_UTF8 = os.fsdecode(b"\xff\xfe")  # as Python receives such bytes: lone surrogates


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> None:
    """`main()` runs in this process and would make a bare QCoreApplication, which would then
    stand in the way of every widget test after it: give it the suite's QApplication instead."""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    status = main(["--db", str(db), "--lang", "en", *args])
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return status, lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["certificates", "--search", NOT_UTF8],
        ["certificate", "show", NOT_UTF8],
        ["certificate", "suspend", "KG-Y-2026-00007", "--reason", NOT_UTF8, "--user", "chair"],
        ["certificate", "withdraw", NOT_UTF8, "--reason", "x", "--user", "chair"],
        ["certificate", "restore", "KG-Y-2026-00007", "--reason", "x", "--user", NOT_UTF8],
        ["lots", NOT_UTF8],
        ["verify", NOT_UTF8],
        ["report", "inspection", "1", "-o", NOT_UTF8 + ".pdf"],
        ["--db", NOT_UTF8, "audit", "verify"],
    ],
)
def test_text_that_is_not_utf8_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], register_copy: Path, args: list[str]
) -> None:
    before = _digest(register_copy)
    status, line = run(capsys, register_copy, *args)
    assert status == 2
    shown = next(a for a in args if a.startswith(NOT_UTF8)).replace(NOT_UTF8, r"\xff\xfe")
    assert line == f"Wrong command line: {shown} is not valid UTF-8 text. Nothing was done."
    assert _digest(register_copy) == before


@pytest.mark.parametrize("variable", ["BELGI_USER", "BELGI_PASSWORD", "BELGI_DB"])
def test_a_variable_that_is_not_utf8_is_named_not_shown(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    variable: str,
) -> None:
    monkeypatch.setenv(variable, NOT_UTF8)
    before = _digest(register_copy)
    status, line = run(
        capsys, register_copy, "certificate", "suspend", "KG-Y-2026-00007", "--reason", "x"
    )
    assert status == 2
    assert line == f"Wrong command line: {variable} is not valid UTF-8 text. Nothing was done."
    assert _digest(register_copy) == before


@pytest.mark.parametrize(
    ("args", "detail"),
    [
        (
            ["report", "inspection", "9" * 40, "-o", "x.pdf"],
            "the number 999999999999… is too large",
        ),
        (["label", "offset", "1", "--dx", "nan", "--dy", "0"], "“nan” is not a number"),
        (["label", "offset", "1", "--dx", "0", "--dy=-inf"], "“-inf” is not a number"),
        (
            ["labels", "KG-1", "--lot", "L", "--count", "1" + "0" * 30, "-o", "x.pdf"],
            "the number 100000000000… is too large",
        ),
    ],
)
def test_a_number_no_record_can_hold_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], register_copy: Path, args: list[str], detail: str
) -> None:
    before = _digest(register_copy)
    status, line = run(capsys, register_copy, *args)
    assert (status, line) == (2, f"Wrong command line: {detail}. See --help.")
    assert _digest(register_copy) == before


def test_a_real_process_given_raw_bytes_answers_in_its_language(register_copy: Path) -> None:
    result = belgi(register_copy, "verify", NOT_UTF8, lang="ru")
    assert result.returncode == 2
    assert "UTF-8" in one_line(result)
    assert result.stdout == ""


@pytest.mark.parametrize(
    "engine_name", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_scan_with_broken_characters_is_logged_as_it_was(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (
        f"sqlite:///{tmp_path / 'b.sqlite3'}"
        if engine_name == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    engine = make_engine(url)
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as session:
        result = verify_text(session, "BLG1\udcff\ud800garbage", place="Ош\udc80")
    assert result.text == "BLG1\ufffd\ufffdGARBAGE"
    with read_unit(factory) as session:
        check = session.scalars(select(CodeCheck)).one()
        assert (check.text, check.place) == ("BLG1\ufffd\ufffdGARBAGE", "Ош\ufffd")
    engine.dispose()
