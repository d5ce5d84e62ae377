"""Photos kept in the database: checked, size-limited, with a JPEG thumbnail."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from certification.core.errors import InvalidInput

MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 50_000_000
THUMBNAIL = 256
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


@dataclass(frozen=True)
class CheckedPhoto:
    data: bytes
    mime: str
    width: int
    height: int
    thumbnail: bytes


def check_photo(data: bytes) -> CheckedPhoto:
    """Accept a JPEG, PNG or WebP within the limits; refuse anything else before decoding it."""
    # Pillow loads when a photo arrives, not with every page that lists producers.
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise InvalidInput(
            "photo.too_large", size_mb=round(len(data) / 2**20, 1), limit_mb=MAX_BYTES // 2**20
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in FORMATS:
                raise InvalidInput("photo.bad_format", format=image.format or "?")
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise InvalidInput("photo.too_many_pixels", width=width, height=height)
            image.load()
            thumb = ImageOps.exif_transpose(image).convert("RGB")
            thumb.thumbnail((THUMBNAIL, THUMBNAIL))
            out = io.BytesIO()
            thumb.save(out, "JPEG", quality=85)
    except (
        UnidentifiedImageError,
        OSError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        ValueError,
    ):
        raise InvalidInput("photo.unreadable") from None
    return CheckedPhoto(data, FORMATS[image.format], width, height, out.getvalue())
