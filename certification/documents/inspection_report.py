"""The inspection report: what was checked and found, the score and why, for the committee."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from certification.documents.certificate import localized
from certification.documents.drawing import GREEN, INK, MM, WARNING_RED, image_reader
from certification.documents.fonts import SANS, SANS_BOLD, register_fonts
from certification.documents.wording import (
    DEFAULT_LANGUAGES,
    check_languages,
    date_text,
    phrases,
    words,
)

LIGHT = Color(0.93, 0.94, 0.97)
FAIL_TINT = Color(0.99, 0.90, 0.90)


@dataclass(frozen=True)
class ReportCriterion:
    code: str
    text: str
    answer: str  # already worded: «ооба», «12,5 %», the chosen option, a note
    points: str = ""  # e.g. «4 / 5»; empty for notes
    allowed: str = ""  # acceptable range or options, e.g. «10–18 %»
    critical: bool = False
    ok: bool | None = None  # False marks a failed criterion in red
    note: str = ""


@dataclass(frozen=True)
class ReportGroup:
    name: str
    weight: str
    criteria: tuple[ReportCriterion, ...]


@dataclass(frozen=True)
class ReportNonConformity:
    criterion_code: str
    description: str
    corrective_action: str = ""
    due_on: date | None = None
    status: str = "open"


@dataclass(frozen=True)
class ReportPhoto:
    caption: str
    data: bytes  # JPEG or PNG


@dataclass(frozen=True)
class InspectionReportDocument:
    committee: Mapping[str, str]
    producer: str
    product: str
    standard: str
    standard_version: int
    inspector: str
    inspected_on: date
    groups: tuple[ReportGroup, ...]
    score: str  # e.g. «82,5 %»
    pass_mark: str
    passed: bool
    reasons: tuple[str, ...] = ()
    stars: int | None = None
    place: str = ""
    sample_lot: str = ""
    non_conformities: tuple[ReportNonConformity, ...] = ()
    photos: tuple[ReportPhoto, ...] = ()
    languages: tuple[str, ...] = field(default=DEFAULT_LANGUAGES)


def render_inspection_report(doc: InspectionReportDocument) -> bytes:
    """A4 pages, PDF bytes; long criteria lists flow onto further pages with the header repeated."""
    langs = check_languages(doc.languages)
    register_fonts()
    st = _styles()
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * MM,
        rightMargin=15 * MM,
        topMargin=15 * MM,
        bottomMargin=15 * MM,
        title=f"{words('inspection_report', langs)} — {doc.product}",
        author=localized(doc.committee, langs[0]),
        invariant=1,
        initialFontName=SANS,
    )

    def w(key: str) -> str:
        return words(key, langs)

    def p(text: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), st[style])

    story: list[Flowable] = [
        p(localized(doc.committee, langs[0]), "small"),
        p(w("inspection_report"), "title"),
    ]
    info = [
        (w("producer"), doc.producer),
        (w("product"), doc.product),
        (
            w("standard"),
            f"{doc.standard}, {phrases('version', langs, n=doc.standard_version)}",
        ),
        (w("inspector"), doc.inspector),
        (w("inspected_on"), date_text(doc.inspected_on)),
    ]
    if doc.place:
        info.append((w("place"), doc.place))
    if doc.sample_lot:
        info.append((w("sample_lot"), doc.sample_lot))
    story.append(_grid([[p(k, "label"), p(v, "bold")] for k, v in info], (50 * MM, None)))
    story.append(Spacer(1, 4 * MM))

    header = [p(w(k), "head") for k in ("criterion", "answer", "points")]
    for group in doc.groups:
        story.append(p(f"{group.name}  ({w('weight')}: {group.weight})", "group"))
        rows: list[list[Flowable]] = [[p("№", "head"), *header]]
        failed_rows = []
        for i, cr in enumerate(group.criteria, start=1):
            text = cr.text + (f"  [{w('critical')}]" if cr.critical else "")
            answer = cr.answer + (f"\n({w('allowed')}: {cr.allowed})" if cr.allowed else "")
            if cr.note:
                answer += f"\n{cr.note}"
            rows.append([p(cr.code), p(text), p(answer), p(cr.points)])
            if cr.ok is False:
                failed_rows.append(i)
        table = _grid(rows, (14 * MM, 88 * MM, 55 * MM, None), header=True)
        for i in failed_rows:
            table.setStyle(TableStyle([("BACKGROUND", (0, i), (-1, i), FAIL_TINT)]))
        story.append(table)
        story.append(Spacer(1, 3 * MM))

    verdict = w("passed") if doc.passed else w("failed")
    result = [
        [p(w("score"), "label"), p(f"{doc.score}   ({w('pass_mark')}: {doc.pass_mark})", "bold")],
    ]
    if doc.stars is not None:
        result.append([p(w("stars"), "label"), p("★" * doc.stars, "stars")])
    result.append([p(w("result"), "label"), p(verdict, "pass" if doc.passed else "fail")])
    if doc.reasons:
        result.append([p(w("reasons"), "label"), p("\n".join(f"• {r}" for r in doc.reasons))])
    story.append(KeepTogether([_grid(result, (50 * MM, None))]))
    story.append(Spacer(1, 4 * MM))

    story.append(p(w("non_conformities"), "group"))
    if doc.non_conformities:
        rows = [
            [
                p("№", "head"),
                *(p(w(k), "head") for k in ("non_conformities", "corrective_action", "due")),
            ]
        ]
        for nc in doc.non_conformities:
            due = date_text(nc.due_on) if nc.due_on else ""
            rows.append([p(nc.criterion_code), p(nc.description), p(nc.corrective_action), p(due)])
        story.append(_grid(rows, (14 * MM, 80 * MM, 60 * MM, None), header=True))
    else:
        story.append(p(w("none")))

    if doc.photos:
        story.append(Spacer(1, 4 * MM))
        cells: list[list[list[Flowable] | Flowable]] = []
        for i, photo in enumerate(doc.photos):
            reader = image_reader(photo.data, f"photo {i + 1}")
            iw, ih = reader.getSize()
            scale = min(56 * MM / iw, 42 * MM / ih)
            image = Image(io.BytesIO(photo.data), iw * scale, ih * scale)
            if i % 3 == 0:
                cells.append([])
            cells[-1].append([image, p(photo.caption, "small")])
        while len(cells[-1]) < 3:
            cells[-1].append(Spacer(1, 1))
        photos = Table(cells, colWidths=[60 * MM] * 3)
        photos.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SANS)])
        )
        story.append(KeepTogether([p(w("photos"), "group"), photos]))

    def footer(canvas: object, document: object) -> None:
        from reportlab.pdfgen.canvas import Canvas

        assert isinstance(canvas, Canvas)
        canvas.setFont(SANS, 7)
        canvas.setFillColor(INK)
        canvas.drawString(15 * MM, 8 * MM, f"{doc.producer} — {doc.product}")
        canvas.drawRightString(A4[0] - 15 * MM, 8 * MM, str(canvas.getPageNumber()))

    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def _grid(
    rows: list[list[Flowable]], widths: tuple[float | None, ...], header: bool = False
) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, Color(0.75, 0.77, 0.82)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), INK))
    table.setStyle(TableStyle(style))
    return table


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName=SANS, bulletFontName=SANS, fontSize=8.5, leading=10.5)

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "cell": derive("cell-multi", splitLongWords=1),
        "small": derive("small", fontSize=7.5, leading=9),
        "label": derive("label", textColor=Color(0.35, 0.37, 0.42)),
        "bold": derive("bold", fontName=SANS_BOLD),
        "head": derive("head", fontName=SANS_BOLD, textColor=white),
        "group": derive("group", fontName=SANS_BOLD, fontSize=10.5, leading=14, textColor=INK),
        "title": derive("title", fontName=SANS_BOLD, fontSize=16, leading=22, textColor=INK),
        "stars": derive("stars", fontName=SANS_BOLD, fontSize=13, leading=15),
        "pass": derive("pass", fontName=SANS_BOLD, fontSize=11, leading=13, textColor=GREEN),
        "fail": derive("fail", fontName=SANS_BOLD, fontSize=11, leading=13, textColor=WARNING_RED),
    }
