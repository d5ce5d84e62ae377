"""Inspections of a product against one standard version: answers, photos, non-conformities."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import InspectionKind, InspectionStatus, NonConformityStatus, enum_column
from models.office import User
from models.producers import Product
from models.standards import Criterion, CriterionChoice, StandardVersion


class Inspection(Base):
    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_version.id"), index=True)
    inspector_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    kind: Mapped[InspectionKind] = mapped_column(enum_column(InspectionKind))
    # A surveillance or renewal inspection refers to the certificate it checks.
    certificate_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id", use_alter=True), index=True
    )
    status: Mapped[InspectionStatus] = mapped_column(enum_column(InspectionStatus), index=True)
    inspected_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    sample_lot: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Result fixed at submission; drafts are scored live.
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    stars: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    product: Mapped["Product"] = relationship()
    version: Mapped["StandardVersion"] = relationship()
    inspector: Mapped["User"] = relationship()
    answers: Mapped[list["Answer"]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan"
    )
    photos: Mapped[list["InspectionPhoto"]] = relationship(
        back_populates="inspection", order_by="InspectionPhoto.id", cascade="all, delete-orphan"
    )
    non_conformities: Mapped[list["NonConformity"]] = relationship(
        back_populates="inspection", order_by="NonConformity.id", cascade="all, delete-orphan"
    )


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("inspection_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"))
    value_bool: Mapped[bool | None] = mapped_column(Boolean)
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    choice_id: Mapped[int | None] = mapped_column(ForeignKey("criterion_choice.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    inspection: Mapped["Inspection"] = relationship(back_populates="answers")
    criterion: Mapped["Criterion"] = relationship()
    choice: Mapped["CriterionChoice | None"] = relationship()


class InspectionPhoto(Base):
    __tablename__ = "inspection_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id"))
    caption: Mapped[str] = mapped_column(String(200), default="")
    mime: Mapped[str] = mapped_column(String(32))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    inspection: Mapped["Inspection"] = relationship(back_populates="photos")


class NonConformity(Base):
    __tablename__ = "non_conformity"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id"))
    description: Mapped[str] = mapped_column(Text)
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[NonConformityStatus] = mapped_column(enum_column(NonConformityStatus))
    closed_on: Mapped[date | None] = mapped_column(Date)

    inspection: Mapped["Inspection"] = relationship(back_populates="non_conformities")
