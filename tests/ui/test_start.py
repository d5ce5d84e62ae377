"""From start to the main window: first start, log-in, log-out, a register that cannot be opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from certification import office
from certification.codes import keys
from models.db import read_unit
from tests.ui.desk import type_text
from ui import preferences
from ui.main_window import MainWindow
from ui.start.database import Register, demo_path, open_register
from ui.start.flow import StartFlow
from ui.start.login import LoginDialog
from ui.start.setup import FirstStartDialog


@pytest.fixture
def empty_register(app: QApplication, tmp_path: Path) -> Register:
    opened = open_register(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    yield opened  # type: ignore[misc]
    opened.close()


def fill_set_up(dialog: FirstStartDialog, *, code: str = "N1", again: str = "s3cret") -> None:
    type_text(dialog.name_ky, "Нарын облустук бренд-комитети")
    type_text(dialog.name_ru, "Нарынский областной бренд-комитет")
    dialog.region.setCurrentIndex(dialog.region.findData("KG-N"))
    type_text(dialog.code, code)
    type_text(dialog.username, "aigul")
    type_text(dialog.full_name, "Айгүл Токтосунова")
    type_text(dialog.password, "s3cret")
    type_text(dialog.password_again, again)


def test_first_start_sets_up_the_committee_and_signs_its_administrator_in(
    qtbot: QtBot, empty_register: Register
) -> None:
    dialog = FirstStartDialog(empty_register)
    qtbot.addWidget(dialog)
    assert dialog.region.count() == 9
    fill_set_up(dialog)
    with qtbot.waitSignal(dialog.set_up) as signal:
        dialog.set_up_button.click()
    committee, user = signal.args
    assert committee.name_ky == "Нарын облустук бренд-комитети"
    assert committee.name_en == "Нарын облустук бренд-комитети"  # an empty name takes the Kyrgyz
    assert (user.username, user.full_name) == ("aigul", "Айгүл Токтосунова")
    with read_unit(empty_register.factory) as session:
        assert office.own_committee(session).code == "N1"
        assert keys.signing_keys(session) == []


def test_first_start_with_a_passphrase_makes_the_signing_key(
    qtbot: QtBot, empty_register: Register
) -> None:
    dialog = FirstStartDialog(empty_register)
    qtbot.addWidget(dialog)
    fill_set_up(dialog)
    type_text(dialog.passphrase, "long passphrase")
    type_text(dialog.passphrase_again, "long passphrase")
    with qtbot.waitSignal(dialog.set_up, timeout=20_000):
        dialog.set_up_button.click()
    with read_unit(empty_register.factory) as session:
        assert len(keys.signing_keys(session)) == 1


def test_a_bad_code_is_shown_beside_it_and_nothing_is_set_up(
    qtbot: QtBot, empty_register: Register
) -> None:
    dialog = FirstStartDialog(empty_register)
    qtbot.addWidget(dialog)
    fill_set_up(dialog, code="N-1!")
    dialog.set_up_button.click()
    qtbot.waitUntil(lambda: dialog.set_up_button.isEnabled())
    assert "N-1!" in dialog.messages.text("code")
    with read_unit(empty_register.factory) as session:
        assert not office.is_set_up(session)


def test_passwords_that_differ_are_caught_before_anything_is_written(
    qtbot: QtBot, empty_register: Register
) -> None:
    dialog = FirstStartDialog(empty_register)
    qtbot.addWidget(dialog)
    fill_set_up(dialog, again="secret")
    dialog.set_up_button.click()
    assert dialog.messages.text("password_again") == "The two passwords differ."
    with read_unit(empty_register.factory) as session:
        assert not office.is_set_up(session)


def test_first_start_opens_the_demo_database_in_a_file_of_its_own(
    qtbot: QtBot, empty_register: Register, office_file: Path, tmp_path: Path
) -> None:
    """Today's demo file is reused when it exists (building one is tested with the domain)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(office_file, demo_path(folder))
    dialog = FirstStartDialog(empty_register, demo_folder=folder)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.demo_opened) as signal:
        dialog.demo_button.click()
    demo: Register = signal.args[0]
    try:
        assert demo.is_demo and demo.committee is not None
        assert demo.label == demo_path(folder).name
        login = LoginDialog(demo, username="admin")
        qtbot.addWidget(login)
        assert "password: demo" in login.hint.text()
    finally:
        demo.close()
    with read_unit(empty_register.factory) as session:
        assert not office.is_set_up(session)  # the user's own register stays empty


