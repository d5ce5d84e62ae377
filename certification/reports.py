"""The committee's figures for a period: certificates, inspections, label checks, producers.

Every figure is one aggregate query (GROUP BY and conditional sums in the database, never a loop
over rows here), served by an index or, for the checks, by the log's monthly and daily sums
(`models.CodeCheckMonth`, `models.CodeCheckDay`), so the dashboard stays quick on a register
of 100,000 certificates and a million checks (`bench/reports.py`). Each function returns frozen
dataclasses of plain values; names of regions and categories come in the three languages.

What a period means for each figure:

- certificates *issued* in the period, counted by their state today (expired derived from the
  date, as everywhere), by the producer's region and by the products' categories;
- the outlook is today's, whatever the period: certificates in force, expiring within 30, 60 and
  90 days, surveillance visits overdue or due within 30 days;
- inspections *submitted* with their inspection date in the period, passed and failed by kind;
- label checks logged in the period (office days in Bishkek), by outcome, and by place with the
  possible clones and forgeries seen there;
- participation: the producers certified in the period and those holding a certificate in force
  today, groups and individuals, with their members, women and youth as registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    ColumnElement,
    Subquery,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from certification.core import clock
from certification.core.errors import InvalidInput
from certification.office import Trilingual
from models import (
    Certificate,
    CertificateProduct,
    CodeCheckDay,
    CodeCheckMonth,
    Inspection,
    Producer,
    Product,
    ProductCategory,
    Region,
)
from models.enums import CertificateStatus, InspectionKind, InspectionStatus, ProducerKind

ACTIVE, SUSPENDED = CertificateStatus.ACTIVE, CertificateStatus.SUSPENDED
HORIZONS = (30, 60, 90)  # days ahead for certificates expiring
SURVEILLANCE_AHEAD = 30  # days ahead for visits due (as `certificates.surveillance_due`)
TOP_PLACES = 10  # places of checks shown by name; the rest are summed
EARLIEST = date(2000, 1, 1)  # "since the beginning": before any register Belgi holds
FORGED = "forged"


@dataclass(frozen=True)
class Period:
    """Office days from `start` to `end`, both included."""

    start: date
    end: date

    def check(self) -> None:
        if self.start > self.end:
            raise InvalidInput(
                "reports.period_reversed",
                field="start",
                start=f"{self.start:%d.%m.%Y}",
                end=f"{self.end:%d.%m.%Y}",
            )

    def moments(self) -> tuple[datetime, datetime]:
        """The period as stored moments: from its first midnight in Bishkek to the one after it."""
        start = datetime.combine(self.start, time(), clock.BISHKEK)
        return start, datetime.combine(self.end + timedelta(days=1), time(), clock.BISHKEK)

    @staticmethod
    def year_to_date(today: date | None = None) -> Period:
        today = today or clock.today()
        return Period(date(today.year, 1, 1), today)


@dataclass(frozen=True)
class Share:
    """How many of something fall under one key (a state, an outcome)."""

    key: str
    count: int


@dataclass(frozen=True)
class NamedShare(Trilingual):
    """How many fall under a region or a category, named in three languages."""

    key: str
    count: int


@dataclass(frozen=True)
class CertificateFigures:
    issued: int
    by_status: tuple[Share, ...]  # in the order of `CertificateStatus`, zeros left out
    by_region: tuple[NamedShare, ...]  # most first
    by_category: tuple[NamedShare, ...]  # a certificate counts once under each of its categories


@dataclass(frozen=True)
class Outlook:
    as_of: date
    in_force: int  # active and within validity
    expiring: tuple[tuple[int, int], ...]  # (days ahead, certificates expiring by then)
    surveillance_overdue: int
    surveillance_due: int  # within the next `SURVEILLANCE_AHEAD` days, not yet overdue


@dataclass(frozen=True)
class InspectionResult:
    kind: str
    passed: int
    failed: int


@dataclass(frozen=True)
class InspectionFigures:
    passed: int
    failed: int
    by_kind: tuple[InspectionResult, ...]  # in the order of `InspectionKind`


@dataclass(frozen=True)
class PlaceChecks:
    place: str  # as first typed there ("" where no place was given)
    checks: int
    genuine: int
    cloned: int  # flagged possibly cloned
    forged: int


@dataclass(frozen=True)
class CheckFigures:
    total: int
    genuine: int
    cloned: int
    forged: int
    by_outcome: tuple[Share, ...]  # most first
    places: tuple[PlaceChecks, ...]  # the busiest `TOP_PLACES`, most checks first
    other_places: PlaceChecks | None  # the rest summed, if any
    place_count: int


@dataclass(frozen=True)
class Participants:
    kind: str  # a `ProducerKind`
    producers: int
    members: int
    women: int
    youth: int


@dataclass(frozen=True)
class Participation:
    """Producers and the people in them; `by_kind` splits groups from individuals."""

    producers: int
    members: int
    women: int
    youth: int
    by_kind: tuple[Participants, ...]  # in the order of `ProducerKind`


@dataclass(frozen=True)
class Dashboard:
    period: Period
    certificates: CertificateFigures
    outlook: Outlook
    inspections: InspectionFigures
    checks: CheckFigures
    certified: Participation  # producers with a certificate issued in the period
    in_force: Participation  # producers holding a certificate in force today


def dashboard(session: Session, period: Period, today: date | None = None) -> Dashboard:
    period.check()
    today = today or clock.today()
    return Dashboard(
        period,
        certificate_figures(session, period, today),
        outlook(session, today),
        inspection_figures(session, period),
        check_figures(session, period),
        certified_participation(session, period),
        in_force_participation(session, today),
    )


# Certificates ------------------------------------------------------------------------------------


def _issued_in(period: Period) -> ColumnElement[bool]:
    return and_(Certificate.issued_on >= period.start, Certificate.issued_on <= period.end)


def _whole_history(session: Session, period: Period, today: date) -> bool:
    """Whether the period holds every certificate: from the first issue day (one step down the
    index of issue dates) to today, as nothing is issued later. Such a period needs no filter,
    and without one each count reads the index that serves it (by producer, by product) whole
    instead of every certificate through the index of issue dates."""
    if period.end < today:
        return False
    first = session.scalar(select(func.min(Certificate.issued_on)))
    return first is None or period.start <= first


def _in_force(today: date) -> ColumnElement[bool]:
    return and_(Certificate.status == ACTIVE, Certificate.valid_until >= today)


def certificate_figures(session: Session, period: Period, today: date) -> CertificateFigures:
    state = case(
        (
            and_(Certificate.status.in_([ACTIVE, SUSPENDED]), Certificate.valid_until < today),
            literal(CertificateStatus.EXPIRED.value),
        ),
        else_=Certificate.status,
    )
    everything = _whole_history(session, period, today)
    issued_in = true() if everything else _issued_in(period)
    counted: dict[str, int] = {
        key: n
        for key, n in session.execute(
            select(state, func.count()).where(issued_in).group_by(state)
        ).tuples()
    }
    by_status = tuple(
        Share(s.value, counted[s.value]) for s in CertificateStatus if counted.get(s.value)
    )
    # Counted by producer from an index alone first, then each producer looked up once.
    per_producer = (
        select(Certificate.producer_id, func.count().label("n"))
        .where(issued_in)
        .group_by(Certificate.producer_id)
        .subquery()
    )
    regions = (
        select(Producer.region_code, func.sum(per_producer.c.n).label("n"))
        .join(per_producer, per_producer.c.producer_id == Producer.id)
        .group_by(Producer.region_code)
        .subquery()
    )
    by_region = session.execute(
        select(Region.name_ky, Region.name_ru, Region.name_en, Region.code, regions.c.n)
        .join(regions, regions.c.region_code == Region.code)
        .order_by(regions.c.n.desc(), Region.code)
    ).tuples()
    # A certificate counts once in each category its scope touches.
    pairs = select(CertificateProduct.certificate_id, Product.category_id).join(
        Product, CertificateProduct.product_id == Product.id
    )
    if not everything:
        pairs = pairs.where(
            CertificateProduct.certificate_id.in_(select(Certificate.id).where(issued_in))
        )
    touched = pairs.distinct().subquery()
    scope = (
        select(touched.c.category_id, func.count().label("n"))
        .group_by(touched.c.category_id)
        .subquery()
    )
    by_category = session.execute(
        select(
            ProductCategory.name_ky,
            ProductCategory.name_ru,
            ProductCategory.name_en,
            ProductCategory.code,
            scope.c.n,
        )
        .join(scope, scope.c.category_id == ProductCategory.id)
        .order_by(scope.c.n.desc(), ProductCategory.code)
    ).tuples()
    return CertificateFigures(
        sum(counted.values()),
        by_status,
        tuple(NamedShare(*row) for row in by_region),
        tuple(NamedShare(*row) for row in by_category),
    )


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def outlook(session: Session, today: date) -> Outlook:
    ahead = [today + timedelta(days=days) for days in HORIZONS]
    soon = today + timedelta(days=SURVEILLANCE_AHEAD)
    row = session.execute(
        select(
            func.count(),
            *(_count_if(Certificate.valid_until <= day) for day in ahead),
            _count_if(Certificate.next_surveillance_on < today),
            _count_if(
                and_(
                    Certificate.next_surveillance_on >= today,
                    Certificate.next_surveillance_on <= soon,
                )
            ),
        ).where(_in_force(today))
    ).one()
    in_force, *expiring, overdue, due = (int(v) for v in row)
    return Outlook(today, in_force, tuple(zip(HORIZONS, expiring, strict=True)), overdue, due)


# Inspections -------------------------------------------------------------------------------------


def inspection_figures(session: Session, period: Period) -> InspectionFigures:
    rows = session.execute(
        select(
            Inspection.kind,
            _count_if(Inspection.passed.is_(True)),
            _count_if(Inspection.passed.is_(False)),
        )
        .where(
            Inspection.status != InspectionStatus.DRAFT,
            Inspection.inspected_on >= period.start,
            Inspection.inspected_on <= period.end,
        )
        .group_by(Inspection.kind)
    ).tuples()
    found = {InspectionKind(kind).value: (int(p), int(f)) for kind, p, f in rows}
    by_kind = tuple(
        InspectionResult(k.value, *found[k.value]) for k in InspectionKind if k.value in found
    )
    return InspectionFigures(
        sum(r.passed for r in by_kind), sum(r.failed for r in by_kind), by_kind
    )


# Checks ------------------------------------------------------------------------------------------


def _check_sums(period: Period) -> Subquery:
    """The period's sums as rows of (outcome, place_key, place, checks, cloned): whole months
    from `CodeCheckMonth`, the days before the first and after the last whole month from
    `CodeCheckDay`."""
    day, month = CodeCheckDay, CodeCheckMonth
    first = period.start if period.start.day == 1 else _next_month(period.start)
    following = _next_month(period.end)
    after = following if following - timedelta(days=1) == period.end else period.end.replace(day=1)
    if first >= after:  # no whole month inside: every day from the daily sums
        return (
            select(day.outcome, day.place_key, day.place, day.checks, day.cloned)
            .where(day.day >= period.start, day.day <= period.end)
            .subquery()
        )
    months = select(month.outcome, month.place_key, month.place, month.checks, month.cloned).where(
        month.month >= first, month.month < after
    )
    days = select(day.outcome, day.place_key, day.place, day.checks, day.cloned).where(
        or_(
            and_(day.day >= period.start, day.day < first),
            and_(day.day >= after, day.day <= period.end),
        )
    )
    return union_all(months, days).subquery()


def _next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def check_figures(session: Session, period: Period, top: int = TOP_PLACES) -> CheckFigures:
    """From the log's monthly and daily sums (counted as each check is logged), not from every
    check: a period's office days in Bishkek are whole days of it."""
    sums = _check_sums(period)
    outcomes = session.execute(
        select(sums.c.outcome, func.sum(sums.c.checks), func.sum(sums.c.cloned)).group_by(
            sums.c.outcome
        )
    ).tuples()
    counts = sorted(((o, int(n), int(c)) for o, n, c in outcomes), key=lambda r: (-r[1], r[0]))
    genuine = case((sums.c.outcome.like("genuine\\_%", escape="\\"), sums.c.checks), else_=0)
    forged = case((sums.c.outcome == FORGED, sums.c.checks), else_=0)
    places = (
        select(
            sums.c.place_key,
            func.min(sums.c.place).label("place"),
            func.sum(sums.c.checks).label("checks"),
            func.sum(genuine).label("genuine"),
            func.sum(sums.c.cloned).label("cloned"),
            func.sum(forged).label("forged"),
        )
        .group_by(sums.c.place_key)
        .subquery()
    )
    ranked = [
        PlaceChecks(place, int(n), int(g or 0), int(c), int(f))
        for place, n, g, c, f in session.execute(
            select(
                places.c.place,
                places.c.checks,
                places.c.genuine,
                places.c.cloned,
                places.c.forged,
            ).order_by(places.c.checks.desc(), places.c.place_key)
        ).tuples()
    ]
    rest = ranked[top:]
    other = None
    if rest:
        other = PlaceChecks(
            "",
            sum(p.checks for p in rest),
            sum(p.genuine for p in rest),
            sum(p.cloned for p in rest),
            sum(p.forged for p in rest),
        )
    by_outcome = tuple(Share(o, n) for o, n, _c in counts)
    return CheckFigures(
        sum(n for _o, n, _c in counts),
        sum(n for o, n, _c in counts if o.startswith("genuine_")),
        sum(c for _o, _n, c in counts),
        sum(n for o, n, _c in counts if o == FORGED),
        by_outcome,
        tuple(ranked[:top]),
        other,
        len(ranked),
    )


