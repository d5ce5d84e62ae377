"""Label stock: built-in sheets and rolls, and the office's own gLabels templates."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from certification.core.errors import InvalidInput, NotFound
from certification.documents.templates import (
    builtin_templates,
    distance_mm,
    find_template,
    parse_glabels,
    template_xml,
)

DATA = Path(__file__).with_name("data")
PEER = """<?xml version="1.0" encoding="UTF-8"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Zweckform" part="3474" size="A4" description="Address Labels">
    <Label-rectangle id="0" width="70mm" height="37mm" round="0mm" x_waste="0mm" y_waste="0mm">
      <Markup-margin size="0mm"/>
      <Layout nx="3" ny="8" x0="0mm" y0="0mm" dx="70mm" dy="37mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False"/>
</Glabels-document>"""


@pytest.mark.parametrize(
    ("tid", "per_page", "size", "first", "last"),
    [
        ("a4-3x8", 24, (70, 37), (0, 0.5), (140, 259.5)),
        ("a4-3x7", 21, (70, 42.3), (0, 0.45), (140, 254.25)),
        ("a4-2x7", 14, (99.1, 38.1), (4.65, 15.15), (106.25, 243.75)),
        ("a4-4x10", 40, (48.5, 25.4), (8, 21.5), (153.5, 250.1)),
        ("roll-58x40", 1, (58, 40), (0, 0), (0, 0)),
        ("roll-40x30", 1, (40, 30), (0, 0), (0, 0)),
        ("roll-100x50", 1, (100, 50), (0, 0), (0, 0)),
    ],
)
def test_builtin_geometry(tid: str, per_page: int, size: tuple[float, float], first, last) -> None:  # type: ignore[no-untyped-def]
    t = find_template(tid)
    assert t.per_page == per_page
    assert (t.label_width, t.label_height) == pytest.approx(size)
    positions = t.positions()
    assert positions[0] == pytest.approx(first)
    assert positions[-1] == pytest.approx(last)
    assert t.roll == tid.startswith("roll")


def test_sheets_are_found_by_brand_and_part_number() -> None:
    assert find_template("Zweckform 3474").positions() == find_template("a4-3x8").positions()
    assert find_template("Avery L7163").label_width == pytest.approx(99.1)
    with pytest.raises(NotFound):
        find_template("Avery 9999")


def test_units_of_gLabels_distances() -> None:
    assert distance_mm("70mm") == pytest.approx(70)
    assert distance_mm("181.4") == pytest.approx(63.99, abs=0.01)  # bare numbers are points
    assert distance_mm("2.54cm") == pytest.approx(25.4)
    assert distance_mm("1in") == pytest.approx(25.4)
    with pytest.raises(InvalidInput):
        distance_mm("seventy")


def test_office_templates_file_with_aliases_equivalents_and_two_grids() -> None:
    found = {t.id: t for t in parse_glabels((DATA / "office-templates.xml").read_bytes())}
    assert set(found) == {"Avery 7160", "Avery L7160", "Herma 4620", "Herma 4620X", "Zebra Z-58"}
    avery = found["Avery L7160"]
    assert (avery.label_width, avery.label_height) == pytest.approx((63.99, 38.1), abs=0.01)
    assert avery.positions()[0] == pytest.approx((7.48, 15.49), abs=0.01)
    assert avery.per_page == 21 and avery.corner == pytest.approx(1.76, abs=0.01)
    herma = found["Herma 4620X"]
    assert herma.per_page == 16
    assert herma.positions()[8] == pytest.approx((105, 0.5))
    roll = found["Zebra Z-58"]
    assert roll.roll and (roll.page_width, roll.page_height) == (58, 40)


def test_a_gLabels_document_gzipped_or_not() -> None:
    for data in (PEER.encode(), gzip.compress(PEER.encode())):
        [t] = parse_glabels(data)
        assert t.id == "Zweckform 3474" and t.per_page == 24


def test_exported_template_reads_back_the_same() -> None:
    t = find_template("a4-2x7")
    xml = f"<Glabels-templates>{template_xml(t)}</Glabels-templates>".encode()
    [back] = parse_glabels(xml)
    assert [p for xy in back.positions() for p in xy] == pytest.approx(
        [p for xy in t.positions() for p in xy]
    )
    assert (back.label_width, back.label_height, back.corner) == (99.1, 38.1, 2.5)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"not xml", "label.import_unreadable"),
        (b'<?xml version="1.0" encoding="TTF-8"?><Glabels-templates/>', "label.import_unreadable"),
        (b"<html/>", "label.import_not_glabels"),
        (b"<Glabels-templates/>", "label.import_no_templates"),
        (
            b'<!DOCTYPE x [<!ENTITY a "aaaa">]><Glabels-templates>&a;</Glabels-templates>',
            "label.import_unreadable",
        ),
        (
            b'<Glabels-templates><Template brand="B" part="P" size="A3">'
            b'<Label-rectangle width="70mm" height="37mm"/></Template></Glabels-templates>',
            "label.template_paper_unknown",
        ),
        (
            b'<Glabels-templates><Template brand="B" part="P" size="A4">'
            b'<Label-rectangle width="70mm" height="37mm">'
            b'<Layout nx="4" ny="1" x0="0" y0="0" dx="70mm" dy="0"/>'
            b"</Label-rectangle></Template></Glabels-templates>",
            "label.template_off_page",
        ),
    ],
)
def test_bad_files_are_refused_with_a_reason(data: bytes, code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_glabels(data)
    assert err.value.code == code


def test_every_builtin_is_valid() -> None:
    for t in builtin_templates():
        t.check()
