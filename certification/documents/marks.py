"""The default committee emblem and regional brand mark, drawn as vectors.

A committee sets its own images; these stand in until it does. Both are simple geometric marks:
the emblem a ring with the yurt crown (түндүк) over the mountains, the brand mark a green badge
with the mountains and the programme's initials. `python -m certification.documents.marks DIR`
writes them as PNG files for the desktop app (resources/images/).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from certification.documents.drawing import GOLD, GREEN, INK
from certification.documents.fonts import SANS_BOLD, register_fonts


def draw_emblem(canvas: Canvas, x: float, y: float, size: float) -> None:
    """The committee emblem in a `size` square whose bottom-left corner is (x, y)."""
    c = canvas
    c.saveState()
    c.translate(x, y)
    c.scale(size / 100, size / 100)
    c.setFillColor(INK)
    c.circle(50, 50, 49, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(50, 50, 44, stroke=0, fill=1)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.6)
    c.circle(50, 50, 41, stroke=1, fill=0)
    # sun rays behind the crown
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.2)
    for i in range(24):
        a = math.radians(i * 15)
        c.line(
            50 + 17 * math.cos(a),
            58 + 17 * math.sin(a),
            50 + 30 * math.cos(a),
            58 + 30 * math.sin(a),
        )
    # the yurt crown: a ring crossed by three bars each way
    c.setFillColor(GOLD)
    c.circle(50, 58, 15, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(50, 58, 11.5, stroke=0, fill=1)
    c.setStrokeColor(INK)
    c.setLineWidth(1.8)
    for offset in (-5, 0, 5):
        half = math.sqrt(11.5**2 - offset**2)
        c.line(50 + offset, 58 - half, 50 + offset, 58 + half)
        c.line(50 - half, 58 + offset, 50 + half, 58 + offset)
    # the mountains
    c.setFillColor(INK)
    path = c.beginPath()
    path.moveTo(12, 30)
    for px, py in ((28, 46), (38, 36), (52, 52), (64, 38), (74, 47), (88, 30)):
        path.lineTo(px, py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(white)
    snow = c.beginPath()
    snow.moveTo(47, 46.5)
    snow.lineTo(52, 52)
    snow.lineTo(57, 46.5)
    snow.lineTo(52, 48.5)
    snow.close()
    c.drawPath(snow, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(20, 22, 60, 3, stroke=0, fill=1)
    c.restoreState()


def draw_brand_mark(canvas: Canvas, x: float, y: float, size: float) -> None:
    """The regional brand mark in a `size` square whose bottom-left corner is (x, y)."""
    register_fonts()
    c = canvas
    c.saveState()
    c.translate(x, y)
    c.scale(size / 100, size / 100)
    c.setFillColor(GREEN)
    c.roundRect(2, 2, 96, 96, 16, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(2)
    c.roundRect(7, 7, 86, 86, 12, stroke=1, fill=0)
    c.setFillColor(white)
    path = c.beginPath()
    path.moveTo(16, 44)
    for px, py in ((34, 70), (44, 57), (56, 78), (68, 58), (76, 66), (84, 44)):
        path.lineTo(px, py)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.circle(74, 80, 6, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont(SANS_BOLD, 20)
    c.drawCentredString(50, 14, "БАБП")
    c.setFont(SANS_BOLD, 8)
    c.drawCentredString(50, 33.5, "OVOP · KG")
    c.restoreState()


def write_pngs(folder: Path, pixels: int = 512) -> list[Path]:
    """Render both marks to PNG (needs the development tools: pypdfium2)."""
    import io

    import pypdfium2

    out = []
    for name, draw in (("emblem", draw_emblem), ("brand-mark", draw_brand_mark)):
        buf = io.BytesIO()
        canvas = Canvas(buf, pagesize=(100, 100))
        draw(canvas, 0, 0, 100)
        canvas.save()
        page = pypdfium2.PdfDocument(buf.getvalue())[0]
        image = page.render(scale=pixels / 100, fill_color=(0, 0, 0, 0)).to_pil()
        path = folder / f"{name}.png"
        image.save(path, optimize=True)
        out.append(path)
    return out


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    for written in write_pngs(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/images")):
        print(written)
