"""Print jobs: the serials of a job recorded as pending before anything is drawn, then printed or
failed (its serials spoiled, ready for a reprint)."""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.certificates import effective_status
from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.documents.labels import PrinterOffset
from certification.documents.templates import LabelTemplate
from certification.labels.serials import (
    LabelAllocation,
    Ranges,
    allocate_label_serials,
    count_of,
    last_allocated,
    merge_ranges,
    ranges_text,
)
from certification.labels.states import SerialLedger, SerialState
from certification.labels.templates import _usable, printer_offset, template
from certification.users import UserInfo, require
from models import LabelLot, LabelPrint, LabelPrintRange, LabelSpoilage, Lot
from models.enums import CertificateStatus, LabelJobKind, LabelJobStatus, Role, SpoilReason

JOB_MAX = 10_000  # labels in one job: about 70 MB of PDF, a few minutes of an office printer


@dataclass(frozen=True)
class PrintJob:
    id: int
    lot_id: int
    kind: LabelJobKind
    status: LabelJobStatus
    serials: Ranges
    template: str
    start: int
    offset: PrinterOffset
    created_at: datetime
    created_by: str
    failure: str = ""
    lot_no: int = 0  # the lot's number within its certificate, as written in the codes
    run: str = ""  # the process that runs it (`this_run`)

    @property
    def labels(self) -> int:
        return count_of(self.serials)

    def allocation(self, certificate_id: int) -> LabelAllocation:
        """The job's serials in the form `codes.issuing.label_codes` signs (one run at a time)."""
        first, last = self.serials[0]
        return LabelAllocation(0, self.lot_id, certificate_id, self.lot_no, first, last)


def _job(row: LabelPrint, lot_no: int) -> PrintJob:
    return PrintJob(
        row.id,
        row.lot_id,
        row.kind,
        row.status,
        tuple((r.first_serial, r.last_serial) for r in row.ranges),
        row.template,
        row.start,
        PrinterOffset(row.dx, row.dy),
        row.created_at,
        row.created_by,
        row.failure,
        lot_no,
        row.run,
    )


def _lot(session: Session, lot_id: int) -> Lot:
    lot = session.get(Lot, lot_id)
    if lot is None:
        raise NotFound("lot.not_found", lot_number=str(lot_id), number="")
    return lot


def check_layout(t: LabelTemplate, start: int) -> None:
    _usable(t)
    if not 1 <= start <= t.per_page:
        raise InvalidInput("label.start", start=start, per_page=t.per_page)


def _new_job(
    session: Session,
    lot_id: int,
    kind: LabelJobKind,
    ranges: Ranges,
    t: LabelTemplate,
    start: int,
    username: str,
    batch_id: int | None = None,
    run: str = "",
) -> LabelPrint:
    offset = printer_offset(session, t.id)
    row = LabelPrint(
        lot_id=lot_id,
        batch_id=batch_id,
        kind=kind,
        status=LabelJobStatus.PENDING,
        labels=count_of(ranges),
        template=t.id,
        start=start,
        dx=offset.dx,
        dy=offset.dy,
        created_by=username,
        run=run[:80],
        ranges=[LabelPrintRange(first_serial=a, last_serial=b) for a, b in ranges],
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        username,
        f"labels.{kind.value}",
        "lot",
        lot_id,
        job=row.id,
        serials=ranges_text(ranges),
        template=t.id,
        start=start,
    )
    return row


def next_serial(session: Session, lot_id: int) -> int:
    """The serial a new job of the lot would start at."""
    return last_allocated(session, lot_id) + 1


def check_printable(session: Session, lot_id: int) -> None:
    """Labels only for a certificate in force today; the refusal names its state."""
    certificate = _lot(session, lot_id).certificate
    state = effective_status(certificate.status, certificate.valid_until, clock.today())
    if state is not CertificateStatus.ACTIVE:
        raise RuleViolation(f"labels.certificate_{state.value}", number=certificate.number)


def check_count(session: Session, lot_id: int, count: int) -> None:
    """1 to JOB_MAX labels, and for a lot counted in pieces no more labels than pieces."""
    if not 1 <= count <= JOB_MAX:
        raise InvalidInput("labels.bad_count", field="count", maximum=JOB_MAX)
    lot = _lot(session, lot_id)
    if lot.unit == "pcs":
        left = int(lot.quantity) - last_allocated(session, lot_id)
        if count > left:
            raise RuleViolation(
                "labels.more_than_lot", lot=lot.lot_number, left=max(left, 0), count=count
            )


def start_print(
    session: Session,
    lot_id: int,
    count: int,
    template_id: str | None,
    start: int,
    username: str,
    run: str = "",
) -> PrintJob:
    """Allocate `count` new serials and record the job as pending; commit before drawing."""
    # The lot's row is held from here to commit, so two printers cannot both pass the count.
    session.scalars(select(Lot).where(Lot.id == lot_id).with_for_update()).first()
    check_printable(session, lot_id)
    check_count(session, lot_id, count)
    t = template(session, template_id)
    check_layout(t, start)
    allocation = allocate_label_serials(session, lot_id, count, username)
    row = _new_job(
        session,
        lot_id,
        LabelJobKind.PRINT,
        ((allocation.first_serial, allocation.last_serial),),
        t,
        start,
        username,
        allocation.batch_id,
        run,
    )
    return _job(row, allocation.lot_no)


