"""`labels CERT_NO --lot LOT --count N … -o FILE.pdf` prints a lot's labels; `label …` keeps the
label stock: reprints of spoiled labels, spoilage, reconciliation, templates, printer offsets.

Printing signs codes, so it needs the signing key's passphrase (prompt or BELGI_PASSPHRASE) and a
clerk who acts, `--user NAME` (or BELGI_USER): the passphrase alone prints nothing.
"""

from __future__ import annotations

import argparse
import os
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from certification.core.errors import InvalidInput
from ui.cli.context import Context
from ui.cli.passphrase import PASSPHRASE_VARIABLE, read_passphrase
from ui.messages.values import spoilage_text

if TYPE_CHECKING:
    from certification.codes.signing import Signer
    from certification.labels import printing

# The printing modules load reportlab (0.4 s), so they are imported when a command draws.


def _size(text: str) -> tuple[float, float]:
    """«210x297» (mm) → (210.0, 297.0); «3x8» works the same for a grid."""
    parts = text.lower().replace("×", "x").replace(",", ".").split("x")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(text)
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None


def _pair(text: str) -> tuple[float, float]:
    """«4.65;15.15» or «4.65/15.15» (mm): a corner or a pitch."""
    parts = text.replace(";", "/").split("/")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(text)
    try:
        return float(parts[0].replace(",", ".")), float(parts[1].replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None


def register(commands: Any) -> None:
    job = commands.add_parser("labels", help="print labels of a lot with new serials")
    job.add_argument("number", metavar="CERT_NO")
    _job_arguments(job)
    job.add_argument("--count", type=int, required=True, metavar="N")
    job.set_defaults(run=run_print)

    stock = commands.add_parser("label", help="label stock: reprints, spoilage, templates")
    actions = stock.add_subparsers(dest="action", metavar="ACTION", required=True)

    again = actions.add_parser("reprint", help="print spoiled labels again, same serials")
    again.add_argument("number", metavar="CERT_NO")
    _job_arguments(again)
    again.add_argument("--serials", required=True, help="e.g. 5,7-9")
    again.set_defaults(run=run_reprint)

    spoil = actions.add_parser("spoil", help="record spoiled labels, with the reason")
    spoil.add_argument("number", metavar="CERT_NO")
    spoil.add_argument("--lot", required=True)
    spoil.add_argument("--serials", required=True, help="e.g. 5,7-9")
    spoil.add_argument(
        "--reason", required=True, help="misprint, jammed, damaged, lost or other (with --note)"
    )
    spoil.add_argument("--note", default="")
    spoil.add_argument("--user", default=None)
    spoil.set_defaults(run=run_spoil)

    balance = actions.add_parser("stock", help="what became of every serial of a lot")
    balance.add_argument("number", metavar="CERT_NO")
    balance.add_argument("--lot", required=True)
    balance.add_argument("--json", action="store_true")
    balance.set_defaults(run=run_stock)

    listing = actions.add_parser("templates", help="label sheets and rolls to print on")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_templates)

    imported = actions.add_parser("import", help="take in a gLabels template file")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--user", default=None)
    imported.set_defaults(run=run_import)

    typed = actions.add_parser("add", help="a template typed in from the sheet's packaging")
    typed.add_argument("template", metavar="ID")
    typed.add_argument("--page", type=_size, required=True, metavar="WxH")
    typed.add_argument("--label", type=_size, required=True, metavar="WxH")
    typed.add_argument("--grid", type=_size, required=True, metavar="COLUMNSxROWS")
    typed.add_argument("--origin", type=_pair, default=(0.0, 0.0), metavar="X/Y")
    typed.add_argument("--pitch", type=_pair, default=None, metavar="DX/DY")
    typed.add_argument("--corner", type=float, default=0.0)
    typed.add_argument("--roll", action="store_true")
    typed.add_argument("--description", default="")
    typed.add_argument("--user", default=None)
    typed.set_defaults(run=run_add)

    removed = actions.add_parser("remove", help="hide an own template")
    removed.add_argument("template", metavar="ID")
    removed.add_argument("--user", default=None)
    removed.set_defaults(run=run_remove)

    offset = actions.add_parser("offset", help="calibrate the printer for a template (mm)")
    offset.add_argument("template", metavar="ID")
    offset.add_argument("--dx", type=float, required=True)
    offset.add_argument("--dy", type=float, required=True)
    offset.add_argument("--user", default=None)
    offset.set_defaults(run=run_offset)

    outline = actions.add_parser("outline", help="a test page of label outlines")
    outline.add_argument("template", metavar="ID", nargs="?", default=None)
    outline.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    outline.set_defaults(run=run_outline)


