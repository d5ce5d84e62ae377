"""Label stock: the office's own templates, printer offsets, and the reconciliation of every label
serial of a lot — printed, spoiled (with a reason), printed again, or still pending.

Rules that keep every serial accounted for:
- a print job takes new serials from `codes.issuing.allocate_label_serials` and is recorded as
  pending in the same transaction, before any label is drawn;
- a job that fails after its serials were allocated is marked failed and its serials are recorded
  as spoiled (reason `print_failed`), so they can be printed again, never lost and never reissued;
- a label may be spoiled only while its latest printing is not spoiled yet, and printed again only
  once spoiled: at most one good copy of a serial is ever in circulation;
- a reprint reuses the spoiled serials and never allocates new ones.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.certificates import effective_status
from certification.codes.issuing import (
    LabelAllocation,
    allocate_label_serials,
)
from certification.core import audit, clock
from certification.core.errors import InvalidInput, NotFound, RuleViolation
from certification.documents.labels import LabelGeometry, PrinterOffset
from certification.documents.templates import (
    LabelTemplate,
    Layout,
    builtin_templates,
    find_template,
    parse_glabels,
)
from certification.users import UserInfo, require
from models import (
    LabelLot,
    LabelPrint,
    LabelPrintRange,
    LabelSpoilage,
    LabelTemplateRecord,
    Lot,
)
from models import PrinterOffset as OffsetRow
from models.enums import CertificateStatus, Role

JOB_MAX = 10_000  # labels in one job: about 70 MB of PDF, a few minutes of an office printer
SPOIL_REASONS = ("misprint", "jammed", "damaged", "lost", "print_failed", "other")
DEFAULT_TEMPLATE = "a4-3x8"
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


# Templates -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInfo:
    template: LabelTemplate
    source: str  # "builtin", "glabels" or "typed"
    offset: PrinterOffset

    @property
    def id(self) -> str:
        return self.template.id


def _template_of(row: LabelTemplateRecord) -> LabelTemplate:
    return LabelTemplate(
        id=row.code,
        brand=row.brand,
        part=row.part,
        description=row.description,
        page_width=row.page_width,
        page_height=row.page_height,
        label_width=row.label_width,
        label_height=row.label_height,
        layouts=tuple(Layout(*lay) for lay in json.loads(row.layouts)),
        corner=row.corner,
        roll=row.roll,
    )


def own_templates(session: Session) -> tuple[LabelTemplate, ...]:
    rows = session.scalars(
        select(LabelTemplateRecord)
        .where(LabelTemplateRecord.removed_at.is_(None))
        .order_by(LabelTemplateRecord.code)
    )
    return tuple(_template_of(r) for r in rows)


def template(session: Session, template_id: str | None) -> LabelTemplate:
    """A template by id among the office's own and the built-ins (the A4 3×8 sheet by default)."""
    return find_template((template_id or DEFAULT_TEMPLATE).strip(), own_templates(session))


def templates(session: Session) -> list[TemplateInfo]:
    offsets = {o.template: PrinterOffset(o.dx, o.dy) for o in session.scalars(select(OffsetRow))}
    rows = session.execute(
        select(LabelTemplateRecord.code, LabelTemplateRecord.source).where(
            LabelTemplateRecord.removed_at.is_(None)
        )
    )
    sources = {code: source for code, source in rows}
    out = [
        TemplateInfo(t, "builtin", offsets.get(t.id, PrinterOffset())) for t in builtin_templates()
    ]
    out += [
        TemplateInfo(t, sources[t.id], offsets.get(t.id, PrinterOffset()))
        for t in own_templates(session)
    ]
    return out


def _usable(t: LabelTemplate) -> None:
    """A template Belgi can print on: labels on the page and big enough for a readable code."""
    t.check()
    LabelGeometry.for_template(t)


