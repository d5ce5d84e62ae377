"""The honest life of a label job: a file at the path always means labels recorded as printed;
a job its run left pending is resolved, never left pending for good; a serial whose job never
reported verifies with a flag."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.exc import OperationalError

from certification.codes import issuing, keys
from certification.codes.service import verify_text
from certification.codes.verification import Flag
from certification.core import clock
from certification.labels import jobs, ledger, printing
from certification.labels.serials import LabelAllocation
from models import LabelPrint
from models.db import read_unit, unit_of_work
from models.enums import LabelJobStatus
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.documents import pdfcheck


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where sheets are written (the database lies beside it)."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def locked(*_: object, **__: object) -> None:
    raise OperationalError("UPDATE label_print", {}, Exception("database is locked"))


def run_labels(lab: Labelled, out: Path, count: int = 10) -> printing.LabelJobResult:
    return printing.print_labels(
        lab.office.factory, lab.certificate, lab.lot.lot_number, count, PASSPHRASE, out
    )


def stock(lab: Labelled) -> ledger.Reconciliation:
    with read_unit(lab.office.factory) as s:
        return ledger.reconcile(s, lab.lot.id)


def test_a_sheet_that_cannot_be_recorded_printed_is_not_handed_over(
    any_engine: Engine, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lab = labelled_office(any_engine)
    out = folder / "labels.pdf"
    monkeypatch.setattr(jobs, "finish_print", locked)
    with pytest.raises(OperationalError):
        run_labels(lab, out)
    assert list(folder.iterdir()) == []  # no sheet, and no part of one
    balance = stock(lab)
    assert (balance.allocated, balance.printed, balance.spoiled, balance.pending) == (10, 0, 10, 0)
    assert balance.jobs[0].status is LabelJobStatus.FAILED
    assert balance.spoiled_by_reason == {"print_failed": 10}


def test_a_sheet_handed_over_is_recorded_printed_and_every_code_verifies(
    any_engine: Engine, folder: Path
) -> None:
    lab = labelled_office(any_engine)
    out = folder / "labels.pdf"
    result = run_labels(lab, out, count=3)
    assert result.path == out and sorted(p.name for p in folder.iterdir()) == ["labels.pdf"]
    assert stock(lab).printed == 3
    with read_unit(lab.office.factory) as s:
        for page in pdfcheck.pages(out.read_bytes()):
            for text in pdfcheck.qr_texts(page):
                checked = verify_text(s, text, record=False)
                assert checked.outcome.value == "genuine_valid" and checked.flags == ()


def test_a_job_left_pending_verifies_with_a_flag_and_the_next_job_resolves_it(
    any_engine: Engine, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lab = labelled_office(any_engine)
    with monkeypatch.context() as m:
        m.setattr(jobs, "finish_print", locked)
        m.setattr(jobs, "fail_print", locked)
        with pytest.raises(OperationalError):
            run_labels(lab, folder / "first.pdf")
    assert list(folder.iterdir()) == []
    assert stock(lab).pending == 10

    # A code of the pending job (as a copy of the sheet kept elsewhere would carry) is flagged.
    with read_unit(lab.office.factory) as s:
        signer = keys.unlock_signing_key(s, PASSPHRASE)
        job = stock(lab).jobs[0]
        run = LabelAllocation(0, lab.lot.id, 0, job.lot_no, 4, 4)
        (text,) = issuing.label_codes(s, signer, run)
        checked = verify_text(s, text, record=False)
    assert checked.outcome.value == "genuine_valid" and Flag.UNCONFIRMED_PRINT in checked.flags

    # Its run is over (this workstation, a process that has ended): the next job fails it.
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = f"{socket.gethostname()[:40]}:{ended.stdout.strip()}:1"
    with unit_of_work(lab.office.factory) as s:
        s.execute(update(LabelPrint).values(run=dead))
    run_labels(lab, folder / "second.pdf", count=5)
    balance = stock(lab)
    assert [j.status for j in balance.jobs] == [LabelJobStatus.FAILED, LabelJobStatus.PRINTED]
    assert (balance.allocated, balance.printed, balance.spoiled, balance.pending) == (15, 5, 10, 0)
    with read_unit(lab.office.factory) as s:
        again = verify_text(s, text, record=False)
    assert Flag.UNCONFIRMED_PRINT not in again.flags and Flag.SPOILED_LABEL in again.flags


def test_a_job_of_another_workstation_is_resolved_once_older_than_any_run(
    any_engine: Engine,
) -> None:
    lab = labelled_office(any_engine)
    with unit_of_work(lab.office.factory) as s:
        job = jobs.start_print(s, lab.lot.id, 4, None, 1, "clerk", "other-pc:4242:1")
    with unit_of_work(lab.office.factory) as s:
        assert jobs.resolve_interrupted(s, "clerk") == []  # young: it may still report
    later = clock.now() + jobs.STALE_AFTER + timedelta(minutes=1)
    with unit_of_work(lab.office.factory) as s:
        assert jobs.resolve_interrupted(s, "clerk", now=later) == [job.id]
    assert stock(lab).spoiled == 4


def test_cancel_during_drawing_records_the_job_failed_and_leaves_no_file(
    any_engine: Engine, folder: Path
) -> None:
    lab = labelled_office(any_engine)
    out = folder / "labels.pdf"
    steps = printing.print_steps(
        lab.office.factory, lab.certificate, lab.lot.lot_number, 12, PASSPHRASE, out
    )
    seen = [next(steps), next(steps), next(steps)]
    assert seen == [(0, 4), (1, 4), (2, 4)]
    steps.close()
    assert list(folder.iterdir()) == []
    balance = stock(lab)
    assert (balance.allocated, balance.spoiled, balance.pending) == (12, 12, 0)
    assert balance.jobs[0].failure == "GeneratorExit"


def test_a_pending_job_of_an_earlier_version_is_answered_by_a_person(
    any_engine: Engine, folder: Path
) -> None:
    lab = labelled_office(any_engine)
    factory = lab.office.factory
    with unit_of_work(factory) as s:
        first = jobs.start_print(s, lab.lot.id, 6, None, 1, "clerk")  # no run named
        second = jobs.start_print(s, lab.lot.id, 2, None, 1, "clerk")
    later = clock.now() + timedelta(days=3)
    with unit_of_work(factory) as s:
        assert jobs.resolve_interrupted(s, "clerk", now=later) == []  # a person must say
        assert [j.id for j in jobs.unconfirmed(s, lab.lot.id)] == [first.id, second.id]
        jobs.confirm_print(s, lab.office.clerk, first.id, printed=False)
        jobs.confirm_print(s, lab.office.clerk, second.id, printed=True)
    balance = stock(lab)
    assert (balance.printed, balance.spoiled, balance.pending) == (2, 6, 0)
    again = printing.reprint_labels(
        factory, lab.certificate, lab.lot.lot_number, ((1, 6),), PASSPHRASE, folder / "r.pdf"
    )
    assert again.job.labels == 6 and stock(lab).printed == 8
    with pytest.raises(Exception) as caught, unit_of_work(factory) as s:
        jobs.confirm_print(s, lab.office.inspector, again.job.id, printed=True)
    assert getattr(caught.value, "code", "") == "auth.role_required"
