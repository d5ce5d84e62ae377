"""`audit verify`: walk the hash chain of the audit log."""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from certification.core import audit
from ui.cli.context import Context


def register(commands: Any) -> None:
    parser = commands.add_parser("audit", help="the audit log")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check that no entry was edited, removed or moved")
    verify.set_defaults(run=run_verify)


def run_verify(args: argparse.Namespace, context: Context) -> int:
    with context.read() as session:
        report = audit.verify(session)
    if report.ok:
        text = QCoreApplication.translate("cli", "Audit log intact: {entries} entries.")
        context.print(text.format(entries=report.entries))
        return 0
    problems = {
        "hash": QCoreApplication.translate("cli", "its content was changed"),
        "link": QCoreApplication.translate("cli", "it does not follow the entry before it"),
        "gap": QCoreApplication.translate("cli", "an entry before it is missing"),
        "truncated": QCoreApplication.translate("cli", "entries at the end were removed"),
    }
    text = QCoreApplication.translate("cli", "Audit log broken at entry {seq}: {problem}.")
    print(text.format(seq=report.first_bad_seq, problem=problems[report.problem]), file=context.err)
    return 1
