"""Label sheets: one label per unit of a lot, each with its own serial and signed QR code.

Everything the labels of a print job share (product, producer, lot, dates, brand mark, certificate
number) is drawn once into a PDF form and placed on every label; only the serial and the code
differ. Codes are vector rectangles, one per run of dark modules, at a whole number of printer
dots per module and on the printer's dot grid, so they print sharp on 300-dpi office printers.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from certification.core.errors import InvalidInput
from certification.documents.drawing import (
    MM,
    draw_mark,
    fit_font_size,
    module_pt,
    snap,
    wrap_lines,
)
from certification.documents.fonts import SANS, SANS_BOLD, register_fonts, text_width
from certification.documents.marks import draw_brand_mark
from certification.documents.qrpdf import encoded_bodies, place
from certification.documents.templates import LabelTemplate
from certification.documents.wording import (
    DEFAULT_LANGUAGES,
    check_languages,
    date_text,
    word,
    words,
)
from certification.qrmatrix import QUIET, QrMatrix, encode

MAX_OFFSET_MM = 10.0
MAX_QR_MM = 25.0  # the signed code is specified to fit 25 mm at 300 dpi
MAX_LABELS = 100_000


@dataclass(frozen=True)
class LabelContent:
    """What every label of one print job shows."""

    product: str
    producer: str
    village: str
    lot: str
    produced_on: date
    best_before: date
    certificate_number: str
    brand_mark: bytes | None = None
    languages: tuple[str, ...] = field(default=DEFAULT_LANGUAGES)


@dataclass(frozen=True)
class LabelCode:
    """One label's own part: its serial and the signed code text that carries it."""

    serial: str
    qr_text: str


@dataclass(frozen=True)
class PrinterOffset:
    """Calibration of one printer for one template: how far to move everything, in mm.

    Positive `dx` moves the print right, positive `dy` moves it down.
    """

    dx: float = 0.0
    dy: float = 0.0

    def check(self) -> None:
        if abs(self.dx) > MAX_OFFSET_MM or abs(self.dy) > MAX_OFFSET_MM:
            raise InvalidInput("label.offset_too_large", limit=MAX_OFFSET_MM)


@dataclass(frozen=True)
class LabelGeometry:
    """Where the parts of a label go, in mm from the label's top-left corner."""

    pad: float
    qr_box: float
    text_x: float
    text_width: float
    mark: float

    @classmethod
    def for_template(cls, template: LabelTemplate) -> LabelGeometry:
        w, h = template.label_width, template.label_height
        pad = 1.5 if h < 30 else 2.0
        qr_box = min(h - 2 * pad - 2.4, MAX_QR_MM, w * 0.5)
        if qr_box < 10:
            raise InvalidInput("label.too_small", template=template.id)
        text_x = pad + qr_box + 1.0
        mark = min(9.0, h * 0.25, (w - text_x - pad) * 0.3)
        return cls(pad, qr_box, text_x, w - text_x - pad, mark)


def render_labels(
    template: LabelTemplate,
    content: LabelContent,
    codes: Sequence[LabelCode],
    start: int = 1,
    offset: PrinterOffset = PrinterOffset(),
) -> bytes:
    """The labels of `codes` in order, from position `start` (1-based) of the first sheet."""
    langs = check_languages(content.languages)
    template.check()
    offset.check()
    if not codes:
        raise InvalidInput("label.count", count=0)
    if len(codes) > MAX_LABELS:
        raise InvalidInput("label.count", count=len(codes))
    if not 1 <= start <= template.per_page:
        raise InvalidInput("label.start", start=start, per_page=template.per_page)
    if len({c.serial for c in codes}) != len(codes):
        raise InvalidInput("label.serial_repeated")
    geo = LabelGeometry.for_template(template)
    # The helper (if any) starts here and encodes while the fonts load and the shared form is
    # drawn; it is ended on leaving, however the drawing ends.
    with encoded_bodies([code.qr_text for code in codes]) as bodies:
        register_fonts()
        first = encode(codes[0].qr_text)
        buf = io.BytesIO()
        page_w, page_h = template.page_width * MM, template.page_height * MM
        c = Canvas(
            buf, pagesize=(page_w, page_h), pageCompression=1, invariant=True, initialFontName=SANS
        )
        c.setTitle(f"{content.lot} — {content.product}")
        form = _shared_form(c, template, geo, content, langs, first)
        positions = template.positions()
        lw, lh = template.label_width * MM, template.label_height * MM
        serial_size = _serial_size(template)
        serial_y = (geo.pad + 0.4) * MM  # baseline above the label's bottom edge
        serial_x = lw - (geo.pad + geo.mark + 1.0) * MM
        modules: dict[int, float] = {}
        for i, (code, (width, body)) in enumerate(zip(codes, bodies, strict=True)):
            slot = start - 1 + i
            if i and slot % template.per_page == 0:
                c.showPage()
            x_mm, y_mm = positions[slot % template.per_page]
            left = (x_mm + offset.dx) * MM
            bottom = page_h - (y_mm + offset.dy) * MM - lh
            c.saveState()
            c.translate(left, bottom)
            c.doForm(form)
            c.restoreState()
            module = modules.get(width) or modules.setdefault(width, module_pt(geo.qr_box, width))
            sym_x = snap(left + geo.pad * MM + QUIET * module)
            sym_top = snap(bottom + lh - geo.pad * MM - QUIET * module)
            c.addLiteral(place(body, width, sym_x, sym_top, module))
            c.setFont(SANS_BOLD, serial_size)
            c.drawRightString(serial_x + left, serial_y + bottom, f"№ {code.serial}")
        c.showPage()
        c.save()
        return buf.getvalue()


