"""Quality standards: versioned per category, criteria in weighted groups, star bands."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import CriterionKind, enum_column
from models.producers import ProductCategory


class Standard(Base):
    __tablename__ = "standard"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. BABP-HONEY
    category_id: Mapped[int] = mapped_column(ForeignKey("product_category.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    category: Mapped["ProductCategory"] = relationship()
    versions: Mapped[list["StandardVersion"]] = relationship(
        back_populates="standard", order_by="StandardVersion.version"
    )


class StandardVersion(Base):
    """One edition of a standard. Frozen once an inspection uses it; edits make a new version."""

    __tablename__ = "standard_version"
    __table_args__ = (UniqueConstraint("standard_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_id: Mapped[int] = mapped_column(ForeignKey("standard.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    pass_mark: Mapped[Decimal] = mapped_column(Numeric(6, 2))  # percent, 0–100
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    standard: Mapped["Standard"] = relationship(back_populates="versions")
    groups: Mapped[list["CriterionGroup"]] = relationship(
        back_populates="version", order_by="CriterionGroup.position", cascade="all, delete-orphan"
    )
    star_bands: Mapped[list["StarBand"]] = relationship(
        back_populates="version", order_by="StarBand.stars", cascade="all, delete-orphan"
    )


class StarBand(Base):
    """`stars` are awarded from `min_score` percent upwards (OTOP/OCOP style)."""

    __tablename__ = "star_band"
    __table_args__ = (UniqueConstraint("version_id", "stars"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_version.id"), index=True)
    stars: Mapped[int] = mapped_column(Integer)
    min_score: Mapped[Decimal] = mapped_column(Numeric(6, 2))

    version: Mapped["StandardVersion"] = relationship(back_populates="star_bands")


class CriterionGroup(Base):
    __tablename__ = "criterion_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_version.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[Decimal] = mapped_column(Numeric(8, 3))

    version: Mapped["StandardVersion"] = relationship(back_populates="groups")
    criteria: Mapped[list["Criterion"]] = relationship(
        back_populates="group", order_by="Criterion.position", cascade="all, delete-orphan"
    )


class Criterion(Base):
    __tablename__ = "criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("criterion_group.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(16))  # e.g. 2.3, shown on reports
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[CriterionKind] = mapped_column(enum_column(CriterionKind))
    weight: Mapped[Decimal] = mapped_column(Numeric(8, 3), default=Decimal(1))
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    scale_max: Mapped[int | None] = mapped_column(Integer)  # scale: 0..scale_max
    unit: Mapped[str] = mapped_column(String(24), default="")
    min_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    max_value: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))

    group: Mapped["CriterionGroup"] = relationship(back_populates="criteria")
    choices: Mapped[list["CriterionChoice"]] = relationship(
        back_populates="criterion",
        order_by="CriterionChoice.position",
        cascade="all, delete-orphan",
    )


class CriterionChoice(Base):
    __tablename__ = "criterion_choice"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    acceptable: Mapped[bool] = mapped_column(Boolean)

    criterion: Mapped["Criterion"] = relationship(back_populates="choices")
