"""The register's refusals, and what a change of name or category does to the certificates that
name the producer or its product."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import Engine

from certification import certificates, producers
from certification.core import audit
from certification.core.errors import InvalidInput, NotFound
from models.db import read_unit, unit_of_work
from models.enums import ProducerKind
from tests.factories import certified, make_office

FORM = producers.ProducerForm(
    kind=ProducerKind.GROUP,
    name="«Ынтымак» аялдар тобу",
    region_code="KG-Y",
    village="Кажы-Сай",
    members=11,
    women=11,
)


BAD_FIELDS = [
    ({"name": "Ы" * 201}, "field.too_long", "name"),
    ({"email": "ынтымак@почта"}, "producer.bad_email", "email"),
    ({"members": -1}, "producer.bad_count", "members"),
    ({"youth": 100_001}, "producer.bad_count", "youth"),
    ({"women": True}, "producer.bad_count", "women"),  # a tick box is not a count
    ({"members": 0, "women": 0}, "producer.bad_count", "members"),
    ({"members": 3, "women": 2, "youth": 4}, "producer.more_than_members", "youth"),
]


def test_a_producer_with_a_bad_field_is_refused_beside_that_field(any_engine: Engine) -> None:
    o = make_office(any_engine)
    for changes, code, field in BAD_FIELDS:
        with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
            producers.register_producer(s, o.clerk, replace(FORM, **changes))  # type: ignore[arg-type]
        assert (refused.value.code, refused.value.fields["field"]) == (code, field), changes
    with read_unit(o.factory) as s:
        assert producers.search_producers(s) == []


def test_renaming_a_producer_or_product_finds_its_certificate_by_the_new_name(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    number, product_id = certified(o)
    with unit_of_work(o.factory) as s:
        producer_id = producers.get_product(s, product_id).producer_id
        form = producers.ProducerForm(
            kind=ProducerKind.GROUP,
            name="«Көк-Жайык» бал тобу",
            region_code="KG-N",
            members=10,
            women=6,
        )
        producers.update_producer(s, o.clerk, producer_id, form)
        producers.update_product(s, o.clerk, product_id, "Кочкор балы", o.category_id, " жапайы ")
    with read_unit(o.factory) as s:
        for query in ("көк-жайык", "кочкор балы"):
            assert [c.number for c in certificates.list_certificates(s, query=query)] == [number]
        assert certificates.list_certificates(s, query="тоо балы") == []
        product = producers.get_product(s, product_id)
        assert (product.name, product.description) == ("Кочкор балы", "жапайы")
        assert audit.verify(s).ok


def test_a_certified_product_keeps_its_category(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _number, product_id = certified(o)
    with unit_of_work(o.factory) as s:
        jam = producers.add_category(s, o.admin, " JAM ", "Джем", "", "")
    assert (jam.code, jam.name_ru, jam.name_en) == ("jam", "Джем", "Джем")
    with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
        producers.update_product(s, o.clerk, product_id, "Тоо балы", jam.id)
    assert (refused.value.code, refused.value.fields["field"]) == (
        "product.category_locked",
        "category",
    )
    with unit_of_work(o.factory) as s:
        loose = producers.add_product(
            s,
            o.clerk,
            producers.get_product(s, product_id).producer_id,
            "Алма джему",
            o.category_id,
        )
        moved = producers.update_product(s, o.clerk, loose.id, "Алма джему", jam.id)
    assert moved.category.code == "jam"  # not certified: free to move
    with read_unit(o.factory) as s:
        assert producers.get_product(s, product_id).category.code == "honey"


def test_a_category_needs_a_free_latin_code_and_a_kyrgyz_name(any_engine: Engine) -> None:
    o = make_office(any_engine)
    for code, name_ky, refusal in [
        ("бал", "Бал", "category.bad_code"),  # codes are Latin, for files and URLs
        ("x" * 33, "Бал", "category.bad_code"),
        ("mead", "  ", "field.required"),
        ("honey", "Бал", "category.exists"),
    ]:
        with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
            producers.add_category(s, o.admin, code, name_ky, "", "")
        assert refused.value.code == refusal
    with read_unit(o.factory) as s:
        assert [c.code for c in producers.categories(s)] == ["honey"]


def test_products_and_photos_that_are_not_there(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _number, product_id = certified(o)
    with read_unit(o.factory) as s:
        producer_id = producers.get_product(s, product_id).producer_id
    cases = [
        ("product.not_found", NotFound, lambda s: producers.get_product(s, 10_000)),
        ("photo.not_found", NotFound, lambda s: producers.remove_product_photo(s, o.clerk, 10_000)),
        (
            "producer.not_found",
            NotFound,
            lambda s: producers.update_producer(s, o.clerk, 10_000, FORM),
        ),
        (
            "field.too_long",
            InvalidInput,
            lambda s: producers.add_product(s, o.clerk, producer_id, "б" * 201, o.category_id),
        ),
        (
            "category.not_found",
            InvalidInput,
            lambda s: producers.add_product(s, o.clerk, producer_id, "Бал", 10_000),
        ),
    ]
    for code, error, call in cases:
        with pytest.raises(error) as refused, unit_of_work(o.factory) as s:
            call(s)
        assert refused.value.code == code
    with read_unit(o.factory) as s:
        assert len(producers.products_of(s, producer_id)) == 1
