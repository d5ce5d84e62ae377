"""What the standards, inspections and sessions pages ask of the domain beyond the workflow."""

import io
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import Engine, select

from certification import inspections, sessions, standards, users
from certification.core import clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.demo import standard_spec
from models import AuditEntry
from models.db import read_unit, unit_of_work
from models.enums import Role
from tests.factories import add_producer, certified, make_office, open_session, submitted_inspection

SPEC = standard_spec("honey")


def test_every_problem_of_a_version_is_found_with_its_place() -> None:
    first, second, third = SPEC.groups
    broken = replace(
        SPEC,
        pass_mark=Decimal(120),
        groups=(
            replace(first, weight=Decimal(0)),
            replace(
                second,
                criteria=(
                    second.criteria[0],
                    replace(second.criteria[1], text=" "),
                    replace(second.criteria[2], scale_max=None),
                ),
            ),
            replace(third, name="", criteria=()),
        ),
    )
    found = [(p.group, p.criterion, p.error.code) for p in standards.spec_problems(broken)]
    assert found == [
        (None, None, "standard.bad_pass_mark"),
        (0, None, "standard.bad_weight"),
        (1, 1, "field.required"),
        (1, 2, "standard.bad_scale"),
        (2, None, "field.required"),
        (2, None, "standard.empty_group"),
    ]
    with pytest.raises(InvalidInput) as caught:
        standards.check_spec(broken)
    assert caught.value.code == "standard.bad_pass_mark"  # the first problem, as before


def test_a_sound_version_has_no_problems() -> None:
    assert standards.spec_problems(SPEC) == []
    assert standards.check_spec(SPEC) is SPEC


def test_products_to_inspect_are_found_in_any_case_with_their_certificates(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    number, certified_product = certified(o, "«Ак-Суу бал» өндүрүш тобу")
    add_producer(o, "Токтогулов Нурлан", product="Эспарцет балы")
    with unit_of_work(o.factory) as s:
        by_producer = inspections.products_to_inspect(s, "ак-СУУ")
        by_product = inspections.products_to_inspect(s, "ЭСПАРЦЕТ")
        everything = inspections.products_to_inspect(s)
    assert [(c.product_id, c.certificates) for c in by_producer] == [(certified_product, (number,))]
    assert [c.product for c in by_product] == ["Эспарцет балы"]
    assert by_product[0].certificates == ()
    assert by_product[0].category.code == "honey"
    assert len(everything) == 2


KYRGYZ_ALPHABET = "АБВГДЕЖЗИЙКЛМНҢОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"


def test_the_products_to_inspect_are_the_first_in_the_kyrgyz_alphabet(any_engine: Engine) -> None:
    """With more products than the list shows, those cut off are the last in the alphabet, not
    the producers whose names begin with Ң Ө Ү (plain code-point order puts them after Я)."""
    o = make_office(any_engine)
    initials = "АБВГДЕЖЗИКЛМНҢОӨПРСТУҮФХЧШЫЭЮЯ"
    names = [f"{letter}{tail} тобу" for letter in initials for tail in ("ак", "ыр")][:60]
    for name in names:
        add_producer(o, name, product=f"{name[:2]} балы")
    with unit_of_work(o.factory) as s:
        shown = [c.producer for c in inspections.products_to_inspect(s, limit=50)]
        found = [c.producer for c in inspections.products_to_inspect(s, "тобу", limit=50)]
    alphabetical = sorted(names, key=lambda n: [KYRGYZ_ALPHABET.index(ch) for ch in n[:1]] + [n])
    assert shown == alphabetical[:50]
    assert found == alphabetical[:50]
    assert {n[0] for n in shown} >= {"Ң", "Ө", "Ү"}


def test_agenda_says_who_may_not_decide_and_why(any_engine: Engine) -> None:
    o = make_office(any_engine)
    producer, product = add_producer(o)
    with unit_of_work(o.factory) as s:
        member = users.create_user(
            s, "admin", "im", "Инспектор-мүчө", "secret", [Role.INSPECTOR, Role.MEMBER]
        )
    inspection = submitted_inspection(replace(o, inspector=member), product)
    session_id = open_session(o)
    with unit_of_work(o.factory) as s:
        sessions.set_present(s, o.clerk, session_id, "im", True)
    with unit_of_work(o.factory) as s:
        sessions.declare_conflict(s, o.clerk, "m2", producer, "сиңдиси топтун мүчөсү")
    with unit_of_work(o.factory) as s:
        (item,) = sessions.agenda(s, session_id)
        declared = sessions.declarations(s)
        members = sessions.committee_members(s)
    assert item.inspection_id == inspection
    assert [(b.username, b.inspector, b.conflict) for b in item.barred_members] == [
        ("im", True, None),
        ("m2", False, "сиңдиси топтун мүчөсү"),
    ]
    assert item.barred == ("im", "m2")
    assert [(d.username, d.producer_id, d.reason) for d in declared] == [
        ("m2", producer, "сиңдиси топтун мүчөсү")
    ]
    assert sorted(m.username for m in members) == ["chair", "im", "m1", "m2", "m3"]


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 150, 40)).save(out, "JPEG")
    return out.getvalue()


def test_a_photo_leaves_a_draft_with_an_audit_entry_and_stays_in_a_submitted_one(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    _p, product = add_producer(o)
    with unit_of_work(o.factory) as s:
        started = inspections.start_inspection(s, o.inspector, product, o.version_id, clock.today())
        kept = inspections.add_photo(s, o.inspector, started.id, jpeg(1600, 1200), "бал.jpg", "1.2")
        dropped = inspections.add_photo(s, o.inspector, started.id, jpeg(640, 480), "", "1.2")
    with read_unit(o.factory) as s:
        whole = inspections.get_photo(s, kept)
    assert (whole.criterion_code, whole.caption, whole.mime) == ("1.2", "бал.jpg", "image/jpeg")
    assert (whole.width, whole.height) == (1600, 1200)
    assert Image.open(io.BytesIO(whole.data)).size == (1600, 1200)  # the photo, not a thumbnail

    with unit_of_work(o.factory) as s:
        inspections.remove_photo(s, o.inspector, dropped)
    with read_unit(o.factory) as s:
        assert [p[0] for p in inspections.photo_thumbnails(s, started.id)] == [kept]
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.username, last.entity_id) == (
        "inspection.photo_removed",
        "inspector",
        str(started.id),
    )
    assert json.loads(last.details) == {"photo": dropped, "criterion": "1.2"}

    with unit_of_work(o.factory) as s, pytest.raises(NotFound) as gone:
        inspections.remove_photo(s, o.inspector, dropped)
    assert gone.value.code == "photo.not_found"
    with unit_of_work(o.factory) as s, pytest.raises(RuleViolation) as other:
        inspections.remove_photo(s, o.clerk, kept)
    assert other.value.code == "inspection.not_yours"

    good = submitted_inspection(o, product)
    with unit_of_work(o.factory) as s:
        answers = inspections.get_inspection(s, good).answers
        inspections.record_answers(s, o.inspector, started.id, answers)
        inspections.submit(s, o.inspector, started.id)
    with unit_of_work(o.factory) as s, pytest.raises(RuleViolation) as sent:
        inspections.remove_photo(s, o.admin, kept)
    assert sent.value.code == "inspection.not_draft"
    with read_unit(o.factory) as s:
        assert inspections.get_inspection(s, started.id).photo_count == 1
