"""A signing key's life has one order — made, retired, perhaps reported compromised — and a list
received from another office is refused when anything in it does not add up."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from certification.codes import keys, lists
from certification.core.errors import DomainError
from models import Committee, ImportedList
from models.db import read_unit, session_factory, unit_of_work
from tests.codes import factories
from tests.codes.test_lists import _error, _export, _import, naryn  # noqa: F401 - a fixture


def refused(factory: sessionmaker[Session], code: str, call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught, unit_of_work(factory) as s:
        call(s)
    assert caught.value.code == code


def test_a_key_is_retired_within_its_period_and_reported_compromised_once(
    any_engine: Engine,
) -> None:
    factory = session_factory(any_engine)
    refused(
        factory,
        "committee.own_missing",
        lambda s: keys.generate_signing_key(s, "бал-2026", "admin", cost=factories.CHEAP),
    )
    with unit_of_work(factory) as s:
        factories.own_committee(s)
        key = keys.generate_signing_key(
            s, "бал-2026", "admin", valid_from=date(2026, 3, 1), cost=factories.CHEAP
        )
    refused(
        factory,
        "codes.key_not_found",
        lambda s: keys.retire_signing_key(s, key.key_id + 1, "admin", date(2026, 4, 1)),
    )
    refused(
        factory,
        "codes.retire_before_start",
        lambda s: keys.retire_signing_key(s, key.key_id, "admin", date(2026, 2, 28)),
    )
    with unit_of_work(factory) as s:
        keys.report_compromise(s, key.key_id, date(2026, 5, 1), "admin", "ноутбук уурдалды")
    refused(
        factory,
        "codes.key_already_compromised",
        lambda s: keys.report_compromise(s, key.key_id, date(2026, 6, 1), "admin"),
    )
    with unit_of_work(factory) as s:  # found out it started earlier: the earlier day stands
        keys.report_compromise(s, key.key_id, date(2026, 4, 10), "admin")
    with read_unit(factory) as s:
        (kept,) = keys.signing_keys(s)
        assert kept.compromised_on == date(2026, 4, 10)


@pytest.fixture
def office(any_engine: Engine) -> sessionmaker[Session]:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        factories.own_committee(s)
    return factory


def _changed(content: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    envelope = json.loads(content)
    change(envelope["body"])
    return json.dumps(envelope).encode()


def test_a_received_list_that_does_not_add_up_changes_nothing(
    office: sessionmaker[Session],
    naryn: sessionmaker[Session],  # noqa: F811 - the fixture of tests/codes/test_lists.py
) -> None:
    trust = _export(naryn, "trust")
    assert _error(office, b" " * (lists.MAX_LIST_BYTES + 1)).code == "codes.list_too_large"
    odd_kind = _changed(trust, lambda body: body.update(kind="price_list"))
    assert _error(office, odd_kind).code == "codes.list_unknown_format"
    no_issuer = _changed(trust, lambda body: body.pop("issuer"))
    assert _error(office, no_issuer).code == "codes.list_unreadable"
    nowhere = _changed(trust, lambda body: body["issuer"].update(region="KG-X"))
    assert _error(office, nowhere).code == "codes.list_unknown_region"
    with office() as s:
        assert s.scalars(select(Committee.code)).all() == ["Y1"]
    fingerprint = _error(office, trust).fields["fingerprint"]
    _import(office, trust, fingerprint)
    moved = _changed(_export(naryn, "status"), lambda body: body["issuer"].update(region="KG-T"))
    assert _error(office, moved).code == "codes.list_region_changed"
    forged = _changed(_export(naryn, "status"), lambda body: body.update(entries=[]))
    assert _error(office, forged).code == "codes.list_bad_signature"
    with office() as s:
        assert [i.kind for i in s.scalars(select(ImportedList))] == ["trust"]
