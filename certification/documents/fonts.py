"""The project's own fonts, registered with reportlab once; never the machine's fonts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"

SANS = "BelgiSans"
SANS_BOLD = "BelgiSans-Bold"
SERIF = "BelgiSerif"
SERIF_BOLD = "BelgiSerif-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}


def register_fonts(*, serif: bool = False) -> None:
    """Register the DejaVu faces (Cyrillic with ң ө ү) under the project's names, bold mapped:
    the sans always, the serif for the documents that use it (the certificate). Reading a face
    takes 12–25 ms, and a label job needs only the sans."""
    _register_family(SANS, SANS_BOLD)
    if serif:
        _register_family(SERIF, SERIF_BOLD)


@cache
def _register_family(regular: str, bold: str) -> None:
    for name in (regular, bold):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / _FILES[name])))
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 1, bold)


def text_width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))
