"""`audit verify`: the chain, its signed checkpoints, and the register read against what the log
says happened.

The audit log is the record the register can be checked against: an entry is hashed into the
chain and (at a checkpoint) signed, while a register row can be edited with any SQL tool. So
certificate states, validity and events are re-derived from the log's certificate entries, each
lot's last serial from its allocations and print jobs, and each print job's state from the log's
job entries; every row that disagrees is a finding. Rows the log says nothing about (written by
an earlier version, or by a bulk import) are not judged.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from certification import audit_checkpoints
from certification.core import audit
from certification.labels.serials import issued_serials
from models import AuditEntry, Certificate, CertificateEvent, LabelLot, LabelPrint, Lot
from models.enums import CertificateEventKind, CertificateStatus, LabelJobStatus

# What each logged action on a certificate leaves it as, and the event the register keeps of it.
STATE_AFTER = {
    "certificate.issued": CertificateStatus.ACTIVE,
    "certificate.suspended": CertificateStatus.SUSPENDED,
    "certificate.restored": CertificateStatus.ACTIVE,
    "certificate.withdrawn": CertificateStatus.WITHDRAWN,
    "certificate.superseded": CertificateStatus.SUPERSEDED,
}
EVENT_OF = {action: CertificateEventKind(action.split(".", 1)[1]) for action in STATE_AFTER}
JOB_STATE = {
    "labels.print": LabelJobStatus.PENDING,
    "labels.reprint": LabelJobStatus.PENDING,
    "labels.printed": LabelJobStatus.PRINTED,
    "labels.print_failed": LabelJobStatus.FAILED,
}


@dataclass(frozen=True)
class Finding:
    """One disagreement; `code` names the sentence (`ui/messages/audit.py`), `fields` fill it."""

    code: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterCheck:
    chain: audit.AuditReport
    checkpoints: int  # signed checkpoints compared with the chain
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.findings


def verify_register(session: Session, places: Iterable[Path] = ()) -> RegisterCheck:
    """The whole check; `places`: checkpoint files, or folders holding them (backups, exports)."""
    chain = audit.verify(session)
    extra = [
        cp
        for path in audit_checkpoints.files_in(*places)
        for cp in audit_checkpoints.read_file(path)
    ]
    problems = audit_checkpoints.check(session, extra)
    findings = [
        Finding(
            f"audit.checkpoint_{p.kind}",
            {
                "entries": p.checkpoint.entries,
                "now": p.entries,
                "signed_at": p.checkpoint.signed_at,
                "source": p.checkpoint.source,
            },
        )
        for p in problems
    ]
    findings += certificate_findings(session)
    findings += lot_findings(session)
    findings += job_findings(session)
    checked = len(
        {(cp.entries, cp.signature) for cp in [*audit_checkpoints.stored(session), *extra]}
    )
    return RegisterCheck(chain, checked, tuple(findings))


def default_places(session: Session) -> list[Path]:
    """Where checkpoint files lie without being named: the backup folder of an SQLite register."""
    from certification import backups

    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    try:
        return [backups.backup_folder(session, engine)]
    except Exception:  # PostgreSQL, a register in memory, unreadable settings: none
        return []


def _entries(session: Session, *where: Any) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(*where).order_by(AuditEntry.seq)))


def certificate_findings(session: Session) -> list[Finding]:
    logged: dict[str, list[AuditEntry]] = defaultdict(list)
    for e in _entries(
        session, AuditEntry.entity == "certificate", AuditEntry.action.in_(STATE_AFTER)
    ):
        logged[e.entity_id].append(e)
    events: dict[int, Counter[CertificateEventKind]] = defaultdict(Counter)
    for cert_id, kind in session.execute(
        select(CertificateEvent.certificate_id, CertificateEvent.kind)
    ):
        events[cert_id][kind] += 1
    found: list[Finding] = []
    for c in session.scalars(select(Certificate).order_by(Certificate.id)):
        entries = logged.get(c.number)
        if not entries or entries[0].action != "certificate.issued":
            continue  # not issued through the log: nothing to hold it against
        last = entries[-1]
        state = STATE_AFTER[last.action]
        if c.status is not state:
            found.append(
                Finding(
                    "audit.certificate_status",
                    {"number": c.number, "stored": c.status, "logged": state, "seq": last.seq},
                )
            )
        until = json.loads(entries[0].details).get("valid_until")
        if until is not None and str(until) != c.valid_until.isoformat():
            found.append(
                Finding(
                    "audit.certificate_valid_until",
                    {"number": c.number, "stored": c.valid_until, "logged": str(until)},
                )
            )
        wanted = Counter(EVENT_OF[e.action] for e in entries)
        for kind, count in wanted.items():
            if events[c.id][kind] < count:
                seq = [e.seq for e in entries if EVENT_OF[e.action] is kind][-1]
                found.append(
                    Finding(
                        "audit.certificate_event", {"number": c.number, "kind": kind, "seq": seq}
                    )
                )
    return found


def lot_findings(session: Session) -> list[Finding]:
    logged: dict[str, int] = {}
    for e in _entries(session, AuditEntry.action == "labels.allocate"):
        last = json.loads(e.details).get("last")
        if isinstance(last, int):
            logged[e.entity_id] = max(logged.get(e.entity_id, 0), last)
    found = []
    rows = session.execute(
        select(LabelLot, Lot.lot_number, Certificate.number)
        .join(Lot, Lot.id == LabelLot.lot_id)
        .join(Certificate, Certificate.id == Lot.certificate_id)
        .order_by(LabelLot.lot_id)
    )
    for labels, lot_number, number in rows:
        held = max(issued_serials(session, labels.lot_id), logged.get(str(labels.lot_id), 0))
        if labels.last_serial < held:
            found.append(
                Finding(
                    "audit.lot_counter",
                    {
                        "lot": lot_number,
                        "number": number,
                        "stored": labels.last_serial,
                        "held": held,
                    },
                )
            )
    return found


def job_findings(session: Session) -> list[Finding]:
    logged: dict[int, tuple[LabelJobStatus, int]] = {}
    for e in _entries(session, AuditEntry.action.in_(JOB_STATE)):
        job = json.loads(e.details).get("job")
        if isinstance(job, int):
            logged[job] = (JOB_STATE[e.action], e.seq)
    stored = dict(session.execute(select(LabelPrint.id, LabelPrint.status)).tuples().all())
    found = []
    for job, (state, seq) in sorted(logged.items()):
        if job not in stored:
            found.append(Finding("audit.job_missing", {"job": job, "seq": seq}))
        elif stored[job] is not state:
            found.append(
                Finding(
                    "audit.job_status",
                    {"job": job, "stored": stored[job], "logged": state, "seq": seq},
                )
            )
    return found
