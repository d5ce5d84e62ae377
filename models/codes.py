"""Signing keys, trusted keys, imported lists, label serials, code checks, complaints."""

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.office import Committee


class SigningKey(Base):
    """One of this committee's Ed25519 keys; the private half only wrapped with a passphrase."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(BigInteger, index=True)  # 32-bit id printed in codes
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    wrapped_private_key: Mapped[str] = mapped_column(Text)  # JSON: Argon2id + AES-GCM
    valid_from: Mapped[date] = mapped_column(Date)  # first day of the signing period
    valid_until: Mapped[date | None] = mapped_column(Date)  # last day; set at retirement
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    compromised_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))

    committee: Mapped["Committee"] = relationship()


class ImportedList(Base):
    """A signed trust or status list received from another committee, kept as received."""

    __tablename__ = "imported_list"
    __table_args__ = (UniqueConstraint("kind", "issuer_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "trust" or "status"
    issuer_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    signer_key_id: Mapped[int] = mapped_column(BigInteger)
    sequence: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    next_update: Mapped[datetime | None] = mapped_column(UtcDateTime)
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)

    issuer: Mapped["Committee"] = relationship()


class TrustedKey(Base):
    """A public key of another committee, taken from one of its trust lists."""

    __tablename__ = "trusted_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(BigInteger, index=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id"), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    compromised_on: Mapped[date | None] = mapped_column(Date)
    list_id: Mapped[int | None] = mapped_column(ForeignKey("imported_list.id"))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # left out of a newer list
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    committee: Mapped["Committee"] = relationship()


class ListedStatus(Base):
    """A suspended or withdrawn certificate named in an imported status list."""

    __tablename__ = "listed_status"
    __table_args__ = (Index("ix_listed_status_lookup", "list_id", "year", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("imported_list.id"))
    region_code: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16))  # "suspended" or "withdrawn"
    since: Mapped[date | None] = mapped_column(Date)


class LabelLot(Base):
    """Labels of one lot: its number within the certificate and the last serial allocated."""

    __tablename__ = "label_lot"
    __table_args__ = (UniqueConstraint("certificate_id", "lot_no"),)

    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificate.id"))
    lot_no: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer, default=0)


class LabelBatch(Base):
    """Serials allocated together for one print run, written before any label is produced."""

    __tablename__ = "label_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    allocated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    allocated_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class CodeCheck(Base):
    """One verification of a returned code: when, where, from what input, with what outcome."""

    __tablename__ = "code_check"
    # The reports count checks of a period by outcome, flags and place from this index alone.
    __table_args__ = (
        Index("ix_code_check_report", "at", "outcome", "flags", "place_key", "place"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    place_key: Mapped[str] = mapped_column(String(200), default="")  # case-folded, for comparing
    input_kind: Mapped[str] = mapped_column(String(16))  # text, image, stdin, clipboard, camera
    outcome: Mapped[str] = mapped_column(String(24), index=True)
    reason: Mapped[str] = mapped_column(String(80))
    flags: Mapped[str] = mapped_column(String(80), default="")  # space-separated
    text: Mapped[str] = mapped_column(Text, default="")
    label_ref: Mapped[str | None] = mapped_column(String(80), index=True)  # one printed label
    key_id: Mapped[int | None] = mapped_column(BigInteger)
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    serial: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64), default="")


class CodeCheckDay(Base):
    """How many checks of one office day (in Bishkek) had one outcome at one place: the check
    log summed, kept in the same transaction as each check is logged, so the reports count a
    period's checks from a few rows a day instead of from every check."""

    __tablename__ = "code_check_day"
    # SQLite: the rows live in their key's B-tree (no rowid), which a period's sums read in order.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012  (SQLAlchemy's own attribute)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(24), primary_key=True)
    place_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    place: Mapped[str] = mapped_column(String(200), primary_key=True)  # as typed
    checks: Mapped[int] = mapped_column(Integer)
    cloned: Mapped[int] = mapped_column(Integer)  # of them flagged possibly cloned


class CodeCheckMonth(Base):
    """The same sums per calendar month (`month` is its first day): a year's figures come from
    a few hundred rows, and only the days at a period's ends are read from `code_check_day`."""

    __tablename__ = "code_check_month"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012  (SQLAlchemy's own attribute)

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(24), primary_key=True)
    place_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    place: Mapped[str] = mapped_column(String(200), primary_key=True)
    checks: Mapped[int] = mapped_column(Integer)
    cloned: Mapped[int] = mapped_column(Integer)


class Complaint(Base):
    """Opened from a failed check; links what the label claimed: producer, lot, certificate."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("code_check.id"), index=True)
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"))
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    producer_id: Mapped[int | None] = mapped_column(ForeignKey("producer.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, closed
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    opened_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolution: Mapped[str] = mapped_column(Text, default="")

    check: Mapped["CodeCheck"] = relationship()
