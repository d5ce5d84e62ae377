"""Committee sessions (отурум): attendance, conflict-of-interest declarations, decisions."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import DecisionOutcome, SessionStatus, enum_column
from models.inspections import Inspection
from models.office import User
from models.producers import Producer


class CommitteeSession(Base):
    __tablename__ = "committee_session"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … within the year
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    quorum: Mapped[int] = mapped_column(Integer)  # members present needed to decide
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[SessionStatus] = mapped_column(enum_column(SessionStatus))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    chair: Mapped["User | None"] = relationship()
    attendance: Mapped[list["SessionAttendance"]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="session", order_by="Decision.id"
    )


class SessionAttendance(Base):
    __tablename__ = "session_attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("committee_session.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    session: Mapped["CommitteeSession"] = relationship(back_populates="attendance")
    user: Mapped["User"] = relationship()


class ConflictDeclaration(Base):
    """A member's declared conflict of interest with a producer; bars them from its decisions."""

    __tablename__ = "conflict_declaration"
    __table_args__ = (UniqueConstraint("user_id", "producer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    user: Mapped["User"] = relationship()
    producer: Mapped["Producer"] = relationship()


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("committee_session.id"), index=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_column(DecisionOutcome))
    reason: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    session: Mapped["CommitteeSession"] = relationship(back_populates="decisions")
    inspection: Mapped["Inspection"] = relationship()
    recorded_by: Mapped["User"] = relationship()
