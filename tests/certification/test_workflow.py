"""Standards → inspection → session → certificate → lots, with the rules of each step."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from certification import (
    certificates,
    inspections,
    lots,
    sessions,
    settings,
    standards,
)
from certification.core import audit, clock
from certification.core.errors import Forbidden, InvalidInput, RuleViolation
from certification.scoring import AnswerValue
from models.db import read_unit, unit_of_work
from models.enums import (
    CertificateEventKind,
    CertificateStatus,
    DecisionOutcome,
    InspectionKind,
    InspectionStatus,
)
from tests.factories import (
    add_producer,
    certified,
    grant,
    make_office,
    open_session,
    submitted_inspection,
)

TODAY = clock.today()


def test_a_used_standard_version_is_frozen_and_edits_make_a_new_version(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        spec = standards.get_version(s, o.version_id).spec
        standards.save_version(s, "admin", o.version_id, replace(spec, pass_mark=Decimal(75)))
    _producer, product = add_producer(o)
    submitted_inspection(o, product)
    with pytest.raises(RuleViolation) as caught, unit_of_work(o.factory) as s:
        standards.save_version(s, "admin", o.version_id, spec)
    assert caught.value.code == "standard.frozen"
    with unit_of_work(o.factory) as s:
        v2 = standards.new_version(s, "admin", o.version_id)
        assert v2.version == 2 and not v2.frozen and v2.spec.pass_mark == Decimal(75)
        standards.save_version(s, "admin", v2.id, replace(v2.spec, pass_mark=Decimal(80)))
        assert standards.get_version(s, o.version_id).spec.pass_mark == Decimal(75)


def test_standard_validation(any_engine: Engine) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        spec = standards.get_version(s, o.version_id).spec
    group = spec.groups[0]
    broken = [
        replace(spec, pass_mark=Decimal(101)),
        replace(spec, groups=()),
        replace(
            spec,
            groups=(
                replace(
                    group, criteria=(replace(group.criteria[1], min_value=None, max_value=None),)
                ),
            ),
        ),
        replace(spec, groups=(replace(group, criteria=(group.criteria[0], group.criteria[0])),)),
    ]
    for candidate in broken:
        with pytest.raises(InvalidInput):
            standards.check_spec(candidate)


def test_inspection_is_scored_and_must_be_complete_to_submit(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    with unit_of_work(o.factory) as s:
        i = inspections.start_inspection(s, o.inspector, product, o.version_id, TODAY)
        i = inspections.record_answers(
            s,
            o.inspector,
            i.id,
            {"1.1": AnswerValue(yes=True), "1.2": AnswerValue(number=Decimal("22.0"))},
        )
        assert not i.result.passed and i.result.reasons[0].code == "1.2"
    with pytest.raises(RuleViolation) as caught, unit_of_work(o.factory) as s:
        inspections.submit(s, o.inspector, i.id)
    assert caught.value.code == "inspection.incomplete"
    with pytest.raises(InvalidInput), unit_of_work(o.factory) as s:
        inspections.record_answers(s, o.inspector, i.id, {"2.1": AnswerValue(number=Decimal(9))})
    with pytest.raises(InvalidInput), unit_of_work(o.factory) as s:
        inspections.start_inspection(
            s, o.inspector, product, o.version_id, TODAY + timedelta(days=1)
        )


def test_inspector_and_conflicted_members_cannot_decide(any_engine: Engine) -> None:
    o = make_office(any_engine)
    producer, product = add_producer(o)
    inspection = submitted_inspection(o, product)
    session_id = open_session(o, quorum=3)
    # This inspector holds no member role at all.
    with pytest.raises(Forbidden) as caught, unit_of_work(o.factory) as s:
        sessions.decide(s, o.inspector, session_id, inspection, DecisionOutcome.GRANT)
    assert caught.value.code in ("auth.role_required", "decision.inspector_cannot_decide")
    with unit_of_work(o.factory) as s:
        sessions.declare_conflict(s, o.members[0], o.members[0].username, producer, "кайын ата")
    with pytest.raises(Forbidden) as caught, unit_of_work(o.factory) as s:
        sessions.decide(s, o.members[0], session_id, inspection, DecisionOutcome.GRANT)
    assert caught.value.code == "decision.conflict_of_interest"
    # Four present, one conflicted: three may decide, quorum 3 holds.
    with unit_of_work(o.factory) as s:
        agenda = sessions.agenda(s, session_id)
        assert agenda[0].barred == ("m1",) and agenda[0].eligible == 3
        d = sessions.decide(s, o.chair, session_id, inspection, DecisionOutcome.GRANT)
    assert d.certificate_number is not None


def test_an_inspector_who_is_also_a_member_cannot_decide_own_inspection(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    with unit_of_work(o.factory) as s:
        i = inspections.start_inspection(s, o.admin, product, o.version_id, TODAY)
        import random

        from certification.demo import _answers

        inspections.record_answers(s, o.admin, i.id, _answers("honey", "good", random.Random(2)))
        inspections.submit(s, o.admin, i.id)
    session_id = open_session(o)
    with pytest.raises(Forbidden) as caught, unit_of_work(o.factory) as s:
        sessions.decide(s, o.admin, session_id, i.id, DecisionOutcome.GRANT)
    assert caught.value.code == "decision.inspector_cannot_decide"


def test_quorum_counts_only_members_who_may_decide(any_engine: Engine) -> None:
    o = make_office(any_engine)
    producer, product = add_producer(o)
    inspection = submitted_inspection(o, product)
    session_id = open_session(o, quorum=4)
    with unit_of_work(o.factory) as s:
        sessions.declare_conflict(s, o.clerk, "m2", producer, "")
    with pytest.raises(RuleViolation) as caught, unit_of_work(o.factory) as s:
        sessions.decide(s, o.chair, session_id, inspection, DecisionOutcome.GRANT)
    assert caught.value.code == "decision.no_quorum"
    assert caught.value.fields == {"eligible": 3, "quorum": 4}


def test_failed_inspection_cannot_be_granted_and_refusal_needs_a_reason(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    inspection = submitted_inspection(o, product, quality="critical")
    session_id = open_session(o)
    with pytest.raises(RuleViolation), unit_of_work(o.factory) as s:
        sessions.decide(s, o.chair, session_id, inspection, DecisionOutcome.GRANT)
    with pytest.raises(InvalidInput), unit_of_work(o.factory) as s:
        sessions.decide(s, o.chair, session_id, inspection, DecisionOutcome.REFUSE, "  ")
    with unit_of_work(o.factory) as s:
        d = sessions.decide(
            s, o.chair, session_id, inspection, DecisionOutcome.REFUSE, "Нымдуулугу 21,4 %"
        )
        assert d.certificate_number is None
        assert inspections.get_inspection(s, inspection).status == InspectionStatus.DECIDED


def test_deferred_inspection_returns_to_the_next_agenda(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    inspection = submitted_inspection(o, product)
    first = open_session(o)
    with unit_of_work(o.factory) as s:
        sessions.decide(s, o.chair, first, inspection, DecisionOutcome.DEFER, "Анализ күтүлүүдө")
        sessions.close_session(s, o.clerk, first)
    second = open_session(o)
    with unit_of_work(o.factory) as s:
        agenda = sessions.agenda(s, second)
    assert [a.inspection_id for a in agenda] == [inspection] and agenda[0].deferred
    assert grant(o, second, inspection)


def test_grant_numbers_certificates_gap_free_with_the_settings(any_engine: Engine) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "validity_months", 24)
    numbers = []
    session_id = open_session(o, when=date(2026, 11, 20))
    for n in range(3):
        _producer, product = add_producer(o, f"Өндүрүүчү {n}")
        numbers.append(grant(o, session_id, submitted_inspection(o, product)))
    assert numbers == ["KG-N-2026-00001", "KG-N-2026-00002", "KG-N-2026-00003"]
    with unit_of_work(o.factory) as s:
        info = certificates.get_certificate(s, numbers[0])
        assert info.issued_on == date(2026, 11, 20) and info.valid_until == date(2028, 11, 19)
        assert info.next_surveillance_on == date(2027, 11, 20)
        assert info.events[0].kind == CertificateEventKind.ISSUED
        assert audit.verify(s).ok


def test_lifecycle_transitions_and_history(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, _product = certified(o)
    S = CertificateEventKind
    with unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, number, S.SUSPENDED, "Мониторинг")
        certificates.change_status(s, o.chair, number, S.RESTORED, "Оңдолду")
        certificates.change_status(s, o.chair, number, S.WITHDRAWN, "Арыз боюнча")
    for kind in (S.RESTORED, S.SUSPENDED, S.WITHDRAWN):
        with pytest.raises(RuleViolation) as caught, unit_of_work(o.factory) as s:
            certificates.change_status(s, o.chair, number, kind, "кайра")
        assert caught.value.code == "certificate.transition_forbidden"
    with pytest.raises(InvalidInput), unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, number, S.SUSPENDED, " ")
    with pytest.raises(Forbidden), unit_of_work(o.factory) as s:
        certificates.change_status(s, o.inspector, number, S.SUSPENDED, "x")
    with read_unit(o.factory) as s:
        info = certificates.get_certificate(s, number)
    assert info.status == CertificateStatus.WITHDRAWN
    assert [e.kind for e in info.events] == [S.ISSUED, S.SUSPENDED, S.RESTORED, S.WITHDRAWN]
    assert [e.username for e in info.events[1:]] == ["chair"] * 3


def test_expiry_follows_from_the_date(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, _product = certified(o)
    with read_unit(o.factory) as s:
        info = certificates.get_certificate(s, number)
        later = info.valid_until + timedelta(days=1)
        assert certificates.get_certificate(s, number, later).status == CertificateStatus.EXPIRED
        assert [
            c.number
            for c in certificates.list_certificates(
                s, status=CertificateStatus.EXPIRED, today=later
            )
        ] == [number]
        assert certificates.list_certificates(s, status=CertificateStatus.EXPIRED) == []
    with pytest.raises(RuleViolation), unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, number, CertificateEventKind.SUSPENDED, "x", later)


def test_renewal_supersedes_the_old_certificate(any_engine: Engine) -> None:
    o = make_office(any_engine)
    old, product = certified(o)
    with unit_of_work(o.factory) as s:
        import random

        from certification.demo import _answers

        i = inspections.start_inspection(
            s,
            o.inspector,
            product,
            o.version_id,
            TODAY,
            kind=InspectionKind.RENEWAL,
            certificate_number=old,
        )
        inspections.record_answers(
            s, o.inspector, i.id, _answers("honey", "excellent", random.Random(3))
        )
        inspections.submit(s, o.inspector, i.id)
    new = grant(o, open_session(o), i.id)
    with read_unit(o.factory) as s:
        assert certificates.get_certificate(s, old).status == CertificateStatus.SUPERSEDED
        assert certificates.get_certificate(s, old).superseded_by == new
        assert certificates.get_certificate(s, new).supersedes == old


def test_search_by_number_prefix_and_name(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, _ = certified(o, "«Нарын шырдагы» аялдар тобу")
    with read_unit(o.factory) as s:
        assert [c.number for c in certificates.list_certificates(s, query="kg-n-2")] == [number]
        assert [c.number for c in certificates.list_certificates(s, query="ШЫРДАГЫ")] == [number]
        assert certificates.list_certificates(s, query="KG-Y") == []


def test_lots_are_unique_per_producer_and_checked(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, product = certified(o)
    made = clock.today() - timedelta(days=1)
    with unit_of_work(o.factory) as s:
        lot = lots.report_lot(
            s, o.clerk, number, product, "2611-01", made, made + timedelta(days=365), "120", "pcs"
        )
    assert lot.lot_number == "2611-01" and lot.labels_printed == 0
    cases = [
        (("2611-01", made, made + timedelta(days=365), "5", "pcs"), "lot.duplicate"),
        (("2611-02", made, made, "5", "pcs"), "lot.best_before_too_early"),
        (("2611-03", made, made + timedelta(days=9), "-5", "pcs"), "lot.bad_quantity"),
        (("2611-04", made, made + timedelta(days=9), "5", "barrels"), "lot.bad_unit"),
        (("бал 1", made, made + timedelta(days=9), "5", "pcs"), "lot.bad_number"),
    ]
    for args, code in cases:
        with pytest.raises((InvalidInput, RuleViolation)) as caught, unit_of_work(o.factory) as s:
            lots.report_lot(s, o.clerk, number, product, *args)  # type: ignore[arg-type]
        assert caught.value.code == code
    with unit_of_work(o.factory) as s:
        certificates.change_status(s, o.chair, number, CertificateEventKind.SUSPENDED, "x")
    with pytest.raises(RuleViolation) as caught, unit_of_work(o.factory) as s:
        lots.report_lot(
            s, o.clerk, number, product, "2611-09", made, made + timedelta(days=9), "5", "pcs"
        )
    assert caught.value.code == "lot.certificate_not_active"
    with read_unit(o.factory) as s:
        assert [x.lot_number for x in lots.lots_of(s, number)] == ["2611-01"]


def test_scope_change_reissues_under_a_new_number(any_engine: Engine) -> None:
    o = make_office(any_engine)
    old, product = certified(o)
    with unit_of_work(o.factory) as s:
        from certification import producers

        producer_id = producers.get_product(s, product).producer_id
        second = producers.add_product(s, o.clerk, producer_id, "Эспарцет балы", o.category_id)
    with pytest.raises(InvalidInput), unit_of_work(o.factory) as s:
        certificates.reissue(s, o.chair, old, [product], "жаңы продукт")
    with pytest.raises(Forbidden), unit_of_work(o.factory) as s:
        certificates.reissue(s, o.clerk, old, [product, second.id], "жаңы продукт")
    with unit_of_work(o.factory) as s:
        new = certificates.reissue(s, o.chair, old, [product, second.id], "Жаңы продукт кошулду")
        before = certificates.get_certificate(s, old)
    assert new.number != old and new.supersedes == old
    assert set(new.products) == {"Тоо балы", "Эспарцет балы"}
    assert new.valid_until == before.valid_until
    assert before.status == CertificateStatus.SUPERSEDED and before.superseded_by == new.number
    with pytest.raises(RuleViolation), unit_of_work(o.factory) as s:
        certificates.reissue(s, o.chair, old, [second.id], "again")
