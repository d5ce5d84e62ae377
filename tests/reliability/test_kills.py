"""A workstation killed at a random moment (SIGKILL: no handler runs, no transaction ends) while
granting certificates or printing labels leaves the register whole: the audit chain verifies,
certificate numbers have no gap, no serial is in two jobs, and the job it left pending is resolved
at the next start, and the next action succeeds. On SQLite and on a real PostgreSQL server (where
the server, not the file, must let go of the dead client's transaction and row locks). Bounded: a
fixed number of kills per engine at moments drawn from a seeded generator."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import Engine, select

from certification import certificates, sessions
from certification.core import audit
from certification.labels import jobs, ledger, printing
from models import Decision, LabelPrint, LabelPrintRange
from models.db import read_unit, session_factory, unit_of_work
from models.enums import DecisionOutcome, LabelJobKind, LabelJobStatus
from tests.certification.labelled import PASSPHRASE, labelled_office
from tests.factories import add_producer, make_office, open_session, submitted_inspection

ROOT = Path(__file__).resolve().parents[2]
KILLS = {"sqlite": 10, "postgresql": 5}  # PostgreSQL's run stays within about 30 s


def killed_at_random(command: list[str], rng: random.Random, longest: float = 1.5) -> list[str]:
    """Start `command`, let it work for a random moment (at most `longest` seconds) after it first
    speaks, then SIGKILL it; the lines it printed."""
    process = subprocess.Popen(
        [sys.executable, *command], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    time.sleep(rng.uniform(0.0, longest))
    process.kill()
    rest, _ = process.communicate(timeout=60)
    return [first, *rest.splitlines()]


def url_of(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_grants_killed_at_random_leave_numbers_without_a_gap(any_engine: Engine) -> None:
    engine = any_engine
    o = make_office(engine)
    # A grant takes some 15 ms: enough waiting that every kill finds work.
    kills = KILLS[engine.dialect.name]
    pool = range(10 * kills)
    inspections = [submitted_inspection(o, add_producer(o, f"Өндүрүүчү {n}")[1]) for n in pool]
    session_id = open_session(o)
    rng = random.Random(2026)
    granted: list[str] = []
    for _ in range(kills):
        with read_unit(o.factory) as s:
            decided = set(s.scalars(select(Decision.inspection_id)))
        waiting = [str(i) for i in inspections if i not in decided]
        assert waiting  # each kill interrupts work, none a worker that had finished
        command = ["-m", "tests.certification.grant_worker", url_of(engine), str(session_id)]
        granted += [n for n in killed_at_random([*command, *waiting], rng, 0.15) if n.strip()]
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
        with read_unit(o.factory) as s:
            decided = set(s.scalars(select(Decision.inspection_id)))
        left = [i for i in inspections if i not in decided]
        if left:  # the next grant, here, takes the next number: nothing of the dead one holds it
            with unit_of_work(o.factory) as s:
                grant = sessions.decide(s, o.chair, session_id, left[0], DecisionOutcome.GRANT)
            number = grant.certificate_number or ""
            assert number.startswith("KG-N-") and number.endswith(f"-{len(numbers) + 1:05d}")


def test_label_jobs_killed_at_random_leave_every_serial_accounted_for(
    any_engine: Engine, tmp_path: Path
) -> None:
    engine = any_engine
    lab = labelled_office(engine, quantity=5000)  # never used up: each kill stops a job
    factory = session_factory(engine)
    folder = tmp_path / "sheets"
    folder.mkdir()
    rng = random.Random(11)
    worker = ["-m", "tests.reliability.label_worker", url_of(engine), lab.certificate]
    for kill in range(KILLS[engine.dialect.name]):
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
        # The next job, here, takes the serials after every one the dead process held.
        after = printing.print_labels(
            factory, lab.certificate, lab.lot.lot_number, 1, PASSPHRASE, tmp_path / f"{kill}.pdf"
        )
        assert after.job.serials == ((count.allocated + 1, count.allocated + 1),)
