"""An office with a certificate, a lot of honey jars and an unlocked-able signing key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine

from certification import lots
from certification.codes import keys
from certification.core import clock
from certification.lots import LotInfo
from models.db import unit_of_work
from tests.codes.factories import CHEAP
from tests.factories import Office, certified, make_office

PASSPHRASE = "бал-2026"


@dataclass(frozen=True)
class Labelled:
    office: Office
    certificate: str
    lot: LotInfo


def labelled_office(engine: Engine, quantity: int = 500, unit: str = "pcs") -> Labelled:
    o = make_office(engine)
    number, product_id = certified(o)
    with unit_of_work(o.factory) as s:
        keys.generate_signing_key(s, PASSPHRASE, "admin", cost=CHEAP)
        lot = lots.report_lot(
            s,
            o.clerk,
            number,
            product_id,
            "2611-017",
            clock.today(),
            clock.today() + timedelta(days=365),
            str(quantity),
            unit,
        )
    return Labelled(o, number, lot)
