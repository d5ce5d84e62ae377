"""Every string the user can see is translated, with the same placeholders in each language."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui import i18n

PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)(?::[^}]*)?\}(?!\})")


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


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    problems = []
    for ts in sorted(i18n.I18N.glob("*.ts")):
        for (ctx, source), msg in _messages(ts).items():
            translation = msg.findtext("translation") or ""
            if not translation.strip():
                problems.append(f"{ts.name}: [{ctx}] {source!r} has no translation")
            elif set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation)):
                problems.append(f"{ts.name}: [{ctx}] {source!r} placeholders differ")
    assert not problems, "\n".join(problems[:20])


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
