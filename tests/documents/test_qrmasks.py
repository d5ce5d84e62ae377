"""The mask chosen here is the one the standard's penalty rules give, and zint's own choice."""

from __future__ import annotations

import random

import pytest
import zxingcpp

from certification.qrmasks import function_modules, layout, penalty
from certification.qrmatrix import MAX_VERSION, encode

QR = zxingcpp.BarcodeFormat.QRCode


def raw_data_modules(version: int) -> int:
    """Modules left for data and error correction (ISO/IEC 18004 table 1), by formula."""
    modules = (16 * version + 128) * version + 64
    if version >= 2:
        aligned = version // 7 + 2
        modules -= (25 * aligned - 10) * aligned - 55
    if version >= 7:
        modules -= 36
    return modules


@pytest.mark.parametrize("version", range(1, MAX_VERSION + 1))
def test_masks_invert_data_modules_only(version: int) -> None:
    shape = layout(version)
    taken, format_positions = function_modules(version)
    assert shape.size**2 - len(taken) == raw_data_modules(version)
    assert len(set(format_positions)) == 30
    w, top = shape.width, shape.width * shape.width - 1
    function = sum(1 << top - ((r + 4) * w + c + 4) for r, c in taken)
    assert all(mask & function == 0 for mask in shape.masks)
    assert shape.format_area & ~function == 0
    # a data module's rule 0 ((row + column) even) holds on about half of them
    assert abs(shape.masks[0].bit_count() * 2 - raw_data_modules(version)) <= version * 8


def test_data_modules_agree_with_the_standards_table() -> None:
    # codewords × 8 + remainder bits, from the table itself for a few versions
    assert [raw_data_modules(v) for v in (1, 2, 7, 14, 21, 40)] == [
        26 * 8,
        44 * 8 + 7,
        196 * 8,
        581 * 8 + 3,
        1156 * 8 + 4,
        3706 * 8,
    ]


def texts(count: int, seed: int) -> list[str]:
    """Numeric, alphanumeric and byte texts of lengths that reach every version."""
    rng = random.Random(seed)
    alphabets = (  # with the longest text of each that level Q holds in version 40
        ("0123456789", 3993),
        ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:", 2420),
        ("abcdefgh-Көл", 1100),  # UTF-8: the Kyrgyz letters take two bytes
    )
    out = []
    for i in range(count):
        letters, longest = alphabets[i % 3]
        out.append("".join(rng.choice(letters) for _ in range(rng.randrange(1, longest))))
    return out


def test_the_chosen_mask_is_zints_own_choice_bit_for_bit() -> None:
    versions = set()
    for text in texts(120, seed=5):
        ours = encode(text)
        theirs = zxingcpp.create_barcode(text, QR, ec_level="Q")
        image = bytes(theirs.to_image(scale=1, add_quiet_zones=True))
        assert ours.pixels == image, (len(text), ours.version, ours.mask)
        versions.add(ours.version)
    assert len(versions) > 25  # small and large symbols alike


def test_penalty_of_a_plain_symbol_follows_the_four_rules() -> None:
    shape = layout(1)
    n = shape.size  # 21
    runs = 2 * n * (3 + n - 5)  # N1: every row and column one run of n
    blocks = 3 * (n - 1) ** 2  # N2: every 2×2 block
    balance = 10 * 10  # N4: 100 % or 0 % dark is ten steps of 5 % from half
    assert penalty(shape.symbol, shape) == runs + blocks + balance  # all dark
    assert penalty(0, shape) == runs + blocks + balance  # all light: no finder-like pattern


def test_a_finder_like_pattern_scores_40() -> None:
    shape = layout(1)
    w, top = shape.width, shape.width * shape.width - 1

    def row_10(dark_columns: tuple[int, ...]) -> int:
        return sum(1 << top - ((10 + 4) * w + c + 4) for c in dark_columns)

    # 1:1:3:1:1 with light on both sides, against the same runs in another order (1 0 111 0 1
    # against 111 0 1 0 1): the same N1, N2 and N4, and no finder-like pattern
    finder_like, other = row_10((7, 9, 10, 11, 13)), row_10((7, 8, 9, 11, 13))
    assert penalty(finder_like, shape) - penalty(other, shape) == 40
