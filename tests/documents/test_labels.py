"""Label sheets as the office prints them: every code reads back, and sits where the stock says."""

from __future__ import annotations

import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2
import pytest

from certification.core.errors import InvalidInput
from certification.documents import qrpdf
from certification.documents.drawing import MM
from certification.documents.labels import (
    LabelCode,
    LabelContent,
    PrinterOffset,
    render_labels,
    render_outline_page,
    symbol_corner,
)
from certification.documents.templates import builtin_templates, find_template
from certification.qrmatrix import encode
from tests.documents import pdfcheck
from tests.documents.samples import signed_text

CONTENT = LabelContent(
    product="Ысык-Көл балы — ак эспарцет, 500 г",
    producer="«Ак-Суу асалчылары» өндүрүш тобу",
    village="Теплоключенка",
    lot="IK25-001",
    produced_on=date(2025, 8, 14),
    best_before=date(2027, 8, 14),
    certificate_number="KG-Y-2026-00042",
)
TOLERANCE_MM = 0.2


def codes(n: int, first: int = 1) -> list[LabelCode]:
    return [LabelCode(f"{i:06d}", signed_text(i)) for i in range(first, first + n)]


def drawn_corners(pdf: bytes, page_height_mm: float) -> list[tuple[float, float]]:
    """Top-left module of each code, in mm from the page's top-left, from the drawing operators."""
    out = []
    ops = pdfcheck.drawing_operators(pdf)
    for m, x0, y0 in re.findall(r"q 0 g ([\d.]+) 0 0 -[\d.]+ ([\d.-]+) ([\d.-]+) cm", ops):
        module = float(m)
        x = (float(x0) + 4 * module) / MM
        y = page_height_mm - (float(y0) - 4 * module) / MM
        out.append((x, y))
    return out


def test_every_code_on_a_part_used_sheet_reads_back_where_the_template_says() -> None:
    template = find_template("a4-3x8")
    labels = codes(30)
    pdf = render_labels(template, CONTENT, labels, start=5)
    assert pdfcheck.page_count(pdf) == 2  # 30 labels from position 5 of 24: 20 + 10
    dpi = 300
    px_per_mm = dpi / 25.4
    sample = encode(labels[0].qr_text)
    seen: dict[str, tuple[float, float]] = {}
    for page_no, image in enumerate(pdfcheck.pages(pdf, dpi=dpi)):
        for code in pdfcheck.qr_codes(image):
            corner = code.position.top_left
            seen[code.text] = (page_no * 1000 + corner.x / px_per_mm, corner.y / px_per_mm)
    assert set(seen) == {c.qr_text for c in labels}
    for i, label in enumerate(labels):
        slot = 4 + i
        ex, ey = symbol_corner(template, slot, sample)
        x, y = seen[label.qr_text]
        page, x = divmod(x, 1000)
        assert page == slot // 24
        # the reader reports the centre of the corner module's outer edge to within a pixel
        assert abs(x - ex) <= TOLERANCE_MM + 25.4 / dpi
        assert abs(y - ey) <= TOLERANCE_MM + 25.4 / dpi


@pytest.mark.parametrize("template", builtin_templates()[::2], ids=lambda t: t.id)
def test_codes_are_drawn_at_the_template_positions(template) -> None:  # type: ignore[no-untyped-def]
    n = template.per_page + 1
    labels = codes(n)
    pdf = render_labels(template, CONTENT, labels)
    sample = encode(labels[0].qr_text)
    corners = drawn_corners(pdf, template.page_height)
    assert len(corners) == n
    for slot, (x, y) in enumerate(corners):
        ex, ey = symbol_corner(template, slot, sample)
        assert abs(x - ex) <= TOLERANCE_MM and abs(y - ey) <= TOLERANCE_MM
        # and the whole code with its quiet zone stays on its label
        lx, ly = template.positions()[slot % template.per_page]
        assert lx <= x - 4 * 0.0 and x + sample.size * 0.4233 <= lx + template.label_width + 0.01
        assert ly <= y and y + sample.size * 0.2 <= ly + template.label_height


