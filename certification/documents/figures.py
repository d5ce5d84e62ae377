"""A report of figures as a document: sections of small tables, each row a name and its numbers,
as PDF (with a bar beside each first number), CSV or XLSX (one sheet per section).

The words come already in the reader's language: the caller (the dashboard) translates them, so
the same report reads the same on the screen, on paper and in a spreadsheet.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from certification.documents.drawing import INK, MM
from certification.documents.fonts import SANS, SANS_BOLD, register_fonts

BAR = Color(0.23, 0.42, 0.66)
STRIPE = Color(0.94, 0.95, 0.98)


@dataclass(frozen=True)
class FigureTable:
    """One section: its title, the column names, and rows of a name and its numbers."""

    title: str
    heading: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]  # (name, number, number …)
    note: str = ""
    totals: int = 0  # the last rows that sum the others: in bold, without a bar

    @property
    def parts(self) -> tuple[tuple[str | int, ...], ...]:
        """The rows less the totals: what a chart shows."""
        return self.rows[: len(self.rows) - self.totals]


@dataclass(frozen=True)
class FigureReport:
    title: str
    lines: tuple[str, ...]  # under the title: the committee, the period, when it was made
    tables: tuple[FigureTable, ...]


class _Bar(Flowable):  # type: ignore[misc]
    """A horizontal bar, its length the row's share of the section's largest number."""

    def __init__(self, share: float, width: float, height: float = 3.2 * MM) -> None:
        super().__init__()
        self.share, self.width, self.height = share, width, height

    def draw(self) -> None:
        if self.share > 0:
            self.canv.setFillColor(BAR)
            self.canv.rect(0, 0, max(0.6, self.share * self.width), self.height, stroke=0, fill=1)


def figures_pdf(report: FigureReport) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=16 * MM,
        rightMargin=16 * MM,
        topMargin=14 * MM,
        bottomMargin=14 * MM,
        title=report.title,
        invariant=1,
        initialFontName=SANS,
    )
    cell = ParagraphStyle("c", fontName=SANS, fontSize=8.5, leading=10.5)
    number = ParagraphStyle("n", parent=cell, alignment=2)
    bold = ParagraphStyle("b", parent=cell, fontName=SANS_BOLD)
    bold_number = ParagraphStyle("bn", parent=bold, alignment=2)
    head = ParagraphStyle("h", parent=cell, fontName=SANS_BOLD, textColor=white)
    head_number = ParagraphStyle("hn", parent=head, alignment=2)
    section = ParagraphStyle(
        "s", parent=cell, fontName=SANS_BOLD, fontSize=11, leading=14, textColor=INK
    )
    title = ParagraphStyle("t", parent=cell, fontName=SANS_BOLD, fontSize=15, leading=19)
    story: list[Flowable] = [Paragraph(html.escape(report.title), title)]
    story += [Paragraph(html.escape(line), cell) for line in report.lines]
    usable = A4[0] - 32 * MM
    bar_width = 45 * MM
    for t in report.tables:
        numbers = len(t.heading) - 1
        name_width = usable - bar_width - numbers * 22 * MM
        largest = max((int(r[1]) for r in t.parts if len(r) > 1), default=0)
        rows: list[list[object]] = [
            [Paragraph(html.escape(t.heading[0]), head)]
            + [Paragraph(html.escape(h), head_number) for h in t.heading[1:]]
            + [""]
        ]
        for n, r in enumerate(t.rows):
            total = n >= len(t.parts)
            share = int(r[1]) / largest if largest and not total else 0.0
            name, digits = (bold, bold_number) if total else (cell, number)
            rows.append(
                [Paragraph(html.escape(str(r[0])), name)]
                + [Paragraph(f"{int(v):,}".replace(",", "\u202f"), digits) for v in r[1:]]
                + [_Bar(share, bar_width - 4 * MM)]
            )
        table = Table(rows, colWidths=[name_width, *([22 * MM] * numbers), bar_width], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), INK),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, STRIPE]),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, INK),
                    ("LEFTPADDING", (-1, 0), (-1, -1), 3 * MM),
                ]
            )
        )
        block: list[Flowable] = [Spacer(1, 5 * MM), Paragraph(html.escape(t.title), section)]
        if t.note:
            block.append(Paragraph(html.escape(t.note), cell))
        block += [Spacer(1, 1.5 * MM), table]
        story.append(KeepTogether(block))
    doc.build(story)
    return buf.getvalue()


def figures_csv(report: FigureReport) -> bytes:
    """Each section under its title, its heading, its rows, a blank line; UTF-8 with a BOM so
    spreadsheet programs on office PCs read Cyrillic right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([report.title])
    for line in report.lines:
        writer.writerow([line])
    for t in report.tables:
        writer.writerow([])
        writer.writerow([t.title])
        writer.writerow(t.heading)
        writer.writerows(t.rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def sheet_name(title: str, taken: Sequence[str]) -> str:
    """A sheet's name: at most 31 characters, none of : \\ / ? * [ ], unique in the book."""
    name = "".join(" " if ch in ":\\/?*[]" else ch for ch in title).strip()[:31] or "Sheet"
    base, n = name, 2
    while name.casefold() in (t.casefold() for t in taken):
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    return name


def figures_xlsx(report: FigureReport) -> bytes:
    """One sheet per section: the report's title and lines, the heading in bold, the rows with
    their numbers as numbers."""
    from openpyxl import Workbook  # only when a spreadsheet is written
    from openpyxl.styles import Font

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    names: list[str] = []
    for t in report.tables:
        sheet = book.create_sheet(sheet_name(t.title, names))
        names.append(sheet.title)
        sheet.append([report.title])
        sheet["A1"].font = Font(bold=True, size=13)
        for line in report.lines:
            sheet.append([line])
        sheet.append([t.title])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.append(list(t.heading))
        for c in sheet[sheet.max_row]:
            c.font = Font(bold=True)
        for r in t.rows:
            sheet.append(list(r))
        widest = max((len(str(r[0])) for r in t.rows), default=0)
        sheet.column_dimensions["A"].width = min(60, max(20, widest + 2))
        for column in "BCDEF"[: len(t.heading) - 1]:
            sheet.column_dimensions[column].width = 14
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
