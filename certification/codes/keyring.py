"""What an administrator does with the committee's signing keys and signed lists: the services of
`keys` and `lists`, each refused to a user without the role before anything is read or written,
plus what the administration shows about them (a passphrase's strength, the lists received)."""

from __future__ import annotations

import itertools
import math
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from certification import audit_checkpoints
from certification.codes import keys, lists
from certification.codes.keys import KeyInfo
from certification.codes.signing import format_key_id
from certification.core import clock
from certification.core.errors import InvalidInput
from certification.core.files import read_file
from certification.documents.output import check_writable
from certification.users import UserInfo, require
from models import ImportedList, TrustedKey
from models.enums import Role

KEY_ROLES = (Role.ADMIN,)  # generate, rotate, retire, report compromise, import lists
EXPORT_ROLES = (Role.ADMIN, Role.CLERK)  # the secretary sends the lists, as when publishing


def parse_key_id(text: str) -> int:
    """A key id as shown (eight hexadecimal digits, e.g. 0A1B2C3D)."""
    value = text.strip().upper()
    if len(value) != 8 or any(c not in "0123456789ABCDEF" for c in value):
        raise InvalidInput("codes.bad_key_id", field="key_id", value=text)
    return int(value, 16)


def generate(session: Session, actor: UserInfo, passphrase: str) -> KeyInfo:
    """A new key that signs from today; the key in force, if any, stops today (a rotation)."""
    require(actor, *KEY_ROLES)
    return keys.generate_signing_key(session, passphrase, actor.username)


def retire(session: Session, actor: UserInfo, key_id: int, on: date | None = None) -> KeyInfo:
    require(actor, *KEY_ROLES)
    return keys.retire_signing_key(session, key_id, actor.username, on)


def report_compromise(
    session: Session, actor: UserInfo, key_id: int, since: date, note: str = ""
) -> KeyInfo:
    require(actor, *KEY_ROLES)
    if since > clock.today():
        raise InvalidInput("codes.compromise_in_future", field="since")
    return keys.report_compromise(session, key_id, since, actor.username, note)


SIGNING, RETIRED, COMPROMISED, FUTURE = "signing", "retired", "compromised", "future"


def key_state(key: KeyInfo, today: date) -> str:
    """What a key is to a person today. A key retired today (or replaced today) is retired:
    the new key is the one that signs."""
    if key.compromised_on is not None and key.compromised_on <= today:
        return COMPROMISED
    if key.valid_from > today:
        return FUTURE
    if key.valid_until is not None and key.valid_until <= today:
        return RETIRED
    return SIGNING


# Passphrase strength ------------------------------------------------------------------------

WEAK, FAIR, GOOD, STRONG = "weak", "fair", "good", "strong"
_COMMON = frozenset(
    {"password", "passw0rd", "qwerty", "123456", "12345678", "111111", "letmein", "admin"}
    | {"secret", "demo", "belgi", "пароль", "йцукен", "кыргызстан", "бишкек"}
)


@dataclass(frozen=True)
class Strength:
    bits: int  # an estimate of the guesses needed, as a power of two
    level: str  # WEAK, FAIR, GOOD or STRONG


def passphrase_strength(text: str) -> Strength:
    """A rough estimate, enough to tell a person «longer, please»: the alphabets used, times the
    length, less what repeats, runs and common words give away. A passphrase of several words
    scores by its length."""
    if not text:
        return Strength(0, WEAK)
    pool = 0
    if any("a" <= c <= "z" for c in text):
        pool += 26
    if any("A" <= c <= "Z" for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isalpha() and not c.isascii() and c.islower() for c in text):
        pool += 36  # Cyrillic with Ң Ө Ү
    if any(c.isalpha() and not c.isascii() and c.isupper() for c in text):
        pool += 36
    if any(not c.isalnum() for c in text):
        pool += 33
    # Characters that repeat the one before, or continue a run (abc, 123), add little.
    effective = 1.0
    for previous, c in itertools.pairwise(text):
        step = ord(c) - ord(previous)
        effective += 0.25 if step in (-1, 0, 1) else 1.0
    bits = effective * math.log2(max(pool, 2))
    if text.lower() in _COMMON or len(set(text)) <= 2:
        bits = min(bits, 10.0)
    whole = int(bits)
    level = WEAK if whole < 40 else FAIR if whole < 60 else GOOD if whole < 80 else STRONG
    return Strength(whole, level)


# Lists ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportedLists:
    trust_list: Path
    status_list: Path


