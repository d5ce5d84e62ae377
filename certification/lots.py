"""Lots of certified product reported by producers; labels are printed per lot."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.certificates import certificate_model, effective_status
from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.users import UserInfo, require
from models import Lot, Product
from models.codes import LabelLot
from models.enums import CertificateStatus, Role

UNITS = ("pcs", "kg", "g", "l", "ml", "pack")
LOT_NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-/.]{0,19}$")


@dataclass(frozen=True)
class LotInfo:
    id: int
    certificate_number: str
    product_id: int
    product: str
    producer: str
    lot_number: str
    produced_on: date
    best_before: date
    quantity: Decimal
    unit: str
    reported_on: date
    labels_printed: int

    def as_json(self) -> dict[str, object]:
        return {
            "lot_number": self.lot_number,
            "certificate": self.certificate_number,
            "product": self.product,
            "quantity": format(self.quantity.normalize(), "f"),
            "unit": self.unit,
            "produced": self.produced_on.isoformat(),
            "best_before": self.best_before.isoformat(),
            "reported": self.reported_on.isoformat(),
            "labels_printed": self.labels_printed,
        }


def labels_printed(session: Session, lot_id: int) -> int:
    """Label serials allocated for a lot so far (`certification.codes.issuing` allocates them)."""
    labels = session.get(LabelLot, lot_id)
    return labels.last_serial if labels else 0


def _info(session: Session, lot: Lot) -> LotInfo:
    return LotInfo(
        lot.id,
        lot.certificate.number,
        lot.product_id,
        lot.product.name,
        lot.product.producer.name,
        lot.lot_number,
        lot.produced_on,
        lot.best_before,
        lot.quantity,
        lot.unit,
        lot.reported_on,
        labels_printed(session, lot.id),
    )


def scope_product(session: Session, certificate_number: str, name: str | None) -> int:
    """The product of a certificate's scope named `name` (any case); with no name, the scope's
    only product. The id `report_lot` takes."""
    certificate = certificate_model(session, certificate_number)
    products = sorted(certificate.products, key=lambda p: p.id)
    if not name or not name.strip():
        if len(products) == 1:
            return products[0].id
        raise InvalidInput(
            "lot.product_required",
            field="product",
            number=certificate.number,
            products=", ".join(p.name for p in products),
        )
    wanted = name.strip().casefold()
    for product in products:
        if product.name.casefold() == wanted:
            return product.id
    raise RuleViolation("lot.product_not_in_scope", number=certificate.number, product=name.strip())


def report_lot(
    session: Session,
    actor: UserInfo,
    certificate_number: str,
    product_id: int,
    lot_number: str,
    produced_on: date,
    best_before: date,
    quantity: Decimal | str,
    unit: str,
    *,
    reported_on: date | None = None,
    notes: str = "",
) -> LotInfo:
    require(actor, Role.CLERK, Role.INSPECTOR)
    reported_on = reported_on or clock.today()
    certificate = certificate_model(session, certificate_number)
    status = effective_status(certificate.status, certificate.valid_until, reported_on)
    if status != CertificateStatus.ACTIVE:
        raise RuleViolation(
            "lot.certificate_not_active", number=certificate.number, status=status.value
        )
    product = session.get(Product, product_id)
    if product is None or product not in certificate.products:
        raise RuleViolation(
            "lot.product_not_in_scope",
            number=certificate.number,
            product=product.name if product else str(product_id),
        )
    lot_number = lot_number.strip().upper()
    if not LOT_NUMBER.match(lot_number):
        raise InvalidInput("lot.bad_number", field="lot_number", value=lot_number)
    try:
        amount = Decimal(str(quantity).replace(",", ".").strip())
    except InvalidOperation:
        raise InvalidInput("field.not_a_number", field="quantity", value=quantity) from None
    if not amount.is_finite() or amount <= 0 or amount > Decimal("1e9"):
        raise InvalidInput("lot.bad_quantity", field="quantity", value=quantity)
    if unit not in UNITS:
        raise InvalidInput("lot.bad_unit", field="unit", value=unit)
    if unit == "pcs" and amount != amount.to_integral_value():
        raise InvalidInput("lot.bad_quantity", field="quantity", value=quantity)
    if produced_on > reported_on:
        raise InvalidInput("lot.produced_in_future", field="produced_on", value=produced_on)
    if produced_on < certificate.issued_on:
        raise InvalidInput(
            "lot.produced_before_certificate",
            field="produced_on",
            value=produced_on,
            issued=certificate.issued_on,
        )
    if best_before <= produced_on:
        raise InvalidInput("lot.best_before_too_early", field="best_before", value=best_before)
    duplicate = session.scalar(
        select(Lot.id).where(Lot.producer_id == product.producer_id, Lot.lot_number == lot_number)
    )
    if duplicate is not None:
        raise RuleViolation("lot.duplicate", lot_number=lot_number, producer=product.producer.name)
    lot = Lot(
        certificate_id=certificate.id,
        product_id=product.id,
        producer_id=product.producer_id,
        lot_number=lot_number,
        produced_on=produced_on,
        best_before=best_before,
        quantity=amount,
        unit=unit,
        reported_on=reported_on,
        notes=notes.strip(),
    )
    session.add(lot)
    session.flush()
    audit.record(
        session,
        actor.username,
        "lot.reported",
        "lot",
        lot.id,
        certificate=certificate.number,
        lot_number=lot_number,
        quantity=amount,
        unit=unit,
        produced_on=produced_on,
        best_before=best_before,
    )
    return _info(session, lot)


def lots_of(session: Session, certificate_number: str) -> list[LotInfo]:
    certificate = certificate_model(session, certificate_number)
    stmt = select(Lot).where(Lot.certificate_id == certificate.id).order_by(Lot.produced_on, Lot.id)
    return [_info(session, lot) for lot in session.scalars(stmt)]


def get_lot(session: Session, certificate_number: str, lot_number: str) -> LotInfo:
    certificate = certificate_model(session, certificate_number)
    lot = session.scalar(
        select(Lot).where(
            Lot.certificate_id == certificate.id, Lot.lot_number == lot_number.strip().upper()
        )
    )
    if lot is None:
        raise NotFound("lot.not_found", lot_number=lot_number, number=certificate.number)
    return _info(session, lot)
