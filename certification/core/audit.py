"""Append-only, hash-chained audit log.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical fields, so
an edited, deleted, inserted or reordered entry breaks the chain at that point. Entries are written
in the same transaction as the change they record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification.core import clock
from certification.core.counters import current_value, next_value
from models import AuditEntry

GENESIS = "0" * 64
CHAIN = "audit"  # counter holding the chain's length: a removed last entry shows as "truncated"


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    prev_hash: str,
    seq: int,
    at: datetime,
    username: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    payload = canonical_json([prev_hash, seq, stamp, username, action, entity, entity_id, details])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    username: str,
    action: str,
    entity: str,
    entity_id: object,
    /,
    **details: Any,
) -> AuditEntry:
    """Append one entry in the caller's transaction; the counter serialises concurrent writers."""
    seq = next_value(session, CHAIN)
    prev = session.scalar(select(AuditEntry.hash).where(AuditEntry.seq == seq - 1)) or GENESIS
    at = clock.now()
    body = canonical_json(details)
    entry = AuditEntry(
        seq=seq,
        at=at,
        username=username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=body,
        prev_hash=prev,
        hash=entry_hash(prev, seq, at, username, action, entity, str(entity_id), body),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class AuditReport:
    entries: int
    ok: bool
    first_bad_seq: int | None = None
    problem: str = ""  # "hash", "link", "gap", "truncated"


def verify(session: Session) -> AuditReport:
    """Walk the chain in order; report the first entry that does not follow from its predecessor."""
    prev, expected_seq, count = GENESIS, 1, 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in rows:
        count += 1
        if e.seq != expected_seq:
            return AuditReport(count, False, expected_seq, "gap")
        if e.prev_hash != prev:
            return AuditReport(count, False, e.seq, "link")
        if e.hash != entry_hash(
            e.prev_hash, e.seq, e.at, e.username, e.action, e.entity, e.entity_id, e.details
        ):
            return AuditReport(count, False, e.seq, "hash")
        prev, expected_seq = e.hash, expected_seq + 1
    if count != current_value(session, CHAIN):
        return AuditReport(count, False, count + 1, "truncated")
    return AuditReport(count, True)


def entry_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