# Producers ---------------------------------------------------------------------------------------


def _participation(session: Session, producers: ColumnElement[bool]) -> Participation:
    rows = session.execute(
        select(
            Producer.kind,
            func.count(),
            func.coalesce(func.sum(Producer.members), 0),
            func.coalesce(func.sum(Producer.women), 0),
            func.coalesce(func.sum(Producer.youth), 0),
        )
        .where(producers)
        .group_by(Producer.kind)
    ).tuples()
    found = {ProducerKind(kind).value: tuple(int(v) for v in rest) for kind, *rest in rows}
    by_kind = tuple(Participants(k.value, *found.get(k.value, (0, 0, 0, 0))) for k in ProducerKind)
    return Participation(
        sum(p.producers for p in by_kind),
        sum(p.members for p in by_kind),
        sum(p.women for p in by_kind),
        sum(p.youth for p in by_kind),
        by_kind,
    )


def certified_participation(session: Session, period: Period) -> Participation:
    """Producers with at least one certificate issued in the period."""
    return _participation(
        session, Producer.id.in_(select(Certificate.producer_id).where(_issued_in(period)))
    )


def in_force_participation(session: Session, today: date) -> Participation:
    """Producers holding at least one certificate in force today."""
    return _participation(
        session, Producer.id.in_(select(Certificate.producer_id).where(_in_force(today)))
    )