def _job_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lot", required=True)
    parser.add_argument("--template", default=None, metavar="ID")
    parser.add_argument("--start", type=int, default=1, metavar="K")
    parser.add_argument("--user", default=None)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def _job_done(context: Context, result: printing.LabelJobResult) -> None:
    from certification.labels import serials

    n = result.job.labels  # lupdate reads a plain name as the count
    text = QCoreApplication.translate(
        "cli",
        "%Ln label(s) of lot {lot} ({certificate}), serials {serials}, written to {path}.",
        None,
        n,
    )
    context.print(
        text.format(
            lot=result.lot,
            certificate=result.certificate,
            serials=serials.ranges_text(result.job.serials),
            path=result.path,
        )
    )


def run_print(args: argparse.Namespace, context: Context) -> int:
    return _run_job(args, context, reprint=False)


def run_reprint(args: argparse.Namespace, context: Context) -> int:
    return _run_job(args, context, reprint=True)


def _run_job(args: argparse.Namespace, context: Context, reprint: bool) -> int:
    """Refuse what can be refused, then ask for the passphrase, then print.

    The password is checked on a worker thread while the printing modules load, and a
    passphrase given in BELGI_PASSPHRASE unlocks the key on another meanwhile (Argon2, 0.2 s
    outside the GIL, 0.3–0.4 s beside the rest), while the labels' fonts are read. Refusals
    still come in the order they would one after the other: who acts, what is printed, then
    the passphrase.
    """
    from certification.codes import keys

    context.factory()  # the register is opened (and upgraded) once, before the threads share it
    keys.load_for_unlocking()  # and what both threads import is loaded before they start
    with ThreadPoolExecutor(max_workers=2) as pool:
        unlocking = _unlock_given_passphrase(pool, context)
        acting = pool.submit(context.actor, args.user)
        from certification import users
        from certification.documents import fonts, qrpdf
        from certification.labels import printing, serials

        user = acting.result()
        users.require(user, *printing.PRINT_ROLES)  # before the passphrase is asked
        wanted = serials.parse_serials(args.serials) if reprint else ()
        count = None if reprint else args.count
        with context.read() as session:
            printing.check_label_job(
                session, args.number, args.lot, args.template, args.start, args.output, count
            )
        if unlocking:
            fonts.register_fonts()  # read while the key unlocks, not after it
        key = unlocking.result() if unlocking else _unlock(context, read_passphrase())
    options: dict[str, Any] = {"template_id": args.template, "start": args.start, "user": user}
    with qrpdf.helper_process_allowed():  # the pool's threads are gone; none other runs
        if reprint:
            result = printing.reprint_labels(
                context.factory(), args.number, args.lot, wanted, key, args.output, **options
            )
        else:
            result = printing.print_labels(
                context.factory(), args.number, args.lot, args.count, key, args.output, **options
            )
    _job_done(context, result)
    return 0


def _unlock_given_passphrase(pool: ThreadPoolExecutor, context: Context) -> Future[Signer] | None:
    """The key being unlocked with BELGI_PASSPHRASE, if it is set (a prompt waits its turn).

    The key is read here, in a few milliseconds, and only Argon2 runs on the worker, which
    otherwise took 40–60 ms to reach it, sharing the GIL with the imports and the password
    check. A refusal met in reading waits for its turn in the future."""
    from certification.codes import keys

    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is None:
        return None
    try:
        with context.read() as session:
            stored = keys.key_to_unlock(session)
    except Exception as error:  # e.g. no key in force: told after who acts and what is printed
        refused: Future[Signer] = Future()
        refused.set_exception(error)
        return refused
    return pool.submit(stored.unlock, passphrase)


def _unlock(context: Context, passphrase: str) -> Signer:
    from certification.codes import keys

    with context.read() as session:
        return keys.unlock_signing_key(session, passphrase)


def run_spoil(args: argparse.Namespace, context: Context) -> int:
    from certification import lots
    from certification.labels import ledger, serials

    wanted = serials.parse_serials(args.serials)
    actor = context.actor(args.user)
    with context.write() as session:
        lot = lots.get_lot(session, args.number, args.lot)
        spoiled = ledger.spoil(session, actor, lot.id, wanted, args.reason, args.note)
    n = serials.count_of(spoiled)
    text = QCoreApplication.translate(
        "cli", "%Ln label(s) of lot {lot} recorded as spoiled: {serials}.", None, n
    )
    context.print(
        text.format(
            lot=lot.lot_number,
            serials=serials.ranges_text(spoiled),
        )
    )
    return 0


