"""The one QR encoder of the project: text → module matrix at error-correction level Q.

Chosen on measurement (`python -m bench.labels`): zxing-cpp's encoder takes about 0.7 ms of CPU
a code for a 205-digit label code, the pure-Python `qrcode` package about 11 ms (its mask
search), 2 ms even with the mask fixed. Of zxing-cpp's 0.7 ms, 0.6 ms is its search for the best
of the eight masks: fixing the mask (`data_mask=`) would halve a 1,000-label job (0.55 s of CPU
instead of 1.1 s), but that search is what ISO/IEC 18004 asks of an encoder, to keep patterns
that confuse readers out of the symbol, and the job is within its budget without it — so it stays.
Tests check the matrix bit for bit against `qrcode` at the same version and mask, read its format
information, and decode it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, repeat
from operator import sub

import zxingcpp

from certification.core.errors import InvalidInput

QUIET = 4  # modules of light margin the standard asks for on every side
MAX_VERSION = 40
_LIGHT_THEN_DARK = re.compile(rb"\xff*\x00+")
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

    def run_columns(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        """Horizontal dark runs as columns (x, y, length), counted from the quiet zone's corner.

        Built with C-level passes over the pixels (one regex, then map/accumulate): a 1,000-label
        sheet asks for half a million runs, and a Python loop per run cost more than the encoding.
        """
        tokens = _LIGHT_THEN_DARK.findall(self.pixels.rstrip(b"\xff"))
        lengths = tuple(map(bytes.count, tokens, repeat(b"\x00")))
        starts = map(sub, accumulate(map(len, tokens)), lengths)
        ys, xs = zip(*map(divmod, starts, repeat(self.width)), strict=True) if tokens else ((), ())
        return xs, ys, lengths

    @property
    def runs(self) -> tuple[tuple[int, int, int], ...]:
        """Horizontal dark runs (first column, row, length) in symbol coordinates, x before y."""
        xs, ys, lengths = self.run_columns()
        return tuple((x - QUIET, y - QUIET, n) for x, y, n in zip(xs, ys, lengths, strict=True))

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
        symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
        image = symbol.to_image(scale=1, add_quiet_zones=True)
        if image.shape[0] - 2 * QUIET < 17 + 4 * min_version:
            symbol = zxingcpp.create_barcode(
                text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q", version=min_version
            )
            image = symbol.to_image(scale=1, add_quiet_zones=True)
    except ValueError as exc:
        raise InvalidInput("qr.too_long", length=len(text)) from exc
    width = image.shape[0]
    if width != image.shape[1] or (width - 2 * QUIET - 17) % 4:
        raise InvalidInput("qr.unexpected_shape", shape=str(image.shape))  # pragma: no cover
    return QrMatrix(text, (width - 2 * QUIET - 17) // 4, bytes(image))  # type: ignore[call-overload]
