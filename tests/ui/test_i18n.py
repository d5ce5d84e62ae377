"""Every string the user can see is translated, with the same placeholders in each language."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n

PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)(?::[^}]*)?\}(?!\})")
COUNT = re.compile(r"%L?n")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Run lupdate into a copy: no source string may be missing from the committed files."""
    copy = tmp_path / "i18n"
    shutil.copytree(i18n.I18N, copy, ignore=shutil.ignore_patterns("*.qm"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for area, files in i18n.areas().items():
        for lang in i18n.TRANSLATED:
            committed = i18n.I18N / f"{area}_{lang}.ts"
            fresh = copy / f"{area}_{lang}.ts"
            subprocess.run(
                [
                    str(lupdate),
                    "-silent",
                    "-locations",
                    "none",
                    "-no-obsolete",
                    *map(str, files),
                    "-ts",
                    str(fresh),
                ],
                check=True,
            )
            missing = (
                set(_messages(fresh)) - set(_messages(committed))
                if committed.exists()
                else set(_messages(fresh))
            )
            assert not missing, f"{committed.name} lacks {sorted(missing)[:5]}: run make i18n"


def _problems(ts: Path) -> list[str]:
    """What is wrong with the translations of one .ts file: a message without its translation,
    a plural message with a missing or empty form, a translation whose placeholders differ."""
    lang = ts.stem.rpartition("_")[2]
    problems = []
    for (ctx, source), msg in _messages(ts).items():
        where = f"{ts.name}: [{ctx}] {source!r}"
        translation = msg.find("translation")
        counted = COUNT.search(source) is not None
        if counted and msg.get("numerus") != "yes":
            problems.append(f"{where} says a count but is not in plural forms")
            continue
        if msg.get("numerus") == "yes":
            forms = [] if translation is None else translation.findall("numerusform")
            texts = [f.text or "" for f in forms]
            if len(texts) != i18n.PLURAL_FORMS.get(lang, len(texts)) or not texts:
                problems.append(f"{where} has {len(texts)} plural forms")
        else:
            texts = [msg.findtext("translation") or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has no translation")
            elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
                problems.append(f"{where} placeholders differ")
            elif counted and not COUNT.search(text):
                problems.append(f"{where} leaves out the count")
    return problems


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    problems = [p for ts in sorted(i18n.I18N.glob("*.ts")) for p in _problems(ts)]
    assert not problems, "\n".join(problems[:20])


PLURAL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%Ln label(s) of lot {lot}</source>
        <translation>
            {forms}
        </translation>
    </message>
</context>
</TS>
"""


def test_a_plural_message_with_an_empty_missing_or_wrong_form_is_found(tmp_path: Path) -> None:
    ts = tmp_path / "labels_ru.ts"

    def problems(*forms: str) -> list[str]:
        text = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
        ts.write_text(PLURAL_TS.replace("{forms}", text), encoding="utf-8")
        return _problems(ts)

    good = ("%Ln этикетка партии {lot}", "%Ln этикетки партии {lot}", "%Ln этикеток партии {lot}")
    assert problems(*good) == []
    assert any("no translation" in p for p in problems(good[0], "", good[2]))
    assert any("2 plural forms" in p for p in problems(*good[:2]))
    assert any("placeholders differ" in p for p in problems(good[0], good[1], "%Ln этикеток"))
    assert any("leaves out the count" in p for p in problems("этикетка партии {lot}", *good[1:]))


def test_update_keeps_the_plural_forms(tmp_path: Path, monkeypatch) -> None:
    """`python -m ui.i18n update` writes a count as plural forms and keeps them on the next run,
    though lupdate alone would fold them into one."""
    source = tmp_path / "ui" / "labels" / "page.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def said(n):\n"
        '    return QCoreApplication.translate("labels", "%Ln label(s) of lot {lot}", None, n)\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "I18N", tmp_path / "i18n")
    monkeypatch.setattr(i18n, "areas", lambda: {"labels": [source]})
    i18n.update()
    ts = tmp_path / "i18n" / "labels_ru.ts"
    assert [p for p in _problems(ts) if "no translation" not in p] == []
    forms = ["%Ln этикетка партии {lot}", "%Ln этикетки партии {lot}", "%Ln этикеток партии {lot}"]
    text = ts.read_text(encoding="utf-8")
    empty = "<numerusform></numerusform>"
    assert text.count(empty) == 3
    for form in forms:
        text = text.replace(empty, f"<numerusform>{form}</numerusform>", 1)
    ts.write_text(text, encoding="utf-8")
    i18n.update()
    assert _problems(ts) == []
    assert [f.text for f in ET.parse(ts).getroot().iter("numerusform")] == forms
    kyrgyz = ET.parse(tmp_path / "i18n" / "labels_ky.ts").getroot()
    assert len(list(kyrgyz.iter("numerusform"))) == 2


def test_every_domain_error_code_has_a_message() -> None:
    from ui.messages import known_codes

    pattern = re.compile(
        r"(?:NotFound|Forbidden|InvalidInput|RuleViolation|DomainError)\(\s*\"([a-z_]+\.[a-z_]+)\""
    )
    used = set()
    for path in list((i18n.ROOT / "certification").rglob("*.py")) + list(
        (i18n.ROOT / "ui").rglob("*.py")
    ):
        used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    missing = sorted(used - known_codes())
    assert not missing, f"codes without a message in ui/messages: {missing}"
