"""Reading QR codes from photos and scans with zxing-cpp, QR format only.

Limits come first: a file over 64 MB, a format other than PNG, JPEG, WebP, BMP or TIFF, or more than
50 megapixels is refused from the header alone, before a single pixel is decompressed, so a
"decompression bomb" costs nothing. Large photos are decoded at a reduced size first (JPEG even
decodes reduced, from its DCT coefficients); small or hard images are retried upscaled and with
zxing-cpp's other binarizers. Text is read in plain mode: the code's exact characters, no escapes.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageFilter

from certification.core.errors import InvalidInput
from certification.core.files import read_file

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 50_000_000
FORMATS = frozenset({"PNG", "JPEG", "MPO", "WEBP", "BMP", "TIFF"})  # MPO: JPEG from cameras
WORKING_SIDE = 2000  # longest side tried first; enough for a label filling a tenth of a photo
SMALL_SIDE = 1000  # images below this are also tried upscaled
# What Pillow raises for broken, truncated or hostile files; all mean "cannot read it".
_BROKEN = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    TypeError,
    IndexError,
    KeyError,
    struct.error,
    zlib.error,
    MemoryError,
)


@dataclass(frozen=True)
class ImageRead:
    """The texts of the QR codes found, or why the image could not be read."""

    texts: tuple[str, ...] = ()
    problem: str = ""  # "" or a reason code: image_too_large, image_format, image_unreadable


def _read(image: Image.Image, binarizer: zxingcpp.Binarizer) -> list[str]:
    found = zxingcpp.read_barcodes(
        image,
        # Made for each read: one kept at module level outlives the library at exit (leak report).
        formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
        text_mode=zxingcpp.TextMode.Plain,
        binarizer=binarizer,
    )
    return [b.text for b in found if b.valid]


def _working_size(image: Image.Image) -> tuple[int, int]:
    scale = WORKING_SIDE / max(image.size)
    return round(image.width * scale), round(image.height * scale)


def _reduced(data: bytes) -> Image.Image:
    """A large JPEG decoded at 1/2, 1/4 or 1/8 straight from its DCT: ~45 ms for 12 megapixels,
    against ~100 ms for the full image."""
    image = Image.open(io.BytesIO(data))
    image.draft("L", _working_size(image))
    return image.convert("L")


def _attempts(data: bytes, opened: Image.Image) -> Iterator[tuple[Image.Image, zxingcpp.Binarizer]]:
    """Cheapest first: the working size, then full size; only then the retries."""
    side = max(opened.size)
    if side > WORKING_SIDE and opened.format in ("JPEG", "MPO"):
        yield _reduced(data), zxingcpp.Binarizer.LocalAverage
    full = opened.convert("L")
    if side > WORKING_SIDE and opened.format not in ("JPEG", "MPO"):
        yield (
            full.resize(_working_size(full), Image.Resampling.BOX),
            zxingcpp.Binarizer.LocalAverage,
        )
    yield full, zxingcpp.Binarizer.LocalAverage
    yield from _retries(full)


def _retries(full: Image.Image) -> Iterator[tuple[Image.Image, zxingcpp.Binarizer]]:
    """What reads the codes a plain read misses, in the order that pays most for its time:
    small images upscaled (modules of one or two pixels); the other binarizers (a code in a
    strong light gradient, faded print); a median filter (JPEG blocks and sensor noise break
    the finder patterns' runs); an unsharp mask (a blurred photo)."""
    bigger = []
    if max(full.size) < SMALL_SIDE:
        for factor in (2, 3):
            size = (full.width * factor, full.height * factor)
            bigger.append(full.resize(size, Image.Resampling.BICUBIC))
            yield bigger[-1], zxingcpp.Binarizer.LocalAverage
    for binarizer in (zxingcpp.Binarizer.GlobalHistogram, zxingcpp.Binarizer.FixedThreshold):
        for candidate in (full, *bigger):
            yield candidate, binarizer
    if max(full.size) > 2 * WORKING_SIDE:
        return  # a filter over a whole large photo costs more than it finds
    smooth = full.filter(ImageFilter.MedianFilter(3))
    yield smooth, zxingcpp.Binarizer.GlobalHistogram
    yield smooth, zxingcpp.Binarizer.LocalAverage
    for radius, percent in ((2, 200), (3, 400)):  # a little blurred, then much
        yield (
            full.filter(ImageFilter.UnsharpMask(radius, percent, 0)),
            zxingcpp.Binarizer.LocalAverage,
        )


def decode_picture(image: Image.Image) -> ImageRead:
    """Find QR codes in a picture already in memory (a camera's frame). Never raises."""
    try:
        grey = image.convert("L")
        for candidate, binarizer in ((grey, zxingcpp.Binarizer.LocalAverage), *_retries(grey)):
            texts = _read(candidate, binarizer)
            if texts:
                return ImageRead(tuple(texts))
    except _BROKEN:
        return ImageRead(problem="image_unreadable")
    return ImageRead()


def decode_image(source: bytes | Path) -> ImageRead:
    """Find QR codes in an image file's bytes (or a path). Never raises for bad input."""
    try:
        data = read_file(source, MAX_FILE_BYTES) if isinstance(source, Path) else source
    except InvalidInput as error:
        too_large = error.code == "file.too_large"
        return ImageRead(problem="image_too_large" if too_large else "image_unreadable")
    if len(data) > MAX_FILE_BYTES:
        return ImageRead(problem="image_too_large")
    try:
        with warnings.catch_warnings():
            # A damaged file may make Pillow warn (e.g. «Corrupt EXIF data»); that is expected here.
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            opened = Image.open(io.BytesIO(data))
            if opened.format not in FORMATS:
                return ImageRead(problem="image_format")
            if opened.width * opened.height > MAX_PIXELS:
                return ImageRead(problem="image_too_large")
            for candidate, binarizer in _attempts(data, opened):
                texts = _read(candidate, binarizer)
                if texts:
                    return ImageRead(tuple(texts))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return ImageRead(problem="image_too_large")
    except _BROKEN:
        return ImageRead(problem="image_unreadable")
    return ImageRead()
