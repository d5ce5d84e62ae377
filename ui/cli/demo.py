"""`demo`: a database with realistic sample data."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.cli.context import Context


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help="fill an empty database with sample data")
    parser.set_defaults(run=run, creates_register=True)


def run(args: argparse.Namespace, context: Context) -> int:
    from certification import demo  # the whole office's services: only for this command

    with context.write() as session:
        summary = demo.build(session)
    text = QCoreApplication.translate(
        "cli",
        "Demo database ready: {producers} producers, {products} products, {inspections} "
        "inspections, {certificates} certificates, {lots} lots. Users admin, chair, inspector "
        "and clerk; password: demo.",
    )
    context.print(text.format(**summary.__dict__))
    return 0