def _store(session: Session, t: LabelTemplate, source: str, username: str) -> None:
    layouts = json.dumps([[lay.nx, lay.ny, lay.x0, lay.y0, lay.dx, lay.dy] for lay in t.layouts])
    row = session.scalars(
        select(LabelTemplateRecord).where(LabelTemplateRecord.code == t.id)
    ).first()
    if row is None:
        row = LabelTemplateRecord(code=t.id, created_by=username)
        session.add(row)
    row.brand, row.part, row.description, row.source = t.brand, t.part, t.description, source
    row.page_width, row.page_height = t.page_width, t.page_height
    row.label_width, row.label_height = t.label_width, t.label_height
    row.corner, row.roll, row.layouts = t.corner, t.roll, layouts
    row.removed_at = None
    session.flush()


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]
    skipped: tuple[str, ...]  # already known, or too small for a readable code


def import_glabels(session: Session, actor: UserInfo, data: bytes) -> ImportResult:
    """Take in the rectangular templates of a gLabels file; ones already known are left as they
    are, so importing a vendor's file twice changes nothing."""
    require(actor, Role.CLERK)
    username = actor.username
    found = parse_glabels(data)
    known = {t.id for t in builtin_templates()} | {t.id for t in own_templates(session)}
    added, skipped = [], []
    for t in found:
        if t.id in known or len(t.id) > 80:
            skipped.append(t.id)
            continue
        try:
            _usable(t)
        except InvalidInput:
            skipped.append(t.id)
            continue
        _store(session, t, "glabels", username)
        known.add(t.id)
        added.append(t.id)
    if added:
        audit.record(
            session, username, "label_template.import", "label_template", added[0], added=added
        )
    return ImportResult(tuple(added), tuple(skipped))


def add_template(
    session: Session,
    actor: UserInfo,
    code: str,
    *,
    page: tuple[float, float],
    label: tuple[float, float],
    grid: tuple[int, int],
    origin: tuple[float, float] = (0.0, 0.0),
    pitch: tuple[float, float] | None = None,
    corner: float = 0.0,
    roll: bool = False,
    description: str = "",
) -> TemplateInfo:
    """A template typed in from the sheet's packaging: page and label size, columns × rows, the
    first label's top-left corner and the distance between labels (mm)."""
    require(actor, Role.CLERK)
    username = actor.username
    code = " ".join(code.split())
    if not code or len(code) > 80:
        raise InvalidInput("label.template_code", field="template", value=code)
    known = {t.id for t in builtin_templates()} | {t.id for t in own_templates(session)}
    if code in known:
        raise RuleViolation("label.template_exists", template=code)
    values = (*page, *label, *origin, *(pitch or label), corner)
    if any(not 0 <= v <= 2000 for v in values) or not (1 <= grid[0] <= 50 and 1 <= grid[1] <= 200):
        raise InvalidInput("label.template_invalid", template=code)
    dx, dy = pitch or label
    brand, _, part = code.partition(" ")
    t = LabelTemplate(
        id=code,
        brand=brand if part else "",
        part=part or code,
        description=description.strip()[:200],
        page_width=page[0],
        page_height=page[1],
        label_width=label[0],
        label_height=label[1],
        layouts=(Layout(grid[0], grid[1], origin[0], origin[1], dx, dy),),
        corner=corner,
        roll=roll,
    )
    _usable(t)
    if (grid[0] > 1 and dx < label[0]) or (grid[1] > 1 and dy < label[1]):
        raise InvalidInput("label.template_invalid", template=code)
    _store(session, t, "typed", username)
    audit.record(
        session, username, "label_template.add", "label_template", code, page=page, label=label
    )
    return TemplateInfo(t, "typed", printer_offset(session, code))


def remove_template(session: Session, actor: UserInfo, template_id: str) -> None:
    """Hide an own template from choice lists; past jobs keep its name."""
    require(actor, Role.CLERK)
    row = session.scalars(
        select(LabelTemplateRecord).where(
            LabelTemplateRecord.code == template_id.strip(),
            LabelTemplateRecord.removed_at.is_(None),
        )
    ).first()
    if row is None:
        raise NotFound("label.template_not_found", template=template_id)
    row.removed_at = clock.now()
    audit.record(session, actor.username, "label_template.remove", "label_template", row.code)


# Printer offsets -------------------------------------------------------------------------------


def printer_offset(session: Session, template_id: str) -> PrinterOffset:
    row = session.get(OffsetRow, template_id)
    return PrinterOffset(row.dx, row.dy) if row else PrinterOffset()


