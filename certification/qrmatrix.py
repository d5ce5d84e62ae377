"""The one QR encoder of the project: text → module matrix at error-correction level Q.

Chosen on measurement (`python -m bench.labels`): zxing-cpp builds a symbol in about 0.1 ms of
CPU for a 205-digit label code, the pure-Python `qrcode` package in 2 ms even with the mask
fixed. zxing-cpp's own search for the best of the eight masks took some 0.35 ms more; it is done
in `certification.qrmasks` instead, with the same result in 0.07 ms. Tests check the matrix bit
for bit against `qrcode` at the same version and mask and against zxing-cpp's own choice, read
its format information, and decode it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import zxingcpp

from certification.core.errors import InvalidInput
from certification.qrmasks import QUIET, best_masked

__all__ = ["MAX_VERSION", "QUIET", "QrMatrix", "encode"]

MAX_VERSION = 40
_DARK_AS_ONE = bytes.maketrans(b"\x00\xff", b"10")
_ONE_AS_DARK = bytes.maketrans(b"10", b"\x00\xff")
_EC_BITS = {1: "L", 0: "M", 3: "Q", 2: "H"}


@dataclass(frozen=True)
class QrMatrix:
    """A QR symbol as modules; `pixels` holds the symbol with its quiet zone, 0 = dark, 255 = light.

    The quiet zone on every side means a dark run never wraps from one row to the next.
    """

    text: str
    version: int
    pixels: bytes

    @property
    def size(self) -> int:
        """Modules per side, without the quiet zone."""
        return 17 + 4 * self.version

    @property
    def width(self) -> int:
        """Modules per side, with the quiet zone."""
        return self.size + 2 * QUIET

    def is_dark(self, row: int, col: int) -> bool:
        """Row 0 is the top row of the symbol, column 0 its left column (quiet zone excluded)."""
        return self.pixels[(row + QUIET) * self.width + col + QUIET] == 0

    @property
    def ec_level(self) -> str:
        return _EC_BITS[self._format >> 3]

    @property
    def mask(self) -> int:
        return self._format & 7

    @cached_property
    def _format(self) -> int:
        """The 5 data bits of the format information next to the top-left finder (ISO 18004 7.9)."""
        bits = 0
        for i in range(6):
            bits |= self.is_dark(i, 8) << i
        bits |= self.is_dark(7, 8) << 6
        bits |= self.is_dark(8, 8) << 7
        bits |= self.is_dark(8, 7) << 8
        for i in range(9, 15):
            bits |= self.is_dark(8, 14 - i) << i
        return (bits ^ 0x5412) >> 10


def encode(text: str, min_version: int = 1) -> QrMatrix:
    """Encode `text` at level Q in the smallest version ≥ `min_version` that holds it."""
    if not text:
        raise InvalidInput("qr.empty")
    if not 1 <= min_version <= MAX_VERSION:
        raise InvalidInput("qr.version", version=min_version)
    try:
        image = _masked_with_0(text, None)
        if image.shape[0] - 2 * QUIET < 17 + 4 * min_version:
            image = _masked_with_0(text, min_version)
    except ValueError as exc:
        raise InvalidInput("qr.too_long", length=len(text)) from exc
    width = image.shape[0]
    if width != image.shape[1] or (width - 2 * QUIET - 17) % 4:
        raise InvalidInput("qr.unexpected_shape", shape=str(image.shape))  # pragma: no cover
    version = (width - 2 * QUIET - 17) // 4
    first = bytes(image).translate(_DARK_AS_ONE)  # type: ignore[call-overload]
    best = best_masked(int(first, 2), version)
    return QrMatrix(text, version, f"{best:0{width * width}b}".encode().translate(_ONE_AS_DARK))


def _masked_with_0(text: str, version: int | None) -> zxingcpp.Image:
    """The symbol with its quiet zone, one byte a module (0 dark, 255 light), masked with 0."""
    options = {"version": version} if version else {}
    symbol = zxingcpp.create_barcode(
        text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q", data_mask=0, **options
    )
    return symbol.to_image(scale=1, add_quiet_zones=True)
