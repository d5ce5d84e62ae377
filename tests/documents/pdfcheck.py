"""Reading documents back as a person (and a scanner) would: pages as images, codes, text."""

from __future__ import annotations

import pypdfium2
import zxingcpp
from PIL import Image


def pages(pdf: bytes, dpi: int = 150) -> list[Image.Image]:
    """Every page rendered onto white paper."""
    doc = pypdfium2.PdfDocument(pdf)
    out = []
    for page in doc:
        image = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil()
        out.append(image.convert("L"))
    return out


def page_count(pdf: bytes) -> int:
    return len(pypdfium2.PdfDocument(pdf))


def text(pdf: bytes) -> str:
    """The text layer of all pages, as a copy-paste would give it."""
    doc = pypdfium2.PdfDocument(pdf)
    return "\n".join(page.get_textpage().get_text_bounded() for page in doc)


def qr_codes(image: Image.Image) -> list[zxingcpp.Barcode]:
    return list(
        zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.QRCode, text_mode=zxingcpp.TextMode.Plain
        )
    )


def qr_texts(image: Image.Image) -> list[str]:
    return [code.text for code in qr_codes(image)]


def drawing_operators(pdf: bytes) -> str:
    """The uncompressed content of every Flate stream: where things were drawn, in points."""
    import base64
    import re
    import zlib

    out = []
    for raw in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        if raw[:1] != b"x":  # ASCII85 around the Flate data (reportlab's page streams)
            raw = base64.a85decode(raw.strip().removesuffix(b"~>"), adobe=False)
        try:
            out.append(zlib.decompressobj().decompress(raw).decode("latin-1"))
        except zlib.error:
            continue
    return "\n".join(out)
