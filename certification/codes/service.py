"""Verifying a returned code against this office's register, and remembering every check.

The pure checks (`verification.assess`) run first; this module supplies what only the register
knows: the status of this committee's certificates, imported status lists of other committees,
how many labels of a lot were printed, which were spoiled and not printed again, and where the
same label was checked before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

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
    Certificate,
    CodeCheck,
    Committee,
    LabelLot,
    LabelPrint,
    LabelPrintRange,
    LabelSpoilage,
    Lot,
    fold,
)
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
    printed: int = 0  # labels printed for the lot so far (this committee's labels)
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


_Found = dict[tuple[int, int], Certificate | None]


def _own_certificate(session: Session, record: CodeRecord, found: _Found) -> Certificate | None:
    """This committee's certificate named by the record (looked up once per check)."""
    ident = (record.certificate_year, record.certificate_sequence)
    if ident not in found:
        found[ident] = session.scalars(
            select(Certificate)
            .join(Committee, Certificate.committee_id == Committee.id)
            .where(
                Committee.is_own,
                Certificate.year == record.certificate_year,
                Certificate.sequence == record.certificate_sequence,
            )
            .options(joinedload(Certificate.producer))
        ).first()
    return found[ident]


def _current(session: Session, certificate: Certificate) -> Certificate:
    """A superseded certificate's labels follow the certificate that replaced it."""
    seen = {certificate.id}
    while certificate.status is CertificateStatus.SUPERSEDED:
        successor = session.scalars(
            select(Certificate).where(Certificate.supersedes_id == certificate.id)
        ).first()
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
    found = assess(raw, keys.KeyLookup(session), clock.today(moment), lookup)
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
            result = _spoiled(session, result)
            if result.spoiled_as is not None:
                flags |= {Flag.SPOILED_LABEL, Flag.ALARM}
            elif _unconfirmed(session, result):
                flags |= {Flag.UNCONFIRMED_PRINT}
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
        producer=certificate.producer.name,
        producer_id=certificate.producer_id,
        valid_until=current.valid_until,
    )
    row = None
    if rec.lot is not None:
        row = session.execute(
            select(LabelLot, Lot)
            .join(Lot, LabelLot.lot_id == Lot.id)
            .where(LabelLot.certificate_id == certificate.id, LabelLot.lot_no == rec.lot)
            .options(joinedload(Lot.product))
        ).first()
    if row is None:
        products = ", ".join(p.name for p in certificate.products) or None
        return replace(result, product=products)
    labels, lot = row
    return replace(
        result,
        lot=lot.lot_number,
        lot_id=lot.id,
        product=lot.product.name,
        printed=labels.last_serial,
    )


def _label_flags(session: Session, found: Assessment, result: VerificationResult) -> set[Flag]:
    assert found.record is not None and found.key is not None
    flags: set[Flag] = set()
    serial = found.record.serial or 0
    if found.key.own and serial > result.printed:  # our key signed a label we never printed
        flags |= {Flag.POSSIBLY_CLONED, Flag.ALARM}
    places = set(
        session.scalars(
            select(CodeCheck.place_key)
            .where(CodeCheck.label_ref == _label_ref(found.record, found.key))
            .where(CodeCheck.place_key != "")
            .distinct()
        )
    )
    if result.place:
        places.add(fold(result.place))
    if len(places) > 1:
        flags.add(Flag.POSSIBLY_CLONED)
    return flags


def _spoiled(session: Session, result: VerificationResult) -> VerificationResult:
    """A label recorded as spoiled and not printed again belongs in a bin, not on a product."""
    if result.lot_id is None or result.serial is None or result.serial > result.printed:
        return result
    reason = spoilage_reason(session, result.lot_id, result.serial)
    if reason is None:
        return result
    detail = f"{Outcome.GENUINE_VALID.value}.spoiled_label"
    if result.outcome is not Outcome.GENUINE_VALID:
        detail = result.reason  # the certificate's state is the more important news
    return replace(result, reason=detail, spoiled_as=reason)


def _unconfirmed(session: Session, result: VerificationResult) -> bool:
    """A serial whose print job is still pending: nobody has said the label was printed."""
    if result.lot_id is None or result.serial is None:
        return False
    pending = session.scalar(
        select(func.count())
        .select_from(LabelPrintRange)
        .join(LabelPrint, LabelPrintRange.print_id == LabelPrint.id)
        .where(
            LabelPrint.lot_id == result.lot_id,
            LabelPrint.status == LabelJobStatus.PENDING,
            LabelPrintRange.first_serial <= result.serial,
            LabelPrintRange.last_serial >= result.serial,
        )
    )
    return bool(pending)


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
    check = CodeCheck(
        at=result.checked_at,
        place=result.place,
        place_key=fold(result.place),
        input_kind=result.input_kind,
        outcome=result.outcome.value,
        reason=result.reason,
        flags=" ".join(result.flags),
        text=result.text,
        label_ref=ref,
        key_id=found.record.key_id if found.record else None,
        certificate_id=result.certificate_id,
        lot_id=result.lot_id,
        serial=result.serial,
        username=username,
    )
    session.add(check)
    session.flush()
    count_check(session, check.at, check.outcome, check.place, check.place_key, check.flags)
    return replace(result, check_id=check.id)


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
