"""Certificate numbers stay gap-free and unique when several workstations grant at once."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from certification import certificates
from certification.core import audit
from models.db import read_unit
from tests.factories import add_producer, make_office, open_session, submitted_inspection

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 4
EACH = 5


@pytest.mark.slow
def test_parallel_grants_get_consecutive_unique_numbers(any_engine: Engine) -> None:
    o = make_office(any_engine)
    inspections = []
    for n in range(WORKERS * EACH):
        _producer, product = add_producer(o, f"Өндүрүүчү {n}")
        inspections.append(submitted_inspection(o, product))
    session_id = open_session(o)
    url = any_engine.url.render_as_string(hide_password=False)
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.certification.grant_worker",
                url,
                str(session_id),
                *map(str, inspections[w::WORKERS]),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(WORKERS)
    ]
    printed = []
    for p in processes:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        printed += out.split()
    year = int(printed[0].split("-")[2])
    expected = [f"KG-N-{year}-{n:05d}" for n in range(1, WORKERS * EACH + 1)]
    assert sorted(printed) == expected
    with read_unit(o.factory) as s:
        assert sorted(c.number for c in certificates.list_certificates(s)) == expected
        assert audit.verify(s).ok
