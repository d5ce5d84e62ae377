"""One term per concept: no translation or document phrase uses a variant the glossary forbids."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from certification.documents.wording import WORDS
from ui import i18n

GLOSSARY = i18n.ROOT / "docs" / "glossary.md"
LANGUAGES = ("ky", "ru")


def forbidden() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Language → (concept, pattern) from the glossary table's last two columns."""
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {lang: [] for lang in LANGUAGES}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("concept (en)", "---"):
            continue
        for lang, cell in zip(LANGUAGES, cells[3:], strict=True):
            found[lang] += [(cells[0], re.compile(p, re.I)) for p in re.findall(r"`([^`]+)`", cell)]
    return found


def texts(lang: str) -> list[tuple[str, str]]:
    """(where, text) of every translation into `lang` and every document phrase in it."""
    found = []
    for ts in sorted(i18n.I18N.glob(f"*_{lang}.ts")):
        if ts.name.startswith("qtbase_"):
            continue  # Qt's own words: «Макул» is its OK button
        for message in ElementTree.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            where = f"{ts.name}: {message.findtext('source', '')!r}"
            found += [(where, "".join(translation.itertext()))]
    found += [(f"wording.py: {key}", words[lang]) for key, words in WORDS.items()]
    return found


def test_the_glossary_names_forbidden_variants_in_both_languages() -> None:
    patterns = forbidden()
    assert len(patterns["ky"]) >= 10 and len(patterns["ru"]) >= 8


def test_no_translation_uses_a_forbidden_variant() -> None:
    problems = [
        f"{where} → {text!r}: «{pattern.pattern}» is not the term for {concept}"
        for lang, patterns in forbidden().items()
        for where, text in texts(lang)
        for concept, pattern in patterns
        if pattern.search(text)
    ]
    assert not problems, "\n".join(problems)