def set_printer_offset(
    session: Session, actor: UserInfo, template_id: str, dx: float, dy: float
) -> PrinterOffset:
    """Calibrate the printer for a template, measured from the outline page (mm)."""
    require(actor, Role.CLERK)
    username = actor.username
    t = template(session, template_id)
    offset = PrinterOffset(round(float(dx), 2), round(float(dy), 2))
    offset.check()
    row = session.get(OffsetRow, t.id)
    if row is None:
        row = OffsetRow(template=t.id, updated_by=username)
        session.add(row)
    row.dx, row.dy, row.updated_by, row.updated_at = offset.dx, offset.dy, username, clock.now()
    session.flush()
    audit.record(
        session, username, "printer_offset.set", "label_template", t.id, dx=offset.dx, dy=offset.dy
    )
    return offset


# Print jobs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintJob:
    id: int
    lot_id: int
    kind: str  # "print" or "reprint"
    status: str  # "pending", "printed", "failed"
    serials: Ranges
    template: str
    start: int
    offset: PrinterOffset
    created_at: datetime
    created_by: str
    failure: str = ""
    lot_no: int = 0  # the lot's number within its certificate, as written in the codes

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
    kind: str,
    ranges: Ranges,
    t: LabelTemplate,
    start: int,
    username: str,
    batch_id: int | None = None,
) -> LabelPrint:
    offset = printer_offset(session, t.id)
    row = LabelPrint(
        lot_id=lot_id,
        batch_id=batch_id,
        kind=kind,
        status="pending",
        labels=count_of(ranges),
        template=t.id,
        start=start,
        dx=offset.dx,
        dy=offset.dy,
        created_by=username,
        ranges=[LabelPrintRange(first_serial=a, last_serial=b) for a, b in ranges],
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        username,
        f"labels.{kind}",
        "lot",
        lot_id,
        job=row.id,
        serials=ranges_text(ranges),
        template=t.id,
        start=start,
    )
    return row


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
        labels = session.get(LabelLot, lot_id)
        left = int(lot.quantity) - (labels.last_serial if labels else 0)
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
        "print",
        ((allocation.first_serial, allocation.last_serial),),
        t,
        start,
        username,
        allocation.batch_id,
    )
    return _job(row, allocation.lot_no)


def start_reprint(
    session: Session,
    lot_id: int,
    serials: Ranges,
    template_id: str | None,
    start: int,
    username: str,
) -> PrintJob:
    """Print spoiled labels again with their own serials; no serial is allocated."""
    ranges = merge_ranges(serials)
    if not ranges or not 1 <= count_of(ranges) <= JOB_MAX:
        raise InvalidInput("labels.bad_count", field="count", maximum=JOB_MAX)
    t = template(session, template_id)
    check_layout(t, start)
    check_printable(session, lot_id)
    ledger = _ledger(session, lot_id)
    wrong = [r for r in ranges if any(s != "spoiled" for s in ledger.states(r))]
    if wrong:
        raise RuleViolation("labels.not_spoiled", serials=ranges_text(wrong))
    row = _new_job(session, lot_id, "reprint", ranges, t, start, username)
    return _job(row, ledger.lot_no)


def _pending(session: Session, job_id: int) -> LabelPrint:
    row = session.get(LabelPrint, job_id, with_for_update=True)
    if row is None:
        raise NotFound("labels.job_not_found", job=job_id)
    if row.status != "pending":
        raise RuleViolation("labels.job_finished", job=job_id, status=row.status)
    return row


def finish_print(session: Session, job_id: int, username: str) -> None:
    """The PDF was written whole: the job's labels count as printed."""
    row = _pending(session, job_id)
    row.status, row.finished_at = "printed", clock.now()
    audit.record(session, username, "labels.printed", "lot", row.lot_id, job=job_id)


def fail_print(session: Session, job_id: int, failure: str, username: str) -> None:
    """Nothing was printed: the job's serials are recorded as spoiled so they can be printed
    again, never handed out anew."""
    row = _pending(session, job_id)
    row.status, row.finished_at, row.failure = "failed", clock.now(), failure[:80]
    for r in row.ranges:
        session.add(
            LabelSpoilage(
                lot_id=row.lot_id,
                first_serial=r.first_serial,
                last_serial=r.last_serial,
                reason="print_failed",
                note=failure,
                print_id=row.id,
                recorded_by=username,
            )
        )
    session.flush()
    audit.record(
        session, username, "labels.print_failed", "lot", row.lot_id, job=job_id, failure=failure
    )


