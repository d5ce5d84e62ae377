"""Certificates: issued only by a grant, numbered gap-free per committee and year in the grant's
transaction, never deleted. Lifecycle: active → suspended ⇄ restored, withdrawn, superseded by a
re-issue or renewal; `expired` follows from the date for active and suspended ones."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, selectinload

from certification import settings
from certification.core import audit, clock
from certification.core.counters import next_value
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.core.refs import StandardRef
from certification.core.search import contains, starts_with
from certification.users import UserInfo, require
from models import (
    Certificate,
    CertificateEvent,
    Committee,
    Decision,
    Inspection,
    Producer,
    Product,
    Standard,
    StandardVersion,
    fold,
)
from models.enums import CertificateEventKind, CertificateStatus, Role

T = TypeVar("T", bound=tuple[Any, ...])
ACTIVE, SUSPENDED = CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED


@dataclass(frozen=True)
class CertificateEventInfo:
    kind: CertificateEventKind
    at: datetime
    username: str
    reason: str


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    number: str
    status: CertificateStatus  # as of `as_of`: expired is derived from the date
    stored_status: CertificateStatus
    as_of: date
    producer_id: int
    producer: str
    village: str
    region_code: str
    products: tuple[str, ...]
    product_ids: tuple[int, ...]
    category_code: str
    standard: StandardRef
    stars: int | None
    score: Decimal | None
    issued_on: date
    valid_until: date
    next_surveillance_on: date | None
    supersedes: str | None
    superseded_by: str | None
    events: tuple[CertificateEventInfo, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "status": self.status.value,
            "producer": self.producer,
            "region": self.region_code,
            "products": list(self.products),
            "standard": str(self.standard),
            "stars": self.stars,
            "issued": self.issued_on.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "next_surveillance": (
                self.next_surveillance_on.isoformat() if self.next_surveillance_on else None
            ),
            "supersedes": self.supersedes,
            "superseded_by": self.superseded_by,
        }


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def effective_status(
    stored: CertificateStatus, valid_until: date, today: date
) -> CertificateStatus:
    if stored in (ACTIVE, SUSPENDED) and valid_until < today:
        return CertificateStatus.EXPIRED
    return stored


def _info(
    session: Session, c: Certificate, today: date, successors: dict[int, str] | None = None
) -> CertificateInfo:
    if successors is None:
        successors = _successors(session, [c.id])
    return CertificateInfo(
        c.id,
        c.number,
        effective_status(c.status, c.valid_until, today),
        c.status,
        today,
        c.producer_id,
        c.producer.name,
        c.producer.village,
        c.producer.region_code,
        tuple(p.name for p in c.products),
        tuple(p.id for p in c.products),
        c.version.standard.category.code,
        StandardRef(c.version.standard.code, c.version.version),
        c.stars,
        c.score,
        c.issued_on,
        c.valid_until,
        c.next_surveillance_on,
        c.supersedes.number if c.supersedes else None,
        successors.get(c.id),
        tuple(CertificateEventInfo(e.kind, e.at, e.user.username, e.reason) for e in c.events),
    )


def _successors(session: Session, ids: list[int]) -> dict[int, str]:
    """Certificate id → the number of the certificate that superseded it."""
    rows = session.execute(
        select(Certificate.supersedes_id, Certificate.number).where(
            Certificate.supersedes_id.in_(ids)
        )
    )
    return {old: number for old, number in rows if old is not None}


def _infos(
    session: Session, stmt: Select[tuple[Certificate]], today: date
) -> list[CertificateInfo]:
    """Load a page of certificates with everything their info needs in a fixed number of queries."""
    stmt = stmt.options(
        selectinload(Certificate.products),
        selectinload(Certificate.producer),
        selectinload(Certificate.version)
        .selectinload(StandardVersion.standard)
        .selectinload(Standard.category),
        selectinload(Certificate.events).selectinload(CertificateEvent.user),
        selectinload(Certificate.supersedes),
    )
    found = list(session.scalars(stmt))
    successors = _successors(session, [c.id for c in found])
    return [_info(session, c, today, successors) for c in found]


def format_number(pattern: str, region: str, year: int, seq: int, committee: str) -> str:
    return pattern.format(region=region, year=year, seq=seq, committee=committee)


def issue(
    session: Session,
    actor: UserInfo,
    decision: Decision,
    issued_on: date,
    product_ids: list[int] | None = None,
    supersedes: Certificate | None = None,
    valid_until: date | None = None,
) -> Certificate:
    """Number and write a certificate for a granted decision; the caller's transaction holds the
    write lock, so the number is taken, used and audited atomically."""
    inspection: Inspection = decision.inspection
    committee = session.scalar(select(Committee).where(Committee.is_own))
    if committee is None:
        raise NotFound("committee.not_set_up")
    products = [inspection.product]
    if product_ids:
        products = list(session.scalars(select(Product).where(Product.id.in_(product_ids))))
        if len(products) != len(set(product_ids)) or any(
            p.producer_id != inspection.product.producer_id for p in products
        ):
            raise InvalidInput("certificate.bad_scope", field="products")
    year = issued_on.year
    seq = next_value(session, f"certificate:{committee.code}:{year}")
    number = format_number(
        settings.get(session, "numbering_format"), committee.region_code, year, seq, committee.code
    )
    if session.scalar(select(Certificate.id).where(Certificate.number == number)):
        # A format without {year} (or a changed one) could repeat an old number.
        raise RuleViolation("certificate.number_taken", number=number)
    certificate = Certificate(
        number=number,
        number_search=fold(number),
        search_text=search_text(inspection.product.producer.name, [p.name for p in products]),
        committee_id=committee.id,
        year=year,
        sequence=seq,
        producer_id=inspection.product.producer_id,
        version_id=inspection.version_id,
        inspection_id=inspection.id,
        decision_id=decision.id,
        stars=inspection.stars,
        score=inspection.score,
        status=ACTIVE,
        issued_on=issued_on,
        valid_until=valid_until
        or add_months(issued_on, settings.get(session, "validity_months")) - timedelta(days=1),
        next_surveillance_on=add_months(issued_on, settings.get(session, "surveillance_months")),
        supersedes_id=supersedes.id if supersedes else None,
        products=products,
    )
    session.add(certificate)
    session.flush()
    session.add(
        CertificateEvent(
            certificate_id=certificate.id,
            kind=CertificateEventKind.ISSUED,
            user_id=actor.id,
            reason=decision.reason,
        )
    )
    audit.record(
        session,
        actor.username,
        "certificate.issued",
        "certificate",
        number,
        decision=decision.id,
        inspection=inspection.id,
        products=[p.id for p in products],
        valid_until=certificate.valid_until,
    )
    if supersedes is not None:
        _supersede(session, actor, supersedes, number)
    session.flush()
    return certificate


def _supersede(session: Session, actor: UserInfo, old: Certificate, by: str) -> None:
    old.status = CertificateStatus.SUPERSEDED
    session.add(
        CertificateEvent(
            certificate_id=old.id, kind=CertificateEventKind.SUPERSEDED, user_id=actor.id, reason=by
        )
    )
    audit.record(
        session, actor.username, "certificate.superseded", "certificate", old.number, by=by
    )


def reissue(
    session: Session,
    actor: UserInfo,
    number: str,
    product_ids: list[int],
    reason: str,
    issued_on: date | None = None,
) -> CertificateInfo:
    """Change a certificate's scope: a new number covers the new list of products until the same
    date, and the old certificate is superseded. The grant it rests on stays the same."""
    require(actor, Role.CHAIR)
    issued_on = issued_on or clock.today()
    if not reason.strip():
        raise InvalidInput("certificate.reason_required", field="reason")
    old = _certificate(session, number)
    current = effective_status(old.status, old.valid_until, issued_on)
    if current != ACTIVE:
        raise RuleViolation(
            "certificate.transition_forbidden",
            number=old.number,
            status=current.value,
            action="reissued",
        )
    if not product_ids or set(product_ids) == {p.id for p in old.products}:
        raise InvalidInput("certificate.scope_unchanged", field="products")
    decision = session.get_one(Decision, old.decision_id)
    new = issue(
        session,
        actor,
        decision,
        issued_on,
        sorted(set(product_ids)),
        supersedes=old,
        valid_until=old.valid_until,
    )
    new.next_surveillance_on = old.next_surveillance_on
    audit.record(
        session,
        actor.username,
        "certificate.reissued",
        "certificate",
        new.number,
        replaces=old.number,
        reason=reason.strip(),
        products=sorted(set(product_ids)),
    )
    session.flush()
    return _info(session, new, issued_on)


def _certificate(session: Session, number: str) -> Certificate:
    certificate = session.scalar(select(Certificate).where(Certificate.number == number.strip()))
    if certificate is None:
        certificate = session.scalar(
            select(Certificate).where(Certificate.number_search == fold(number))
        )
    if certificate is None:
        raise NotFound("certificate.not_found", number=number)
    return certificate


def get_certificate(session: Session, number: str, today: date | None = None) -> CertificateInfo:
    return _info(session, _certificate(session, number), today or clock.today())


TRANSITIONS: dict[CertificateEventKind, tuple[tuple[CertificateStatus, ...], CertificateStatus]] = {
    CertificateEventKind.SUSPENDED: ((ACTIVE,), SUSPENDED),
    CertificateEventKind.RESTORED: ((SUSPENDED,), ACTIVE),
    CertificateEventKind.WITHDRAWN: ((ACTIVE, SUSPENDED), CertificateStatus.WITHDRAWN),
}


def change_status(
    session: Session,
    actor: UserInfo,
    number: str,
    kind: CertificateEventKind,
    reason: str,
    today: date | None = None,
) -> CertificateInfo:
    """Suspend, restore or withdraw, with the reason on record. These are the committee's
    decisions: the chair (or an administrator) records them."""
    require(actor, *DECIDING_STATUS)
    return decided_status(session, actor, number, kind, reason, today)


# Who may suspend, restore or withdraw a certificate (administrators hold every role).
DECIDING_STATUS = (Role.CHAIR,)
# Who prints a certificate with its code signed at printing: the secretariat.
PRINT_ROLES = (Role.CHAIR, Role.CLERK)


def decided_status(
    session: Session,
    actor: UserInfo,
    number: str,
    kind: CertificateEventKind,
    reason: str,
    today: date | None = None,
) -> CertificateInfo:
    """`change_status` for a decision the committee took in session (a failed surveillance
    visit suspends the certificate): whoever records the session's decision records this too."""
    if kind not in TRANSITIONS:
        raise InvalidInput("certificate.bad_transition", field="action", value=kind.value)
    today = today or clock.today()
    if not reason.strip():
        raise InvalidInput("certificate.reason_required", field="reason")
    certificate = _certificate(session, number)
    allowed_from, to = TRANSITIONS[kind]
    current = effective_status(certificate.status, certificate.valid_until, today)
    if current not in allowed_from:
        raise RuleViolation(
            "certificate.transition_forbidden",
            number=certificate.number,
            status=current.value,
            action=kind.value,
        )
    certificate.status = to
    session.add(
        CertificateEvent(
            certificate_id=certificate.id, kind=kind, user_id=actor.id, reason=reason.strip()
        )
    )
    audit.record(
        session,
        actor.username,
        f"certificate.{kind.value}",
        "certificate",
        certificate.number,
        reason=reason.strip(),
    )
    session.flush()
    session.refresh(certificate)
    return _info(session, certificate, today)


