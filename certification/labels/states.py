"""What became of every serial of a lot, computed over runs of serials that share a history (so a
lot of 100,000 labels costs as much as its few dozen jobs)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from certification.labels.serials import last_allocated
from models import LabelLot, LabelPrint, LabelSpoilage
from models.enums import LabelJobKind, LabelJobStatus


class SerialState(StrEnum):
    PRINTED = "printed"  # a good label is out there
    SPOILED = "spoiled"  # recorded spoiled at least once per printing
    PENDING = "pending"  # in a job that has not reported back
    UNRECORDED = "unrecorded"  # allocated without a print job on record
    UNALLOCATED = "unallocated"  # beyond the lot's last serial


class SerialLedger:
    """Every serial of a lot and what became of it: runs cut where any job or spoilage starts or
    ends, each run with its printings, reprints, spoilages and latest job status."""

    def __init__(self, session: Session, lot_id: int) -> None:
        labels = session.get(LabelLot, lot_id)
        self.lot_no = labels.lot_no if labels else 0
        # What the lot's jobs hold counts even when its counter was lowered by hand.
        self.allocated = last_allocated(session, lot_id)
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
        self.latest: list[LabelJobStatus | None] = [None] * n
        self.reprints = [0] * n
        self.spoiled = [0] * n
        self.reason = [""] * n
        for job in jobs:
            for r in job.ranges:
                for i in self._segments(r.first_serial, r.last_serial):
                    if job.kind is LabelJobKind.REPRINT:
                        self.attempts[i] += 1
                        self.reprints[i] += 1 if job.status is LabelJobStatus.PRINTED else 0
                    self.latest[i] = job.status
        for sp in spoils:
            for i in self._segments(sp.first_serial, sp.last_serial):
                self.spoiled[i] += 1
                self.reason[i] = sp.reason

    def _segments(self, first: int, last: int) -> range:
        lo = bisect_left(self.cuts, first)
        hi = bisect_left(self.cuts, min(last, self.allocated) + 1)
        return range(lo, hi)

    def state(self, i: int) -> SerialState:
        if self.spoiled[i] >= self.attempts[i]:
            return SerialState.SPOILED
        if self.latest[i] is LabelJobStatus.PRINTED:
            return SerialState.PRINTED
        if self.latest[i] is LabelJobStatus.PENDING:
            return SerialState.PENDING
        return SerialState.UNRECORDED

    def states(self, r: tuple[int, int]) -> list[SerialState]:
        """States of the runs covering `r`; serials beyond the allocation read as unallocated."""
        out = [self.state(i) for i in self._segments(*r)]
        return out + ([SerialState.UNALLOCATED] if r[1] > self.allocated else [])

    def runs(self) -> Iterable[tuple[int, int, int]]:
        for i in range(len(self.cuts) - 1):
            yield i, self.cuts[i], self.cuts[i + 1] - 1
