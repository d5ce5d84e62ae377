"""What the register page reads in one unit, beyond a single service call."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from certification import office, producers
from certification.office import RegionInfo
from certification.producers import CategoryInfo, ProducerInfo


@dataclass(frozen=True)
class Lookups:
    regions: list[RegionInfo]
    categories: list[CategoryInfo]


def lookups(session: Session) -> Lookups:
    return Lookups(office.regions(session), producers.categories(session))


@dataclass(frozen=True)
class Found:
    producers: list[ProducerInfo]
    totals: dict[str, int] | None  # the whole register's participation when nothing is filtered


def find(session: Session, text: str, region: str | None, category: int | None) -> Found:
    rows = producers.search_producers(session, text, region_code=region, category_id=category)
    filtered = bool(text.strip() or region or category is not None)
    return Found(rows, None if filtered else producers.participation(session))
