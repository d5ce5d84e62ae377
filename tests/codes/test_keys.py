"""Signing keys: wrapped with a passphrase, unlocked for printing, retired, compromised."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from certification.codes import keys
from certification.codes.keywrap import WrongPassphrase, unwrap, wrap
from certification.core import audit
from certification.core.errors import Forbidden, InvalidInput, RuleViolation
from models import SigningKey
from models.db import read_unit, session_factory, unit_of_work
from tests.codes.factories import CHEAP, own_committee


def test_wrapped_key_opens_only_with_its_passphrase_and_public_key() -> None:
    wrapped = wrap(b"s" * 32, "тоо-бал 2026", b"public", CHEAP)
    assert unwrap(wrapped, "тоо-бал 2026", b"public") == b"s" * 32
    assert "ssss" not in wrapped and json.loads(wrapped)["kdf"] == "argon2id"
    for passphrase, context in [("тоо-бал 2025", b"public"), ("тоо-бал 2026", b"other")]:
        with pytest.raises(WrongPassphrase):
            unwrap(wrapped, passphrase, context)
    tampered = json.loads(wrapped)
    tampered["t"] = 2
    with pytest.raises(WrongPassphrase):
        unwrap(json.dumps(tampered), "тоо-бал 2026", b"public")


def test_default_cost_is_argon2id_with_64_mib() -> None:
    data = json.loads(wrap(b"x" * 32, "demo", b""))
    assert (data["t"], data["m"], data["p"]) == (3, 65536, 1)


PASSPHRASE = "kara-too-baly-jana-kiyiz-2026"


def test_generate_unlock_sign(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        own_committee(s)
        info = keys.generate_signing_key(
            s, PASSPHRASE, "admin", valid_from=date(2026, 1, 1), cost=CHEAP
        )
    assert info.own and info.region == "KG-Y" and len(info.fingerprint) == 39
    with read_unit(factory) as s:
        stored = s.scalars(select(SigningKey)).one()
        # A long passphrase, so a chance match inside the random base64 cannot happen.
        assert PASSPHRASE.encode() not in stored.wrapped_private_key.encode()
        signer = keys.unlock_signing_key(s, PASSPHRASE, on=date(2026, 5, 1))
        assert signer.key_id == info.key_id
        with pytest.raises(Forbidden) as wrong:
            keys.unlock_signing_key(s, PASSPHRASE.upper(), on=date(2026, 5, 1))
        assert wrong.value.code == "codes.wrong_passphrase"
        assert audit.verify(s).ok


def test_short_passphrase_is_refused_and_nothing_written(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        own_committee(s)
    with pytest.raises(InvalidInput) as error, unit_of_work(factory) as s:
        keys.generate_signing_key(s, "abc", "admin", cost=CHEAP)
    assert error.value.code == "codes.passphrase_too_short"
    with Session(any_engine) as s:
        assert s.scalars(select(SigningKey)).all() == []


def test_new_key_retires_the_old_one_and_old_labels_stay_in_period(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        own_committee(s)
        first = keys.generate_signing_key(s, "demo", "a", valid_from=date(2025, 1, 1), cost=CHEAP)
        second = keys.generate_signing_key(s, "demo", "a", valid_from=date(2026, 2, 1), cost=CHEAP)
    with unit_of_work(factory) as s:
        table = keys.trust_table(s)
        old = table[first.key_id][0]
        assert (old.valid_from, old.valid_until) == (date(2025, 1, 1), date(2026, 2, 1))
        assert keys.unlock_signing_key(s, "demo", on=date(2026, 3, 1)).key_id == second.key_id
        with pytest.raises(RuleViolation):
            keys.unlock_signing_key(s, "demo", first.key_id, on=date(2026, 3, 1))


def test_a_register_without_keys_is_told_to_create_one(any_engine: Engine) -> None:
    with unit_of_work(session_factory(any_engine)) as s:
        own_committee(s)
        with pytest.raises(RuleViolation) as error:
            keys.unlock_signing_key(s, "demo")
        assert error.value.code == "codes.no_signing_key"


def test_compromised_key_cannot_sign(any_engine: Engine) -> None:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        own_committee(s)
        info = keys.generate_signing_key(s, "demo", "a", valid_from=date(2026, 1, 1), cost=CHEAP)
        keys.report_compromise(s, info.key_id, date(2026, 4, 1), "admin", "laptop stolen")
    with unit_of_work(factory) as s:
        assert keys.trust_table(s)[info.key_id][0].compromised_on == date(2026, 4, 1)
        with pytest.raises(RuleViolation) as error:
            keys.unlock_signing_key(s, "demo", on=date(2026, 4, 2))
        assert error.value.code == "codes.no_key_in_force"
        keys.unlock_signing_key(s, "demo", info.key_id, on=date(2026, 3, 31))
        keys.retire_signing_key(s, info.key_id, "admin", on=date(2026, 3, 31))
        with pytest.raises(RuleViolation):
            keys.retire_signing_key(s, info.key_id, "admin", on=date(2026, 4, 30))
