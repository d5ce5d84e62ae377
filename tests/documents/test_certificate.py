"""The certificate as producer and buyer see it: bilingual, dated, with a code that reads back."""

from __future__ import annotations

import re

import pytest

from certification.core.errors import InvalidInput
from certification.documents.certificate import render_certificate
from certification.documents.output import write_atomically
from tests.documents import pdfcheck
from tests.documents.samples import certificate, signed_text


def test_code_reads_back_and_number_is_printed_beside_it() -> None:
    pdf = render_certificate(certificate())
    assert pdfcheck.page_count(pdf) == 1
    [page] = pdfcheck.pages(pdf)
    assert pdfcheck.qr_texts(page) == [signed_text(42)]
    text = pdfcheck.text(pdf)
    assert "KG-Y-2026-00042" in text


def test_kyrgyz_and_russian_text_is_real_text_with_dates_dd_mm_yyyy() -> None:
    text = pdfcheck.text(render_certificate(certificate()))
    for phrase in (
        "аймактык бренддин сапат сертификаты",
        "сертификат качества регионального бренда",
        "«Ак-Суу асалчылары» өндүрүш тобу",
        "Тоо чөптөрүнүн балы",
        "Төрага",
        "Председатель",
        "Жумабаева Айгүл Төлөгөновна",
        "14.03.2026",
        "13.03.2029",
        "★★★★☆",
    ):
        assert phrase in text, phrase
    assert "ң" in text and "ө" in text and "ү" in text


def test_languages_are_a_parameter() -> None:
    text = pdfcheck.text(render_certificate(certificate(languages=("ru", "en"))))
    assert "Regional brand quality certificate".lower() in text.lower()
    assert "Производитель" in text
    assert "Өндүрүүчү" not in text


def test_fonts_are_the_projects_own_and_embedded() -> None:
    pdf = render_certificate(certificate())
    fonts = set(re.findall(rb"/BaseFont /([\w+-]+)", pdf))
    assert fonts == {
        b"AAAAAA+DejaVuSans",
        b"AAAAAA+DejaVuSans-Bold",
        b"AAAAAA+DejaVuSerif",
        b"AAAAAA+DejaVuSerif-Bold",
    }
    assert pdf.count(b"/FontFile2") == len(re.findall(rb"/Type /FontDescriptor", pdf))


def test_qr_modules_are_whole_printer_dots() -> None:
    ops = pdfcheck.drawing_operators(render_certificate(certificate()))
    scales = {float(m) for m in re.findall(r"q 0 g ([\d.]+) 0 0 -", ops)}
    assert len(scales) == 1
    dots = scales.pop() * 300 / 72
    assert dots == pytest.approx(round(dots), abs=1e-3) and round(dots) >= 3


@pytest.mark.parametrize(
    ("status", "ky", "ru"),
    [
        ("suspended", "УБАКТЫЛУУ ТОКТОТУЛГАН", "ПРИОСТАНОВЛЕН"),
        ("withdrawn", "КАЙТАРЫЛЫП АЛЫНГАН", "ОТОЗВАН"),
        ("expired", "МӨӨНӨТҮ БҮТКӨН", "СРОК ИСТЁК"),
    ],
)
def test_a_certificate_not_in_force_says_so(status: str, ky: str, ru: str) -> None:
    pdf = render_certificate(certificate(status=status))
    text = pdfcheck.text(pdf)
    assert ky in text and ru in text
    assert pdfcheck.qr_texts(pdfcheck.pages(pdf)[0]) == [signed_text(42)]


def test_an_active_certificate_carries_no_state_warning() -> None:
    text = pdfcheck.text(render_certificate(certificate()))
    assert "ПРИОСТАНОВЛЕН" not in text and "ОТОЗВАН" not in text


def test_reissued_certificate_names_the_one_it_replaces() -> None:
    text = pdfcheck.text(render_certificate(certificate(replaces="KG-Y-2025-00017")))
    assert "КАЙРА БЕРИЛГЕН" in text and "KG-Y-2025-00017" in text


def test_many_long_products_stay_on_the_page_above_the_code() -> None:
    products = tuple(
        f"Ысык-Көлдүн тоо чөптөрүнөн жыйналган табигый бал, сорт {i}, 500 г" for i in range(14)
    )
    pdf = render_certificate(certificate(products=products))
    assert pdfcheck.page_count(pdf) == 1
    text = pdfcheck.text(pdf)
    assert "сорт 13" in text
    assert pdfcheck.qr_texts(pdfcheck.pages(pdf)[0]) == [signed_text(42)]


def test_committee_images_are_used_and_bad_ones_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.documents.samples import photo

    pdf = render_certificate(certificate(emblem=photo((200, 30, 30))))
    assert b"/Subtype /Image" in pdf
    with pytest.raises(InvalidInput) as err:
        render_certificate(certificate(brand_mark=b"not an image"))
    assert err.value.code == "document.image_unreadable"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"products": ()}, "certificate.no_products"),
        ({"status": "lost"}, "certificate.status_unknown"),
        ({"languages": ("ky", "fr")}, "document.languages"),
        ({"stars": 9}, "certificate.stars"),
        ({"qr_text": ""}, "qr.empty"),
    ],
)
def test_bad_values_are_refused_with_a_code(changes: dict[str, object], code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        render_certificate(certificate(**changes))
    assert err.value.code == code


def test_writing_is_whole_or_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = write_atomically(tmp_path / "c.pdf", render_certificate(certificate()))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]
    with pytest.raises(InvalidInput) as err:
        write_atomically(tmp_path / "missing" / "c.pdf", b"%PDF")
    assert err.value.code == "document.folder_missing"


def test_kyrgyz_labels_and_phrases_read_in_kyrgyz_word_order() -> None:
    """«Күчүндө болуу мөөнөтү» labels the date (no «…» left of a phrase cut in two), and the
    certificate a re-issue replaces is named before the Kyrgyz words, after the Russian."""
    text = pdfcheck.text(render_certificate(certificate(replaces="KG-Y-2025-00017")))
    assert "Күчүндө болуу мөөнөтү" in text and "…" not in text
    assert "№ KG-Y-2025-00017 сертификатынын ордуна" in text
    assert "взамен № KG-Y-2025-00017" in text
    assert "Алмаштырат" not in text


def test_the_standards_version_is_words_of_each_language() -> None:
    text = pdfcheck.text(render_certificate(certificate())).replace("\u00a0", " ")
    assert "2-версия / версия 2" in text
