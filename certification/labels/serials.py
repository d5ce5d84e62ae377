"""Label serials: allocated per lot, and written as runs («5, 7-9, 12»).

Serials have the guarantee of certificate numbers: taken inside a write transaction that holds the
lot's row (SELECT … FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite), committed before any
label is drawn, so concurrent printers never receive the same serial and a crash mid-print leaves
the serials recorded as issued rather than free to hand out again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification.codes.record import MAX_LOT, MAX_SERIAL
from certification.core import audit, clock
from certification.core.counters import next_value
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from models import Certificate, LabelBatch, LabelLot, LabelPrint, LabelPrintRange, Lot
from models.enums import CertificateStatus, LabelJobKind

MAX_BATCH = 100_000
Ranges = tuple[tuple[int, int], ...]


# Serials as people type them -------------------------------------------------------------------


def parse_serials(text: str) -> Ranges:
    """«5, 7-9, 12» → ((5, 5), (7, 9), (12, 12)); merged, in order."""
    found: list[tuple[int, int]] = []
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        m = re.fullmatch(r"0*(\d{1,8})(?:[-–]0*(\d{1,8}))?", part)
        if m is None:
            raise InvalidInput("labels.bad_serials", field="serials", value=part)
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if first < 1 or last < first:
            raise InvalidInput("labels.bad_serials", field="serials", value=part)
        found.append((first, last))
    if not found:
        raise InvalidInput("labels.bad_serials", field="serials", value=text)
    return merge_ranges(found)


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> Ranges:
    out: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return tuple(out)


def ranges_text(ranges: Iterable[tuple[int, int]]) -> str:
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in ranges)


def count_of(ranges: Iterable[tuple[int, int]]) -> int:
    return sum(last - first + 1 for first, last in ranges)


def serials_of(ranges: Iterable[tuple[int, int]]) -> list[int]:
    return [s for first, last in ranges for s in range(first, last + 1)]


# Allocation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelAllocation:
    batch_id: int
    lot_id: int
    certificate_id: int
    lot_no: int  # the lot's number within its certificate, as written in the codes
    first_serial: int
    last_serial: int

    @property
    def serials(self) -> range:
        return range(self.first_serial, self.last_serial + 1)


def _printable(certificate: Certificate, day: date) -> None:
    if certificate.status is not CertificateStatus.ACTIVE or day > certificate.valid_until:
        status = "expired" if day > certificate.valid_until else certificate.status.value
        raise RuleViolation("labels.certificate_not_valid", status=status)


def issued_serials(session: Session, lot_id: int) -> int:
    """The highest serial the lot's allocations and print jobs hold. The lot's counter should say
    the same; one lowered by hand must not hand those serials out again."""
    batches = session.scalar(
        select(func.max(LabelBatch.last_serial)).where(LabelBatch.lot_id == lot_id)
    )
    printed = session.scalar(
        select(func.max(LabelPrintRange.last_serial))
        .join(LabelPrint, LabelPrint.id == LabelPrintRange.print_id)
        .where(LabelPrint.lot_id == lot_id, LabelPrint.kind == LabelJobKind.PRINT)
    )
    return max(batches or 0, printed or 0)


def issued_ranges(session: Session, lot_id: int) -> Ranges:
    """Every serial the lot's allocations and print jobs hold, as merged ranges: what a label
    check calls issued (a serial in a gap left by a counter moved by hand was never issued)."""
    batches = session.execute(
        select(LabelBatch.first_serial, LabelBatch.last_serial).where(LabelBatch.lot_id == lot_id)
    ).tuples()
    printed = session.execute(
        select(LabelPrintRange.first_serial, LabelPrintRange.last_serial)
        .join(LabelPrint, LabelPrint.id == LabelPrintRange.print_id)
        .where(LabelPrint.lot_id == lot_id, LabelPrint.kind == LabelJobKind.PRINT)
    ).tuples()
    return merge_ranges([*batches, *printed])


def last_allocated(session: Session, lot_id: int) -> int:
    """The lot's last serial given out: its counter, or what its jobs hold when that is more."""
    labels = session.get(LabelLot, lot_id)
    return max(labels.last_serial if labels else 0, issued_serials(session, lot_id))


def allocate_label_serials(
    session: Session,
    lot_id: int,
    count: int,
    username: str,
    note: str = "",
    on: date | None = None,
) -> LabelAllocation:
    """Take the next `count` serials of a lot; commit before producing the labels."""
    if not 1 <= count <= MAX_BATCH:
        raise InvalidInput("labels.bad_count", field="count", maximum=MAX_BATCH)
    lot = session.scalars(select(Lot).where(Lot.id == lot_id).with_for_update()).first()
    if lot is None:
        raise NotFound("lot.not_found", lot=lot_id)
    _printable(lot.certificate, on or clock.today())
    labels = session.get(LabelLot, lot_id, with_for_update=True)
    if labels is None:
        lot_no = next_value(session, f"codes.lots.{lot.certificate_id}")
        if lot_no > MAX_LOT:
            raise RuleViolation("labels.lots_exhausted")
        labels = LabelLot(lot_id=lot_id, certificate_id=lot.certificate_id, lot_no=lot_no)
        labels.last_serial = 0
        session.add(labels)
    # Under the lot's lock: the counter, checked against what allocations and jobs already hold.
    counter = labels.last_serial
    held = max(counter, issued_serials(session, lot_id))
    first = held + 1
    last = first + count - 1
    if last > MAX_SERIAL:
        raise RuleViolation("labels.serials_exhausted", left=MAX_SERIAL - held)
    labels.last_serial = last
    batch = LabelBatch(
        lot_id=lot_id, first_serial=first, last_serial=last, allocated_by=username, note=note
    )
    session.add(batch)
    session.flush()
    lowered = {"counter_was": counter} if counter < held else {}
    audit.record(
        session,
        username,
        "labels.allocate",
        "lot",
        lot_id,
        first=first,
        last=last,
        note=note,
        **lowered,
    )
    return LabelAllocation(batch.id, lot_id, lot.certificate_id, labels.lot_no, first, last)