def list_certificates(
    session: Session,
    *,
    status: CertificateStatus | None = None,
    query: str = "",
    region_code: str | None = None,
    producer_id: int | None = None,
    today: date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[CertificateInfo]:
    """The register, newest first. `query` matches a number prefix or a fragment of the producer's
    or a product's name, in any case and script."""
    today = today or clock.today()
    stmt = _filtered(session, select(Certificate), status, query, region_code, producer_id, today)
    stmt = stmt.order_by(Certificate.id.desc()).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return _infos(session, stmt, today)


def search_text(producer: str, products: list[str]) -> str:
    return fold(" | ".join([producer, *products]))


def refresh_search_text(session: Session, producer_id: int) -> None:
    """After a producer or one of its products is renamed."""
    stmt = select(Certificate).where(Certificate.producer_id == producer_id)
    for c in session.scalars(stmt.options(selectinload(Certificate.products))):
        c.search_text = search_text(c.producer.name, [p.name for p in c.products])


def count_certificates(
    session: Session,
    *,
    status: CertificateStatus | None = None,
    query: str = "",
    region_code: str | None = None,
    today: date | None = None,
) -> int:
    stmt = _filtered(
        session,
        select(func.count(Certificate.id)),
        status,
        query,
        region_code,
        None,
        today or clock.today(),
    )
    return int(session.scalar(stmt) or 0)


def _match(session: Session, query: str) -> ColumnElement[bool]:
    """A query that begins some certificate number finds by number (through its index); any other
    finds by a fragment of the producer's or a product's name (one scan of the folded names, far
    cheaper than joining producers and products for every certificate)."""
    by_number = starts_with(Certificate.number_search, query)
    if session.scalar(select(exists().where(by_number))):
        return by_number
    return contains(Certificate.search_text, query)


def status_condition(status: CertificateStatus, today: date) -> ColumnElement[bool]:
    """Certificates in `status` as of `today`, written so the status index serves it."""
    if status == CertificateStatus.EXPIRED:
        return and_(Certificate.status.in_([ACTIVE, SUSPENDED]), Certificate.valid_until < today)
    if status in (ACTIVE, SUSPENDED):
        return and_(Certificate.status == status, Certificate.valid_until >= today)
    return Certificate.status == status


def _filtered(
    session: Session,
    stmt: Select[T],
    status: CertificateStatus | None,
    query: str,
    region_code: str | None,
    producer_id: int | None,
    today: date,
) -> Select[T]:
    if status is not None:
        stmt = stmt.where(status_condition(status, today))
    if query.strip():
        stmt = stmt.where(_match(session, query))
    if region_code:
        stmt = stmt.where(
            Certificate.producer_id.in_(
                select(Producer.id).where(Producer.region_code == region_code)
            )
        )
    if producer_id is not None:
        stmt = stmt.where(Certificate.producer_id == producer_id)
    return stmt


def expiring(
    session: Session, today: date | None = None, days: int | None = None
) -> list[CertificateInfo]:
    """Active certificates whose validity ends within the warning period."""
    today = today or clock.today()
    days = days if days is not None else settings.get(session, "expiry_warning_days")
    stmt = (
        select(Certificate)
        .where(
            Certificate.status == ACTIVE,
            Certificate.valid_until >= today,
            Certificate.valid_until <= today + timedelta(days=days),
        )
        .order_by(Certificate.valid_until)
    )
    return _infos(session, stmt, today)


def surveillance_due(
    session: Session, today: date | None = None, days: int = 30
) -> list[CertificateInfo]:
    today = today or clock.today()
    stmt = (
        select(Certificate)
        .where(
            Certificate.status == ACTIVE,
            Certificate.valid_until >= today,
            Certificate.next_surveillance_on <= today + timedelta(days=days),
        )
        .order_by(Certificate.next_surveillance_on)
    )
    return _infos(session, stmt, today)


def certificate_model(session: Session, number: str) -> Certificate:
    """For other services of this package that need the row itself."""
    return _certificate(session, number)
