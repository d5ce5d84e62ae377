"""What the "Lots and labels" page reads and writes in one unit, and its label job."""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy.orm import Session, sessionmaker

from certification import certificates, lots, settings
from certification.certificates import CertificateInfo
from certification.codes.signing import Signer
from certification.core.errors import DomainError, InvalidInput, RuleViolation
from certification.core.files import read_file
from certification.documents.labels import MAX_OFFSET_MM, PrinterOffset
from certification.documents.templates import MAX_IMPORT_BYTES
from certification.labels import jobs, ledger, serials, templates
from certification.labels.jobs import PrintJob
from certification.labels.ledger import Reconciliation
from certification.labels.templates import TemplateInfo
from certification.lots import LotInfo
from certification.users import UserInfo
from models.db import read_unit
from models.enums import CertificateStatus
from ui.widgets.pdf import draw_pages, prepare_printer, printer_name

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


@dataclass(frozen=True)
class JobPreview:
    """The pages a job would print, as PDF bytes (the first `shown` of `pages`)."""

    pdf: bytes
    shown: int
    pages: int


def job_pages(template: TemplateInfo | None, start: int, count: int) -> int:
    """Sheets a job of `count` labels from position `start` takes."""
    per_page = template.template.per_page if template else 1
    return max(1, -(-(start - 1 + count) // per_page))


def preview(
    db: Session,
    lot_id: int,
    template_id: str,
    start: int,
    count: int,
    reprint: serials.Ranges | None = None,
) -> JobPreview:
    """The job's sheets drawn as they would print, with codes that are no codes (reportlab runs
    here, off the GUI thread; the view renders the pages on QtPdf's threads)."""
    from certification.labels import printing

    chosen = templates.template(db, template_id)
    pages = max(1, -(-(start - 1 + count) // chosen.per_page))
    shown = min(pages, printing.PREVIEW_PAGES)
    pdf = printing.preview_sheet(db, lot_id, template_id, start, count, reprint, pages=shown)
    return JobPreview(pdf, shown, pages)


def offset_of(dx: str, dy: str) -> PrinterOffset:
    """Offsets as typed (a comma is a decimal point); not a finite number, or more than
    `MAX_OFFSET_MM` either way, is refused naming its field."""
    values = []
    for name, text in (("dx", dx), ("dy", dy)):
        cleaned = text.strip().replace(",", ".").replace("−", "-")
        try:
            value = float(cleaned) if cleaned else 0.0
        except ValueError:
            raise InvalidInput("label.offset_not_number", field=name, value=text) from None
        if not math.isfinite(value):
            raise InvalidInput("label.offset_not_number", field=name, value=text)
        if abs(value) > MAX_OFFSET_MM:
            raise InvalidInput("label.offset_too_large", field=name, limit=f"{MAX_OFFSET_MM:g}")
        values.append(round(value, 2))
    return PrinterOffset(values[0], values[1])


def outline_page(db: Session, template_id: str, offset: PrinterOffset) -> bytes:
    """The outline page of a label stock, moved by `offset`, as PDF bytes."""
    from certification.documents.labels import render_outline_page

    return render_outline_page(templates.template(db, template_id), offset)


def save_outline(db: Session, template_id: str, offset: PrinterOffset, path: str) -> Path:
    """The outline page written whole to `path` (or nothing), where a document may be written."""
    from certification.documents.output import write_document

    return write_document(path, lambda: outline_page(db, template_id, offset))


def set_offset(
    db: Session, actor: UserInfo, template_id: str, offset: PrinterOffset
) -> PrinterOffset:
    return templates.set_printer_offset(db, actor, template_id, offset.dx, offset.dy)


@dataclass(frozen=True)
class Printed:
    """A finished label job, the key that signed it (held for the next job) and, when it went
    to a printer, the printer's name (the PDF then lived only in a private folder)."""

    result: LabelJobResult
    signer: Signer
    minutes: int  # how long the key may be held (setting `key_unlocked_minutes`)
    printer: str | None = None


def label_job(
    factory: sessionmaker[Session],
    number: str,
    lot_number: str,
    key: str | Signer,
    path: str,
    template_id: str | None,
    start: int,
    user: UserInfo,
    *,
    count: int | None = None,
    reprint: serials.Ranges | None = None,
    printer: QPrinter | None = None,
) -> Generator[tuple[int, int], None, Printed]:
    """A label job as `ui.operations.Job` runs it: new labels (`count`) or spoiled ones printed
    again (`reprint`), into the PDF file `path` or onto `printer`.

    Refusals come first, then the key is unlocked (once: what it unlocks is handed back to be
    held). To a printer, the printer is started before a serial is taken (a printer that cannot
    start takes nothing); the job's PDF is written in a private folder, recorded as printed,
    then sent page by page and removed. Sending is not cancelled half-way: by then the labels
    are recorded as printed, and what did not come out is recorded as spoiled and reprinted.
    """
    from certification.labels import printing

    where = Path(path) if printer is None else Path(tempfile.gettempdir()) / "labels.pdf"
    with read_unit(factory) as db:
        printing.check_label_job(db, number, lot_number, template_id, start, where, count)
        signer = printing.signer_for(db, key)
        sheet = templates.template(db, template_id)
        minutes = settings.get(db, settings.KEY_UNLOCKED_MINUTES)

    def steps(output: Path) -> Generator[tuple[int, int], None, LabelJobResult]:
        if reprint is not None:
            return printing.reprint_steps(
                factory, number, lot_number, reprint, signer, output,
                template_id=template_id, start=start, user=user,
            )  # fmt: skip
        assert count is not None
        return printing.print_steps(
            factory, number, lot_number, count, signer, output,
            template_id=template_id, start=start, user=user,
        )  # fmt: skip

    if printer is None:
        result = yield from steps(where)
        return Printed(result, signer, minutes)

    folder = Path(tempfile.mkdtemp(prefix="belgi-labels-"))
    try:
        prepare_printer(printer, sheet.page_width, sheet.page_height, lot_number)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuleViolation("printer.failed", printer=printer_name(printer))
        ended = True
        try:
            result = yield from steps(folder / f"{lot_number}.pdf")
        except BaseException:
            printer.abort()
            painter.end()
            raise
        try:
            draw_pages(result.path.read_bytes(), printer, painter)
        except DomainError:
            ended = False
        finally:
            ended = painter.end() and ended
        if not ended:
            raise RuleViolation("labels.printer_failed_after", printer=printer_name(printer))
        return Printed(result, signer, minutes, printer_name(printer))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
