# ruff: noqa: E501  (help texts are kept whole, one per line, as the generator writes them)
"""Every command's help text, marked for translation (written by `python -m ui.cli.help_texts`
from the parser itself; `tests/ui/test_cli_language.py` fails when one is missing)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ui.i18n import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("cli help", "Belgi — OVOP brand committee workstation"),
    QT_TRANSLATE_NOOP("cli help", "database URL or SQLite file (or BELGI_DB)"),
    QT_TRANSLATE_NOOP("cli help", "language (or BELGI_LANG)"),
    QT_TRANSLATE_NOOP("cli help", "fill an empty database with sample data"),
    QT_TRANSLATE_NOOP("cli help", "list certificates"),
    QT_TRANSLATE_NOOP("cli help", "act on one certificate"),
    QT_TRANSLATE_NOOP("cli help", "lots reported under a certificate"),
    QT_TRANSLATE_NOOP("cli help", "record a lot of certified product"),
    QT_TRANSLATE_NOOP("cli help", "print labels of a lot with new serials"),
    QT_TRANSLATE_NOOP("cli help", "label stock: reprints, spoilage, templates"),
    QT_TRANSLATE_NOOP("cli help", "documents to publish or file"),
    QT_TRANSLATE_NOOP("cli help", "the audit log"),
    QT_TRANSLATE_NOOP("cli help", "copy the register to FILE and check the copy"),
    QT_TRANSLATE_NOOP("cli help", "replace the register with a checked backup"),
    QT_TRANSLATE_NOOP("cli help", "the committee's users and their roles"),
    QT_TRANSLATE_NOOP("cli help", "add a user, set a password, roles, deactivate"),
    QT_TRANSLATE_NOOP("cli help", "this committee's signing keys"),
    QT_TRANSLATE_NOOP("cli help", "signed trust and status lists"),
    QT_TRANSLATE_NOOP("cli help", "check a label's or certificate's code"),
    QT_TRANSLATE_NOOP("cli help", "render a page of the main window offscreen to a PNG"),
    QT_TRANSLATE_NOOP("cli help", "number prefix or name fragment"),
    QT_TRANSLATE_NOOP("cli help", "suspend a certificate"),
    QT_TRANSLATE_NOOP("cli help", "withdraw a certificate"),
    QT_TRANSLATE_NOOP("cli help", "restore a certificate"),
    QT_TRANSLATE_NOOP("cli help", "one certificate and its history"),
    QT_TRANSLATE_NOOP("cli help", "the certificate as a PDF with its signed QR code"),
    QT_TRANSLATE_NOOP("cli help", "record a lot under a certificate in force"),
    QT_TRANSLATE_NOOP("cli help", "the producer's lot number"),
    QT_TRANSLATE_NOOP("cli help", "DD.MM.YYYY or YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("cli help", "needed when the scope has several"),
    QT_TRANSLATE_NOOP("cli help", "pcs, kg, g, l, ml, pack"),
    QT_TRANSLATE_NOOP("cli help", "print spoiled labels again, same serials"),
    QT_TRANSLATE_NOOP("cli help", "record spoiled labels, with the reason"),
    QT_TRANSLATE_NOOP("cli help", "what became of every serial of a lot"),
    QT_TRANSLATE_NOOP("cli help", "label sheets and rolls to print on"),
    QT_TRANSLATE_NOOP("cli help", "take in a gLabels template file"),
    QT_TRANSLATE_NOOP("cli help", "a template typed in from the sheet's packaging"),
    QT_TRANSLATE_NOOP("cli help", "hide an own template"),
    QT_TRANSLATE_NOOP("cli help", "calibrate the printer for a template (mm)"),
    QT_TRANSLATE_NOOP("cli help", "a test page of label outlines"),
    QT_TRANSLATE_NOOP("cli help", "e.g. 5,7-9"),
    QT_TRANSLATE_NOOP("cli help", "misprint, jammed, damaged, lost or other (with --note)"),
    QT_TRANSLATE_NOOP("cli help", "the public register, ready to publish"),
    QT_TRANSLATE_NOOP("cli help", "the report of one inspection"),
    QT_TRANSLATE_NOOP("cli help", "the committee's figures for a period"),
    QT_TRANSLATE_NOOP("cli help", "also the signed status list (passphrase)"),
    QT_TRANSLATE_NOOP(
        "cli help",
        "check that no entry was edited, removed or moved, and that the register agrees with the log",
    ),
    QT_TRANSLATE_NOOP(
        "cli help",
        "a signed checkpoint file, or a folder of them (a published register, exported lists); the backup folder is always read",
    ),
    QT_TRANSLATE_NOOP("cli help", "an administrator (or BELGI_USER)"),
    QT_TRANSLATE_NOOP("cli help", "replace without asking"),
    QT_TRANSLATE_NOOP("cli help", "a new user (password: prompt or BELGI_NEW_PASSWORD)"),
    QT_TRANSLATE_NOOP("cli help", "a new password (prompt or BELGI_NEW_PASSWORD)"),
    QT_TRANSLATE_NOOP("cli help", "the user can no longer sign in (the record stays)"),
    QT_TRANSLATE_NOOP("cli help", "a deactivated user may sign in again"),
    QT_TRANSLATE_NOOP("cli help", "replace the user's roles"),
    QT_TRANSLATE_NOOP("cli help", "as printed (default: NAME)"),
    QT_TRANSLATE_NOOP("cli help", "who acts (or BELGI_USER)"),
    QT_TRANSLATE_NOOP("cli help", "every key, its period and state"),
    QT_TRANSLATE_NOOP("cli help", "a new key from today; the key in force stops today"),
    QT_TRANSLATE_NOOP("cli help", "the key stops signing today"),
    QT_TRANSLATE_NOOP("cli help", "codes signed from DATE alarm"),
    QT_TRANSLATE_NOOP("cli help", "this committee's trust and status lists"),
    QT_TRANSLATE_NOOP("cli help", "another committee's trust or status list"),
    QT_TRANSLATE_NOOP("cli help", "the sender's key fingerprint, read out by them"),
    QT_TRANSLATE_NOOP("cli help", "the code's text, or - for stdin"),
    QT_TRANSLATE_NOOP("cli help", "a photo or scan of the code"),
    QT_TRANSLATE_NOOP("cli help", "where the label was found"),
    QT_TRANSLATE_NOOP("cli help", "do not log this check"),
    QT_TRANSLATE_NOOP(
        "cli help", "register, standards, inspections, …, administration; login, first-start"
    ),
    QT_TRANSLATE_NOOP("cli help", "the PNG file to write"),
    QT_TRANSLATE_NOOP("cli help", "signed in as (default: admin)"),
    QT_TRANSLATE_NOOP("cli help", "window size, e.g. 1920x1080"),
    QT_TRANSLATE_NOOP(
        "cli help", "type TEXT into the scanner field and press Enter (verify); the check is logged"
    ),
    QT_TRANSLATE_NOOP("cli help", "the place of the checks of --scan"),
    QT_TRANSLATE_NOOP("cli help", "the tab to show, on a page with tabs"),
    QT_TRANSLATE_NOOP(
        "cli help", "open this dialog of the page and picture it (labels: print, calibration)"
    ),
)


def from_parser() -> list[str]:
    """The help texts and descriptions of the parser and all its commands, in order."""
    from ui.cli import build_parser

    found: list[str] = []

    def walk(parser: argparse.ArgumentParser) -> None:
        for text in (parser.description, parser.epilog):
            if text and text not in found:
                found.append(text)
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            if action.help and action.help != argparse.SUPPRESS and action.help not in found:
                found.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help and choice.help not in found:
                        found.append(choice.help)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)

    walk(build_parser())
    return found


def write() -> None:
    source = Path(__file__).read_text("utf-8")
    start = source.index("TEXTS = (\n") + len("TEXTS = (\n")
    end = source.index("\n)\n", start - 1)
    lines = "".join(
        f'    QT_TRANSLATE_NOOP("cli help", {json.dumps(text, ensure_ascii=False)}),\n'
        for text in from_parser()
    )
    Path(__file__).write_text(source[:start] + lines.rstrip("\n") + source[end:], "utf-8")


if __name__ == "__main__":
    write()
    sys.exit(0)