def export_lists(
    session: Session, actor: UserInfo, passphrase: str, folder: str | os.PathLike[str]
) -> ExportedLists:
    """This committee's trust list and status list, signed with the key in force, written into
    `folder` both or neither; their sequence numbers are taken in the caller's transaction, so a
    failed write takes none."""
    require(actor, *EXPORT_ROLES)
    target = Path(folder)
    if not target.is_dir():
        raise InvalidInput("lists.folder_missing", field="folder", folder=str(folder))
    code = keys.own_committee(session).code
    trust_path = target / f"{code}-trust-list.json"
    status_path = target / f"{code}-status-list.json"
    for path in (trust_path, status_path):
        check_writable(path)  # before a sequence number is taken
    signer = keys.unlock_signing_key(session, passphrase)
    moment = clock.now()
    trust = lists.export_trust_list(session, signer, actor.username, moment)
    status = lists.export_status_list(session, signer, actor.username, now=moment)
    files = [(trust_path, trust), (status_path, status)]
    if (checkpoint := audit_checkpoints.latest(session)) is not None:
        # The audit chain as signed with the lists, kept outside the register.
        files.append(
            (
                target / f"{code}-audit{audit_checkpoints.SUFFIX}",
                audit_checkpoints.file_bytes([checkpoint]),
            )
        )
    _write_both(files)
    return ExportedLists(trust_path, status_path)


def _write_both(files: list[tuple[Path, bytes]]) -> None:
    """Write every file beside its place, then rename them all; on any failure none appears."""
    written: list[tuple[str, Path]] = []
    placed: list[Path] = []
    try:
        for path, data in files:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            written.append((tmp, path))
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        for tmp, path in written:
            os.replace(tmp, path)
            placed.append(path)
    except OSError as error:
        for tmp, _path in written:
            Path(tmp).unlink(missing_ok=True)
        for path in placed:
            path.unlink(missing_ok=True)
        raise InvalidInput(
            "lists.write_failed", field="folder", reason=error.strerror or str(error)
        ) from None


def read_list_file(path: str | os.PathLike[str]) -> bytes:
    """A received list's bytes, refused at once when it is not a readable file of list size."""
    try:
        return read_file(path, lists.MAX_LIST_BYTES)
    except InvalidInput as error:
        if error.code == "file.missing":
            raise InvalidInput("lists.file_missing", field="file", path=str(path)) from None
        raise


def import_list(
    session: Session,
    actor: UserInfo,
    content: bytes,
    accept_fingerprint: str | None = None,
) -> lists.ImportedListInfo:
    """Take in another committee's list once its signature and sequence number check out."""
    require(actor, *KEY_ROLES)
    return lists.import_list(session, content, actor.username, accept_fingerprint)


@dataclass(frozen=True)
class ReceivedList:
    """A list received from another committee, as the administration shows it."""

    id: int
    kind: str  # lists.TRUST or lists.STATUS
    committee: str
    committee_names: dict[str, str]  # ky, ru, en
    sequence: int
    signer: str  # key id
    issued_at: datetime
    next_update: datetime | None
    imported_at: datetime
    imported_by: str
    newest: bool  # the newest of its kind from that committee: the one in force
    trusted_keys: int  # keys now trusted from that committee

    def age(self, now: datetime) -> timedelta:
        return now - self.issued_at

    def stale(self, now: datetime) -> bool:
        """A status list past its announced next update: its «as of» is too old to rely on."""
        return self.next_update is not None and now > self.next_update


def received_lists(session: Session) -> list[ReceivedList]:
    """Every list taken in, newest first."""
    rows = session.scalars(
        select(ImportedList)
        .options(joinedload(ImportedList.issuer))
        .order_by(ImportedList.imported_at.desc(), ImportedList.id.desc())
    ).all()
    newest = {
        (kind, issuer): sequence
        for kind, issuer, sequence in session.execute(
            select(
                ImportedList.kind, ImportedList.issuer_id, func.max(ImportedList.sequence)
            ).group_by(ImportedList.kind, ImportedList.issuer_id)
        ).tuples()
    }
    trusted = dict(
        session.execute(
            select(TrustedKey.committee_id, func.count())
            .where(TrustedKey.removed_at.is_(None))
            .group_by(TrustedKey.committee_id)
        )
        .tuples()
        .all()
    )
    return [
        ReceivedList(
            r.id,
            r.kind,
            r.issuer.code,
            {"ky": r.issuer.name_ky, "ru": r.issuer.name_ru, "en": r.issuer.name_en},
            r.sequence,
            format_key_id(r.signer_key_id),
            r.issued_at,
            r.next_update,
            r.imported_at,
            r.imported_by,
            newest[(r.kind, r.issuer_id)] == r.sequence,
            int(trusted.get(r.issuer_id, 0)),
        )
        for r in rows
    ]
