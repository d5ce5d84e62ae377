"""An office with a varied register for the reports: one certificate granted through the services,
then a few hundred certificates, inspections and producers and a few thousand checks spread over
states, regions, categories, outcomes and places (the benchmark's generator at a small size)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from bench.bigdb import add_varied
from certification import producers
from models.db import unit_of_work
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
    return o
