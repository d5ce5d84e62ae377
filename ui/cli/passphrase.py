"""The signing key's passphrase for commands that sign: a prompt, or BELGI_PASSPHRASE."""

from __future__ import annotations

import getpass
import os
import sys

from PySide6.QtCore import QCoreApplication

from ui.cli.context import CliError

PASSPHRASE_VARIABLE = "BELGI_PASSPHRASE"


def read_passphrase() -> str:
    """BELGI_PASSPHRASE for automation, else typed at a prompt that does not echo."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is not None:
        return passphrase
    if not sys.stdin.isatty():
        raise CliError(
            QCoreApplication.translate(
                "cli",
                "No passphrase for the signing key: type it at the prompt or set BELGI_PASSPHRASE.",
            )
        )
    return getpass.getpass(QCoreApplication.translate("cli", "Passphrase of the signing key: "))
