"""The code's text: QR size, alphabet, and what scanners and keyboard layouts do to it."""

from __future__ import annotations

import json

import pytest
import zxingcpp

from certification.codes.text import MAX_PREFIX, PREFIX_CHARS, TextError, check_prefix, parse
from tests.codes import vectors

PUBLISHED = {v["name"]: v for v in json.loads(vectors.PATH.read_text("utf-8"))["vectors"]}
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def qr_version(text: str) -> int:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    size = barcode.to_image(scale=1, add_quiet_zones=False).shape[0]
    return (size - 17) // 4


@pytest.mark.parametrize(
    ("name", "version"),
    [("label_valid", 7), ("certificate_valid", 8), ("label_valid_prefix", 8), ("longest_label", 8)],
)
def test_codes_fit_qr_version_8_at_level_q(name: str, version: int) -> None:
    assert qr_version(PUBLISHED[name]["qr_text"]) == version


def test_longest_code_reads_back_from_its_printed_image() -> None:
    text = PUBLISHED["longest_label"]["qr_text"]
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="Q")
    image = barcode.to_image(scale=5)  # 25 mm at 300 dpi leaves whole 5-dot modules
    assert image.shape[0] <= 295
    (read,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert read.text == text
    assert read.ec_level == "Q"


def test_code_text_uses_only_qr_alphanumeric_url_safe_characters() -> None:
    for vector in PUBLISHED.values():
        if vector["expected"]["outcome"] != "malformed":
            assert set(vector["qr_text"]) <= QR_ALPHANUMERIC - set(" $%*+")


def test_prefix_rules() -> None:
    assert check_prefix("HTTPS://BELGI.KG/V/") == "HTTPS://BELGI.KG/V/"
    assert len("HTTPS://BELGI.KG/V/ABCDEFGHIJK") == MAX_PREFIX
    for bad in ("HTTPS://X.KG/V?C=", "BELGI 1/", "HTTPS://X.KG/2026", "A" * (MAX_PREFIX + 1)):
        with pytest.raises(TextError):
            check_prefix(bad)
    assert set("$%* +") & PREFIX_CHARS == set()


def test_parse_finds_the_signed_prefix_through_layout_and_case() -> None:
    vector = PUBLISHED["russian_layout_caps_lock"]
    code = parse(vector["input"])
    assert code.prefix == "HTTPS://BELGI.KG/V/"
    assert code.text == PUBLISHED["label_valid_prefix"]["qr_text"]
    assert code.record.hex() == vector["record_hex"]
