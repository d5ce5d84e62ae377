"""The committee's people and keys as an administrator keeps them, on SQLite and PostgreSQL: users
added, their roles changed, deactivated and reactivated, passwords reset or changed, always one
active administrator; keys generated, rotated, retired and reported, lists exported and taken in;
each refusal writes nothing."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from certification import users
from certification.codes import keyring, keys, lists
from certification.core import clock
from certification.core.errors import DomainError, Forbidden, InvalidInput, NotFound, RuleViolation
from models import AuditEntry, User
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from models.enums import Role
from tests.codes import factories as code_factories
from tests.factories import Office, make_office


@pytest.fixture
def office(any_engine: Engine) -> Office:
    upgrade(any_engine)
    return make_office(any_engine)


def _audit_length(factory: sessionmaker[Session]) -> int:
    with read_unit(factory) as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _refused(factory: sessionmaker[Session], work: object) -> DomainError:
    """Run `work(session)` expecting a refusal, and check that nothing was written."""
    before = _audit_length(factory)
    with pytest.raises(DomainError) as error, unit_of_work(factory) as s:
        work(s)  # type: ignore[operator]
    assert _audit_length(factory) == before
    return error.value


def _user(factory: sessionmaker[Session], name: str) -> users.UserInfo:
    with read_unit(factory) as s:
        return users.get_user(s, name)


def test_an_administrator_adds_a_user_who_can_sign_in(office: Office) -> None:
    with unit_of_work(office.factory) as s:
        made = users.add_user(s, office.admin, "aigul", "Айгүл Осмонова", "tuz-tuz", [Role.CLERK])
    assert made.roles == {Role.CLERK} and made.active
    with unit_of_work(office.factory) as s:
        assert users.login(s, "aigul", "tuz-tuz").accepted().username == "aigul"
    with read_unit(office.factory) as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.action == "user.created" and entry.username == "admin"


REFUSED = {
    "add": lambda s, o: users.add_user(s, o.clerk, "x", "X", "secret", [Role.CLERK]),
    "roles": lambda s, o: users.set_roles(s, o.chair, "clerk", [Role.ADMIN]),
    "deactivate": lambda s, o: users.deactivate(s, o.inspector, "clerk"),
    "reactivate": lambda s, o: users.reactivate(s, o.clerk, "m1"),
    "reset": lambda s, o: users.reset_password(s, o.clerk, "admin", "mine-now"),
    "generate": lambda s, o: keyring.generate(s, o.clerk, "a passphrase"),
    "retire": lambda s, o: keyring.retire(s, o.chair, 1),
    "compromise": lambda s, o: keyring.report_compromise(s, o.clerk, 1, clock.today()),
    "export": lambda s, o: keyring.export_lists(s, o.inspector, "x", "."),
    "import": lambda s, o: keyring.import_list(s, o.clerk, b"{}"),
}


def test_who_lacks_the_role_is_refused_and_nothing_changes(office: Office) -> None:
    for name, work in REFUSED.items():
        error = _refused(office.factory, lambda s, w=work: w(s, office))
        assert isinstance(error, Forbidden) and error.code == "auth.role_required", name


def test_roles_change_and_the_last_administrator_keeps_the_role(office: Office) -> None:
    with unit_of_work(office.factory) as s:
        changed = users.set_roles(s, office.admin, "clerk", [Role.CLERK, Role.INSPECTOR])
    assert changed.roles == {Role.CLERK, Role.INSPECTOR}
    error = _refused(office.factory, lambda s: users.set_roles(s, office.admin, "admin", []))
    assert error.code == "user.no_roles"
    error = _refused(
        office.factory, lambda s: users.set_roles(s, office.admin, "admin", [Role.CHAIR])
    )
    assert error.code == "user.last_admin"
    assert _user(office.factory, "admin").roles == {Role.ADMIN}
    # With a second administrator, the first may step down.
    with unit_of_work(office.factory) as s:
        users.set_roles(s, office.admin, "chair", [Role.ADMIN, Role.CHAIR])
        assert users.sole_administrator(s) is None
        users.set_roles(s, office.admin, "admin", [Role.MEMBER])
        assert users.sole_administrator(s) == "chair"


def test_deactivated_users_cannot_sign_in_and_stay_in_the_record(office: Office) -> None:
    with unit_of_work(office.factory) as s:
        done = users.deactivate(s, office.admin, "inspector")
    assert not done.active
    with unit_of_work(office.factory) as s:
        assert users.login(s, "inspector", "secret").user is None
        assert "inspector" in [u.username for u in users.list_users(s)]
    error = _refused(office.factory, lambda s: users.deactivate(s, office.admin, "inspector"))
    assert error.code == "user.already_inactive"
    with unit_of_work(office.factory) as s:
        assert users.reactivate(s, office.admin, "inspector").active
        assert users.login(s, "inspector", "secret").user is not None
    error = _refused(office.factory, lambda s: users.reactivate(s, office.admin, "inspector"))
    assert error.code == "user.already_active"


def test_the_only_active_administrator_cannot_be_deactivated(office: Office) -> None:
    error = _refused(office.factory, lambda s: users.deactivate(s, office.admin, "admin"))
    assert isinstance(error, RuleViolation) and error.code == "user.last_admin"
    with unit_of_work(office.factory) as s:
        users.set_roles(s, office.admin, "m1", [Role.ADMIN])
        users.deactivate(s, office.admin, "m1")
    # A deactivated administrator does not count: admin is still the only one.
    error = _refused(office.factory, lambda s: users.deactivate(s, office.admin, "admin"))
    assert error.code == "user.last_admin"


def test_passwords_reset_by_an_administrator_or_changed_by_their_owner(office: Office) -> None:
    with unit_of_work(office.factory) as s:
        users.reset_password(s, office.admin, "clerk", "new-clerk")
    with unit_of_work(office.factory) as s:
        assert users.login(s, "clerk", "new-clerk").user is not None
    clerk = _user(office.factory, "clerk")
    error = _refused(
        office.factory, lambda s: users.change_own_password(s, clerk, "secret", "mine")
    )
    assert error.code == "user.wrong_current_password" and error.fields["field"] == "current"
    error = _refused(
        office.factory, lambda s: users.change_own_password(s, clerk, "new-clerk", "ab")
    )
    assert error.code == "user.password_too_short"
    with unit_of_work(office.factory) as s:
        users.change_own_password(s, clerk, "new-clerk", "only-mine")
    with unit_of_work(office.factory) as s:
        assert users.login(s, "clerk", "only-mine").user is not None
    error = _refused(
        office.factory, lambda s: users.reset_password(s, office.admin, "nobody", "whatever")
    )
    assert isinstance(error, NotFound)


def test_keys_generated_rotated_retired_and_reported(office: Office) -> None:
    today = clock.today()
    error = _refused(office.factory, lambda s: keyring.generate(s, office.admin, "abc"))
    assert error.code == "codes.passphrase_too_short"
    with unit_of_work(office.factory) as s:
        first = keyring.generate(s, office.admin, "first key phrase")
        assert keyring.key_state(first, today) == keyring.SIGNING
    with unit_of_work(office.factory) as s:
        second = keyring.generate(s, office.admin, "second key phrase")  # a rotation
        states = {k.key_id: keyring.key_state(k, today) for k in keys.signing_keys(s)}
    assert states == {first.key_id: keyring.RETIRED, second.key_id: keyring.SIGNING}
    error = _refused(
        office.factory,
        lambda s: keyring.report_compromise(
            s, office.admin, second.key_id, today + timedelta(days=1)
        ),
    )
    assert error.code == "codes.compromise_in_future"
    with unit_of_work(office.factory) as s:
        reported = keyring.report_compromise(
            s, office.admin, first.key_id, today - timedelta(days=3), "laptop stolen"
        )
    assert keyring.key_state(reported, today) == keyring.COMPROMISED
    with unit_of_work(office.factory) as s:
        retired = keyring.retire(s, office.admin, second.key_id)
    assert keyring.key_state(retired, today) == keyring.RETIRED
    error = _refused(office.factory, lambda s: keyring.retire(s, office.admin, second.key_id))
    assert error.code == "codes.key_already_retired"


def test_key_ids_are_read_as_shown() -> None:
    assert keyring.parse_key_id(" 0a1b2c3d ") == 0x0A1B2C3D
    for bad in ("", "0A1B2C3", "0A1B2C3DE", "0A1B2C3G"):
        with pytest.raises(InvalidInput) as error:
            keyring.parse_key_id(bad)
        assert error.value.code == "codes.bad_key_id"


def test_passphrase_strength_grows_with_length_and_variety() -> None:
    levels = [
        keyring.passphrase_strength(text).level
        for text in ("", "aaaa", "password", "abcdefgh", "Tuz7!kol", "бал жана сүт 2026-жылы")
    ]
    assert levels[:4] == [keyring.WEAK] * 4
    assert (
        keyring.passphrase_strength("Tuz7!kol").bits > keyring.passphrase_strength("tuzkolxx").bits
    )
    assert levels[5] in (keyring.GOOD, keyring.STRONG)
    assert keyring.passphrase_strength("Ысык-Көл Нарын Талас Чүй 2026").level == keyring.STRONG


def test_lists_exported_both_or_neither_and_taken_in_by_another_office(
    office: Office, tmp_path: Path
) -> None:
    with unit_of_work(office.factory) as s:
        key = keyring.generate(s, office.admin, "naryn phrase")
    out = tmp_path / "out"
    out.mkdir()
    error = _refused(
        office.factory, lambda s: keyring.export_lists(s, office.clerk, "wrong", str(out))
    )
    assert error.code == "codes.wrong_passphrase"
    error = _refused(
        office.factory,
        lambda s: keyring.export_lists(s, office.clerk, "naryn phrase", str(tmp_path / "no")),
    )
    assert error.code == "lists.folder_missing"
    with unit_of_work(office.factory) as s:
        done = keyring.export_lists(s, office.clerk, "naryn phrase", str(out))
    assert sorted(p.name for p in out.iterdir()) == [
        "N1-audit.checkpoint.json",  # the audit chain as signed with the lists
        "N1-status-list.json",
        "N1-trust-list.json",
    ]
    trust = json.loads(done.trust_list.read_text())
    assert trust["body"]["sequence"] == 1 and trust["signer"] == key.key_id_text

    # Another office (Issyk-Kul) takes Naryn's lists in.
    other_engine = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    upgrade(other_engine)
    other = session_factory(other_engine)
    with unit_of_work(other) as s:
        code_factories.own_committee(s, "Y1", "KG-Y")
        s.add(User(username="boss", full_name="Boss", password_hash="x", roles=[]))
    boss = users.UserInfo(1, "boss", "Boss", frozenset({Role.ADMIN}), True)
    content = keyring.read_list_file(done.trust_list)
    error = _refused(other, lambda s: keyring.import_list(s, boss, content))
    assert error.code == "codes.list_confirm_fingerprint"
    assert error.fields["fingerprint"] == key.fingerprint
    with unit_of_work(other) as s:
        taken = keyring.import_list(s, boss, content, key.fingerprint)
    assert (taken.kind, taken.issuer, taken.sequence, taken.keys) == ("trust", "N1", 1, 1)
    error = _refused(other, lambda s: keyring.import_list(s, boss, content, key.fingerprint))
    assert error.code == "codes.list_not_newer"
    with unit_of_work(other) as s:
        status = keyring.import_list(s, boss, keyring.read_list_file(done.status_list))
    assert status.kind == "status" and status.next_update is not None
    with read_unit(other) as s:
        received = keyring.received_lists(s)
    assert [(r.kind, r.committee, r.sequence, r.newest) for r in received] == [
        ("status", "N1", 1, True),
        ("trust", "N1", 1, True),
    ]
    now = clock.now()
    assert received[0].age(now) < timedelta(minutes=5) and not received[0].stale(now)
    assert received[0].stale(now + timedelta(days=8))
    assert received[1].trusted_keys == 1 and received[1].signer == key.key_id_text
    other_engine.dispose()


def test_received_list_files_are_checked_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as error:
        keyring.read_list_file(tmp_path / "missing.json")
    assert error.value.code == "lists.file_missing"
    big = tmp_path / "big.json"
    with big.open("wb") as out:
        out.truncate(lists.MAX_LIST_BYTES + 1)
    with pytest.raises(InvalidInput) as error:
        keyring.read_list_file(big)
    assert error.value.code == "file.too_large"


def test_a_failed_write_leaves_neither_list(tmp_path: Path) -> None:
    folder = tmp_path / "lists"
    folder.mkdir()
    target = folder / "b.json"
    target.mkdir()  # a folder where the second file should go: its rename fails
    with pytest.raises(InvalidInput) as error:
        keyring._write_both([(folder / "a.json", b"a"), (target, b"b")])
    assert error.value.code == "lists.write_failed"
    assert sorted(p.name for p in folder.iterdir()) == ["b.json"]
