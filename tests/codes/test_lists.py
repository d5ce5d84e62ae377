"""Trust and status lists travel between two offices as signed files."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from certification.codes import keys, lists
from certification.codes.verification import CertificateState
from certification.core.errors import DomainError, Forbidden, InvalidInput, RuleViolation
from models import Certificate, ImportedList, TrustedKey
from models.db import make_engine, session_factory, unit_of_work, upgrade
from models.enums import CertificateStatus
from tests.codes import factories

NOW = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)


@pytest.fixture
def naryn(tmp_path: Path) -> sessionmaker[Session]:
    """The other office: the Naryn committee with its own key and a suspended certificate."""
    engine = make_engine(f"sqlite:///{tmp_path / 'naryn.sqlite3'}")
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as s:
        factories.own_committee(s, "N1", "KG-N")
        keys.generate_signing_key(
            s, "naryn", "admin", valid_from=date(2026, 1, 1), cost=factories.CHEAP
        )
        reg = factories.certificate(s, sequence=7)
        s.get_one(Certificate, reg.certificate_id).status = CertificateStatus.SUSPENDED
    return factory


def _export(factory: sessionmaker[Session], kind: str, now: datetime = NOW) -> bytes:
    with unit_of_work(factory) as s:
        signer = keys.unlock_signing_key(s, "naryn", on=date(2026, 5, 1))
        if kind == "trust":
            return lists.export_trust_list(s, signer, "admin", now)
        return lists.export_status_list(s, signer, "admin", timedelta(days=7), now)


def _import(
    factory: sessionmaker[Session], content: bytes, fingerprint: str | None = None
) -> lists.ImportedListInfo:
    with unit_of_work(factory) as s:
        return lists.import_list(s, content, "clerk", fingerprint, NOW)


def _error(
    factory: sessionmaker[Session], content: bytes, fingerprint: str | None = None
) -> DomainError:
    with pytest.raises(DomainError) as error:
        _import(factory, content, fingerprint)
    return error.value


@pytest.fixture
def office(any_engine: Engine) -> sessionmaker[Session]:
    factory = session_factory(any_engine)
    with unit_of_work(factory) as s:
        factories.own_committee(s)
    return factory


def test_first_trust_list_needs_the_fingerprint_read_out(office, naryn) -> None:  # type: ignore[no-untyped-def]
    content = _export(naryn, "trust")
    refused = _error(office, content)
    assert isinstance(refused, Forbidden) and refused.code == "codes.list_confirm_fingerprint"
    assert _error(office, content, "0000-0000").code == "codes.list_confirm_fingerprint"
    info = _import(office, content, refused.fields["fingerprint"].lower())
    assert (info.kind, info.issuer, info.sequence, info.keys) == ("trust", "N1", 1, 1)
    with office() as s:
        (key,) = keys.trust_table(s).values()
        assert (key[0].committee, key[0].region, key[0].own) == ("N1", "KG-N", False)


def test_older_or_same_list_cannot_replace_a_newer_one(office, naryn) -> None:  # type: ignore[no-untyped-def]
    first, second = _export(naryn, "trust"), _export(naryn, "trust")
    fingerprint = _error(office, second).fields["fingerprint"]
    _import(office, second, fingerprint)
    for old in (first, second):
        error = _error(office, old, fingerprint)
        assert isinstance(error, RuleViolation) and error.code == "codes.list_not_newer"
    third = _export(naryn, "trust")
    assert _import(office, third).sequence == 3  # signed by a key trusted already


def test_tampered_list_is_refused_and_nothing_changes(office, naryn) -> None:  # type: ignore[no-untyped-def]
    content = _export(naryn, "trust")
    fingerprint = _error(office, content).fields["fingerprint"]
    envelope = json.loads(content)
    envelope["body"]["keys"][0]["valid_from"] = "2020-01-01"
    tampered = json.dumps(envelope).encode()
    assert isinstance(_error(office, tampered, fingerprint), InvalidInput)
    for junk in (b"", b"not json", b'{"format": "belgi-signed-list"}', b"\xff" * 10):
        assert _error(office, junk).code in ("codes.list_unreadable", "codes.list_unknown_format")
    with office() as s:
        assert s.scalars(select(TrustedKey)).all() == []
        assert s.scalars(select(ImportedList)).all() == []


def test_a_newer_trust_list_carries_a_compromise_and_a_new_key(office, naryn) -> None:  # type: ignore[no-untyped-def]
    content = _export(naryn, "trust")
    _import(office, content, _error(office, content).fields["fingerprint"])
    with unit_of_work(naryn) as s:
        (old,) = keys.signing_keys(s)
        keys.generate_signing_key(
            s, "naryn", "admin", valid_from=date(2026, 4, 1), cost=factories.CHEAP
        )
        keys.report_compromise(s, old.key_id, date(2026, 3, 20), "admin")
    with unit_of_work(naryn) as s:  # signed by the new key, which nobody here knows yet
        signer = keys.unlock_signing_key(s, "naryn", on=date(2026, 5, 1))
        by_new = lists.export_trust_list(s, signer, "admin", NOW)
    assert _error(office, by_new).code == "codes.list_confirm_fingerprint"

    def by_old() -> bytes:
        with unit_of_work(naryn) as s:
            old_key = keys.unlock_signing_key(s, "naryn", old.key_id, on=date(2026, 3, 19))
            return lists.export_trust_list(s, old_key, "admin", NOW)

    # The old key, still trusted here, vouches for the new key and reports its own compromise.
    assert _import(office, by_old()).keys == 2
    with office() as s:
        compromised = [k for ks in keys.trust_table(s).values() for k in ks if k.compromised_on]
        assert [k.compromised_on for k in compromised] == [date(2026, 3, 20)]
    # From now on a list signed by the old key is refused; the new key's lists need no question.
    assert _error(office, by_old()).code == "codes.list_signer_compromised"
    assert _import(office, _export(naryn, "trust")).keys == 2


def test_status_list_gives_status_as_of_and_goes_stale(office, naryn) -> None:  # type: ignore[no-untyped-def]
    trust = _export(naryn, "trust")
    _import(office, trust, _error(office, trust).fields["fingerprint"])
    info = _import(office, _export(naryn, "status"))
    assert (info.kind, info.certificates) == ("status", 1)
    with office() as s:
        fresh = lists.listed_status(s, "N1", "KG-N", 2026, 7, NOW + timedelta(days=6))
        assert fresh.state is CertificateState.SUSPENDED and not fresh.stale
        assert fresh.as_of == NOW
        other = lists.listed_status(s, "N1", "KG-N", 2026, 8, NOW)
        assert other.state is CertificateState.ACTIVE
        stale = lists.listed_status(s, "N1", "KG-N", 2026, 7, NOW + timedelta(days=8))
        assert stale.stale
        assert lists.listed_status(s, "Z9", "KG-T", 2026, 7, NOW).state is CertificateState.UNKNOWN
    old_status = _export(naryn, "status", NOW - timedelta(days=1))
    newer = _export(naryn, "status")
    _import(office, newer)
    assert _error(office, old_status).code == "codes.list_not_newer"


def test_status_list_from_an_untrusted_committee_is_refused(office, naryn) -> None:  # type: ignore[no-untyped-def]
    assert _error(office, _export(naryn, "status")).code == "codes.list_bad_signature"


def test_own_list_is_not_imported(tmp_path: Path, naryn) -> None:  # type: ignore[no-untyped-def]
    error = _error(naryn, _export(naryn, "trust"))
    assert error.code == "codes.list_is_own"
