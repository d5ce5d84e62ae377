"""The text written into the QR code, and reading it back from whatever a scanner typed.

A code's text is `PREFIX` + `BODY`:

- BODY is the signed record followed by its 64-byte signature, read as one big-endian number and
  written in decimal with leading zeros to a fixed length (193 digits for a certificate, 205 for a
  label). Digits use QR numeric mode (3.3 bits each, 99.7 % of binary) and sit on the same keys in
  the US, Russian and Kyrgyz keyboard layouts, so a USB scanner types them right in any of them.
- PREFIX is an optional verification URL set by the committee, in capitals, from the characters
  A–Z 0–9 . / : - only (QR alphanumeric mode; each has one key whose Russian-layout character maps
  back unambiguously), not ending in a digit. It is covered by the signature.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from certification.codes.record import RECORD_SIZE, SIGNATURE_SIZE

MAX_PREFIX = 30  # keeps the longest code at QR version 8, level Q (measured: docs/signed-codes.md)
MAX_INPUT = 2000  # characters of scanned or pasted text considered at all
PREFIX_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:-")


def digits_for(size: int) -> int:
    """Decimal digits needed for any number of `size` bytes."""
    return len(str(256**size - 1))


BODY_BYTES = {digits_for(n + SIGNATURE_SIZE): n + SIGNATURE_SIZE for n in RECORD_SIZE.values()}


class TextError(ValueError):
    """The text is not a code of this format; `reason` is a stable reason code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def encode_body(data: bytes) -> str:
    return str(int.from_bytes(data, "big")).zfill(digits_for(len(data)))


def decode_body(digits: str) -> bytes:
    size = BODY_BYTES.get(len(digits))
    if size is None:
        raise TextError("bad_length")
    value = int(digits)
    if value >= 256**size:
        raise TextError("bad_number")
    return value.to_bytes(size, "big")


def check_prefix(prefix: str) -> str:
    """The prefix as it is signed and printed; raises TextError when it cannot be used."""
    if len(prefix) > MAX_PREFIX:
        raise TextError("prefix_too_long")
    if not set(prefix) <= PREFIX_CHARS:
        raise TextError("bad_prefix")
    if prefix and prefix[-1].isdigit():
        raise TextError("bad_prefix")
    return prefix


def code_text(prefix: str, record: bytes, signature: bytes) -> str:
    return check_prefix(prefix) + encode_body(record + signature)


@dataclass(frozen=True)
class CodeText:
    """A code's text taken apart (not yet checked cryptographically)."""

    text: str  # normalised: what the QR code holds
    prefix: str
    record: bytes
    signature: bytes


# What a scanner sending US key positions produces under the Russian (ЙЦУКЕН) layout — the Kyrgyz
# layout has the same unshifted and shifted characters; its own letters need AltGr, which a scanner
# never sends. Caps Lock flips letter case, so both cases map back.
_RU_KEYS = "йцукенгшщзфывапролдячсмитьхъжэбю.ё"
_US_KEYS = "QWERTYUIOPASDFGHJKLZXCVBNM[];',./`"
_RU_TO_US = {ord(r): u for r, u in zip(_RU_KEYS, _US_KEYS, strict=True)}
_RU_TO_US.update(
    {ord(r.upper()): u for r, u in zip(_RU_KEYS, _US_KEYS, strict=True) if r.isalpha()}
)
# Shift positions: ж/Ж is ';' or ':' — only ':' can occur in a code; ю/Ю is '.' (never '>').
_RU_TO_US.update({ord("ж"): ":", ord("Ж"): ":", ord(","): "?", ord("№"): "#", ord('"'): "@"})
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Invisible characters scanners and clipboards add: BOM, zero-width, bidi marks, soft hyphen.
_INVISIBLE = re.compile(r"[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]")
_AIM_QR = re.compile(r"^\]Q[0-6]")  # symbology identifier some scanners send first


def normalise(raw: str) -> str:
    """What the QR code held, from what was typed or pasted; unknown characters are kept."""
    text = unicodedata.normalize("NFKC", raw[:MAX_INPUT])
    text = _INVISIBLE.sub("", text)
    text = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cc")
    if _CYRILLIC.search(text):
        text = text.translate(_RU_TO_US)
    return _AIM_QR.sub("", text.upper())


_BODY = re.compile(r"[0-9]+\Z")


def parse(raw: str) -> CodeText:
    """Split a (scanned) text into prefix, record and signature; raises TextError."""
    if len(raw) > MAX_INPUT:
        raise TextError("input_too_long")
    text = normalise(raw)
    if not text:
        raise TextError("empty")
    match = _BODY.search(text)
    if match is None:
        raise TextError("no_digits" if set(text) <= PREFIX_CHARS else "bad_alphabet")
    prefix, digits = text[: match.start()], match.group()
    if not set(prefix) <= PREFIX_CHARS:
        raise TextError("bad_alphabet")
    check_prefix(prefix)
    data = decode_body(digits)
    return CodeText(text, prefix, data[:-SIGNATURE_SIZE], data[-SIGNATURE_SIZE:])
