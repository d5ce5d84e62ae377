"""`lots CERT_NO`: the lots reported under a certificate."""

from __future__ import annotations

import argparse
from typing import Any

from certification import lots
from ui.cli.context import Context


def register(commands: Any) -> None:
    parser = commands.add_parser("lots", help="lots reported under a certificate")
    parser.add_argument("number", metavar="CERT_NO")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: Context) -> int:
    with context.read() as session:
        found = lots.lots_of(session, args.number)
    if args.json:
        context.print_json([lot.as_json() for lot in found])
        return 0
    for lot in found:
        quantity = format(lot.quantity.normalize(), "f")
        context.print(
            f"{lot.lot_number:<14} {lot.product:<30} {quantity:>8} {lot.unit:<4} "
            f"{lot.produced_on:%d.%m.%Y} → {lot.best_before:%d.%m.%Y}  {lot.labels_printed}"
        )
    return 0
