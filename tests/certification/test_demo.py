from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from certification import certificates, demo, lots, producers, sessions
from certification.core import audit, clock
from certification.core.errors import RuleViolation
from certification.labels import ledger
from models import CodeCheck, LabelLot
from models.db import read_unit, session_factory, unit_of_work
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
    with read_unit(session_factory(demo_db)) as s:
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
    with read_unit(session_factory(demo_db)) as s:
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
    with read_unit(session_factory(demo_db)) as s:
        before = len(producers.search_producers(s)), len(certificates.list_certificates(s))
    with pytest.raises(RuleViolation) as refused, unit_of_work(session_factory(demo_db)) as s:
        demo.build(s, clock.today())
    assert refused.value.code == "demo.database_not_empty"
    with read_unit(session_factory(demo_db)) as s:
        after = len(producers.search_producers(s)), len(certificates.list_certificates(s))
        assert after == before
        assert audit.verify(s).ok


def test_demo_labels_are_printed_through_print_jobs(any_engine: Engine) -> None:
    with unit_of_work(session_factory(any_engine)) as s:
        demo.build(s)
    with read_unit(session_factory(any_engine)) as s:
        lot_ids = s.scalars(select(LabelLot.lot_id).order_by(LabelLot.lot_id)).all()
        stock = [ledger.reconcile(s, lot_id) for lot_id in lot_ids]
        assert len(stock) == 5
        for lot in stock:
            assert lot.balanced and lot.allocated >= 20
            assert (lot.unrecorded, lot.pending) == (0, 0)
        jammed, spoiled = stock[0], stock[1]
        assert (jammed.printed, jammed.reprinted, jammed.spoiled) == (jammed.allocated, 1, 0)
        assert [j.kind for j in jammed.jobs] == ["print", "reprint"]
        assert spoiled.spoiled_by_reason == {"lost": 1, "misprint": 2}
        printing_day = clock.today() - timedelta(days=30)
        days = {j.created_at.astimezone(clock.BISHKEK).date() for lot in stock for j in lot.jobs}
        assert days == {printing_day}
        # The check history: one label photocopied, one forged, the lost one on sale.
        flags = s.scalars(select(CodeCheck.flags).order_by(CodeCheck.id)).all()
        assert sum("possibly_cloned" in f for f in flags) == 1
        assert sum("spoiled_label" in f for f in flags) == 1
        assert audit.verify(s).ok
