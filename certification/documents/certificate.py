"""The A4 certificate: what the producer frames on the wall and a buyer checks by its QR code."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from certification.core.errors import InvalidInput
from certification.documents.drawing import (
    GOLD,
    INK,
    MM,
    WARNING_RED,
    draw_mark,
    draw_qr,
    fit_font_size,
    module_pt,
    snap,
    wrap_lines,
)
from certification.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from certification.documents.marks import draw_brand_mark, draw_emblem
from certification.documents.wording import (
    DEFAULT_LANGUAGES,
    check_languages,
    date_text,
    phrases,
    word,
    words,
)
from certification.qrmatrix import QrMatrix, encode

STATUSES = ("active", "suspended", "withdrawn", "expired", "superseded")
GREY = Color(0.35, 0.37, 0.42)
QR_BOX_MM = 32


def localized(names: Mapping[str, str], lang: str) -> str:
    """A name in `lang`, else in Kyrgyz, Russian or English, whichever the record has."""
    for candidate in (lang, "ky", "ru", "en"):
        if names.get(candidate):
            return names[candidate]
    return ""


@dataclass(frozen=True)
class CertificateDocument:
    """Everything printed on a certificate, as plain values."""

    number: str
    committee: Mapping[str, str]  # language → committee name
    producer: str
    producer_place: str  # village, district, region as one line
    products: tuple[str, ...]
    standard: str  # code and title, e.g. «BABP-HONEY — Бал»
    standard_version: int
    issued_on: date
    valid_until: date
    qr_text: str
    stars: int | None = None
    max_stars: int = 5
    status: str = "active"
    status_as_of: date | None = None
    replaces: str | None = None  # number of the certificate this one re-issues
    chair: str = ""
    secretary: str = ""
    emblem: bytes | None = None
    brand_mark: bytes | None = None
    languages: tuple[str, ...] = field(default=DEFAULT_LANGUAGES)

    def check(self) -> None:
        check_languages(self.languages)
        if not self.number.strip():
            raise InvalidInput("certificate.number_missing")
        if self.status not in STATUSES:
            raise InvalidInput("certificate.status_unknown", status=self.status)
        if not self.products:
            raise InvalidInput("certificate.no_products", number=self.number)
        if self.valid_until < self.issued_on:
            raise InvalidInput("certificate.dates", number=self.number)
        if self.stars is not None and not 0 <= self.stars <= self.max_stars:
            raise InvalidInput("certificate.stars", stars=self.stars)


def render_certificate(doc: CertificateDocument) -> bytes:
    """One A4 page, PDF bytes."""
    doc.check()
    register_fonts(serif=True)
    qr = encode(doc.qr_text)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, invariant=True, initialFontName=SANS)
    c.setTitle(f"{word('certificate', doc.languages[0])} {doc.number}")
    c.setAuthor(localized(doc.committee, doc.languages[0]))
    _Page(c, doc).draw(qr)
    c.showPage()
    c.save()
    return buf.getvalue()


class _Page:
    """Lays the certificate out from the top down; `y` is the baseline cursor in points."""

    width, height = A4
    left = 22 * MM
    right = A4[0] - 22 * MM

    def __init__(self, canvas: Canvas, doc: CertificateDocument) -> None:
        self.c = canvas
        self.doc = doc
        self.langs = doc.languages
        self.y = self.height - 16 * MM

    def draw(self, qr: QrMatrix) -> None:
        self.frame()
        self.header()
        self.title()
        self.state_banner()
        self.statement()
        self.fields()
        self.footer(qr)
        self.watermark()

    def frame(self) -> None:
        c = self.c
        c.setStrokeColor(INK)
        c.setLineWidth(2.2)
        c.rect(9 * MM, 9 * MM, self.width - 18 * MM, self.height - 18 * MM)
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8)
        c.rect(11.5 * MM, 11.5 * MM, self.width - 23 * MM, self.height - 23 * MM)

    def header(self) -> None:
        c, doc = self.c, self.doc
        mark = 27 * MM
        top = self.height - 15 * MM
        draw_mark(c, doc.emblem, draw_emblem, self.left - 4 * MM, top - mark, mark, "emblem")
        draw_mark(
            c,
            doc.brand_mark,
            draw_brand_mark,
            self.right + 4 * MM - mark,
            top - mark,
            mark,
            "brand",
        )
        width = self.right - self.left - 2 * mark
        y = top - 7 * MM
        for i, lang in enumerate(self.langs):
            font = SANS_BOLD if i == 0 else SANS
            size = 11 if i == 0 else 9.5
            for line in wrap_lines(localized(doc.committee, lang), font, size, width):
                c.setFont(font, size)
                c.setFillColor(INK)
                c.drawCentredString(self.width / 2, y, line)
                y -= size * 1.25
        c.setFont(SANS, 8)
        c.setFillColor(GREY)
        c.drawCentredString(self.width / 2, y - 1, words("programme", self.langs, " · "))
        self.y = min(y - 6 * MM, top - mark - 8 * MM)

    def title(self) -> None:
        c = self.c
        c.setFillColor(INK)
        c.setFont(SERIF_BOLD, 34)
        self.y -= 10 * MM
        c.drawCentredString(self.width / 2, self.y, word("certificate", self.langs[0]))
        self.y -= 8 * MM
        c.setFont(SERIF, 12)
        for lang in self.langs:
            c.drawCentredString(self.width / 2, self.y, word("certificate_of", lang))
            self.y -= 5.5 * MM
        self.y -= 3 * MM
        c.setFont(SANS_BOLD, 20)
        c.setFillColor(black)
        c.drawCentredString(self.width / 2, self.y, f"№ {self.doc.number}")
        self.y -= 5 * MM

    def state_banner(self) -> None:
        """A re-issued, suspended, withdrawn or expired certificate says so on its face."""
        doc, c = self.doc, self.c
        lines = []
        if doc.status != "active":
            text = words(f"status_{doc.status}", self.langs)
            if doc.status_as_of is not None:
                text += f" — {date_text(doc.status_as_of)}"
            lines.append(text)
        if doc.replaces:
            replaces = phrases("replaces", self.langs, number=doc.replaces)
            lines.append(f"{words('reissued', self.langs)} — {replaces}")
        if not lines:
            self.y -= 4 * MM
            return
        height = (len(lines) * 6 + 3) * MM
        top = self.y
        colour = WARNING_RED if doc.status != "active" else GOLD
        c.setFillColor(colour)
        c.roundRect(
            self.left, top - height, self.right - self.left, height, 2 * MM, stroke=0, fill=1
        )
        c.setFillColor(white)
        y = top - 6 * MM
        for line in lines:
            size = fit_font_size(line, SANS_BOLD, 12, self.right - self.left - 6 * MM)
            c.setFont(SANS_BOLD, size)
            c.drawCentredString(self.width / 2, y, line)
            y -= 6 * MM
        self.y = top - height - 5 * MM

    def statement(self) -> None:
        c = self.c
        c.setFillColor(black)
        for i, lang in enumerate(self.langs):
            size = 10.5 if i == 0 else 9.5
            for line in wrap_lines(word("statement", lang), SERIF, size, self.right - self.left):
                c.setFont(SERIF, size)
                c.drawCentredString(self.width / 2, self.y, line)
                self.y -= size * 1.3
            self.y -= 1.5 * MM
        self.y -= 3 * MM

    def fields(self) -> None:
        doc = self.doc
        rows: list[tuple[str, list[str]]] = [
            ("producer", [doc.producer, doc.producer_place]),
            ("products", [f"• {p}" for p in doc.products]),
            # the version on a line of its own, so «версия» and its number never part
            ("standard", [doc.standard, phrases("version", self.langs, n=doc.standard_version)]),
        ]
        if doc.stars is not None:
            stars = "★" * doc.stars + "☆" * (doc.max_stars - doc.stars)
            rows.append(("stars", [stars]))
        rows.append(("issued", [date_text(doc.issued_on)]))
        rows.append(("valid_until", [date_text(doc.valid_until)]))
        label_width = 52 * MM
        value_x = self.left + label_width
        value_width = self.right - value_x
        bottom_limit = 72 * MM  # the footer (QR code and signatures) starts below this
        # Products may be many: shrink the values until the whole table fits above the footer.
        size = 12.0
        while True:
            laid = [
                (
                    key,
                    [ln for v in values if v for ln in wrap_lines(v, SANS_BOLD, size, value_width)],
                )
                for key, values in rows
            ]
            needed = sum(
                max(len(lines), len(self.langs)) * size * 1.3 + 2.5 * MM for _, lines in laid
            )
            if self.y - needed >= bottom_limit or size <= 6:
                break
            size -= 0.5
        # Few products leave the middle of the page empty: spread the rows over it instead.
        spare = self.y - needed - bottom_limit
        gap = min(max(spare, 0) / (len(laid) + 1), 7 * MM)
        self.y -= gap
        c = self.c
        for key, lines in laid:
            top = self.y
            c.setStrokeColor(GOLD)
            c.setLineWidth(0.4)
            c.line(self.left, top + size * 0.95, self.right, top + size * 0.95)
            c.setFillColor(GREY)
            for i, lang in enumerate(self.langs):
                c.setFont(SANS, 7.5)
                c.drawString(self.left, top - i * 8.5, word(key, lang))
            c.setFillColor(black)
            for i, line in enumerate(lines):
                is_stars = key == "stars"
                c.setFont(SANS_BOLD, size * (1.4 if is_stars else 1))
                if is_stars:
                    c.setFillColor(GOLD)
                c.drawString(value_x, top - i * size * 1.3, line)
                c.setFillColor(black)
            self.y = top - max(len(lines) * size * 1.3, len(self.langs) * 8.5) - 2.5 * MM - gap

    def footer(self, qr: QrMatrix) -> None:
        c, doc = self.c, self.doc
        module = module_pt(QR_BOX_MM, qr)
        x = snap(self.left - 3 * MM)
        y = snap(18 * MM)
        side = draw_qr(c, qr, x, y, module)
        # the number beside the code, so a person can compare it with what the code says
        tx = x + side + 1 * MM
        c.setFillColor(black)
        c.setFont(SANS_BOLD, 11)
        c.drawString(tx, y + side - 10 * MM, doc.number)
        c.setFillColor(GREY)
        hint_y = y + side - 15 * MM
        for lang in self.langs:
            for line in wrap_lines(word("verify_hint", lang), SANS, 7, 48 * MM):
                c.setFont(SANS, 7)
                c.drawString(tx, hint_y, line)
                hint_y -= 8.5
        # signature lines
        sig_x = self.width / 2 + 12 * MM
        sig_w = self.right - sig_x
        for i, (role, name) in enumerate((("chair", doc.chair), ("secretary", doc.secretary))):
            base = 50 * MM - i * 24 * MM
            c.setStrokeColor(black)
            c.setLineWidth(0.6)
            c.line(sig_x, base, sig_x + sig_w, base)
            c.setFillColor(GREY)
            c.setFont(SANS, 7.5)
            c.drawString(
                sig_x, base - 9, f"{words(role, self.langs)} ({words('signature', self.langs)})"
            )
            if name:
                c.setFillColor(black)
                c.setFont(SANS_BOLD, fit_font_size(name, SANS_BOLD, 10, sig_w))
                c.drawString(sig_x, base - 20, name)

    def watermark(self) -> None:
        """A large diagonal state across the page: a suspended certificate cannot pass as valid."""
        if self.doc.status == "active":
            return
        c = self.c
        text = word(f"status_{self.doc.status}", self.langs[0])
        c.saveState()
        c.setFillColor(WARNING_RED, alpha=0.12)
        c.translate(self.width / 2, self.height / 2 - 20 * MM)
        c.rotate(35)
        size = fit_font_size(text, SANS_BOLD, 72, 230 * MM, minimum=20)
        c.setFont(SANS_BOLD, size)
        c.drawCentredString(0, 0, text)
        c.restoreState()