def start_reprint(
    session: Session,
    lot_id: int,
    serials: Ranges,
    template_id: str | None,
    start: int,
    username: str,
    run: str = "",
) -> PrintJob:
    """Print spoiled labels again with their own serials; no serial is allocated."""
    ranges = merge_ranges(serials)
    if not ranges or not 1 <= count_of(ranges) <= JOB_MAX:
        raise InvalidInput("labels.bad_count", field="count", maximum=JOB_MAX)
    t = template(session, template_id)
    check_layout(t, start)
    check_printable(session, lot_id)
    ledger = SerialLedger(session, lot_id)
    wrong = [r for r in ranges if any(s is not SerialState.SPOILED for s in ledger.states(r))]
    if wrong:
        raise RuleViolation("labels.not_spoiled", serials=ranges_text(wrong))
    row = _new_job(session, lot_id, LabelJobKind.REPRINT, ranges, t, start, username, run=run)
    return _job(row, ledger.lot_no)


def _pending(session: Session, job_id: int, *, or_printed: bool = False) -> LabelPrint:
    row = session.get(LabelPrint, job_id, with_for_update=True)
    if row is None:
        raise NotFound("labels.job_not_found", job=job_id)
    allowed = {LabelJobStatus.PENDING} | ({LabelJobStatus.PRINTED} if or_printed else set())
    if row.status not in allowed:
        raise RuleViolation("labels.job_finished", job=job_id, status=row.status)
    return row


def finish_print(session: Session, job_id: int, username: str) -> None:
    """The PDF was written whole: the job's labels count as printed."""
    row = _pending(session, job_id)
    row.status, row.finished_at = LabelJobStatus.PRINTED, clock.now()
    audit.record(session, username, "labels.printed", "lot", row.lot_id, job=job_id)


def fail_print(
    session: Session, job_id: int, failure: str, username: str, *, after_printed: bool = False
) -> None:
    """Nothing was printed: the job's serials are recorded as spoiled so they can be printed
    again, never handed out anew. `after_printed`: the outcome was recorded but the file could
    not be handed over after all."""
    row = _pending(session, job_id, or_printed=after_printed)
    row.status, row.finished_at, row.failure = LabelJobStatus.FAILED, clock.now(), failure[:80]
    for r in row.ranges:
        session.add(
            LabelSpoilage(
                lot_id=row.lot_id,
                first_serial=r.first_serial,
                last_serial=r.last_serial,
                reason=SpoilReason.PRINT_FAILED,
                note=failure,
                print_id=row.id,
                recorded_by=username,
            )
        )
    session.flush()
    audit.record(
        session, username, "labels.print_failed", "lot", row.lot_id, job=job_id, failure=failure
    )


# Runs ------------------------------------------------------------------------------------------

STALE_AFTER = timedelta(hours=1)  # no job takes this long: its run is over
_STARTED = int(time.time())


def this_run() -> str:
    """This process, as named on the jobs it prints: host, process id, start time."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{_STARTED}"


def _run_over(run: str, created_at: datetime, now: datetime) -> bool:
    """Whether the process that ran a job can no longer finish it."""
    if now - created_at > STALE_AFTER:
        return True
    host, _, rest = run.partition(":")
    pid, _, started = rest.partition(":")
    if host != socket.gethostname()[:40] or not pid.isdigit():
        return False  # another workstation's job, still young: it may yet report
    if run == this_run():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return int(pid) == os.getpid() and started != str(_STARTED)  # this pid, another process


def resolve_interrupted(session: Session, username: str, now: datetime | None = None) -> list[int]:
    """Jobs whose run is over without reporting: nothing of theirs was handed over (a job hands
    its file over only once its outcome is recorded), so they fail and their serials are spoiled,
    ready for a reprint. Jobs of earlier versions (no run named) wait for a person to say whether
    they were printed (`confirm_print`)."""
    moment = now or clock.now()
    rows = session.scalars(
        select(LabelPrint).where(LabelPrint.status == LabelJobStatus.PENDING, LabelPrint.run != "")
    ).all()
    failed = []
    for row in rows:
        if _run_over(row.run, row.created_at, moment):
            fail_print(session, row.id, "labels.interrupted", username)
            failed.append(row.id)
    return failed


def unconfirmed(session: Session, lot_id: int | None = None) -> list[PrintJob]:
    """Pending jobs nobody can vouch for: recorded before jobs named their run, or still young
    on another workstation. A person says whether they were printed."""
    stmt = select(LabelPrint).where(LabelPrint.status == LabelJobStatus.PENDING)
    if lot_id is not None:
        stmt = stmt.where(LabelPrint.lot_id == lot_id)
    out = []
    for row in session.scalars(stmt.order_by(LabelPrint.id)):
        labels = session.get(LabelLot, row.lot_id)
        out.append(_job(row, labels.lot_no if labels else 0))
    return out


def confirm_print(session: Session, actor: UserInfo, job_id: int, printed: bool) -> None:
    """A person answers "was it printed?" for a pending job: printed, or failed with its serials
    spoiled for a reprint."""
    require(actor, Role.CLERK)
    if printed:
        finish_print(session, job_id, actor.username)
    else:
        fail_print(session, job_id, "labels.not_printed", actor.username)
