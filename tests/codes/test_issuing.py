"""Label serials: never twice, even with several printers at once; signed codes for them."""

from __future__ import annotations

import multiprocessing
from datetime import date

import pytest
from sqlalchemy import Engine, select

from certification import settings
from certification.codes import issuing, keys
from certification.codes.verification import assess
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.labels.serials import allocate_label_serials
from models import Certificate, LabelBatch
from models.db import make_engine, session_factory, unit_of_work
from models.enums import CertificateStatus
from tests.codes import factories


def _printer(url: str, lot_id: int, sizes: list[int], name: str) -> list[tuple[int, int]]:
    """One print station: allocates batches one after another in its own process."""
    engine = make_engine(url)
    factory = session_factory(engine)
    taken = []
    for size in sizes:
        with unit_of_work(factory) as s:
            allocation = allocate_label_serials(s, lot_id, size, name)
            taken.append((allocation.first_serial, allocation.last_serial))
    engine.dispose()
    return taken


@pytest.mark.slow
def test_concurrent_printers_never_get_the_same_serial(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        lot_id = factories.certificate(s).lot_id
    url = any_engine.url.render_as_string(hide_password=False)
    plans = [[3, 1, 7, 2, 5, 1, 4, 2] for _ in range(4)]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.starmap(
            _printer, [(url, lot_id, plan, f"printer{i}") for i, plan in enumerate(plans)]
        )
    ranges = sorted(r for result in results for r in result)
    total = sum(map(sum, plans))
    serials = [n for first, last in ranges for n in range(first, last + 1)]
    assert serials == list(range(1, total + 1))  # no serial twice, none skipped
    with factory() as s:
        batches = s.scalars(select(LabelBatch).order_by(LabelBatch.first_serial)).all()
        assert [(b.first_serial, b.last_serial) for b in batches] == ranges


def test_lots_are_numbered_within_their_certificate(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        reg = factories.certificate(s)
        second = factories.add_lot(s, s.get_one(Certificate, reg.certificate_id), "2026-018")
    with unit_of_work(factory) as s:
        b = allocate_label_serials(s, second.id, 10, "clerk")
        a = allocate_label_serials(s, reg.lot_id, 5, "clerk")
        a2 = allocate_label_serials(s, reg.lot_id, 5, "clerk")
    assert (b.lot_no, b.first_serial, b.last_serial) == (1, 1, 10)
    assert (a.lot_no, a.first_serial, a2.first_serial, a2.last_serial) == (2, 1, 6, 10)


def test_no_labels_for_a_suspended_certificate_or_bad_count(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        reg = factories.certificate(s, status=CertificateStatus.SUSPENDED)
    with pytest.raises(RuleViolation) as error, unit_of_work(factory) as s:
        allocate_label_serials(s, reg.lot_id, 5, "clerk")
    assert error.value.fields == {"status": "suspended"}
    with pytest.raises(InvalidInput), unit_of_work(factory) as s:
        allocate_label_serials(s, reg.lot_id, 0, "clerk")
    with pytest.raises(NotFound), unit_of_work(factory) as s:
        allocate_label_serials(s, 999, 1, "clerk")
    with factory() as s:
        assert s.scalars(select(LabelBatch)).all() == []


def test_printed_codes_verify_as_genuine(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        reg = factories.certificate(s)
        keys.generate_signing_key(
            s, "demo", "admin", valid_from=date(2026, 1, 1), cost=factories.CHEAP
        )
        settings.put(s, "admin", "verify_url_prefix", "https://belgi.kg/v/")
    with unit_of_work(factory) as s:
        signer = keys.unlock_signing_key(s, "demo", on=date(2026, 5, 1))
        allocation = allocate_label_serials(s, reg.lot_id, 3, "clerk")
        texts = issuing.label_codes(s, signer, allocation, on=date(2026, 5, 1))
        cert_text = issuing.certificate_code(s, signer, reg.certificate_id, on=date(2026, 3, 14))
        table = keys.trust_table(s)
    assert all(t.startswith("HTTPS://BELGI.KG/V/") for t in [*texts, cert_text])
    results = [assess(t, table, date(2026, 5, 2)) for t in [*texts, cert_text]]
    assert [r.record.serial for r in results if r.record] == [1, 2, 3, None]
    assert {r.reason for r in results} == {"genuine_unknown_status.no_status"}  # no register here
    for bad in ("https://belgi.kg/v?c=", "https://belgi.kg/v/2026", "https://" + "x" * 30 + "/"):
        with pytest.raises(InvalidInput), unit_of_work(factory) as s:
            settings.put(s, "admin", "verify_url_prefix", bad)
