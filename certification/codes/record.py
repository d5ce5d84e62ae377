"""The compact binary record inside every signed code (format version 1).

All integers are big-endian. A certificate's own code ends after the category; a label's code adds
the lot and the label serial. The layout is specified in docs/signed-codes.md; change it only with a
new format version, because printed labels live for years.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

FORMAT_VERSION = 1
EPOCH = date(2000, 1, 1)  # dates are whole days since this day (Asia/Bishkek calendar)
SIGNATURE_SIZE = 64

# ISO 3166-2:KG subdivisions in the order of their codes; the index is what the record stores.
REGIONS: tuple[str, ...] = (
    "KG-B",
    "KG-C",
    "KG-GB",
    "KG-GO",
    "KG-J",
    "KG-N",
    "KG-O",
    "KG-T",
    "KG-Y",
)

_HEAD = struct.Struct(">BBI")  # header, region, key id
_CERT = struct.Struct(">B3sHHH")  # year-2000, sequence (24 bit), signed on, valid until, category
_LABEL = struct.Struct(">H3s")  # lot, serial (24 bit)

MAX_SEQUENCE = MAX_SERIAL = 2**24 - 1
MAX_LOT = 2**16 - 1
MAX_CATEGORY = 2**16 - 1


class CodeKind(IntEnum):
    CERTIFICATE = 1  # printed on the certificate itself: no lot, no serial
    LABEL = 2  # one per unit of product: lot and serial


RECORD_SIZE = {
    CodeKind.CERTIFICATE: _HEAD.size + _CERT.size,
    CodeKind.LABEL: _HEAD.size + _CERT.size + _LABEL.size,
}


class RecordError(ValueError):
    """The bytes are not a record of a known format; `reason` is a stable reason code."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def day_number(day: date) -> int:
    number = (day - EPOCH).days
    if not 0 <= number <= 0xFFFF:
        raise RecordError("date_out_of_range")
    return number


def from_day_number(number: int) -> date:
    return EPOCH + timedelta(days=number)


@dataclass(frozen=True)
class CodeRecord:
    """What a committee vouches for with its signature."""

    kind: CodeKind
    region: str  # ISO 3166-2:KG, e.g. "KG-Y"
    key_id: int  # 32-bit id of the signing key
    certificate_year: int
    certificate_sequence: int
    signed_on: date
    valid_until: date  # the certificate's validity when the code was signed
    category: int  # the issuing committee's product category number; 0 when none
    lot: int | None = None  # the lot's number within its certificate (labels only)
    serial: int | None = None  # the label's serial within its lot (labels only)
    version: int = FORMAT_VERSION

    @property
    def certificate_number(self) -> str:
        """The number in the default format; a committee's own register may format it otherwise."""
        return f"{self.region}-{self.certificate_year}-{self.certificate_sequence:05d}"

    def pack(self) -> bytes:
        """The record's bytes; raises RecordError when a field does not fit the format."""
        if self.version != FORMAT_VERSION:
            raise RecordError("unsupported_version")
        if self.region not in REGIONS:
            raise RecordError("unknown_region")
        if not 0 <= self.key_id <= 0xFFFFFFFF:
            raise RecordError("bad_key_id")
        if not 2000 <= self.certificate_year <= 2255:
            raise RecordError("bad_certificate_year")
        if not 1 <= self.certificate_sequence <= MAX_SEQUENCE:
            raise RecordError("bad_certificate_sequence")
        if not 0 <= self.category <= MAX_CATEGORY:
            raise RecordError("bad_category")
        data = _HEAD.pack(
            (self.version << 4) | int(self.kind), REGIONS.index(self.region) + 1, self.key_id
        ) + _CERT.pack(
            self.certificate_year - 2000,
            self.certificate_sequence.to_bytes(3, "big"),
            day_number(self.signed_on),
            day_number(self.valid_until),
            self.category,
        )
        if self.kind is CodeKind.CERTIFICATE:
            if self.lot is not None or self.serial is not None:
                raise RecordError("certificate_code_has_lot")
            return data
        if self.lot is None or not 1 <= self.lot <= MAX_LOT:
            raise RecordError("bad_lot")
        if self.serial is None or not 1 <= self.serial <= MAX_SERIAL:
            raise RecordError("bad_serial")
        return data + _LABEL.pack(self.lot, self.serial.to_bytes(3, "big"))

    @classmethod
    def unpack(cls, data: bytes) -> CodeRecord:
        """Read a record; raises RecordError with a reason code for anything but a valid record."""
        if len(data) < 1:
            raise RecordError("bad_length")
        version, kind_value = data[0] >> 4, data[0] & 0x0F
        if version != FORMAT_VERSION:
            raise RecordError("unsupported_version")
        try:
            kind = CodeKind(kind_value)
        except ValueError:
            raise RecordError("unknown_kind") from None
        if len(data) != RECORD_SIZE[kind]:
            raise RecordError("bad_length")
        _, region_index, key_id = _HEAD.unpack_from(data, 0)
        if not 1 <= region_index <= len(REGIONS):
            raise RecordError("unknown_region")
        year, sequence, signed_on, valid_until, category = _CERT.unpack_from(data, _HEAD.size)
        lot = serial = None
        if kind is CodeKind.LABEL:
            lot, serial_bytes = _LABEL.unpack_from(data, _HEAD.size + _CERT.size)
            serial = int.from_bytes(serial_bytes, "big")
            if lot == 0 or serial == 0:
                raise RecordError("bad_serial")
        number = int.from_bytes(sequence, "big")
        if number == 0:
            raise RecordError("bad_certificate_sequence")
        return cls(
            kind=kind,
            region=REGIONS[region_index - 1],
            key_id=key_id,
            certificate_year=2000 + year,
            certificate_sequence=number,
            signed_on=from_day_number(signed_on),
            valid_until=from_day_number(valid_until),
            category=category,
            lot=lot,
            serial=serial,
            version=version,
        )
