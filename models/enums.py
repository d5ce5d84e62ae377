"""The closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import Enum


def enum_column(enum: type[StrEnum]) -> Enum:
    """A portable enum column: VARCHAR + CHECK, the same on SQLite and PostgreSQL."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        name=enum.__name__.lower(),
    )


class Role(StrEnum):
    ADMIN = "admin"
    INSPECTOR = "inspector"
    MEMBER = "member"  # committee member, votes in sessions
    CHAIR = "chair"  # chairs sessions; also a member
    CLERK = "clerk"  # secretary: registers, prints, verifies


class ProducerKind(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class CriterionKind(StrEnum):
    YES_NO = "yes_no"
    SCALE = "scale"
    MEASUREMENT = "measurement"
    CHOICE = "choice"
    NOTE = "note"


class InspectionKind(StrEnum):
    INITIAL = "initial"
    SURVEILLANCE = "surveillance"
    RENEWAL = "renewal"


class InspectionStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    DECIDED = "decided"


class SessionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DecisionOutcome(StrEnum):
    GRANT = "grant"
    REFUSE = "refuse"
    DEFER = "defer"


class CertificateStatus(StrEnum):
    """Stored states. `expired` is also derived from the date for active/suspended ones."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


class CertificateEventKind(StrEnum):
    ISSUED = "issued"
    SUSPENDED = "suspended"
    RESTORED = "restored"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"
    RENEWED = "renewed"


class NonConformityStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class LabelJobKind(StrEnum):
    PRINT = "print"  # newly allocated serials
    REPRINT = "reprint"  # spoiled serials printed again


class LabelJobStatus(StrEnum):
    PENDING = "pending"  # recorded before drawing; left so by an interrupted job
    PRINTED = "printed"
    FAILED = "failed"  # nothing handed over; its serials are spoiled


class SpoilReason(StrEnum):
    MISPRINT = "misprint"
    JAMMED = "jammed"
    DAMAGED = "damaged"
    LOST = "lost"
    PRINT_FAILED = "print_failed"  # recorded by a failed job, never typed by a person
    OTHER = "other"  # with a note


class TemplateSource(StrEnum):
    BUILTIN = "builtin"
    GLABELS = "glabels"
    TYPED = "typed"


def values(enum: type[StrEnum]) -> list[Any]:
    return [m.value for m in enum]
