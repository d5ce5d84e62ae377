"""Translations: Qt Linguist `.ts` sources in resources/i18n, built to `.qm` by `make`.

Source strings are English. Each area of `ui/` has its own pair of files, so features can grow their
strings without touching each other's: `ui/*.py` → `shell_<lang>.ts`, `ui/<package>/…` →
`<package>_<lang>.ts`, and each `ui/messages/<module>.py` → `messages_<module>_<lang>.ts`
(`__init__` → `messages_common`).

    python -m ui.i18n update     # refresh every .ts from the sources (keeps existing translations)
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ky", "ru", "en")
TRANSLATED = ("ky", "ru")  # English is the source language
DEFAULT_LANGUAGE = "ky"

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; it is translated where it is shown. Qt's own
    marker is typed as returning `object`; this one keeps the text a `str`."""
    return text


_current = DEFAULT_LANGUAGE


def areas() -> dict[str, list[Path]]:
    """Area name → the Python sources whose strings it holds."""
    found: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(UI.rglob("*.py")):
        parts = path.relative_to(UI).parts
        if len(parts) == 1:
            area = "shell"
        elif parts[0] == "messages":
            area = "messages_common" if path.stem == "__init__" else f"messages_{path.stem}"
        else:
            area = parts[0]
        found[area].append(path)
    # The settings registry declares its titles and help in the domain, marked the same way.
    found["messages_settings"].append(ROOT / "certification" / "settings.py")
    return dict(found)


def update() -> None:
    """Refresh every .ts file from the sources. A string that moved to another area keeps the
    translation it had in its old file."""
    known = _translations()
    for area, files in areas().items():
        for lang in TRANSLATED:
            ts = I18N / f"{area}_{lang}.ts"
            plurals = _plurals(ts)
            _lupdate(files, ts, lang)
            if not ElementTree.parse(ts).getroot().findall("context"):
                ts.unlink()  # an area without visible strings
            elif _carry_over(ts, known[lang]):
                _lupdate(files, ts, lang)  # written back the way lupdate writes
            if ts.exists():
                _keep_plurals(ts, lang, plurals)
    _english_plurals()


def _lupdate(files: list[Path], ts: Path, lang: str) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    I18N.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            {"ky": "ky_KG", "ru": "ru_RU"}[lang],
            *map(str, files),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def _translations() -> dict[str, dict[tuple[str, str], ElementTree.Element]]:
    """(context, source) → its <translation> element, from every .ts file of each language."""
    found: dict[str, dict[tuple[str, str], ElementTree.Element]] = {lang: {} for lang in TRANSLATED}
    for lang in TRANSLATED:
        for ts in sorted(I18N.glob(f"*_{lang}.ts")):
            for context in ElementTree.parse(ts).getroot().iter("context"):
                name = context.findtext("name", "")
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is not None and "".join(translation.itertext()).strip():
                        found[lang][(name, message.findtext("source", ""))] = translation
    return found


def _carry_over(ts: Path, known: dict[tuple[str, str], ElementTree.Element]) -> bool:
    """Fill the empty translations of `ts` that another file held; True when any was filled."""
    tree = ElementTree.parse(ts)
    filled = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            old = known.get((name, message.findtext("source", "")))
            if translation is None or old is None or "".join(translation.itertext()).strip():
                continue
            message.remove(translation)
            message.append(old)
            filled = True
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


PLURAL_FORMS = {"ky": 2, "ru": 3, "en": 2}  # as lrelease counts them: Russian one/few/many
_COUNT = re.compile(r"%L?n")
_CONTEXT = re.compile(r"(<context>\s*<name>(.*?)</name>)(.*?)(</context>)", re.DOTALL)
_MESSAGE = re.compile(r"<message(?: numerus=\"yes\")?>(.*?)</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_TRANSLATION = re.compile(r"( *)<translation([^>]*)>(.*?)</translation>", re.DOTALL)
_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.DOTALL)


