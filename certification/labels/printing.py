"""A label job from the lot to the finished PDF.

A job spans several transactions on purpose (hence a session factory rather than a session): the
serials are allocated and the job recorded as pending and committed before anything is drawn;
the PDF is then written whole beside its name, the job recorded as printed, and only then is the
file handed over under its name. If anything goes wrong in between (or the job is cancelled),
the job is failed — its serials spoiled for a reprint — and no file is left; if even that cannot
be recorded, the job stays pending with nothing handed over, and the next job resolves it
(`jobs.resolve_interrupted`). So a file at the path always means labels recorded as printed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec

from sqlalchemy.orm import Session, sessionmaker

from certification import audit_checkpoints, lots, settings
from certification.codes import issuing, keys
from certification.codes.signing import Signer, format_key_id
from certification.core import clock
from certification.core.errors import DomainError, RuleViolation
from certification.documents.labels import LabelCode, LabelContent, render_labels
from certification.documents.output import check_writable, hand_over, write_beside
from certification.labels import jobs, templates
from certification.labels.jobs import PrintJob
from certification.labels.serials import LabelAllocation, Ranges, serials_of
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
        languages=settings.document_languages(session),
        brand_mark=settings.get(session, settings.BRAND_MARK),
    )


def _stock(session: Session, template_id: str | None) -> str:
    """The template asked for, else the office's label stock (setting `label_template`)."""
    return template_id or settings.get(session, settings.LABEL_TEMPLATE)


def serial_text(serial: int) -> str:
    """The serial as printed beside the code."""
    return f"{serial:06d}"


Steps = Generator[tuple[int, int], None, "LabelJobResult"]
P = ParamSpec("P")


@dataclass(frozen=True)
class LabelJobResult:
    job: PrintJob
    path: Path
    certificate: str
    lot: str