def spoil(
    session: Session,
    actor: UserInfo,
    lot_id: int,
    serials: Ranges,
    reason: str,
    note: str = "",
) -> Ranges:
    """Record labels that will not reach a product; they may then be printed again."""
    require(actor, Role.CLERK)
    username = actor.username
    if reason not in SPOIL_REASONS or reason == "print_failed":
        raise InvalidInput("labels.bad_reason", field="reason", value=reason)
    note = note.strip()
    if reason == "other" and not note:
        raise InvalidInput("labels.note_required", field="note")
    ranges = merge_ranges(serials)
    if not ranges:
        raise InvalidInput("labels.bad_serials", field="serials", value="")
    _lot(session, lot_id)
    session.get(LabelLot, lot_id, with_for_update=True)  # one writer at a time per lot
    ledger = _ledger(session, lot_id)
    outside = [r for r in ranges if r[1] > ledger.allocated]
    if outside:
        raise RuleViolation(
            "labels.not_allocated", serials=ranges_text(outside), allocated=ledger.allocated
        )
    again = [r for r in ranges if any(s == "spoiled" for s in ledger.states(r))]
    if again:
        raise RuleViolation("labels.already_spoiled", serials=ranges_text(again))
    for first, last in ranges:
        session.add(
            LabelSpoilage(
                lot_id=lot_id,
                first_serial=first,
                last_serial=last,
                reason=reason,
                note=note[:500],
                recorded_by=username,
            )
        )
    session.flush()
    audit.record(
        session,
        username,
        "labels.spoiled",
        "lot",
        lot_id,
        serials=ranges_text(ranges),
        reason=reason,
        note=note,
    )
    return ranges


# Reconciliation --------------------------------------------------------------------------------

STATES = ("printed", "spoiled", "pending", "unrecorded")


class _Ledger:
    """Every serial of a lot and what became of it, computed over runs of serials that share a
    history (so a lot of 100,000 labels costs as much as its few dozen jobs)."""

    def __init__(self, session: Session, lot_id: int) -> None:
        labels = session.get(LabelLot, lot_id)
        self.lot_no = labels.lot_no if labels else 0
        self.allocated = labels.last_serial if labels else 0
        jobs = list(
            session.scalars(select(LabelPrint).where(LabelPrint.lot_id == lot_id).order_by("id"))
        )
        spoils = list(
            session.scalars(
                select(LabelSpoilage).where(LabelSpoilage.lot_id == lot_id).order_by("id")
            )
        )
        self.jobs = jobs
        self.spoils = spoils
        cuts = {1, self.allocated + 1}
        for job in jobs:
            for r in job.ranges:
                cuts |= {r.first_serial, r.last_serial + 1}
        for sp in spoils:
            cuts |= {sp.first_serial, sp.last_serial + 1}
        self.cuts = sorted(c for c in cuts if 1 <= c <= self.allocated + 1)
        n = len(self.cuts) - 1
        self.attempts = [1] * n  # the first printing, recorded by a job or not
        self.latest = ["unrecorded"] * n
        self.reprints = [0] * n
        self.spoiled = [0] * n
        self.reason = [""] * n
        for job in jobs:
            for r in job.ranges:
                for i in self._segments(r.first_serial, r.last_serial):
                    if job.kind == "reprint":
                        self.attempts[i] += 1
                        self.reprints[i] += 1 if job.status == "printed" else 0
                    self.latest[i] = job.status
        for sp in spoils:
            for i in self._segments(sp.first_serial, sp.last_serial):
                self.spoiled[i] += 1
                self.reason[i] = sp.reason

    def _segments(self, first: int, last: int) -> range:
        lo = bisect_left(self.cuts, first)
        hi = bisect_left(self.cuts, min(last, self.allocated) + 1)
        return range(lo, hi)

    def state(self, i: int) -> str:
        if self.spoiled[i] >= self.attempts[i]:
            return "spoiled"
        return {"printed": "printed", "pending": "pending"}.get(self.latest[i], "unrecorded")

    def states(self, r: tuple[int, int]) -> list[str]:
        """States of the runs covering `r`; serials beyond the allocation read as unallocated."""
        out = [self.state(i) for i in self._segments(*r)]
        return out + (["unallocated"] if r[1] > self.allocated else [])

    def runs(self) -> Iterable[tuple[int, int, int]]:
        for i in range(len(self.cuts) - 1):
            yield i, self.cuts[i], self.cuts[i + 1] - 1