def _shared_form(
    c: Canvas,
    template: LabelTemplate,
    geo: LabelGeometry,
    content: LabelContent,
    langs: tuple[str, ...],
    sample: QrMatrix,
) -> str:
    """Draw what all labels share once, as a form in label coordinates (origin bottom-left)."""
    name = "label"
    w, h = template.label_width * MM, template.label_height * MM
    c.beginForm(name, 0, 0, w, h)
    # the certificate number under the code, for a person to compare with what the code says
    qr_side_mm = geo.qr_box
    number_size = fit_font_size(content.certificate_number, SANS, 6.5, qr_side_mm * MM, minimum=4)
    c.setFillColor(black)
    c.setFont(SANS, number_size)
    c.drawCentredString(
        (geo.pad + qr_side_mm / 2) * MM,
        h - (geo.pad + qr_side_mm + 2.0) * MM,
        content.certificate_number,
    )
    # the text column
    small = template.label_height < 30 or template.label_width < 55
    label_langs = langs[:1] if small else langs
    serial_size = _serial_size(template)
    column = _TextColumn(
        width=geo.text_width * MM,
        narrow=(geo.text_width - geo.mark - 1.0) * MM,
        top=h - geo.pad * MM,
        mark_top=(geo.pad + geo.mark + 0.5) * MM,
        floor=(geo.pad + 0.4) * MM + serial_size * 0.75 + 0.8 * MM,
    )
    producer = f"{content.producer}, {content.village}" if content.village else content.producer
    facts = [
        (words("lot", label_langs), content.lot),
        (
            "/".join(dict.fromkeys(word("produced", g) for g in label_langs)),
            date_text(content.produced_on),
        ),
        (
            "/".join(dict.fromkeys(word("best_before", g) for g in label_langs)),
            date_text(content.best_before),
        ),
    ]
    x = geo.text_x * MM
    for font, size, text, y in column.lay_out(
        content.product, producer, facts, 7.0 if small else 8.5, 5.5 if small else 6.5
    ):
        c.setFont(font, size)
        c.drawString(x, y, text)
    # the regional brand mark in the bottom-right corner
    m = geo.mark * MM
    draw_mark(
        c, content.brand_mark, draw_brand_mark, w - geo.pad * MM - m, geo.pad * MM, m, "brand"
    )
    c.endForm()
    return name


def _serial_size(template: LabelTemplate) -> float:
    return 7.0 if template.label_height < 30 else 8.0


@dataclass(frozen=True)
class _TextColumn:
    """The text beside the code, in points from the label's bottom-left corner.

    Lines above the brand mark may use the whole `width`; lines beside it only `narrow`; none may
    go below `floor` (the serial's line).
    """

    width: float
    narrow: float
    top: float
    mark_top: float
    floor: float

    def lay_out(
        self,
        product: str,
        producer: str,
        facts: list[tuple[str, str]],
        name_size: float,
        body: float,
    ) -> list[tuple[str, float, str, float]]:
        """(font, size, text, baseline) of each line, from the first plan that fits.

        Plans, best first: everything at full size with each fact on one line; then with the
        dates' values on a line of their own (bilingual keys on 70 mm labels otherwise shrank
        to 5 pt); then the same at 95 %, 90 % … 70 % of the size. If none fits, the last one
        with the facts shrunk to one line each.
        """
        plan: list[tuple[str, float, str, float]] = []
        for scale in (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7):
            for split in (False, True):
                plan = self._plan(product, producer, facts, name_size * scale, body * scale, split)
                if self._fits(plan):
                    return plan
        return self._plan(product, producer, facts, name_size * 0.7, body * 0.7, None)

    def _plan(
        self,
        product: str,
        producer: str,
        facts: list[tuple[str, str]],
        name_size: float,
        body: float,
        split: bool | None,
    ) -> list[tuple[str, float, str, float]]:
        lines: list[tuple[str, float, str, float]] = []  # font, size, text, leading before
        _, name = _fit_lines(product, SANS_BOLD, name_size, name_size, self.width, 3)
        lines += [(SANS_BOLD, name_size, t, name_size * 1.05) for t in name]
        _, who = _fit_lines(producer, SANS, body, body, self.width, 2)
        lines += [(SANS, body, t, body * 1.15 + (1.0 if i == 0 else 0)) for i, t in enumerate(who)]
        for i, (key, value) in enumerate(facts):
            gap = 1.5 if i == 0 else 0
            text = f"{key}: {value}"
            if split is None:  # last resort: shrink to one line
                size = fit_font_size(text, SANS, body, self.width, minimum=4)
                lines.append((SANS, size, text, body * 1.15 + gap))
            elif split and i > 0:
                lines.append((SANS, body, f"{key}:", body * 1.15 + gap))
                lines.append((SANS, body, f"  {value}", body * 1.15))
            else:
                lines.append((SANS, body, text, body * 1.15 + gap))
        out, y = [], self.top
        for font, size, text, leading in lines:
            y -= leading
            out.append((font, size, text, y))
        return out

    def _fits(self, plan: list[tuple[str, float, str, float]]) -> bool:
        for font, size, text, y in plan:
            bottom = y - 0.25 * size
            room = self.width if bottom >= self.mark_top else self.narrow
            if bottom < self.floor or text_width(text, font, size) > room:
                return False
        return True


