"""Real photos of QR codes (zxing-cpp's samples): read at every quarter turn."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import Engine

from certification.codes.images import decode_image
from certification.codes.service import verify_image
from models.db import session_factory

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "zxing-qrcode"
REQUIRED = 125  # of 137: what zxing-cpp's own runner reads at rotation 0


def _samples() -> list[tuple[Path, str]]:
    found = []
    for image in sorted(SAMPLES.glob("qrcode-*/*")):
        if image.suffix in (".txt", ".bin"):
            continue
        expected = image.with_suffix(".txt").read_text(encoding="utf-8")
        found.append((image, _lines(expected)))
    return found


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.slow
@pytest.mark.parametrize("degrees", [0, 90, 180, 270])
def test_sample_photos_read_at_each_rotation(sqlite_engine: Engine, degrees: int) -> None:
    samples = _samples()
    assert len(samples) == 137
    factory = session_factory(sqlite_engine)
    read: Counter[str] = Counter()
    with factory() as session:
        for image, expected in samples:
            data = image.read_bytes()
            if degrees:
                buffer = io.BytesIO()
                Image.open(image).rotate(degrees, expand=True).save(buffer, "PNG")
                data = buffer.getvalue()
            result = verify_image(session, data, record=False)
            if _lines(result.text) == expected:
                read[image.parent.name] += 1
    assert sum(read.values()) >= REQUIRED, dict(read)


def _label_files() -> dict[str, bytes]:
    barcode = zxingcpp.create_barcode("HTTPS://BELGI.KG/V/0123", zxingcpp.BarcodeFormat.QRCode)
    image = barcode.to_image(scale=4)
    picture = Image.frombytes("L", (image.shape[1], image.shape[0]), bytes(image))
    files = {}
    for fmt in ("PNG", "JPEG", "WEBP", "BMP", "TIFF"):
        buffer = io.BytesIO()
        picture.save(buffer, fmt)
        files[fmt] = buffer.getvalue()
    return files


FILES = _label_files()


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(sorted(FILES)),
    st.floats(0, 1),
    st.binary(max_size=64),
    st.binary(max_size=2000),
)
def test_broken_and_random_files_never_raise(
    fmt: str, cut: float, patch: bytes, junk: bytes
) -> None:
    data = FILES[fmt]
    at = int(len(data) * cut)
    for broken in (data[:at], data[:at] + patch + data[at + len(patch) :], junk):
        read = decode_image(broken)
        assert read.problem in ("", "image_unreadable", "image_format", "image_too_large")