def print_steps(
    factory: sessionmaker[Session],
    certificate_number: str,
    lot_number: str,
    count: int,
    passphrase: str | Signer,
    output: str | os.PathLike[str],
    *,
    template_id: str | None = None,
    start: int = 1,
    user: UserInfo | None = None,
) -> Steps:
    """`print_labels` as steps: yields (done, total) between its stages; closing it before the
    end records the job as failed (its serials spoiled) and hands nothing over."""

    def begin(session: Session, lot_id: int, username: str) -> PrintJob:
        stock = _stock(session, template_id)
        return jobs.start_print(session, lot_id, count, stock, start, username, jobs.this_run())

    return _steps(
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


def reprint_steps(
    factory: sessionmaker[Session],
    certificate_number: str,
    lot_number: str,
    serials: Ranges,
    passphrase: str | Signer,
    output: str | os.PathLike[str],
    *,
    template_id: str | None = None,
    start: int = 1,
    user: UserInfo | None = None,
) -> Steps:
    """`reprint_labels` as steps (see `print_steps`)."""

    def begin(session: Session, lot_id: int, username: str) -> PrintJob:
        stock = _stock(session, template_id)
        return jobs.start_reprint(session, lot_id, serials, stock, start, username, jobs.this_run())

    return _steps(
        factory, certificate_number, lot_number, passphrase, output, template_id, start, user, begin
    )


def drain(steps: Steps) -> LabelJobResult:
    """Run steps to their end (the command line has no progress bar)."""
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            result: LabelJobResult = finished.value
            return result


def _to_the_end(steps: Callable[P, Steps], doc: str) -> Callable[P, LabelJobResult]:
    """A job's steps as one call that runs them all (the command line has no progress bar)."""

    def run(*args: P.args, **kwargs: P.kwargs) -> LabelJobResult:
        return drain(steps(*args, **kwargs))

    run.__doc__ = doc
    return run


print_labels = _to_the_end(
    print_steps,
    "`count` new labels of a lot, each with a new serial and its signed code, into `output`.",
)
reprint_labels = _to_the_end(
    reprint_steps, "Spoiled labels of a lot printed again, with the same serials."
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


def signer_for(session: Session, passphrase: str | Signer) -> Signer:
    """The key unlocked with `passphrase`, or a key unlocked earlier in this printing session,
    provided it may still sign today (not retired or reported compromised since)."""
    if not isinstance(passphrase, Signer):
        return keys.unlock_signing_key(session, passphrase)
    today = clock.today()
    held = next((k for k in keys.signing_keys(session) if k.key_id == passphrase.key_id), None)
    if held is None or not held.current_on(today):
        raise RuleViolation("codes.key_not_current", key_id=format_key_id(passphrase.key_id))
    return passphrase


PREVIEW_CODE = "BELGI PREVIEW — NOT A LABEL"  # reads as no code of any committee
PREVIEW_PAGES = 20  # pages of a long job shown before it prints (the rest are like them)


def preview_sheet(
    session: Session,
    lot_id: int,
    template_id: str | None,
    start: int,
    count: int,
    reprint: Ranges | None = None,
    pages: int = 1,
) -> bytes:
    """The job's sheets as it would print them (the first `pages` of them), with the serials it
    would take but a code that is no code (nothing signed, nothing allocated): for the print
    dialog's preview."""
    template = templates.template(session, _stock(session, template_id))
    jobs.check_layout(template, start)
    room = template.per_page * max(1, pages) - start + 1
    shown = max(1, min(count, room))
    if reprint:
        taken = serials_of(reprint)[:shown]
    else:
        first = jobs.next_serial(session, lot_id)
        taken = [first + i for i in range(shown)]
    labels = [LabelCode(serial_text(s), PREVIEW_CODE) for s in taken]
    offset = templates.printer_offset(session, template.id)
    return render_labels(template, label_content(session, lot_id), labels, start, offset)


PRINT_ROLES = (Role.CLERK,)  # who prints labels, signing their codes
STAGES = 4  # refused or allowed, serials taken, drawn, recorded and handed over


def _steps(
    factory: sessionmaker[Session],
    certificate_number: str,
    lot_number: str,
    passphrase: str | Signer,
    output: str | os.PathLike[str],
    template_id: str | None,
    start: int,
    user: UserInfo | None,
    begin: Callable[[Session, int, str], PrintJob],
    count: int | None = None,
) -> Steps:
    # 1. Everything that can be refused is refused before a serial is taken.
    with read_unit(factory) as session:
        if user is not None:
            require(user, *PRINT_ROLES)
        lot = check_label_job(
            session, certificate_number, lot_number, template_id, start, output, count
        )
        signer = signer_for(session, passphrase)
    username = user.username if user else f"key {format_key_id(signer.key_id)}"
    yield 0, STAGES  # closed here: nothing was taken

    # 2. Jobs whose run is over are resolved; serials allocated, the job recorded as pending,
    #    codes signed: committed before drawing.
    with unit_of_work(factory) as session:
        jobs.resolve_interrupted(session, username)
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
        audit_checkpoints.sign(session, signer, username)  # the key is unlocked anyway

    # 3. Drawn and written whole beside its name; 4. the outcome recorded, and only then the
    #    file handed over under its name. Any failure (or Cancel) on the way: the job is failed,
    #    its serials spoiled, and no file is left — or, when even that cannot be recorded, the job
    #    stays pending with nothing handed over, and the next job resolves it.
    part: Path | None = None
    recorded = False
    try:
        yield 1, STAGES
        pdf = render_labels(template, content, labels, job.start, job.offset)
        yield 2, STAGES
        part = write_beside(output, pdf)
        yield 3, STAGES
        with unit_of_work(factory) as session:
            jobs.finish_print(session, job.id, username)
        recorded = True
        path = hand_over(part, output)
        part = None
    except BaseException as error:
        if part is not None:
            part.unlink(missing_ok=True)
        failure = error.code if isinstance(error, DomainError) else type(error).__name__
        try:
            with unit_of_work(factory) as session:
                jobs.fail_print(session, job.id, failure, username, after_printed=recorded)
        except Exception:
            pass  # the job stays pending, nothing handed over; the first error is the news
        raise
    return LabelJobResult(job, path, lot.certificate_number, lot.lot_number)
