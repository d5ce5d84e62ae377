"""The public register of certified products: PDF, CSV, XLSX, a static web page with JSON.

Suspended, withdrawn and expired certificates stay in the register with their state, so a buyer
holding an old label can see what became of it.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from certification.core.errors import InvalidInput
from certification.documents.drawing import INK, MM
from certification.documents.fonts import SANS, SANS_BOLD, register_fonts
from certification.documents.output import write_atomically
from certification.documents.wording import (
    DEFAULT_LANGUAGES,
    check_languages,
    date_text,
    phrases,
    word,
    words,
)

REGISTER_STATUSES = ("active", "suspended", "withdrawn", "expired", "superseded")
COLUMNS = ("number", "status", "producer", "village", "region", "products", "issued", "valid_until")


@dataclass(frozen=True)
class RegisterEntry:
    number: str
    status: str
    producer: str
    village: str
    region: str
    products: tuple[str, ...]
    issued: date
    valid_until: date
    stars: int | None = None


@dataclass(frozen=True)
class Register:
    committee: str
    as_of: date
    entries: tuple[RegisterEntry, ...]
    languages: tuple[str, ...] = field(default=DEFAULT_LANGUAGES)

    def check(self) -> None:
        check_languages(self.languages)
        for e in self.entries:
            if e.status not in REGISTER_STATUSES:
                raise InvalidInput("register.status_unknown", status=e.status, number=e.number)


def _heading(key: str, langs: Sequence[str]) -> str:
    keys = {"number": "number", "issued": "issued", "valid_until": "valid_until"}
    return words(keys.get(key, key), langs)


def _status(status: str, lang: str) -> str:
    return word(f"status_{status}", lang).capitalize()


def _row(e: RegisterEntry, lang: str) -> list[str]:
    return [
        e.number,
        _status(e.status, lang),
        e.producer,
        e.village,
        e.region,
        "; ".join(e.products),
        date_text(e.issued),
        date_text(e.valid_until),
    ]


def register_csv(register: Register) -> bytes:
    """UTF-8 with a byte-order mark so spreadsheet programs on office PCs read Cyrillic right."""
    register.check()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_heading(c, register.languages) for c in COLUMNS])
    for e in register.entries:
        writer.writerow(_row(e, register.languages[0]))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def register_xlsx(register: Register) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    register.check()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = word("register_sheet", register.languages[0])
    sheet.append([f"{words('register', register.languages)} — {register.committee}"])
    sheet.append([phrases("as_of", register.languages, date=date_text(register.as_of))])
    sheet.append([_heading(c, register.languages) for c in COLUMNS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for e in register.entries:
        row = _row(e, register.languages[0])
        sheet.append([*row[:6], e.issued, e.valid_until])
        for cell in sheet[sheet.max_row][6:8]:
            cell.number_format = "DD.MM.YYYY"
    for letter, width in zip("ABCDEFGH", (18, 22, 36, 18, 18, 50, 12, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def register_json(register: Register) -> bytes:
    """The web page's machine-readable twin: ISO dates, status codes, one object a certificate."""
    register.check()
    data = {
        "committee": register.committee,
        "as_of": register.as_of.isoformat(),
        "certificates": [
            {
                **asdict(e),
                "products": list(e.products),
                "issued": e.issued.isoformat(),
                "valid_until": e.valid_until.isoformat(),
            }
            for e in register.entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def register_html(register: Register, status_list: str | None = None) -> bytes:
    """A single static page (no scripts, no outside resources) that any web host can serve."""
    register.check()
    langs = register.languages
    esc = html.escape
    head = "".join(f"<th>{esc(_heading(c, langs))}</th>" for c in COLUMNS)
    rows = []
    for e in register.entries:
        cells = "".join(f"<td>{esc(v)}</td>" for v in _row(e, langs[0]))
        rows.append(f'<tr class="{esc(e.status)}">{cells}</tr>')
    title = f"{words('register', langs)} — {register.committee}"
    signed = ""
    if status_list:
        signed = f' · <a href="{esc(status_list)}">{esc(words("status_list", langs))}</a>'
    page = f"""<!DOCTYPE html>
<html lang="{langs[0]}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>
body{{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5em;color:#17213d}}
table{{border-collapse:collapse;width:100%}}th,td{{border-bottom:1px solid #ccd;padding:.3em .5em;
text-align:left;vertical-align:top}}th{{background:#17213d;color:#fff}}
tr.suspended td:nth-child(2),tr.withdrawn td:nth-child(2){{color:#b01515;font-weight:bold}}
tr.expired td,tr.superseded td{{color:#666}}
</style></head><body>
<h1>{esc(title)}</h1>
<p>{esc(phrases("as_of", langs, date=date_text(register.as_of)))} ·
<a href="register.json">register.json</a>{signed}</p>
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""
    return page.encode("utf-8")


def register_pdf(register: Register) -> bytes:
    register.check()
    register_fonts()
    langs = register.languages
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=12 * MM,
        rightMargin=12 * MM,
        topMargin=12 * MM,
        bottomMargin=12 * MM,
        title=words("register", langs),
        invariant=1,
        initialFontName=SANS,
    )
    cell = ParagraphStyle("c", fontName=SANS, bulletFontName=SANS, fontSize=7.5, leading=9)
    headst = ParagraphStyle("h", parent=cell, fontName=SANS_BOLD, textColor=white)
    title = ParagraphStyle("t", parent=cell, fontName=SANS_BOLD, fontSize=13, leading=17)
    headings = [_heading(c, langs) for c in COLUMNS]
    texts = [_row(e, langs[0]) for e in register.entries]
    rows = [[Paragraph(html.escape(h), headst) for h in headings]]
    rows += [[Paragraph(html.escape(v), cell) for v in row] for row in texts]
    widths = _column_widths(headings, texts, doc.width, cell.fontSize)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("BACKGROUND", (0, 0), (-1, 0), INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, INK),
            ]
        )
    )
    heading = f"{words('register', langs)} — {register.committee}"
    sub = phrases("as_of", langs, date=date_text(register.as_of))
    doc.build([Paragraph(html.escape(heading), title), Paragraph(html.escape(sub), cell), table])
    return buf.getvalue()


# Columns kept on one line whatever their length (a date, a number, a state); the others wrap
# between words, and the names give way first when the page is too narrow for all.
ONE_LINE = frozenset({"number", "status", "issued", "valid_until"})
DATE_COLUMNS = frozenset({"issued", "valid_until"})
CELL_PADDING = 12.0  # reportlab's cell padding, left and right
WIDEST_DATE = "00.00.0000"


def _column_widths(
    headings: Sequence[str], rows: Sequence[Sequence[str]], room: float, size: float
) -> list[float]:
    """Each column as wide as its text on one line where the page has room; a heading wraps only
    between its words and a word never breaks, so a column is at least as wide as its longest
    word. Dates, numbers and states stay whole on one line; what is left is shared among the
    names and products, the longest giving way first."""

    def width(text: str, font: str = SANS) -> float:
        return float(stringWidth(text, font, size)) + CELL_PADDING

    def longest_word(text: str, font: str = SANS) -> float:
        return max((width(w, font) for w in text.split()), default=CELL_PADDING)

    natural, least = [], []
    for n, (name, heading) in enumerate(zip(COLUMNS, headings, strict=True)):
        cells = [row[n] for row in rows]
        if name in DATE_COLUMNS:
            cells.append(WIDEST_DATE)
        whole = max([width(c) for c in cells] + [longest_word(heading, SANS_BOLD)])
        words_ = max([longest_word(c) for c in cells] + [longest_word(heading, SANS_BOLD)])
        full = max(whole, width(heading, SANS_BOLD))
        natural.append(full)
        least.append(whole if name in ONE_LINE else words_)
    fixed = sum(least[n] for n, name in enumerate(COLUMNS) if name in ONE_LINE)
    wrapping = [n for n, name in enumerate(COLUMNS) if name not in ONE_LINE]
    spare = room - fixed - sum(natural[n] for n in wrapping)
    widths = [least[n] if name in ONE_LINE else natural[n] for n, name in enumerate(COLUMNS)]
    if spare >= 0:  # the products take what is left
        widths[COLUMNS.index("products")] += spare
        return widths
    low, high = 0.0, max(natural[n] for n in wrapping)
    for _ in range(40):  # the common width the longest names are cut to
        middle = (low + high) / 2
        if fixed + sum(max(least[n], min(natural[n], middle)) for n in wrapping) <= room:
            low = middle
        else:
            high = middle
    for n in wrapping:
        widths[n] = max(least[n], min(natural[n], low))
    return widths


STATUS_LIST_FILE = "status-list.json"


def publish_register(
    register: Register, folder: str | Path, status_list: str | Path | bytes | None = None
) -> list[Path]:
    """Write the register ready to publish: index.html, register.json, .csv, .xlsx and .pdf,
    plus the signed status list (its bytes, or a file to copy) when there is one. Each file is
    written whole or not at all."""
    target = Path(folder)
    if not target.is_dir():
        raise InvalidInput("document.folder_missing", folder=str(target))
    signed: tuple[str, bytes] | None = None
    if isinstance(status_list, bytes):
        signed = (STATUS_LIST_FILE, status_list)
    elif status_list is not None:
        source = Path(status_list)
        if not source.is_file():
            raise InvalidInput("register.status_list_missing", path=str(source))
        signed = (source.name, source.read_bytes())
    files = [
        ("index.html", register_html(register, signed[0] if signed else None)),
        ("register.json", register_json(register)),
        ("register.csv", register_csv(register)),
        ("register.xlsx", register_xlsx(register)),
        ("register.pdf", register_pdf(register)),
    ]
    if signed is not None:
        files.append(signed)
    return [write_atomically(target / name, data, public=True) for name, data in files]
