"""Verifying a returned code against this office's register, and remembering every check.

The pure checks (`verification.assess`) run first; this module supplies what only the register
knows: the status of this committee's certificates, imported status lists of other committees,
which serials of a lot were issued (its allocations and print jobs, never its counter, which an
SQL edit could move), which were spoiled and not printed again, and where the same label was
checked before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Table,
    and_,
    bindparam,
    func,
    insert,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from certification.codes import keys, lists
from certification.codes.checks import count_check
from certification.codes.images import decode_image
from certification.codes.record import CodeKind, CodeRecord
from certification.codes.signing import format_key_id
from certification.codes.text import MAX_INPUT, TextError, parse
from certification.codes.verification import (
    Assessment,
    CertificateState,
    Flag,
    Outcome,
    StatusLookup,
    StatusView,
    TrustedKey,
    assess,
)
from certification.core import clock
from models import (
    Base,
    Certificate,
    CertificateProduct,
    CodeCheck,
    Committee,
    LabelBatch,
    LabelLot,
    LabelPrint,
    LabelPrintRange,
    LabelSpoilage,
    Lot,
    Producer,
    Product,
    SigningKey,
    fold,
)
from models import TrustedKey as TrustedKeyRow
from models.enums import CertificateStatus, LabelJobKind, LabelJobStatus

if TYPE_CHECKING:
    from certification.codes.images import ImageRead


class InputKind(StrEnum):
    TEXT = "text"  # typed by a scanner or pasted
    STDIN = "stdin"
    IMAGE = "image"
    CLIPBOARD = "clipboard"
    CAMERA = "camera"


@dataclass(frozen=True)
class VerificationResult:
    """What the office tells the person at the counter, and what the check log keeps."""

    outcome: Outcome
    reason: str  # stable code, e.g. "key_compromised.after_compromise"
    flags: tuple[str, ...]
    text: str  # the code's text as decoded
    input_kind: str
    place: str
    checked_at: datetime
    certificate: str | None = None  # number as the register writes it
    lot: str | None = None
    serial: int | None = None
    product: str | None = None
    producer: str | None = None
    committee: str | None = None
    key_id: str | None = None
    signed_on: date | None = None
    valid_until: date | None = None
    status_as_of: datetime | None = None
    certificate_id: int | None = None
    lot_id: int | None = None
    producer_id: int | None = None
    check_id: int | None = None
    printed: int = 0  # the highest serial the lot's allocations and print jobs hold
    issued: bool = False  # the serial lies in one of the lot's allocations or print jobs
    spoiled_as: str | None = None  # the label stock's reason, when spoiled and not printed again

    @property
    def genuine(self) -> bool:
        return self.outcome.genuine


_STATES = {
    CertificateStatus.ACTIVE: CertificateState.ACTIVE,
    CertificateStatus.SUSPENDED: CertificateState.SUSPENDED,
    CertificateStatus.WITHDRAWN: CertificateState.WITHDRAWN,
    CertificateStatus.EXPIRED: CertificateState.EXPIRED,
}


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class _Held:
    """What a check needs of one of this committee's certificates, read as one row."""

    id: int
    number: str
    status: CertificateStatus
    valid_until: date
    producer_id: int
    producer: str


_Found = dict[tuple[int, int], _Held | None]

# A check reads a few rows by key, so its statements are plain Core, built once: no ORM objects,
# and each statement's cache key computed once (they make most of a check's time otherwise).
_C, _P, _COMMITTEE = Certificate.__table__.c, Producer.__table__.c, Committee.__table__.c
_HELD = select(_C.id, _C.number, _C.status, _C.valid_until, _C.producer_id, _P.name).join_from(
    Certificate.__table__, Producer.__table__, _C.producer_id == _P.id
)
_BY_NUMBER = _HELD.where(
    _C.committee_id.in_(select(_COMMITTEE.id).where(_COMMITTEE.is_own)),
    _C.year == bindparam("year"),
    _C.sequence == bindparam("sequence"),
).limit(1)
_SUCCESSOR = _HELD.where(_C.supersedes_id == bindparam("id")).limit(1)


def _held(row: Any) -> _Held | None:
    return None if row is None else _Held(*row)