def _ledger(session: Session, lot_id: int) -> _Ledger:
    return _Ledger(session, lot_id)


@dataclass(frozen=True)
class SpoiledRun:
    first: int
    last: int
    reason: str


@dataclass(frozen=True)
class Reconciliation:
    """A lot's label serials: allocated = printed + spoiled + pending + unrecorded."""

    lot_id: int
    lot_number: str
    certificate_number: str
    allocated: int
    printed: int  # a good label is out there (once printed, or printed again)
    reprinted: int  # of `printed`: serials printed again after being spoiled
    spoiled: int  # spoiled and not printed again (yet)
    pending: int  # in a job that never reported back (interrupted)
    unrecorded: int  # allocated without a print job on record
    spoiled_by_reason: dict[str, int]
    spoiled_runs: tuple[SpoiledRun, ...]
    jobs: tuple[PrintJob, ...]

    @property
    def balanced(self) -> bool:
        return self.allocated == self.printed + self.spoiled + self.pending + self.unrecorded

    def as_json(self) -> dict[str, object]:
        return {
            "lot_number": self.lot_number,
            "certificate": self.certificate_number,
            "allocated": self.allocated,
            "printed": self.printed,
            "reprinted": self.reprinted,
            "spoiled": self.spoiled,
            "pending": self.pending,
            "unrecorded": self.unrecorded,
            "spoiled_by_reason": self.spoiled_by_reason,
            "spoiled_serials": [
                {"serials": ranges_text([(r.first, r.last)]), "reason": r.reason}
                for r in self.spoiled_runs
            ],
            "jobs": [
                {
                    "id": j.id,
                    "kind": j.kind,
                    "status": j.status,
                    "serials": ranges_text(j.serials),
                    "template": j.template,
                    "at": j.created_at.isoformat(),
                    "by": j.created_by,
                    "failure": j.failure,
                }
                for j in self.jobs
            ],
        }


def reconcile(session: Session, lot_id: int) -> Reconciliation:
    lot = _lot(session, lot_id)
    ledger = _ledger(session, lot_id)
    totals: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    reprinted = 0
    runs: list[SpoiledRun] = []
    for i, first, last in ledger.runs():
        n = last - first + 1
        state = ledger.state(i)
        totals[state] += n
        if state == "printed" and ledger.reprints[i]:
            reprinted += n
        if state == "spoiled":
            reasons[ledger.reason[i]] += n
            if runs and runs[-1].last == first - 1 and runs[-1].reason == ledger.reason[i]:
                runs[-1] = SpoiledRun(runs[-1].first, last, runs[-1].reason)
            else:
                runs.append(SpoiledRun(first, last, ledger.reason[i]))
    return Reconciliation(
        lot_id,
        lot.lot_number,
        lot.certificate.number,
        ledger.allocated,
        totals["printed"],
        reprinted,
        totals["spoiled"],
        totals["pending"],
        totals["unrecorded"],
        dict(sorted(reasons.items())),
        tuple(runs),
        tuple(_job(j, ledger.lot_no) for j in ledger.jobs),
    )


def spoiled_serials(session: Session, lot_id: int) -> Ranges:
    """Serials waiting to be printed again."""
    return merge_ranges((r.first, r.last) for r in reconcile(session, lot_id).spoiled_runs)


__all__ = [
    "JOB_MAX",
    "SPOIL_REASONS",
    "ImportResult",
    "PrintJob",
    "Reconciliation",
    "TemplateInfo",
    "add_template",
    "count_of",
    "fail_print",
    "finish_print",
    "import_glabels",
    "merge_ranges",
    "parse_serials",
    "printer_offset",
    "ranges_text",
    "reconcile",
    "remove_template",
    "serials_of",
    "set_printer_offset",
    "spoil",
    "start_print",
    "start_reprint",
    "templates",
]
