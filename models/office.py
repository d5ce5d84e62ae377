"""The office itself: regions, the committee, its users, settings, counters and the audit log."""

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, utcnow
from models.enums import Role, enum_column


class Region(Base):
    """An ISO 3166-2:KG unit. Rows are written by the first migration."""

    __tablename__ = "region"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)  # e.g. KG-Y
    name_ky: Mapped[str] = mapped_column(String(80))
    name_ru: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))

    def name(self, lang: str) -> str:
        return str(getattr(self, f"name_{lang}", self.name_en))


class Committee(Base):
    """A regional brand committee; `is_own` marks the one this workstation belongs to."""

    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # short id used in codes, e.g. Y1
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    name_ky: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    region: Mapped["Region"] = relationship()

    def name(self, lang: str) -> str:
        return str(getattr(self, f"name_{lang}", self.name_en))


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    roles: Mapped[list["UserRole"]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", back_populates="user"
    )

    @property
    def role_set(self) -> frozenset[Role]:
        return frozenset(r.role for r in self.roles)


class UserRole(Base):
    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    role: Mapped[Role] = mapped_column(enum_column(Role), primary_key=True)

    user: Mapped["User"] = relationship(back_populates="roles")


class Setting(Base):
    """A committee setting as JSON text; the typed registry is `certification.settings`."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MarkImage(Base):
    """The committee's own emblem or brand mark (PNG or JPEG), drawn on certificates and labels
    instead of the shipped default (`certification.settings`, kind `image`)."""

    __tablename__ = "mark_image"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # emblem, brand_mark
    data: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(32))
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class Counter(Base):
    """Gap-free sequences (certificate numbers per year). Incremented only under a write lock."""

    __tablename__ = "counter"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only, hash-chained record of every change (see `certification.core.audit`)."""

    __tablename__ = "audit_entry"
    __table_args__ = (UniqueConstraint("seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """The audit chain's length and head hash, signed with the committee's key whenever it was
    unlocked anyway (see `certification.core.checkpoints`). Like the log, rows are only added."""

    __tablename__ = "audit_checkpoint"

    id: Mapped[int] = mapped_column(primary_key=True)
    entries: Mapped[int] = mapped_column(Integer, index=True)
    head: Mapped[str] = mapped_column(String(64))
    committee: Mapped[str] = mapped_column(String(16))  # the committee's code, as signed
    key_id: Mapped[int] = mapped_column(BigInteger)
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    signed_by: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))  # Ed25519, hex
