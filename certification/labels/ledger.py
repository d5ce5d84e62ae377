"""Spoiled labels and the reconciliation of every serial of a lot: printed, spoiled (with a
reason), printed again, or still pending."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from certification.core import audit
from certification.core.errors import InvalidInput, RuleViolation
from certification.labels.jobs import PrintJob, _job, _lot
from certification.labels.serials import Ranges, merge_ranges, ranges_text
from certification.labels.states import SerialLedger, SerialState
from certification.users import UserInfo, require
from models import LabelLot, LabelSpoilage
from models.enums import Role, SpoilReason

# Reasons a person records; `print_failed` is recorded by a failed job only.
PERSON_REASONS = tuple(r.value for r in SpoilReason if r is not SpoilReason.PRINT_FAILED)


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
    if reason not in PERSON_REASONS:
        raise InvalidInput("labels.bad_reason", field="reason", value=reason)
    why = SpoilReason(reason)
    note = note.strip()
    if why is SpoilReason.OTHER and not note:
        raise InvalidInput("labels.note_required", field="note")
    ranges = merge_ranges(serials)
    if not ranges:
        raise InvalidInput("labels.bad_serials", field="serials", value="")
    _lot(session, lot_id)
    session.get(LabelLot, lot_id, with_for_update=True)  # one writer at a time per lot
    ledger = SerialLedger(session, lot_id)
    outside = [r for r in ranges if r[1] > ledger.allocated]
    if outside:
        raise RuleViolation(
            "labels.not_allocated", serials=ranges_text(outside), allocated=ledger.allocated
        )
    again = [r for r in ranges if SerialState.SPOILED in ledger.states(r)]
    if again:
        raise RuleViolation("labels.already_spoiled", serials=ranges_text(again))
    for first, last in ranges:
        session.add(
            LabelSpoilage(
                lot_id=lot_id,
                first_serial=first,
                last_serial=last,
                reason=why,
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
        reason=why.value,
        note=note,
    )
    return ranges


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
    ledger = SerialLedger(session, lot_id)
    totals: Counter[SerialState] = Counter()
    reasons: Counter[str] = Counter()
    reprinted = 0
    runs: list[SpoiledRun] = []
    for i, first, last in ledger.runs():
        n = last - first + 1
        state = ledger.state(i)
        totals[state] += n
        if state is SerialState.PRINTED and ledger.reprints[i]:
            reprinted += n
        if state is SerialState.SPOILED:
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
        totals[SerialState.PRINTED],
        reprinted,
        totals[SerialState.SPOILED],
        totals[SerialState.PENDING],
        totals[SerialState.UNRECORDED],
        dict(sorted(reasons.items())),
        tuple(runs),
        tuple(_job(j, ledger.lot_no) for j in ledger.jobs),
    )


def spoiled_serials(session: Session, lot_id: int) -> Ranges:
    """Serials waiting to be printed again."""
    return merge_ranges((r.first, r.last) for r in reconcile(session, lot_id).spoiled_runs)
