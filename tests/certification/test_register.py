"""Producers, products, photos, search, users and settings."""

import io
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import Engine

from certification import producers, settings, users
from certification.core import audit
from certification.core.errors import DomainError, Forbidden, InvalidInput
from models.db import read_unit, unit_of_work
from models.enums import ProducerKind, Role
from tests.factories import add_producer, make_office

FORM = producers.ProducerForm(
    kind=ProducerKind.GROUP,
    name="«Ынтымак» аялдар тобу",
    region_code="KG-Y",
    village="Кажы-Сай",
    members=11,
    women=11,
)


def test_search_finds_cyrillic_in_any_case(any_engine: Engine) -> None:
    o = make_office(any_engine)
    add_producer(o, "«Ак-Суу бал» өндүрүш тобу")
    add_producer(o, "«Үмүт» аялдар тобу", product="Шырдак")
    add_producer(o, "Asanova Gulnara", product="Ala-kiyiz")
    with read_unit(o.factory) as s:
        assert [p.name for p in producers.search_producers(s, "АК-СУУ")] == [
            "«Ак-Суу бал» өндүрүш тобу"
        ]
        assert [p.name for p in producers.search_producers(s, "ҮМҮТ")] == ["«Үмүт» аялдар тобу"]
        assert [p.name for p in producers.search_producers(s, "шЫрДаК")] == [
            "«Үмүт» аялдар тобу"
        ]  # by product name
        assert [p.name for p in producers.search_producers(s, "gulnara")] == ["Asanova Gulnara"]
        assert producers.search_producers(s, "100%_") == []  # wildcards are literal


def test_producer_validation_names_the_field(any_engine: Engine) -> None:
    o = make_office(any_engine)
    bad = [
        (replace(FORM, name="  "), "name"),
        (replace(FORM, region_code="KG-X"), "region_code"),
        (replace(FORM, women=12), "women"),
        (replace(FORM, phone="call me"), "phone"),
        (replace(FORM, tax_id="123"), "tax_id"),
        (replace(FORM, kind=ProducerKind.INDIVIDUAL), "members"),
    ]
    for form, field in bad:
        with pytest.raises(InvalidInput) as caught, unit_of_work(o.factory) as s:
            producers.register_producer(s, o.clerk, form)
        assert caught.value.fields["field"] == field
    with read_unit(o.factory) as s:
        assert producers.search_producers(s) == []  # nothing half-written


def test_participation_totals(any_engine: Engine) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        producers.register_producer(s, o.clerk, FORM)
        producers.register_producer(
            s,
            o.clerk,
            replace(
                FORM,
                kind=ProducerKind.INDIVIDUAL,
                name="Осмонова Чолпон",
                members=1,
                women=1,
                youth=1,
            ),
        )
        totals = producers.participation(s)
    assert totals == {"producers": 2, "groups": 1, "members": 12, "women": 12, "youth": 1}


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 150, 30)).save(out, "PNG")
    return out.getvalue()


def test_photos_get_thumbnails_and_bad_files_are_refused(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    with unit_of_work(o.factory) as s:
        photo = producers.add_product_photo(s, o.clerk, product, _png(1600, 900), "Банка")
    thumb = Image.open(io.BytesIO(photo.thumbnail))
    assert thumb.format == "JPEG" and max(thumb.size) == 256
    for data, code in [
        (b"not an image at all", "photo.unreadable"),
        (b"GIF89a" + b"\0" * 50, "photo.unreadable"),
        (b"x" * (9 * 1024 * 1024), "photo.too_large"),
    ]:
        with pytest.raises(InvalidInput) as caught, unit_of_work(o.factory) as s:
            producers.add_product_photo(s, o.clerk, product, data)
        assert caught.value.code == code
    with read_unit(o.factory) as s:
        assert len(producers.product_photos(s, product)) == 1


def test_decompression_bomb_is_refused_before_decoding(any_engine: Engine) -> None:
    o = make_office(any_engine)
    _producer, product = add_producer(o)
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, "PNG")  # 144 Mpx in ~20 kB
    with pytest.raises(InvalidInput) as caught, unit_of_work(o.factory) as s:
        producers.add_product_photo(s, o.clerk, product, out.getvalue())
    assert caught.value.code in ("photo.too_many_pixels", "photo.unreadable")


def test_login_counts_failures_and_resets_on_success(any_engine: Engine) -> None:
    o = make_office(any_engine)
    for expected in (1, 2, 3):
        with unit_of_work(o.factory) as s:
            attempt = users.login(s, "clerk", "wrong")
        assert attempt.user is None and attempt.failures == expected
        with pytest.raises(Forbidden):
            attempt.accepted()
    assert users.login_delay(2) == 0 and users.login_delay(3) > 0 and users.login_delay(99) == 30
    with unit_of_work(o.factory) as s:
        assert users.login(s, "clerk", "secret").accepted().username == "clerk"
        assert users.failed_logins(s, "clerk") == 0
        assert users.login(s, "nobody", "secret").user is None


def test_roles_are_enforced(any_engine: Engine) -> None:
    o = make_office(any_engine)
    users.require(o.admin, Role.CHAIR)  # admins hold every role
    with pytest.raises(Forbidden):
        users.require(o.inspector, Role.CHAIR)


def test_settings_are_validated_and_audited(any_engine: Engine) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        assert settings.get(s, "numbering_format") == "{region}-{year}-{seq:05d}"
        settings.put(s, "admin", "validity_months", 24)
        settings.put(s, "admin", "verify_url_prefix", "https://belgi.kg/v/")
    for key, value in [
        ("validity_months", 0),
        ("numbering_format", "{region}-{year}"),
        ("document_languages", ["ky", "fr"]),
        ("verify_url_prefix", "ftp://x y"),
        ("nonsense", 1),
        ("validity_months", "12"),
    ]:
        with pytest.raises(DomainError), unit_of_work(o.factory) as s:
            settings.put(s, "admin", key, value)
    with read_unit(o.factory) as s:
        assert settings.get(s, "validity_months") == 24
        assert audit.verify(s).ok


def test_only_the_secretary_and_inspectors_keep_the_register(any_engine: Engine) -> None:
    o = make_office(any_engine)
    for outsider in (o.chair, o.members[0]):
        with pytest.raises(Forbidden), unit_of_work(o.factory) as s:
            producers.register_producer(s, outsider, FORM)
    with unit_of_work(o.factory) as s:
        assert producers.register_producer(s, o.inspector, FORM).name == FORM.name
        assert producers.register_producer(s, o.admin, replace(FORM, name="Б")).name == "Б"
