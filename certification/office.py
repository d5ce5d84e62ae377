"""The committee this workstation belongs to, the regions, and first-start set-up."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification import users
from certification.core import audit
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from models import Committee, Region, User
from models.enums import Role


@dataclass(frozen=True)
class Trilingual:
    """Something the office names in Kyrgyz, Russian and English."""

    name_ky: str
    name_ru: str
    name_en: str

    def name(self, lang: str) -> str:
        return str(getattr(self, f"name_{lang}", self.name_en))


@dataclass(frozen=True)
class RegionInfo(Trilingual):
    code: str


@dataclass(frozen=True)
class CommitteeInfo(Trilingual):
    id: int
    code: str
    region: RegionInfo
    address: str


def _region(r: Region) -> RegionInfo:
    return RegionInfo(name_ky=r.name_ky, name_ru=r.name_ru, name_en=r.name_en, code=r.code)


def regions(session: Session) -> list[RegionInfo]:
    return [_region(r) for r in session.scalars(select(Region).order_by(Region.code))]


def region(session: Session, code: str) -> RegionInfo:
    if not code.strip():
        raise InvalidInput("field.required", field="region")
    r = session.get(Region, code)
    if r is None:
        raise InvalidInput("region.unknown", field="region", value=code)
    return _region(r)


def own_committee(session: Session) -> CommitteeInfo:
    c = session.scalar(select(Committee).where(Committee.is_own))
    if c is None:
        raise NotFound("committee.not_set_up")
    return _committee(c)


def _committee(c: Committee) -> CommitteeInfo:
    return CommitteeInfo(
        name_ky=c.name_ky,
        name_ru=c.name_ru,
        name_en=c.name_en,
        id=c.id,
        code=c.code,
        region=_region(c.region),
        address=c.address,
    )


def is_set_up(session: Session) -> bool:
    return session.scalar(select(Committee.id).where(Committee.is_own)) is not None


def set_up(
    session: Session,
    *,
    region_code: str,
    code: str,
    name_ky: str,
    name_ru: str,
    name_en: str,
    admin_username: str,
    admin_full_name: str,
    admin_password: str,
    address: str = "",
    admin_roles: list[Role] | None = None,
) -> CommitteeInfo:
    """First start: the committee and its first administrator, in one transaction."""
    if is_set_up(session) or (session.scalar(select(func.count()).select_from(User)) or 0) > 0:
        raise RuleViolation("committee.already_set_up")
    region(session, region_code)
    if not name_ky.strip():
        raise InvalidInput("field.required", field="name_ky")
    code = code.strip().upper()
    if not code.isalnum() or not 1 <= len(code) <= 8:
        raise InvalidInput("committee.bad_code", field="code", value=code)
    committee = Committee(
        code=code,
        region_code=region_code,
        name_ky=name_ky.strip(),
        name_ru=name_ru.strip() or name_ky.strip(),
        name_en=name_en.strip() or name_ky.strip(),
        address=address.strip(),
        is_own=True,
    )
    session.add(committee)
    session.flush()
    audit.record(
        session,
        admin_username,
        "committee.set_up",
        "committee",
        committee.id,
        region=region_code,
        code=code,
        name=name_ky,
    )
    users.create_user(
        session,
        admin_username,
        admin_username,
        admin_full_name,
        admin_password,
        admin_roles or [Role.ADMIN],
    )
    return _committee(committee)
