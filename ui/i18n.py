"""Translations: Qt Linguist `.ts` sources in resources/i18n, built to `.qm` by `make`.

Source strings are English. Each area of `ui/` has its own pair of files, so features can grow their
strings without touching each other's: `ui/*.py` → `shell_<lang>.ts`, `ui/<package>/…` →
`<package>_<lang>.ts`, and each `ui/messages/<module>.py` → `messages_<module>_<lang>.ts`
(`__init__` → `messages_common`).

    python -m ui.i18n update     # refresh every .ts from the sources (keeps existing translations)
"""

from __future__ import annotations

import os
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
            _lupdate(files, ts, lang)
            if not ElementTree.parse(ts).getroot().findall("context"):
                ts.unlink()  # an area without visible strings
            elif _carry_over(ts, known[lang]):
                _lupdate(files, ts, lang)  # written back the way lupdate writes


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
    if _current == "en":
        QLocale.setDefault(QLocale("en_US"))
        return
    files = sorted(I18N.glob(f"*_{_current}.qm"))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files.append(Path(qt_translations) / f"qtbase_{_current}.qm")
    for file in files:
        translator = QTranslator()
        if translator.load(str(file)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale("ky_KG" if _current == "ky" else "ru_RU"))


def current_language() -> str:
    return _current


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update()
    else:
        print(__doc__)
