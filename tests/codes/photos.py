"""Photos of Belgi's own labels as phones take them at a market: a label sheet rendered from its
PDF at 300 dpi, each label cut out and then tilted, blurred, compressed, badly lit, faded,
shrunk or crumpled, at several strengths. Deterministic: the same cases every run.

    for case in distortion_suite(): decode_image(case.data) … case.expected
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

import pypdfium2
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from certification.documents.labels import LabelCode, LabelContent, render_labels
from certification.documents.templates import find_template

PREFIX = "HTTPS://BELGI.KG/V/"
CONTENT = LabelContent(
    product="Ысык-Көл балы — ак эспарцет, 500 г",
    producer="«Ак-Суу асалчылары» өндүрүш тобу",
    village="Теплоключенка",
    lot="IK26-017",
    produced_on=date(2026, 3, 14),
    best_before=date(2028, 3, 1),
    certificate_number="KG-Y-2026-00042",
)


@dataclass(frozen=True)
class PhotoCase:
    name: str  # kind and strength, e.g. "blur 2.0"
    data: bytes  # the photo as a file (JPEG or PNG)
    expected: str


def label_text(n: int) -> str:
    """A label's code as Belgi prints it: the committee's prefix and the 205-digit body."""
    rng = random.Random(n)
    return PREFIX + "".join(rng.choice("0123456789") for _ in range(205))


@cache
def label_photos() -> tuple[tuple[Image.Image, str], ...]:
    """Each label of one A4 sheet (3 × 8), rendered at 300 dpi, cut out with its printed text
    around the code, as a clean photo would frame it."""
    texts = [label_text(n) for n in range(24)]
    pdf = render_labels(
        find_template("a4-3x8"), CONTENT, [LabelCode(f"{n:06d}", t) for n, t in enumerate(texts)]
    )
    page = pypdfium2.PdfDocument(pdf)[0]
    sheet = page.render(scale=300 / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
    found = zxingcpp.read_barcodes(
        sheet, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain
    )
    crops = []
    for code in sorted(found, key=lambda c: texts.index(c.text)):
        xs = [p.x for p in (code.position.top_left, code.position.bottom_right)]
        ys = [p.y for p in (code.position.top_left, code.position.bottom_right)]
        side = max(xs) - min(xs)
        margin = side // 2
        box = (min(xs) - margin, min(ys) - margin // 2, max(xs) + 2 * margin, max(ys) + margin)
        crops.append((sheet.crop(box), code.text))
    assert len(crops) == 24, f"{len(crops)} of 24 codes read from the clean sheet"
    return tuple(crops)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def _perspective(image: Image.Image, tilt: float, rng: random.Random) -> Image.Image:
    """The label seen from one side: the far edge shorter than the near one, the whole label
    still in the picture."""
    w, h = image.size
    dx, dy = tilt * w, tilt * h
    far = rng.choice(["left", "right"])
    skew = rng.uniform(0.2, 0.5)
    if far == "left":  # source corners seen at the output's UL, LL, LR, UR
        quad = (-dx * skew, -dy, -dx * (1 - skew), h + dy, w, h, w, 0)
    else:
        quad = (0, 0, 0, h, w + dx * (1 - skew), h + dy, w + dx * skew, -dy)
    return image.transform(
        image.size, Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=235
    )


def _uneven(image: Image.Image, darkest: float, rng: random.Random) -> Image.Image:
    """A lamp to one side and a shadow on the other."""
    w, h = image.size
    light = Image.linear_gradient("L").rotate(rng.choice([0, 90, 180, 270])).resize((w, h))
    light = light.point(lambda v: int(255 * (darkest + (1 - darkest) * v / 255)))
    shadow = Image.new("L", (w, h), 255)
    ImageDraw.Draw(shadow).ellipse(
        (rng.uniform(-w / 2, w / 2), rng.uniform(-h / 2, h / 2), w, h), fill=int(255 * 0.75)
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(w / 12))
    return ImageChops.multiply(ImageChops.multiply(image, light), shadow)


def _faded(image: Image.Image, contrast: float) -> Image.Image:
    """Ink and paper close in grey: a label in the sun for a season, or a dim photo."""
    low = int(128 - 128 * contrast)
    return image.point(lambda v: low + int(v * contrast))


def _shrunk(image: Image.Image, module_px: float) -> Image.Image:
    """Taken from far away: each module of the code `module_px` pixels wide (4 at 300 dpi)."""
    factor = module_px / 4.0
    size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
    return image.resize(size, Image.Resampling.BOX)


def _crumpled(image: Image.Image, amplitude: float, rng: random.Random) -> Image.Image:
    """A label on a soft pouch: the surface waves under it."""
    w, h = image.size
    step = 24
    phase_x, phase_y = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    period = rng.uniform(180, 260)

    def moved(x: float, y: float) -> tuple[float, float]:
        return (
            x + amplitude * math.sin(2 * math.pi * y / period + phase_x),
            y + amplitude * math.sin(2 * math.pi * x / period + phase_y),
        )

    mesh = []
    for x0 in range(0, w, step):
        for y0 in range(0, h, step):
            x1, y1 = min(x0 + step, w), min(y0 + step, h)
            corners = [moved(x0, y0), moved(x0, y1), moved(x1, y1), moved(x1, y0)]
            mesh.append(((x0, y0, x1, y1), tuple(v for c in corners for v in c)))
    return image.transform(
        image.size, Image.Transform.MESH, mesh, Image.Resampling.BICUBIC, fillcolor=235
    )


Make = Callable[[Image.Image, float, random.Random], bytes]

# kind → (strengths, how a photo of that strength is made); strengths go up to what a phone
# photo at a counter is like on a bad day, not beyond.
KINDS: dict[str, tuple[tuple[float, ...], Make]] = {
    "perspective": (
        (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4),
        lambda im, s, rng: _jpeg(_perspective(im, s, rng), 85),
    ),
    "blur": (
        (0.75, 1.0, 1.5, 1.75, 2.0, 2.5, 2.75, 3.0),
        lambda im, s, rng: _png(im.filter(ImageFilter.GaussianBlur(s))),
    ),
    "jpeg": (
        (40, 45, 50, 60, 70, 80, 85, 90),
        lambda im, s, rng: _jpeg(_shrunk(im, 2.5), int(s)),
    ),
    "uneven light": (
        (0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15),
        lambda im, s, rng: _jpeg(_uneven(im, s, rng), 85),
    ),
    "low contrast": (
        (0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15),
        lambda im, s, rng: _jpeg(_faded(im, s), 90),
    ),
    "small modules": (
        (3.0, 2.75, 2.5, 2.25, 2.0, 1.75, 1.5, 1.25),
        lambda im, s, rng: _png(_shrunk(im, s)),
    ),
    "crumpled": (
        (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0),
        lambda im, s, rng: _jpeg(_crumpled(im, s, rng), 85),
    ),
    "all at once": (
        (0.75, 1.0, 1.25, 1.5, 1.75, 2.0),
        lambda im, s, rng: _jpeg(
            _uneven(
                _faded(
                    _perspective(_crumpled(im, 2 * s, rng), 0.06 * s, rng).filter(
                        ImageFilter.GaussianBlur(0.6 * s)
                    ),
                    0.6,
                ),
                0.5,
                rng,
            ),
            70,
        ),
    ),
}


@cache
def distortion_suite() -> tuple[PhotoCase, ...]:
    rng = random.Random(2026)
    labels = label_photos()
    cases = []
    n = 0
    for kind, (strengths, make) in KINDS.items():
        for strength in strengths:
            image, text = labels[n % len(labels)]
            n += 1
            cases.append(PhotoCase(f"{kind} {strength:g}", make(image, strength, rng), text))
    return tuple(cases)
