"""Trust lists and status lists: signed files exchanged between committees.

A trust list carries a committee's public keys with their signing periods and compromise dates; a
status list its suspended and withdrawn certificates "as of" a time, with the time of the next
update. Each carries a sequence number from a gap-free counter, so an older list can never replace
a newer one. A first trust list from a committee is accepted only when the person importing it has
compared the signing key's fingerprint with the one the other office read out to them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification import audit_checkpoints
from certification.codes.keys import fingerprint, own_committee
from certification.codes.signing import (
    LIST_CONTEXT,
    Signer,
    format_key_id,
    signature_valid,
)
from certification.codes.verification import CertificateState, StatusView
from certification.core import audit, clock
from certification.core.counters import next_value
from certification.core.errors import Forbidden, InvalidInput, RuleViolation
from models import (
    Certificate,
    Committee,
    ImportedList,
    ListedStatus,
    Region,
    SigningKey,
    TrustedKey,
)
from models.enums import CertificateStatus

FORMAT = "belgi-signed-list"
MAX_LIST_BYTES = 20 * 1024 * 1024
TRUST, STATUS = "trust", "status"
REGISTER = "register"  # the verification page's own list (certification/verify_page.py)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _iso(moment: datetime) -> str:
    return clock.local(moment).isoformat(timespec="seconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _sign(signer: Signer, body: dict[str, Any]) -> bytes:
    envelope = {
        "format": FORMAT,
        "version": 1,
        "body": body,
        "signer": format_key_id(signer.key_id),
        "signature": signer.sign_list(_canonical(body)).hex(),
    }
    return json.dumps(envelope, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _issuer(committee: Committee) -> dict[str, Any]:
    return {
        "committee": committee.code,
        "region": committee.region_code,
        "name_ky": committee.name_ky,
        "name_ru": committee.name_ru,
        "name_en": committee.name_en,
    }


def export_trust_list(
    session: Session, signer: Signer, username: str, now: datetime | None = None
) -> bytes:
    """This committee's public keys, signed, with the next sequence number."""
    committee = own_committee(session)
    sequence = next_value(session, "codes.trust_list")
    keys = session.scalars(select(SigningKey).order_by(SigningKey.valid_from, SigningKey.id))
    listed = [
        ListedKey(k.key_id, k.public_key, k.valid_from, k.valid_until, k.compromised_on)
        for k in keys
    ]
    audit.record(session, username, "trust_list.export", "trust_list", sequence)
    return trust_list_file(signer, _issuer(committee), sequence, now or clock.now(), listed)


@dataclass(frozen=True)
class ListedKey:
    key_id: int
    public_key: bytes
    valid_from: date
    valid_until: date | None = None
    compromised_on: date | None = None


def trust_list_file(
    signer: Signer,
    issuer: dict[str, Any],
    sequence: int,
    issued_at: datetime,
    keys: list[ListedKey],
) -> bytes:
    """A signed trust list; `issuer` has committee, region and name_ky/ru/en."""
    body = {
        "kind": TRUST,
        "issuer": issuer,
        "sequence": sequence,
        "issued_at": _iso(issued_at),
        "keys": [
            {
                "key_id": format_key_id(k.key_id),
                "public_key": k.public_key.hex(),
                "valid_from": _day(k.valid_from),
                "valid_until": _day(k.valid_until),
                "compromised_on": _day(k.compromised_on),
            }
            for k in keys
        ],
    }
    return _sign(signer, body)


def export_status_list(
    session: Session,
    signer: Signer,
    username: str,
    valid_for: timedelta = timedelta(days=7),
    now: datetime | None = None,
) -> bytes:
    """Suspended and withdrawn certificates as of now; stale for readers after `valid_for`."""
    committee = own_committee(session)
    moment = now or clock.now()
    sequence = next_value(session, "codes.status_list")
    held = (CertificateStatus.SUSPENDED, CertificateStatus.WITHDRAWN)
    rows = session.scalars(
        select(Certificate)
        .where(Certificate.committee_id == committee.id, Certificate.status.in_(held))
        .order_by(Certificate.year, Certificate.sequence)
    )
    listed = [
        {
            "region": committee.region_code,
            "year": c.year,
            "sequence": c.sequence,
            "number": c.number,
            "status": c.status.value,
            "since": _day(clock.today(c.events[-1].at)) if c.events else None,
        }
        for c in rows
    ]
    audit.record(session, username, "status_list.export", "status_list", sequence)
    audit_checkpoints.sign(session, signer, username)  # the key is unlocked anyway
    return status_list_file(signer, _issuer(committee), sequence, moment, valid_for, listed)


