"""Words for the values of the domain, in one place, keyed by enum: certificate states, roles,
kinds and states of inspections, sessions and decisions; also the actions on certificates and
why a label was spoiled, which domain errors and reports carry as plain values.

    name_of(InspectionStatus.DRAFT)   # «долбоор» in Kyrgyz

Members of different enums may share a value ("open" for a session and for a non-conformity),
so the tables are keyed by the enum first.
"""

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from models.enums import (
    CertificateEventKind,
    CertificateStatus,
    CriterionKind,
    DecisionOutcome,
    InspectionKind,
    InspectionStatus,
    LabelJobKind,
    LabelJobStatus,
    NonConformityStatus,
    ProducerKind,
    Role,
    SessionStatus,
    SpoilReason,
)
from ui.i18n import QT_TRANSLATE_NOOP

# enum → (translation context, {member: English words})
WORDS: dict[type[StrEnum], tuple[str, dict[str, str]]] = {
    CertificateStatus: (
        "status",
        {
            CertificateStatus.ACTIVE: QT_TRANSLATE_NOOP("status", "active"),
            CertificateStatus.SUSPENDED: QT_TRANSLATE_NOOP("status", "suspended"),
            CertificateStatus.WITHDRAWN: QT_TRANSLATE_NOOP("status", "withdrawn"),
            CertificateStatus.EXPIRED: QT_TRANSLATE_NOOP("status", "expired"),
            CertificateStatus.SUPERSEDED: QT_TRANSLATE_NOOP("status", "superseded"),
        },
    ),
    CertificateEventKind: (
        "certificate event",
        {
            CertificateEventKind.ISSUED: QT_TRANSLATE_NOOP("certificate event", "issued"),
            CertificateEventKind.SUSPENDED: QT_TRANSLATE_NOOP("certificate event", "suspended"),
            CertificateEventKind.RESTORED: QT_TRANSLATE_NOOP("certificate event", "restored"),
            CertificateEventKind.WITHDRAWN: QT_TRANSLATE_NOOP("certificate event", "withdrawn"),
            CertificateEventKind.SUPERSEDED: QT_TRANSLATE_NOOP("certificate event", "replaced"),
            CertificateEventKind.RENEWED: QT_TRANSLATE_NOOP("certificate event", "renewed"),
        },
    ),
    Role: (
        "roles",
        {
            Role.ADMIN: QT_TRANSLATE_NOOP("roles", "administrator"),
            Role.CHAIR: QT_TRANSLATE_NOOP("roles", "chair"),
            Role.MEMBER: QT_TRANSLATE_NOOP("roles", "member"),
            Role.INSPECTOR: QT_TRANSLATE_NOOP("roles", "inspector"),
            Role.CLERK: QT_TRANSLATE_NOOP("roles", "secretary"),
        },
    ),
    ProducerKind: (
        "register",
        {
            ProducerKind.GROUP: QT_TRANSLATE_NOOP("register", "Production group"),
            ProducerKind.INDIVIDUAL: QT_TRANSLATE_NOOP("register", "Individual producer"),
        },
    ),
    CriterionKind: (
        "criterion kind",
        {
            CriterionKind.YES_NO: QT_TRANSLATE_NOOP("criterion kind", "Yes / no"),
            CriterionKind.SCALE: QT_TRANSLATE_NOOP("criterion kind", "Score on a scale"),
            CriterionKind.MEASUREMENT: QT_TRANSLATE_NOOP("criterion kind", "Measurement"),
            CriterionKind.CHOICE: QT_TRANSLATE_NOOP("criterion kind", "Choice from a list"),
            CriterionKind.NOTE: QT_TRANSLATE_NOOP("criterion kind", "Note (not scored)"),
        },
    ),
    InspectionKind: (
        "inspections",
        {
            InspectionKind.INITIAL: QT_TRANSLATE_NOOP("inspections", "initial"),
            InspectionKind.SURVEILLANCE: QT_TRANSLATE_NOOP("inspections", "surveillance"),
            InspectionKind.RENEWAL: QT_TRANSLATE_NOOP("inspections", "renewal"),
        },
    ),
    InspectionStatus: (
        "inspections",
        {
            InspectionStatus.DRAFT: QT_TRANSLATE_NOOP("inspections", "draft"),
            InspectionStatus.SUBMITTED: QT_TRANSLATE_NOOP("inspections", "submitted"),
            InspectionStatus.DECIDED: QT_TRANSLATE_NOOP("inspections", "decided"),
        },
    ),
    NonConformityStatus: (
        "inspections",
        {
            NonConformityStatus.OPEN: QT_TRANSLATE_NOOP("inspections", "open"),
            NonConformityStatus.CLOSED: QT_TRANSLATE_NOOP("inspections", "closed"),
        },
    ),
    SessionStatus: (
        "sessions",
        {
            SessionStatus.OPEN: QT_TRANSLATE_NOOP("sessions", "open"),
            SessionStatus.CLOSED: QT_TRANSLATE_NOOP("sessions", "closed"),
        },
    ),
    DecisionOutcome: (
        "sessions",
        {
            DecisionOutcome.GRANT: QT_TRANSLATE_NOOP("sessions", "granted"),
            DecisionOutcome.REFUSE: QT_TRANSLATE_NOOP("sessions", "refused"),
            DecisionOutcome.DEFER: QT_TRANSLATE_NOOP("sessions", "deferred"),
        },
    ),
    LabelJobKind: (
        "labels",
        {
            LabelJobKind.PRINT: QT_TRANSLATE_NOOP("labels", "print"),
            LabelJobKind.REPRINT: QT_TRANSLATE_NOOP("labels", "reprint"),
        },
    ),
    LabelJobStatus: (
        "labels",
        {
            LabelJobStatus.PENDING: QT_TRANSLATE_NOOP("labels", "not confirmed"),
            LabelJobStatus.PRINTED: QT_TRANSLATE_NOOP("labels", "printed"),
            LabelJobStatus.FAILED: QT_TRANSLATE_NOOP("labels", "failed"),
        },
    ),
    SpoilReason: (
        "spoilage",
        {
            SpoilReason.MISPRINT: QT_TRANSLATE_NOOP("spoilage", "misprinted"),
            SpoilReason.JAMMED: QT_TRANSLATE_NOOP("spoilage", "jammed in the printer"),
            SpoilReason.DAMAGED: QT_TRANSLATE_NOOP("spoilage", "damaged"),
            SpoilReason.LOST: QT_TRANSLATE_NOOP("spoilage", "lost"),
            SpoilReason.PRINT_FAILED: QT_TRANSLATE_NOOP("spoilage", "print job failed"),
            SpoilReason.OTHER: QT_TRANSLATE_NOOP("spoilage", "other"),
        },
    ),
}


