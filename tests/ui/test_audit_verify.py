"""`audit verify` on the command line and "Verify the chain" in the Audit log tab say the same
findings about a register edited behind the program's back, in the user's language; and every
action the log records is shown in words."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from certification import register_check
from models.db import read_unit
from models.enums import CertificateEventKind, DecisionOutcome, LabelJobKind
from tests.certification.labelled import PASSPHRASE, Labelled, labelled_office
from tests.tamper import unguard
from tests.ui.desk import opened, settle
from tests.ui.test_cli import belgi
from ui import i18n
from ui.administration.audit_log import AuditLogTab
from ui.messages.audit import ACTIONS, action_words, check_lines

ROOT = Path(__file__).resolve().parents[2]


def tampered(engine: Engine, tmp_path: Path) -> Labelled:
    """Labels printed, then the lot's counter lowered and the certificate's end pushed out."""
    from certification.labels import printing

    lab = labelled_office(engine)
    printing.print_labels(
        lab.office.factory, lab.certificate, lab.lot.lot_number, 4, PASSPHRASE, tmp_path / "l.pdf"
    )
    engine.dispose()
    with sqlite3.connect(str(engine.url.database)) as conn:
        unguard(conn)
        conn.execute("UPDATE label_lot SET last_serial = 1")
        conn.execute("UPDATE certificate SET valid_until = date(valid_until, '+10 years')")
    return lab


def test_the_command_line_names_every_disagreement_in_the_user_s_language(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    tampered(sqlite_engine, tmp_path)
    db = Path(str(sqlite_engine.url.database))
    result = belgi(db, "audit", "verify", lang="ru")
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("Журнал действий цел")
    assert any(
        line.startswith("Партия 2611-017 сертификата")
        and "а по заданиям печати и журналу — 4" in line
        for line in lines
    )
    assert any("действителен до" in ln and "был выдан действительным до" in ln for ln in lines)
    assert "Traceback" not in result.stderr


def test_the_audit_log_tab_shows_the_same_findings(
    app: QApplication, qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    lab = tampered(sqlite_engine, tmp_path)
    with read_unit(lab.office.factory) as s:
        expected = check_lines(register_check.verify_register(s, register_check.default_places(s)))
    assert len(expected) == 3  # checkpoints compared, the lot, the certificate
    with opened(qtbot, lab.office, "administration", lab.office.admin) as page:
        tab = page.show_tab("audit_log")
        assert isinstance(tab, AuditLogTab)
        settle(qtbot, page)
        tab.verify_button.click()
        settle(qtbot, page)
        shown = tab.verdict.text().splitlines()
        assert shown[0].startswith("✗ The chain is unbroken:")
        assert shown[1:] == expected
        assert tab.model.cell(tab.model.rows[0], "action") == "labels printed"


def _recorded_actions() -> set[str]:
    """Every action `audit.record` is called with in certification/, f-strings expanded by the
    vocabularies they are built from."""
    expand = {
        "decision.": [f"decision.{o.value}" for o in DecisionOutcome],
        "labels.": [f"labels.{k.value}" for k in LabelJobKind],
        "certificate.": [
            f"certificate.{k.value}"
            for k in (
                CertificateEventKind.SUSPENDED,
                CertificateEventKind.RESTORED,
                CertificateEventKind.WITHDRAWN,
            )
        ],
        "": ["trust_list.import", "status_list.import"],  # f"{kind}_list.import"
    }
    found: set[str] = set()
    for path in (ROOT / "certification").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = {  # module constants such as LOGIN_FAILED = "user.login_failed"
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
            ):
                continue
            action = node.args[2]
            if isinstance(action, ast.Constant):
                found.add(str(action.value))
                continue
            if isinstance(action, ast.Name) and action.id in named:
                found.add(str(named[action.id]))
                continue
            assert isinstance(action, ast.JoinedStr), ast.unparse(action)
            head = action.values[0]
            prefix = str(head.value) if isinstance(head, ast.Constant) else ""
            assert prefix in expand, f"{path}: expand {ast.unparse(action)} in this test"
            found |= set(expand[prefix])
    return found


def test_every_action_the_log_records_has_words_in_every_language(app: QApplication) -> None:
    recorded = _recorded_actions()
    assert len(recorded) > 50
    assert sorted(recorded - set(ACTIONS)) == []
    try:
        for lang in ("ky", "ru"):
            i18n.install(lang)
            for action in recorded:
                words = action_words(action)
                assert words and words != action and words != ACTIONS[action], (lang, action)
    finally:
        i18n.install("en")
    assert action_words("certificate.issued") == "certificate issued"
    assert action_words("some.future_action") == "some.future_action"


def test_a_checkpoint_s_entries_are_counted_in_russian_plural_forms(app: QApplication) -> None:
    from ui.messages.audit import finding_line

    i18n.install("ru")
    said = [
        finding_line(
            register_check.Finding(
                "audit.checkpoint_forged",
                {"entries": n, "signed_at": "2026-12-02", "source": "register"},
            )
        ).partition(" от ")[0]
        for n in (1, 3, 5, 21)
    ]
    assert said == [
        "Контрольная точка на 1 запись",
        "Контрольная точка на 3 записи",
        "Контрольная точка на 5 записей",
        "Контрольная точка на 21 запись",
    ]