def status_list_file(
    signer: Signer,
    issuer: dict[str, Any],
    sequence: int,
    as_of: datetime,
    valid_for: timedelta,
    certificates: list[dict[str, Any]],
) -> bytes:
    """A signed status list: `certificates` hold region, year, sequence, number, status, since."""
    body = {
        "kind": STATUS,
        "issuer": issuer,
        "sequence": sequence,
        "issued_at": _iso(as_of),
        "as_of": _iso(as_of),
        "next_update": _iso(as_of + valid_for),
        "certificates": certificates,
    }
    return _sign(signer, body)


def register_list_file(
    signer: Signer,
    issuer: dict[str, Any],
    sequence: int,
    as_of: datetime,
    prefix: str,
    certificates: list[dict[str, Any]],
) -> bytes:
    """What the register held at `as_of`, signed, for the published verification page (offices
    do not import it): each certificate with its producer, products and labelled lots."""
    body = {
        "kind": REGISTER,
        "issuer": issuer,
        "sequence": sequence,
        "issued_at": _iso(as_of),
        "as_of": _iso(as_of),
        "prefix": prefix,
        "certificates": certificates,
    }
    return _sign(signer, body)


@dataclass(frozen=True)
class ImportedListInfo:
    kind: str
    issuer: str  # committee code
    sequence: int
    issued_at: datetime
    next_update: datetime | None
    keys: int  # keys now trusted from this issuer (trust lists)
    certificates: int  # suspended or withdrawn certificates listed (status lists)


