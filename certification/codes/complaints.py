"""Complaints opened from failed checks, linked to what the label claimed to be."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from models import Certificate, CodeCheck, Complaint, Lot

MAX_DESCRIPTION = 5000


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    check_id: int
    outcome: str  # of the check it came from
    certificate_id: int | None
    lot_id: int | None
    producer_id: int | None
    description: str
    status: str
    opened_at: datetime
    opened_by: str
    resolution: str


def _info(complaint: Complaint) -> ComplaintInfo:
    return ComplaintInfo(
        complaint.id,
        complaint.check_id,
        complaint.check.outcome,
        complaint.certificate_id,
        complaint.lot_id,
        complaint.producer_id,
        complaint.description,
        complaint.status,
        complaint.opened_at,
        complaint.opened_by,
        complaint.resolution,
    )


def _failed(check: CodeCheck) -> bool:
    return check.outcome != "genuine_valid" or bool(check.flags)


def open_complaint(
    session: Session, check_id: int, description: str, username: str
) -> ComplaintInfo:
    """Only a failed or flagged check opens a complaint; a genuine, valid label has nothing to
    complain about."""
    check = session.get(CodeCheck, check_id)
    if check is None:
        raise NotFound("complaint.check_not_found", check=check_id)
    if not _failed(check):
        raise RuleViolation("complaint.check_passed", check=check_id)
    text = description.strip()
    if not text or len(text) > MAX_DESCRIPTION:
        raise InvalidInput("complaint.description", field="description", maximum=MAX_DESCRIPTION)
    producer_id = None
    if check.lot_id is not None:
        producer_id = session.get_one(Lot, check.lot_id).producer_id
    elif check.certificate_id is not None:
        producer_id = session.get_one(Certificate, check.certificate_id).producer_id
    complaint = Complaint(
        check_id=check.id,
        certificate_id=check.certificate_id,
        lot_id=check.lot_id,
        producer_id=producer_id,
        description=text,
        status="open",
        opened_by=username,
    )
    session.add(complaint)
    session.flush()
    audit.record(session, username, "complaint.open", "complaint", complaint.id, check=check.id)
    return _info(complaint)


def close_complaint(
    session: Session, complaint_id: int, resolution: str, username: str
) -> ComplaintInfo:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound("complaint.not_found", complaint=complaint_id)
    if complaint.status == "closed":
        raise RuleViolation("complaint.already_closed", complaint=complaint_id)
    if not resolution.strip():
        raise InvalidInput("complaint.resolution", field="resolution")
    complaint.status, complaint.resolution = "closed", resolution.strip()
    complaint.closed_at = clock.now()
    audit.record(session, username, "complaint.close", "complaint", complaint.id)
    return _info(complaint)


def complaints(session: Session, status: str | None = None) -> list[ComplaintInfo]:
    query = select(Complaint).order_by(Complaint.opened_at.desc(), Complaint.id.desc())
    if status is not None:
        query = query.where(Complaint.status == status)
    return [_info(c) for c in session.scalars(query)]