def name_of(value: StrEnum) -> str:
    """The words for a value of the domain, in the current language."""
    context, words = WORDS[type(value)]
    return QCoreApplication.translate(context, words[value])


def role_names(roles: Iterable[str]) -> str:
    """Roles (enum members or their values) in the current language, the most responsible
    first, joined by commas: «төрага, катчы»."""
    wanted = {str(role) for role in roles}
    ordered = WORDS[Role][1]  # the most responsible first
    return ", ".join(name_of(Role(role)) for role in ordered if role in wanted)


# Plain values carried by domain errors ("… is {status} …", "… cannot {action} …").
STATUS = WORDS[CertificateStatus][1]

ACTIONS = {
    "suspended": QT_TRANSLATE_NOOP("actions", "suspend"),
    "restored": QT_TRANSLATE_NOOP("actions", "restore"),
    "withdrawn": QT_TRANSLATE_NOOP("actions", "withdraw"),
    "renewed": QT_TRANSLATE_NOOP("actions", "renew"),
    "reissued": QT_TRANSLATE_NOOP("actions", "re-issue"),
}


def spoilage_text(reason: str) -> str:
    """Why labels were spoiled, in the user's language (a reason not listed stays as it is)."""
    try:
        return name_of(SpoilReason(reason))
    except ValueError:
        return reason


# Units a lot is counted in (the domain keeps the short English code).
UNITS = {
    "pcs": QT_TRANSLATE_NOOP("lot unit", "pcs"),
    "kg": QT_TRANSLATE_NOOP("lot unit", "kg"),
    "g": QT_TRANSLATE_NOOP("lot unit", "g"),
    "l": QT_TRANSLATE_NOOP("lot unit", "l"),
    "ml": QT_TRANSLATE_NOOP("lot unit", "ml"),
    "pack": QT_TRANSLATE_NOOP("lot unit", "pack"),
}

# The descriptions of the built-in label stock (resources/templates/builtin.xml).
BUILT_IN_TEMPLATES = (
    QT_TRANSLATE_NOOP("label template", "A4, 3 × 8 labels 70 × 37 mm"),
    QT_TRANSLATE_NOOP("label template", "A4, 3 × 7 labels 70 × 42.3 mm"),
    QT_TRANSLATE_NOOP("label template", "A4, 2 × 7 labels 99.1 × 38.1 mm"),
    QT_TRANSLATE_NOOP("label template", "A4, 4 × 10 labels 48.5 × 25.4 mm"),
    QT_TRANSLATE_NOOP("label template", "Thermal roll, labels 58 × 40 mm"),
    QT_TRANSLATE_NOOP("label template", "Thermal roll, labels 40 × 30 mm"),
    QT_TRANSLATE_NOOP("label template", "Thermal roll, labels 100 × 50 mm"),
)


def unit_name(unit: str) -> str:
    """A lot's unit in the current language («даана» for pcs); an unknown one as it is."""
    words = UNITS.get(unit)
    return QCoreApplication.translate("lot unit", words) if words else unit


def template_description(description: str) -> str:
    """A built-in template's description in the current language; the office's own as typed."""
    if description in BUILT_IN_TEMPLATES:
        return QCoreApplication.translate("label template", description)
    return description
