"""The administration page as an office uses it: users added, their roles changed, passwords reset
and changed, deactivated and reactivated; keys generated, rotated, retired and reported; lists
exported and imported. Whoever may not act sees the action disabled with the reason before any
form opens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog
from sqlalchemy import Engine

from certification import users
from certification.codes import keys
from certification.core import clock
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from models.enums import Role
from tests.codes import factories as code_factories
from tests.codes.factories import CHEAP
from tests.factories import Office, make_office
from tests.ui.desk import message_box, none_open, opened, press, settle, shown, type_text
from ui import i18n
from ui.administration import keys as keys_tab
from ui.administration import lists as lists_tab
from ui.administration import users as users_tab
from ui.administration.page import TABS, Page
from ui.widgets.files import FileDatesModel


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    return make_office(sqlite_engine)


def tab_of(page: Any, name: str) -> Any:
    assert isinstance(page, Page)
    page.show_tab(name)
    page.activated()
    return page.tabs.currentWidget()


def choose(tab: Any, text: str) -> None:
    """Select the row whose first cell reads `text`."""
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data() == text:
            tab.view.selectRow(row)
            return
    raise AssertionError(f"no row {text}")


def disabled_because(button: QAbstractButton, words: str) -> None:
    assert not button.isEnabled()
    assert words in button.toolTip()


def row_of(tab: Any, username: str) -> users.UserInfo:
    return next(u for u in tab.model.rows if u.username == username)


def test_the_page_is_a_list_of_tabs(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        assert isinstance(page, Page)
        titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        assert titles == [title for _module, _class, title in TABS]
        assert titles[:3] == ["Users", "Signing keys", "Trust lists"]
        with pytest.raises(LookupError):
            page.show_tab("nothing")


def test_item_models_pass_the_model_tester(qtmodeltester: Any, qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "users")
        settle(qtbot, page)
        qtmodeltester.check(tab.model)
        tab = tab_of(page, "keys")
        settle(qtbot, page)
        qtmodeltester.check(tab.model)


def test_an_administrator_adds_a_user(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "users")
        settle(qtbot, page)
        tab.add_button.click()
        dialog = shown(tab, users_tab.AddUserDialog)
        type_text(dialog.username, "aigul")
        type_text(dialog.full_name, "Айгүл Осмонова")
        type_text(dialog.password, "tuz-tuz")
        type_text(dialog.password_again, "tuz-tus")
        dialog.buttons.accepted.emit()
        assert dialog.messages.lines["password_again"].shown() == "The two passwords differ."
        dialog.password_again.clear()
        type_text(dialog.password_again, "tuz-tuz")
        dialog.buttons.accepted.emit()  # no role yet: refused beside the roles
        settle(qtbot, page)
        assert dialog.messages.lines["roles"].shown() == "Give the user at least one role."
        dialog.roles.boxes[Role.CLERK].setChecked(True)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(tab, users_tab.AddUserDialog)
        press(message_box(tab, "userAdded"))
        aigul = row_of(tab, "aigul")
        assert aigul.roles == {Role.CLERK} and aigul.active
        assert tab.chosen() == aigul
    with unit_of_work(o.factory) as s:
        assert users.login(s, "aigul", "tuz-tuz").user is not None


def test_roles_change_and_the_only_administrator_keeps_the_role(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "users")
        settle(qtbot, page)
        choose(tab, "clerk")
        tab.roles_button.click()
        dialog = shown(tab, users_tab.RolesDialog)
        assert dialog.roles.boxes[Role.ADMIN].isEnabled()
        dialog.roles.boxes[Role.INSPECTOR].setChecked(True)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert row_of(tab, "clerk").roles == {Role.CLERK, Role.INSPECTOR}
        assert tab.model.cell(row_of(tab, "clerk"), "roles") == "inspector, secretary"

        choose(tab, "admin")
        disabled_because(tab.deactivate_button, "only active administrator")
        tab.roles_button.click()
        dialog = shown(tab, users_tab.RolesDialog)
        admin_box = dialog.roles.boxes[Role.ADMIN]
        assert admin_box.isChecked()
        disabled_because(admin_box, "keeps this role")
        dialog.reject()


def test_deactivate_and_reactivate(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "users")
        settle(qtbot, page)
        disabled_because(tab.deactivate_button, "Choose a user")
        choose(tab, "inspector")
        disabled_because(tab.reactivate_button, "is active")
        tab.deactivate_button.click()
        box = message_box(tab, "confirmDeactivate")
        assert box.text() == "Deactivate Inspector?"
        press(box)
        settle(qtbot, page)
        inspector = row_of(tab, "inspector")
        assert not inspector.active and tab.model.cell(inspector, "state") == "deactivated"
        disabled_because(tab.deactivate_button, "deactivated already")
        tab.reactivate_button.click()
        settle(qtbot, page)
        assert row_of(tab, "inspector").active
    with read_unit(o.factory) as s:
        assert users.get_user(s, "inspector").active


def test_an_administrator_resets_a_password(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "users")
        settle(qtbot, page)
        choose(tab, "clerk")
        tab.password_button.click()
        dialog = shown(tab, users_tab.PasswordDialog)
        assert dialog.windowTitle() == "New password for Clerk"
        type_text(dialog.password, "ab")
        type_text(dialog.password_again, "ab")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert "at least 4" in dialog.messages.lines["password"].shown()
        for edit in (dialog.password, dialog.password_again):
            edit.clear()
            type_text(edit, "kymyz-2026")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        press(message_box(tab, "passwordChanged"))
    with unit_of_work(o.factory) as s:
        assert users.login(s, "clerk", "kymyz-2026").user is not None


def test_who_is_not_an_administrator_sees_every_change_disabled_with_the_reason(
    qtbot: Any, o: Office
) -> None:
    with opened(qtbot, o, "administration", o.clerk) as page:
        tab = tab_of(page, "users")
        settle(qtbot, page)
        assert "Only an administrator adds users" in tab.notice.text() and tab.notice.isVisible()
        choose(tab, "inspector")
        for button in (
            tab.add_button,
            tab.roles_button,
            tab.password_button,
            tab.deactivate_button,
            tab.reactivate_button,
        ):
            disabled_because(button, "Only an administrator may do this.")
        tab.add_button.click()
        tab.change_roles()  # a double click on a row
        assert none_open(tab, users_tab.AddUserDialog) and none_open(tab, users_tab.RolesDialog)

        keys = tab_of(page, "keys")
        settle(qtbot, page)
        assert "Only an administrator generates" in keys.notice.text()
        for button in (keys.generate_button, keys.retire_button, keys.compromise_button):
            disabled_because(button, "Only an administrator may do this.")

        lists = tab_of(page, "lists")
        assert lists.export_button.isEnabled()  # the secretary sends the lists
        disabled_because(lists.import_button, "Only an administrator imports lists.")
        assert lists.notice.text() == "Only an administrator imports lists."

    with opened(qtbot, o, "administration", o.inspector) as page:
        lists = tab_of(page, "lists")
        disabled_because(lists.export_button, "administrator or a secretary")


def test_a_user_changes_their_own_password_from_the_file_menu(qtbot: Any, o: Office) -> None:
    from tests.ui.desk import workspace
    from ui.main_window import MainWindow
    from ui.tasks import Tasks

    ws = workspace(o, o.inspector)
    tasks = Tasks(ws)
    window = MainWindow(ws, tasks)
    qtbot.addWidget(window)
    try:
        assert window.password_action.text() == "Change my &password…"
        window.password_action.trigger()
        dialog = shown(window, users_tab.PasswordDialog)
        assert dialog.windowTitle() == "Change my password"
        type_text(dialog.current, "wrong")
        type_text(dialog.password, "new-pass")
        type_text(dialog.password_again, "new-pass")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: tasks.idle)
        assert dialog.messages.lines["current"].shown() == "The current password is not right."
        dialog.current.clear()
        type_text(dialog.current, "secret")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: tasks.idle)
        qtbot.waitUntil(lambda: none_open(window, users_tab.PasswordDialog))
        press(message_box(window, "ownPasswordChanged"))
    finally:
        tasks.wait()
        tasks.close()
    with unit_of_work(o.factory) as s:
        assert users.login(s, "inspector", "new-pass").user is not None


def test_keys_generated_with_their_strength_then_rotated_retired_and_reported(
    qtbot: Any, o: Office
) -> None:
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "keys")
        settle(qtbot, page)
        assert tab.summary.text().startswith("No key signs today")
        assert tab.generate_button.text() == "Generate a key…"
        tab.generate_button.click()
        dialog = shown(tab, keys_tab.GenerateKeyDialog)
        type_text(dialog.passphrase, "abc")
        assert dialog.meter.words.text().startswith("Strength: weak")
        dialog.passphrase.clear()
        type_text(dialog.passphrase, "Ысык-Көл Нарын Талас 2026")
        assert dialog.meter.words.text().startswith("Strength: strong")
        assert dialog.meter.bar.value() == 100
        type_text(dialog.passphrase_again, "something else")
        dialog.buttons.accepted.emit()
        assert dialog.messages.lines["passphrase_again"].shown() == "The two passphrases differ."
        dialog.passphrase_again.clear()
        type_text(dialog.passphrase_again, "Ысык-Көл Нарын Талас 2026")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        qtbot.waitUntil(lambda: none_open(tab, keys_tab.GenerateKeyDialog), timeout=20_000)
        settle(qtbot, page)
        first = tab.desk.signing.key
        assert message_box(tab, "keyGenerated").informativeText().endswith(first.fingerprint)
        press(message_box(tab, "keyGenerated"))
        assert tab.summary.text().startswith(f"Key {first.key_id_text} signs today")

        assert tab.generate_button.text() == "Rotate the key…"
        tab.generate_button.click()
        dialog = shown(tab, keys_tab.GenerateKeyDialog)
        assert first.key_id_text in dialog.intro.text()
        for edit in (dialog.passphrase, dialog.passphrase_again):
            type_text(edit, "the second key's phrase")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: none_open(tab, keys_tab.GenerateKeyDialog), timeout=20_000)
        settle(qtbot, page)
        press(message_box(tab, "keyGenerated"))
        second = tab.desk.signing.key
        assert second.key_id != first.key_id
        states = {r.key.key_id_text: tab.model.cell(r, "state") for r in tab.model.rows}
        assert states == {first.key_id_text: "retired", second.key_id_text: "signs now"}

        choose(tab, first.key_id_text)
        disabled_because(tab.retire_button, "signs no more")
        tab.compromise_button.click()
        dialog = shown(tab, keys_tab.CompromiseDialog)
        dialog.since.set_date(clock.today().replace(year=clock.today().year + 1))
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert "today or earlier" in dialog.messages.lines["since"].shown()
        dialog.since.set_date(clock.today())
        type_text(dialog.note, "ноутбук уурдалды")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(tab, keys_tab.CompromiseDialog)
        choose(tab, first.key_id_text)
        disabled_because(tab.compromise_button, "compromised already")

        choose(tab, second.key_id_text)
        tab.retire_button.click()
        press(message_box(tab, "confirmRetire"))
        settle(qtbot, page)
        assert tab.summary.text().startswith("No key signs today")
        states = {r.key.key_id_text: r.state for r in tab.model.rows}
        assert states == {first.key_id_text: "compromised", second.key_id_text: "retired"}


def test_the_lists_are_chosen_in_the_app_s_own_file_dialog(
    app: Any, qtbot: Any, o: Office, tmp_path: Path
) -> None:
    received = tmp_path / "y1-trust.json"
    received.write_text("{}", encoding="utf-8")
    i18n.install("ru")
    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "lists")
        settle(qtbot, page)
        tab.import_button.click()
        dialog = shown(tab, lists_tab.ImportListDialog)
        dialog.file.edit.setText(str(tmp_path))
        dialog.file.choose.click()
        chooser = dialog.findChild(QFileDialog, "fileDialog")
        assert chooser is not None and chooser.isVisible()
        assert chooser.windowTitle() == "Полученный список"
        assert isinstance(chooser.proxyModel(), FileDatesModel)  # dates as dd.MM.yyyy
        chooser.fileSelected.emit(str(received))
        assert dialog.file.text() == str(received)
        dialog.reject()

        tab.export_button.click()
        dialog = shown(tab, lists_tab.ExportListsDialog)
        dialog.folder.choose.click()
        chooser = dialog.findChild(QFileDialog, "folderDialog")
        assert chooser is not None and chooser.windowTitle() == "Папка для списков"
        assert chooser.fileMode() == QFileDialog.FileMode.Directory
        chooser.fileSelected.emit(str(tmp_path))
        assert dialog.folder.text() == str(tmp_path)
        dialog.reject()


def test_lists_exported_and_imported_with_their_checks_shown(
    qtbot: Any, o: Office, tmp_path: Path
) -> None:
    with unit_of_work(o.factory) as s:
        own = keys.generate_signing_key(s, "naryn phrase", "admin", cost=CHEAP)
    out = tmp_path / "out"
    out.mkdir()
    # The Issyk-Kul office, whose lists Naryn receives.
    engine = make_engine(f"sqlite:///{tmp_path / 'issyk-kul.sqlite3'}")
    upgrade(engine)
    other = session_factory(engine)
    with unit_of_work(other) as s:
        code_factories.own_committee(s, "Y1", "KG-Y")
        theirs = keys.generate_signing_key(s, "y1-phrase", "boss", cost=CHEAP)
    from certification.codes import lists

    with unit_of_work(other) as s:
        signer = keys.unlock_signing_key(s, "y1-phrase")
        (tmp_path / "y1-trust.json").write_bytes(lists.export_trust_list(s, signer, "boss"))
        (tmp_path / "y1-status.json").write_bytes(lists.export_status_list(s, signer, "boss"))
    engine.dispose()

    with opened(qtbot, o, "administration", o.admin) as page:
        tab = tab_of(page, "lists")
        settle(qtbot, page)
        assert tab.empty.isVisible() and tab.model.rowCount() == 0

        tab.export_button.click()
        dialog = shown(tab, lists_tab.ExportListsDialog)
        dialog.folder.edit.setText(str(out))
        type_text(dialog.passphrase, "wrong")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.error.shown() == "Wrong passphrase for the signing key."
        assert list(out.iterdir()) == []
        dialog.passphrase.clear()
        type_text(dialog.passphrase, "naryn phrase")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        press(message_box(tab, "listsExported"))
        trust = json.loads((out / "N1-trust-list.json").read_text())
        assert trust["signer"] == own.key_id_text

        tab.import_button.click()
        dialog = shown(tab, lists_tab.ImportListDialog)
        assert not dialog.fingerprint.isVisible() and not dialog.matches.isVisible()
        dialog.file.edit.setText(str(tmp_path / "none.json"))
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.lines["file"].shown().startswith("There is no file")
        dialog.file.edit.setText(str(tmp_path / "y1-trust.json"))
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.fingerprint.isVisible() and dialog.fingerprint.text() == theirs.fingerprint
        assert "first list from that committee" in dialog.error.shown()
        dialog.buttons.accepted.emit()  # not confirmed yet
        assert dialog.error.shown() == "Compare the fingerprint, then tick the box."
        dialog.matches.setChecked(True)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        box = message_box(tab, "listImported")
        assert box.text().startswith("Trust list no. 1 of Y1, issued ")
        assert "(today). Keys trusted: 1." in box.text()
        press(box)

        tab.import_button.click()
        dialog = shown(tab, lists_tab.ImportListDialog)
        dialog.file.edit.setText(str(tmp_path / "y1-trust.json"))
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert "is not newer than the one held (1)" in dialog.messages.lines["file"].shown() + (
            dialog.error.shown()
        )
        dialog.file.edit.setText(str(tmp_path / "y1-status.json"))
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        press(message_box(tab, "listImported"))
        settle(qtbot, page)
        cells = [
            (tab.model.cell(r, "kind"), tab.model.cell(r, "sequence"), tab.model.cell(r, "age"))
            for r in tab.model.rows
        ]
        assert sorted(cells) == [("status list", "1", "today"), ("trust list", "1", "today")]
        assert {tab.model.cell(r, "state") for r in tab.model.rows} == {"in force"}
        assert not tab.empty.isVisible()


def test_the_tabs_follow_a_language_switch(qtbot: Any, o: Office) -> None:
    from ui import i18n

    with opened(qtbot, o, "administration", o.clerk) as page:
        assert isinstance(page, Page)
        tab = tab_of(page, "users")
        settle(qtbot, page)
        try:
            i18n.install("ky")
            page.retranslate()
            assert page.tabs.tabText(0) == "Колдонуучулар"
            assert tab.add_button.toolTip() == "Муну администратор гана жасай алат."
            assert tab.notice.text().startswith("Колдонуучуларды администратор гана кошот")
        finally:
            i18n.install("en")
            page.retranslate()
