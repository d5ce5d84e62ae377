"""A workstation killed at a random moment (SIGKILL: no handler runs, no transaction ends) while
granting certificates or printing labels leaves the register whole: the audit chain verifies,
certificate numbers have no gap, no serial is in two jobs, and the job it left pending is resolved
at the next start. Bounded: a fixed number of kills at moments drawn from a seeded generator."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import Engine, select

from certification import certificates
from certification.core import audit
from certification.labels import jobs, ledger
from models import Decision, LabelPrint, LabelPrintRange
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from models.enums import DecisionOutcome, LabelJobKind, LabelJobStatus
from tests.certification.labelled import PASSPHRASE, labelled_office
from tests.factories import add_producer, make_office, open_session, submitted_inspection

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10


def killed_at_random(command: list[str], rng: random.Random) -> list[str]:
    """Start `command`, let it work for a random moment after it first speaks, then SIGKILL it;
    the lines it printed."""
    process = subprocess.Popen(
        [sys.executable, *command], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    time.sleep(rng.uniform(0.0, 1.5))
    process.kill()
    rest, _ = process.communicate(timeout=60)
    return [first, *rest.splitlines()]


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_grants_killed_at_random_leave_numbers_without_a_gap(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'grants.sqlite3'}")
    upgrade(engine)
    o = make_office(engine)
    inspections = [submitted_inspection(o, add_producer(o, f"Өндүрүүчү {n}")[1]) for n in range(30)]
    session_id = open_session(o)
    rng = random.Random(2026)
    granted: list[str] = []
    for _ in range(KILLS):
        with read_unit(o.factory) as s:
            decided = set(s.scalars(select(Decision.inspection_id)))
        waiting = [str(i) for i in inspections if i not in decided]
        if not waiting:
            break
        command = ["-m", "tests.certification.grant_worker", url_of(engine), str(session_id)]
        granted += [n for n in killed_at_random([*command, *waiting], rng) if n.strip()]
        with read_unit(o.factory) as s:
            assert audit.verify(s).ok
            numbers = sorted(c.number for c in certificates.list_certificates(s))
            grants = s.scalars(
                select(Decision).where(Decision.outcome == DecisionOutcome.GRANT)
            ).all()
        year = numbers[0].split("-")[2] if numbers else ""
        assert numbers == [f"KG-N-{year}-{n:05d}" for n in range(1, len(numbers) + 1)]
        assert len(grants) == len(numbers)  # no grant without its certificate, nor the reverse
        assert set(n.strip() for n in granted) <= set(numbers)  # what it said it did, it did
    engine.dispose()


def test_label_jobs_killed_at_random_leave_every_serial_accounted_for(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'labels.sqlite3'}")
    upgrade(engine)
    lab = labelled_office(engine, quantity=500)
    factory = session_factory(engine)
    folder = tmp_path / "sheets"
    folder.mkdir()
    rng = random.Random(11)
    worker = ["-m", "tests.reliability.label_worker", url_of(engine), lab.certificate]
    for _ in range(KILLS):
        killed_at_random([*worker, lab.lot.lot_number, PASSPHRASE, str(folder)], rng)
        with unit_of_work(factory) as s:  # what the next start does first
            jobs.resolve_interrupted(s, "clerk")
        with read_unit(factory) as s:
            assert audit.verify(s).ok
            count = ledger.reconcile(s, lab.lot.id)
            assert count.pending == 0 and count.unrecorded == 0
            assert count.allocated == count.printed + count.spoiled
            runs = s.execute(
                select(LabelPrintRange.first_serial, LabelPrintRange.last_serial)
                .join(LabelPrint, LabelPrint.id == LabelPrintRange.print_id)
                .where(LabelPrint.kind == LabelJobKind.PRINT)
            ).all()
            taken = Counter(n for first, last in runs for n in range(first, last + 1))
            assert not [n for n, times in taken.items() if times > 1]  # no serial in two jobs
            assert sorted(taken) == list(range(1, count.allocated + 1))
            printed = s.scalars(
                select(LabelPrint).where(LabelPrint.status == LabelJobStatus.PRINTED)
            ).all()
        # A sheet under its name always means labels recorded as printed.
        assert len(list(folder.glob("labels-*.pdf"))) <= len(printed)
    engine.dispose()
