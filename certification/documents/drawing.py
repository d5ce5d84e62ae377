"""Drawing shared by the documents: QR codes at whole printer dots, marks, images, text fitting."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from certification.core.errors import InvalidInput
from certification.documents.fonts import text_width
from certification.documents.qrpdf import place, qr_body
from certification.qrmatrix import QUIET, QrMatrix

MM = 72 / 25.4  # points per millimetre
PRINTER_DPI = 300

INK = Color(0.09, 0.13, 0.24)  # deep blue of the committee's documents
GOLD = Color(0.72, 0.56, 0.17)
GREEN = Color(0.10, 0.45, 0.27)
WARNING_RED = Color(0.75, 0.08, 0.08)


def module_pt(box_mm: float, matrix: QrMatrix | int, dpi: int = PRINTER_DPI) -> float:
    """The largest module of whole printer dots that keeps the code and quiet zone in `box_mm`.

    A module of 5 dots prints as 5 dots on every module; 5.17 would print as 5 or 6 and blur.
    """
    width = matrix if isinstance(matrix, int) else matrix.width
    dots = int(box_mm / 25.4 * dpi / width)
    if dots < 1:
        raise InvalidInput("qr.too_small", box_mm=box_mm, modules=width)
    return dots * 72 / dpi


def snap(points: float, dpi: int = PRINTER_DPI) -> float:
    """Move a position onto the printer's dot grid so module edges fall between dots."""
    step = 72 / dpi
    return round(points / step) * step


def qr_operators(matrix: QrMatrix, x: float, y_top: float, module: float) -> str:
    """PDF operators painting `matrix` as an image mask, a sample a module; (x, y_top) is the
    symbol's top-left corner."""
    return place(qr_body(matrix), matrix.width, x, y_top, module)


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y: float, module: float) -> float:
    """Draw `matrix` with its quiet zone's bottom-left corner at (x, y); return the side drawn."""
    side = matrix.width * module
    canvas.addLiteral(qr_operators(matrix, x + QUIET * module, y + side - QUIET * module, module))
    return side


def image_reader(data: bytes, what: str) -> ImageReader:
    """A committee image (PNG or JPEG bytes), or a clear error naming which image is unreadable."""
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception as exc:
        raise InvalidInput("document.image_unreadable", image=what) from exc
    return reader


def draw_mark(
    canvas: Canvas,
    image: bytes | None,
    default: Callable[[Canvas, float, float, float], None],
    x: float,
    y: float,
    size: float,
    what: str,
) -> None:
    """The committee's own image fitted in a square, or the shipped default drawn as vectors."""
    if image is None:
        default(canvas, x, y, size)
        return
    canvas.drawImage(
        image_reader(image, what),
        x,
        y,
        size,
        size,
        preserveAspectRatio=True,
        anchor="c",
        mask="auto",
    )


def fit_font_size(text: str, font: str, size: float, width: float, minimum: float = 5) -> float:
    """Shrink the font until `text` fits `width`, never below `minimum` (then the caller wraps)."""
    while size > minimum and text_width(text, font, size) > width:
        size -= 0.25
    return size


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`, breaking inside a word only if it must."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while text_width(word, font, size) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines
