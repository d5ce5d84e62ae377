"""The command line's own words in the user's language: argparse's messages («usage:»,
«invalid int value», «the following arguments are required») and every command's help.

argparse asks `gettext` for its messages; `speak(lang)` points those calls at Belgi's
translations, read straight from the `.qm` files (no Qt application is needed to parse a command
line), and `HelpFormatter` translates each help text as `--help` prints it. The help texts of the
commands are listed in `help_texts.py` for lupdate (`python -m ui.cli.help_texts` writes it again;
a test fails when a help text is missing from it).
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTranslator

from ui.i18n import I18N, QT_TRANSLATE_NOOP

HELP = "cli help"  # the translation context of the commands' help texts
ARGPARSE = "argparse"  # and of argparse's own messages

_translators: list[QTranslator] = []


def speak(lang: str) -> None:
    """Translate argparse's messages and the help into `lang` from now on."""
    _translators.clear()
    if lang in ("ky", "ru"):
        translator = QTranslator()
        if translator.load(str(I18N / f"cli_{lang}.qm")):
            _translators.append(translator)
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def translate(context: str, text: str, n: int = -1) -> str:
    for translator in _translators:
        found = translator.translate(context, text, None, n)
        if found:
            return found
    return text


def _gettext(text: str) -> str:
    return translate(ARGPARSE, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    """«expected %s argument» is asked for as «expected %n argument(s)», Qt's plural form."""
    key = singular.replace("%s", "%n") + "(s)"
    found = translate(ARGPARSE, key, n)
    if found != key:
        return found.replace("%n", "%s")
    return singular if n == 1 else plural


class HelpFormatter(argparse.HelpFormatter):
    """Help texts and descriptions said in the language chosen by `speak`."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        return translate(HELP, text) if text else text

    def add_text(self, text: str | None) -> None:
        super().add_text(translate(HELP, text) if text and text != argparse.SUPPRESS else text)


# argparse's own messages (Python 3.11), as it asks for them.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)
PLURALS = (QT_TRANSLATE_NOOP("argparse", "expected %n argument(s)"),)
