"""QR codes as PDF path operators.

Measured: spreading the encoding of a 1,000-label job over worker processes was slower on the
2-core office machine once anything else ran (spawn cost, no spare core), so it stays in-process.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain, repeat

from certification.qrmatrix import MAX_VERSION, QUIET, QrMatrix, encode

_NUMBER = [str(i) for i in range(4 * MAX_VERSION + 17 + 2 * QUIET + 1)].__getitem__


def qr_body(matrix: QrMatrix) -> str:
    """One rectangle per horizontal dark run, in module units from the quiet zone's corner.

    Ends with the fill; the caller puts a transform in front (see `place`).
    """
    xs, ys, lengths = matrix.run_columns()
    runs = zip(map(_NUMBER, xs), map(_NUMBER, ys), map(_NUMBER, lengths), repeat("1 re\n"))
    return " ".join(chain.from_iterable(runs)) + "f Q\n"


def place(body: str, width: int, x: float, y_top: float, module: float) -> str:
    """`body` drawn with its symbol's top-left module at (x, y_top), `module` points a module."""
    x0, y0 = x - QUIET * module, y_top + QUIET * module
    return f"q 0 g {module:.4f} 0 0 {-module:.4f} {x0:.3f} {y0:.3f} cm\n{body}"


def encoded_bodies(texts: Sequence[str]) -> Iterator[tuple[int, str]]:
    """(modules with quiet zone, body) for each text, in order, encoded as they are drawn."""
    for text in texts:
        matrix = encode(text)
        yield matrix.width, qr_body(matrix)
