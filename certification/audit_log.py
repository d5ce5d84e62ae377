"""Reading the audit log back: entries by user, action, date and subject, newest first.

The log itself and its chain are `certification.core.audit`; this is what an administrator
looks through. Dates are office days (Asia/Bishkek), both ends included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from certification.core import clock
from certification.core.errors import InvalidInput
from models import AuditEntry

LIMIT = 1000


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    details: str  # canonical JSON


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    subject: str = ""  # a part of the subject's kind or id, e.g. "certificate" or "KG-N-2026"


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    more: bool  # more entries match than were read


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=clock.BISHKEK)


def search(session: Session, wanted: AuditFilter, limit: int = LIMIT) -> AuditPage:
    """The entries that match every filter given, newest first, at most `limit`."""
    if wanted.since and wanted.until and wanted.since > wanted.until:
        raise InvalidInput("audit.bad_period", field="until")
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit + 1)
    if wanted.username:
        query = query.where(AuditEntry.username == wanted.username)
    if wanted.action:
        query = query.where(AuditEntry.action == wanted.action)
    if wanted.since:
        query = query.where(AuditEntry.at >= _day_start(wanted.since))
    if wanted.until:
        query = query.where(AuditEntry.at < _day_start(wanted.until + timedelta(days=1)))
    if subject := wanted.subject.strip():
        like = f"%{subject.replace('%', '').replace('_', '')}%"
        query = query.where(or_(AuditEntry.entity.like(like), AuditEntry.entity_id.like(like)))
    found = [
        AuditRow(e.seq, e.at, e.username, e.action, e.entity, e.entity_id, e.details)
        for e in session.scalars(query)
    ]
    return AuditPage(tuple(found[:limit]), len(found) > limit)


def usernames(session: Session) -> list[str]:
    """Everyone the log names, including accounts made inactive since."""
    return list(session.scalars(select(AuditEntry.username).distinct().order_by("username")))


def actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).distinct().order_by("action")))