@pytest.mark.parametrize("dpi", [300, 600, 203])
def test_codes_print_in_whole_black_dots_without_grey_edges(dpi: int) -> None:
    """As a printer gets the page (rendered at its resolution): a grey edge would be dithered
    into a ragged module. 203 dpi is a thermal roll printer's, off the 300-dpi grid."""
    pdf = render_labels(find_template("a4-3x8"), CONTENT, codes(3))
    page = pdfcheck.pages(pdf, dpi=dpi)[0]
    found = pdfcheck.qr_codes(page)
    assert len(found) == 3
    for code in found:
        p = code.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        symbol = page.crop((min(xs) - 1, min(ys) - 1, max(xs) + 2, max(ys) + 2))
        shades = symbol.histogram()
        assert shades[0] and shades[255]
        assert sum(shades[1:255]) == 0


def test_printer_offset_moves_everything() -> None:
    template = find_template("a4-4x10")
    labels = codes(3)
    plain = drawn_corners(render_labels(template, CONTENT, labels), template.page_height)
    offset = PrinterOffset(dx=1.5, dy=-2.0)
    moved = drawn_corners(render_labels(template, CONTENT, labels, offset=offset), 297)
    for (x0, y0), (x1, y1) in zip(plain, moved, strict=True):
        assert x1 - x0 == pytest.approx(1.5, abs=TOLERANCE_MM)
        assert y1 - y0 == pytest.approx(-2.0, abs=TOLERANCE_MM)


def test_label_text_is_bilingual_and_each_serial_printed() -> None:
    pdf = render_labels(find_template("a4-2x7"), CONTENT, codes(14))
    text = pdfcheck.text(pdf)
    for phrase in ("Ысык-Көл балы", "Партия: IK25-001", "Годен до", "Жарактуу", "14.08.2027"):
        assert phrase in text, phrase
    assert text.count("KG-Y-2026-00042") == 14
    assert all(f"№ {i:06d}" in text for i in range(1, 15))


def test_roll_labels_are_one_per_page_and_read_back() -> None:
    template = find_template("roll-40x30")
    labels = codes(3)
    pdf = render_labels(template, CONTENT, labels)
    assert pdfcheck.page_count(pdf) == 3
    read = [t for page in pdfcheck.pages(pdf, dpi=300) for t in pdfcheck.qr_texts(page)]
    assert read == [c.qr_text for c in labels]


def test_a_long_kyrgyz_name_never_runs_off_the_label() -> None:
    template = find_template("roll-58x40")
    content = replace(
        CONTENT,
        product="Ысык-Көлдүн тоолорунан жыйналган табигый ак эспарцет балы жана тоо чөптөрүнүн "
        "гүлдөрүнөн алынган өзгөчө сорттогу бал, айнек идиште, 500 грамм",
        producer="«Түп районундагы Сары-Булак айылынын аялдар өндүрүш тобу» коомдук бирикмеси",
    )
    pdf = render_labels(template, content, codes(1))
    page = pypdfium2.PdfDocument(pdf)[0]
    width, height = page.get_size()
    textpage = page.get_textpage()
    for i in range(textpage.count_chars()):
        if not textpage.get_text_range(i, 1).strip():
            continue  # line ends the text layer adds
        left, bottom, right, top = textpage.get_charbox(i)
        assert left >= -0.5 and right <= width + 0.5 and bottom >= -0.5 and top <= height + 0.5
    text = pdfcheck.text(pdf)
    assert "Ысык-Көлдүн" in text and "…" in text  # shortened visibly, never cut off silently
    assert pdfcheck.qr_texts(pdfcheck.pages(pdf, dpi=300)[0]) == [signed_text(1)]


