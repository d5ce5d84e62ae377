"""An office with a varied register for the reports: one certificate granted through the services,
then a few hundred certificates, inspections and producers and a few thousand checks spread over
states, regions, categories, outcomes and places (the benchmark's generator at a small size)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, insert, select

from bench.bigdb import add_varied
from certification import producers
from models.certificates import CertificateProduct
from models.db import unit_of_work
from models.producers import Product
from tests.factories import TODAY, Office, certified, make_office

CERTIFICATES = 240
CHECKS = 3000


def reported_office(engine: Engine, today: date = TODAY) -> Office:
    o = make_office(engine)
    with unit_of_work(o.factory) as s:
        producers.add_category(s, o.admin, "felt", "Кийиз буюмдар", "Войлочные изделия", "Felt")
        producers.add_category(
            s, o.admin, "fruit", "Кургатылган жемиш", "Сухофрукты", "Dried fruit"
        )
    certified(o)
    with unit_of_work(o.factory) as s:
        add_varied(s, CERTIFICATES, CHECKS, today)
        # Two products of one category in one scope: the certificate counts once in it.
        certificate_id, category_id = s.execute(
            select(CertificateProduct.certificate_id, Product.category_id)
            .join(Product, CertificateProduct.product_id == Product.id)
            .order_by(CertificateProduct.certificate_id.desc())
            .limit(1)
        ).one()
        covered = select(CertificateProduct.product_id).where(
            CertificateProduct.certificate_id == certificate_id
        )
        twin = s.scalar(
            select(Product.id)
            .where(Product.category_id == category_id, Product.id.not_in(covered))
            .order_by(Product.id)
        )
        s.execute(insert(CertificateProduct).values(certificate_id=certificate_id, product_id=twin))
    return o
