"""Who acts on the command line: a growing wait after wrong passwords, counted in the register and
shared with the desktop, and a named user with the role for every action that signs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from certification import certificates, lots, users
from certification.core import clock
from models import AuditEntry, LabelPrint
from models.db import make_engine, read_unit, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.reliability.conftest import register_dump
from ui.cli import main

WAIT = "Too many wrong passwords for this user name: wait {seconds} s, then try again."
WRONG = "Wrong user name or password."


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> None:
    """`main()` runs in this process: it uses the suite's QApplication."""


@pytest.fixture
def engine(register_copy: Path) -> Iterator[Engine]:
    made = make_engine(f"sqlite:///{register_copy}")
    yield made
    made.dispose()


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    *args: str,
    password: str | None = "demo",
    passphrase: str | None = "demo",
) -> tuple[int, str]:
    """`main()` as the user runs it; the one line it says on stderr (none on success)."""
    for name, value in (("BELGI_PASSWORD", password), ("BELGI_PASSPHRASE", passphrase)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("BELGI_USER", raising=False)
    status = main(["--db", str(db), "--lang", "en", *args])
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) <= 1 and not any("Traceback" in line for line in err), err
    return status, err[0] if err else ""


def active_certificate(engine: Engine) -> str:
    with read_unit(session_factory(engine)) as s:
        return certificates.list_certificates(s, status=CertificateStatus.ACTIVE)[0].number


def failures(engine: Engine, username: str) -> int:
    with read_unit(session_factory(engine)) as s:
        return users.failed_logins(s, username)


# The growing wait ---------------------------------------------------------------------------


def waits(line: str) -> int:
    """The seconds a refusal asks to wait (the count goes down while the test runs)."""
    for seconds in range(1, 31):
        if line == WAIT.format(seconds=seconds):
            return seconds
    raise AssertionError(line)


def test_ten_wrong_passwords_in_a_row_are_heard_only_between_the_waits(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
) -> None:
    number = active_certificate(engine)
    suspend = ("certificate", "suspend", number, "--reason", "Мониторинг", "--user", "chair")
    said = [run(capsys, monkeypatch, register_copy, *suspend, password=f"g{i}") for i in range(3)]
    assert said == [(1, WRONG)] * 3
    assert failures(engine, "chair") == 3
    factory = session_factory(engine)
    for _ in range(4):  # four more, at the desktop: the wait is 30 s now
        with unit_of_work(factory) as s:
            assert users.login(s, "chair", "wrong").user is None
    said = [run(capsys, monkeypatch, register_copy, *suspend, password=f"h{i}") for i in range(7)]
    assert [status for status, _ in said] == [1] * 7
    left = [waits(line) for _, line in said]
    assert left == sorted(left, reverse=True) and left[0] <= 30
    assert failures(engine, "chair") == 7  # refused unheard: nothing counted, nothing guessed
    # Even the right password waits: the wait is for the name, not for the guess.
    status, line = run(capsys, monkeypatch, register_copy, *suspend)
    assert status == 1 and waits(line) <= left[-1]
    with read_unit(factory) as s:
        assert certificates.get_certificate(s, number).status == CertificateStatus.ACTIVE
        assert users.login_wait(s, "chair", clock.now() + timedelta(seconds=31)) == 0


def test_after_the_wait_the_right_password_is_heard_and_the_count_starts_again(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
) -> None:
    number = active_certificate(engine)
    suspend = ("certificate", "suspend", number, "--reason", "Мониторинг", "--user", "chair")
    for i in range(3):
        assert run(capsys, monkeypatch, register_copy, *suspend, password=f"g{i}") == (1, WRONG)
    with read_unit(session_factory(engine)) as s:
        left = users.login_wait(s, "chair")
    assert left <= 2
    time.sleep(left)  # the wait is real seconds: two at most after the third failure
    assert run(capsys, monkeypatch, register_copy, *suspend) == (0, "")
    assert failures(engine, "chair") == 0
    with read_unit(session_factory(engine)) as s:
        assert certificates.get_certificate(s, number).status == CertificateStatus.SUSPENDED
        assert users.login_wait(s, "chair") == 0


def test_the_wait_grows_with_each_failure_after_it() -> None:
    assert [users.login_delay(n) for n in range(9)] == [0, 0, 0, 2, 4, 8, 16, 30, 30]


