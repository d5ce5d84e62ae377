"""The check log read back for the verification desk: the day's checks, the places used before,
and where one label was seen before (what makes a check "possibly cloned"); and the log's daily
sums (`CodeCheckDay`, `CodeCheckMonth`), counted as each check is logged, for the reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    ColumnElement,
    Date,
    Table,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from certification.codes.keys import KeyLookup
from certification.codes.verification import TrustedKey
from certification.core import clock
from certification.office import Trilingual
from models import (
    Certificate,
    CodeCheck,
    CodeCheckDay,
    CodeCheckMonth,
    Committee,
    Complaint,
    Lot,
    Producer,
    Product,
)
from models.enums import CertificateStatus

MAX_PLACES = 30  # offered in the place field: the office works at a few markets and shops
CLONED = "possibly_cloned"


@dataclass(frozen=True)
class CheckInfo:
    """One logged check, as the day's list shows it."""

    id: int
    at: datetime
    place: str
    input_kind: str
    outcome: str
    reason: str
    flags: tuple[str, ...]
    text: str
    certificate: str | None
    lot: str | None
    serial: int | None
    product: str | None
    producer: str | None
    username: str
    complaint_id: int | None  # the complaint opened from it, if any


@dataclass(frozen=True)
class Sighting:
    """An earlier check of the same printed label."""

    check_id: int
    at: datetime
    place: str
    outcome: str


@dataclass(frozen=True)
class SigningKeyFacts:
    """The key that signed a checked code, as the desk names it: whose, and under what rules."""

    committee: Trilingual
    rules: TrustedKey  # signing period, compromise, this office's own or another committee's


@dataclass(frozen=True)
class CheckContext:
    """What the desk shows beside one check's result, beyond what the check itself returned."""

    key: SigningKeyFacts | None
    sightings: list[Sighting]  # earlier checks of the same label, the first first
    replaced_by: (
        str | None
    )  # the certificate that superseded the label's own, whose labels it keeps


def check_context(session: Session, check_id: int, committee: str | None) -> CheckContext:
    """The key of committee `committee` that signed the check's code, the earlier sightings of
    its label, and the certificate that replaced the label's certificate, if any."""
    check = session.get(CodeCheck, check_id)
    if check is None:
        return CheckContext(None, [], None)
    key = None
    if check.key_id is not None and committee is not None:
        rules = next(
            (k for k in KeyLookup(session).get(check.key_id, ()) if k.committee == committee),
            None,
        )
        named = session.scalars(select(Committee).where(Committee.code == committee)).first()
        if rules is not None and named is not None:
            names = Trilingual(named.name_ky, named.name_ru, named.name_en)
            key = SigningKeyFacts(names, rules)
    return CheckContext(key, sightings(session, check_id), _replaced_by(session, check))


def _replaced_by(session: Session, check: CodeCheck) -> str | None:
    if check.certificate_id is None:
        return None
    certificate = session.get_one(Certificate, check.certificate_id)
    if certificate.status is not CertificateStatus.SUPERSEDED:
        return None
    newest, seen = None, {certificate.id}
    while True:
        successor = session.scalars(
            select(Certificate).where(Certificate.supersedes_id == certificate.id)
        ).first()
        if successor is None or successor.id in seen:
            return newest
        seen.add(successor.id)
        certificate, newest = successor, successor.number


def checks_on(session: Session, day: date | None = None) -> list[CheckInfo]:
    """The checks of one office day (default today, in Bishkek), newest first."""
    day = day or clock.today()
    start = datetime.combine(day, time(), clock.BISHKEK)
    end = start + timedelta(days=1)
    complaint = (
        select(func.min(Complaint.id))
        .where(Complaint.check_id == CodeCheck.id)
        .correlate(CodeCheck)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            CodeCheck, Certificate.number, Lot.lot_number, Product.name, Producer.name, complaint
        )
        .outerjoin(Certificate, CodeCheck.certificate_id == Certificate.id)
        .outerjoin(Lot, CodeCheck.lot_id == Lot.id)
        .outerjoin(Product, Lot.product_id == Product.id)
        .outerjoin(Producer, Certificate.producer_id == Producer.id)
        .where(CodeCheck.at >= start, CodeCheck.at < end)
        .order_by(CodeCheck.at.desc(), CodeCheck.id.desc())
    ).all()
    return [
        CheckInfo(
            check.id,
            check.at,
            check.place,
            check.input_kind,
            check.outcome,
            check.reason,
            tuple(check.flags.split()),
            check.text,
            number,
            lot_number,
            check.serial,
            product,
            producer,
            check.username,
            complaint_id,
        )
        for check, number, lot_number, product, producer, complaint_id in rows
    ]


