"""The signed-code part of the demo database: keys, a neighbouring committee, labels printed through
print jobs (one jammed and printed again, a few spoiled, one lost), and a history of checks that
includes a cloned label, a forged one, the lost one, and complaints."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from certification import users
from certification.codes import complaints, issuing, keys, lists
from certification.codes.keywrap import Argon2Cost
from certification.codes.record import CodeKind, CodeRecord
from certification.codes.service import InputKind, verify_text
from certification.codes.signing import Signer, key_id_for, public_bytes
from certification.core import clock
from certification.labels import jobs, ledger
from models import Certificate, LabelPrint, LabelSpoilage, Lot
from models.enums import CertificateStatus

PASSPHRASE = "demo"
# The demo key's passphrase is published, so a slow derivation would guard nothing; a light one
# keeps building the demo (and unlocking its key) quick. Real keys keep the default cost.
DEMO_COST = Argon2Cost(time_cost=1, memory_kib=8 * 1024, parallelism=1)
NARYN = {
    "committee": "N1",
    "region": "KG-N",
    "name_ky": "Нарын облустук бренд-комитети",
    "name_ru": "Нарынский областной бренд-комитет",
    "name_en": "Naryn Regional Brand Committee",
}
PLACES = (
    "Каракол, борбордук базар",
    "Бишкек, Ош базары",
    "Чолпон-Ата, «Береке» дүкөнү",
    "Балыкчы, автобекет",
)


@dataclass(frozen=True)
class CodesSummary:
    key_id: str
    labels: int
    checks: int


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), clock.BISHKEK)


def add_codes(session: Session, today: date, rng: random.Random) -> CodesSummary:
    """Run after the register is built: needs active certificates with lots."""
    key = keys.generate_signing_key(
        session, PASSPHRASE, "admin", valid_from=today - timedelta(days=400), cost=DEMO_COST
    )
    signer = keys.unlock_signing_key(session, PASSPHRASE, on=today)
    printed_on = today - timedelta(days=30)

    # Labels for the first lots of active certificates, a print job per lot.
    lots = session.scalars(
        select(Lot)
        .join(Certificate, Lot.certificate_id == Certificate.id)
        .where(Certificate.status == CertificateStatus.ACTIVE, Certificate.valid_until > today)
        .order_by(Lot.id)
    ).all()[:5]
    printed: list[list[str]] = []
    for lot in lots:
        count = min(int(lot.quantity), rng.choice([20, 24, 40]))
        job = jobs.start_print(session, lot.id, count, None, 1, "clerk")
        allocation = job.allocation(lot.certificate_id)
        printed.append(issuing.label_codes(session, signer, allocation, on=printed_on))
        jobs.finish_print(session, job.id, "clerk")
    labels = [text for texts in printed for text in texts]
    lost = _spoilage(session, [lot.id for lot in lots], printed_on)
    naryn_signer, naryn_record = _neighbour(session, today, rng)
    checks = 0

    def check(text: str, place: str, day: date, hour: int) -> int | None:
        nonlocal checks
        checks += 1
        result = verify_text(
            session,
            text,
            place=place,
            input_kind=InputKind.TEXT,
            username="clerk",
            now=_at(day, hour),
        )
        return result.check_id

    if labels:
        for i, text in enumerate(labels[:6]):
            check(text, PLACES[i % 2], today - timedelta(days=20 - i), 10 + i)
        # One label turns up at a second market: someone photocopies it.
        cloned = check(labels[0], PLACES[1], today - timedelta(days=3), 15)
        digits = list(labels[-1])
        digits[-7] = "1" if digits[-7] != "1" else "2"
        forged = check("".join(digits), PLACES[2], today - timedelta(days=2), 12)
        if cloned is not None:
            complaints.open_complaint(
                session,
                cloned,
                "Ош базарында ушул эле сериялык номердеги этикетка табылды: көчүрмө болушу мүмкүн.",
                "clerk",
            )
        if forged is not None:
            complaints.open_complaint(
                session, forged, "Сатуучу этикетканын кайдан келгенин айта алган жок.", "clerk"
            )
    if lost is not None:
        # The label lost on the way to the producer is on sale in a shop.
        found = check(printed[1][lost - 1], PLACES[2], today - timedelta(days=5), 16)
        if found is not None:
            complaints.open_complaint(
                session, found, "Жоголгон деп катталган этикетка дүкөндөгү банкада турат.", "clerk"
            )
    check(naryn_signer.sign_code(naryn_record), PLACES[3], today - timedelta(days=1), 11)
    return CodesSummary(key.key_id_text, len(labels), checks)


def _spoilage(session: Session, lot_ids: list[int], printed_on: date) -> int | None:
    """What a label stock looks like after a printing day: a label jammed in the printer and
    printed again, two misprints waiting for a reprint, and one label lost on the way to the
    producer. Returns the lost label's serial (of the second lot)."""
    if len(lot_ids) < 2:
        return None
    clerk = users.get_user(session, "clerk")
    first, second = lot_ids[:2]
    ledger.spoil(session, clerk, first, ((3, 3),), "jammed")
    again = jobs.start_reprint(session, first, ((3, 3),), None, 1, "clerk")
    jobs.finish_print(session, again.id, "clerk")
    ledger.spoil(session, clerk, second, ((5, 6),), "misprint")
    ledger.spoil(session, clerk, second, ((7, 7),), "lost", "Өндүрүүчүгө жеткирүүдө жоголду")
    # All of it happened on the printing day, not on the day the demo was made.
    for job in session.scalars(select(LabelPrint)):
        job.created_at = job.finished_at = _at(printed_on, 10 if job.kind == "print" else 11)
    for spoiled in session.scalars(select(LabelSpoilage)):
        noticed = printed_on + timedelta(days=1) if spoiled.reason == "lost" else printed_on
        spoiled.recorded_at = _at(noticed, 12)
    return 7


def _neighbour(session: Session, today: date, rng: random.Random) -> tuple[Signer, CodeRecord]:
    """The Naryn committee: its trust list and status list imported, and one of its labels."""
    private = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    public = public_bytes(private)
    signer = Signer(key_id_for(public), private)
    start = today - timedelta(days=500)
    trust = lists.trust_list_file(
        signer,
        NARYN,
        1,
        _at(today - timedelta(days=60), 9),
        [lists.ListedKey(signer.key_id, public, start)],
    )
    lists.import_list(session, trust, "admin", keys.fingerprint(public))
    withdrawn = {
        "region": "KG-N",
        "year": today.year - 1,
        "sequence": 3,
        "number": f"KG-N-{today.year - 1}-00003",
        "status": "withdrawn",
        "since": (today - timedelta(days=45)).isoformat(),
    }
    status = lists.status_list_file(
        signer, NARYN, 1, _at(today - timedelta(days=2), 9), timedelta(days=14), [withdrawn]
    )
    lists.import_list(session, status, "admin")
    record = CodeRecord(
        kind=CodeKind.LABEL,
        region="KG-N",
        key_id=signer.key_id,
        certificate_year=today.year - 1,
        certificate_sequence=11,
        signed_on=today - timedelta(days=90),
        valid_until=today + timedelta(days=700),
        category=1,
        lot=2,
        serial=17,
    )
    return signer, record
