"""Properties that must hold for any input, not just the examples we thought of.

How quickly hostile input is turned away is measured in `bench/hostile_codes.py`."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from certification.codes.record import (
    EPOCH,
    MAX_CATEGORY,
    MAX_LOT,
    MAX_SEQUENCE,
    MAX_SERIAL,
    REGIONS,
    CodeKind,
    CodeRecord,
    RecordError,
)
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.codes.text import PREFIX_CHARS, code_text, parse
from certification.codes.verification import (
    CertificateState,
    StatusView,
    TrustedKey,
    assess,
)
from tests.codes.vectors import vector_key

KEY = vector_key(0x11)
SIGNER = Signer(key_id_for(public_bytes(KEY)), KEY)
TRUST = {
    SIGNER.key_id: [TrustedKey(SIGNER.key_id, public_bytes(KEY), "Y1", "KG-Y", date(2000, 1, 1))]
}
ACTIVE = StatusView(CertificateState.ACTIVE)
TODAY = date(2026, 5, 1)

days = st.integers(0, 0xFFFF).map(lambda n: EPOCH + timedelta(days=n))
prefixes = st.text(alphabet=sorted(PREFIX_CHARS), max_size=30).filter(
    lambda p: not p or not p[-1].isdigit()
)


@st.composite
def records(draw: st.DrawFn) -> CodeRecord:
    kind = draw(st.sampled_from(CodeKind))
    label = kind is CodeKind.LABEL
    return CodeRecord(
        kind=kind,
        region=draw(st.sampled_from(REGIONS)),
        key_id=draw(st.integers(0, 2**32 - 1)),
        certificate_year=draw(st.integers(2000, 2255)),
        certificate_sequence=draw(st.integers(1, MAX_SEQUENCE)),
        signed_on=draw(days),
        valid_until=draw(days),
        category=draw(st.integers(0, MAX_CATEGORY)),
        lot=draw(st.integers(1, MAX_LOT)) if label else None,
        serial=draw(st.integers(1, MAX_SERIAL)) if label else None,
    )


@given(records(), prefixes, st.binary(min_size=64, max_size=64))
def test_record_and_text_round_trip(record: CodeRecord, prefix: str, signature: bytes) -> None:
    code = parse(code_text(prefix, record.pack(), signature))
    assert (code.prefix, code.signature) == (prefix, signature)
    assert CodeRecord.unpack(code.record) == record


UNPACK_REASONS = {
    "bad_length",
    "unsupported_version",
    "unknown_kind",
    "unknown_region",
    "bad_serial",
    "bad_certificate_sequence",
}


@st.composite
def near_records(draw: st.DrawFn) -> bytes:
    """A real record with one byte changed and perhaps cut short or lengthened."""
    data = bytearray(draw(records()).pack())
    data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    whole = len(data)
    cut = draw(st.one_of(st.just(whole), st.integers(0, whole)))
    return bytes(data[:cut]) + draw(st.one_of(st.just(b""), st.binary(max_size=2)))


@settings(max_examples=300)
@given(st.one_of(st.binary(max_size=200), near_records()))
def test_bytes_are_read_as_a_record_only_when_they_are_exactly_one(data: bytes) -> None:
    try:
        record = CodeRecord.unpack(data)
    except RecordError as refused:
        assert refused.reason in UNPACK_REASONS
    else:
        assert record.pack() == data  # nothing ignored, nothing made up


def _never_genuine(text: str) -> None:
    result = assess(text, TRUST, TODAY, lambda r, k: ACTIVE)  # a result, never an exception
    assert not result.outcome.genuine


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_random_text_never_raises(text: str) -> None:
    _never_genuine(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_as_text_never_raise(data: bytes) -> None:
    _never_genuine(data.decode("utf-8", errors="replace"))
    _never_genuine(data.decode("latin-1"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=190, max_size=210))
def test_random_digits_never_pass(digits: str) -> None:
    _never_genuine(digits)


def test_every_single_bit_flip_is_never_genuine() -> None:
    record = CodeRecord(
        CodeKind.LABEL,
        "KG-Y",
        SIGNER.key_id,
        2026,
        42,
        date(2026, 3, 14),
        date(2029, 3, 13),
        7,
        3,
        9,
    )
    prefix = "HTTPS://BELGI.KG/V/"
    text = SIGNER.sign_code(record, prefix)
    assert assess(text, TRUST, TODAY, lambda r, k: ACTIVE).outcome.value == "genuine_valid"
    code = parse(text)
    data = code.record + code.signature
    for bit in range(len(data) * 8):
        flipped = bytearray(data)
        flipped[bit // 8] ^= 0x80 >> (bit % 8)
        tampered = code_text(
            prefix, bytes(flipped[: len(code.record)]), bytes(flipped[len(code.record) :])
        )
        result = assess(tampered, TRUST, TODAY, lambda r, k: ACTIVE)
        assert not result.outcome.genuine, (bit, result)
    for i, ch in enumerate(prefix):  # a changed URL is a changed code
        for other in ("X", "0") if ch != "X" else ("Y",):
            changed = prefix[:i] + other + prefix[i + 1 :]
            if changed[-1].isdigit():
                continue
            result = assess(changed + text[len(prefix) :], TRUST, TODAY, lambda r, k: ACTIVE)
            assert not result.outcome.genuine
