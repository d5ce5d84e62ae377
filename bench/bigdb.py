"""A large register for benchmarks: the demo office plus 100,000 certificates and 1,000,000 checks.

Rows are bulk-inserted (not through the services, which would take an hour) but obey the schema:
every certificate has a producer, a product in scope, a standard version, an inspection and a
decision. The file is cached: `python -m bench.bigdb [PATH]` builds it once.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from certification import demo
from models import (
    Certificate,
    CertificateProduct,
    Decision,
    Producer,
    Product,
    ProductCategory,
    StandardVersion,
    fold,
)
from models.codes import CodeCheck
from models.db import make_engine, session_factory, unit_of_work, upgrade
from models.enums import CertificateStatus, ProducerKind

DEFAULT = Path("/tmp/belgi-bench-100k.sqlite3")
VILLAGES = [
    "Кочкор",
    "Эмгекчил",
    "Ат-Башы",
    "Теплоключенка",
    "Кызыл-Суу",
    "Түп",
    "Бөкөнбаев",
    "Самаркандек",
    "Исфана",
    "Кербен",
    "Арстанбап",
    "Кара-Суу",
    "Гүлчө",
    "Өзгөн",
]
KINDS = ["бал", "шырдак", "ала-кийиз", "кыям", "өрүк", "самын", "чычырканак ширеси", "курут"]
GROUPS = ["аялдар тобу", "өндүрүш тобу", "кооперативи", "үй-бүлөлүк чарба"]


def build(path: Path = DEFAULT, certificates: int = 100_000, checks: int = 1_000_000) -> Path:
    if path.exists():
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)  # a file built before a new migration gets it, as an office's would
        engine.dispose()
        return path
    rng = random.Random(7)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{partial}")
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        demo.build(s)
    with unit_of_work(factory) as s:
        version_id = s.scalar(select(func.min(StandardVersion.id)))
        category_id = s.scalar(select(func.min(ProductCategory.id)))
        decision = s.scalars(select(Decision).limit(1)).one()
        committee_id = s.scalar(select(Certificate.committee_id).limit(1))
        first_producer = (s.scalar(select(func.max(Producer.id))) or 0) + 1
        producers = certificates // 5
        now = datetime.now(UTC)
        names = [
            f"«{rng.choice(VILLAGES)} {rng.choice(KINDS)}» {rng.choice(GROUPS)} №{i}"
            for i in range(producers)
        ]
        products = [rng.choice(KINDS).capitalize() for _ in range(certificates)]
        s.execute(
            insert(Producer),
            [
                {
                    "id": first_producer + i,
                    "kind": ProducerKind.GROUP,
                    "name": names[i],
                    "name_search": fold(names[i]),
                    "region_code": rng.choice(["KG-Y", "KG-N", "KG-B"]),
                    "village": rng.choice(VILLAGES),
                    "members": 10,
                    "women": 6,
                    "youth": 2,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(producers)
            ],
        )
        first_product = (s.scalar(select(func.max(Product.id))) or 0) + 1
        s.execute(
            insert(Product),
            [
                {
                    "id": first_product + i,
                    "producer_id": first_producer + i % producers,
                    "category_id": category_id,
                    "name": products[i],
                    "name_search": fold(products[i]),
                    "created_at": now,
                }
                for i in range(certificates)
            ],
        )
        first_certificate = (s.scalar(select(func.max(Certificate.id))) or 0) + 1
        rows = []
        for i in range(certificates):
            year = 2015 + i * 12 // certificates
            issued = date(year, 1, 1) + timedelta(days=rng.randint(0, 360))
            number = f"KG-Y-{year}-{i + 1:06d}"
            rows.append(
                {
                    "id": first_certificate + i,
                    "number": number,
                    "number_search": fold(number),
                    "search_text": fold(f"{names[i % producers]} | {products[i]}"),
                    "committee_id": committee_id,
                    "year": year,
                    "sequence": 100_000 + i,
                    "producer_id": first_producer + i % producers,
                    "version_id": version_id,
                    "inspection_id": decision.inspection_id,
                    "decision_id": decision.id,
                    "status": rng.choice(
                        [CertificateStatus.ACTIVE] * 8
                        + [CertificateStatus.SUSPENDED, CertificateStatus.WITHDRAWN]
                    ),
                    "issued_on": issued,
                    "valid_until": issued + timedelta(days=3 * 365),
                    "created_at": now,
                }
            )
        s.execute(insert(Certificate), rows)
        s.execute(
            insert(CertificateProduct),
            [
                {"certificate_id": first_certificate + i, "product_id": first_product + i}
                for i in range(certificates)
            ],
        )
        for start in range(0, checks, 100_000):
            s.execute(
                insert(CodeCheck),
                [
                    {
                        "at": now - timedelta(minutes=n),
                        "place": (place := rng.choice(VILLAGES)),
                        "place_key": fold(place),
                        "input_kind": "text",
                        "outcome": "genuine_valid",
                        "reason": "",
                        "flags": "",
                        "text": "",
                        "label_ref": f"{first_certificate + n % certificates}:1:{n}",
                        "certificate_id": first_certificate + n % certificates,
                        "serial": n,
                    }
                    for n in range(start, min(checks, start + 100_000))
                ],
            )
    engine.dispose()
    partial.rename(path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    started = time.perf_counter()
    build(target)
    print(f"{target}: built in {time.perf_counter() - started:.1f} s")
