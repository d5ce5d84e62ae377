"""What an inspection refuses: a product judged against another category's standard, a
follow-up without its certificate, answers that do not fit the criterion, non-conformities and
photos of criteria that do not exist — each refused with nothing saved."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from certification import inspections, producers, standards
from certification.core import clock
from certification.core.errors import DomainError, RuleViolation
from certification.demo import standard_spec
from certification.scoring import AnswerValue
from models.db import read_unit, unit_of_work
from models.enums import InspectionKind, InspectionStatus
from tests.factories import Office, add_producer, certified, make_office

TODAY = clock.today()


def refused(o: Office, code: str, call: Callable[[Session], object]) -> DomainError:
    with pytest.raises(DomainError) as caught, unit_of_work(o.factory) as s:
        call(s)
    assert caught.value.code == code
    return caught.value


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 160, 40)).save(out, "JPEG")
    return out.getvalue()


def test_an_inspection_is_started_only_against_the_right_standard_and_certificate(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    number, honey = certified(o)
    _other, other_honey = add_producer(o, "«Талаа гүлү»", product="Талаа балы")
    with unit_of_work(o.factory) as s:
        felt = producers.add_category(s, o.admin, "felt", "Кийиз", "Войлок", "Felt")
        felt_standard = standards.create_standard(
            s, "admin", "BABP-FELT", "Кийиз", felt.id, standard_spec("felt")
        )

    def start(product_id: int, version_id: int, **kw: object) -> Callable[[Session], object]:
        return lambda s: inspections.start_inspection(
            s,
            o.inspector,
            product_id,
            version_id,
            TODAY,
            **kw,  # type: ignore[arg-type]
        )

    assert isinstance(
        refused(o, "inspection.wrong_category", start(honey, felt_standard.id)), RuleViolation
    )
    refused(o, "product.not_found", start(10_000, o.version_id))
    refused(o, "standard.version_not_found", start(honey, 10_000))
    surveillance = {"kind": InspectionKind.SURVEILLANCE}
    error = refused(
        o, "inspection.certificate_required", start(honey, o.version_id, **surveillance)
    )
    assert error.fields["field"] == "certificate"
    refused(
        o,
        "certificate.not_found",
        start(honey, o.version_id, certificate_number="KG-N-1999-00001", **surveillance),
    )
    refused(
        o,
        "inspection.product_not_in_scope",
        start(other_honey, o.version_id, certificate_number=number, **surveillance),
    )
    with read_unit(o.factory) as s:
        assert [i.kind for i in inspections.list_inspections(s)] == [InspectionKind.INITIAL]
        assert inspections.list_inspections(s, InspectionStatus.DRAFT) == []


def test_answers_notes_and_photos_must_fit_the_standard(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product_id = add_producer(o)
    with unit_of_work(o.factory) as s:
        draft = inspections.start_inspection(s, o.inspector, product_id, o.version_id, TODAY).id
        inspections.record_answers(s, o.inspector, draft, {"1.1": AnswerValue(yes=True)})

    def answer(code: str, value: AnswerValue) -> Callable[[Session], object]:
        return lambda s: inspections.record_answers(s, o.inspector, draft, {code: value})

    assert (
        refused(o, "inspection.unknown_criterion", answer("9.9", AnswerValue(yes=True))).fields[
            "field"
        ]
        == "9.9"
    )
    refused(o, "inspection.bad_choice", answer("3.1", AnswerValue(choice=7)))
    refused(o, "field.not_a_number", answer("1.2", AnswerValue(number=Decimal("NaN"))))
    refused(
        o,
        "inspection.due_before_inspection",
        lambda s: inspections.add_non_conformity(
            s, o.inspector, draft, "Этикетка жок", due_on=TODAY - timedelta(days=1)
        ),
    )
    refused(
        o,
        "inspection.unknown_criterion",
        lambda s: inspections.add_non_conformity(
            s, o.inspector, draft, "Этикетка жок", criterion_code="9.9"
        ),
    )
    refused(
        o,
        "inspection.unknown_criterion",
        lambda s: inspections.add_photo(s, o.inspector, draft, jpeg(), criterion_code="9.9"),
    )
    refused(o, "photo.not_found", lambda s: inspections.get_photo(s, 10_000))
    with read_unit(o.factory) as s:
        kept = inspections.get_inspection(s, draft)
        assert set(kept.answers) == {"1.1"}
        assert kept.non_conformities == ()
        assert inspections.photo_thumbnails(s, draft) == []


def test_a_non_conformity_is_closed_once(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product_id = add_producer(o)
    with unit_of_work(o.factory) as s:
        draft = inspections.start_inspection(s, o.inspector, product_id, o.version_id, TODAY).id
        whole = inspections.add_non_conformity(s, o.inspector, draft, "Таңгак бузук")
        with_photo = inspections.add_photo(s, o.inspector, draft, jpeg(), "жалпы көрүнүш")
    problem = whole.non_conformities[0]
    assert problem.criterion_code == ""  # the product as a whole
    with read_unit(o.factory) as s:
        assert inspections.get_photo(s, with_photo).criterion_code == ""
    with unit_of_work(o.factory) as s:
        inspections.close_non_conformity(s, o.clerk, problem.id, TODAY)
    refused(
        o,
        "non_conformity.closed",
        lambda s: inspections.close_non_conformity(s, o.clerk, problem.id, TODAY),
    )
    refused(
        o,
        "non_conformity.not_found",
        lambda s: inspections.close_non_conformity(s, o.clerk, 10_000, TODAY),
    )
    with read_unit(o.factory) as s:
        closed = inspections.get_inspection(s, draft).non_conformities[0]
        assert closed.status.value == "closed"
