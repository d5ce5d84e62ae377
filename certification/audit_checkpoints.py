"""Signed checkpoints of the audit chain: its length and head hash, signed with the committee's
key whenever that key is unlocked anyway (label printing, the status list published or exported).

The hash chain alone shows an entry edited in place, but not a chain cut at its end with the
counter lowered, or one rewritten from some entry on with every hash recomputed. A checkpoint
signed earlier says how long the chain was and what its head hash was then; nobody without the
passphrase can make a new one. Checkpoints are kept in their own table (`audit_checkpoint`, which
like the log refuses UPDATE and DELETE) and written as files beside every backup and every
published or exported status list, so a copy survives the register being replaced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.core import audit, clock
from certification.core.counters import current_value
from models import AuditCheckpoint, AuditEntry, Committee, SigningKey

if TYPE_CHECKING:  # cryptography loads only where a checkpoint is signed or checked
    from certification.codes.signing import Signer

CONTEXT = b"BELGI-AUDIT\x00"  # domain separation: never a code's or a list's signature
FORMAT = "belgi-audit-checkpoint"
SUFFIX = ".checkpoint.json"
MAX_FILE = 4 * 1024 * 1024


@dataclass(frozen=True)
class Checkpoint:
    committee: str
    entries: int
    head: str
    key_id: int
    signed_at: datetime
    signed_by: str
    signature: str  # hex
    source: str = field(default="", compare=False)  # "register" or the file it was read from

    def message(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": 1,
            "committee": self.committee,
            "entries": self.entries,
            "head": self.head,
            "key_id": f"{self.key_id:08X}",
            "signed_at": self.signed_at.astimezone(UTC).isoformat(),
        }
        return CONTEXT + audit.canonical_json(body).encode("utf-8")

    def as_json(self) -> dict[str, Any]:
        return {
            "committee": self.committee,
            "entries": self.entries,
            "head": self.head,
            "key_id": f"{self.key_id:08X}",
            "signed_at": self.signed_at.astimezone(UTC).isoformat(),
            "signed_by": self.signed_by,
            "signature": self.signature,
        }


def _of(row: AuditCheckpoint) -> Checkpoint:
    return Checkpoint(
        row.committee,
        row.entries,
        row.head,
        row.key_id,
        row.signed_at,
        row.signed_by,
        row.signature,
        "register",
    )


def head_at(session: Session, entries: int) -> str:
    """The hash of the chain's entry number `entries` (the genesis hash for none)."""
    if entries == 0:
        return audit.GENESIS
    found = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == entries))
    return str(found) if found else ""


def sign(session: Session, signer: Signer, username: str) -> Checkpoint:
    """Sign the chain as it stands in the caller's transaction (after the entries it wrote)."""
    entries = current_value(session, audit.CHAIN)
    head = head_at(session, entries)
    last = session.scalars(
        select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1)
    ).first()
    if last is not None and (last.entries, last.head, last.key_id) == (
        entries,
        head,
        signer.key_id,
    ):
        return _of(last)
    own = session.scalars(select(Committee.code).where(Committee.is_own)).first() or ""
    unsigned = Checkpoint(own, entries, head, signer.key_id, clock.now(), username[:64], "")
    signature = signer.private_key.sign(unsigned.message()).hex()
    row = AuditCheckpoint(
        entries=entries,
        head=head,
        committee=own,
        key_id=signer.key_id,
        signed_at=unsigned.signed_at,
        signed_by=unsigned.signed_by,
        signature=signature,
    )
    session.add(row)
    session.flush()
    return _of(row)


def stored(session: Session) -> list[Checkpoint]:
    rows = session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id))
    return [_of(r) for r in rows]


def latest(session: Session) -> Checkpoint | None:
    row = session.scalars(
        select(AuditCheckpoint).order_by(AuditCheckpoint.entries.desc(), AuditCheckpoint.id.desc())
    ).first()
    return _of(row) if row else None


# Files -----------------------------------------------------------------------------------------


def file_bytes(checkpoints: Iterable[Checkpoint]) -> bytes:
    body = {"format": FORMAT, "version": 1, "checkpoints": [c.as_json() for c in checkpoints]}
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_file(path: Path, checkpoints: Iterable[Checkpoint], *, public: bool = False) -> Path:
    """Write the file whole beside its name, then give it the name (readable by others when it
    is published beside the status list)."""
    from certification.documents.output import write_atomically

    return write_atomically(path, file_bytes(checkpoints), public=public)


