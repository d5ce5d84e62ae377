"""The main window: navigation, header, status bar, and switching the language while it is open."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from certification.codes import keys
from certification.codes.keywrap import Argon2Cost
from models.db import unit_of_work
from ui.administration.page import Page as AdministrationPage
from ui.main_window import MainWindow
from ui.operations import ReadOp
from ui.page import PAGES
from ui.register.page import Page as RegisterPage
from ui.tasks import Tasks
from ui.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, tasks: Tasks) -> MainWindow:
    shown = MainWindow(workspace, tasks)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: tasks.idle and shown.status.key is not None)
    return shown


def nav_texts(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_navigation_lists_every_feature_and_makes_pages_when_first_opened(
    window: MainWindow,
) -> None:
    assert nav_texts(window) == [title for _id, title in PAGES]
    assert list(window.pages) == ["register"]  # only the page on show exists
    window.navigation.setCurrentRow(8)
    assert set(window.pages) == {"register", "administration"}
    assert window.stack.currentWidget() is window.pages["administration"]
    assert isinstance(window.pages["administration"], AdministrationPage)
    window.navigation.setCurrentRow(0)
    assert isinstance(window.stack.currentWidget(), RegisterPage)


def test_header_and_status_bar_say_where_and_who(window: MainWindow) -> None:
    assert window.header.committee.text() == "Naryn Brand Committee"
    assert window.header.region.text() == "Naryn Region · KG-N"
    assert window.header.user.text() == "Админ (administrator)"
    assert window.status.database.text() == "Database: belgi.sqlite3"
    assert window.status.signing_key.text() == "No signing key yet: labels cannot be signed"
    assert window.windowTitle() == "Naryn Brand Committee"  # Qt adds « — Belgi»


def test_the_status_bar_names_the_key_in_force(
    qtbot: QtBot, workspace: Workspace, tasks: Tasks
) -> None:
    with unit_of_work(workspace.factory) as session:
        key = keys.generate_signing_key(
            session, "passphrase", "admin", cost=Argon2Cost(1, 8 * 1024, 1)
        )
    shown = MainWindow(workspace, tasks)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.status.key is not None)
    assert shown.status.signing_key.text() == f"Signing key {key.key_id_text} is in force"


def test_busy_shows_while_an_operation_runs(qtbot: QtBot, window: MainWindow) -> None:
    assert window.status.busy.isHidden()
    release = threading.Event()
    ReadOp(window.pages["register"], lambda db: release.wait(10)).run()
    qtbot.waitUntil(lambda: window.status.busy.isVisible())
    release.set()
    qtbot.waitUntil(lambda: window.tasks.idle)
    qtbot.waitUntil(lambda: window.status.busy.isHidden())


def test_log_out_asks_the_start_to_log_in_again(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.log_out_requested):
        window.header.log_out.click()
    with qtbot.waitSignal(window.log_out_requested):
        window.log_out_action.trigger()


def test_switching_language_translates_the_open_window_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    register = window.pages["register"]
    assert isinstance(register, RegisterPage)
    window.set_language("ky")
    assert nav_texts(window)[0] == "Реестр"
    assert window.header.committee.text() == "Нарын облустук бренд-комитети"
    assert window.header.log_out.text() == "Чыгуу"
    assert window.file_menu.title() == "&Файл"
    assert register.search.placeholderText() == "Издөө: аталышы, айыл же продукт"
    assert register.model.headerData(0, Qt.Orientation.Horizontal) == "Аталышы"
    assert register.tabs.tabText(0) == "Өндүрүүчү"
    assert "өндүрүүчү, анын ичинде" in register.totals.text()
    assert register.region_filter.itemText(0) == "Бардык аймактар"
    assert register.editor.labels["name"].text() == "Аталышы"
    assert [a.isChecked() for a in window.languages.actions()] == [True, False, False]

    window.set_language("ru")
    assert nav_texts(window)[-1] == "Администрирование"
    assert window.header.region.text() == "Нарынская область · KG-N"
    assert register.new_button.text() == "Новый производитель…"
    assert window.status.signing_key.text() == "Ключа подписи пока нет: этикетки нельзя подписать"

    window.set_language("en")
    assert nav_texts(window)[0] == "Register"
    assert register.tabs.tabText(1) == "Products and photos"


def test_qt_own_buttons_and_menus_speak_kyrgyz(qtbot: QtBot, window: MainWindow) -> None:
    """Qt ships no Kyrgyz; our qtbase_ky covers the buttons and the edit menu users see."""
    window.set_language("ky")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"Сактоо", "Жокко чыгаруу"}
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert "&Көчүрүү" in actions and "&Коюу" in actions and "Баарын тандоо" in actions
    assert isinstance(menu, QMenu)
    window.set_language("ru")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "Отмена"