def _read(content: bytes) -> tuple[dict[str, Any], int, bytes]:
    if len(content) > MAX_LIST_BYTES:
        raise InvalidInput("codes.list_too_large", field="file")
    try:
        envelope = json.loads(content.decode("utf-8"))
        if envelope.get("format") != FORMAT or envelope.get("version") != 1:
            raise InvalidInput("codes.list_unknown_format", field="file")
        body = envelope["body"]
        signer = int(envelope["signer"], 16)
        signature = bytes.fromhex(envelope["signature"])
        if body["kind"] not in (TRUST, STATUS) or not isinstance(body["sequence"], int):
            raise InvalidInput("codes.list_unknown_format", field="file")
        datetime.fromisoformat(body["issued_at"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise InvalidInput("codes.list_unreadable", field="file") from None
    return body, signer, signature


def _issuer_committee(session: Session, issuer: dict[str, Any]) -> Committee:
    code, region = str(issuer["committee"]), str(issuer["region"])
    if session.get(Region, region) is None:
        raise InvalidInput("codes.list_unknown_region", region=region)
    committee = session.scalars(select(Committee).where(Committee.code == code)).first()
    if committee is None:
        committee = Committee(
            code=code,
            region_code=region,
            name_ky=str(issuer.get("name_ky", code)),
            name_ru=str(issuer.get("name_ru", code)),
            name_en=str(issuer.get("name_en", code)),
            is_own=False,
        )
        session.add(committee)
        session.flush()
    elif committee.is_own:
        raise RuleViolation("codes.list_is_own")
    elif committee.region_code != region:
        raise InvalidInput("codes.list_region_changed", committee=code)
    return committee


def import_list(
    session: Session,
    content: bytes,
    username: str,
    accept_fingerprint: str | None = None,
    now: datetime | None = None,
) -> ImportedListInfo:
    """Check a received list's signature and sequence, then take it in; nothing changes on error."""
    body, signer_id, signature = _read(content)
    try:
        committee = _issuer_committee(session, body["issuer"])
        listed_keys = (
            [_listed_key(k) for k in body.get("keys", [])] if body["kind"] == TRUST else []
        )
    except (KeyError, ValueError, TypeError):
        raise InvalidInput("codes.list_unreadable", field="file") from None
    issued_at = datetime.fromisoformat(body["issued_at"])
    message = LIST_CONTEXT + _canonical(body)
    known = session.scalars(
        select(TrustedKey).where(
            TrustedKey.committee_id == committee.id,
            TrustedKey.key_id == signer_id,
            TrustedKey.removed_at.is_(None),
        )
    ).all()
    signer = next((k for k in known if signature_valid(k.public_key, signature, message)), None)
    if signer is not None:
        if signer.compromised_on is not None and issued_at.date() >= signer.compromised_on:
            raise Forbidden("codes.list_signer_compromised", key_id=format_key_id(signer_id))
    elif known:
        raise InvalidInput("codes.list_bad_signature", field="file")
    else:
        # Nobody from this committee is trusted yet: the list must bring its own signing key,
        # and the person importing must have confirmed that key's fingerprint.
        own_key = next((k for k in listed_keys if k["key_id"] == signer_id), None)
        if own_key is None or not signature_valid(own_key["public_key"], signature, message):
            raise InvalidInput("codes.list_bad_signature", field="file")
        expected = fingerprint(own_key["public_key"])
        if (accept_fingerprint or "").strip().upper() != expected:
            raise Forbidden("codes.list_confirm_fingerprint", fingerprint=expected)

    kind, sequence = body["kind"], body["sequence"]
    held = session.scalar(
        select(func.max(ImportedList.sequence)).where(
            ImportedList.kind == kind, ImportedList.issuer_id == committee.id
        )
    )
    if held is not None and sequence <= held:
        raise RuleViolation("codes.list_not_newer", sequence=sequence, held=held)
    next_update = datetime.fromisoformat(body["next_update"]) if kind == STATUS else None
    record = ImportedList(
        kind=kind,
        issuer=committee,
        signer_key_id=signer_id,
        sequence=sequence,
        issued_at=issued_at,
        next_update=next_update,
        imported_by=username,
        sha256=hashlib.sha256(content).hexdigest(),
        content=content.decode("utf-8"),
    )
    session.add(record)
    session.flush()
    certificates = 0
    if kind == TRUST:
        _replace_keys(session, committee, record, listed_keys, now or clock.now())
    else:
        certificates = _store_statuses(session, record, body.get("certificates", []))
    trusted = session.scalar(
        select(func.count())
        .select_from(TrustedKey)
        .where(TrustedKey.committee_id == committee.id, TrustedKey.removed_at.is_(None))
    )
    audit.record(
        session,
        username,
        f"{kind}_list.import",
        "imported_list",
        record.id,
        issuer=committee.code,
        sequence=sequence,
        sha256=record.sha256,
    )
    return ImportedListInfo(
        kind, committee.code, sequence, issued_at, next_update, int(trusted or 0), certificates
    )


def _optional_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _listed_key(data: dict[str, Any]) -> dict[str, Any]:
    public = bytes.fromhex(data["public_key"])
    if len(public) != 32:
        raise ValueError("public key")
    return {
        "key_id": int(data["key_id"], 16),
        "public_key": public,
        "valid_from": date.fromisoformat(data["valid_from"]),
        "valid_until": _optional_day(data.get("valid_until")),
        "compromised_on": _optional_day(data.get("compromised_on")),
    }


def _replace_keys(
    session: Session,
    committee: Committee,
    source: ImportedList,
    listed: list[dict[str, Any]],
    now: datetime,
) -> None:
    current = session.scalars(
        select(TrustedKey).where(
            TrustedKey.committee_id == committee.id, TrustedKey.removed_at.is_(None)
        )
    ).all()
    by_key = {(k.key_id, k.public_key): k for k in current}
    seen = set()
    for data in listed:
        ident = (data["key_id"], data["public_key"])
        seen.add(ident)
        key = by_key.get(ident)
        if key is None:
            key = TrustedKey(committee=committee, region_code=committee.region_code, **data)
            session.add(key)
        else:
            key.valid_from, key.valid_until = data["valid_from"], data["valid_until"]
            key.compromised_on = data["compromised_on"]
        key.list_id = source.id
    for ident, key in by_key.items():
        if ident not in seen:
            key.removed_at = now
    session.flush()


def _store_statuses(session: Session, source: ImportedList, rows: list[dict[str, Any]]) -> int:
    try:
        entries = [
            ListedStatus(
                list_id=source.id,
                region_code=str(r["region"]),
                year=int(r["year"]),
                sequence=int(r["sequence"]),
                number=str(r.get("number", "")),
                status=CertificateState(r["status"]).value,
                since=_optional_day(r.get("since")),
            )
            for r in rows
        ]
    except (KeyError, ValueError, TypeError):
        raise InvalidInput("codes.list_unreadable", field="file") from None
    if any(e.status not in ("suspended", "withdrawn") for e in entries):
        raise InvalidInput("codes.list_unreadable", field="file")
    session.add_all(entries)
    session.flush()
    return len(entries)


def listed_status(
    session: Session, committee: str, region: str, year: int, sequence: int, now: datetime
) -> StatusView:
    """What the newest status list of `committee` says about a certificate, if one is held."""
    latest = session.scalars(
        select(ImportedList)
        .join(Committee, ImportedList.issuer_id == Committee.id)
        .where(ImportedList.kind == STATUS, Committee.code == committee)
        .order_by(ImportedList.sequence.desc())
        .limit(1)
    ).first()
    if latest is None:
        return StatusView(CertificateState.UNKNOWN)
    entry = session.scalars(
        select(ListedStatus).where(
            ListedStatus.list_id == latest.id,
            ListedStatus.year == year,
            ListedStatus.sequence == sequence,
            ListedStatus.region_code == region,
        )
    ).first()
    state = CertificateState(entry.status) if entry else CertificateState.ACTIVE
    stale = latest.next_update is not None and now > latest.next_update
    return StatusView(state, latest.issued_at, None, stale)
