from collections import Counter
from datetime import date

import pytest
from sqlalchemy import Engine

from certification import audit, certificates, demo, lots, producers, sessions
from certification.errors import RuleViolation
from models.db import session_factory, unit_of_work
from models.enums import CertificateEventKind, CertificateStatus, ProducerKind


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    from models.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    upgrade(engine)
    with unit_of_work(session_factory(engine)) as s:
        demo.build(s)
    return engine


def test_demo_has_every_lifecycle_state(demo_db: Engine) -> None:
    with unit_of_work(session_factory(demo_db), write=False) as s:
        register = certificates.list_certificates(s)
        states = Counter(c.status for c in register)
        assert set(states) == set(CertificateStatus)
        restored = [
            c for c in register if CertificateEventKind.RESTORED in [e.kind for e in c.events]
        ]
        assert restored and restored[0].status == CertificateStatus.ACTIVE
        assert certificates.expiring(s), "a certificate should be about to expire"
        for c in register:
            if c.status == CertificateStatus.ACTIVE:
                assert len(lots.lots_of(s, c.number)) >= 2


def test_demo_register_is_realistic(demo_db: Engine) -> None:
    with unit_of_work(session_factory(demo_db), write=False) as s:
        everyone = producers.search_producers(s)
        assert len(everyone) >= 30
        assert len({p.region_code for p in everyone}) >= 5
        womens_groups = [
            p for p in everyone if p.kind == ProducerKind.GROUP and p.women == p.members
        ]
        assert len(womens_groups) >= 5
        codes = {c.code for c in producers.categories(s)}
        assert {"honey", "felt", "jam", "dried_apricot", "soap", "sea_buckthorn"} <= codes
        outcomes = Counter(d.outcome.value for x in sessions.list_sessions(s) for d in x.decisions)
        assert outcomes["grant"] and outcomes["refuse"] and outcomes["defer"]
        assert audit.verify(s).ok


def test_demo_refuses_a_database_in_use(demo_db: Engine) -> None:
    with pytest.raises(RuleViolation), unit_of_work(session_factory(demo_db)) as s:
        demo.build(s, date.today())
