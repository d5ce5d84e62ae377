"""The register of certificates as the office reads it: one window of rows at a time, searched and
filtered in the database, sorted the way the office reads names; a certificate's detail with its
whole history; and what each user may do to it, with the reason when not.

A page of the register is `LIMIT`/`OFFSET` over an order that always ends with the id, so pages
never overlap or skip; text columns sort by `collation_key`, which places the Kyrgyz letters
Ң Ө Ү after Н О У as the office's alphabet does (plain code-point order puts them after Я)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, select
from sqlalchemy.orm import Session, selectinload

from certification import certificates, inspections, settings
from certification.certificates import (
    DECIDING_STATUS,
    TRANSITIONS,
    CertificateInfo,
    effective_status,
    status_condition,
)
from certification.core import audit, clock
from certification.core.errors import DomainError, Forbidden, InvalidInput, RuleViolation
from certification.core.search import collation_key, contains, fragment_count, starts_with
from certification.core.search import sort_key as sort_key  # where it was defined before
from certification.office import Trilingual
from certification.users import UserInfo, require
from models import (
    Certificate,
    CertificateEvent,
    CertificateProduct,
    Decision,
    Inspection,
    Lot,
    Producer,
    Product,
    ProductCategory,
    Standard,
    StandardVersion,
)
from models.codes import LabelLot
from models.enums import (
    CertificateEventKind,
    CertificateStatus,
    InspectionKind,
    Role,
)
from models.labels import LabelPrint
from models.office import User

ACTIVE, SUSPENDED = CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED
SURVEILLANCE_DAYS = 30  # "surveillance due": a visit due now or within this many days


# Kyrgyz letters that sort right after a Russian one (Н < Ң < О, О < Ө < П, У < Ү < Ф).
@dataclass(frozen=True)
class RegisterFilter:
    """What the register shows: a search and any of the filters (None: not filtered)."""

    query: str = ""
    status: CertificateStatus | None = None
    region_code: str | None = None
    category_code: str | None = None
    expiring_within: int | None = None  # days: active certificates whose validity ends by then
    surveillance_due: bool = False  # active certificates with a visit due within 30 days


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    status: CertificateStatus  # as of the day read: expired follows from the date
    producer: str
    region_code: str
    products: tuple[str, ...]
    category_code: str
    stars: int | None
    issued_on: date
    valid_until: date
    next_surveillance_on: date | None


SORTS = (
    "number",
    "producer",
    "products",
    "region",
    "category",
    "status",
    "stars",
    "issued",
    "valid_until",
    "surveillance",
)


def _status_key(today: date) -> ColumnElement[str]:
    return case(
        (
            and_(Certificate.status.in_([ACTIVE, SUSPENDED]), Certificate.valid_until < today),
            literal(CertificateStatus.EXPIRED.value),
        ),
        else_=Certificate.status,
    )


def _sort_column(sort: str, today: date) -> Any:
    if sort == "number":
        return Certificate.id  # numbers are given in order: the id keeps it and has the index
    if sort == "producer":
        return collation_key(Producer.name_search)
    if sort == "products":
        first = (
            select(func.min(Product.name_search))
            .join(CertificateProduct, CertificateProduct.product_id == Product.id)
            .where(CertificateProduct.certificate_id == Certificate.id)
            .scalar_subquery()
        )
        return collation_key(first)
    if sort == "region":
        return Producer.region_code
    if sort == "category":
        return ProductCategory.code
    if sort == "status":
        return _status_key(today)
    if sort == "stars":
        return func.coalesce(Certificate.stars, 0)
    if sort == "issued":
        return Certificate.issued_on
    if sort == "valid_until":
        return Certificate.valid_until
    if sort == "surveillance":
        return func.coalesce(Certificate.next_surveillance_on, date(9999, 12, 31))
    raise InvalidInput("register.bad_sort", field="sort", value=sort)


def _match(session: Session, query: str) -> ColumnElement[bool]:
    """A query that begins some certificate number finds by number (through its index); any other
    finds by a fragment of the producer's or a product's name, in any case."""
    if _by_number(session, query):
        return starts_with(Certificate.number_search, query)
    return contains(Certificate.search_text, query)


def _by_number(session: Session, query: str) -> bool:
    """Whether the query begins some certificate's number."""
    return bool(
        session.scalar(select(exists().where(starts_with(Certificate.number_search, query))))
    )


