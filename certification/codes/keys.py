"""This committee's signing keys: generation, unlocking for a printing session, retirement,
compromise; and the table of every key this office trusts, for verification."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from certification.codes import verification
from certification.codes.keywrap import Argon2Cost, WrongPassphrase, unwrap, wrap
from certification.codes.signing import Signer, format_key_id, key_id_for, public_bytes
from certification.core import audit, clock
from certification.core.errors import Forbidden, InvalidInput, NotFound, RuleViolation
from models import Committee, SigningKey, TrustedKey

MIN_PASSPHRASE = 4

# cryptography (~0.1 s to load) is imported by the functions that make or open a key, so listing
# the keys, as the window's status bar does at start, does not load it.


def fingerprint(public_key: bytes) -> str:
    """What two offices read to each other before trusting a key: 128 bits of its SHA-256."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class KeyInfo:
    key_id: int
    key_id_text: str
    fingerprint: str
    committee: str
    region: str
    valid_from: date
    valid_until: date | None
    compromised_on: date | None
    own: bool

    def current_on(self, day: date) -> bool:
        """May sign on `day`: inside its signing period and not compromised."""
        return _in_force(self.valid_from, self.valid_until, self.compromised_on, day)


def _in_force(
    valid_from: date, valid_until: date | None, compromised_on: date | None, day: date
) -> bool:
    return (
        valid_from <= day
        and (valid_until is None or day <= valid_until)
        and (compromised_on is None or day < compromised_on)
    )


@dataclass(frozen=True)
class StoredKey:
    """A signing key as the register keeps it, read apart from opening it: the labels command
    reads it first and opens it on a worker thread while the rest loads."""

    key_id: int
    public_key: bytes
    wrapped: str

    def unlock(self, passphrase: str) -> Signer:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            raw = unwrap(self.wrapped, passphrase, self.public_key)
        except WrongPassphrase:
            raise Forbidden("codes.wrong_passphrase") from None
        return Signer(self.key_id, Ed25519PrivateKey.from_private_bytes(raw))


def own_committee(session: Session) -> Committee:
    committee = session.scalars(select(Committee).where(Committee.is_own)).first()
    if committee is None:
        raise NotFound("committee.own_missing")
    return committee


def _info(key: SigningKey | TrustedKey) -> KeyInfo:
    rules = _rules(key)
    return KeyInfo(
        rules.key_id,
        format_key_id(rules.key_id),
        fingerprint(rules.public_key),
        rules.committee,
        rules.region,
        rules.valid_from,
        rules.valid_until,
        rules.compromised_on,
        rules.own,
    )


def signing_keys(session: Session) -> list[KeyInfo]:
    keys = session.scalars(select(SigningKey).order_by(SigningKey.valid_from, SigningKey.id))
    return [_info(k) for k in keys]


def _own_key(session: Session, key_id: int) -> SigningKey:
    key = session.scalars(select(SigningKey).where(SigningKey.key_id == key_id)).first()
    if key is None:
        raise NotFound("codes.key_not_found", key_id=format_key_id(key_id))
    return key


def _current(session: Session, day: date) -> SigningKey | None:
    keys = session.scalars(select(SigningKey).order_by(SigningKey.valid_from.desc()))
    return next((k for k in keys if _info(k).current_on(day)), None)


