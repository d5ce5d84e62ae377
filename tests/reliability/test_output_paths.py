"""Defect 4: `-o` replaced whatever stood at the path — /dev/full became a file and its three
label serials were recorded as printed. Belgi now writes only a regular file or a new name;
anything else is refused in one translated line before a serial is taken or a record changes.
What it writes for the office alone is readable by its owner only; the public register by all."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification import certificates, lots
from certification.codes import keys
from models import LabelLot, LabelPrint
from models.db import make_engine, read_unit, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.codes.factories import CHEAP
from ui.cli import main

NOT_A_FILE = "{path} is not a file (but a folder, device, pipe or link); nothing was written."
DEVICES = ("/dev/null", "/dev/full")
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _gui_application(qapp: object) -> None:
    """`main()` runs in this process: it uses the suite's QApplication (see test_cli_arguments)."""


@pytest.fixture(autouse=True)
def _devices_stay_devices() -> Iterator[None]:
    """Should a refusal ever fail, the machine's /dev/null and /dev/full are put back, and the
    test fails loudly, rather than leaving a file where every program expects a device."""
    before = {d: os.lstat(d) for d in DEVICES}
    yield
    for device, was in before.items():
        now = os.lstat(device)
        if not stat.S_ISCHR(now.st_mode):
            os.unlink(device)
            os.mknod(device, was.st_mode, was.st_rdev)
            pytest.fail(f"{device} was replaced by a file")