@pytest.fixture
def login(qtbot: QtBot, register: Register) -> LoginDialog:
    dialog = LoginDialog(register)
    dialog.tick_ms = 10
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.log_in.click()
    qtbot.waitUntil(lambda: dialog.user is not None or dialog.message.text() != "")


def test_the_right_password_signs_in(qtbot: QtBot, login: LoginDialog) -> None:
    with qtbot.waitSignal(login.accepted):
        login.username.setText("clerk")
        login.password.setText("secret")
        login.log_in.click()
    assert login.user is not None and login.user.username == "clerk"
    assert preferences.last_username() == "clerk"


def test_a_wrong_password_says_so_clearly(qtbot: QtBot, login: LoginDialog) -> None:
    attempt(qtbot, login, "clerk", "wrong")
    assert login.message.text() == "Wrong user name or password."
    assert login.user is None and login.log_in.isEnabled()
    assert login.password.text() == ""


def test_an_unknown_user_gets_the_same_message(qtbot: QtBot, login: LoginDialog) -> None:
    attempt(qtbot, login, "nobody", "wrong")
    assert login.message.text() == "Wrong user name or password."


def test_repeated_failures_make_the_user_wait_with_a_countdown(
    qtbot: QtBot, login: LoginDialog
) -> None:
    for _ in range(2):
        attempt(qtbot, login, "clerk", "wrong")
        qtbot.waitUntil(login.log_in.isEnabled)
    login.message.clear()
    login.tick_ms = 60_000  # the clock stands still while we look
    attempt(qtbot, login, "clerk", "wrong")  # the third failure: wait 2 s
    assert not login.log_in.isEnabled()
    assert "wait 2 s" in login.message.text()
    login.try_log_in()  # Enter while waiting does nothing
    assert login.user is None
    login.timer.setInterval(10)  # and now two "seconds" pass quickly
    qtbot.waitUntil(login.log_in.isEnabled)
    assert login.message.text() == "Wrong user name or password."
    with qtbot.waitSignal(login.accepted):
        login.password.setText("secret")
        login.log_in.click()


def test_the_language_chooser_translates_the_dialog_at_once(
    qtbot: QtBot, login: LoginDialog
) -> None:
    assert login.log_in.text() == "Log in"
    login.language.setCurrentIndex(login.language.findData("ky"))
    assert login.log_in.text() == "Кирүү"
    assert login.committee.text() == "Нарын облустук бренд-комитети"
    login.language.setCurrentIndex(login.language.findData("ru"))
    assert login.log_in.text() == "Войти"
    assert login.password_label.text() == "Пароль"
    assert preferences.language() == "ru"


def test_start_log_in_log_out(qtbot: QtBot, app: QApplication, office_url: str) -> None:
    flow = StartFlow(office_url)
    flow.start()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, LoginDialog))
    dialog = flow.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.username.setText("admin")
    dialog.password.setText("secret")
    dialog.log_in.click()
    qtbot.waitUntil(lambda: flow.window is not None)
    window = flow.window
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    assert window.header.user.text().startswith("Админ")
    window.header.log_out.click()
    assert not window.isVisible()
    assert isinstance(flow.dialog, LoginDialog) and flow.dialog.isVisible()
    with qtbot.waitSignal(flow.finished) as finished:
        flow.dialog.quit.click()
    assert finished.args == [0]


