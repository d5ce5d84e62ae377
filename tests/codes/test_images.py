"""Real photos of QR codes (zxing-cpp's samples) read at every quarter turn, and photos of
Belgi's own labels as phones take them (tests/codes/photos.py)."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from certification.codes import images
from certification.codes.images import decode_image
from tests.codes.photos import KINDS, distortion_suite, label_photos

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "zxing-qrcode"
REQUIRED = 130  # of 137: zxing-cpp's own runner reads 125 at rotation 0
SUITE_REQUIRED = 0.95  # of the distortion suite of Belgi's own labels


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
def test_sample_photos_read_at_each_rotation(degrees: int) -> None:
    samples = _samples()
    assert len(samples) == 137
    read: Counter[str] = Counter()
    for image, expected in samples:
        data = image.read_bytes()
        if degrees:
            buffer = io.BytesIO()
            Image.open(image).rotate(degrees, expand=True).save(buffer, "PNG")
            data = buffer.getvalue()
        texts = decode_image(data).texts
        # The desk checks and lists every code of a photo: the expected one must be among them.
        if expected in (_lines(t) for t in texts):
            read[image.parent.name] += 1
    assert sum(read.values()) >= REQUIRED, dict(read)


def test_photos_of_belgis_own_labels_read_tilted_blurred_faded_and_crumpled() -> None:
    cases = distortion_suite()
    assert len(cases) >= 60 and {c.name.rsplit(" ", 1)[0] for c in cases} == set(KINDS)
    missed = [c.name for c in cases if c.expected not in decode_image(c.data).texts]
    assert len(missed) <= (1 - SUITE_REQUIRED) * len(cases), missed


def test_a_clean_label_reads_on_the_first_try_without_the_retries() -> None:
    """Retries cost time only when the plain read fails: a clean photo takes one read."""
    image, text = label_photos()[0]
    tries = []
    original = images._read

    def counting(picture: Image.Image, binarizer: zxingcpp.Binarizer) -> list[str]:
        tries.append(binarizer)
        return original(picture, binarizer)

    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    images._read = counting  # type: ignore[assignment]
    try:
        assert decode_image(buffer.getvalue()).texts == (text,)
    finally:
        images._read = original  # type: ignore[assignment]
    assert tries == [zxingcpp.Binarizer.LocalAverage]


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