def generate_signing_key(
    session: Session,
    passphrase: str,
    username: str,
    *,
    valid_from: date | None = None,
    cost: Argon2Cost | None = None,
) -> KeyInfo:
    """A new key that signs from `valid_from` (today); the key it replaces stops that day."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("codes.passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE)
    committee = own_committee(session)
    start = valid_from or clock.today()
    taken = set(session.scalars(select(SigningKey.key_id))) | set(
        session.scalars(select(TrustedKey.key_id))
    )
    while True:  # a clash of 32-bit ids is rare; a new key is cheap
        private = Ed25519PrivateKey.generate()
        public = public_bytes(private)
        if key_id_for(public) not in taken:
            break
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    previous = _current(session, start)
    if previous is not None:
        previous.valid_until = start
        previous.retired_at = clock.now()
    key = SigningKey(
        key_id=key_id_for(public),
        committee=committee,
        public_key=public,
        wrapped_private_key=wrap(raw, passphrase, public, cost),
        valid_from=start,
        created_by=username,
    )
    session.add(key)
    session.flush()
    audit.record(
        session,
        username,
        "signing_key.generate",
        "signing_key",
        key.key_id,
        key_id=format_key_id(key.key_id),
        valid_from=start,
        replaces=format_key_id(previous.key_id) if previous else None,
    )
    return _info(key)


def load_for_unlocking() -> None:
    """Load what opening a key imports: Argon2's bindings and cryptography.

    A command that opens the key on a worker thread calls it first: two threads importing one
    package at once can meet in its import locks, and Python then fails one of them with a
    `_DeadlockError` (seen once in the `labels` command, the password check beside the key)."""
    import argon2  # noqa: F401
    from cryptography.exceptions import InvalidTag  # noqa: F401
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: F401
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: F401


def key_to_unlock(session: Session, key_id: int | None = None, on: date | None = None) -> StoredKey:
    """The key that may sign today (or the one named), as stored.

    Read from the table itself, not through the mapped class: the first ORM query of a process
    configures every mapper (50–80 ms), and the labels command reads the key before that, so
    Argon2 starts at once."""
    day = on or clock.today()
    table = SigningKey.__table__
    rows = session.execute(
        select(table).order_by(table.c.valid_from.desc(), table.c.id.desc())
    ).all()
    if key_id is not None:
        key = next((k for k in rows if k.key_id == key_id), None)
        if key is None:
            raise NotFound("codes.key_not_found", key_id=format_key_id(key_id))
    else:
        key = next(
            (k for k in rows if _in_force(k.valid_from, k.valid_until, k.compromised_on, day)), None
        )
        if key is None:
            raise RuleViolation("codes.no_key_in_force" if rows else "codes.no_signing_key")
    if not _in_force(key.valid_from, key.valid_until, key.compromised_on, day):
        raise RuleViolation("codes.key_not_current", key_id=format_key_id(key.key_id))
    return StoredKey(key.key_id, key.public_key, key.wrapped_private_key)


def unlock_signing_key(
    session: Session, passphrase: str, key_id: int | None = None, on: date | None = None
) -> Signer:
    """The key that may sign today (or the one named), opened for one printing session."""
    return key_to_unlock(session, key_id, on).unlock(passphrase)


def retire_signing_key(
    session: Session, key_id: int, username: str, on: date | None = None
) -> KeyInfo:
    """End the key's signing period on `on` (today); labels it signed until then stay genuine."""
    key = _own_key(session, key_id)
    day = on or clock.today()
    if day < key.valid_from:
        raise InvalidInput("codes.retire_before_start", field="on")
    if key.valid_until is not None and key.valid_until <= day:
        raise RuleViolation("codes.key_already_retired", key_id=format_key_id(key_id))
    key.valid_until = day
    key.retired_at = clock.now()
    audit.record(session, username, "signing_key.retire", "signing_key", key_id, last_day=day)
    return _info(key)


def report_compromise(
    session: Session, key_id: int, on: date, username: str, note: str = ""
) -> KeyInfo:
    """From `on`, codes signed with this key raise an alarm; it can no longer be unlocked."""
    key = _own_key(session, key_id)
    if key.compromised_on is not None and key.compromised_on <= on:
        raise RuleViolation("codes.key_already_compromised", key_id=format_key_id(key_id))
    key.compromised_on = on
    key.note = note
    audit.record(
        session, username, "signing_key.compromise", "signing_key", key_id, on=on, note=note
    )
    return _info(key)


class KeyLookup(Mapping[int, Sequence[verification.TrustedKey]]):
    """The trusted keys with one id, read from the register only when a code asks for them."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def __getitem__(self, key_id: int) -> Sequence[verification.TrustedKey]:
        own = self.session.scalars(
            select(SigningKey)
            .where(SigningKey.key_id == key_id)
            .options(joinedload(SigningKey.committee))
        )
        others = self.session.scalars(
            select(TrustedKey)
            .where(TrustedKey.key_id == key_id, TrustedKey.removed_at.is_(None))
            .options(joinedload(TrustedKey.committee))
        )
        found = [_rules(k) for k in [*own, *others]]
        if not found:
            raise KeyError(key_id)
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(trust_table(self.session))

    def __len__(self) -> int:
        return len(trust_table(self.session))


def trust_table(session: Session) -> dict[int, list[verification.TrustedKey]]:
    """Every key a code may be signed with, by key id: this committee's and trusted ones."""
    table: dict[int, list[verification.TrustedKey]] = defaultdict(list)
    for own in session.scalars(select(SigningKey)):
        table[own.key_id].append(_rules(own))
    others = session.scalars(select(TrustedKey).where(TrustedKey.removed_at.is_(None)))
    for other in others:
        table[other.key_id].append(_rules(other))
    return dict(table)


def _rules(key: SigningKey | TrustedKey) -> verification.TrustedKey:
    own = isinstance(key, SigningKey)
    return verification.TrustedKey(
        key_id=key.key_id,
        public_key=key.public_key,
        committee=key.committee.code,
        region=key.committee.region_code if isinstance(key, SigningKey) else key.region_code,
        valid_from=key.valid_from,
        valid_until=key.valid_until,
        compromised_on=key.compromised_on,
        own=own,
    )
