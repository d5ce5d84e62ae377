"""The encoder gives the level asked for, agrees with an independent encoder, and reads back."""

from __future__ import annotations

import random
import re

import pytest
import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from qrcode.constants import ERROR_CORRECT_Q

from certification.core.errors import InvalidInput
from certification.documents.qrpdf import qr_body
from certification.qrmatrix import QUIET, QrMatrix, encode

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def label_code(seed: int) -> str:
    rng = random.Random(seed)
    return "KG1:" + "".join(rng.choice(BASE32) for _ in range(132))


def as_image(m: QrMatrix, scale: int = 4) -> Image.Image:
    image = Image.frombytes("L", (m.width, m.width), m.pixels)
    return image.resize((m.width * scale, m.width * scale), Image.Resampling.NEAREST)


def reference_rows(text: str, version: int, mask: int) -> list[list[bool]]:
    code = qrcode.QRCode(
        version=version, error_correction=ERROR_CORRECT_Q, border=0, mask_pattern=mask
    )
    code.add_data(text, optimize=0)
    code.make(fit=False)
    return code.get_matrix()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_label_code_is_version_8_level_q_and_matches_the_reference_encoder(seed: int) -> None:
    text = label_code(seed)
    m = encode(text)
    assert (m.version, m.size, m.ec_level) == (8, 49, "Q")
    assert 0 <= m.mask <= 7
    expected = reference_rows(text, m.version, m.mask)
    ours = [[m.is_dark(r, c) for c in range(m.size)] for r in range(m.size)]
    assert ours == expected


def test_matrix_reads_back_with_its_level() -> None:
    text = label_code(7)
    found = zxingcpp.read_barcodes(as_image(encode(text)), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [(b.text, b.ec_level) for b in found] == [(text, "Q")]


def test_kyrgyz_text_round_trips() -> None:
    text = "Ысык-Көл балы: ң ө ү"
    found = zxingcpp.read_barcodes(as_image(encode(text)), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [b.text for b in found] == [text]


def test_min_version_pads_small_codes_to_a_common_size() -> None:
    assert encode("HELLO").version == 1
    padded = encode("HELLO", min_version=8)
    assert (padded.version, padded.ec_level) == (8, "Q")


def test_the_printed_samples_are_exactly_the_dark_modules() -> None:
    m = encode(label_code(9))
    body = qr_body(m)
    found = re.search(r"/W (\d+) /H (\d+) .* ID ([0-9a-f]+)> EI", body)
    assert found is not None
    w, h, samples = int(found[1]), int(found[2]), bytes.fromhex(found[3])
    assert w == h == m.width
    row_bytes = (w + 7) // 8
    assert len(samples) == row_bytes * w
    painted = {
        (c - QUIET, r - QUIET)
        for r in range(w)
        for c in range(w)
        if samples[r * row_bytes + c // 8] >> (7 - c % 8) & 1
    }
    dark = {(c, r) for r in range(m.size) for c in range(m.size) if m.is_dark(r, c)}
    assert painted == dark
    assert all(m.pixels[i] == 255 for i in range(QUIET * m.width))  # quiet zone is light


@pytest.mark.parametrize(("text", "code"), [("", "qr.empty"), ("X" * 3000, "qr.too_long")])
def test_bad_input_is_a_domain_error(text: str, code: str) -> None:
    with pytest.raises(InvalidInput) as err:
        encode(text)
    assert err.value.code == code


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=BASE32 + "0123456789:-/.", min_size=1, max_size=120))
def test_any_code_text_reads_back(text: str) -> None:
    found = zxingcpp.read_barcodes(
        as_image(encode(text)),
        formats=zxingcpp.BarcodeFormat.QRCode,
        text_mode=zxingcpp.TextMode.Plain,
    )
    assert [b.text for b in found] == [text]
