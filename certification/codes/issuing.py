"""Issuing codes: label serials allocated per lot, and the signed texts printed on labels and
certificates.

Serials have the guarantee of certificate numbers: taken inside a write transaction that holds the
lot's row (SELECT … FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite), committed before any
label is drawn, so concurrent printers never receive the same serial and a crash mid-print leaves
the serials recorded as issued rather than free to hand out again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification import settings
from certification.codes.record import MAX_LOT, MAX_SERIAL, CodeKind, CodeRecord
from certification.codes.signing import Signer
from certification.codes.text import check_prefix
from certification.core import audit, clock
from certification.core.counters import next_value
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from models import Certificate, LabelBatch, LabelLot, Lot
from models.enums import CertificateStatus

MAX_BATCH = 100_000


@dataclass(frozen=True)
class LabelAllocation:
    batch_id: int
    lot_id: int
    certificate_id: int
    lot_no: int  # the lot's number within its certificate, as written in the codes
    first_serial: int
    last_serial: int

    @property
    def serials(self) -> range:
        return range(self.first_serial, self.last_serial + 1)


def url_prefix(session: Session) -> str:
    """The committee's verification URL prefix for new codes ('' when none is set)."""
    return check_prefix(str(settings.get(session, "verify_url_prefix")).upper())


def _printable(certificate: Certificate, day: date) -> None:
    if certificate.status is not CertificateStatus.ACTIVE or day > certificate.valid_until:
        status = "expired" if day > certificate.valid_until else certificate.status.value
        raise RuleViolation("labels.certificate_not_valid", status=status)


def allocate_label_serials(
    session: Session,
    lot_id: int,
    count: int,
    username: str,
    note: str = "",
    on: date | None = None,
) -> LabelAllocation:
    """Take the next `count` serials of a lot; commit before producing the labels."""
    if not 1 <= count <= MAX_BATCH:
        raise InvalidInput("labels.bad_count", field="count", maximum=MAX_BATCH)
    lot = session.scalars(select(Lot).where(Lot.id == lot_id).with_for_update()).first()
    if lot is None:
        raise NotFound("lot.not_found", lot=lot_id)
    _printable(lot.certificate, on or clock.today())
    labels = session.get(LabelLot, lot_id, with_for_update=True)
    if labels is None:
        lot_no = next_value(session, f"codes.lots.{lot.certificate_id}")
        if lot_no > MAX_LOT:
            raise RuleViolation("labels.lots_exhausted")
        labels = LabelLot(lot_id=lot_id, certificate_id=lot.certificate_id, lot_no=lot_no)
        labels.last_serial = 0
        session.add(labels)
    first = labels.last_serial + 1
    last = first + count - 1
    if last > MAX_SERIAL:
        raise RuleViolation("labels.serials_exhausted", left=MAX_SERIAL - labels.last_serial)
    labels.last_serial = last
    batch = LabelBatch(
        lot_id=lot_id, first_serial=first, last_serial=last, allocated_by=username, note=note
    )
    session.add(batch)
    session.flush()
    audit.record(
        session, username, "labels.allocate", "lot", lot_id, first=first, last=last, note=note
    )
    return LabelAllocation(batch.id, lot_id, lot.certificate_id, labels.lot_no, first, last)


def _base_record(certificate: Certificate, signer: Signer, day: date, category: int) -> CodeRecord:
    return CodeRecord(
        kind=CodeKind.CERTIFICATE,
        region=certificate.committee.region_code,
        key_id=signer.key_id,
        certificate_year=certificate.year,
        certificate_sequence=certificate.sequence,
        signed_on=day,
        valid_until=certificate.valid_until,
        category=category,
    )


def label_codes(
    session: Session,
    signer: Signer,
    allocation: LabelAllocation,
    prefix: str | None = None,
    on: date | None = None,
) -> list[str]:
    """The signed QR texts of an allocation's labels, in serial order."""
    lot = session.get_one(Lot, allocation.lot_id)
    day = on or clock.today()
    base = _base_record(lot.certificate, signer, day, lot.product.category_id)
    prefix = url_prefix(session) if prefix is None else prefix
    records = (
        CodeRecord(
            **{**base.__dict__, "kind": CodeKind.LABEL, "lot": allocation.lot_no, "serial": s}
        )
        for s in allocation.serials
    )
    return [signer.sign_code(r, prefix) for r in records]


def certificate_code(
    session: Session,
    signer: Signer,
    certificate_id: int,
    prefix: str | None = None,
    on: date | None = None,
) -> str:
    """The signed QR text printed on the certificate itself (no lot, no serial)."""
    certificate = session.get(Certificate, certificate_id)
    if certificate is None:
        raise NotFound("certificate.not_found", certificate=certificate_id)
    products = certificate.products
    category = products[0].category_id if products else 0
    base = _base_record(certificate, signer, on or clock.today(), category)
    return signer.sign_code(base, url_prefix(session) if prefix is None else prefix)