def _plurals(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → the filled plural <translation> of `ts`, as written in the file."""
    found: dict[tuple[str, str], str] = {}
    if not ts.exists():
        return found
    for context in _CONTEXT.finditer(ts.read_text(encoding="utf-8")):
        for message in _MESSAGE.finditer(context.group(3)):
            source = _SOURCE.search(message.group(1))
            translation = _TRANSLATION.search(message.group(1))
            if source and translation and any(f.strip() for f in _FORM.findall(translation[3])):
                found[(context.group(2), source.group(1))] = translation.group(0).strip()
    return found


def _keep_plurals(ts: Path, lang: str, before: dict[tuple[str, str], str]) -> None:
    """Write every message with a count (%n, %Ln) in plural forms, with the forms it had.

    lupdate reads `QCoreApplication.translate(context, text, None, n)` as an ordinary message,
    and turns a plural message back into one form; a text with %n is always said with a count."""
    text = ts.read_text(encoding="utf-8")

    def message(context: str, found: re.Match[str]) -> str:
        source = _SOURCE.search(found.group(1))
        translation = _TRANSLATION.search(found.group(1))
        if source is None or translation is None or not _COUNT.search(source.group(1)):
            return found.group(0)
        indent = translation.group(1)
        if _FORM.search(translation.group(3)):
            plural = translation.group(0).strip()
        elif (context, source.group(1)) in before:
            plural = before[(context, source.group(1))]
        else:
            form = f"{indent}    <numerusform>{translation.group(3)}</numerusform>\n"
            forms = form * PLURAL_FORMS[lang]
            plural = f'<translation type="unfinished">\n{forms}{indent}</translation>'
        body = found.group(1).replace(translation.group(0), indent + plural)
        return f'<message numerus="yes">{body}</message>'

    def context(found: re.Match[str]) -> str:
        body = _MESSAGE.sub(lambda m: message(found.group(2), m), found.group(3))
        return found.group(1) + body + found.group(4)

    fixed = _CONTEXT.sub(context, text)
    if fixed != text:
        ts.write_text(fixed, encoding="utf-8")


ENGLISH_PLURALS = "plurals_en.ts"
_ENDINGS = re.compile(r"(y?)\((s|es|ies)\)")


def _english_plurals() -> None:
    """English is the source, but «%n label(s)» reads «1 label», «5 labels»: plurals_en.ts holds
    the two English forms of every message with a count, the office's wording kept, a new one
    written from its (s), (es) or y(ies)."""
    ts = I18N / ENGLISH_PLURALS
    before = _plurals(ts)
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for ru in sorted(I18N.glob("*_ru.ts")):
        for context in _CONTEXT.finditer(ru.read_text(encoding="utf-8")):
            for message in _MESSAGE.finditer(context.group(3)):
                source = _SOURCE.search(message.group(1))
                if source and _COUNT.search(source.group(1)):
                    found[context.group(2)][source.group(1)] = None
    if not found:
        ts.unlink(missing_ok=True)
        return
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en_US">'
    ]
    for name in sorted(found):
        out.append(f"<context>\n    <name>{name}</name>")
        for text in found[name]:
            translation = before.get((name, text))
            if translation is None:
                one = _ENDINGS.sub(lambda m: m.group(1), text)
                many = _ENDINGS.sub(_english_many, text)
                forms = "".join(
                    f"\n            <numerusform>{f}</numerusform>" for f in (one, many)
                )
                translation = f"<translation>{forms}\n        </translation>"
            out.append(
                f'    <message numerus="yes">\n        <source>{text}</source>\n'
                f"        {translation}\n    </message>"
            )
        out.append("</context>")
    out.append("</TS>\n")
    ts.write_text("\n".join(out), encoding="utf-8")


def _english_many(ending: re.Match[str]) -> str:
    return "ies" if ending.group(2) == "ies" else ending.group(1) + ending.group(2)


def language_from_environment() -> str:
    """`BELGI_LANG`, else the system locale when it is one of ours, else Kyrgyz."""
    wanted = os.environ.get("BELGI_LANG") or os.environ.get("LANG", "")
    code = wanted[:2].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def install(lang: str) -> None:
    """Replace the installed translators with those of `lang` (live switch included).

    Needs a Q(Core)Application instance.
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the Qt application before installing translations"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    files = sorted(I18N.glob(f"*_{_current}.qm"))  # English: the plural forms of counts only
    if _current != "en":
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(Path(qt_translations) / f"qtbase_{_current}.qm")
    for file in files:
        translator = QTranslator()
        if translator.load(str(file)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale({"ky": "ky_KG", "ru": "ru_RU"}.get(_current, "en_US")))


def current_language() -> str:
    return _current


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update()
    else:
        print(__doc__)
