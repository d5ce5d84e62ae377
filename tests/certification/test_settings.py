"""The settings registry: every declared setting checks its type and range, refusals write nothing,
and the values land where documents and the rest of the register read them."""

from __future__ import annotations

import io
import typing
from typing import Any

import pypdfium2
import pytest
from PIL import Image
from sqlalchemy import Engine

from certification import printing, settings
from certification.core import audit
from certification.core.errors import Forbidden, InvalidInput
from certification.documents import labels
from certification.labels import templates as label_templates
from certification.settings import OPTIONS, Kind
from models.db import read_unit, unit_of_work
from tests.factories import certified, make_office


def _png(width: int = 200, height: int = 200, colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


# A value below, above and of the wrong type for each kind; good ones to set.
GOOD: dict[str, Any] = {
    "committee_name_ky": "Ысык-Көл бренд комитети",
    "committee_name_ru": "Иссык-Кульский комитет",
    "committee_name_en": "Issyk-Kul committee",
    "committee_region": "KG-Y",
    "emblem": _png(),
    "brand_mark": _png(colour="green"),
    "numbering_format": "{committee}/{year}/{seq:04d}",
    "validity_months": 24,
    "surveillance_months": 6,
    "expiry_warning_days": 30,
    "default_quorum": 5,
    "document_languages": ["ru", "en"],
    "verify_url_prefix": "https://belgi.kg/v/",
    "label_template": "a4-2x7",
    "label_offset_dx": 1.25,
    "label_offset_dy": -0.5,
    "key_unlocked_minutes": 15,
    "backup_keep_days": 7,
    "backup_folder": "/srv/belgi/backups",
}


def _bad_values(option: settings.Option[Any]) -> list[object]:
    wrong_type: list[object] = [None, True, b"x", ["x"]] if option.kind is not Kind.IMAGE else []
    if option.kind is Kind.INTEGER:
        assert option.minimum is not None and option.maximum is not None
        return [int(option.minimum) - 1, int(option.maximum) + 1, "12", 1.5, *wrong_type[:3]]
    if option.kind is Kind.DECIMAL:
        assert option.minimum is not None and option.maximum is not None
        return [option.minimum - 0.01, option.maximum + 0.01, float("nan"), "1", None]
    if option.kind is Kind.TEXT:
        too_long = "x" * (int(option.maximum or 400) + 1)
        return [too_long, 12, None, *(["  "] if option.required else [])]
    if option.kind is Kind.CHOICE:
        return ["nowhere", 3, None]
    if option.kind is Kind.LANGUAGES:
        return [[], ["ky", "ru", "en"], ["fr"], ["ky", "ky"], "ky"]
    return [b"not an image", _png(10, 10), _png(7000, 70), "image.png", 7]


def test_every_declared_setting_refuses_what_is_outside_its_type_and_range(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    assert set(GOOD) == set(OPTIONS), "a new setting needs its good value here"
    with read_unit(o.factory) as s:
        before = settings.all_settings(s)
        entries = audit.entry_count(s)
    for key, option in OPTIONS.items():
        assert option.title and option.group in settings.GROUP_TITLES, key
        for bad in _bad_values(option):
            with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
                settings.put(s, o.admin.username, key, bad)
            assert refused.value.fields["field"] == key, (key, bad)
    with read_unit(o.factory) as s:
        assert settings.all_settings(s) == before
        assert audit.entry_count(s) == entries  # nothing written


def test_every_setting_takes_a_good_value_and_reads_it_back_as_its_type(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        changed = settings.put_all(s, o.admin, GOOD)
    assert set(changed) == set(GOOD)
    with read_unit(o.factory) as s:
        stored = settings.all_settings(s)
        assert stored == GOOD
        assert settings.get(s, settings.VALIDITY_MONTHS) == 24
        assert settings.get(s, "label_offset_dx") == 1.25
        assert label_templates.printer_offset(s, "a4-2x7") == labels.PrinterOffset(1.25, -0.5)
        assert audit.verify(s).ok
    with unit_of_work(o.factory) as s:
        assert settings.put_all(s, o.admin, GOOD) == []  # saving the same form changes nothing


def test_a_form_is_saved_whole_or_not_at_all_and_only_by_an_administrator(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    with pytest.raises(InvalidInput) as refused, unit_of_work(o.factory) as s:
        settings.put_all(s, o.admin, {"validity_months": 12, "numbering_format": "{year}"})
    assert refused.value.fields["field"] == "numbering_format"
    with pytest.raises(Forbidden), unit_of_work(o.factory) as s:
        settings.put_all(s, o.clerk, {"validity_months": 12})
    with read_unit(o.factory) as s:
        assert settings.get(s, "validity_months") == 36


def test_the_keys_of_each_type_are_the_registry_s(any_engine: Engine) -> None:
    """The typed keys of `get` list every setting of that type, so `get` never says Any."""
    by_kind = {
        settings.TextKey: {Kind.TEXT, Kind.CHOICE},
        settings.IntKey: {Kind.INTEGER},
        settings.DecimalKey: {Kind.DECIMAL},
        settings.ListKey: {Kind.LANGUAGES},
        settings.ImageKey: {Kind.IMAGE},
    }
    for literal, kinds in by_kind.items():
        assert set(typing.get_args(literal)) == {k for k, o in OPTIONS.items() if o.kind in kinds}
    assert settings.MAX_OFFSET_MM == labels.MAX_OFFSET_MM
    assert settings.DEFAULT_TEMPLATE == label_templates.DEFAULT_TEMPLATE


def test_the_preview_shows_the_next_number_and_the_next_certificate_gets_it(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    number, _ = certified(o)
    with read_unit(o.factory) as s:
        year = int(number.split("-")[2])
        preview = settings.next_number_preview(s, "{committee}/{year}/{seq:03d}", year)
        with pytest.raises(InvalidInput):
            settings.next_number_preview(s, "{committee}-{seq:03d", year)
    assert preview.endswith(f"/{year}/002")
    with unit_of_work(o.factory) as s:
        settings.put(s, o.admin.username, "numbering_format", "{committee}/{year}/{seq:03d}")
    second, _ = certified(o, "«Үмүт» аялдар тобу")
    assert second == preview


def test_committee_names_and_the_marks_reach_the_certificate(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, _ = certified(o)
    with unit_of_work(o.factory) as s:
        settings.put_all(
            s, o.admin, {"committee_name_ru": "Новое имя комитета", "emblem": _png(colour="blue")}
        )
    with read_unit(o.factory) as s:
        document = printing.certificate_document(s, number, "QR")
        from certification.documents.certificate import render_certificate

        pdf = render_certificate(document)
    assert document.committee["ru"] == "Новое имя комитета"
    page = pypdfium2.PdfDocument(pdf)[0]
    assert "Новое имя комитета" in page.get_textpage().get_text_range()
    image = page.render(scale=1).to_pil().convert("RGB")
    blue = sum(1 for r, g, b in image.get_flattened_data() if b > 200 and r < 60 and g < 60)
    assert blue > 500  # the emblem drawn is the committee's own blue square
    with unit_of_work(o.factory) as s:
        settings.put(s, o.admin.username, "emblem", None)  # back to the shipped one
    with read_unit(o.factory) as s:
        assert settings.get(s, settings.EMBLEM) is None