def test_failures_at_the_desktop_make_the_command_line_wait_too(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
) -> None:
    factory = session_factory(engine)
    for _ in range(4):  # as the log-in dialog asks: one unit of work per attempt
        with unit_of_work(factory) as s:
            assert users.login(s, "clerk", "wrong").user is None
    with read_unit(factory) as s:
        logged = s.scalar(
            select(func.count()).where(AuditEntry.action == users.LOGIN_FAILED)
        )  # each failure is in the audit log, with its moment
        assert logged == 4 and users.login_wait(s, "clerk") in (3, 4)
    number = active_certificate(engine)
    suspend = ("certificate", "suspend", number, "--reason", "Мониторинг", "--user", "clerk")
    status, line = run(capsys, monkeypatch, register_copy, *suspend, password="demo")
    assert status == 1 and waits(line) <= 4
    # Another user name is not held up by the clerk's failures.
    assert failures(engine, "chair") == 0
    with read_unit(factory) as s:
        assert users.login_wait(s, "chair") == 0 and users.login_wait(s, "nobody") == 0


# Every signing action names a user with the role --------------------------------------------


def _label_job(engine: Engine) -> list[str]:
    with read_unit(session_factory(engine)) as s:
        for cert in certificates.list_certificates(s, status=CertificateStatus.ACTIVE):
            for lot in lots.lots_of(s, cert.number):
                if lot.labels_printed == 0 and lot.quantity >= 5:
                    return ["labels", cert.number, "--lot", lot.lot_number, "--count", "5"]
    raise AssertionError("the demo has no lot to print")


def _signing_command(kind: str, engine: Engine, out: Path) -> list[str]:
    if kind == "labels":
        return [*_label_job(engine), "-o", str(out / "labels.pdf")]
    if kind == "certificate pdf":
        return ["certificate", "pdf", active_certificate(engine), "-o", str(out / "c.pdf")]
    if kind == "report register":
        return ["report", "register", "-o", str(out / "site"), "--status-list"]
    return ["lists", "export", str(out)]


SIGNING = ["labels", "certificate pdf", "report register", "lists export"]


def label_jobs(engine: Engine) -> int:
    with read_unit(session_factory(engine)) as s:
        return int(s.scalar(select(func.count()).select_from(LabelPrint)) or 0)


def wrote_nothing(out: Path) -> bool:
    return not any(out.iterdir())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder a signing command is told to write into: empty unless it signed."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture(params=SIGNING)
def signing(request: pytest.FixtureRequest, engine: Engine, out: Path) -> list[str]:
    """Each command that signs, as a user would type it, without `--user`."""
    return _signing_command(request.param, engine, out)


def test_the_passphrase_alone_signs_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
    out: Path,
    signing: list[str],
) -> None:
    before = register_dump(engine)
    status, line = run(capsys, monkeypatch, register_copy, *signing)
    assert (status, line) == (1, "Say who acts: --user NAME (or BELGI_USER).")
    assert wrote_nothing(out)
    assert register_dump(engine) == before


def test_a_user_without_the_role_is_refused_before_the_passphrase(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
    out: Path,
    signing: list[str],
) -> None:
    before = register_dump(engine)
    status, line = run(
        capsys, monkeypatch, register_copy, *signing, "--user", "inspector", passphrase=None
    )
    assert status == 1
    assert line.startswith("User inspector may not do this (it needs the role:"), line
    assert wrote_nothing(out)
    assert register_dump(engine) == before


def test_a_wrong_password_signs_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
    out: Path,
    signing: list[str],
) -> None:
    jobs = label_jobs(engine)
    status, line = run(
        capsys, monkeypatch, register_copy, *signing, "--user", "clerk", password="wrong"
    )
    assert (status, line) == (1, WRONG)
    assert wrote_nothing(out) and label_jobs(engine) == jobs
    assert failures(engine, "clerk") == 1


def test_refusals_come_in_their_order_though_the_passphrase_is_tried_at_once(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    register_copy: Path,
    engine: Engine,
    out: Path,
) -> None:
    """`labels` tries BELGI_PASSPHRASE while the password is checked; the user still hears
    first what is wrong first: the password, then the role, then the passphrase."""
    job = _signing_command("labels", engine, out)
    jobs = label_jobs(engine)
    heard = [
        run(capsys, monkeypatch, register_copy, *job, "--user", user, password=pw, passphrase="x")
        for user, pw in (("clerk", "wrong"), ("inspector", "demo"), ("clerk", "demo"))
    ]
    assert heard[0] == (1, WRONG)
    assert heard[1][1].startswith("User inspector may not do this"), heard[1]
    assert heard[2] == (1, "Wrong passphrase for the signing key.")
    assert wrote_nothing(out) and label_jobs(engine) == jobs
