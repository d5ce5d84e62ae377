"""What a committee session refuses, and what a follow-up inspection's decision does to the
certificate it checked: a passed surveillance sets the next visit, a failed one suspends."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import Engine

from certification import certificates, inspections, office, sessions, users
from certification.core import audit, clock
from certification.core.errors import DomainError, Forbidden, InvalidInput, NotFound, RuleViolation
from certification.demo import _answers
from models.db import read_unit, session_factory, unit_of_work
from models.enums import (
    CertificateEventKind,
    CertificateStatus,
    DecisionOutcome,
    InspectionKind,
    InspectionStatus,
    Role,
)
from tests.factories import (
    Office,
    add_producer,
    certified,
    make_office,
    open_session,
    submitted_inspection,
)

TODAY = clock.today()


def follow_up(o: Office, product_id: int, number: str, kind: InspectionKind, quality: str) -> int:
    """A submitted surveillance or renewal inspection of a certified product."""
    with unit_of_work(o.factory) as s:
        i = inspections.start_inspection(
            s, o.inspector, product_id, o.version_id, TODAY, kind=kind, certificate_number=number
        )
        inspections.record_answers(
            s, o.inspector, i.id, _answers("honey", quality, random.Random(2))
        )
        inspections.submit(s, o.inspector, i.id)
    return i.id


def refused(o: Office, error: type[DomainError], code: str, call) -> DomainError:  # type: ignore[no-untyped-def]
    """The call is refused with that code, and the audit chain has not grown."""
    with read_unit(o.factory) as s:
        before = audit.verify(s).entries
    with pytest.raises(error) as caught, unit_of_work(o.factory) as s:
        call(s)
    assert caught.value.code == code
    with read_unit(o.factory) as s:
        assert audit.verify(s).entries == before
    return caught.value


def test_a_passed_surveillance_sets_the_next_visit_and_issues_nothing(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, product_id = certified(o)
    visit = follow_up(o, product_id, number, InspectionKind.SURVEILLANCE, "good")
    session_id = open_session(o, when=TODAY)
    with unit_of_work(o.factory) as s:
        decision = sessions.decide(s, o.chair, session_id, visit, DecisionOutcome.GRANT)
    assert decision.certificate_number is None
    with read_unit(o.factory) as s:
        checked = certificates.get_certificate(s, number)
        assert checked.status == CertificateStatus.ACTIVE
        assert checked.next_surveillance_on == certificates.add_months(TODAY, 12)
        assert [c.number for c in certificates.list_certificates(s)] == [number]
        assert audit.verify(s).ok


def test_a_failed_surveillance_suspends_the_certificate_with_the_committees_reason(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    number, product_id = certified(o)
    visit = follow_up(o, product_id, number, InspectionKind.SURVEILLANCE, "weak")
    session_id = open_session(o, when=TODAY)
    with unit_of_work(o.factory) as s:
        sessions.decide(
            s, o.chair, session_id, visit, DecisionOutcome.REFUSE, "Этикетка жок, таңгак бузук."
        )
    with read_unit(o.factory) as s:
        checked = certificates.get_certificate(s, number)
        assert checked.status == CertificateStatus.SUSPENDED
        last = checked.events[-1]
        assert (last.kind, last.reason) == (
            CertificateEventKind.SUSPENDED,
            "Этикетка жок, таңгак бузук.",
        )
        assert inspections.get_inspection(s, visit).status == InspectionStatus.DECIDED


def test_a_withdrawn_certificate_cannot_be_renewed(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, product_id = certified(o)
    renewal = follow_up(o, product_id, number, InspectionKind.RENEWAL, "excellent")
    with unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, number, CertificateEventKind.WITHDRAWN, "Жабылды")
    session_id = open_session(o, when=TODAY)
    error = refused(
        o,
        RuleViolation,
        "certificate.transition_forbidden",
        lambda s: sessions.decide(s, o.chair, session_id, renewal, DecisionOutcome.GRANT),
    )
    assert error.fields["action"] == "renewed"
    with read_unit(o.factory) as s:
        assert [c.number for c in certificates.list_certificates(s)] == [number]
        assert inspections.get_inspection(s, renewal).status == InspectionStatus.SUBMITTED


def test_a_session_that_cannot_be_held_is_not_opened(any_engine: Engine) -> None:
    o = make_office(any_engine)
    cases = [
        ({"quorum": 0}, "quorum", "session.bad_quorum"),
        ({"quorum": 5}, "quorum", "session.bad_quorum"),  # the committee has four members
        ({"present": ["chair", "stranger"]}, "present", "session.not_a_member"),
        ({"chair": "m1"}, "chair", "session.bad_chair"),  # a member, not a chair
        ({"chair": "nobody"}, "chair", "session.bad_chair"),
    ]
    for changes, field, code in cases:
        asked: dict[str, object] = {
            "place": "Нарын",
            "quorum": 3,
            "chair": "chair",
            "present": ["chair", "m1"],
        }
        asked.update(changes)
        error = refused(
            o,
            InvalidInput,
            code,
            lambda s, asked=asked: sessions.open_session(s, o.clerk, TODAY, **asked),
        )
        assert error.fields["field"] == field
    with read_unit(o.factory) as s:
        assert sessions.list_sessions(s) == []
    first = open_session(o, when=TODAY)  # the refusals took no session number
    with read_unit(o.factory) as s:
        assert sessions.get_session(s, first).title == f"{TODAY.year}/1"


def test_a_committee_without_members_cannot_meet(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        office.set_up(
            s,
            region_code="KG-T",
            code="T1",
            name_ky="Талас облустук бренд-комитети",
            name_ru="Таласский областной бренд-комитет",
            name_en="Talas Brand Committee",
            admin_username="admin",
            admin_full_name="Админ",
            admin_password="secret",
        )
        clerk = users.create_user(s, "admin", "clerk", "Clerk", "secret", [Role.CLERK])
    with pytest.raises(RuleViolation) as caught, unit_of_work(factory) as s:
        sessions.open_session(s, clerk, TODAY, quorum=1)
    assert caught.value.code == "session.no_members"


def test_decisions_the_session_refuses(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product_id = add_producer(o)
    inspection = submitted_inspection(o, product_id)
    with unit_of_work(o.factory) as s:
        draft = inspections.start_inspection(s, o.inspector, product_id, o.version_id, TODAY).id
        held = sessions.open_session(
            s,
            o.clerk,
            TODAY,
            place="Нарын",
            quorum=3,
            chair="chair",
            present=["chair", "m1", "m2", "m3"],
        ).id
    m3 = o.members[2]

    def decide(**kw):  # type: ignore[no-untyped-def]
        asked = {"actor": o.chair, "inspection_id": inspection, "outcome": DecisionOutcome.GRANT}
        asked.update(kw)
        return lambda s: sessions.decide(
            s,
            asked["actor"],
            held,
            asked["inspection_id"],
            asked["outcome"],
            **{k: v for k, v in asked.items() if k.startswith("votes")},
        )

    refused(o, NotFound, "inspection.not_found", decide(inspection_id=10_000))
    refused(o, RuleViolation, "decision.not_submitted", decide(inspection_id=draft))
    for votes in ({"votes_for": -1}, {"votes_for": 3, "votes_against": 2}):
        error = refused(o, InvalidInput, "decision.bad_votes", decide(**votes))
        assert error.fields["eligible"] == 4
    error = refused(o, RuleViolation, "decision.no_majority", decide(votes_for=2, votes_against=2))
    assert error.fields == {"votes_for": 2, "eligible": 4}
    with unit_of_work(o.factory) as s:
        sessions.set_present(s, o.clerk, held, "m3", False)
    refused(o, Forbidden, "decision.not_present", decide(actor=m3))
    refused(
        o,
        InvalidInput,
        "session.not_a_member",
        lambda s: sessions.set_present(s, o.clerk, held, "inspector", True),
    )
    with unit_of_work(o.factory) as s:
        sessions.close_session(s, o.chair, held)
    refused(o, RuleViolation, "session.closed", decide())
    refused(o, NotFound, "session.not_found", lambda s: sessions.get_session(s, 10_000))
    with read_unit(o.factory) as s:
        assert inspections.get_inspection(s, inspection).status == InspectionStatus.SUBMITTED
        assert sessions.get_session(s, held).decisions == ()


def test_a_conflict_is_declared_once_for_a_real_member_and_producer(any_engine: Engine) -> None:
    o = make_office(any_engine)
    producer_id, _product = add_producer(o)
    other_id, _other = add_producer(o, "«Кочкор кийизи»", product="Шырдак")
    refused(
        o,
        NotFound,
        "user.not_found",
        lambda s: sessions.declare_conflict(s, o.clerk, "nobody", producer_id, "тууганы"),
    )
    refused(
        o,
        NotFound,
        "producer.not_found",
        lambda s: sessions.declare_conflict(s, o.clerk, "m1", 10_000, "тууганы"),
    )
    for _twice in range(2):
        with unit_of_work(o.factory) as s:
            sessions.declare_conflict(s, o.members[0], "m1", producer_id, " тууганы ")
    with unit_of_work(o.factory) as s:
        sessions.declare_conflict(s, o.clerk, "m2", other_id, "ошол топтун мүчөсү")
    with read_unit(o.factory) as s:
        mine = sessions.declarations(s, producer_id)
        assert [(d.username, d.reason) for d in mine] == [("m1", "тууганы")]
        assert {d.username for d in sessions.declarations(s)} == {"m1", "m2"}
