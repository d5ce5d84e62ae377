"""What the database itself refuses, and what allocation no longer trusts, when the register is
edited behind the program's back: real SQLite files edited with sqlite3, and real PostgreSQL."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from certification import backups
from certification.codes import issuing, keys
from certification.codes.service import verify_text
from certification.core import audit
from certification.labels import ledger, printing
from certification.labels.serials import LabelAllocation
from models import LabelLot
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.documents import pdfcheck
from tests.factories import make_office


def sqlite_file(engine: Engine) -> str:
    return str(engine.url.database)


def print_and_read(lab: Labelled, out: Path, count: int) -> list[int]:
    """Print `count` labels and read the serials back from the QR codes on the sheets."""
    printing.print_labels(
        lab.office.factory, lab.certificate, lab.lot.lot_number, count, PASSPHRASE, out
    )
    serials = []
    with read_unit(lab.office.factory) as s:
        for page in pdfcheck.pages(out.read_bytes()):
            for code in pdfcheck.qr_texts(page):
                found = verify_text(s, code, record=False)
                assert found.serial is not None
                serials.append(found.serial)
    return sorted(serials)


def test_a_lowered_lot_counter_prints_no_serial_twice(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(sqlite_engine)
    first = print_and_read(lab, tmp_path / "first.pdf", 48)
    assert first == list(range(1, 49))
    with sqlite3.connect(sqlite_file(sqlite_engine)) as conn:
        conn.execute("UPDATE label_lot SET last_serial = 10")
    sqlite_engine.dispose()

    again = print_and_read(lab, tmp_path / "again.pdf", 5)
    assert again == [49, 50, 51, 52, 53]
    with read_unit(lab.office.factory) as s:
        stock = ledger.reconcile(s, lab.lot.id)
    assert stock.balanced and (stock.allocated, stock.printed) == (53, 53)


def test_a_counter_moved_by_hand_does_not_change_what_a_returned_code_says(
    any_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(any_engine)
    out = tmp_path / "sheet.pdf"
    printing.print_labels(
        lab.office.factory, lab.certificate, lab.lot.lot_number, 20, PASSPHRASE, out
    )
    codes = [code for page in pdfcheck.pages(out.read_bytes()) for code in pdfcheck.qr_texts(page)]
    with unit_of_work(lab.office.factory) as s:
        ledger.spoil(s, lab.office.clerk, lab.lot.id, ((5, 5),), "damaged")
        labels = s.get_one(LabelLot, lab.lot.id)
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        never = LabelAllocation(0, lab.lot.id, labels.certificate_id, labels.lot_no, 500, 500)
        beyond = [
            *issuing.label_codes(s, signer, never),
            *issuing.label_codes(s, signer, replace(never, first_serial=21, last_serial=21)),
        ]

    def verified(texts: list[str]) -> dict[int, tuple[str, tuple[str, ...], bool]]:
        with read_unit(lab.office.factory) as s:
            found = [verify_text(s, t, record=False) for t in texts]
        return {r.serial or 0: (r.outcome.value, r.flags, r.issued) for r in found}

    printed = {n: ("genuine_valid", (), True) for n in range(1, 21)}
    printed[5] = ("genuine_valid", ("alarm", "spoiled_label"), True)
    unissued = {n: ("genuine_valid", ("alarm", "possibly_cloned"), False) for n in (21, 500)}
    for counter in (3, 1000, 0):
        with any_engine.begin() as conn:
            conn.execute(text("UPDATE label_lot SET last_serial = :n"), {"n": counter})
        assert verified(codes) == printed, counter
        assert verified(beyond) == unissued, counter


def _lot_and_job(engine: Engine) -> tuple[int, int]:
    with engine.connect() as conn:
        lot_id = conn.execute(text("SELECT lot_id FROM label_lot")).scalar_one()
        job = conn.execute(text("SELECT id FROM label_print WHERE kind = 'print'")).scalar_one()
    return int(lot_id), int(job)


def test_the_database_refuses_a_serial_allocated_or_printed_twice(
    any_engine: Engine, tmp_path: Path
) -> None:
    lab = labelled_office(any_engine)
    printing.print_labels(
        lab.office.factory, lab.certificate, lab.lot.lot_number, 20, PASSPHRASE, tmp_path / "l.pdf"
    )
    lot_id, job = _lot_and_job(any_engine)
    now = datetime.now(UTC).replace(tzinfo=None)
    with pytest.raises(DBAPIError, match=r"issued twice|serials_once"), any_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO label_batch (lot_id, first_serial, last_serial, allocated_at, "
                "allocated_by, note) VALUES (:lot, 15, 25, :now, 'mallory', '')"
            ),
            {"lot": lot_id, "now": now},
        )
    with pytest.raises(DBAPIError, match="issued twice"), any_engine.begin() as conn:
        new_job = conn.execute(
            text(
                "INSERT INTO label_print (lot_id, kind, status, labels, template, start, dx, dy, "
                "failure, run, created_at, created_by) VALUES (:lot, 'print', 'printed', 5, "
                "'a4-3x7', 1, 0, 0, '', '', :now, 'mallory') RETURNING id"
            ),
            {"lot": lot_id, "now": now},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO label_print_range (print_id, first_serial, last_serial) "
                "VALUES (:job, 3, 7)"
            ),
            {"job": new_job},
        )
    with pytest.raises(DBAPIError, match=r"issued twice|serials_once"), any_engine.begin() as conn:
        conn.execute(text("UPDATE label_batch SET first_serial = 1, last_serial = 30"))
        conn.execute(
            text(
                "INSERT INTO label_batch (lot_id, first_serial, last_serial, allocated_at, "
                "allocated_by, note) VALUES (:lot, 30, 30, :now, 'mallory', '')"
            ),
            {"lot": lot_id, "now": now},
        )
    # A reprint prints spoiled serials again: that is no second issue.
    with any_engine.begin() as conn:
        reprint = conn.execute(
            text(
                "INSERT INTO label_print (lot_id, kind, status, labels, template, start, dx, dy, "
                "failure, run, created_at, created_by) VALUES (:lot, 'reprint', 'printed', 5, "
                "'a4-3x7', 1, 0, 0, '', '', :now, 'clerk') RETURNING id"
            ),
            {"lot": lot_id, "now": now},
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO label_print_range (print_id, first_serial, last_serial) "
                "VALUES (:job, 3, 7)"
            ),
            {"job": reprint},
        )
    assert job


def _log(engine: Engine, n: int = 3) -> None:
    with unit_of_work(session_factory(engine)) as s:
        for i in range(n):
            audit.record(s, "clerk", "producer.registered", "producer", i, name=f"Өндүрүүчү {i}")


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET username = 'mallory' WHERE seq = 2",
        "DELETE FROM audit_entry WHERE seq = 3",
        "DELETE FROM audit_entry",
    ],
)
def test_the_audit_log_refuses_to_be_edited_or_cut(any_engine: Engine, statement: str) -> None:
    _log(any_engine)
    with pytest.raises(DBAPIError, match="append-only"), any_engine.begin() as conn:
        conn.execute(text(statement))
    with read_unit(session_factory(any_engine)) as s:
        assert audit.verify(s).ok and audit.entry_count(s) == 3


def test_the_audit_log_refuses_truncate_on_postgresql(pg_url: str) -> None:
    engine = make_engine(pg_url)
    upgrade(engine)
    _log(engine)
    with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_entry"))
    engine.dispose()


def test_a_restored_register_still_refuses_edits_of_its_log(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(sqlite_engine)
    copy = backups.run(backups.make_backup(o.factory, tmp_path / "copy.sqlite3"))
    assert copy.check is not None and copy.check.ok
    _log(sqlite_engine)
    result = backups.run(backups.restore(o.factory, copy.path, o.admin))
    assert result.check.ok
    with (
        sqlite3.connect(sqlite_file(sqlite_engine)) as conn,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        conn.execute("DELETE FROM audit_entry WHERE seq = 1")
    with read_unit(o.factory) as s:
        assert audit.verify(s).ok
