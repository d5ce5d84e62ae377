"""A fragment found through the trigram indexes (migration 0010) finds exactly the rows whose
folded names contain it, as matching row by row did: any case, Kyrgyz letters, several words,
quotes, % and _, fragments shorter than three characters; and the indexes follow renames and
deletions. SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Engine, delete, select, update

from certification import certificates, producers
from certification.certificate_register import RegisterFilter, register_count, register_rows
from models import Certificate, Producer, Product, fold
from models.db import read_unit, session_factory, unit_of_work
from models.enums import ProducerKind
from tests.codes import factories

NAMES = [
    "«Кочкор шырдак» аялдар тобу",
    "ШЫРДАКЧЫ Үмүт",
    "Өзгөн курут 50% майлуу",
    "a_b кооперативи",
    'Чарба "Береке"',
    "Ак-Суу асалчылары",
]
PRODUCTS = ["Шырдак", "Курут өзгөн", "Бал 50%", "Кыям a_b", 'Самын "Ак"', "Өрүк"]
QUERIES = [
    "ШЫРДАК",
    "шыр",
    "өзгөн курут",
    "ба",
    "ң",
    "50%",
    "a_b",
    '"береке"',
    "  кочкор   ШЫРДАК ",
    "жок нерсе",
]


def registered(engine: Engine) -> None:
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        factories.certificate(s)
        category_id = s.scalar(select(Product.category_id).limit(1))
        for name, product in zip(NAMES, PRODUCTS, strict=True):
            producer = Producer(
                kind=ProducerKind.GROUP, name=name, name_search=fold(name), region_code="KG-Y"
            )
            s.add(producer)
            s.flush()
            s.add(
                Product(
                    producer_id=producer.id,
                    category_id=category_id,
                    name=product,
                    name_search=fold(product),
                )
            )
        # The certificate's folded names, changed: the index follows an update.
        s.execute(update(Certificate).values(search_text=fold(" | ".join(NAMES + PRODUCTS))))


def expected_producers(engine: Engine, query: str) -> set[int]:
    key = fold(query)
    with read_unit(session_factory(engine)) as s:
        rows = s.execute(select(Producer.id, Producer.name_search)).all()
        products = s.execute(select(Product.producer_id, Product.name_search)).all()
    return {i for i, name in rows if key in name} | {i for i, name in products if key in name}


def test_fragments_find_what_matching_row_by_row_finds(any_engine: Engine) -> None:
    registered(any_engine)
    factory = session_factory(any_engine)
    with read_unit(factory) as s:
        texts = s.scalars(select(Certificate.search_text)).all()
    for query in QUERIES:
        with read_unit(factory) as s:
            found = {p.id for p in producers.search_producers(s, query, limit=1000)}
            count = certificates.count_certificates(s, query=query)
            shown = register_count(s, RegisterFilter(query))
            rows = register_rows(s, RegisterFilter(query))
        assert found == expected_producers(any_engine, query), query
        want = sum(fold(query) in t for t in texts)
        assert count == shown == len(rows) == want, query


def test_the_indexes_follow_renames_and_deletions(any_engine: Engine) -> None:
    registered(any_engine)
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        producer = s.scalars(select(Producer).where(Producer.name == NAMES[1])).one()
        producer.name, producer.name_search = "Жаңы ат", fold("Жаңы ат")
        s.execute(delete(Product).where(Product.name == "Өрүк"))
    with read_unit(factory) as s:
        assert [p.name for p in producers.search_producers(s, "жаңы")] == ["Жаңы ат"]
        assert [p.name for p in producers.search_producers(s, "шырдакчы")] == []
        assert producers.search_producers(s, "өрүк") == []
    assert expected_producers(any_engine, "өрүк") == set()
