"""`report register -o FOLDER`: the public register ready to publish (web page with JSON, CSV,
XLSX, PDF) and the verification page `v/`, with `--status-list` the signed lists beside them;
`report inspection ID -o FILE.pdf`: the report of one inspection."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.cli.context import Context
from ui.cli.passphrase import read_passphrase


def register(commands: Any) -> None:
    parser = commands.add_parser("report", help="documents to publish or file")
    kinds = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    published = kinds.add_parser("register", help="the public register, ready to publish")
    published.add_argument("-o", "--output", required=True, metavar="FOLDER")
    published.add_argument(
        "--status-list", action="store_true", help="also the signed status list (passphrase)"
    )
    published.add_argument("--user", default=None)
    published.set_defaults(run=run_register)
    inspection = kinds.add_parser("inspection", help="the report of one inspection")
    inspection.add_argument("inspection", type=int, metavar="ID")
    inspection.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    inspection.set_defaults(run=run_inspection)


def run_register(args: argparse.Namespace, context: Context) -> int:
    from certification import printing, verify_page
    from certification.codes import keys
    from certification.codes.signing import format_key_id
    from certification.documents.output import check_writable

    folder = Path(args.output)
    if not folder.is_dir():
        check_writable(folder)  # its parent exists and can be written
        folder.mkdir()
    check_writable(folder / "index.html")
    if not args.status_list:
        with context.read() as session:
            written = printing.publish(session, folder)
    else:
        user = None
        if args.user or os.environ.get("BELGI_USER"):
            user = context.actor(args.user)
        passphrase = read_passphrase()
        with context.write() as session:
            signer = keys.unlock_signing_key(session, passphrase)
            username = user.username if user else f"key {format_key_id(signer.key_id)}"
            written = printing.publish(session, folder, signer, username)
    text = QCoreApplication.translate("cli", "The public register was written to {folder}:")
    context.print(text.format(folder=folder))
    for path in written:
        context.print(f"  {path.name}")
    if not verify_page.has_lists(folder):
        note = QCoreApplication.translate(
            "cli",
            "The verification page v/ has no signed lists yet and cannot check labels: "
            "publish with --status-list.",
        )
        context.print(note)
    return 0


def run_inspection(args: argparse.Namespace, context: Context) -> int:
    from certification import inspections, printing
    from certification.documents.output import check_writable, write_atomically

    check_writable(args.output)
    with context.read() as session:
        product = inspections.get_inspection(session, args.inspection).product_name
        pdf = printing.inspection_report_pdf(session, args.inspection)
    path = write_atomically(args.output, pdf)
    text = QCoreApplication.translate(
        "cli", "Report of inspection {inspection} ({product}) written to {path}."
    )
    context.print(text.format(inspection=args.inspection, product=product, path=path))
    return 0
