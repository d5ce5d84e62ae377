"""A record that does not fit the format is refused with the reason, never packed wrongly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from certification.codes.record import (
    MAX_CATEGORY,
    MAX_LOT,
    MAX_SERIAL,
    CodeKind,
    CodeRecord,
    RecordError,
)

LABEL = CodeRecord(
    CodeKind.LABEL, "KG-Y", 0x0A0B0C0D, 2026, 42, date(2026, 3, 14), date(2029, 3, 13), 7, 3, 9
)
CERTIFICATE = replace(LABEL, kind=CodeKind.CERTIFICATE, lot=None, serial=None)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"version": 2}, "unsupported_version"),
        ({"region": "KG-X"}, "unknown_region"),
        ({"key_id": -1}, "bad_key_id"),
        ({"key_id": 2**32}, "bad_key_id"),
        ({"certificate_year": 1999}, "bad_certificate_year"),
        ({"certificate_year": 2256}, "bad_certificate_year"),
        ({"certificate_sequence": 0}, "bad_certificate_sequence"),
        ({"category": MAX_CATEGORY + 1}, "bad_category"),
        ({"signed_on": date(1999, 12, 31)}, "date_out_of_range"),
        ({"valid_until": date(2180, 1, 1)}, "date_out_of_range"),
        ({"lot": None}, "bad_lot"),
        ({"lot": MAX_LOT + 1}, "bad_lot"),
        ({"serial": 0}, "bad_serial"),
        ({"serial": MAX_SERIAL + 1}, "bad_serial"),
    ],
)
def test_a_label_record_that_does_not_fit_is_not_packed(
    changes: dict[str, object], reason: str
) -> None:
    with pytest.raises(RecordError) as refused:
        replace(LABEL, **changes).pack()  # type: ignore[arg-type]
    assert refused.value.reason == reason


def test_a_certificates_own_code_carries_no_lot_or_serial() -> None:
    assert CodeRecord.unpack(CERTIFICATE.pack()) == CERTIFICATE
    for changes in ({"lot": 3}, {"serial": 9}):
        with pytest.raises(RecordError) as refused:
            replace(CERTIFICATE, **changes).pack()  # type: ignore[arg-type]
        assert refused.value.reason == "certificate_code_has_lot"


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[:-1], "bad_length"),  # a label cut short
        (lambda data: bytes([0x11]) + data[1:], "bad_length"),  # says certificate, has a lot
        (lambda data: data[:-3] + b"\0\0\0", "bad_serial"),
        (lambda data: data[:-5] + b"\0\0" + data[-3:], "bad_serial"),  # lot 0
        (lambda data: data[:7] + b"\0\0\0" + data[10:], "bad_certificate_sequence"),
    ],
)
def test_damaged_bytes_are_refused_with_the_reason(damage, reason: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RecordError) as refused:
        CodeRecord.unpack(damage(LABEL.pack()))
    assert refused.value.reason == reason
