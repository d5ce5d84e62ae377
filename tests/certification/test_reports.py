"""The committee's figures agree with the register counted row by row, on SQLite and PostgreSQL,
for the whole history, one year and one quiet day; a reversed period is refused."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import Engine, select

from certification import reports
from certification.certificates import effective_status
from certification.core import clock
from certification.core.errors import InvalidInput
from certification.reports import Dashboard, Period
from models import (
    Certificate,
    CertificateProduct,
    CodeCheck,
    Inspection,
    Producer,
    Product,
    ProductCategory,
)
from models.db import read_unit
from models.enums import CertificateStatus, InspectionStatus
from tests.certification.reported import CERTIFICATES, CHECKS, reported_office
from tests.factories import TODAY

PERIODS = [
    Period(reports.EARLIEST, TODAY),
    Period(date(2021, 1, 1), date(2021, 12, 31)),
    Period(date(2019, 3, 8), date(2019, 3, 8)),
]


def expected(engine: Engine, period: Period, today: date) -> dict[str, object]:
    """The same figures computed in Python from every row."""
    from models.db import session_factory

    with read_unit(session_factory(engine)) as s:
        certs = s.scalars(select(Certificate)).all()
        producers = {p.id: p for p in s.scalars(select(Producer))}
        category_of = dict(
            s.execute(select(Product.id, ProductCategory.code).join(Product.category)).all()
        )
        scope = s.execute(
            select(CertificateProduct.certificate_id, CertificateProduct.product_id)
        ).all()
        inspections = s.scalars(select(Inspection)).all()
        checks = s.scalars(select(CodeCheck)).all()
    issued = [c for c in certs if period.start <= c.issued_on <= period.end]
    issued_ids = {c.id for c in issued}
    categories: dict[str, set[int]] = {}
    for certificate_id, product_id in scope:
        if certificate_id in issued_ids:
            categories.setdefault(category_of[product_id], set()).add(certificate_id)
    in_force = [c for c in certs if c.status == CertificateStatus.ACTIVE and c.valid_until >= today]
    start = datetime.combine(period.start, time(), clock.BISHKEK)
    end = datetime.combine(period.end + timedelta(days=1), time(), clock.BISHKEK)
    logged = [c for c in checks if start <= c.at < end]
    done = [
        i
        for i in inspections
        if i.status != InspectionStatus.DRAFT and period.start <= i.inspected_on <= period.end
    ]

    def people(ids: set[int]) -> tuple[int, int, int, int, Counter[str]]:
        chosen = [producers[i] for i in ids]
        kinds = Counter(p.kind.value for p in chosen)
        return (
            len(chosen),
            sum(p.members for p in chosen),
            sum(p.women for p in chosen),
            sum(p.youth for p in chosen),
            kinds,
        )

    places: dict[str, list[CodeCheck]] = {}
    for c in logged:
        places.setdefault(c.place_key, []).append(c)
    return {
        "issued": len(issued),
        "status": Counter(effective_status(c.status, c.valid_until, today).value for c in issued),
        "region": Counter(producers[c.producer_id].region_code for c in issued),
        "category": {k: len(v) for k, v in categories.items()},
        "in_force": len(in_force),
        "expiring": [
            sum(1 for c in in_force if c.valid_until <= today + timedelta(days=d))
            for d in reports.HORIZONS
        ],
        "overdue": sum(
            1 for c in in_force if c.next_surveillance_on and c.next_surveillance_on < today
        ),
        "due": sum(
            1
            for c in in_force
            if c.next_surveillance_on
            and today <= c.next_surveillance_on <= today + timedelta(days=30)
        ),
        "passed": sum(1 for i in done if i.passed),
        "failed": sum(1 for i in done if i.passed is False),
        "checks": len(logged),
        "outcomes": Counter(c.outcome for c in logged),
        "cloned": sum(1 for c in logged if "possibly_cloned" in c.flags.split()),
        "forged": sum(1 for c in logged if c.outcome == "forged"),
        "places": {k: len(v) for k, v in places.items()},
        "place_forged": {k: sum(c.outcome == "forged" for c in v) for k, v in places.items()},
        "certified": people({c.producer_id for c in issued}),
        "in_force_people": people({c.producer_id for c in in_force}),
    }


def assert_agrees(d: Dashboard, want: dict[str, object]) -> None:
    c = d.certificates
    assert c.issued == want["issued"]
    assert {s.key: s.count for s in c.by_status} == dict(want["status"])  # type: ignore[call-overload]
    assert {r.key: r.count for r in c.by_region} == dict(want["region"])  # type: ignore[call-overload]
    assert {r.key: r.count for r in c.by_category} == want["category"]
    assert [r.count for r in c.by_region] == sorted((r.count for r in c.by_region), reverse=True)
    o = d.outlook
    assert o.in_force == want["in_force"]
    assert [n for _days, n in o.expiring] == want["expiring"]
    assert (o.surveillance_overdue, o.surveillance_due) == (want["overdue"], want["due"])
    i = d.inspections
    assert (i.passed, i.failed) == (want["passed"], want["failed"])
    assert sum(k.passed + k.failed for k in i.by_kind) == i.passed + i.failed
    k = d.checks
    assert k.total == want["checks"]
    assert {s.key: s.count for s in k.by_outcome} == dict(want["outcomes"])  # type: ignore[call-overload]
    assert (k.cloned, k.forged) == (want["cloned"], want["forged"])
    places: dict[str, int] = want["places"]  # type: ignore[assignment]
    assert k.place_count == len(places)
    shown = sum(p.checks for p in k.places) + (k.other_places.checks if k.other_places else 0)
    assert shown == k.total
    busiest = sorted(places.values(), reverse=True)[: reports.TOP_PLACES]
    assert [p.checks for p in k.places] == busiest
    for p in k.places:
        key = p.place.casefold()
        assert places[key] == p.checks
        assert want["place_forged"][key] == p.forged  # type: ignore[index]
    for scope, got in (("certified", d.certified), ("in_force_people", d.in_force)):
        n, members, women, youth, kinds = want[scope]  # type: ignore[misc]
        assert (got.producers, got.members, got.women, got.youth) == (n, members, women, youth)
        assert {p.kind: p.producers for p in got.by_kind if p.producers} == dict(kinds)


@pytest.mark.parametrize("period", PERIODS, ids=["all", "2021", "one day"])
def test_figures_agree_with_the_register(any_engine: Engine, period: Period) -> None:
    o = reported_office(any_engine)
    with read_unit(o.factory) as s:
        d = reports.dashboard(s, period, TODAY)
    assert_agrees(d, expected(any_engine, period, TODAY))
    if period.start == reports.EARLIEST:
        # the whole history holds every row the office made, under more than one key each
        assert d.certificates.issued == CERTIFICATES + 1
        assert d.checks.total == CHECKS
        assert len(d.certificates.by_status) >= 4 and len(d.certificates.by_category) == 3
        assert d.checks.cloned and d.checks.forged and d.checks.other_places
        assert d.inspections.failed and d.certified.by_kind[0].producers


def test_names_come_in_three_languages(sqlite_engine: Engine) -> None:
    o = reported_office(sqlite_engine)
    with read_unit(o.factory) as s:
        d = reports.dashboard(s, Period(reports.EARLIEST, TODAY), TODAY)
    felt = next(c for c in d.certificates.by_category if c.key == "felt")
    assert (felt.name("ky"), felt.name("ru"), felt.name("en")) == (
        "Кийиз буюмдар",
        "Войлочные изделия",
        "Felt",
    )
    naryn = next(r for r in d.certificates.by_region if r.key == "KG-N")
    assert naryn.name("ru").startswith("Нарын")


def test_an_empty_period_counts_nothing(sqlite_engine: Engine) -> None:
    o = reported_office(sqlite_engine)
    with read_unit(o.factory) as s:
        d = reports.dashboard(s, Period(date(1999, 1, 1), date(1999, 12, 31)), TODAY)
    assert d.certificates.issued == 0 and d.certificates.by_status == ()
    assert d.checks.total == 0 and d.checks.places == () and d.checks.other_places is None
    assert d.certified.producers == 0 and d.inspections.by_kind == ()
    assert d.outlook.in_force > 0  # today's outlook does not depend on the period


def test_a_reversed_period_is_refused(sqlite_engine: Engine) -> None:
    o = reported_office(sqlite_engine)
    with read_unit(o.factory) as s, pytest.raises(InvalidInput) as refused:
        reports.dashboard(s, Period(date(2026, 5, 1), date(2026, 4, 1)), TODAY)
    assert refused.value.code == "reports.period_reversed"
