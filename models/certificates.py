"""Certificates, their scope and lifecycle history, and the lots produced under them."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import CertificateEventKind, CertificateStatus, enum_column
from models.office import Committee, User
from models.producers import Producer, Product
from models.standards import StandardVersion


class Certificate(Base):
    """Never deleted. `number` is allocated gap-free at grant, in the grant's transaction."""

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("committee_id", "year", "sequence"),
        # The reports count certificates issued in a period by state and producer from it alone.
        Index("ix_certificate_report", "issued_on", "status", "valid_until", "producer_id"),
        # Certificates in force, expiring or due a visit: the outlook and the register's filters.
        Index("ix_certificate_status_valid_until", "status", "valid_until", "next_surveillance_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    number_search: Mapped[str] = mapped_column(String(40), index=True)  # case-folded
    # Case-folded producer and product names, kept current by the services that rename producers
    # and products; a trigram index over it finds a fragment (migration 0010).
    search_text: Mapped[str] = mapped_column(Text, default="")
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("standard_version.id"))
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"))
    stars: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    status: Mapped[CertificateStatus] = mapped_column(enum_column(CertificateStatus), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date, index=True)
    next_surveillance_on: Mapped[date | None] = mapped_column(Date)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    committee: Mapped["Committee"] = relationship()
    producer: Mapped["Producer"] = relationship()
    version: Mapped["StandardVersion"] = relationship()
    products: Mapped[list["Product"]] = relationship(
        secondary="certificate_product", order_by="Product.id"
    )
    events: Mapped[list["CertificateEvent"]] = relationship(
        back_populates="certificate", order_by="CertificateEvent.id"
    )
    supersedes: Mapped["Certificate | None"] = relationship(remote_side=[id])


class CertificateProduct(Base):
    """The scope of a certificate: which products may carry the regional brand."""

    __tablename__ = "certificate_product"

    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), primary_key=True, index=True)


class CertificateEvent(Base):
    """Who changed a certificate's state, when and why."""

    __tablename__ = "certificate_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id"), index=True)
    kind: Mapped[CertificateEventKind] = mapped_column(enum_column(CertificateEventKind))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    reason: Mapped[str] = mapped_column(Text, default="")

    certificate: Mapped["Certificate"] = relationship(back_populates="events")
    user: Mapped["User"] = relationship()


class Lot(Base):
    """A lot of certified product reported by its producer; labels are printed per lot."""

    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("producer_id", "lot_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"))
    lot_number: Mapped[str] = mapped_column(String(40))
    produced_on: Mapped[date] = mapped_column(Date)
    best_before: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    unit: Mapped[str] = mapped_column(String(16))  # pcs, kg, l …
    reported_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    certificate: Mapped["Certificate"] = relationship()
    product: Mapped["Product"] = relationship()