def write_latest(session: Session, path: Path, *, public: bool = False) -> Path | None:
    """The newest checkpoint of the register, as a file at `path`; None when there is none."""
    found = latest(session)
    return write_file(path, [found], public=public) if found else None


def read_file(path: Path) -> list[Checkpoint]:
    """The checkpoints of one file; a file that is not one reads as none (`unreadable` says so)."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise ValueError("too large")
        data = json.loads(path.read_bytes().decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("not a checkpoint file")
        return [
            Checkpoint(
                str(c["committee"]),
                int(c["entries"]),
                str(c["head"]),
                int(str(c["key_id"]), 16),
                datetime.fromisoformat(str(c["signed_at"])),
                str(c.get("signed_by", "")),
                str(c["signature"]),
                str(path),
            )
            for c in data["checkpoints"]
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return []


def files_in(*places: Path) -> list[Path]:
    """Checkpoint files named directly, or lying in the folders named."""
    found: list[Path] = []
    for place in places:
        if place.is_dir():
            found += sorted(p for p in place.iterdir() if p.name.endswith(SUFFIX))
        elif place.is_file():
            found.append(place)
    return found


# Checking the chain against them --------------------------------------------------------------


@dataclass(frozen=True)
class CheckpointProblem:
    """`kind`: "forged" (the signature does not verify with any key of this committee),
    "truncated" (the chain is shorter than a signed checkpoint), "rewritten" (the chain's
    hash at a checkpoint's length differs from the one signed)."""

    kind: str
    checkpoint: Checkpoint
    entries: int  # the chain's length now


def _restores(session: Session, signed: Iterable[Checkpoint]) -> list[tuple[datetime, int, int]]:
    """Each restore on record that a checkpoint in `signed` (signatures already checked) vouches
    for — one of the chain ending in its entry, signed at the restore: when, the backup's chain
    length, the replaced chain's length. An entry written by SQL, its hash recomputed, has no
    such checkpoint (only the committee's key makes one), so it excuses nothing."""
    vouched = {(cp.entries, cp.head) for cp in signed}
    rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "register.restored"))
    out = []
    for e in rows:
        if (e.seq, e.hash) not in vouched:
            continue
        details = json.loads(e.details)
        backup, replaced = details.get("entries"), details.get("replaced_entries")
        if isinstance(backup, int) and isinstance(replaced, int):
            out.append((e.at, backup, replaced))
    return out


def check(session: Session, extra: Iterable[Checkpoint] = ()) -> list[CheckpointProblem]:
    """Every checkpoint (the register's and `extra`) the chain as it stands does not bear out.

    A checkpoint signed before a signed restore, of a length the restored backup did not reach,
    belongs to the register that restore replaced (its safety copy keeps it): it is not held
    against the chain."""
    keys = {k.key_id: k.public_key for k in session.scalars(select(SigningKey))}
    entries = current_value(session, audit.CHAIN)
    problems: list[CheckpointProblem] = []
    every = [*stored(session), *extra]
    if not every:
        return problems
    from certification.codes.signing import signature_valid

    seen: set[tuple[int, str, str]] = set()
    signed: list[Checkpoint] = []
    for cp in every:
        if (cp.entries, cp.head, cp.signature) in seen:
            continue
        seen.add((cp.entries, cp.head, cp.signature))
        public = keys.get(cp.key_id)
        try:
            signature = bytes.fromhex(cp.signature)
        except ValueError:
            signature = b""
        if public is None or not signature_valid(public, signature, cp.message()):
            problems.append(CheckpointProblem("forged", cp, entries))
        else:
            signed.append(cp)
    restores = _restores(session, signed)
    for cp in signed:
        if any(
            cp.signed_at < at and backup < cp.entries <= replaced
            for at, backup, replaced in restores
        ):
            continue
        if cp.entries > entries:
            problems.append(CheckpointProblem("truncated", cp, entries))
        elif head_at(session, cp.entries) != cp.head:
            problems.append(CheckpointProblem("rewritten", cp, entries))
    return problems
