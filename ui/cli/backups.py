"""`backup FILE` and `restore FILE [--yes]`: the register copied while it is in use, and put back
from a checked copy (an administrator only). A restore is signed with the signing key's
passphrase (BELGI_PASSPHRASE, or typed at a prompt) so that `audit verify` accepts it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from certification import backups, users
from certification.core.errors import RuleViolation
from models.enums import Role
from ui.cli.context import CliError, Context


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="copy the register to FILE and check the copy")
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--user", default=None, help="an administrator (or BELGI_USER)")
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser("restore", help="replace the register with a checked backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="replace without asking")
    restore.add_argument("--user", default=None, help="an administrator (or BELGI_USER)")
    restore.set_defaults(run=run_restore)


def _warn_network_share(context: Context) -> None:
    kind = backups.network_share(backups.register_file(context.engine()))
    if kind:
        text = QCoreApplication.translate(
            "cli",
            "Warning: the register lies on a network share ({kind}); SQLite can be damaged "
            "there. Keep it on a local disk, or use PostgreSQL for several workstations.",
        )
        print(text.format(kind=kind), file=context.err)


def run_backup(args: argparse.Namespace, context: Context) -> int:
    backups.register_file(context.engine())  # PostgreSQL: pg_dump, said before the password
    actor = context.actor(args.user)
    users.require(actor, Role.ADMIN)
    _warn_network_share(context)
    made: backups.BackupInfo = backups.run(backups.make_backup(context.factory(), Path(args.file)))
    check = made.check
    assert check is not None
    n = check.entries  # lupdate reads a plain name as the count
    text = QCoreApplication.translate(
        "cli",
        "Backup written to {path}: {size} KB, %Ln audit entry(ies) checked, {seconds} s.",
        None,
        n,
    )
    context.print(
        text.format(
            path=made.path,
            size=round(made.size / 1024),
            seconds=f"{made.seconds:.1f}",
        )
    )
    return 0


def run_restore(args: argparse.Namespace, context: Context) -> int:
    backups.register_file(context.engine())
    actor = context.actor(args.user)
    users.require(actor, Role.ADMIN)
    check = backups.check_backup(Path(args.file))
    if not check.ok:
        raise RuleViolation(check.problems[0], path=args.file, detail=check.detail)
    if not args.yes:
        question = QCoreApplication.translate(
            "cli", "Replace the register with {path} ({certificates}, {entries})? Type yes: "
        )
        n = check.certificates  # lupdate reads a plain name as the count
        certificates = QCoreApplication.translate("cli", "%Ln certificate(s)", None, n)
        n = check.entries
        entries = QCoreApplication.translate("cli", "%Ln audit entry(ies)", None, n)
        question = question.format(path=args.file, certificates=certificates, entries=entries)
        if not sys.stdin.isatty():
            raise CliError(
                QCoreApplication.translate(
                    "cli", "Restoring replaces the register: confirm with --yes."
                )
            )
        answer = input(question).strip().lower()
        yes = {"yes", QCoreApplication.translate("cli", "yes").lower()}
        if answer not in yes:
            context.print(QCoreApplication.translate("cli", "Nothing was restored."))
            return 1
    passphrase = os.environ.get("BELGI_PASSPHRASE")
    if passphrase is None and sys.stdin.isatty():
        passphrase = getpass.getpass(
            QCoreApplication.translate(
                "cli", "Passphrase of the signing key, to sign the restore (Enter: not signed): "
            )
        )
    result: backups.RestoreResult = backups.run(
        backups.restore(context.factory(), Path(args.file), actor, passphrase or None)
    )
    n = len(result.raised)  # lupdate reads a plain name as the count
    text = QCoreApplication.translate(
        "cli",
        "Register restored from {path}; the register it replaced is kept in {safety}. "
        "%Ln counter(s) moved above numbers already given out.",
        None,
        n,
    )
    context.print(text.format(path=args.file, safety=result.safety_copy))
    if not result.signed:
        unsigned = QCoreApplication.translate(
            "cli",
            "The restore is not signed: audit verify reports the checkpoints of the register it "
            "replaced as entries removed.",
        )
        context.print(unsigned)
    return 0