def _where(session: Session, stmt: Select[Any], flt: RegisterFilter, today: date) -> Select[Any]:
    if flt.status is not None:
        stmt = stmt.where(status_condition(flt.status, today))
    if flt.query.strip():
        stmt = stmt.where(_match(session, flt.query))
    if flt.region_code:
        stmt = stmt.where(
            Certificate.producer_id.in_(
                select(Producer.id).where(Producer.region_code == flt.region_code)
            )
        )
    if flt.category_code:
        stmt = stmt.where(
            Certificate.version_id.in_(
                select(StandardVersion.id)
                .join(Standard, Standard.id == StandardVersion.standard_id)
                .join(ProductCategory, ProductCategory.id == Standard.category_id)
                .where(ProductCategory.code == flt.category_code)
            )
        )
    if flt.expiring_within is not None:
        if flt.expiring_within < 0 or flt.expiring_within > 3660:
            raise InvalidInput(
                "register.bad_days", field="expiring_within", value=flt.expiring_within
            )
        stmt = stmt.where(
            Certificate.status == ACTIVE,
            Certificate.valid_until >= today,
            Certificate.valid_until <= today + timedelta(days=flt.expiring_within),
        )
    if flt.surveillance_due:
        stmt = stmt.where(
            Certificate.status == ACTIVE,
            Certificate.valid_until >= today,
            Certificate.next_surveillance_on <= today + timedelta(days=SURVEILLANCE_DAYS),
        )
    return stmt


def register_rows(
    session: Session,
    flt: RegisterFilter = RegisterFilter(),
    *,
    sort: str = "number",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
    today: date | None = None,
) -> list[RegisterRow]:
    """One window of the register: `limit` rows from `offset` in the order asked for."""
    today = today or clock.today()
    key = _sort_column(sort, today)
    stmt = (
        select(
            Certificate.id,
            Certificate.number,
            Certificate.status,
            Certificate.valid_until,
            Producer.name,
            Producer.region_code,
            ProductCategory.code,
            Certificate.stars,
            Certificate.issued_on,
            Certificate.next_surveillance_on,
        )
        .join(Producer, Producer.id == Certificate.producer_id)
        .join(StandardVersion, StandardVersion.id == Certificate.version_id)
        .join(Standard, Standard.id == StandardVersion.standard_id)
        .join(ProductCategory, ProductCategory.id == Standard.category_id)
    )
    stmt = _where(session, stmt, flt, today)
    order = [key.desc() if descending else key.asc()]
    if sort != "number":
        order.append(Certificate.id.desc() if descending else Certificate.id.asc())
    stmt = stmt.order_by(*order).limit(max(0, min(limit, 1000))).offset(max(0, offset))
    found = session.execute(stmt).all()
    names = _products(session, [r[0] for r in found])
    return [
        RegisterRow(
            id,
            number,
            effective_status(status, valid_until, today),
            producer,
            region,
            names.get(id, ()),
            category,
            stars,
            issued_on,
            valid_until,
            surveillance,
        )
        for (
            id,
            number,
            status,
            valid_until,
            producer,
            region,
            category,
            stars,
            issued_on,
            surveillance,
        ) in found
    ]


