"""The office's own records: first set-up happens once, user accounts are checked, a password
change or an old password hash is handled at sign-in, lots are refused outside their certificate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from certification import certificates, lots, office, users
from certification.core import clock
from certification.core.errors import DomainError
from models import User
from models.db import read_unit, session_factory, unit_of_work
from models.enums import Role
from tests.factories import Office, certified, make_office

TODAY = clock.today()


def refused(o: Office, code: str, call: Callable[[Session], object]) -> DomainError:
    with pytest.raises(DomainError) as caught, unit_of_work(o.factory) as s:
        call(s)
    assert caught.value.code == code
    return caught.value


def test_the_office_is_set_up_once_with_a_known_region_and_a_kyrgyz_name(
    any_engine: Engine,
) -> None:
    factory = session_factory(any_engine)
    asked = {
        "region_code": "KG-Z",
        "code": "T1",
        "name_ky": "Талас облустук бренд-комитети",
        "name_ru": "",
        "name_en": "",
        "admin_username": "admin",
        "admin_full_name": "Админ",
        "admin_password": "secret",
    }
    for changes, code in [
        ({}, "region.unknown"),
        ({"region_code": "KG-T", "name_ky": " "}, "field.required"),
    ]:
        with pytest.raises(DomainError) as caught, unit_of_work(factory) as s:
            office.set_up(s, **{**asked, **changes})  # type: ignore[arg-type]
        assert caught.value.code == code
    with unit_of_work(factory) as s:
        assert not office.is_set_up(s)
        with pytest.raises(DomainError) as caught:
            office.own_committee(s)
        assert caught.value.code == "committee.not_set_up"
        office.set_up(s, **{**asked, "region_code": "KG-T"})  # type: ignore[arg-type]
    with pytest.raises(DomainError) as caught, unit_of_work(factory) as s:
        office.set_up(s, **{**asked, "region_code": "KG-T", "code": "T2"})  # type: ignore[arg-type]
    assert caught.value.code == "committee.already_set_up"
    with read_unit(factory) as s:
        assert office.own_committee(s).code == "T1"
        assert [u.username for u in users.list_users(s)] == ["admin"]


def test_user_accounts_are_checked_before_they_are_made(any_engine: Engine) -> None:
    o = make_office(any_engine)
    for username, full_name, password, roles, code in [
        ("", "Бакыт", "secret", [Role.CLERK], "user.bad_username"),
        ("bakyt uulu", "Бакыт", "secret", [Role.CLERK], "user.bad_username"),
        ("b" * 65, "Бакыт", "secret", [Role.CLERK], "user.bad_username"),
        ("bakyt", "  ", "secret", [Role.CLERK], "field.required"),
        ("bakyt", "Бакыт", "abc", [Role.CLERK], "user.password_too_short"),
        ("clerk", "Бакыт", "secret", [Role.CLERK], "user.exists"),
        ("bakyt", "Бакыт", "secret", [], "user.no_roles"),
    ]:
        with pytest.raises(DomainError) as caught, unit_of_work(o.factory) as s:
            users.create_user(s, "admin", username, full_name, password, roles)
        assert caught.value.code == code, username
    refused(o, "user.not_found", lambda s: users.get_user(s, "bakyt"))
    with read_unit(o.factory) as s:
        assert "bakyt" not in {u.username for u in users.list_users(s)}


def test_a_new_password_replaces_the_old_and_clears_the_failures(any_engine: Engine) -> None:
    o = make_office(any_engine)
    with unit_of_work(o.factory) as s:
        assert users.login(s, "clerk", "wrong").user is None
    refused(o, "user.password_too_short", lambda s: users.set_password(s, "admin", "clerk", "abc"))
    refused(o, "user.not_found", lambda s: users.set_password(s, "admin", "nobody", "secret2"))
    with unit_of_work(o.factory) as s:
        assert users.failed_logins(s, "clerk") == 1
        users.set_password(s, "admin", "clerk", "жаңы сыр")
        assert users.failed_logins(s, "clerk") == 0
    with unit_of_work(o.factory) as s:
        assert users.login(s, "clerk", "secret").user is None
        assert users.login(s, "clerk", "жаңы сыр").user is not None


def test_a_password_hashed_with_weaker_settings_is_rehashed_at_sign_in(
    any_engine: Engine,
) -> None:
    o = make_office(any_engine)
    old = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("secret")
    with unit_of_work(o.factory) as s:
        s.scalars(select(User).where(User.username == "clerk")).one().password_hash = old
    with unit_of_work(o.factory) as s:
        assert users.login(s, "clerk", "secret").user is not None
    with unit_of_work(o.factory) as s:
        stored = s.scalars(select(User.password_hash).where(User.username == "clerk")).one()
        assert stored != old and "m=1024" not in stored
        assert users.login(s, "clerk", "secret").user is not None


def test_a_lot_is_refused_outside_its_certificate(any_engine: Engine) -> None:
    o = make_office(any_engine)
    number, product = certified(o)
    _other, stranger = certified(o, "«Башка топ»")
    with read_unit(o.factory) as s:
        issued = certificates.get_certificate(s, number).issued_on

    def report(
        product_id: int, produced: object, quantity: str = "120"
    ) -> Callable[[Session], object]:
        return lambda s: lots.report_lot(
            s,
            o.clerk,
            number,
            product_id,
            "2611-001",
            produced,
            TODAY + timedelta(days=300),
            quantity,
            "pcs",
        )

    refused(o, "lot.product_not_in_scope", report(stranger, TODAY))
    refused(o, "lot.product_not_in_scope", report(10_000, TODAY))
    refused(o, "field.not_a_number", report(product, TODAY, "жүз"))
    refused(o, "lot.produced_in_future", report(product, TODAY + timedelta(days=1)))
    error = refused(
        o, "lot.produced_before_certificate", report(product, issued - timedelta(days=1))
    )
    assert error.fields["field"] == "produced_on"
    with read_unit(o.factory) as s:
        assert lots.lots_of(s, number) == []
