"""Sending a label job's PDF to a printer, as the desk does; `python -m bench.label_printer`.

The job's PDF (48 signed-looking labels from position 5 of the A4 3×8 sheet: 3 pages) goes to a
`QPrinter` writing a PDF file at 300 and 600 dpi through `ui.operations.labels.draw_pages` (pages
rendered by QtPdf in bands, painted onto the printer). The floor, in the same run: QtPdf renders
the same pages whole at the same dpi into images and nothing else.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from certification.documents.labels import LabelCode, LabelContent, render_labels
from certification.documents.templates import find_template
from ui.operations.labels import draw_pages, prepare_printer

RUNS = 5


def job_pdf() -> bytes:
    template = find_template("a4-3x8")
    content = LabelContent(
        "Табигый бал", "«Нарын шырдагы» аялдар тобу", "Нарын", "2611-017",
        date(2026, 11, 1), date(2027, 11, 1), "KG-N-2026-00001",
    )  # fmt: skip
    codes = [LabelCode(f"{n:06d}", f"BELGI1-{n:06d}-" + "X" * 90) for n in range(1, 49)]
    return render_labels(template, content, codes, 5)


def to_printer(pdf: bytes, dpi: int, out: Path) -> float:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(dpi)
    started = time.perf_counter()
    prepare_printer(printer, 210, 297, "bench")
    painter = QPainter(printer)
    draw_pages(pdf, printer, painter)
    painter.end()
    return time.perf_counter() - started


def floor(pdf: bytes, dpi: int) -> float:
    started = time.perf_counter()
    document = QPdfDocument()
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(data)
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        document.render(
            page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        )
    document.close()
    return time.perf_counter() - started


def main() -> int:
    _app = QApplication(sys.argv[:1])
    pdf = job_pdf()
    with tempfile.TemporaryDirectory() as folder:
        for dpi in (300, 600):
            sent, bare = [], []
            for n in range(RUNS):
                bare.append(floor(pdf, dpi))
                sent.append(to_printer(pdf, dpi, Path(folder) / f"{dpi}-{n}.pdf"))
            s, f = statistics.median(sent), statistics.median(bare)
            size = (Path(folder) / f"{dpi}-0.pdf").stat().st_size
            print(
                f"{dpi} dpi, 3 pages: to the printer {s:.2f} s ({min(sent):.2f}–{max(sent):.2f}),"
                f" render floor {f:.2f} s ({min(bare):.2f}–{max(bare):.2f}), ratio {s / f:.2f}×,"
                f" printer file {size / 1e6:.1f} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
