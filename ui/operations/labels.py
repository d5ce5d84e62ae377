"""What the "Lots and labels" page reads and writes in one unit, and its label job."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from sqlalchemy.orm import Session, sessionmaker

from certification import certificates, lots
from certification.certificates import CertificateInfo
from certification.core.files import read_file
from certification.documents.templates import MAX_IMPORT_BYTES
from certification.labels import jobs, ledger, serials, templates
from certification.labels.jobs import PrintJob
from certification.labels.ledger import Reconciliation
from certification.labels.templates import TemplateInfo
from certification.lots import LotInfo
from certification.users import UserInfo
from models.enums import CertificateStatus

if TYPE_CHECKING:
    from certification.labels.printing import LabelJobResult

SHOWN = 200  # certificates listed for one search; the search narrows them


@dataclass(frozen=True)
class LotRow:
    """A lot with what became of its labels."""

    lot: LotInfo
    stock: Reconciliation

    @property
    def remaining(self) -> Decimal | None:
        """Pieces still without a label (None for a lot not counted in pieces)."""
        if self.lot.unit != "pcs":
            return None
        return max(self.lot.quantity - self.stock.allocated, Decimal(0))


@dataclass(frozen=True)
class CertificateLots:
    certificate: CertificateInfo
    lots: list[LotRow]
    unconfirmed: list[PrintJob]  # pending jobs nobody can vouch for: "was it printed?"


def in_force(db: Session, text: str) -> list[CertificateInfo]:
    return certificates.list_certificates(
        db, status=CertificateStatus.ACTIVE, query=text.strip(), limit=SHOWN
    )


def certificate_lots(db: Session, number: str) -> CertificateLots:
    found = lots.lots_of(db, number)
    rows = [LotRow(lot, ledger.reconcile(db, lot.id)) for lot in found]
    ids = {lot.id for lot in found}
    waiting = [job for job in jobs.unconfirmed(db) if job.lot_id in ids]
    return CertificateLots(certificates.get_certificate(db, number), rows, waiting)


def label_stock(db: Session) -> list[TemplateInfo]:
    return templates.templates(db)


def record_lot(
    db: Session,
    actor: UserInfo,
    number: str,
    product_id: int,
    lot_number: str,
    produced: date,
    best_before: date,
    quantity: str,
    unit: str,
) -> LotInfo:
    return lots.report_lot(
        db, actor, number, product_id, lot_number, produced, best_before, quantity, unit
    )


def spoil(
    db: Session, actor: UserInfo, lot_id: int, text: str, reason: str, note: str
) -> serials.Ranges:
    return ledger.spoil(db, actor, lot_id, serials.parse_serials(text), reason, note)


def resolve_interrupted(db: Session, actor: UserInfo) -> list[int]:
    """Jobs whose run is over without reporting are failed (see `labels.jobs`)."""
    return jobs.resolve_interrupted(db, actor.username)


def import_glabels_file(db: Session, actor: UserInfo, path: str) -> templates.ImportResult:
    """A gLabels templates file taken into the office's label stock (read here, at most what the
    importer accepts)."""
    return templates.import_glabels(db, actor, read_file(path, MAX_IMPORT_BYTES))


def answer_printed(db: Session, actor: UserInfo, job_id: int, printed: bool) -> None:
    jobs.confirm_print(db, actor, job_id, printed)


def preview(
    db: Session,
    lot_id: int,
    template_id: str,
    start: int,
    count: int,
    width: int,
    reprint: serials.Ranges | None = None,
) -> QImage:
    """The first sheet of a job drawn as it would print, `width` pixels wide (QtPdf renders it
    here, off the GUI thread)."""
    from certification.labels import printing

    pdf = printing.preview_sheet(db, lot_id, template_id, start, count, reprint)
    document = QPdfDocument()
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(data)
    size = document.pagePointSize(0)
    height = round(width * size.height() / max(size.width(), 1.0))
    image = document.render(0, QSize(width, height))
    document.close()
    return image


def reprint_job(
    factory: sessionmaker[Session],
    number: str,
    lot_number: str,
    wanted: serials.Ranges,
    passphrase: str,
    path: str,
    template_id: str | None,
    start: int,
    user: UserInfo,
) -> Generator[tuple[int, int], None, LabelJobResult]:
    """Spoiled labels printed again with the same serials, as a `Job`."""
    from certification.labels import printing

    return printing.reprint_steps(
        factory,
        number,
        lot_number,
        wanted,
        passphrase,
        path,
        template_id=template_id,
        start=start,
        user=user,
    )


def print_job(
    factory: sessionmaker[Session],
    number: str,
    lot_number: str,
    count: int,
    passphrase: str,
    path: str,
    template_id: str | None,
    start: int,
    user: UserInfo,
) -> Generator[tuple[int, int], None, LabelJobResult]:
    """The label job as `ui.operations.Job` runs it (reportlab loads only when a job starts)."""
    from certification.labels import printing

    return printing.print_steps(
        factory,
        number,
        lot_number,
        count,
        passphrase,
        path,
        template_id=template_id,
        start=start,
        user=user,
    )
