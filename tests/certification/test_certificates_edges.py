"""The certificate register's refusals and views: a numbering format that would repeat a number,
a grant whose scope names another producer's product, the filters the register pages use, and
certificates due for a surveillance visit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from certification import certificates, sessions, settings
from certification.core import audit, clock
from certification.core.errors import InvalidInput, RuleViolation
from models.db import read_unit, unit_of_work
from models.enums import CertificateEventKind, CertificateStatus, DecisionOutcome
from tests.factories import (
    add_producer,
    certified,
    grant,
    make_office,
    open_session,
    submitted_inspection,
)

TODAY = clock.today()


def test_a_numbering_format_without_the_year_cannot_repeat_a_number(any_engine: Engine) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "numbering_format", "{region}-{seq:03d}")
    _p, first = add_producer(o, "«Биринчи»")
    _p, second = add_producer(o, "«Экинчи»")
    this_year = grant(o, open_session(o, when=TODAY), submitted_inspection(o, first, when=TODAY))
    assert this_year == "KG-N-001"
    last_year = TODAY.replace(year=TODAY.year - 1)
    inspection = submitted_inspection(o, second, when=last_year - timedelta(days=5))
    held = open_session(o, when=last_year)
    with pytest.raises(RuleViolation) as refused, unit_of_work(o.factory) as s:
        sessions.decide(s, o.chair, held, inspection, DecisionOutcome.GRANT)
    assert refused.value.code == "certificate.number_taken"
    assert refused.value.fields == {"number": "KG-N-001"}
    with read_unit(o.factory) as s:
        assert [c.number for c in certificates.list_certificates(s)] == ["KG-N-001"]
        assert sessions.get_session(s, held).decisions == ()
        assert audit.verify(s).ok


def test_a_grant_covers_only_the_producers_own_products(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _p, product = add_producer(o, "«Биринчи»")
    _p, stranger = add_producer(o, "«Башка»")
    inspection = submitted_inspection(o, product)
    held = open_session(o)
    with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
        sessions.decide(
            s,
            o.chair,
            held,
            inspection,
            DecisionOutcome.GRANT,
            scope_product_ids=[product, stranger],
        )
    assert (refused.value.code, refused.value.fields["field"]) == (
        "certificate.bad_scope",
        "products",
    )
    with read_unit(o.factory) as s:
        assert certificates.list_certificates(s) == []


def test_state_changes_need_a_known_action_and_a_reason(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, product = certified(o)
    for call, code in [
        (
            lambda s: certificates.change_status(
                s, o.chair, number, CertificateEventKind.ISSUED, "x"
            ),
            "certificate.bad_transition",
        ),
        (
            lambda s: certificates.reissue(s, o.chair, number, [product], "  "),
            "certificate.reason_required",
        ),
    ]:
        with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
            call(s)
        assert refused.value.code == code
    with read_unit(o.factory) as s:
        shown = certificates.get_certificate(s, number)
        assert shown.status == CertificateStatus.ACTIVE
        assert [e.kind for e in shown.events] == [CertificateEventKind.ISSUED]


def test_the_register_filters_and_counts_and_knows_whose_visit_is_due(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    honey, _ = certified(o, "«Ак-Суу бал» өндүрүш тобу")
    felt, _ = certified(o, "«Кочкор кийизи»")
    with unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, felt, CertificateEventKind.SUSPENDED, "Текшерүү")
        producer_of_honey = certificates.get_certificate(s, honey).producer_id
    with read_unit(o.factory) as s:

        def numbers(**kw: object) -> list[str]:
            return [c.number for c in certificates.list_certificates(s, **kw)]  # type: ignore[arg-type]

        assert numbers(status=CertificateStatus.SUSPENDED) == [felt]
        assert numbers(status=CertificateStatus.ACTIVE) == [honey]
        assert numbers(producer_id=producer_of_honey) == [honey]
        assert sorted(numbers(region_code="KG-N")) == sorted([honey, felt])
        assert numbers(region_code="KG-O") == []
        assert len(numbers(limit=1)) == 1
        assert certificates.count_certificates(s, query="кийиз") == 1
        assert certificates.count_certificates(s, status=CertificateStatus.ACTIVE) == 1
        visit = certificates.get_certificate(s, honey).next_surveillance_on
        assert visit is not None
        assert certificates.surveillance_due(s, today=visit - timedelta(days=31)) == []
        due = certificates.surveillance_due(s, today=visit - timedelta(days=30))
        assert [c.number for c in due] == [honey]  # the suspended one is not visited
