"""Committee sessions (отурум): attendance and quorum, conflict-of-interest declarations, and
decisions on submitted inspections. Impartiality is a rule of the domain: the inspector of an
inspection and any member who declared a conflict with its producer can neither record its decision
nor count towards its quorum."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification import certificates, settings
from certification.core import audit
from certification.core.counters import next_value
from certification.core.errors import (
    Forbidden,
    InvalidInput,
    NotFound,
    RuleViolation,
    refuse_all,
)
from certification.core.refs import StandardRef
from certification.users import DECIDING_ROLES, UserInfo, require
from certification.users import info as user_info
from models import (
    Certificate,
    CertificateEvent,
    CommitteeSession,
    ConflictDeclaration,
    Decision,
    Inspection,
    Producer,
    SessionAttendance,
    User,
)
from models.enums import (
    CertificateEventKind,
    CertificateStatus,
    DecisionOutcome,
    InspectionKind,
    InspectionStatus,
    Role,
    SessionStatus,
)

# Who runs a session: opens and closes it, ticks members present, declares another member's
# conflict of interest. Deciding is for DECIDING_ROLES (members and the chair).
SECRETARIAT_ROLES = (Role.CHAIR, Role.CLERK)


@dataclass(frozen=True)
class MemberInfo:
    user_id: int
    username: str
    full_name: str
    chair: bool
    present: bool


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    inspection_id: int
    producer: str
    product: str
    outcome: DecisionOutcome
    reason: str
    votes_for: int
    votes_against: int
    certificate_number: str | None


@dataclass(frozen=True)
class SessionInfo:
    id: int
    title: str  # e.g. 2026/3
    held_on: date
    place: str
    quorum: int
    status: SessionStatus
    chair: str | None
    members: tuple[MemberInfo, ...]
    decisions: tuple[DecisionInfo, ...]

    @property
    def present(self) -> int:
        return sum(m.present for m in self.members)

    @property
    def has_quorum(self) -> bool:
        return self.present >= self.quorum


@dataclass(frozen=True)
class BarredMember:
    """A present member who may not decide an agenda item, and why: they inspected it, or they
    declared a conflict of interest with its producer (`conflict` holds their stated reason)."""

    username: str
    full_name: str
    inspector: bool
    conflict: str | None


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    username: str
    full_name: str
    producer_id: int
    producer: str
    reason: str
    declared_at: datetime


@dataclass(frozen=True)
class AgendaItem:
    inspection_id: int
    kind: InspectionKind
    producer_id: int
    producer: str
    product: str
    standard: StandardRef
    inspector: str
    score: object
    stars: int | None
    passed: bool | None
    deferred: bool
    barred: tuple[str, ...]  # usernames who may not decide this item
    eligible: int  # members present who may decide it
    barred_members: tuple[BarredMember, ...] = ()  # the same members, with the reason
    inspector_username: str = ""  # who inspected it, present or not
    conflicted: tuple[str, ...] = ()  # usernames with a declared conflict, present or not


def _session(db: Session, session_id: int) -> CommitteeSession:
    s = db.get(CommitteeSession, session_id)
    if s is None:
        raise NotFound("session.not_found", id=session_id)
    return s


def _decision_info(db: Session, d: Decision) -> DecisionInfo:
    number = db.scalar(select(Certificate.number).where(Certificate.decision_id == d.id))
    i = d.inspection
    return DecisionInfo(
        d.id,
        i.id,
        i.product.producer.name,
        i.product.name,
        d.outcome,
        d.reason,
        d.votes_for,
        d.votes_against,
        number,
    )


def _info(db: Session, s: CommitteeSession) -> SessionInfo:
    members = sorted(
        (
            MemberInfo(
                a.user_id, a.user.username, a.user.full_name, a.user_id == s.chair_id, a.present
            )
            for a in s.attendance
        ),
        key=lambda m: (not m.chair, m.full_name),
    )
    return SessionInfo(
        s.id,
        f"{s.year}/{s.number}",
        s.held_on,
        s.place,
        s.quorum,
        s.status,
        s.chair.full_name if s.chair else None,
        tuple(members),
        tuple(_decision_info(db, d) for d in s.decisions),
    )


def _members(db: Session) -> list[User]:
    users = db.scalars(select(User).where(User.active).order_by(User.full_name))
    return [u for u in users if u.role_set & DECIDING_ROLES]


def committee_members(db: Session) -> list[UserInfo]:
    """Active users who sit on the committee: those a new session lists for attendance."""
    return [user_info(u) for u in _members(db)]


def open_session(
    db: Session,
    actor: UserInfo,
    held_on: date,
    *,
    place: str = "",
    quorum: int | None = None,
    chair: str | None = None,
    present: list[str] | None = None,
) -> SessionInfo:
    """Open a session; every committee member is listed, those in `present` ticked. A session
    needs its place and its chair, present; every missing part is refused at once, and a refused
    session takes no number."""
    require(actor, *SECRETARIAT_ROLES)
    quorum = quorum if quorum is not None else settings.get(db, "default_quorum")
    members = _members(db)
    if not members:
        raise RuleViolation("session.no_members")
    problems: list[InvalidInput] = []
    if not place.strip():
        problems.append(InvalidInput("field.required", field="place"))
    if not isinstance(quorum, int) or not 1 <= quorum <= len(members):
        problems.append(
            InvalidInput("session.bad_quorum", field="quorum", value=quorum, maximum=len(members))
        )
    by_name = {u.username: u for u in members}
    present_names = set(present or [])
    unknown = present_names - set(by_name)
    chair_user = by_name.get(chair) if chair else None
    if not chair:
        problems.append(InvalidInput("session.chair_required", field="chair"))
    elif chair_user is None or not chair_user.role_set & {Role.CHAIR, Role.ADMIN}:
        problems.append(InvalidInput("session.bad_chair", field="chair", value=chair))
    if unknown:
        problems.append(
            InvalidInput("session.not_a_member", field="present", names=sorted(unknown))
        )
    elif chair_user is not None and chair not in present_names:
        problems.append(
            InvalidInput("session.chair_absent", field="present", name=chair_user.full_name)
        )
    refuse_all(problems)
    number = next_value(db, f"session:{held_on.year}")
    s = CommitteeSession(
        year=held_on.year,
        number=number,
        held_on=held_on,
        place=place.strip(),
        quorum=quorum,
        chair_id=chair_user.id if chair_user else None,
        status=SessionStatus.OPEN,
        attendance=[
            SessionAttendance(user_id=u.id, present=u.username in present_names) for u in members
        ],
    )
    db.add(s)
    db.flush()
    audit.record(
        db,
        actor.username,
        "session.opened",
        "committee_session",
        s.id,
        title=f"{s.year}/{s.number}",
        held_on=held_on,
        quorum=quorum,
        present=sorted(present_names),
    )
    return _info(db, s)


def set_present(
    db: Session, actor: UserInfo, session_id: int, username: str, present: bool
) -> SessionInfo:
    require(actor, *SECRETARIAT_ROLES)
    s = _open(db, session_id)
    row = next((a for a in s.attendance if a.user.username == username), None)
    if row is None:
        raise InvalidInput("session.not_a_member", field="present", names=[username])
    row.present = present
    db.flush()
    audit.record(
        db,
        actor.username,
        "session.attendance",
        "committee_session",
        s.id,
        member=username,
        present=present,
    )
    return _info(db, s)


def _open(db: Session, session_id: int) -> CommitteeSession:
    s = _session(db, session_id)
    if s.status != SessionStatus.OPEN:
        raise RuleViolation("session.closed", title=f"{s.year}/{s.number}")
    return s


def declare_conflict(
    db: Session, actor: UserInfo, member: str, producer_id: int, reason: str
) -> None:
    """A member declares a conflict of interest with a producer (kin, employer, own group…)."""
    if actor.username != member:
        require(actor, *SECRETARIAT_ROLES)
    user = db.scalar(select(User).where(User.username == member))
    if user is None:
        raise NotFound("user.not_found", username=member)
    producer = db.get(Producer, producer_id)
    if producer is None:
        raise NotFound("producer.not_found", id=producer_id)
    exists = db.scalar(
        select(ConflictDeclaration.id).where(
            ConflictDeclaration.user_id == user.id, ConflictDeclaration.producer_id == producer_id
        )
    )
    if exists:
        return
    db.add(ConflictDeclaration(user_id=user.id, producer_id=producer_id, reason=reason.strip()))
    db.flush()
    audit.record(
        db,
        actor.username,
        "conflict.declared",
        "producer",
        producer_id,
        member=member,
        reason=reason.strip(),
    )


def conflicts(db: Session, producer_id: int) -> set[int]:
    return set(
        db.scalars(
            select(ConflictDeclaration.user_id).where(
                ConflictDeclaration.producer_id == producer_id
            )
        )
    )


def declarations(db: Session, producer_id: int | None = None) -> list[ConflictInfo]:
    """Declared conflicts of interest, of one producer or all, newest first."""
    stmt = select(ConflictDeclaration).order_by(
        ConflictDeclaration.declared_at.desc(), ConflictDeclaration.id.desc()
    )
    if producer_id is not None:
        stmt = stmt.where(ConflictDeclaration.producer_id == producer_id)
    return [
        ConflictInfo(
            d.id,
            d.user.username,
            d.user.full_name,
            d.producer_id,
            d.producer.name,
            d.reason,
            d.declared_at,
        )
        for d in db.scalars(stmt)
    ]


def _barred(db: Session, inspection: Inspection) -> set[int]:
    return conflicts(db, inspection.product.producer_id) | {inspection.inspector_id}


def agenda(db: Session, session_id: int) -> list[AgendaItem]:
    """Submitted inspections awaiting a decision (deferred ones included)."""
    s = _session(db, session_id)
    present = {a.user_id: a.user.username for a in s.attendance if a.present}
    deferred = set(
        db.scalars(select(Decision.inspection_id).where(Decision.outcome == DecisionOutcome.DEFER))
    )
    items = []
    stmt = (
        select(Inspection)
        .where(Inspection.status == InspectionStatus.SUBMITTED)
        .order_by(Inspection.submitted_at, Inspection.id)
    )
    for i in db.scalars(stmt):
        barred_ids = _barred(db, i)
        barred = tuple(sorted(name for uid, name in present.items() if uid in barred_ids))
        declared = {
            d.user_id: d.reason
            for d in db.scalars(
                select(ConflictDeclaration).where(
                    ConflictDeclaration.producer_id == i.product.producer_id
                )
            )
        }
        barred_members = tuple(
            BarredMember(
                a.user.username,
                a.user.full_name,
                a.user_id == i.inspector_id,
                declared.get(a.user_id),
            )
            for a in s.attendance
            if a.present and a.user_id in barred_ids
        )
        items.append(
            AgendaItem(
                i.id,
                i.kind,
                i.product.producer_id,
                i.product.producer.name,
                i.product.name,
                StandardRef(i.version.standard.code, i.version.version),
                i.inspector.full_name,
                i.score,
                i.stars,
                i.passed,
                i.id in deferred,
                barred,
                len(set(present) - barred_ids),
                tuple(sorted(barred_members, key=lambda b: b.username)),
                i.inspector.username,
                tuple(sorted(db.scalars(select(User.username).where(User.id.in_(declared))).all())),
            )
        )
    return items


def decide(
    db: Session,
    actor: UserInfo,
    session_id: int,
    inspection_id: int,
    outcome: DecisionOutcome,
    reason: str = "",
    *,
    votes_for: int | None = None,
    votes_against: int = 0,
    scope_product_ids: list[int] | None = None,
) -> DecisionInfo:
    """Record the session's decision on one inspection; a grant issues the certificate."""
    require(actor, *DECIDING_ROLES)
    s = _open(db, session_id)
    inspection = db.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound("inspection.not_found", id=inspection_id)
    if inspection.status != InspectionStatus.SUBMITTED:
        raise RuleViolation("decision.not_submitted", id=inspection_id)
    barred = _barred(db, inspection)
    if actor.id == inspection.inspector_id:
        raise Forbidden(
            "decision.inspector_cannot_decide", username=actor.username, id=inspection_id
        )
    if actor.id in barred:
        raise Forbidden(
            "decision.conflict_of_interest",
            username=actor.username,
            producer=inspection.product.producer.name,
        )
    present = {a.user_id for a in s.attendance if a.present}
    if actor.id not in present and Role.ADMIN not in actor.roles:
        raise Forbidden("decision.not_present", username=actor.username)
    eligible = len(present - barred)
    if eligible < s.quorum:
        raise RuleViolation("decision.no_quorum", eligible=eligible, quorum=s.quorum)
    votes_for = eligible if votes_for is None else votes_for
    if votes_for < 0 or votes_against < 0 or votes_for + votes_against > eligible:
        raise InvalidInput("decision.bad_votes", field="votes", eligible=eligible)
    outcome = DecisionOutcome(outcome)
    if outcome == DecisionOutcome.GRANT and not inspection.passed:
        raise RuleViolation(
            "decision.grant_requires_pass", id=inspection_id, score=inspection.score
        )
    if outcome != DecisionOutcome.GRANT and not reason.strip():
        raise InvalidInput("decision.reason_required", field="reason")
    if outcome == DecisionOutcome.GRANT and votes_for * 2 <= eligible:
        raise RuleViolation("decision.no_majority", votes_for=votes_for, eligible=eligible)
    decision = Decision(
        session_id=s.id,
        inspection_id=inspection.id,
        outcome=outcome,
        reason=reason.strip(),
        votes_for=votes_for,
        votes_against=votes_against,
        recorded_by_id=actor.id,
    )
    db.add(decision)
    db.flush()
    audit.record(
        db,
        actor.username,
        f"decision.{outcome.value}",
        "inspection",
        inspection.id,
        session=f"{s.year}/{s.number}",
        reason=reason.strip(),
        votes_for=votes_for,
        votes_against=votes_against,
    )
    if outcome != DecisionOutcome.DEFER:
        inspection.status = InspectionStatus.DECIDED
    _consequences(db, actor, s, inspection, decision, scope_product_ids)
    db.flush()
    return _decision_info(db, decision)