def test_first_start_leads_to_the_main_window(
    qtbot: QtBot, app: QApplication, tmp_path: Path
) -> None:
    flow = StartFlow(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    flow.start()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstStartDialog))
    dialog = flow.dialog
    assert isinstance(dialog, FirstStartDialog)
    fill_set_up(dialog)
    dialog.set_up_button.click()
    qtbot.waitUntil(lambda: flow.window is not None)
    assert flow.window is not None
    assert flow.window.header.committee.text() == "Нарын облустук бренд-комитети"
    flow.window.tasks.wait()
    with qtbot.waitSignal(flow.finished):
        flow.window.close()


def test_a_file_that_is_no_database_gives_a_message_not_a_traceback(
    qtbot: QtBot, app: QApplication, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    flow = StartFlow(f"sqlite:///{junk}")
    flow.start()
    qtbot.waitUntil(lambda: flow.message_box is not None)
    box = flow.message_box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("The register cannot be opened: ")
    assert "not a database" in box.text()
    with qtbot.waitSignal(flow.finished) as finished:
        box.close()
    assert finished.args == [1]


# An everyday start: someone has signed in on this workstation before, so the log-in dialog shows
# at once and the register opens behind it.


def test_an_everyday_start_shows_the_log_in_before_the_register_has_opened(
    qtbot: QtBot, app: QApplication, office_url: str
) -> None:
    preferences.set_last_username("admin")
    flow = StartFlow(office_url)
    flow.start()
    dialog = flow.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert flow.register is None and flow.busy is None
    assert dialog.username.text() == "admin" and dialog.committee.text() == ""
    dialog.password.setText("secret")
    dialog.log_in.click()  # before the register is open: it waits, and says so
    assert dialog.hint.text() == "Opening the register…" and dialog.message.text() == ""
    assert not dialog.log_in.isEnabled()
    qtbot.waitUntil(lambda: flow.window is not None)
    assert flow.register is not None
    assert dialog.committee.text()  # the committee's name came with the register
    assert dialog.hint.isHidden()
    assert flow.window is not None and flow.window.isVisible()
    flow.window.tasks.wait()
    with qtbot.waitSignal(flow.finished):
        flow.window.close()


def test_an_everyday_start_on_an_empty_register_turns_into_the_first_start(
    qtbot: QtBot, app: QApplication, tmp_path: Path
) -> None:
    preferences.set_last_username("admin")
    flow = StartFlow(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstStartDialog))
    qtbot.waitUntil(lambda: not isValid(login))  # the log-in is gone, not hidden behind
    assert flow.dialog is not None and flow.dialog.isVisible()
    with qtbot.waitSignal(flow.finished) as finished:
        flow.dialog.reject()
    assert finished.args == [0]


def test_an_everyday_start_on_a_file_that_is_no_database_closes_the_log_in_for_the_message(
    qtbot: QtBot, app: QApplication, tmp_path: Path
) -> None:
    preferences.set_last_username("admin")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    flow = StartFlow(f"sqlite:///{junk}")
    flow.start()
    login = flow.dialog
    assert isinstance(login, LoginDialog)
    qtbot.waitUntil(lambda: flow.message_box is not None)
    qtbot.waitUntil(lambda: not isValid(login))
    assert flow.dialog is None
    assert flow.message_box is not None
    assert "not a database" in flow.message_box.text()
    with qtbot.waitSignal(flow.finished) as finished:
        flow.message_box.close()
    assert finished.args == [1]


def test_quitting_while_the_register_opens_ends_at_once_and_nothing_opens_after(
    qtbot: QtBot, app: QApplication, office_url: str
) -> None:
    preferences.set_last_username("admin")
    flow = StartFlow(office_url)
    flow.start()
    assert isinstance(flow.dialog, LoginDialog)
    with qtbot.waitSignal(flow.finished) as finished:
        flow.dialog.quit.click()
    assert finished.args == [0]
    QThreadPool.globalInstance().waitForDone()  # the register has opened behind the closed dialog
    qtbot.wait(50)  # and its result has been delivered
    assert flow.register is None and flow.window is None and flow.message_box is None
    assert [w for w in app.topLevelWidgets() if w.isVisible()] == []
