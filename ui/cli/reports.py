"""`report register -o FOLDER`: the public register ready to publish (web page with JSON, CSV,
XLSX, PDF) and the verification page `v/`, with `--status-list` the signed lists beside them;
`report inspection ID -o FILE.pdf`: the report of one inspection; `report dashboard`: the
committee's figures for a period, as text, JSON or a PDF / XLSX / CSV file (the Reports page's)."""

from __future__ import annotations

import argparse
from datetime import date
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
    figures = kinds.add_parser("dashboard", help="the committee's figures for a period")
    figures.add_argument("--from", dest="start", default=None, metavar="DATE")
    figures.add_argument("--to", dest="end", default=None, metavar="DATE")
    figures.add_argument("--json", action="store_true")
    figures.add_argument("-o", "--output", default=None, metavar="FILE.pdf|.xlsx|.csv")
    figures.set_defaults(run=run_dashboard)


def run_register(args: argparse.Namespace, context: Context) -> int:
    from certification import printing, verify_page
    from certification.codes import keys
    from certification.documents.output import make_folder

    user = None
    if args.status_list:  # a signed list names who signed it, never a key alone: asked first
        from certification import users
        from certification.codes import keyring

        user = context.actor(args.user)
        users.require(user, *keyring.EXPORT_ROLES)
    folder = make_folder(args.output)
    if user is None:
        with context.read() as session:
            written = printing.publish(session, folder)
    else:
        passphrase = read_passphrase()
        with context.write() as session:
            signer = keys.unlock_signing_key(session, passphrase)
            written = printing.publish(session, folder, signer, user.username)
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
    from certification.documents.output import write_document

    with context.read() as session:
        product = inspections.get_inspection(session, args.inspection).product_name
        path = write_document(
            args.output, lambda: printing.inspection_report_pdf(session, args.inspection)
        )
    text = QCoreApplication.translate(
        "cli", "Report of inspection {inspection} ({product}) written to {path}."
    )
    context.print(text.format(inspection=args.inspection, product=product, path=path))
    return 0


def run_dashboard(args: argparse.Namespace, context: Context) -> int:
    """The same figures as the Reports page: this year to today unless a period is given."""
    import dataclasses

    from certification import office, reports
    from certification.core import clock
    from ui import i18n
    from ui.cli.context import parse_date
    from ui.formats import format_date
    from ui.reports import figures

    today = clock.today()
    start = parse_date(args.start, "from") if args.start else date(today.year, 1, 1)
    end = parse_date(args.end, "to") if args.end else today
    with context.read() as session:
        dashboard = reports.dashboard(session, reports.Period(start, end), today)
        committee = office.own_committee(session).name(i18n.current_language())
    if args.json:
        context.print_json(dataclasses.asdict(dashboard))
        return 0
    report = figures.report(dashboard, committee, format_date(today))
    if args.output:
        return _write_figures(args.output, report, context)
    context.print(report.title)
    for line in report.lines:
        context.print(line)
    for table in report.tables:
        context.print()
        context.print(table.title)
        columns = table.heading[1:]
        for name, *numbers in table.rows:
            if len(numbers) == 1:
                context.print(f"  {name}: {numbers[0]}")
            else:  # several figures a row: each named by its column
                named = ", ".join(f"{c} {n}" for c, n in zip(columns, numbers, strict=False))
                context.print(f"  {name}: {named}")
    return 0


def _write_figures(output: str, report: Any, context: Context) -> int:
    from certification.core.errors import InvalidInput
    from certification.documents.figures import figures_csv, figures_pdf, figures_xlsx
    from certification.documents.output import write_document

    writers = {".pdf": figures_pdf, ".xlsx": figures_xlsx, ".csv": figures_csv}
    write = writers.get(Path(output).suffix.lower())
    if write is None:
        raise InvalidInput("reports.bad_suffix", field="output", value=output)
    path = write_document(output, lambda: write(report))
    text = QCoreApplication.translate("cli", "The figures were written to {path}.")
    context.print(text.format(path=path))
    return 0
