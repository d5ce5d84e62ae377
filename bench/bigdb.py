"""A large register for benchmarks: the demo office plus 100,000 certificates and 1,000,000 checks.

Rows are bulk-inserted (not through the services, which would take an hour) but obey the schema:
every certificate has a producer, a product in scope, a standard version, an inspection and a
decision. The file is cached: `python -m bench.bigdb [PATH]` builds it once.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from certification import demo
from certification.codes.checks import recount_check_days
from certification.core import clock
from models import (
    Certificate,
    CertificateProduct,
    Decision,
    Inspection,
    Producer,
    Product,
    ProductCategory,
    Region,
    StandardVersion,
    fold,
)
from models.codes import CodeCheck
from models.db import make_engine, session_factory, unit_of_work, upgrade
from models.enums import CertificateStatus, InspectionKind, InspectionStatus, ProducerKind

# BELGI_BENCH_DIR keeps a run's registers apart from another's on a shared machine.
FOLDER = Path(os.environ.get("BELGI_BENCH_DIR", "/tmp"))
DEFAULT = FOLDER / "belgi-bench-100k.sqlite3"
VARIED = FOLDER / "belgi-bench-reports.sqlite3"
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
        recount_check_days(s)  # the daily sums the reports read, as logging keeps them
    engine.dispose()
    partial.rename(path)
    return path


MARKETS = ["Ош базары", "Дордой", "Аламүдүн базары", "ЦУМ", "Globus", "Народный", "Аэропорт Манас"]
# (outcome, weight): most labels checked are genuine; a few forgeries and unreadable codes.
OUTCOMES = [
    ("genuine_valid", 850),
    ("genuine_expired", 30),
    ("genuine_suspended", 20),
    ("genuine_withdrawn", 10),
    ("forged", 30),
    ("unknown_key", 20),
    ("malformed", 20),
    ("no_code", 20),
]
STATES = [
    (CertificateStatus.ACTIVE, 80),
    (CertificateStatus.SUSPENDED, 8),
    (CertificateStatus.WITHDRAWN, 7),
    (CertificateStatus.SUPERSEDED, 5),
]


def _weighted(rng: random.Random, choices: list[tuple[object, int]], k: int) -> list[object]:
    return rng.choices([c for c, _ in choices], [w for _, w in choices], k=k)


def add_varied(s: Session, certificates: int, checks: int, today: date, seed: int = 11) -> None:
    """Certificates, inspections, producers and checks spread over states, regions, categories,
    outcomes, places and twelve years up to `today`, so every figure of the reports has rows
    under each of its keys. Needs an office with a granted certificate (for its standard,
    inspection and decision), and works the same on SQLite and PostgreSQL (ids are generated)."""
    rng = random.Random(seed)
    decision = s.scalars(select(Decision).order_by(Decision.id).limit(1)).one()
    inspection = s.get(Inspection, decision.inspection_id)
    assert inspection is not None
    committee_id = s.scalar(select(Certificate.committee_id).limit(1))
    regions = list(s.scalars(select(Region.code).order_by(Region.code)))
    categories = list(s.scalars(select(ProductCategory.id).order_by(ProductCategory.id)))
    now = datetime.now(UTC)
    first = today - timedelta(days=12 * 365)
    n_producers = max(1, certificates // 4)
    producer_rows = []
    for i in range(n_producers):
        group = rng.random() < 0.7
        members = rng.randint(3, 40) if group else 1
        name = f"{rng.choice(VILLAGES)} {rng.choice(KINDS)} {rng.choice(GROUPS)} R{i}"
        producer_rows.append(
            {
                "kind": ProducerKind.GROUP if group else ProducerKind.INDIVIDUAL,
                "name": name,
                "name_search": fold(name),
                "region_code": rng.choice(regions),
                "village": rng.choice(VILLAGES),
                "members": members,
                "women": rng.randint(0, members),
                "youth": rng.randint(0, members),
                "created_at": now,
                "updated_at": now,
            }
        )
    producer_ids = s.scalars(
        insert(Producer).returning(Producer.id, sort_by_parameter_order=True), producer_rows
    ).all()
    owners = [producer_ids[i % n_producers] for i in range(certificates)]
    product_rows = [
        {
            "producer_id": owners[i],
            "category_id": rng.choice(categories),
            "name": (kind := rng.choice(KINDS).capitalize()),
            "name_search": fold(kind),
            "created_at": now,
        }
        for i in range(certificates)
    ]
    product_ids = s.scalars(
        insert(Product).returning(Product.id, sort_by_parameter_order=True), product_rows
    ).all()
    s.execute(
        insert(Inspection),
        [
            {
                "product_id": product_ids[i % certificates],
                "version_id": inspection.version_id,
                "inspector_id": inspection.inspector_id,
                "kind": rng.choice(
                    [InspectionKind.INITIAL] * 7
                    + [InspectionKind.SURVEILLANCE] * 2
                    + [InspectionKind.RENEWAL]
                ),
                "status": rng.choice(
                    [InspectionStatus.SUBMITTED, InspectionStatus.DECIDED]
                    + [InspectionStatus.DRAFT] * (i % 17 == 0)
                ),
                "inspected_on": first + timedelta(days=rng.randint(0, 12 * 365)),
                "passed": rng.random() < 0.8,
                "created_at": now,
            }
            for i in range(certificates + certificates // 5)
        ],
    )
    states = _weighted(rng, STATES, certificates)  # type: ignore[arg-type]
    rows = []
    for i in range(certificates):
        issued = first + timedelta(days=rng.randint(0, 12 * 365))
        number = f"R-{issued.year}-{i + 1:06d}"
        rows.append(
            {
                "number": number,
                "number_search": fold(number),
                "search_text": "",
                "committee_id": committee_id,
                "year": issued.year,
                "sequence": 500_000 + i,
                "producer_id": owners[i],
                "version_id": inspection.version_id,
                "inspection_id": decision.inspection_id,
                "decision_id": decision.id,
                "status": states[i],
                "issued_on": issued,
                "valid_until": issued + timedelta(days=3 * 365),
                "next_surveillance_on": (
                    None if i % 9 == 0 else today + timedelta(days=rng.randint(-60, 330))
                ),
                "created_at": now,
            }
        )
    certificate_ids = s.scalars(
        insert(Certificate).returning(Certificate.id, sort_by_parameter_order=True), rows
    ).all()
    scope = [
        {"certificate_id": certificate_ids[i], "product_id": product_ids[i]}
        for i in range(certificates)
    ]
    # Every tenth certificate also covers the next one's product (often of another category).
    scope += [
        {"certificate_id": certificate_ids[i], "product_id": product_ids[i + 1]}
        for i in range(0, certificates - 1, 10)
    ]
    s.execute(insert(CertificateProduct), scope)
    places = VILLAGES + MARKETS + [""]
    span = int((today - first).days * 24 * 60)
    end = datetime.combine(today, datetime.max.time(), UTC) - timedelta(hours=6)
    for start in range(0, checks, 100_000):
        batch = min(checks, start + 100_000) - start
        outcomes = _weighted(rng, OUTCOMES, batch)  # type: ignore[arg-type]
        s.execute(
            insert(CodeCheck),
            [
                {
                    "at": end - timedelta(minutes=rng.randint(0, span)),
                    "place": (place := rng.choice(places)),
                    "place_key": fold(place),
                    "input_kind": "text",
                    "outcome": outcome,
                    "reason": "",
                    "flags": (
                        "possibly_cloned"
                        if str(outcome).startswith("genuine_") and rng.random() < 0.02
                        else ""
                    ),
                    "text": "",
                    "certificate_id": (
                        certificate_ids[n % certificates]
                        if str(outcome).startswith("genuine_")
                        else None
                    ),
                }
                for n, outcome in enumerate(outcomes, start)
            ],
        )
    recount_check_days(s)  # the daily sums the reports read, as logging keeps them


def build_varied(path: Path = VARIED, certificates: int = 100_000, checks: int = 1_000_000) -> Path:
    """The demo office plus a varied register of that size, for the reports (cached)."""
    if path.exists():
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)  # a file built before a new migration gets it, as an office's would
        engine.dispose()
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{partial}")
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        demo.build(s)
    with unit_of_work(factory) as s:
        add_varied(s, certificates, checks, clock.today())
    engine.dispose()
    partial.rename(path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    started = time.perf_counter()
    build(target)
    print(f"{target}: built in {time.perf_counter() - started:.1f} s")