def _own_certificate(session: Session, record: CodeRecord, found: _Found) -> _Held | None:
    """This committee's certificate named by the record (looked up once per check)."""
    ident = (record.certificate_year, record.certificate_sequence)
    if ident not in found:
        row = session.connection().execute(_BY_NUMBER, {"year": ident[0], "sequence": ident[1]})
        found[ident] = _held(row.first())
    return found[ident]


def _current(session: Session, certificate: _Held) -> _Held:
    """A superseded certificate's labels follow the certificate that replaced it."""
    seen = {certificate.id}
    while certificate.status is CertificateStatus.SUPERSEDED:
        successor = _held(session.connection().execute(_SUCCESSOR, {"id": certificate.id}).first())
        if successor is None or successor.id in seen:
            break
        seen.add(successor.id)
        certificate = successor
    return certificate


def _status_lookup(session: Session, now: datetime, found: _Found) -> StatusLookup:
    def lookup(record: CodeRecord, key: TrustedKey) -> StatusView:
        if not key.own:
            return lists.listed_status(
                session,
                key.committee,
                record.region,
                record.certificate_year,
                record.certificate_sequence,
                now,
            )
        certificate = _own_certificate(session, record, found)
        if certificate is None:
            return StatusView(CertificateState.UNKNOWN, now, not_in_register=True)
        current = _current(session, certificate)
        state = _STATES.get(current.status, CertificateState.UNKNOWN)
        return StatusView(state, now, current.valid_until)

    return lookup


_SK, _TK = SigningKey.__table__.c, TrustedKeyRow.__table__.c
_KEYS = union_all(
    select(
        _SK.key_id,
        _SK.public_key,
        _COMMITTEE.code,
        _COMMITTEE.region_code,
        _SK.valid_from,
        _SK.valid_until,
        _SK.compromised_on,
        literal(True).label("own"),
        _SK.id,
    )
    .join_from(SigningKey.__table__, Committee.__table__, _SK.committee_id == _COMMITTEE.id)
    .where(_SK.key_id == bindparam("key_id")),
    select(
        _TK.key_id,
        _TK.public_key,
        _COMMITTEE.code,
        _TK.region_code,
        _TK.valid_from,
        _TK.valid_until,
        _TK.compromised_on,
        literal(False).label("own"),
        _TK.id,
    )
    .join_from(TrustedKeyRow.__table__, Committee.__table__, _TK.committee_id == _COMMITTEE.id)
    .where(_TK.key_id == bindparam("key_id"), _TK.removed_at.is_(None)),
)


class _Keys(keys.KeyLookup):
    """`keys.KeyLookup` read with one plain statement: this committee's keys with that id,
    then the trusted ones, each in the order it was stored."""

    def __getitem__(self, key_id: int) -> Sequence[TrustedKey]:
        rows = self.session.connection().execute(_KEYS, {"key_id": key_id}).all()
        found = [
            TrustedKey(*row[:7], own=bool(row[7]))  # type: ignore[misc]
            for row in sorted(rows, key=lambda r: (not r[7], r[8]))
        ]
        if not found:
            raise KeyError(key_id)
        return found


def _label_ref(record: CodeRecord, key: TrustedKey) -> str:
    return ":".join(
        str(part)
        for part in (
            key.committee,
            record.certificate_year,
            record.certificate_sequence,
            record.lot,
            record.serial,
        )
    )


