"""What the reports page reads and writes: the dashboard of a period, a report of figures written
to PDF, CSV or XLSX, and the public register published into a folder as a job with progress."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from certification import printing, reports
from certification.codes import keys
from certification.core.errors import InvalidInput
from certification.documents.figures import FigureReport
from certification.reports import Dashboard, Period
from models.db import read_unit, unit_of_work
from ui.tasks import Progress


def dashboard(db: Session, period: Period) -> Dashboard:
    return reports.dashboard(db, period)


def export_report(path: str, report: FigureReport) -> Generator[Progress, None, Path]:
    """A job: the report written whole as PDF, XLSX or CSV (by the file's suffix), or nothing."""
    from certification.documents.figures import figures_csv, figures_pdf, figures_xlsx
    from certification.documents.output import write_document

    yield 0, 1
    suffix = Path(path).suffix.lower()
    write = {".pdf": figures_pdf, ".xlsx": figures_xlsx}.get(suffix, figures_csv)
    return write_document(path, lambda: write(report))


@dataclass(frozen=True)
class Published:
    folder: Path
    files: list[Path]
    signed: bool  # with the signed status list and the verification page's lists


def _check_folder(folder: str) -> Path:
    """A folder that exists and can be written, or a new one in such a folder."""
    from certification.documents.output import check_folder

    if not folder.strip():
        raise InvalidInput("reports.folder_empty", field="folder")
    return check_folder(folder.strip())


def check_publishing(db: Session, folder: str, passphrase: str | None) -> None:
    """What publishing would refuse, asked before it starts: the folder, the passphrase."""
    _check_folder(folder)
    if passphrase is not None:
        keys.unlock_signing_key(db, passphrase)


def publish(
    factory: sessionmaker[Session], folder: str, passphrase: str | None, username: str
) -> Generator[Progress, None, Published]:
    """A job: the public register and the verification page written into `folder`; with the
    passphrase, the signed status list too, in one writing transaction (the lists take their
    next sequence numbers)."""
    yield 0, printing.PUBLISHING_STEPS
    from certification.documents.output import make_folder

    target = make_folder(_check_folder(folder))
    if passphrase is None:
        with read_unit(factory) as db:
            files = yield from printing.publishing(db, target)
    else:
        with unit_of_work(factory) as db:
            signer = keys.unlock_signing_key(db, passphrase)
            files = yield from printing.publishing(db, target, signer, username)
    return Published(target, files, passphrase is not None)
