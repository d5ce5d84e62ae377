"""A label job from the lot to the finished PDF.

A job spans three transactions on purpose (hence a session factory rather than a session): the
serials are allocated and the job recorded as pending and committed before anything is drawn;
the job is then marked printed once the PDF is written whole, or failed — its serials recorded as
spoiled for a reprint — if anything goes wrong in between.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from certification import lots, settings
from certification.codes import issuing, keys
from certification.codes.signing import format_key_id
from certification.core.errors import DomainError
from certification.documents.labels import LabelCode, LabelContent, render_labels
from certification.documents.output import check_writable, write_atomically
from certification.labels import jobs, templates
from certification.labels.jobs import PrintJob
from certification.labels.serials import LabelAllocation, Ranges
from certification.printing import document_languages
from certification.users import UserInfo, require
from models import Lot
from models.db import read_unit, unit_of_work
from models.enums import Role


def label_content(session: Session, lot_id: int) -> LabelContent:
    lot = session.get(Lot, lot_id)
    assert lot is not None
    producer = lot.product.producer
    return LabelContent(
        product=lot.product.name,
        producer=producer.name,
        village=producer.village,
        lot=lot.lot_number,
        produced_on=lot.produced_on,
        best_before=lot.best_before,
        certificate_number=lot.certificate.number,
        languages=document_languages(session),
        brand_mark=settings.get(session, settings.BRAND_MARK),
    )


def _stock(session: Session, template_id: str | None) -> str:
    """The template asked for, else the office's label stock (setting `label_template`)."""
    return template_id or settings.get(session, settings.LABEL_TEMPLATE)


def serial_text(serial: int) -> str:
    """The serial as printed beside the code."""
    return f"{serial:06d}"


@dataclass(frozen=True)
class LabelJobResult:
    job: PrintJob
    path: Path
    certificate: str
    lot: str


def print_labels(
    factory: sessionmaker[Session],
    certificate_number: str,
    lot_number: str,
    count: int,
    passphrase: str,
    output: str | os.PathLike[str],
    *,
    template_id: str | None = None,
    start: int = 1,
    user: UserInfo | None = None,
) -> LabelJobResult:
    """`count` new labels of a lot, each with a new serial and its signed code, into `output`."""

    def begin(session: Session, lot_id: int, username: str) -> PrintJob:
        stock = _stock(session, template_id)
        return jobs.start_print(session, lot_id, count, stock, start, username)

    return _label_job(
        factory,
        certificate_number,
        lot_number,
        passphrase,
        output,
        template_id,
        start,
        user,
        begin,
        count,
    )


def reprint_labels(
    factory: sessionmaker[Session],
    certificate_number: str,
    lot_number: str,
    serials: Ranges,
    passphrase: str,
    output: str | os.PathLike[str],
    *,
    template_id: str | None = None,
    start: int = 1,
    user: UserInfo | None = None,
) -> LabelJobResult:
    """Spoiled labels of a lot printed again, with the same serials."""

    def begin(session: Session, lot_id: int, username: str) -> PrintJob:
        stock = _stock(session, template_id)
        return jobs.start_reprint(session, lot_id, serials, stock, start, username)

    return _label_job(
        factory, certificate_number, lot_number, passphrase, output, template_id, start, user, begin
    )


def check_label_job(
    session: Session,
    certificate_number: str,
    lot_number: str,
    template_id: str | None,
    start: int,
    output: str | os.PathLike[str],
    count: int | None = None,
) -> lots.LotInfo:
    """What a label job would refuse, refused before anyone is asked for the passphrase."""
    lot = lots.get_lot(session, certificate_number, lot_number)
    jobs.check_printable(session, lot.id)
    template = templates.template(session, _stock(session, template_id))
    jobs.check_layout(template, start)
    if count is not None:
        jobs.check_count(session, lot.id, count)
    check_writable(output)
    return lot


def _label_job(
    factory: sessionmaker[Session],
    certificate_number: str,
    lot_number: str,
    passphrase: str,
    output: str | os.PathLike[str],
    template_id: str | None,
    start: int,
    user: UserInfo | None,
    begin: Callable[[Session, int, str], PrintJob],
    count: int | None = None,
) -> LabelJobResult:
    # 1. Everything that can be refused is refused before a serial is taken.
    with read_unit(factory) as session:
        if user is not None:
            require(user, Role.CLERK)
        lot = check_label_job(
            session, certificate_number, lot_number, template_id, start, output, count
        )
        signer = keys.unlock_signing_key(session, passphrase)
    username = user.username if user else f"key {format_key_id(signer.key_id)}"

    # 2. Serials allocated, job recorded as pending, codes signed: committed before drawing.
    with unit_of_work(factory) as session:
        job = begin(session, lot.id, username)
        cert_id = session.get_one(Lot, lot.id).certificate_id
        labels = []
        for first, last in job.serials:
            run = LabelAllocation(0, lot.id, cert_id, job.lot_no, first, last)
            texts = issuing.label_codes(session, signer, run)
            labels += [
                LabelCode(serial_text(s), t) for s, t in zip(run.serials, texts, strict=True)
            ]
        content = label_content(session, lot.id)
        template = templates.template(session, job.template)

    # 3. Drawn and written whole, or the job is recorded as failed with its serials spoiled.
    try:
        pdf = render_labels(template, content, labels, job.start, job.offset)
        path = write_atomically(output, pdf)
    except BaseException as error:
        failure = error.code if isinstance(error, DomainError) else type(error).__name__
        with unit_of_work(factory) as session:
            jobs.fail_print(session, job.id, failure, username)
        raise
    with unit_of_work(factory) as session:
        jobs.finish_print(session, job.id, username)
    return LabelJobResult(job, path, lot.certificate_number, lot.lot_number)