def places_used(session: Session, limit: int = MAX_PLACES) -> list[str]:
    """Places of earlier checks, the most recently used first, each once however it was typed
    (the spelling used last)."""
    latest = (
        select(CodeCheck.place_key, func.max(CodeCheck.id).label("last"))
        .where(CodeCheck.place_key != "")
        .group_by(CodeCheck.place_key)
        .subquery()
    )
    return list(
        session.scalars(
            select(CodeCheck.place)
            .join(latest, CodeCheck.id == latest.c.last)
            .order_by(latest.c.last.desc())
            .limit(limit)
        )
    )


def sightings(session: Session, check_id: int) -> list[Sighting]:
    """Where and when the label of this check was checked before it, the first sighting first.
    Empty for a check of no printed label (a certificate's code, a forged or unreadable one)."""
    check = session.get(CodeCheck, check_id)
    if check is None or check.label_ref is None:
        return []
    earlier = session.execute(
        select(CodeCheck.id, CodeCheck.at, CodeCheck.place, CodeCheck.outcome)
        .where(CodeCheck.label_ref == check.label_ref, CodeCheck.id < check.id)
        .order_by(CodeCheck.at, CodeCheck.id)
    ).all()
    return [Sighting(*row) for row in earlier]


# Daily sums ---------------------------------------------------------------------------------------


def count_check(
    session: Session, at: datetime, outcome: str, place: str, place_key: str, flags: str
) -> None:
    """Add one logged check to its day's and its month's sums, in the transaction that logs it.
    An insert that adds to the row when it exists, so two workstations logging at once both
    count."""
    dialect = session.get_bind().dialect.name
    day = clock.local(at).date()
    for table, when in (
        (CodeCheckDay.__table__, {"day": day}),
        (CodeCheckMonth.__table__, {"month": day.replace(day=1)}),
    ):
        assert isinstance(table, Table)
        values = {
            **when,
            "outcome": outcome,
            "place_key": place_key,
            "place": place,
            "checks": 1,
            "cloned": int(CLONED in flags),  # as the reports have always matched it
        }
        upsert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
        session.execute(
            upsert.values(values).on_conflict_do_update(
                index_elements=[*when, "outcome", "place_key", "place"],
                set_={
                    "checks": table.c.checks + 1,
                    "cloned": table.c.cloned + upsert.excluded.cloned,
                },
            )
        )


def office_day(session: Session) -> ColumnElement[date]:
    """A check's office day in SQL: its moment (stored as UTC) on Bishkek's calendar, which has
    kept UTC+6 all year since 2005."""
    if session.get_bind().dialect.name == "postgresql":
        moment = func.timezone(clock.BISHKEK.key, func.timezone("UTC", CodeCheck.at))
        return cast(moment, Date)
    return func.date(CodeCheck.at, literal("+6 hours"), type_=Date)


def recount_check_days(session: Session) -> None:
    """The daily and monthly sums counted again from every check (after checks were written in
    bulk)."""
    day = office_day(session)
    cloned = case((CodeCheck.flags.contains(CLONED), 1), else_=0)
    session.execute(delete(CodeCheckDay))
    session.execute(
        insert(CodeCheckDay).from_select(
            ["day", "outcome", "place_key", "place", "checks", "cloned"],
            select(
                day,
                CodeCheck.outcome,
                CodeCheck.place_key,
                CodeCheck.place,
                func.count(),
                func.sum(cloned),
            ).group_by(day, CodeCheck.outcome, CodeCheck.place_key, CodeCheck.place),
        )
    )
    d = CodeCheckDay
    if session.get_bind().dialect.name == "postgresql":
        month: ColumnElement[date] = cast(func.date_trunc("month", d.day), Date)
    else:
        month = func.date(d.day, literal("start of month"), type_=Date)
    session.execute(delete(CodeCheckMonth))
    session.execute(
        insert(CodeCheckMonth).from_select(
            ["month", "outcome", "place_key", "place", "checks", "cloned"],
            select(
                month, d.outcome, d.place_key, d.place, func.sum(d.checks), func.sum(d.cloned)
            ).group_by(month, d.outcome, d.place_key, d.place),
        )
    )
