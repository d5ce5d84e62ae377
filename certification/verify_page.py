"""The verification page that a buyer's phone opens from a label's QR code, published beside the
public register in the folder `v/`.

The page is static (`resources/verify/`: HTML, scripts, styles, a service worker, the vendored
pure-JS Ed25519 with its licence) and checks a code in the browser by the rules of
docs/signed-codes.md, against three lists signed with the committee's key and written beside it:
the trust list (the committee's keys), the status list (suspended and withdrawn certificates) and
the register list (what the register held: certificate numbers, producers, products, and each
labelled lot's number, product, the serials issued, labels printed and serials spoiled and not
printed again).
Signing needs the passphrase; published without it, the page files are renewed and the lists
already in the folder are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from certification.codes import issuing, keys, lists
from certification.codes.signing import Signer
from certification.core import clock
from certification.core.errors import InvalidInput
from certification.documents.output import PUBLIC_FOLDER, write_atomically
from certification.labels import ledger
from certification.labels.serials import issued_ranges, issued_serials
from models import Certificate, LabelLot, Lot
from models.enums import CertificateStatus

PAGE = Path(__file__).resolve().parents[1] / "resources" / "verify"
FOLDER = "v"
TRUST_LIST = "trust-list.json"
STATUS_LIST = "status-list.json"
REGISTER_LIST = "register-list.json"
_VERSION = 'const VERSION = "dev";'  # in sw.js: replaced by a digest of the page's files


def page_files() -> list[tuple[str, bytes]]:
    """The page's own files (relative path, content); the service worker names their version, so
    phones replace what they keep when a publication brings other files."""
    files = [
        (p.relative_to(PAGE).as_posix(), p.read_bytes())
        for p in sorted(PAGE.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    ]
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode() + b"\0" + data)
    version = f'const VERSION = "{digest.hexdigest()[:16]}";'
    worker = dict(files)["sw.js"].decode("utf-8")
    if _VERSION not in worker:
        raise RuntimeError("sw.js lost its version line")
    return [
        (name, worker.replace(_VERSION, version).encode("utf-8") if name == "sw.js" else data)
        for name, data in files
    ]


def _current(certificate: Certificate, successors: dict[int, Certificate]) -> Certificate:
    """A superseded certificate's labels follow the one that replaced it, as on the desk."""
    seen = {certificate.id}
    while certificate.status is CertificateStatus.SUPERSEDED:
        successor = successors.get(certificate.id)
        if successor is None or successor.id in seen:
            break
        seen.add(successor.id)
        certificate = successor
    return certificate


def _lot_entry(session: Session, labels: LabelLot, lot: Lot) -> dict[str, Any]:
    stock = ledger.reconcile(session, lot.id)
    return {
        "lot_no": labels.lot_no,
        "lot": lot.lot_number,
        "product": lot.product.name,
        "printed": issued_serials(session, lot.id),  # the jobs' word, not the lot's counter
        "issued": [list(r) for r in issued_ranges(session, lot.id)],
        "spoiled": [[r.first, r.last, r.reason] for r in stock.spoiled_runs],
    }


def register_entries(session: Session) -> list[dict[str, Any]]:
    """Every certificate of this committee with what a label check shows and needs."""
    committee = keys.own_committee(session)
    rows = list(
        session.scalars(
            select(Certificate)
            .where(Certificate.committee_id == committee.id)
            .order_by(Certificate.year, Certificate.sequence)
            .options(selectinload(Certificate.products), selectinload(Certificate.producer))
        )
    )
    successors = {c.supersedes_id: c for c in rows if c.supersedes_id is not None}
    lots: dict[int, list[dict[str, Any]]] = {}
    labelled = session.execute(
        select(LabelLot, Lot)
        .join(Lot, LabelLot.lot_id == Lot.id)
        .where(LabelLot.certificate_id.in_([c.id for c in rows]))
        .order_by(LabelLot.certificate_id, LabelLot.lot_no)
        .options(selectinload(Lot.product))
    )
    for labels, lot in labelled:
        lots.setdefault(labels.certificate_id, []).append(_lot_entry(session, labels, lot))
    entries = []
    for c in rows:
        current = _current(c, successors)
        entry: dict[str, Any] = {
            "region": committee.region_code,
            "year": c.year,
            "sequence": c.sequence,
            "number": c.number,
            "producer": c.producer.name,
            "products": [p.name for p in c.products],
            "valid_until": current.valid_until.isoformat(),
            "lots": lots.get(c.id, []),
        }
        if current is not c:
            entry["status_of"] = [current.year, current.sequence]
        entries.append(entry)
    return entries


def signed_lists(
    session: Session,
    signer: Signer,
    username: str,
    status_list: bytes,
    now: datetime | None = None,
) -> dict[str, bytes]:
    """The three lists the page checks codes against, signed now (the trust list takes its next
    sequence number: call this in a write transaction)."""
    moment = now or clock.now()
    status = json.loads(status_list)["body"]
    register = lists.register_list_file(
        signer,
        status["issuer"],
        status["sequence"],
        moment,
        issuing.url_prefix(session),
        register_entries(session),
    )
    return {
        TRUST_LIST: lists.export_trust_list(session, signer, username, moment),
        STATUS_LIST: status_list,
        REGISTER_LIST: register,
    }


def write_page(folder: str | os.PathLike[str], signed: dict[str, bytes] | None = None) -> Path:
    """Write `folder/v/` with the page's files and, when given, the signed lists; each file whole
    or not at all. Returns the page's folder."""
    target = Path(folder)
    if not target.is_dir():
        raise InvalidInput("document.folder_missing", folder=str(target))
    page = target / FOLDER
    for name, data in [*page_files(), *(signed or {}).items()]:
        path = page / name
        try:
            path.parent.mkdir(PUBLIC_FOLDER, parents=True, exist_ok=True)
        except OSError as exc:
            reason = exc.strerror
            raise InvalidInput("document.write_failed", path=str(path), reason=reason) from exc
        write_atomically(path, data, public=True)
    return page


def has_lists(folder: str | os.PathLike[str]) -> bool:
    """Whether a published page has the signed lists it needs to check codes."""
    page = Path(folder) / FOLDER
    return all((page / name).is_file() for name in (TRUST_LIST, STATUS_LIST, REGISTER_LIST))