def _consequences(
    db: Session,
    actor: UserInfo,
    s: CommitteeSession,
    inspection: Inspection,
    decision: Decision,
    scope_product_ids: list[int] | None,
) -> None:
    outcome = decision.outcome
    checked = db.get(Certificate, inspection.certificate_id) if inspection.certificate_id else None
    if inspection.kind == InspectionKind.SURVEILLANCE and checked is not None:
        if outcome == DecisionOutcome.GRANT:
            checked.next_surveillance_on = certificates.add_months(
                s.held_on, settings.get(db, "surveillance_months")
            )
            audit.record(
                db,
                actor.username,
                "certificate.surveillance_passed",
                "certificate",
                checked.number,
                next=checked.next_surveillance_on,
            )
        elif outcome == DecisionOutcome.REFUSE and checked.status == CertificateStatus.ACTIVE:
            # A failed surveillance suspends the certificate until the committee restores it.
            certificates.decided_status(
                db,
                actor,
                checked.number,
                CertificateEventKind.SUSPENDED,
                decision.reason,
                s.held_on,
            )
        return
    if outcome == DecisionOutcome.GRANT:
        supersedes = checked if inspection.kind == InspectionKind.RENEWAL else None
        if supersedes is not None and supersedes.status not in (
            CertificateStatus.ACTIVE,
            CertificateStatus.SUSPENDED,
        ):
            raise RuleViolation(
                "certificate.transition_forbidden",
                number=supersedes.number,
                status=supersedes.status.value,
                action="renewed",
            )
        issued = certificates.issue(
            db, actor, decision, s.held_on, scope_product_ids, supersedes=supersedes
        )
        if supersedes is not None:
            db.add(
                CertificateEvent(
                    certificate_id=issued.id,
                    kind=CertificateEventKind.RENEWED,
                    user_id=actor.id,
                    reason=supersedes.number,
                )
            )


def close_session(db: Session, actor: UserInfo, session_id: int) -> SessionInfo:
    require(actor, *SECRETARIAT_ROLES)
    s = _open(db, session_id)
    s.status = SessionStatus.CLOSED
    db.flush()
    audit.record(
        db,
        actor.username,
        "session.closed",
        "committee_session",
        s.id,
        decisions=len(s.decisions),
    )
    return _info(db, s)


def get_session(db: Session, session_id: int) -> SessionInfo:
    return _info(db, _session(db, session_id))


def list_sessions(db: Session) -> list[SessionInfo]:
    stmt = select(CommitteeSession).order_by(
        CommitteeSession.held_on.desc(), CommitteeSession.id.desc()
    )
    return [_info(db, s) for s in db.scalars(stmt)]
