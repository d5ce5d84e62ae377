"""`lots CERT_NO`: the lots reported under a certificate; `lot add CERT_NO …` records one."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from certification import lots
from ui.cli.context import Context, parse_date
from ui.messages.values import unit_name


def register(commands: Any) -> None:
    parser = commands.add_parser("lots", help="lots reported under a certificate")
    parser.add_argument("number", metavar="CERT_NO")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)

    lot = commands.add_parser("lot", help="record a lot of certified product")
    actions = lot.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record a lot under a certificate in force")
    add.add_argument("number", metavar="CERT_NO")
    add.add_argument("--lot", required=True, help="the producer's lot number")
    add.add_argument("--quantity", required=True, metavar="N")
    add.add_argument("--produced", required=True, metavar="DATE", help="DD.MM.YYYY or YYYY-MM-DD")
    add.add_argument("--best-before", required=True, metavar="DATE")
    add.add_argument("--product", default=None, help="needed when the scope has several")
    add.add_argument("--unit", default="pcs", help=", ".join(lots.UNITS))
    add.add_argument("--notes", default="")
    add.add_argument("--user", default=None)
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=run_add)


def run(args: argparse.Namespace, context: Context) -> int:
    with context.read() as session:
        found = lots.lots_of(session, args.number)
    if args.json:
        context.print_json([lot.as_json() for lot in found])
        return 0
    if not found:
        context.print(
            QCoreApplication.translate("cli", "No lots under certificate {number}.").format(
                number=args.number.strip().upper()
            )
        )
        return 0
    for lot in found:
        quantity = format(lot.quantity.normalize(), "f")
        context.print(
            f"{lot.lot_number:<14} {lot.product:<30} {quantity:>8} {unit_name(lot.unit):<4} "
            f"{lot.produced_on:%d.%m.%Y} → {lot.best_before:%d.%m.%Y}  {lot.labels_printed}"
        )
    return 0


def run_add(args: argparse.Namespace, context: Context) -> int:
    produced = parse_date(args.produced, "produced_on")
    best_before = parse_date(args.best_before, "best_before")
    actor = context.actor(args.user)
    with context.write() as session:
        product = lots.scope_product(session, args.number, args.product)
        lot = lots.report_lot(
            session,
            actor,
            args.number,
            product,
            args.lot,
            produced,
            best_before,
            args.quantity,
            args.unit.strip().lower(),
            notes=args.notes,
        )
    if args.json:
        context.print_json(lot.as_json())
        return 0
    text = QCoreApplication.translate(
        "cli", "Lot {lot} of {product} ({quantity} {unit}) recorded under certificate {number}."
    )
    context.print(
        text.format(
            lot=lot.lot_number,
            product=lot.product,
            quantity=format(lot.quantity.normalize(), "f"),
            unit=unit_name(lot.unit),
            number=lot.certificate_number,
        )
    )
    return 0
