"""QR codes as PDF image masks.

The encoder holds the GIL, so threads cannot share a long job's codes. A forked process can: on
Linux, a process with one thread that says so (the `labels` command) hands the last part of a
long job to a fork of itself, which needs no start-up, and encodes the first part meanwhile —
the codes of 1,000 labels in ~0.11 s instead of ~0.19 s on two cores (2026-12-05).
Spawning a fresh process (Windows, macOS) costs about what it saves, and forking a process that
runs other threads (the desktop app) is unsafe, so those encode in-process.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from certification.qrmatrix import QUIET, QrMatrix, encode

_AS_BITS = bytes.maketrans(b"\x00\xff", b"10")  # a dark module is a 1


def qr_body(matrix: QrMatrix) -> str:
    """The symbol as a 1-bit image mask, one sample a module, in module units from the quiet
    zone's corner; the caller puts a transform in front (see `place`).

    A mask paints its dark samples in the fill colour and leaves the rest untouched. Renderers
    draw a mask's samples without smoothing, so each module covers whole dots, where the
    filled rectangles of the runs it replaces came out with grey edges (about 10,000 grey
    pixels a code rendered at 300 dpi). It is made ten times faster too (0.013 ms against
    0.13 ms for a 53-module code), and 1,000 labels take 0.45 MB of PDF instead of 1.9 MB.
    """
    w = matrix.width
    pad = "0" * (-w % 8)  # each row of samples starts on a byte
    bits = matrix.pixels.translate(_AS_BITS).decode("ascii")
    rows = pad.join([bits[i : i + w] for i in range(0, w * w, w)]) + pad
    samples = int(rows, 2).to_bytes(len(rows) // 8, "big").hex()
    # The unit square, where an image is drawn, flipped to rows going down from the top row.
    return f"{w} 0 0 -{w} 0 {w} cm\nBI /IM true /W {w} /H {w} /D [1 0] /F /AHx ID {samples}> EI Q\n"


def place(body: str, width: int, x: float, y_top: float, module: float) -> str:
    """`body` drawn with its symbol's top-left module at (x, y_top), `module` points a module."""
    x0, y0 = x - QUIET * module, y_top + QUIET * module
    return f"q 0 g {module:.4f} 0 0 {-module:.4f} {x0:.3f} {y0:.3f} cm\n{body}"


HELPED_FROM = 200  # codes in a job; below this a second process costs more than it saves
_helper_allowed = False


@contextmanager
def helper_process_allowed() -> Iterator[None]:
    """Said around its drawing by a command that owns its process and runs no other thread
    meanwhile; the desktop app never says it (Qt's own threads are invisible to `threading`)."""
    global _helper_allowed
    _helper_allowed = True
    try:
        yield
    finally:
        _helper_allowed = False


# The helper's share of a long job: the caller also draws every label, so it encodes fewer codes
# than the helper for both to finish together (on two cores, 1,000 labels: 0.55 0.41 s, 0.6
# 0.46 s, 0.65 0.46 s, 0.7 0.45 s, 0.75 0.52 s: medians of nine rounds, within the noise).
# With codes as image masks the two still finish within 4–6 ms of each other at 0.55.
HELPER_SHARE = 0.55


@contextmanager
def encoded_bodies(texts: Sequence[str]) -> Iterator[Iterator[tuple[int, str]]]:
    """(modules with quiet zone, body) for each text, in order, encoded as they are drawn.

    A long job's helper starts on entering, so it encodes while the caller draws what the labels
    share, and is ended on leaving, however the drawing ends (finished, cancelled, failed)."""
    if len(texts) < HELPED_FROM or not _may_fork():
        yield map(_encoded_body, texts)
        return
    split = len(texts) - round(len(texts) * HELPER_SHARE)
    helper = _Helper(texts[split:])
    try:
        yield _mine_then_the_helpers(texts, split, helper)
    finally:
        helper.close()


def _mine_then_the_helpers(
    texts: Sequence[str], split: int, helper: _Helper
) -> Iterator[tuple[int, str]]:
    yield from map(_encoded_body, texts[:split])
    rest = helper.result()
    # A helper that failed leaves its share to be encoded here, where its error is met as itself.
    yield from rest if rest is not None else map(_encoded_body, texts[split:])


class _Helper:
    """A fork of this process encoding `texts`; its bodies come back pickled through a pipe.

    The fork ends with `os._exit`: no finalizer or exit handler of the parent's (a coverage
    tracer, a database pool) runs twice.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # pragma: no cover - the fork's own lines are traced by nobody
            status = 1
            try:
                os.close(self.read_end)
                with os.fdopen(write_end, "wb") as out:
                    pickle.dump(_encoded_list(texts), out, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)

    def result(self) -> list[tuple[int, str]] | None:
        """The helper's bodies, or None when it failed."""
        with os.fdopen(self.read_end, "rb") as pipe:
            self.read_end = -1
            data = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if status != 0 or not data:
            return None
        bodies: list[tuple[int, str]] = pickle.loads(data)  # our own fork wrote it
        return bodies

    def close(self) -> None:
        """End a helper whose answer is no longer wanted (the job was closed half-way)."""
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0
        if self.read_end >= 0:
            os.close(self.read_end)
            self.read_end = -1


def _may_fork() -> bool:
    # One thread alive is the main thread itself: a worker would have the main one beside it.
    return _helper_allowed and sys.platform == "linux" and threading.active_count() == 1


def _encoded_body(text: str) -> tuple[int, str]:
    matrix = encode(text)
    return matrix.width, qr_body(matrix)


def _encoded_list(texts: Sequence[str]) -> list[tuple[int, str]]:
    return list(map(_encoded_body, texts))
