"""A plain table (a heading row and rows of cells) as a CSV or XLSX file, for lists the office
exports as they are shown: the day's checks."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime

Cell = str | int | date | datetime | None


def table_csv(heading: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """UTF-8 with a byte-order mark so spreadsheet programs on office PCs read Cyrillic right."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(heading)
    for row in rows:
        writer.writerow(["" if cell is None else _text(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _text(cell: Cell) -> str:
    if isinstance(cell, datetime):
        return f"{cell:%d.%m.%Y %H:%M}"
    if isinstance(cell, date):
        return f"{cell:%d.%m.%Y}"
    return str(cell)


def table_xlsx(title: str, heading: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """One sheet: the title, the heading in bold, the rows; dates and times stay dates."""
    from openpyxl import Workbook  # only when a spreadsheet is written
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31] or "Sheet"  # the longest name a sheet may have
    sheet.append(list(heading))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_plain(cell) for cell in row])
        for cell, value in zip(sheet[sheet.max_row], row, strict=True):
            if isinstance(value, datetime):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(value, date):
                cell.number_format = "DD.MM.YYYY"
    for column in sheet.columns:
        widest = max(len(str(c.value or "")) for c in column)
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(10, widest + 2))
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _plain(cell: Cell) -> Cell:
    # A spreadsheet cell holds no time zone: the office's local time is what a person reads.
    if isinstance(cell, datetime) and cell.tzinfo is not None:
        return cell.replace(tzinfo=None)
    return cell
