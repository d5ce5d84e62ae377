"""Photos the verification desk is handed: large ones are read at a reduced size first, and what
cannot be read gets its reason, decided from the header before any pixel is decoded."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import zxingcpp
from PIL import Image

from certification.codes.images import MAX_FILE_BYTES, decode_image

TEXT = "HTTPS://BELGI.KG/V/1Y2K3JQ5ZX8R"


def photo(width: int, height: int, fmt: str) -> bytes:
    """A label's QR code on a grey shelf, in a photo of that size."""
    code = zxingcpp.create_barcode(TEXT, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    drawn = code.to_image(scale=12)
    label = Image.frombytes("L", (drawn.shape[1], drawn.shape[0]), bytes(drawn))
    shelf = Image.new("L", (width, height), 150)
    shelf.paste(label, (width // 3, height // 4))
    out = io.BytesIO()
    shelf.convert("RGB").save(out, fmt, quality=90) if fmt == "JPEG" else shelf.save(out, fmt)
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """The first bytes of a PNG that claims that size (a decompression bomb's opening)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0"))


def test_large_photos_are_read_at_a_reduced_size() -> None:
    for fmt in ("JPEG", "PNG"):
        assert decode_image(photo(3000, 2200, fmt)).texts == (TEXT,), fmt


def test_what_cannot_be_read_gets_its_reason(tmp_path: Path) -> None:
    gif = io.BytesIO()
    Image.new("L", (40, 40), 255).save(gif, "GIF")
    assert decode_image(gif.getvalue()).problem == "image_format"
    assert decode_image(png_header(8000, 7000)).problem == "image_too_large"
    assert decode_image(b"\0" * (MAX_FILE_BYTES + 1)).problem == "image_too_large"
    assert decode_image(tmp_path / "missing.jpg").problem == "image_unreadable"
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as out:  # sparse: the size is all that is looked at
        out.truncate(MAX_FILE_BYTES + 1)
    assert decode_image(huge).problem == "image_too_large"
    blank = tmp_path / "blank.png"
    Image.new("L", (1200, 900), 255).save(blank)
    assert decode_image(blank) == decode_image(blank.read_bytes())
    assert decode_image(blank).texts == () and decode_image(blank).problem == ""
