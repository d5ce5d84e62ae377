"""The inspection report shows what was checked, what failed and why, on as many pages as needed."""

from __future__ import annotations

import pytest

from certification.core.errors import InvalidInput
from certification.documents.inspection_report import ReportPhoto, render_inspection_report
from tests.documents import pdfcheck
from tests.documents.samples import inspection_report


def test_report_lists_criteria_score_reasons_and_non_conformities() -> None:
    pdf = render_inspection_report(inspection_report())
    assert pdfcheck.page_count(pdf) >= 2  # 42 criteria flow onto a second page
    text = pdfcheck.text(pdf)
    for phrase in (
        "Текшерүүнүн актысы",
        "Акт проверки",
        "Нымдуулук",
        "17,2 %",
        "допустимо: ≤ 20",
        "Даамы жана жыты 39",
        "82,5 %",
        "ӨТТҮ",
        "ПРОЙДЕНО",
        "Бардык критикалык талаптар аткарылды",
        "Этикеткада өндүрүлгөн күнү жок",
        "01.04.2026",
        "20.02.2026",
        "Бал сакталган жай",
    ):
        assert phrase in text, phrase


def test_a_failed_inspection_says_so() -> None:
    text = pdfcheck.text(render_inspection_report(inspection_report(passed=False, stars=None)))
    assert "ӨТКӨН ЖОК" in text and "НЕ ПРОЙДЕНО" in text


def test_photos_are_embedded_and_unreadable_ones_refused() -> None:
    pdf = render_inspection_report(inspection_report())
    assert b"/Subtype /Image" in pdf
    with pytest.raises(InvalidInput) as err:
        render_inspection_report(inspection_report(photos=(ReportPhoto("x", b"\x00garbage"),)))
    assert err.value.code == "document.image_unreadable"


def test_report_uses_only_the_shipped_fonts() -> None:
    import re

    pdf = render_inspection_report(inspection_report())
    fonts = set(re.findall(rb"/BaseFont /([\w+-]+)", pdf))
    assert fonts == {b"AAAAAA+DejaVuSans", b"AAAAAA+DejaVuSans-Bold"}
