"""What the verification desk reads and writes beyond a single service call: a check with what
the card shows beside it, an image decoded before the check is logged, the day's lists, export."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from certification.codes import checks, complaints
from certification.codes.checks import CheckContext, CheckInfo
from certification.codes.complaints import ComplaintInfo
from certification.codes.service import InputKind, VerificationResult, verify_text
from certification.tables import Cell
from models.db import unit_of_work
from ui.tasks import Progress

ImageSource = str | bytes  # a file's path, or the bytes of a picture pasted


@dataclass(frozen=True)
class Checked:
    """One code checked and logged, with what the card shows beside the result."""

    result: VerificationResult
    context: CheckContext


@dataclass(frozen=True)
class DeskLists:
    """The lists under the card: today's checks, complaints, places used before."""

    checks: list[CheckInfo]
    complaints: list[ComplaintInfo]
    places: list[str]


def _with_context(db: Session, result: VerificationResult) -> Checked:
    if result.check_id is None:
        return Checked(result, CheckContext(None, [], None))
    return Checked(result, checks.check_context(db, result.check_id, result.committee))


def check_text(
    db: Session, text: str, place: str, username: str, kind: InputKind = InputKind.TEXT
) -> Checked:
    """Check a scanned, typed or pasted code and log it (in the caller's writing unit)."""
    result = verify_text(db, text, place=place, input_kind=kind, username=username)
    return _with_context(db, result)


def check_image(
    factory: sessionmaker[Session], source: ImageSource, place: str, username: str, kind: InputKind
) -> Generator[Progress, None, list[Checked]]:
    """A job: decode the photo first, holding no lock (a large photo takes a tenth of a second),
    then log every code found in one short writing unit."""
    from certification.codes.images import decode_image  # zxing-cpp and Pillow: when needed
    from certification.codes.service import verify_decoded

    yield 0, 2
    read = decode_image(Path(source) if isinstance(source, str) else source)
    yield 1, 2
    with unit_of_work(factory) as db:
        results = verify_decoded(db, read, place=place, input_kind=kind, username=username)
        return [_with_context(db, r) for r in results]


def as_listed(checked: Checked, username: str) -> CheckInfo:
    """A check just made, as the day's list shows it (no second query for it)."""
    r = checked.result
    assert r.check_id is not None
    return CheckInfo(
        r.check_id,
        r.checked_at,
        r.place,
        r.input_kind,
        r.outcome.value,
        r.reason,
        r.flags,
        r.text,
        r.certificate,
        r.lot,
        r.serial,
        r.product,
        r.producer,
        username,
        None,
    )


def lists(db: Session, day: date | None = None) -> DeskLists:
    return DeskLists(checks.checks_on(db, day), complaints.complaints(db), checks.places_used(db))


def open_complaint(db: Session, check_id: int, description: str, username: str) -> ComplaintInfo:
    return complaints.open_complaint(db, check_id, description, username)


def export_table(
    path: str, title: str, heading: Sequence[str], rows: Sequence[Sequence[Cell]]
) -> Generator[Progress, None, Path]:
    """A job: the table written whole as XLSX (by the file's suffix) or CSV, or nothing."""
    from certification.documents.output import write_document
    from certification.tables import table_csv, table_xlsx

    yield 0, 1
    if path.lower().endswith(".xlsx"):
        return write_document(path, lambda: table_xlsx(title, heading, rows))
    return write_document(path, lambda: table_csv(heading, rows))
