"""Issuing codes: the signed texts printed on labels (for serials allocated by
`certification.labels.serials`) and on certificates."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from certification import settings
from certification.codes.record import CodeKind, CodeRecord
from certification.codes.signing import Signer
from certification.codes.text import check_prefix
from certification.core import clock
from certification.core.errors import NotFound
from certification.labels.serials import LabelAllocation
from models import Certificate, Lot


def url_prefix(session: Session) -> str:
    """The committee's verification URL prefix for new codes ('' when none is set)."""
    return check_prefix(str(settings.get(session, "verify_url_prefix")).upper())


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
