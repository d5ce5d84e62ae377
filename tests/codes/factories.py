"""Small register fixtures for code tests: the Issyk-Kul committee, a honey group, certificates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.codes.keywrap import Argon2Cost
from models import (
    Certificate,
    Committee,
    CommitteeSession,
    Decision,
    Inspection,
    Lot,
    Producer,
    Product,
    ProductCategory,
    Standard,
    StandardVersion,
    User,
    fold,
)
from models.enums import (
    CertificateStatus,
    DecisionOutcome,
    InspectionKind,
    InspectionStatus,
    ProducerKind,
    SessionStatus,
)

CHEAP = Argon2Cost(time_cost=1, memory_kib=1024, parallelism=1)  # tests only


@dataclass(frozen=True)
class Register:
    committee_id: int
    producer_id: int
    product_id: int
    certificate_id: int
    lot_id: int


def own_committee(session: Session, code: str = "Y1", region: str = "KG-Y") -> Committee:
    committee = session.scalars(select(Committee).where(Committee.is_own)).first()
    if committee is None:
        committee = Committee(
            code=code,
            region_code=region,
            name_ky="Ысык-Көл облусунун аймактык бренд-комитети",
            name_ru="Региональный бренд-комитет Иссык-Кульской области",
            name_en="Issyk-Kul Regional Brand Committee",
            is_own=True,
        )
        session.add(committee)
        session.flush()
    return committee


def certificate(
    session: Session,
    *,
    sequence: int = 42,
    year: int = 2026,
    issued_on: date = date(2026, 3, 14),
    valid_until: date = date(2029, 3, 13),
    status: CertificateStatus = CertificateStatus.ACTIVE,
) -> Register:
    """An active certificate of a honey group with one lot of 500 jars."""
    committee = own_committee(session)
    user = session.scalars(select(User).where(User.username == "clerk")).first()
    if user is None:
        user = User(username="clerk", full_name="Осмонов Нурбек", password_hash="-")
        session.add(user)
        session.flush()
    category = session.scalars(
        select(ProductCategory).where(ProductCategory.code == "honey")
    ).first()
    if category is None:
        category = ProductCategory(code="honey", name_ky="Бал", name_ru="Мёд", name_en="Honey")
        standard = Standard(code="BABP-HONEY", category=category, title="Бал")
        session.add_all([category, standard])
        session.add(StandardVersion(standard=standard, version=1, pass_mark=Decimal(70)))
        session.flush()
    version = session.scalars(select(StandardVersion)).first()
    assert version is not None
    name = f"«Ак-Суу асалчылары» {sequence}"
    producer = Producer(
        kind=ProducerKind.GROUP, name=name, name_search=fold(name), region_code="KG-Y"
    )
    product = Product(
        producer=producer, category=category, name="Ысык-Көл балы, 500 г", name_search="бал"
    )
    inspection = Inspection(
        product=product,
        version_id=version.id,
        inspector_id=user.id,
        kind=InspectionKind.INITIAL,
        status=InspectionStatus.DECIDED,
        inspected_on=issued_on,
    )
    meeting = CommitteeSession(
        year=year,
        number=sequence,
        held_on=issued_on,
        quorum=3,
        status=SessionStatus.CLOSED,
    )
    decision = Decision(
        session=meeting,
        inspection=inspection,
        outcome=DecisionOutcome.GRANT,
        recorded_by_id=user.id,
    )
    session.add_all([producer, product, inspection, meeting, decision])
    session.flush()
    cert = Certificate(
        number=f"{committee.region_code}-{year}-{sequence:05d}",
        number_search=f"{committee.region_code}-{year}-{sequence:05d}".casefold(),
        committee_id=committee.id,
        year=year,
        sequence=sequence,
        producer_id=producer.id,
        version_id=version.id,
        inspection_id=inspection.id,
        decision_id=decision.id,
        status=status,
        issued_on=issued_on,
        valid_until=valid_until,
    )
    cert.products.append(product)
    session.add(cert)
    session.flush()
    lot = add_lot(session, cert, "2026-017")
    return Register(committee.id, producer.id, product.id, cert.id, lot.id)


def add_lot(session: Session, cert: Certificate, number: str, quantity: int = 500) -> Lot:
    lot = Lot(
        certificate_id=cert.id,
        product_id=cert.products[0].id,
        producer_id=cert.producer_id,
        lot_number=number,
        produced_on=cert.issued_on,
        best_before=date(2028, 3, 1),
        quantity=Decimal(quantity),
        unit="pcs",
        reported_on=cert.issued_on,
    )
    session.add(lot)
    session.flush()
    return lot
