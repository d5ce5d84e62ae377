"""The register of certificates as the certificates page reads it, on SQLite and PostgreSQL:
windows of rows searched, filtered and sorted in the database, a certificate's whole history, and
who may act on it (with the reason when not)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from certification import certificate_register as cr
from certification import producers
from certification.certificate_register import RegisterFilter
from certification.core.errors import Forbidden, InvalidInput, RuleViolation
from certification.labels import jobs
from models import Inspection
from models.db import read_unit, unit_of_work
from models.enums import CertificateStatus, InspectionKind
from tests.certification.labelled import labelled_office
from tests.factories import (
    TODAY,
    Office,
    add_producer,
    grant,
    make_office,
    open_session,
    submitted_inspection,
)

# Producers named so that the Kyrgyz alphabet and code-point order disagree (Ң Ө Ү).
NAMES = [
    ("Өзгөн күрүчү", "KG-O", "Күрүч"),
    ("Ордо бал", "KG-N", "Тоо балы"),
    ("Ңурдин бал", "KG-N", "Эспарцет балы"),
    ("Нарын шырдак", "KG-N", "Шырдак"),
    ("Ysyk-Ata Honey", "KG-Y", "Honey"),
    ("Үчкун бал", "KG-T", "Ак бал"),
    ("Урмат бал", "KG-T", "Кара бал"),
]


def register(o: Office) -> dict[str, str]:
    """Producer name → the number of its certificate, one session for all."""
    inspections = {}
    for name, region, product in NAMES:
        _producer, product_id = add_producer(o, name, region, product)
        inspections[name] = submitted_inspection(o, product_id)
    session_id = open_session(o)
    return {name: grant(o, session_id, i) for name, i in inspections.items()}


EVERY = RegisterFilter()


def rows(o: Office, flt: RegisterFilter = EVERY, **kw: object) -> list[cr.RegisterRow]:
    with read_unit(o.factory) as s:
        return cr.register_rows(s, flt, today=TODAY, **kw)  # type: ignore[arg-type]


def count(o: Office, flt: RegisterFilter) -> int:
    with read_unit(o.factory) as s:
        return cr.register_count(s, flt, TODAY)


def test_search_finds_by_number_prefix_or_a_name_fragment_in_any_case(any_engine: Engine) -> None:
    o = make_office(any_engine)
    numbers = register(o)
    first = numbers["Өзгөн күрүчү"]
    found = rows(o, RegisterFilter(query=first.lower()))
    assert [r.number for r in found] == [first]
    assert {r.number for r in rows(o, RegisterFilter(query=first[:5].lower()))} == set(
        numbers.values()
    )
    assert [r.producer for r in rows(o, RegisterFilter(query="ШЫРДАК"))] == ["Нарын шырдак"]
    assert [r.products for r in rows(o, RegisterFilter(query="эспарцет"))] == [("Эспарцет балы",)]
    assert [r.producer for r in rows(o, RegisterFilter(query="honey"))] == ["Ysyk-Ata Honey"]
    assert rows(o, RegisterFilter(query="жок нерсе")) == []
    assert count(o, RegisterFilter(query="БАЛ")) == 4


def test_filters_by_status_region_category_expiry_and_surveillance(any_engine: Engine) -> None:
    o = make_office(any_engine)
    numbers = register(o)
    with unit_of_work(o.factory) as s:
        cr.change(s, o.chair, numbers["Ордо бал"], "suspend", "Мониторинг")
        producers.add_category(s, o.admin, "felt", "Кийиз", "Войлок", "Felt")
    suspended = RegisterFilter(status=CertificateStatus.SUSPENDED)
    assert [r.producer for r in rows(o, suspended)] == ["Ордо бал"]
    assert [r.status for r in rows(o, suspended)] == [CertificateStatus.SUSPENDED]
    assert count(o, RegisterFilter(status=CertificateStatus.ACTIVE)) == len(NAMES) - 1
    assert {r.producer for r in rows(o, RegisterFilter(region_code="KG-T"))} == {
        "Үчкун бал",
        "Урмат бал",
    }
    assert count(o, RegisterFilter(category_code="honey")) == len(NAMES)
    assert count(o, RegisterFilter(category_code="felt")) == 0
    combined = RegisterFilter(query="бал", region_code="KG-N", status=CertificateStatus.ACTIVE)
    assert [r.producer for r in rows(o, combined)] == ["Ңурдин бал"]

    one = rows(o)[0]
    before_end = one.valid_until - timedelta(days=10)
    with read_unit(o.factory) as s:
        soon = cr.register_rows(s, RegisterFilter(expiring_within=30), today=before_end)
        later = cr.register_rows(s, RegisterFilter(expiring_within=5), today=before_end)
        assert one.next_surveillance_on is not None
        visit = one.next_surveillance_on - timedelta(days=20)
        due = cr.register_count(s, RegisterFilter(surveillance_due=True), visit)
        not_yet = cr.register_count(s, RegisterFilter(surveillance_due=True), visit - timedelta(60))
    assert len(soon) == len(NAMES) - 1  # the suspended one is not "expiring"
    assert later == []
    assert due == len(NAMES) - 1 and not_yet == 0
    with pytest.raises(InvalidInput) as refused, read_unit(o.factory) as s:
        cr.register_rows(s, RegisterFilter(expiring_within=-1))
    assert refused.value.code == "register.bad_days"


def test_names_sort_in_the_kyrgyz_alphabet_and_windows_never_overlap(any_engine: Engine) -> None:
    o = make_office(any_engine)
    register(o)
    by_name = [r.producer for r in rows(o, sort="producer", descending=False)]
    assert by_name == sorted((n for n, _r, _p in NAMES), key=cr.sort_key)
    assert by_name.index("Нарын шырдак") < by_name.index("Ңурдин бал") < by_name.index("Ордо бал")
    assert by_name.index("Ордо бал") < by_name.index("Өзгөн күрүчү")
    assert by_name.index("Урмат бал") < by_name.index("Үчкун бал")
    assert [r.producer for r in rows(o, sort="producer", descending=True)] == by_name[::-1]

    newest_first = [r.number for r in rows(o)]
    assert newest_first == sorted(newest_first, reverse=True)
    windows = [r.number for start in range(0, 8, 3) for r in rows(o, limit=3, offset=start)]
    assert windows == newest_first
    for sort in cr.SORTS:
        assert len({r.id for r in rows(o, sort=sort)}) == len(NAMES)
    with pytest.raises(InvalidInput), read_unit(o.factory) as s:
        cr.register_rows(s, sort="colour")


def test_a_certificate_s_detail_holds_its_whole_history(any_engine: Engine) -> None:
    lab = labelled_office(any_engine)
    o = lab.office
    with unit_of_work(o.factory) as s:
        cr.change(s, o.chair, lab.certificate, "suspend", "Нымдуулук жогору")
        cr.change(s, o.admin, lab.certificate, "restore", "Оңдолду")
    with unit_of_work(o.factory) as s:
        job = jobs.start_print(s, lab.lot.id, 12, None, 1, "clerk")
    with unit_of_work(o.factory) as s:
        jobs.finish_print(s, job.id, "clerk")
    with read_unit(o.factory) as s:
        detail = cr.certificate_detail(s, lab.certificate.lower())
    assert detail.info.number == lab.certificate
    assert detail.info.products == ("Тоо балы",) and detail.info.stars is not None
    kinds = [h.kind for h in detail.history]
    assert kinds == ["issued", "lot", "suspended", "restored", "labels"]
    suspended = detail.history[2]
    assert suspended.who == "Chair (chair)" and suspended.reason == "Нымдуулук жогору"
    assert detail.history[3].who == "Админ (admin)"
    assert detail.history[0].subject == detail.session
    assert detail.history[-1].count == 12 and detail.history[-1].subject == "2611-017"
    assert [(lot.lot_number, lot.labels_printed) for lot in detail.lots] == [("2611-017", 12)]


def test_who_may_act_is_said_before_any_form(any_engine: Engine) -> None:
    o = make_office(any_engine)
    numbers = register(o)
    number = numbers["Ордо бал"]
    with read_unit(o.factory) as s:
        detail = cr.certificate_detail(s, number)
    clerk = cr.refusals(o.clerk, detail)
    assert {a for a, e in clerk.items() if e is not None} == set(cr.ACTIONS)
    refused = clerk["suspend"]
    assert refused is not None and refused.code == "certificate.chair_decides"
    assert refused.fields["action"] == "suspended"
    renew = clerk["renew"]
    assert renew is not None and renew.code == "certificate.inspector_renews"
    chair = cr.refusals(o.chair, detail)
    assert chair["suspend"] is None and chair["withdraw"] is None
    restore = chair["restore"]
    assert restore is not None and restore.code == "certificate.transition_forbidden"
    only = chair["reissue"]
    assert only is not None and only.code == "certificate.nothing_to_reissue"
    assert cr.refusals(o.inspector, detail)["renew"] is None
    assert cr.refusals(o.admin, detail)["suspend"] is None

    with pytest.raises(Forbidden), unit_of_work(o.factory) as s:
        cr.change(s, o.clerk, number, "suspend", "Мониторинг")
    with unit_of_work(o.factory) as s:
        cr.change(s, o.chair, number, "suspend", "Мониторинг")
        after = cr.refusals(o.chair, cr.certificate_detail(s, number))
    assert after["restore"] is None and after["suspend"] is not None
    with pytest.raises(InvalidInput), unit_of_work(o.factory) as s:
        cr.change(s, o.chair, number, "frobnicate", "x")


def test_a_renewal_starts_with_its_inspection(any_engine: Engine) -> None:
    o = make_office(any_engine)
    numbers = register(o)
    number = numbers["Урмат бал"]
    for actor, reason, error in (
        (o.clerk, "Мөөнөтү бүтөт", Forbidden),
        (o.inspector, "  ", InvalidInput),
    ):
        with pytest.raises(error), unit_of_work(o.factory) as s:
            cr.request_renewal(s, actor, number, reason)
    with unit_of_work(o.factory) as s:
        inspection_id = cr.request_renewal(s, o.inspector, number, "Мөөнөтү бүтөт", TODAY)
    with read_unit(o.factory) as s:
        started = s.scalars(select(Inspection).where(Inspection.id == inspection_id)).one()
        detail = cr.certificate_detail(s, number)
    assert started.kind == InspectionKind.RENEWAL
    assert detail.history[-1].kind == "inspection" and detail.history[-1].subject == "renewal"
    with unit_of_work(o.factory) as s:
        cr.change(s, o.chair, number, "withdraw", "Арыз боюнча")
    with pytest.raises(RuleViolation), unit_of_work(o.factory) as s:
        cr.request_renewal(s, o.inspector, number, "Мөөнөтү бүтөт")