@pytest.fixture(scope="module")
def signed_register(demo_register: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register with a signing key (passphrase `demo`)."""
    db = tmp_path_factory.mktemp("output-paths") / "signed.sqlite3"
    shutil.copy(demo_register, db)
    engine = make_engine(f"sqlite:///{db}")
    with unit_of_work(session_factory(engine)) as s:
        if not keys.signing_keys(s):
            keys.generate_signing_key(s, "demo", "admin", cost=CHEAP)
    engine.dispose()
    return db


@pytest.fixture
def db(signed_register: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(signed_register, copy)
    return copy


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("BELGI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("BELGI_PASSWORD", "demo")
    monkeypatch.setenv("BELGI_PASSPHRASE", "demo")


def _read(db: Path, read: Callable[[Session], T]) -> T:
    engine = make_engine(f"sqlite:///{db}")
    try:
        with read_unit(session_factory(engine)) as s:
            return read(s)
    finally:
        engine.dispose()


def _lot(db: Path) -> tuple[str, str]:
    def find(s: Session) -> tuple[str, str]:
        for cert in certificates.list_certificates(s, status=CertificateStatus.ACTIVE):
            for lot in lots.lots_of(s, cert.number):
                if lot.quantity >= 10:
                    return cert.number, lot.lot_number
        raise AssertionError("the demo has no lot")

    return _read(db, find)


def _labels_taken(db: Path) -> tuple[int, int]:
    """Label jobs recorded and serials allocated, over the whole register."""
    return _read(
        db,
        lambda s: (
            s.scalar(select(func.count()).select_from(LabelPrint)) or 0,
            s.scalar(select(func.coalesce(func.sum(LabelLot.last_serial), 0))) or 0,
        ),
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--db", str(db), "--lang", "en", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err.strip()


def _commands(db: Path, target: str) -> dict[str, list[str]]:
    number, lot = _lot(db)
    return {
        # Signing names who acts: the clerk prints labels and certificates.
        "labels": ["labels", number, "--lot", lot, "--count", "3", "--user", "clerk", "-o", target],
        "certificate": ["certificate", "pdf", number, "--user", "clerk", "-o", target],
        "inspection": ["report", "inspection", "1", "-o", target],
        "outline": ["label", "outline", "a4-3x8", "-o", target],
    }


def _kinds(tmp_path: Path) -> dict[str, Path]:
    """Every kind of thing that may stand at a path and is not a regular file."""
    victim = tmp_path / "victim.pdf"
    victim.write_bytes(b"the office's own file")
    link = tmp_path / "link.pdf"
    link.symlink_to(victim)
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "elsewhere.pdf")
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    return {
        "/dev/null": Path("/dev/null"),
        "/dev/full": Path("/dev/full"),
        "symlink": link,
        "dangling symlink": dangling,
        "fifo": fifo,
        "folder": folder,
    }


KINDS = ["/dev/null", "/dev/full", "symlink", "dangling symlink", "fifo", "folder"]
COMMANDS = ["labels", "certificate", "inspection", "outline"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", KINDS)
def test_only_a_regular_file_or_a_new_name_is_written(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str, command: str
) -> None:
    target = _kinds(tmp_path)[kind]
    before, taken = _digest(db), _labels_taken(db)
    status, out, err = _run(capsys, db, *_commands(db, str(target))[command])
    assert (status, out, err) == (1, "", NOT_A_FILE.format(path=target))
    assert _digest(db) == before  # no job, no serial, no record of any kind
    assert _labels_taken(db) == taken
    assert (tmp_path / "victim.pdf").read_bytes() == b"the office's own file"
    assert (tmp_path / "link.pdf").is_symlink() and (tmp_path / "dangling.pdf").is_symlink()
    assert not (tmp_path / "elsewhere.pdf").exists()
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe.pdf").st_mode)
    assert (tmp_path / "folder.pdf").is_dir() and not any((tmp_path / "folder.pdf").iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_missing_folder_is_named_before_anything_is_taken(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, command: str
) -> None:
    target = tmp_path / "no such folder" / "out.pdf"
    before = _digest(db)
    status, out, err = _run(capsys, db, *_commands(db, str(target))[command])
    assert (status, out, err) == (1, "", f"The folder {target.parent} does not exist.")
    assert _digest(db) == before
    assert not target.parent.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_the_register_and_the_figures_are_written_only_where_they_may_be(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str
) -> None:
    target = _kinds(tmp_path)[kind]
    before = _digest(db)
    if kind != "folder":  # a folder is where the register goes
        status, _out, err = _run(capsys, db, "report", "register", "-o", str(target))
        assert (status, err) == (1, NOT_A_FILE.format(path=target))
    if target.suffix == ".pdf":
        status, _out, err = _run(capsys, db, "report", "dashboard", "-o", str(target))
        assert (status, err) == (1, NOT_A_FILE.format(path=target))
    assert _digest(db) == before


def test_a_register_folder_holding_a_link_is_refused_and_left_alone(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "public"
    folder.mkdir()
    victim = tmp_path / "victim.html"
    victim.write_text("mine")
    (folder / "index.html").symlink_to(victim)
    status, _out, err = _run(capsys, db, "report", "register", "-o", str(folder))
    assert (status, err) == (1, NOT_A_FILE.format(path=folder / "index.html"))
    assert victim.read_text() == "mine" and (folder / "index.html").is_symlink()


@pytest.mark.parametrize("kind", ["/dev/null", "symlink", "fifo"])
def test_the_lists_and_backups_are_written_only_as_new_or_regular_files(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, kind: str
) -> None:
    target = _kinds(tmp_path)[kind]
    before = _digest(db)
    status, _out, err = _run(capsys, db, "backup", str(target), "--user", "admin")
    assert (status, err) == (1, f"{target} exists already: choose a new file name.")
    folder = tmp_path / "lists"
    folder.mkdir()
    code = _read(db, lambda s: keys.own_committee(s).code)
    trust = folder / f"{code}-trust-list.json"
    trust.symlink_to(target)
    status, _out, err = _run(capsys, db, "lists", "export", str(folder), "--user", "admin")
    assert (status, err) == (1, NOT_A_FILE.format(path=trust))
    assert sorted(p.name for p in folder.iterdir()) == [trust.name]
    assert _digest(db) == before  # no list sequence number taken


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_office_s_files_are_its_own_and_the_public_register_is_readable(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    private = tmp_path / "private"
    private.mkdir()
    commands = _commands(db, "")
    for name in ("labels", "certificate", "inspection"):
        commands[name][-1] = str(private / f"{name}.pdf")
        status, _out, err = _run(capsys, db, *commands[name])
        assert status == 0, err
    status, _out, err = _run(capsys, db, "backup", str(private / "copy.belgi"), "--user", "admin")
    assert status == 0, err
    status, _out, err = _run(capsys, db, "lists", "export", str(private), "--user", "admin")
    assert status == 0, err
    written = sorted(p.name for p in private.iterdir())
    assert len(written) == 8, written  # the backup and the lists each with their audit checkpoint
    assert {p.name: _mode(p) for p in private.iterdir()} == dict.fromkeys(written, 0o600)

    public = tmp_path / "public"
    status, _out, err = _run(
        capsys, db, "report", "register", "-o", str(public), "--status-list", "--user", "clerk"
    )
    assert status == 0, err
    folders = [public, *(p for p in public.rglob("*") if p.is_dir())]
    files = [p for p in public.rglob("*") if p.is_file()]
    assert len(files) > 6
    assert {str(p): _mode(p) for p in folders} == dict.fromkeys(map(str, folders), 0o755)
    assert {str(p): _mode(p) for p in files} == dict.fromkeys(map(str, files), 0o644)


@pytest.mark.parametrize("kind", KINDS)
def test_the_calibration_s_outline_page_is_saved_only_where_a_document_may_be(
    db: Path, tmp_path: Path, kind: str
) -> None:
    """The page's Save outline page… goes through the same check as `label outline -o`."""
    from certification.core.errors import DomainError
    from certification.documents.labels import PrinterOffset
    from ui.operations.labels import save_outline

    target = _kinds(tmp_path)[kind]
    with pytest.raises(DomainError) as refused:
        _read(db, lambda s: save_outline(s, "a4-3x8", PrinterOffset(0.0, 0.0), str(target)))
    assert refused.value.code == "document.not_a_file"
