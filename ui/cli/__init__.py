"""The command line: `python main.py [--db URL] [--lang ky|ru|en] COMMAND …`.

Without a command, the desktop app starts. Each command lives in its own module with
`register(commands)`, which adds a sub-parser whose `run(args, context)` returns the exit status.
Domain errors become one translated line on stderr and a non-zero exit; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import sys
from collections.abc import Sequence
from typing import Any

# Modules that add commands, in the order `--help` lists them, with the commands each adds. A
# command line loads only the module of its command (and with it only the services that command
# uses); `--help`, a mistyped command and the app itself load all of them or none.
# tests/ui/test_cli_imports.py checks the names against what each module registers.
COMMAND_MODULES = {
    "ui.cli.demo": ("demo",),
    "ui.cli.certificates": ("certificates", "certificate"),
    "ui.cli.lots": ("lots", "lot"),
    "ui.cli.labels": ("labels", "label"),
    "ui.cli.reports": ("report",),
    "ui.cli.audit": ("audit",),
    "ui.cli.backups": ("backup", "restore"),
    "ui.cli.administration": ("users", "user", "key", "lists"),
    "ui.cli.verify": ("verify",),
    "ui.cli.screenshot": ("screenshot",),
}

EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake on the command line, reported once translations are installed."""


class Parser(argparse.ArgumentParser):
    """Refusals are reported once translations are installed; help is said in the language
    chosen (`ui.cli.words`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from ui.cli.words import HelpFormatter

        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The parser of every command, or, given a command line, of its command alone."""
    parser = Parser(prog="main.py", description="Belgi — OVOP brand committee workstation")
    parser.add_argument("--db", default=None, help="database URL or SQLite file (or BELGI_DB)")
    parser.add_argument(
        "--lang", choices=["ky", "ru", "en"], default=None, help="language (or BELGI_LANG)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES if argv is None else _command_modules(argv):
        importlib.import_module(name).register(commands)
    return parser


def starts_the_app(argv: Sequence[str]) -> bool:
    """Whether a command line names no command (only --db and --lang, if anything): the app."""
    return not _command_modules(_global_options_first(argv))


def _command_modules(argv: Sequence[str]) -> list[str]:
    """What a command line (global options first) needs: its command's module; none to start
    the app; every one for `--help` or a word that is no command, so their messages list all."""
    i = 0
    while i < len(argv) and argv[i].split("=", 1)[0] in GLOBAL_OPTIONS:
        i += 1 if "=" in argv[i] else 2
    if i >= len(argv):
        return []
    named = [m for m, names in COMMAND_MODULES.items() if argv[i] in names]
    return named or list(COMMAND_MODULES)


def main(argv: Sequence[str]) -> int:
    from ui import i18n
    from ui.cli.words import speak

    not_text = _not_utf8(argv)
    args, usage_error = None, None
    speak(_scan_language(argv) or i18n.language_from_environment())
    if not_text is None:
        try:
            ordered = _global_options_first(argv)
            args = build_parser(ordered).parse_args(ordered)
        except UsageError as error:
            usage_error = str(error)
    lang = (args.lang if args else _scan_language(argv)) or i18n.language_from_environment()
    db = (args.db if args else None) or os.environ.get("BELGI_DB")
    if args is not None and args.command is None:
        from ui.app import run_app

        return run_app(db, args.lang or os.environ.get("BELGI_LANG"))  # else: last chosen
    from ui.cli.context import Context, one_line  # the models: main.py loads them before Qt

    gui = bool(args is not None and getattr(args, "needs_gui", False))
    if getattr(args, "offscreen", False):  # renders without a display, e.g. `screenshot`
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _qt_application(gui)
    i18n.install(lang)
    from PySide6.QtCore import QCoreApplication

    if not_text is not None:
        text = QCoreApplication.translate(
            "cli", "Wrong command line: {where} is not valid UTF-8 text. Nothing was done."
        )
        print(one_line(text.format(where=not_text)), file=sys.stderr)
        return EXIT_USAGE
    if usage_error is None and args is not None:
        usage_error = _out_of_range(args)
    if usage_error is not None:
        text = QCoreApplication.translate("cli", "Wrong command line: {detail}. See --help.")
        print(one_line(text.format(detail=usage_error)), file=sys.stderr)
        return EXIT_USAGE
    assert args is not None
    return Context(db, lang).run(args.run, args)


GLOBAL_OPTIONS = ("--db", "--lang")
TEXT_VARIABLES = ("BELGI_DB", "BELGI_LANG", "BELGI_USER", "BELGI_PASSWORD")
LARGEST = 2**63 - 1  # what a database integer holds


def _not_utf8(argv: Sequence[str]) -> str | None:
    """The argument or variable that holds bytes which are not UTF-8 (Python keeps them as lone
    surrogates, which no file, terminal or database can take), shown with its bytes escaped."""
    for arg in argv:
        if not _is_text(arg):
            return os.fsencode(arg).decode("utf-8", "backslashreplace")
    for name in TEXT_VARIABLES:
        value = os.environ.get(name)
        if value is not None and not _is_text(value):
            return name  # never its value: it may be a password
    return None


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _out_of_range(args: argparse.Namespace) -> str | None:
    """A number no record can hold (beyond a database integer, or not a number at all)."""
    from PySide6.QtCore import QCoreApplication

    for value in vars(args).values():
        for number in value if isinstance(value, tuple) else (value,):
            if isinstance(number, bool):
                continue
            if isinstance(number, int) and abs(number) > LARGEST:
                text = QCoreApplication.translate("cli", "the number {value}… is too large")
                return text.format(value=str(number)[:12])
            if isinstance(number, float) and not math.isfinite(number):
                text = QCoreApplication.translate("cli", "“{value}” is not a number")
                return text.format(value=number)
    return None


def _global_options_first(argv: Sequence[str]) -> list[str]:
    """Let --db and --lang stand anywhere (`screenshot register -o x.png --lang ru`)."""
    hoisted: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in GLOBAL_OPTIONS and i + 1 < len(argv):
            hoisted += [arg, argv[i + 1]]
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg:
            hoisted.append(arg)
        else:
            rest.append(arg)
        i += 1
    return hoisted + rest


def _scan_language(argv: Sequence[str]) -> str | None:
    """The --lang of a command line that did not parse, so even that error speaks it."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:]
        if (arg == "--lang" or arg.startswith("--lang=")) and value in ("ky", "ru", "en"):
            return value
    return None


_app: object = None


def _qt_application(gui: bool) -> None:
    """Translations need a Qt application object; screenshots need a GUI one."""
    global _app
    if gui:
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication(["belgi"])
    else:
        from PySide6.QtCore import QCoreApplication

        _app = QCoreApplication.instance() or QCoreApplication(["belgi"])


__all__ = ["build_parser", "main", "starts_the_app"]
