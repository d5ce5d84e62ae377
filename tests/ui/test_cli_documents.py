"""Printing from the command line as an administrator does it: real processes on the demo
database, PDFs rendered back, every QR code decoded and verified against the register."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from certification import certificates, lots
from certification.codes import keys
from certification.codes.service import VerificationResult, verify_text
from certification.core import clock
from certification.lots import LotInfo
from models import SigningKey
from models.db import make_engine, read_unit, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.codes.factories import CHEAP
from tests.documents import pdfcheck

ROOT = Path(__file__).resolve().parents[2]
T = TypeVar("T")


def belgi(
    db: Path,
    *args: str,
    passphrase: str | None = "demo",
    password: str | None = "demo",
    lang: str = "en",
    file_limit: int | None = None,
    user: str = "clerk",  # the secretary prints and publishes
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELGI_")}
    env["BELGI_USER"] = user
    if passphrase is not None:
        env["BELGI_PASSPHRASE"] = passphrase
    if password is not None:
        env["BELGI_PASSWORD"] = password

    def limit_files() -> None:  # a full disk, as far as the process can tell
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--lang", lang, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=limit_files,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-documents") / "demo.sqlite3"
    result = belgi(db, "demo")
    assert result.returncode == 0, result.stderr
    engine = make_engine(f"sqlite:///{db}")
    with unit_of_work(session_factory(engine)) as s:
        if not keys.signing_keys(s):  # the demo's own key has the passphrase `demo` too
            keys.generate_signing_key(s, "demo", "admin", cost=CHEAP)
    engine.dispose()
    return db


@pytest.fixture
def db(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def json_of(db: Path, *args: str) -> object:
    result = belgi(db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def in_register(db: Path, read: Callable[[Session], T]) -> T:
    """Look something up directly, where the command line is not what is under test."""
    engine = make_engine(f"sqlite:///{db}")
    try:
        with read_unit(session_factory(engine)) as s:
            return read(s)
    finally:
        engine.dispose()


def numbers(db: Path, status: str) -> list[str]:
    return in_register(
        db,
        lambda s: [
            c.number for c in certificates.list_certificates(s, status=CertificateStatus(status))
        ],
    )


def a_lot(db: Path, at_least: int = 50) -> tuple[str, LotInfo]:
    """An active certificate and one of its lots with room for `at_least` labels."""

    def find(s: Session) -> tuple[str, LotInfo]:
        for cert in certificates.list_certificates(s, status=CertificateStatus.ACTIVE):
            for lot in lots.lots_of(s, cert.number):
                if lot.labels_printed == 0 and lot.quantity >= at_least:
                    return cert.number, lot
        raise AssertionError("the demo has no lot that large")

    return in_register(db, find)


def verified(db: Path, codes: list[str]) -> list[VerificationResult]:
    return in_register(db, lambda s: [verify_text(s, c, record=False) for c in codes])


def codes_in(pdf: Path, dpi: int = 300) -> list[str]:
    return [
        t for page in pdfcheck.pages(pdf.read_bytes(), dpi=dpi) for t in pdfcheck.qr_texts(page)
    ]


def test_certificate_pdf_carries_a_genuine_code(db: Path, tmp_path: Path) -> None:
    number = numbers(db, "active")[0]
    out = tmp_path / "certificate.pdf"
    result = belgi(db, "certificate", "pdf", number, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Certificate {number} written to {out}." in result.stdout
    (check,) = verified(db, codes_in(out, dpi=200))
    assert check.outcome.value == "genuine_valid" and check.certificate == number
    text = pdfcheck.text(out.read_bytes())
    assert number in text and "Өндүрүүчү" in text and "Производитель" in text

    suspended = numbers(db, "suspended")[0]
    result = belgi(db, "certificate", "pdf", suspended, "-o", str(out), lang="ky")
    assert result.returncode == 0, result.stderr
    assert "УБАКТЫЛУУ ТОКТОТУЛГАН" in pdfcheck.text(out.read_bytes())
    (check,) = verified(db, codes_in(out, dpi=200))
    assert check.outcome.value == "genuine_suspended"


def test_labels_spoilage_reprint_and_stock(db: Path, tmp_path: Path) -> None:
    number, lot = a_lot(db)
    lot_no = lot.lot_number
    out = tmp_path / "labels.pdf"
    args = ("labels", number, "--lot", lot_no, "--count", "30", "--start", "7", "-o", str(out))
    result = belgi(db, *args)
    assert result.returncode == 0, result.stderr
    assert f"30 labels of lot {lot_no} ({number}), serials 1–30" in result.stdout
    assert pdfcheck.page_count(out.read_bytes()) == 2  # positions 7–24, then 12 more
    codes = codes_in(out)
    assert len(set(codes)) == 30
    checks = verified(db, codes)
    assert {c.outcome.value for c in checks} == {"genuine_valid"}
    assert sorted(c.serial for c in checks) == list(range(1, 31))
    assert {c.lot for c in checks} == {lot_no}
    listed = json_of(db, "lots", number)
    assert isinstance(listed, list)
    assert next(x for x in listed if x["lot_number"] == lot_no)["labels_printed"] == 30

    spoil = ("label", "spoil", number, "--lot", lot_no, "--serials", "4,9-10", "--reason", "jammed")
    result = belgi(db, *spoil, "--user", "clerk", password="demo", lang="ru")
    assert result.returncode == 0, result.stderr
    assert f"3 этикетки партии {lot_no} отмечены как испорченные: 4, 9–10." in result.stdout
    again = tmp_path / "again.pdf"
    reprint = ("label", "reprint", number, "--lot", lot_no, "--serials", "4,9-10")
    result = belgi(db, *reprint, "--template", "a4-4x10", "-o", str(again))
    assert result.returncode == 0, result.stderr
    checks = verified(db, codes_in(again))
    assert sorted(c.serial for c in checks) == [4, 9, 10]
    assert {c.outcome.value for c in checks} == {"genuine_valid"}

    stock = json_of(db, "label", "stock", number, "--lot", lot_no)
    assert isinstance(stock, dict)
    assert (stock["allocated"], stock["printed"], stock["reprinted"], stock["spoiled"]) == (
        30,
        30,
        3,
        0,
    )
    result = belgi(db, *reprint, "-o", str(again))  # printed already: not spoiled
    assert result.returncode == 1 and "not recorded as spoiled" in result.stderr


def test_counts_of_labels_are_said_in_russian_plural_forms(db: Path, tmp_path: Path) -> None:
    number, lot = a_lot(db)
    lot_no = lot.lot_number
    out = tmp_path / "labels.pdf"
    result = belgi(db, "labels", number, "--lot", lot_no, "--count", "30", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert f"30 labels of lot {lot_no} ({number})" in result.stdout
    said = {
        "1": "1 этикетка партии {lot} отмечена как испорченная: 1.",
        "2-4": "3 этикетки партии {lot} отмечены как испорченные: 2–4.",
        "5-9": "5 этикеток партии {lot} отмечены как испорченные: 5–9.",
        "10-30": "21 этикетка партии {lot} отмечена как испорченная: 10–30.",
    }
    for serials, text in said.items():
        spoil = ("label", "spoil", number, "--lot", lot_no, "--serials", serials)
        result = belgi(db, *spoil, "--reason", "jammed", lang="ru")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == text.format(lot=lot_no)


def test_a_failed_write_leaves_the_serials_spoiled_for_a_reprint(db: Path, tmp_path: Path) -> None:
    # A label takes about 450 bytes of PDF; the process may write no file much larger than the
    # database, as on a disk that fills up while the labels are drawn: enough labels to pass it.
    limit = db.stat().st_size + 40_000
    count = max(400, limit // 350)
    number, lot = a_lot(db)
    lot_no = "BIG-1"  # the demo's lots are smaller: one of that size is recorded
    dates = ("--produced", f"{lot.produced_on}", "--best-before", f"{lot.best_before}")
    added = belgi(
        db,
        "lot",
        "add",
        number,
        "--lot",
        lot_no,
        "--quantity",
        str(count),
        *dates,
        "--product",
        lot.product,
    )
    assert added.returncode == 0, added.stderr
    out = tmp_path / "labels.pdf"
    args = ("labels", number, "--lot", lot_no, "--count", str(count), "-o", str(out))
    result = belgi(db, *args, file_limit=limit)
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"The file {out} could not be written")
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["belgi.sqlite3"]
    stock = json_of(db, "label", "stock", number, "--lot", lot_no)
    assert isinstance(stock, dict)
    assert (stock["allocated"], stock["printed"], stock["spoiled"]) == (count, 0, count)
    assert stock["spoiled_by_reason"] == {"print_failed": count}
    assert stock["jobs"][0]["status"] == "failed"  # type: ignore[index]
    result = belgi(
        db, "label", "reprint", number, "--lot", lot_no, "--serials", "1-3", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert [c.serial for c in verified(db, codes_in(out))] == [1, 2, 3]


def test_the_public_register_and_an_inspection_report(db: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = belgi(db, "report", "register", "-o", str(site), "--status-list")
    assert result.returncode == 0, result.stderr
    names = {p.name for p in site.iterdir()}
    assert names == {
        "index.html",
        "register.json",
        "register.csv",
        "register.xlsx",
        "register.pdf",
        "status-list.json",
        "audit.checkpoint.json",  # the audit chain as signed with the status list
        "v",  # the verification page
    }
    published = json.loads((site / "register.json").read_text(encoding="utf-8"))
    statuses = {c["status"] for c in published["certificates"]}
    assert {"active", "suspended", "withdrawn", "expired"} <= statuses
    everything = in_register(db, lambda s: len(certificates.list_certificates(s)))
    assert len(published["certificates"]) == everything
    listed = json.loads((site / "status-list.json").read_text(encoding="utf-8"))["body"]
    suspended = set(numbers(db, "suspended"))
    assert suspended <= {c["number"] for c in listed["certificates"]}
    assert (site / "v" / "trust-list.json").is_file()
    assert "cannot check labels" not in result.stdout
    unsigned = tmp_path / "unsigned"
    result = belgi(db, "report", "register", "-o", str(unsigned), passphrase=None, lang="ru")
    assert result.returncode == 0, result.stderr
    assert "v/ ещё нет подписанных списков" in result.stdout  # the page cannot check yet
    assert (unsigned / "v" / "index.html").is_file()

    report = tmp_path / "report.pdf"
    result = belgi(db, "report", "inspection", "1", "-o", str(report), lang="ky")
    assert result.returncode == 0, result.stderr
    assert "Текшерүүнүн актысы" in pdfcheck.text(report.read_bytes())


@pytest.mark.parametrize(
    ("args", "passphrase", "message"),
    [
        (["labels", "KG-Y-1999-00001", "--lot", "X", "--count", "5"], "demo", "not found"),
        (["labels", "{cert}", "--lot", "NO-SUCH", "--count", "5"], "demo", "Lot NO-SUCH not found"),
        (["labels", "{cert}", "--lot", "{lot}", "--count", "0"], "demo", "Print from 1 to"),
        (["labels", "{cert}", "--lot", "{lot}", "--count", "5000"], "demo", "pieces left"),
        (["labels", "{cert}", "--lot", "{lot}", "--count", "5"], "wrong", "Wrong passphrase"),
        (["labels", "{cert}", "--lot", "{lot}", "--count", "5"], None, "BELGI_PASSPHRASE"),
        (
            ["labels", "{cert}", "--lot", "{lot}", "--count", "5", "--template", "x"],
            "demo",
            "No label template x.",
        ),
        (
            ["labels", "{cert}", "--lot", "{lot}", "--count", "5", "--start", "99"],
            "demo",
            "Start position 99",
        ),
        (["certificate", "pdf", "KG-Y-1999-00001"], "demo", "not found"),
        (["certificate", "pdf", "{cert}"], "wrong", "Wrong passphrase"),
        (["report", "inspection", "999"], "demo", "not found"),
    ],
)
def test_bad_input_gives_one_clear_line_and_changes_nothing(
    db: Path, tmp_path: Path, args: list[str], passphrase: str | None, message: str
) -> None:
    number, lot = a_lot(db)
    before = in_register(db, lambda s: lots.lots_of(s, number))
    filled = [a.replace("{cert}", number).replace("{lot}", lot.lot_number) for a in args]
    result = belgi(db, *filled, "-o", str(tmp_path / "out.pdf"), passphrase=passphrase)
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out.pdf").exists()
    assert in_register(db, lambda s: lots.lots_of(s, number)) == before


def test_with_no_key_in_force_labels_says_so_after_what_is_printed(
    db: Path, tmp_path: Path
) -> None:
    number, lot = a_lot(db)
    engine = make_engine(f"sqlite:///{db}")
    with unit_of_work(session_factory(engine)) as s:
        s.execute(update(SigningKey).values(compromised_on=clock.today()))
    engine.dispose()
    before = in_register(db, lambda s: lots.lots_of(s, number))
    out = tmp_path / "out.pdf"
    job = ("labels", number, "--lot", lot.lot_number, "-o", str(out))
    result = belgi(db, *job, "--count", "0")
    assert result.returncode != 0 and "Print from 1 to" in result.stderr, result.stderr
    result = belgi(db, *job, "--count", "5")
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "No key of the committee may sign today: its keys have ended or are marked compromised. "
        "Create a new one in Administration."
    )
    assert not out.exists()
    assert in_register(db, lambda s: lots.lots_of(s, number)) == before


def test_labels_for_a_suspended_certificate_or_to_a_missing_folder_are_refused(
    db: Path, tmp_path: Path
) -> None:
    number, lot = a_lot(db)
    lot_no = lot.lot_number
    result = belgi(
        db,
        "certificate",
        "suspend",
        number,
        "--reason",
        "Мониторинг",
        "--user",
        "chair",
        password="demo",
    )
    assert result.returncode == 0, result.stderr
    out = tmp_path / "l.pdf"
    result = belgi(db, "labels", number, "--lot", lot_no, "--count", "5", "-o", str(out), lang="ky")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"Этикеткаларды басып чыгарууга болбойт: {number} сертификаты убактылуу токтотулган."
    )
    restore = ("certificate", "restore", number, "--reason", "Оңдолду", "--user", "chair")
    assert belgi(db, *restore, password="demo").returncode == 0
    missing = tmp_path / "nowhere" / "l.pdf"
    result = belgi(db, "labels", number, "--lot", lot_no, "--count", "5", "-o", str(missing))
    assert result.returncode == 1 and "does not exist" in result.stderr
    stock = json_of(db, "label", "stock", number, "--lot", lot_no)
    assert isinstance(stock, dict) and stock["allocated"] == 0