def run_stock(args: argparse.Namespace, context: Context) -> int:
    from certification import lots
    from certification.labels import ledger, serials

    with context.read() as session:
        lot = lots.get_lot(session, args.number, args.lot)
        balance = ledger.reconcile(session, lot.id)
    if args.json:
        context.print_json(balance.as_json())
        return 0
    text = QCoreApplication.translate(
        "cli",
        "Lot {lot} ({certificate}): {allocated} serials allocated — {printed} printed "
        "(of which {reprinted} printed again), {spoiled} spoiled, {pending} in unfinished jobs, "
        "{unrecorded} without a print job.",
    )
    context.print(
        text.format(
            lot=balance.lot_number,
            certificate=balance.certificate_number,
            allocated=balance.allocated,
            printed=balance.printed,
            reprinted=balance.reprinted,
            spoiled=balance.spoiled,
            pending=balance.pending,
            unrecorded=balance.unrecorded,
        )
    )
    for run in balance.spoiled_runs:
        run_text = serials.ranges_text([(run.first, run.last)])
        context.print(f"  {run_text:<16} {spoilage_text(run.reason)}")
    return 0


def run_templates(args: argparse.Namespace, context: Context) -> int:
    from certification.labels import templates

    with context.read() as session:
        found = templates.templates(session)
    if args.json:
        context.print_json(
            [
                {
                    "id": t.id,
                    "source": t.source,
                    "description": t.template.description,
                    "label": [t.template.label_width, t.template.label_height],
                    "per_page": t.template.per_page,
                    "roll": t.template.roll,
                    "offset": [t.offset.dx, t.offset.dy],
                }
                for t in found
            ]
        )
        return 0
    from ui.messages.values import template_description

    for t in found:
        size = f"{t.template.label_width:g}×{t.template.label_height:g}"
        per_page = f"×{t.template.per_page}"
        description = template_description(t.template.description)
        context.print(f"{t.id:<24} {size:>12} mm {per_page:>5}  {description}")
    return 0


def run_import(args: argparse.Namespace, context: Context) -> int:
    from certification.core.files import read_file
    from certification.documents.templates import MAX_IMPORT_BYTES
    from certification.labels import templates

    data = read_file(args.file, MAX_IMPORT_BYTES)  # said before the password is asked
    actor = context.actor(args.user)
    with context.write() as session:
        result = templates.import_glabels(session, actor, data)
    text = QCoreApplication.translate(
        "cli", "{added} templates added, {skipped} already known or too small for a code."
    )
    context.print(text.format(added=len(result.added), skipped=len(result.skipped)))
    for template_id in result.added:
        context.print(f"  {template_id}")
    return 0


def run_add(args: argparse.Namespace, context: Context) -> int:
    from certification.labels import templates

    actor = context.actor(args.user)
    columns, rows = args.grid
    if columns != int(columns) or rows != int(rows):
        raise InvalidInput("label.template_invalid", template=args.template)
    with context.write() as session:
        info = templates.add_template(
            session,
            actor,
            args.template,
            page=args.page,
            label=args.label,
            grid=(int(columns), int(rows)),
            origin=args.origin,
            pitch=args.pitch,
            corner=args.corner,
            roll=args.roll,
            description=args.description,
        )
    n = info.template.per_page
    text = QCoreApplication.translate(
        "cli", "Template {template} added: %n label(s) a page.", None, n
    )
    context.print(text.format(template=info.id))
    return 0


def run_remove(args: argparse.Namespace, context: Context) -> int:
    from certification.labels import templates

    actor = context.actor(args.user)
    with context.write() as session:
        templates.remove_template(session, actor, args.template)
    text = QCoreApplication.translate("cli", "Template {template} removed.")
    context.print(text.format(template=args.template))
    return 0


def run_offset(args: argparse.Namespace, context: Context) -> int:
    from certification.labels import templates

    actor = context.actor(args.user)
    with context.write() as session:
        offset = templates.set_printer_offset(session, actor, args.template, args.dx, args.dy)
    text = QCoreApplication.translate(
        "cli", "Printer offset for {template}: {dx} mm across, {dy} mm down."
    )
    context.print(text.format(template=args.template, dx=offset.dx, dy=offset.dy))
    return 0


def run_outline(args: argparse.Namespace, context: Context) -> int:
    from certification.documents.labels import render_outline_page
    from certification.documents.output import write_document
    from certification.labels import templates

    with context.read() as session:
        template = templates.template(session, args.template)
        offset = templates.printer_offset(session, template.id)
    path = write_document(args.output, lambda: render_outline_page(template, offset))
    text = QCoreApplication.translate("cli", "Outline page of {template} written to {path}.")
    context.print(text.format(template=template.id, path=path))
    return 0
