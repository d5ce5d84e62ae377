"""`audit verify`: the hash chain of the audit log, its signed checkpoints, and the register
read against what the log says happened."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.cli.context import Context


def register(commands: Any) -> None:
    parser = commands.add_parser("audit", help="the audit log")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check that no entry was edited, removed or moved, and that the register agrees "
        "with the log",
    )
    verify.add_argument(
        "--checkpoints",
        action="append",
        default=[],
        metavar="PATH",
        help="a signed checkpoint file, or a folder of them (a published register, exported "
        "lists); the backup folder is always read",
    )
    verify.set_defaults(run=run_verify)


def run_verify(args: argparse.Namespace, context: Context) -> int:
    from certification import register_check
    from ui.messages.audit import check_lines

    places = [Path(p) for p in args.checkpoints]
    with context.read() as session:
        check = register_check.verify_register(
            session, [*register_check.default_places(session), *places]
        )
    report = check.chain
    if report.ok:
        n = report.entries  # lupdate reads a plain name as the count
        first = QCoreApplication.translate("cli", "Audit log intact: %Ln entry(ies).", None, n)
    else:
        problems = {
            "hash": QCoreApplication.translate("cli", "its content was changed"),
            "link": QCoreApplication.translate("cli", "it does not follow the entry before it"),
            "gap": QCoreApplication.translate("cli", "an entry before it is missing"),
            "truncated": QCoreApplication.translate("cli", "entries at the end were removed"),
        }
        text = QCoreApplication.translate("cli", "Audit log broken at entry {seq}: {problem}.")
        first = text.format(seq=report.first_bad_seq, problem=problems[report.problem])
    for line in [first, *check_lines(check)]:
        if check.ok:
            context.print(line)
        else:
            print(line, file=context.err)
    return 0 if check.ok else 1
