"""Small builders for a realistic office on a real database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from certification import inspections, office, producers, sessions, standards, users
from certification.demo import _answers, standard_spec
from certification.users import UserInfo
from models.db import session_factory, unit_of_work
from models.enums import DecisionOutcome, ProducerKind, Role

TODAY = date(2026, 11, 26)


@dataclass(frozen=True)
class Office:
    factory: sessionmaker[Session]
    admin: UserInfo
    chair: UserInfo
    inspector: UserInfo
    clerk: UserInfo
    members: tuple[UserInfo, ...]
    category_id: int
    version_id: int


def make_office(engine: Engine) -> Office:
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        office.set_up(
            s,
            region_code="KG-N",
            code="N1",
            name_ky="Нарын облустук бренд-комитети",
            name_ru="Нарынский областной бренд-комитет",
            name_en="Naryn Brand Committee",
            admin_username="admin",
            admin_full_name="Админ",
            admin_password="secret",
        )
        made = {}
        for name, roles in [
            ("chair", [Role.CHAIR, Role.MEMBER]),
            ("inspector", [Role.INSPECTOR]),
            ("clerk", [Role.CLERK]),
            ("m1", [Role.MEMBER]),
            ("m2", [Role.MEMBER]),
            ("m3", [Role.MEMBER]),
        ]:
            made[name] = users.create_user(s, "admin", name, name.title(), "secret", roles)
        category = producers.add_category(
            s, users.get_user(s, "admin"), "honey", "Бал", "Мёд", "Honey"
        )
        version = standards.create_standard(
            s, "admin", "BABP-HONEY", "Бал", category.id, standard_spec("honey")
        )
        admin = users.get_user(s, "admin")
    return Office(
        factory,
        admin,
        made["chair"],
        made["inspector"],
        made["clerk"],
        (made["m1"], made["m2"], made["m3"]),
        category.id,
        version.id,
    )


def add_producer(
    o: Office,
    name: str = "«Ак-Суу бал» өндүрүш тобу",
    region: str = "KG-N",
    product: str = "Тоо балы",
) -> tuple[int, int]:
    with unit_of_work(o.factory) as s:
        p = producers.register_producer(
            s,
            o.clerk,
            producers.ProducerForm(
                kind=ProducerKind.GROUP,
                name=name,
                region_code=region,
                village="Эмгекчил",
                members=10,
                women=6,
                youth=2,
            ),
        )
        product_info = producers.add_product(s, o.clerk, p.id, product, o.category_id)
    return p.id, product_info.id


def submitted_inspection(
    o: Office, product_id: int, quality: str = "good", when: date | None = None
) -> int:
    import random

    when = when or TODAY - timedelta(days=10)
    with unit_of_work(o.factory) as s:
        i = inspections.start_inspection(s, o.inspector, product_id, o.version_id, when)
        inspections.record_answers(
            s, o.inspector, i.id, _answers("honey", quality, random.Random(1))
        )
        inspections.submit(s, o.inspector, i.id)
    return i.id


def open_session(o: Office, when: date | None = None, quorum: int = 3) -> int:
    with unit_of_work(o.factory) as s:
        info = sessions.open_session(
            s,
            o.clerk,
            when or TODAY - timedelta(days=3),
            place="Нарын ш., облустук администрация",
            quorum=quorum,
            chair="chair",
            present=["chair", "m1", "m2", "m3"],
        )
    return info.id


def grant(o: Office, session_id: int, inspection_id: int) -> str:
    with unit_of_work(o.factory) as s:
        d = sessions.decide(s, o.chair, session_id, inspection_id, DecisionOutcome.GRANT)
    assert d.certificate_number
    return d.certificate_number


def certified(o: Office, name: str = "«Ак-Суу бал» өндүрүш тобу") -> tuple[str, int]:
    """A producer with one granted certificate; returns (number, product id)."""
    _producer_id, product_id = add_producer(o, name)
    inspection = submitted_inspection(o, product_id)
    number = grant(o, open_session(o), inspection)
    return number, product_id


D = Decimal
