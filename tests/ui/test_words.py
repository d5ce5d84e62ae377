"""Words a person reads: states in one grammatical form, counts in the right plural, versions
as words, no case ending glued to a number."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QApplication

from certification.documents.wording import WORDS
from models.enums import DecisionOutcome, InspectionStatus
from ui import i18n
from ui.messages.values import name_of


@pytest.mark.parametrize(
    ("lang", "draft", "submitted", "decided"),
    [("ky", "долбоор", "жөнөтүлгөн", "чечилген"), ("ru", "черновик", "отправлена", "решена")],
)
def test_inspection_states_read_in_one_form(
    app: QApplication, lang: str, draft: str, submitted: str, decided: str
) -> None:
    i18n.install(lang)
    states = [name_of(s) for s in InspectionStatus]
    assert states == [draft, submitted, decided]


@pytest.mark.parametrize(
    ("lang", "ending"),
    [("ky", ("ган", "ген", "гөн", "гон", "кан", "кен")), ("ru", ("но",))],
)
def test_decisions_read_in_one_form(app: QApplication, lang: str, ending: tuple[str, ...]) -> None:
    """Granted, refused, deferred: participles in Kyrgyz, neuter short forms in Russian."""
    i18n.install(lang)
    for outcome in DecisionOutcome:
        assert name_of(outcome).endswith(ending), name_of(outcome)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ky", "BABP-SOAP, 1-версия"), ("ru", "BABP-SOAP, версия 1"), ("en", "BABP-SOAP, version 1")],
)
def test_a_standards_version_reads_as_words(app: QApplication, lang: str, text: str) -> None:
    from certification.standards import StandardRef
    from ui.formats import standard_text

    i18n.install(lang)
    assert standard_text(StandardRef("BABP-SOAP", 1)) == text


# A placeholder or %n/%1 followed by a letter: a case ending glued to a number («{n}гө» is wrong
# for 5, 10, 24); or an ending standing alone after one («{n} дөн»).
GLUED = re.compile(r"(?:\}|%n|%\d)[^\W\d_]|\} (?:[дт][аеөо]н|[гк][аеөо])\b")


def _kyrgyz_translations() -> list[tuple[str, str, str]]:
    found = []
    for ts in sorted(i18n.I18N.glob("*_ky.ts")):
        for message in ElementTree.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found += [(ts.name, message.findtext("source", ""), form) for form in forms]
    found += [("wording.py", key, words["ky"]) for key, words in WORDS.items()]
    return found


def test_no_case_ending_is_glued_to_a_number_in_kyrgyz() -> None:
    glued = [
        f"{where}: {source!r} → {text!r}"
        for where, source, text in _kyrgyz_translations()
        if GLUED.search(text)
    ]
    assert not glued, "\n".join(glued)