def storable(text: str) -> str:
    """The text with any lone surrogate (half of a broken character pair, which no database can
    store) shown as U+FFFD, so a garbled scan is still logged as what it was."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def verify_text(
    session: Session,
    raw: str,
    *,
    place: str = "",
    input_kind: InputKind = InputKind.TEXT,
    username: str = "",
    record: bool = True,
    now: datetime | None = None,
    shown_text: str | None = None,
) -> VerificationResult:
    """Check one code as typed, pasted or decoded; log it unless `record` is false."""
    moment = now or clock.now()
    certificates: _Found = {}
    lookup = _status_lookup(session, moment, certificates)
    found = assess(raw, _Keys(session), clock.today(moment), lookup)
    text = shown_text if shown_text is not None else found.text
    result = VerificationResult(
        found.outcome,
        found.reason,
        (),
        storable(text[:MAX_INPUT]),
        input_kind.value,
        storable(place.strip()[:200]),
        moment,
    )
    flags = set(found.flags)
    if found.record is not None and found.key is not None:
        result = _describe(session, result, found, certificates)
        if found.record.kind is CodeKind.LABEL:
            flags |= _label_flags(session, found, result)
            stocked = _stock(session, result)
            if stocked is None:
                flags |= {Flag.UNCONFIRMED_PRINT}
            elif stocked.spoiled_as is not None:
                result = stocked
                flags |= {Flag.SPOILED_LABEL, Flag.ALARM}
    result = replace(result, flags=tuple(sorted(flags)))
    if record:
        result = _log(session, result, found, username)
    return result


def _describe(
    session: Session, result: VerificationResult, found: Assessment, certificates: _Found
) -> VerificationResult:
    """Fill in certificate, lot, product and producer: from the register when it is ours."""
    assert found.record is not None and found.key is not None
    rec, key = found.record, found.key
    result = replace(
        result,
        certificate=rec.certificate_number,
        lot=str(rec.lot) if rec.lot is not None else None,
        serial=rec.serial,
        committee=key.committee,
        key_id=format_key_id(key.key_id),
        signed_on=rec.signed_on,
        valid_until=rec.valid_until,
        status_as_of=found.status_as_of,
    )
    if not key.own or found.outcome is Outcome.KEY_COMPROMISED:
        return result
    certificate = _own_certificate(session, rec, certificates)
    if certificate is None:
        return result
    current = _current(session, certificate)
    result = replace(
        result,
        certificate=certificate.number,
        certificate_id=certificate.id,
        producer=certificate.producer,
        producer_id=certificate.producer_id,
        valid_until=current.valid_until,
    )
    conn = session.connection()
    row = None
    if rec.lot is not None:
        values = {"certificate": certificate.id, "lot_no": rec.lot, "serial": rec.serial or 0}
        row = conn.execute(_LOT, values).first()
    if row is None:
        products = ", ".join(conn.scalars(_SCOPE, {"certificate": certificate.id})) or None
        return replace(result, product=products)
    lot_id, lot_number, product, allocated, printed, in_batch, in_job = row
    return replace(
        result,
        lot=lot_number,
        lot_id=lot_id,
        product=product,
        printed=max(allocated or 0, printed or 0),
        issued=bool(in_batch or in_job),
    )


_CC, _PRODUCT = CodeCheck.__table__.c, Product.__table__.c
_LL, _LOT_C = LabelLot.__table__.c, Lot.__table__.c
_B, _PR, _PRINT = LabelBatch.__table__.c, LabelPrintRange.__table__.c, LabelPrint.__table__.c
_BATCHES = select(func.max(_B.last_serial)).where(_B.lot_id == _LL.lot_id)
_JOBS = (
    select(func.max(_PR.last_serial))
    .join_from(LabelPrintRange.__table__, LabelPrint.__table__, _PR.print_id == _PRINT.id)
    .where(_PRINT.lot_id == _LL.lot_id, _PRINT.kind == LabelJobKind.PRINT)
)
_IN_BATCH = (
    select(_B.id)
    .where(_B.lot_id == _LL.lot_id)
    .where(_B.first_serial <= bindparam("serial"), _B.last_serial >= bindparam("serial"))
    .exists()
)
_IN_JOB = (
    select(_PR.id)
    .join_from(LabelPrintRange.__table__, LabelPrint.__table__, _PR.print_id == _PRINT.id)
    .where(_PRINT.lot_id == _LL.lot_id, _PRINT.kind == LabelJobKind.PRINT)
    .where(_PR.first_serial <= bindparam("serial"), _PR.last_serial >= bindparam("serial"))
    .exists()
)
# Whether a serial was issued is read from the lot's allocations and print jobs, which the
# database keeps from overlapping (revision 0011), never from `label_lot.last_serial`: a counter
# moved by hand makes neither printed labels look unprinted nor unprinted ones printed.
_LOT = (
    select(
        _LOT_C.id,
        _LOT_C.lot_number,
        _PRODUCT.name,
        _BATCHES.scalar_subquery(),
        _JOBS.scalar_subquery(),
        _IN_BATCH,
        _IN_JOB,
    )
    .join_from(LabelLot.__table__, Lot.__table__, _LL.lot_id == _LOT_C.id)
    .join(Product.__table__, _LOT_C.product_id == _PRODUCT.id)
    .where(_LL.certificate_id == bindparam("certificate"), _LL.lot_no == bindparam("lot_no"))
)
_SCOPE = (
    select(_PRODUCT.name)
    .join_from(
        CertificateProduct.__table__,
        Product.__table__,
        CertificateProduct.__table__.c.product_id == _PRODUCT.id,
    )
    .where(CertificateProduct.__table__.c.certificate_id == bindparam("certificate"))
    .order_by(_PRODUCT.id)
)
_PLACES = (
    select(_CC.place_key).where(_CC.label_ref == bindparam("ref"), _CC.place_key != "").distinct()
)


def _label_flags(session: Session, found: Assessment, result: VerificationResult) -> set[Flag]:
    assert found.record is not None and found.key is not None
    flags: set[Flag] = set()
    if found.key.own and not result.issued:  # our key signed a label we never issued
        flags |= {Flag.POSSIBLY_CLONED, Flag.ALARM}
    ref = _label_ref(found.record, found.key)
    places = set(session.connection().scalars(_PLACES, {"ref": ref}))
    if result.place:
        places.add(fold(result.place))
    if len(places) > 1:
        flags.add(Flag.POSSIBLY_CLONED)
    return flags


_SP = LabelSpoilage.__table__.c
_HAS_SERIAL = (_SP.lot_id == bindparam("lot"), _SP.first_serial <= bindparam("serial"))
_SPOILED = and_(*_HAS_SERIAL, _SP.last_serial >= bindparam("serial"))


def _ranges(condition: ColumnElement[bool]) -> ScalarSelect[int]:
    return (
        select(func.count())
        .select_from(LabelPrintRange.__table__)
        .join(LabelPrint.__table__, _PR.print_id == _PRINT.id)
        .where(
            _PRINT.lot_id == bindparam("lot"),
            condition,
            _PR.first_serial <= bindparam("serial"),
            _PR.last_serial >= bindparam("serial"),
        )
        .scalar_subquery()
    )


# One row for a label serial: how often it was recorded spoiled and the last reason, how many
# reprint jobs took it, and whether a job that printed it is still pending.
_STOCK = select(
    select(func.count()).where(_SPOILED).scalar_subquery(),
    select(_SP.reason).where(_SPOILED).order_by(_SP.id.desc()).limit(1).scalar_subquery(),
    _ranges(_PRINT.kind == LabelJobKind.REPRINT),
    _ranges(_PRINT.status == LabelJobStatus.PENDING),
)


def _stock(session: Session, result: VerificationResult) -> VerificationResult | None:
    """The label stock's word on the checked serial: spoiled and not printed again (the reason
    in `spoiled_as`), or printed by a job nobody has yet confirmed (None). The rules of
    `spoilage_reason` and of a pending job, read in one statement."""
    if result.lot_id is None or result.serial is None:
        return result
    spoils, reason, reprints, pending = (
        session.connection().execute(_STOCK, {"lot": result.lot_id, "serial": result.serial}).one()
    )
    if result.issued and spoils and spoils >= 1 + reprints:
        detail = f"{Outcome.GENUINE_VALID.value}.spoiled_label"
        if result.outcome is not Outcome.GENUINE_VALID:
            detail = result.reason  # the certificate's state is the more important news
        return replace(result, reason=detail, spoiled_as=reason)
    return None if pending else result


def spoilage_reason(session: Session, lot_id: int, serial: int) -> str | None:
    """Why a label serial was last recorded as spoiled, if it has not been printed again since.

    The label stock's rule for one serial (`ledger.reconcile` applies it to runs): it is
    spoiled while it was recorded spoiled at least once per printing, the first printing and
    each reprint job that took it.
    """
    spoils = session.scalars(
        select(LabelSpoilage.reason)
        .where(
            LabelSpoilage.lot_id == lot_id,
            LabelSpoilage.first_serial <= serial,
            LabelSpoilage.last_serial >= serial,
        )
        .order_by(LabelSpoilage.id)
    ).all()
    if not spoils:
        return None
    reprints = session.scalar(
        select(func.count())
        .select_from(LabelPrintRange)
        .join(LabelPrint, LabelPrintRange.print_id == LabelPrint.id)
        .where(
            LabelPrint.lot_id == lot_id,
            LabelPrint.kind == LabelJobKind.REPRINT,
            LabelPrintRange.first_serial <= serial,
            LabelPrintRange.last_serial >= serial,
        )
    )
    return spoils[-1] if len(spoils) >= 1 + (reprints or 0) else None


def _log(
    session: Session, result: VerificationResult, found: Assessment, username: str
) -> VerificationResult:
    ref = None
    if found.record is not None and found.key is not None and found.record.kind is CodeKind.LABEL:
        ref = _label_ref(found.record, found.key)
    place_key, flags = fold(result.place), " ".join(result.flags)
    values = {
        "at": result.checked_at,
        "place": result.place,
        "place_key": place_key,
        "input_kind": result.input_kind,
        "outcome": result.outcome.value,
        "reason": result.reason,
        "flags": flags,
        "text": result.text,
        "label_ref": ref,
        "key_id": found.record.key_id if found.record else None,
        "certificate_id": result.certificate_id,
        "lot_id": result.lot_id,
        "serial": result.serial,
        "username": username,
    }
    session.flush()  # anything the session holds is written before the check that follows it
    key = session.connection().execute(_LOG, values).inserted_primary_key
    assert key is not None
    check_id = key[0]
    outcome = result.outcome.value
    count_check(session, result.checked_at, outcome, result.place, place_key, flags)
    return replace(result, check_id=check_id)


_LOG = insert(_table(CodeCheck))


def verify_image(
    session: Session,
    source: bytes | Path,
    *,
    place: str = "",
    input_kind: InputKind = InputKind.IMAGE,
    username: str = "",
    record: bool = True,
    now: datetime | None = None,
) -> VerificationResult:
    """Find the QR codes in an image and check the first that is one of ours (else the first)."""
    read = decode_image(source)
    if read.problem or not read.texts:
        outcome = Outcome.MALFORMED if read.problem else Outcome.NO_CODE
        reason = f"malformed.{read.problem}" if read.problem else "no_code.no_qr_in_image"
        return _failed(session, outcome, reason, input_kind, place, username, record, now)
    chosen = next((t for t in read.texts if _is_code(t)), read.texts[0])
    return verify_text(
        session,
        chosen,
        place=place,
        input_kind=input_kind,
        username=username,
        record=record,
        now=now,
        shown_text=chosen,
    )


def _is_code(text: str) -> bool:
    try:
        parse(text)
    except TextError:
        return False
    return True


def _failed(
    session: Session,
    outcome: Outcome,
    reason: str,
    input_kind: InputKind,
    place: str,
    username: str,
    record: bool,
    now: datetime | None,
) -> VerificationResult:
    result = VerificationResult(
        outcome, reason, (), "", input_kind.value, place.strip()[:200], now or clock.now()
    )
    if record:
        result = _log(session, result, Assessment(outcome, reason), username)
    return result


def verify_decoded(
    session: Session,
    read: ImageRead,
    *,
    place: str = "",
    input_kind: InputKind = InputKind.IMAGE,
    username: str = "",
    record: bool = True,
    now: datetime | None = None,
) -> list[VerificationResult]:
    """Check every code found in an image decoded beforehand, each logged as its own check: a
    photo of a whole sheet lists every label. Decoding a photo takes longer than a check, so it
    is done first, outside the transaction that logs. No code, or a bad image, is one result."""
    if read.problem or not read.texts:
        outcome = Outcome.MALFORMED if read.problem else Outcome.NO_CODE
        reason = f"malformed.{read.problem}" if read.problem else "no_code.no_qr_in_image"
        return [_failed(session, outcome, reason, input_kind, place, username, record, now)]
    moment = now or clock.now()
    return [
        verify_text(
            session,
            text,
            place=place,
            input_kind=input_kind,
            username=username,
            record=record,
            now=moment,
            shown_text=text,
        )
        for text in dict.fromkeys(read.texts)  # a code seen twice in one photo is one label
    ]
