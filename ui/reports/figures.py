"""The dashboard in words: its figures as titled tables in the current language. The page shows
these tables beside their charts, and the same tables are exported, so paper and screen agree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from certification.documents.figures import FigureReport, FigureTable
from certification.reports import EARLIEST, Dashboard, Participation, Period
from models.enums import CertificateStatus, InspectionKind, ProducerKind
from ui import i18n
from ui.formats import format_date
from ui.messages.values import name_of
from ui.messages.verify import outcome_title

# The sections in the order the page and the documents show them.
SECTIONS = (
    "status",
    "region",
    "category",
    "outlook",
    "inspections",
    "outcomes",
    "places",
    "certified",
    "in_force",
)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def period_text(period: Period) -> str:
    if period.start <= EARLIEST:
        return QCoreApplication.translate("reports", "Since the beginning, to {end}").format(
            end=format_date(period.end)
        )
    return QCoreApplication.translate("reports", "{start} – {end}").format(
        start=format_date(period.start), end=format_date(period.end)
    )


def _participation(title: str, p: Participation) -> FigureTable:
    rows: list[tuple[str | int, ...]] = [
        (
            name_of(ProducerKind(k.kind)),
            k.producers,
            k.members,
            k.women,
            k.youth,
        )
        for k in p.by_kind
    ]
    rows.append(
        (
            QCoreApplication.translate("reports", "All producers"),
            p.producers,
            p.members,
            p.women,
            p.youth,
        )
    )
    return FigureTable(
        title,
        (
            QCoreApplication.translate("reports", "Kind of producer"),
            QCoreApplication.translate("reports", "Producers"),
            QCoreApplication.translate("reports", "Members"),
            QCoreApplication.translate("reports", "Women"),
            QCoreApplication.translate("reports", "Youth"),
        ),
        tuple(rows),
        totals=1,
        note=QCoreApplication.translate(
            "reports", "Members, women and youth as registered for each producer."
        ),
    )


def tables(d: Dashboard) -> dict[str, FigureTable]:
    """Every section of the dashboard, by its name in `SECTIONS`."""
    lang = i18n.current_language()
    c, o, i, k = d.certificates, d.outlook, d.inspections, d.checks
    certificates = QCoreApplication.translate("reports", "Certificates")
    status = FigureTable(
        QCoreApplication.translate("reports", "Certificates issued in the period: {count}").format(
            count=c.issued
        ),
        (QCoreApplication.translate("reports", "State today"), certificates),
        tuple((_capital(name_of(CertificateStatus(s.key))), s.count) for s in c.by_status),
    )
    region = FigureTable(
        QCoreApplication.translate("reports", "Certificates issued, by region"),
        (QCoreApplication.translate("reports", "Region"), certificates),
        tuple((r.name(lang), r.count) for r in c.by_region),
    )
    category = FigureTable(
        QCoreApplication.translate("reports", "Certificates issued, by product category"),
        (QCoreApplication.translate("reports", "Category"), certificates),
        tuple((r.name(lang), r.count) for r in c.by_category),
        note=QCoreApplication.translate(
            "reports", "A certificate whose products are of several categories counts under each."
        ),
    )
    expiring = [
        (QCoreApplication.translate("reports", "Expiring within %n day(s)", None, days), n)
        for days, n in o.expiring
    ]
    outlook = FigureTable(
        QCoreApplication.translate("reports", "Today, {day}").format(day=format_date(o.as_of)),
        (QCoreApplication.translate("reports", "Certificates in force"), certificates),
        (
            (QCoreApplication.translate("reports", "In force"), o.in_force),
            *expiring,
            (
                QCoreApplication.translate("reports", "Surveillance visit overdue"),
                o.surveillance_overdue,
            ),
            (
                QCoreApplication.translate(
                    "reports", "Surveillance visit due within %n day(s)", None, 30
                ),
                o.surveillance_due,
            ),
        ),
    )
    inspection_rows: list[tuple[str | int, ...]] = [
        (_capital(name_of(InspectionKind(r.kind))), r.passed, r.failed) for r in i.by_kind
    ]
    inspection_rows.append(
        (QCoreApplication.translate("reports", "All inspections"), i.passed, i.failed)
    )
    inspections = FigureTable(
        QCoreApplication.translate("reports", "Inspections in the period"),
        (
            QCoreApplication.translate("reports", "Inspection"),
            QCoreApplication.translate("reports", "Passed"),
            QCoreApplication.translate("reports", "Failed"),
        ),
        tuple(inspection_rows),
        totals=1,
    )
    outcomes = FigureTable(
        QCoreApplication.translate("reports", "Label checks in the period: {count}").format(
            count=k.total
        ),
        (
            QCoreApplication.translate("reports", "Outcome"),
            QCoreApplication.translate("reports", "Checks"),
        ),
        tuple((outcome_title(s.key), s.count) for s in k.by_outcome),
    )
    place_rows: list[tuple[str | int, ...]] = [
        (
            p.place or QCoreApplication.translate("reports", "No place given"),
            p.checks,
            p.cloned,
            p.forged,
        )
        for p in k.places
    ]
    if k.other_places is not None:
        o_ = k.other_places
        others = QCoreApplication.translate("reports", "{count} other places").format(
            count=k.place_count - len(k.places)
        )
        place_rows.append((others, o_.checks, o_.cloned, o_.forged))
    place_rows.append(
        (QCoreApplication.translate("reports", "All places"), k.total, k.cloned, k.forged)
    )
    places = FigureTable(
        QCoreApplication.translate("reports", "Label checks by place"),
        (
            QCoreApplication.translate("reports", "Place"),
            QCoreApplication.translate("reports", "Checks"),
            QCoreApplication.translate("reports", "Possible copies"),
            QCoreApplication.translate("reports", "Forged"),
        ),
        tuple(place_rows),
        totals=1,
        note=QCoreApplication.translate(
            "reports", "A label is a possible copy when it was checked at more than one place."
        ),
    )
    return {
        "status": status,
        "region": region,
        "category": category,
        "outlook": outlook,
        "inspections": inspections,
        "outcomes": outcomes,
        "places": places,
        "certified": _participation(
            QCoreApplication.translate("reports", "Producers certified in the period"), d.certified
        ),
        "in_force": _participation(
            QCoreApplication.translate("reports", "Producers holding a certificate in force"),
            d.in_force,
        ),
    }


def report(d: Dashboard, committee: str, made: str) -> FigureReport:
    """The whole dashboard as one document."""
    sections = tables(d)
    return FigureReport(
        QCoreApplication.translate("reports", "Figures of the committee"),
        (
            committee,
            QCoreApplication.translate("reports", "Period: {period}").format(
                period=period_text(d.period)
            ),
            QCoreApplication.translate("reports", "Made on {day}").format(day=made),
        ),
        tuple(sections[name] for name in SECTIONS),
    )
