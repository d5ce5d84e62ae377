"""The administration's settings, backups and audit log tabs on a real register: the form made
from the declared settings checks each field where it is typed, a backup is made and restored
after its check, and the audit log is filtered and its chain verified."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QSpinBox
from sqlalchemy import Engine

from certification import audit_checkpoints, backups, certificates, settings
from certification.codes import keys
from certification.core import audit
from models.db import read_unit, unit_of_work
from tests.codes.factories import CHEAP
from tests.factories import certified, make_office
from tests.tamper import unguard
from tests.ui.desk import message_box, opened, press, settle, type_text
from ui import i18n
from ui.administration.audit_log import AuditLogTab, AuditTableModel
from ui.administration.backups import BackupsTab
from ui.administration.settings import SettingsTab


def _numbering(tab: SettingsTab) -> QLineEdit:
    field = tab.fields["numbering_format"]
    assert isinstance(field, QLineEdit)
    return field


def test_a_bad_numbering_format_is_said_beside_the_field_and_cannot_be_saved(
    app: QApplication, qtbot: Any, sqlite_engine: Engine
) -> None:
    o = make_office(sqlite_engine)
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("settings")
        assert isinstance(tab, SettingsTab)
        settle(qtbot, page)
        assert set(tab.fields) == set(settings.OPTIONS)  # one field per declared setting
        edit = _numbering(tab)
        assert edit.text() == "{region}-{year}-{seq:05d}"
        assert tab.preview.text().startswith("The next certificate: KG-N-")
        assert not tab.save.isEnabled()  # nothing changed yet

        edit.clear()
        type_text(edit, "{region}-{year}")
        said = tab.messages.text("numbering_format")
        assert "must contain {seq}" in said
        assert tab.preview.text() == ""
        assert not tab.save.isEnabled()
        tab.submit()  # even asked directly, nothing is saved
        settle(qtbot, page)

        edit.clear()
        type_text(edit, "{committee}/{year}/{seq:03d}")
        assert tab.messages.text("numbering_format") == ""
        year = tab.state.next_number.year if tab.state else 0
        assert tab.preview.text() == f"The next certificate: N1/{year}/001"
        assert tab.save.isEnabled()

        quorum = tab.fields["default_quorum"]
        assert isinstance(quorum, QSpinBox)
        assert (quorum.minimum(), quorum.maximum()) == (1, 50)  # the range declared
        quorum.setValue(4)
        tab.save.click()
        settle(qtbot, page)
        assert tab.status.text() == "Saved."
        assert not tab.save.isEnabled()
    with read_unit(o.factory) as s:
        assert settings.get(s, "numbering_format") == "{committee}/{year}/{seq:03d}"
        assert settings.get(s, "default_quorum") == 4
    number, _ = certified(o)
    assert number == f"N1/{year}/001"


def test_each_field_says_its_own_refusal_and_follows_the_language(
    app: QApplication, qtbot: Any, sqlite_engine: Engine
) -> None:
    o = make_office(sqlite_engine)
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("settings")
        assert isinstance(tab, SettingsTab)
        settle(qtbot, page)
        name = tab.fields["committee_name_ru"]
        assert isinstance(name, QLineEdit)
        name.clear()
        assert tab.messages.text("committee_name_ru") == "Name in Russian: this must be filled in."
        prefix = tab.fields["verify_url_prefix"]
        assert isinstance(prefix, QLineEdit)
        type_text(prefix, "ftp://x y")
        assert "verification address" in tab.messages.text("verify_url_prefix").lower()
        second = tab.findChild(QComboBox, "language_second")
        assert second is not None
        second.setCurrentIndex(second.findData("ky"))  # ky twice
        assert tab.messages.text("document_languages")
        assert not tab.save.isEnabled()
        i18n.install("ru")
        page.retranslate()
        assert tab.labels["numbering_format"].text() == "Формат номера"
        assert "адрес проверки" in tab.messages.text("verify_url_prefix").lower()
        i18n.install("en")
        page.retranslate()


def test_a_clerk_sees_the_settings_but_cannot_change_them(
    app: QApplication, qtbot: Any, sqlite_engine: Engine
) -> None:
    o = make_office(sqlite_engine)
    with opened(qtbot, o, "administration", o.clerk) as page:
        tab = page.show_tab("settings")
        assert isinstance(tab, SettingsTab)
        settle(qtbot, page)
        assert tab.role_line.shown() == "Only an administrator changes the settings."
        assert not _numbering(tab).isEnabled() and not tab.save.isEnabled()
        backups_tab = page.show_tab("backups")
        assert isinstance(backups_tab, BackupsTab) and not backups_tab.may_restore


def test_back_up_now_then_restore_after_the_check(
    app: QApplication, qtbot: Any, sqlite_engine: Engine
) -> None:
    o = make_office(sqlite_engine)
    first, _ = certified(o)
    with unit_of_work(o.factory) as s:
        keys.generate_signing_key(s, "бал-2026", "admin", cost=CHEAP)
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("backups")
        assert isinstance(tab, BackupsTab)
        settle(qtbot, page)
        assert tab.model.rows == [] and tab.share.isHidden()
        seen: list[tuple[int, int]] = []
        tab.progress.valueChanged.connect(lambda v: seen.append((v, tab.progress.maximum())))
        tab.backup_now.click()
        settle(qtbot, page)
        assert seen and seen[-1] == (4, 4)
        assert "made and checked" in tab.result.text()
        assert len(tab.model.rows) == 1
        lost, _ = certified(o, "«Үмүт» аялдар тобу")  # after the backup: set aside by the restore

        restore = tab.findChild(QPushButton, "restore")
        assert restore is not None and not restore.isEnabled()  # not before a check
        tab.view.selectRow(0)
        tab.check_selected()
        settle(qtbot, page)
        assert "is whole: 1 certificates" in tab.result.text()
        assert restore.isEnabled()
        type_text(tab.passphrase, "бал-2026")  # signs the restore
        restore.click()
        press(message_box(tab, "restoreQuestion"))
        settle(qtbot, page)
        told = message_box(tab, "restored")
        assert "The register is restored" in told.text()
        press(told)
        assert tab.passphrase.text() == ""  # not kept
    with read_unit(o.factory) as s:
        assert [c.number for c in certificates.list_certificates(s)] == [first]
        signed = audit_checkpoints.latest(s)  # a checkpoint of the chain ending at the restore
        assert signed is not None and signed.entries == audit.entry_count(s)
    after, _ = certified(o, "«Береке» кооперативи")
    assert after > lost > first


def test_a_damaged_backup_is_refused_at_its_check(
    app: QApplication, qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(sqlite_engine)
    damaged = tmp_path / "damaged.sqlite3"
    backups.run(backups.make_backup(o.factory, damaged))
    with sqlite3.connect(damaged) as conn:
        unguard(conn)
        conn.execute("UPDATE audit_entry SET action = 'x' WHERE seq = 1")
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("backups")
        assert isinstance(tab, BackupsTab)
        settle(qtbot, page)
        tab.check(str(damaged))
        settle(qtbot, page)
        assert "audit log in damaged.sqlite3 is broken at entry 1" in tab.result.text()
        assert not tab.restore_button.isEnabled()


def test_the_audit_log_is_filtered_and_its_chain_verified(
    app: QApplication, qtbot: Any, sqlite_engine: Engine
) -> None:
    o = make_office(sqlite_engine)
    number, _ = certified(o)
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "validity_months", 24)
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("audit_log")
        assert isinstance(tab, AuditLogTab)
        settle(qtbot, page)
        everything = len(tab.model.rows)
        assert everything > 10 and tab.count.text() == f"{everything} entries."
        tab.user.setCurrentIndex(tab.user.findData("chair"))
        tab.search()
        settle(qtbot, page)
        assert tab.model.rows and {r.username for r in tab.model.rows} == {"chair"}
        tab.user.setCurrentIndex(0)
        tab.subject.setText(number)
        tab.search()
        settle(qtbot, page)
        assert {r.entity_id for r in tab.model.rows} == {number}
        assert tab.model.cell(tab.model.rows[0], "subject") == f"certificate {number}"
        tab.subject.clear()
        tab.action.setCurrentIndex(tab.action.findData("setting.changed"))
        tab.use_period.setChecked(True)
        tab.search()
        settle(qtbot, page)
        assert [r.entity_id for r in tab.model.rows] == ["validity_months"]
        assert "value: 24" in tab.model.cell(tab.model.rows[0], "details")
        tab.until.set_date(tab.since.value().replace(year=2000))
        tab.search()
        settle(qtbot, page)
        assert tab.messages.text("until") == "The period ends before it begins: swap the dates."
        tab.verify_button.click()
        settle(qtbot, page)
        assert tab.verdict.text().startswith("✓ The chain is unbroken:")
    with sqlite3.connect(str(sqlite_engine.url.database)) as conn:
        unguard(conn)
        conn.execute("UPDATE audit_entry SET username = 'ghost' WHERE seq = 3")
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("audit_log")
        assert isinstance(tab, AuditLogTab)
        tab.verify()
        settle(qtbot, page)
        verdict = tab.verdict.text().splitlines()
        assert verdict[0] == "✗ The chain is broken at entry 3: its content was changed."
    assert AuditTableModel.column("seq") == 0


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_tabs_speak_kyrgyz_and_russian(
    app: QApplication, qtbot: Any, sqlite_engine: Engine, lang: str
) -> None:
    o = make_office(sqlite_engine)
    i18n.install(lang)
    try:
        with opened(qtbot, o, "administration", o.admin) as page:
            titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
            assert "Settings" not in titles and "Backups" not in titles
            tab = page.show_tab("settings")
            assert isinstance(tab, SettingsTab)
            assert tab.save.text() != "Save"
    finally:
        i18n.install("en")


def _png(size: int, colour: str = "blue") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


def test_an_emblem_dropped_in_is_checked_shown_and_saved(
    app: QApplication, qtbot: Any, sqlite_engine: Engine
) -> None:
    o = make_office(sqlite_engine)
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = page.show_tab("settings")
        assert isinstance(tab, SettingsTab)
        settle(qtbot, page)
        field = tab.fields["emblem"]
        assert field.thumbnail.pixmap() is not None and not field.thumbnail.pixmap().isNull()
        field.intake.take([_png(20)])  # too small for print
        settle(qtbot, page)
        assert "20×20 pixels" in tab.messages.text("emblem")
        assert not tab.save.isEnabled()
        field.intake.take([b"not an image"])
        settle(qtbot, page)
        assert tab.messages.text("emblem") == "Emblem: the file is not a readable image."
        good = _png(300)
        field.intake.take([good])
        settle(qtbot, page)
        assert tab.messages.text("emblem") == ""
        tab.save.click()
        settle(qtbot, page)
        assert tab.status.text() == "Saved."
    with read_unit(o.factory) as s:
        assert settings.get(s, settings.EMBLEM) == good


def test_the_daily_backup_runs_in_the_background_and_a_failure_is_said_once(
    app: QApplication, qtbot: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    from ui.administration.daily import DailyBackups

    o = make_office(sqlite_engine)
    folder = tmp_path / "daily"
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "backup_folder", str(folder))
    with opened(qtbot, o, "administration", o.admin) as page:
        daily = DailyBackups(page)
        daily.start()
        settle(qtbot, page)
        assert daily.timer.isActive()
        made = [p.name for p in folder.iterdir()]
        assert len(made) == 1 and backups.DAILY.match(made[0])
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "backup_folder", str(tmp_path / "absent" / "x"))
    (tmp_path / "absent").write_text("a file where a folder should be")
    with opened(qtbot, o, "administration", o.admin) as page:
        daily = DailyBackups(page)
        daily.run()
        settle(qtbot, page)
        box = message_box(page, "errorBox")
        assert box.text().startswith(f"The backup {tmp_path / 'absent' / 'x'} failed: ")
        press(box)
        daily.run()
        settle(qtbot, page)
        assert daily.said is not None