def _products(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    if not ids:
        return {}
    rows = session.execute(
        select(CertificateProduct.certificate_id, Product.name)
        .join(Product, Product.id == CertificateProduct.product_id)
        .where(CertificateProduct.certificate_id.in_(ids))
        .order_by(CertificateProduct.certificate_id, Product.id)
    )
    found: dict[int, list[str]] = {}
    for certificate_id, name in rows:
        found.setdefault(certificate_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def register_count(
    session: Session, flt: RegisterFilter = RegisterFilter(), today: date | None = None
) -> int:
    """How many certificates the register shows under `flt`. A name fragment alone is counted in
    its trigram index, without reading 10,000 certificates to count them."""
    if (
        flt.query.strip()
        and flt == RegisterFilter(flt.query)
        and not _by_number(session, flt.query)
    ):
        counted = fragment_count(session, Certificate.search_text, flt.query)
        if counted is not None:
            return counted
    stmt = _where(session, select(func.count(Certificate.id)), flt, today or clock.today())
    return int(session.scalar(stmt) or 0)


@dataclass(frozen=True)
class Category(Trilingual):
    code: str


def categories(session: Session) -> list[Category]:
    """The product categories a certificate may be filtered by."""
    rows = session.scalars(select(ProductCategory).order_by(ProductCategory.code))
    return [Category(c.name_ky, c.name_ru, c.name_en, c.code) for c in rows]


# History -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a certificate's history. `kind` is an event kind (issued, suspended, …) or
    one of "inspection", "decision", "lot", "labels"; `reason` is what the person wrote; `subject`
    names what the line is about (a number, a lot, a session); `count` a number of labels."""

    at: datetime
    kind: str
    who: str
    reason: str = ""
    subject: str = ""
    outcome: str = ""
    count: int | None = None
    day: date | None = None  # the day it happened, when that is not the day it was recorded

    @property
    def office_day(self) -> date:
        """The day it happened in the office's time (Bishkek), for ordering and reading."""
        return self.day or clock.local(self.at).date()


@dataclass(frozen=True)
class LotLine:
    lot_number: str
    product: str
    produced_on: date
    best_before: date
    quantity: Decimal
    unit: str
    labels_printed: int  # serials given out so far, as `lots.labels_printed` counts them


@dataclass(frozen=True)
class CertificateDetail:
    info: CertificateInfo
    district: str
    lots: tuple[LotLine, ...]
    history: tuple[HistoryEntry, ...]
    scope_choices: tuple[tuple[int, str], ...]  # the producer's products, for a re-issue
    session: str  # the session that granted it, "2026/3"


def _who(user: User | None) -> str:
    if user is None:
        return ""
    return f"{user.full_name} ({user.username})" if user.full_name else user.username


def certificate_detail(
    session: Session, number: str, today: date | None = None
) -> CertificateDetail:
    """Everything the detail of a certificate shows, its history oldest first."""
    today = today or clock.today()
    info = certificates.get_certificate(session, number, today)
    c = certificates.certificate_model(session, info.number)
    history: list[HistoryEntry] = []
    events = session.scalars(
        select(CertificateEvent)
        .where(CertificateEvent.certificate_id == c.id)
        .options(selectinload(CertificateEvent.user))
        .order_by(CertificateEvent.id)
    )
    grant = session.get_one(Decision, c.decision_id)
    granted_in = f"{grant.session.year}/{grant.session.number}"
    for e in events:
        subject = granted_in if e.kind == CertificateEventKind.ISSUED else ""
        reason = e.reason
        if e.kind in (CertificateEventKind.SUPERSEDED, CertificateEventKind.RENEWED):
            subject, reason = e.reason, ""
        day = c.issued_on if e.kind == CertificateEventKind.ISSUED else None
        history.append(HistoryEntry(e.at, e.kind.value, _who(e.user), reason, subject, day=day))
    visits = session.scalars(
        select(Inspection)
        .where(Inspection.certificate_id == c.id)
        .options(selectinload(Inspection.inspector))
        .order_by(Inspection.id)
    ).all()
    for visit in visits:
        history.append(
            HistoryEntry(
                visit.created_at,
                "inspection",
                _who(visit.inspector),
                visit.notes,
                visit.kind.value,
                visit.status.value,
                day=visit.inspected_on,
            )
        )
    decisions = session.scalars(
        select(Decision)
        .where(Decision.inspection_id.in_([v.id for v in visits]))
        .options(selectinload(Decision.recorded_by), selectinload(Decision.session))
        .order_by(Decision.id)
    )
    for d in decisions:
        history.append(
            HistoryEntry(
                d.decided_at,
                "decision",
                _who(d.recorded_by),
                d.reason,
                f"{d.session.year}/{d.session.number}",
                d.outcome.value,
                day=d.session.held_on,
            )
        )
    lot_rows = session.scalars(
        select(Lot)
        .where(Lot.certificate_id == c.id)
        .options(selectinload(Lot.product))
        .order_by(Lot.produced_on, Lot.id)
    ).all()
    printed: dict[int, int] = {
        lot_id: last
        for lot_id, last in session.execute(
            select(LabelLot.lot_id, LabelLot.last_serial).where(
                LabelLot.lot_id.in_([lot.id for lot in lot_rows])
            )
        )
    }
    lot_lines = tuple(
        LotLine(
            lot.lot_number,
            lot.product.name,
            lot.produced_on,
            lot.best_before,
            lot.quantity,
            lot.unit,
            printed.get(lot.id, 0),
        )
        for lot in lot_rows
    )
    for lot in lot_rows:
        history.append(
            HistoryEntry(
                lot.created_at,
                "lot",
                "",
                "",
                lot.lot_number,
                lot.product.name,
                day=lot.reported_on,
            )
        )
    jobs = session.scalars(
        select(LabelPrint)
        .where(LabelPrint.lot_id.in_([lot.id for lot in lot_rows]))
        .order_by(LabelPrint.id)
    )
    numbers = {lot.id: lot.lot_number for lot in lot_rows}
    for job in jobs:
        history.append(
            HistoryEntry(
                job.created_at,
                "labels",
                job.created_by,
                "",
                numbers[job.lot_id],
                f"{job.kind}:{job.status}",
                job.labels,
            )
        )
    history.sort(key=lambda h: (h.office_day, h.at))
    scope = session.execute(
        select(Product.id, Product.name)
        .where(Product.producer_id == c.producer_id)
        .order_by(Product.id)
    ).all()
    return CertificateDetail(
        info,
        c.producer.district,
        lot_lines,
        tuple(history),
        tuple((pid, name) for pid, name in scope),
        granted_in,
    )


# What a user may do ------------------------------------------------------------------------------

ACTIONS = ("suspend", "restore", "withdraw", "renew", "reissue")
_KINDS = {
    "suspend": CertificateEventKind.SUSPENDED,
    "restore": CertificateEventKind.RESTORED,
    "withdraw": CertificateEventKind.WITHDRAWN,
}
# The word of each action in a refusal (ui/messages/values.ACTIONS).
_ACTION_WORDS = {
    "suspend": "suspended",
    "restore": "restored",
    "withdraw": "withdrawn",
    "renew": "renewed",
    "reissue": "reissued",
}
ROLES: dict[str, tuple[Role, ...]] = {
    "suspend": DECIDING_STATUS,
    "restore": DECIDING_STATUS,
    "withdraw": DECIDING_STATUS,
    "renew": (Role.INSPECTOR,),  # a renewal starts with an inspection; a session grants it
    "reissue": (Role.CHAIR,),
}


def refusal(
    user: UserInfo, info: CertificateInfo, action: str, scope_size: int = 1
) -> DomainError | None:
    """Why `user` may not do `action` to the certificate now — the error the service would
    raise — or None when they may. Checked before any form is filled."""
    roles = ROLES[action]
    if not user.active or not user.has(*roles):
        code = "certificate.inspector_renews" if action == "renew" else "certificate.chair_decides"
        return Forbidden(code, action=_ACTION_WORDS[action], username=user.username)
    if action in _KINDS:
        allowed_from, _to = TRANSITIONS[_KINDS[action]]
        allowed = info.status in allowed_from
    elif action == "renew":
        allowed = info.stored_status in (ACTIVE, SUSPENDED)
    else:
        allowed = info.status == ACTIVE
    if not allowed:
        return RuleViolation(
            "certificate.transition_forbidden",
            number=info.number,
            status=info.status.value,
            action=_ACTION_WORDS[action],
        )
    if action == "reissue" and scope_size < 2 and len(info.products) < 2:
        return RuleViolation("certificate.nothing_to_reissue", number=info.number)
    return None


def refusals(user: UserInfo, detail: CertificateDetail) -> dict[str, DomainError | None]:
    return {a: refusal(user, detail.info, a, len(detail.scope_choices)) for a in ACTIONS}


def change(
    session: Session, actor: UserInfo, number: str, action: str, reason: str
) -> CertificateInfo:
    """Suspend, restore or withdraw by the action's name."""
    if action not in _KINDS:
        raise InvalidInput("certificate.bad_transition", field="action", value=action)
    return certificates.change_status(session, actor, number, _KINDS[action], reason)


def request_renewal(
    session: Session,
    actor: UserInfo,
    number: str,
    reason: str,
    inspected_on: date | None = None,
) -> int:
    """Start the renewal inspection of a certificate (its first product, the newest frozen
    version of its standard); the committee grants the renewal in a session. Returns the
    inspection's id."""
    require(actor, *ROLES["renew"])
    if not reason.strip():
        raise InvalidInput("certificate.reason_required", field="reason")
    c = certificates.certificate_model(session, number)
    if c.status not in (ACTIVE, SUSPENDED):
        raise RuleViolation(
            "certificate.transition_forbidden",
            number=c.number,
            status=effective_status(c.status, c.valid_until, clock.today()).value,
            action="renewed",
        )
    version_id = (
        session.scalar(
            select(StandardVersion.id)
            .where(
                StandardVersion.standard_id == c.version.standard_id,
                StandardVersion.frozen.is_(True),
            )
            .order_by(StandardVersion.version.desc())
            .limit(1)
        )
        or c.version_id
    )
    started = inspections.start_inspection(
        session,
        actor,
        c.products[0].id,
        version_id,
        inspected_on or clock.today(),
        kind=InspectionKind.RENEWAL,
        certificate_number=c.number,
    )
    audit.record(
        session,
        actor.username,
        "certificate.renewal_requested",
        "certificate",
        c.number,
        inspection=started.id,
        reason=reason.strip(),
    )
    return started.id


def warning_days(session: Session) -> int:
    """The office's "expiring within" default (the setting `expiry_warning_days`)."""
    value: int = settings.get(session, "expiry_warning_days")
    return value