def _fit_lines(
    text: str, font: str, size: float, minimum: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """Shrink `text` to fit `max_lines` lines of `width`; if it still cannot, end with «…»."""
    lines = wrap_lines(text, font, size, width)
    while len(lines) > max_lines and size > minimum:
        size = max(minimum, size - 0.25)
        lines = wrap_lines(text, font, size, width)
    if len(lines) > max_lines:
        last = lines[max_lines - 1] + "…"
        while text_width(last, font, size) > width and len(last) > 1:
            last = last[:-2] + "…"
        lines = [*lines[: max_lines - 1], last]
    return size, lines


OUTLINE = Color(0.4, 0.4, 0.4)


def render_outline_page(template: LabelTemplate, offset: PrinterOffset = PrinterOffset()) -> bytes:
    """A test page: every label's outline, number and centre cross, moved by the printer offset.

    Printed on plain paper and held against a label sheet, it shows how far the printer is off.
    """
    template.check()
    offset.check()
    register_fonts()
    buf = io.BytesIO()
    page_w, page_h = template.page_width * MM, template.page_height * MM
    c = Canvas(
        buf, pagesize=(page_w, page_h), pageCompression=1, invariant=True, initialFontName=SANS
    )
    c.setTitle(f"{template.id} — outline")
    lw, lh = template.label_width * MM, template.label_height * MM
    c.setLineWidth(0.3)
    for n, (x_mm, y_mm) in enumerate(template.positions(), start=1):
        left = (x_mm + offset.dx) * MM
        bottom = page_h - (y_mm + offset.dy) * MM - lh
        c.setStrokeColor(OUTLINE)
        c.setDash(2, 1.5)
        c.roundRect(left, bottom, lw, lh, max(template.corner * MM, 0.01), stroke=1, fill=0)
        c.setDash()
        cx, cy = left + lw / 2, bottom + lh / 2
        c.line(cx - 3 * MM, cy, cx + 3 * MM, cy)
        c.line(cx, cy - 3 * MM, cx, cy + 3 * MM)
        c.setFont(SANS, 7)
        c.drawString(left + 1.5 * MM, bottom + lh - 3.5 * MM, str(n))
    c.setFont(SANS_BOLD, 8)
    legend = f"{template.id}   {template.label_width:g} × {template.label_height:g} mm   "
    legend += f"dx {offset.dx:+.1f} mm, dy {offset.dy:+.1f} mm   100 %"
    size = fit_font_size(legend, SANS_BOLD, 8, page_w - 4 * MM, minimum=4)
    c.setFont(SANS_BOLD, size)
    c.drawCentredString(page_w / 2, page_h / 2 - 2 * MM if template.roll else 2 * MM, legend)
    c.showPage()
    c.save()
    return buf.getvalue()


def symbol_corner(
    template: LabelTemplate,
    slot: int,
    matrix: QrMatrix,
    offset: PrinterOffset = PrinterOffset(),
) -> tuple[float, float]:
    """Where the code's top-left module lands, in mm from the page's top-left (for checks)."""
    geo = LabelGeometry.for_template(template)
    x_mm, y_mm = template.positions()[slot % template.per_page]
    module = module_pt(geo.qr_box, matrix) / MM
    return (
        x_mm + offset.dx + geo.pad + QUIET * module,
        y_mm + offset.dy + geo.pad + QUIET * module,
    )