def test_outline_page_shows_every_position_with_the_offset() -> None:
    template = find_template("a4-3x7")
    pdf = render_outline_page(template, PrinterOffset(0.5, -0.5))
    text = pdfcheck.text(pdf)
    assert "a4-3x7" in text and "dx +0.5 mm, dy -0.5 mm" in text
    assert all(str(n) in text for n in range(1, 22))


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"start": 25}, "label.start"),
        ({"start": 0}, "label.start"),
        ({"offset": PrinterOffset(dx=12)}, "label.offset_too_large"),
        ({"labels": []}, "label.count"),
        ({"labels": [LabelCode("1", "A"), LabelCode("1", "B")]}, "label.serial_repeated"),
        ({"labels": [LabelCode("1", "9" * 5000)]}, "qr.too_long"),
    ],
)
def test_bad_requests_are_refused_with_a_code(kwargs: dict[str, object], code: str) -> None:
    labels = kwargs.pop("labels", codes(2))
    with pytest.raises(InvalidInput) as err:
        render_labels(find_template("a4-3x8"), CONTENT, labels, **kwargs)  # type: ignore[arg-type]
    assert err.value.code == code


@pytest.mark.parametrize("template_id", ["a4-3x8", "a4-3x7", "a4-2x7", "roll-100x50"])
def test_dates_stay_readable_on_labels_70_mm_and_wider(template_id: str) -> None:
    """Bilingual «Өндүрүлгөн/Изготовлено: …» used to shrink to 5 pt on 70 × 37 mm labels."""
    long_name = replace(CONTENT, producer="«Ак-Суу асалчылары» өндүрүш тобу, Жети-Өгүз району")
    pdf = render_labels(find_template(template_id), long_name, codes(2))
    sizes = {float(s) for s in re.findall(r"/F\S+ ([\d.]+) Tf", pdfcheck.drawing_operators(pdf))}
    assert min(sizes) >= 6.5
    text = " ".join(pdfcheck.text(pdf).split())
    assert "Өндүрүлгөн/Изготовлено: 14.08.2025" in text or "14.08.2025" in text
    assert "Жарактуу/Годен до" in text and "14.08.2027" in text


def test_a_long_job_draws_the_same_sheet_with_its_helper_process_as_without() -> None:
    """From the main thread of a one-thread process that allows it, a long job's second half is
    encoded by a forked helper; on any other thread it is all encoded here. Same bytes."""
    template = find_template("a4-3x8")
    labels = codes(qrpdf.HELPED_FROM + 40)
    with qrpdf.helper_process_allowed():
        assert qrpdf._may_fork() == (sys.platform == "linux")  # else it compares a path with itself
        helped = render_labels(template, CONTENT, labels, start=3)
    assert not qrpdf._may_fork()
    with ThreadPoolExecutor(1) as other_thread:
        alone = other_thread.submit(render_labels, template, CONTENT, labels, 3).result()
    assert helped == alone
    on_last_page = (2 + len(labels)) % template.per_page or template.per_page
    last_page = list(pdfcheck.pages(helped, dpi=200))[-1]
    read = {code.text for code in pdfcheck.qr_codes(last_page)}
    assert read == {c.qr_text for c in labels[-on_last_page:]}


def children() -> set[int]:
    """This process's child processes, running or not yet reaped (Linux)."""
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        found |= {int(pid) for pid in (task / "children").read_text().split()}
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="the helper is a fork on Linux only")
def test_a_job_closed_half_way_leaves_no_helper_process_behind() -> None:
    texts = [c.qr_text for c in codes(qrpdf.HELPED_FROM)]
    before = children()  # the suite's own (a database server, a browser) stay as they are
    with (
        qrpdf.helper_process_allowed(),
        pytest.raises(KeyboardInterrupt),
        qrpdf.encoded_bodies(texts) as bodies,
    ):
        next(bodies)  # the helper is at work on the last part
        helpers = children() - before
        raise KeyboardInterrupt  # a job cancelled, or an error while drawing
    assert len(helpers) == 1
    (helper,) = helpers
    assert helper not in children()
    with pytest.raises(ChildProcessError):  # ended and reaped, not a zombie
        os.waitpid(helper, os.WNOHANG)
