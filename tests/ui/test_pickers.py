"""Every list a person picks from reads in the Kyrgyz alphabet: Ң after Н, Ө after О, Ү after У
(plain code-point order puts all three after Я)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from certification.users import UserInfo
from models.enums import Role
from ui import i18n
from ui.sessions.dialogs import ConflictDialog, OpenSessionDialog
from ui.tasks import Tasks
from ui.workspace import Workspace

NAMES = ["Үсөнов Азамат", "Яковлева Анна", "Өмүрбекова Гүлзат", "Ңурдин Бакыт", "Осмонов Бек"]
IN_ORDER = ["Ңурдин Бакыт", "Осмонов Бек", "Өмүрбекова Гүлзат", "Үсөнов Азамат", "Яковлева Анна"]


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_conflict_dialog_lists_members_and_producers_alphabetically(
    app: QApplication, qtbot: QtBot, workspace: Workspace, tasks: Tasks
) -> None:
    i18n.install("ky")
    parent = QWidget()
    qtbot.addWidget(parent)
    members = [(f"user{n}", name) for n, name in enumerate(NAMES)]
    producers = [(n, f"{name} тобу") for n, name in enumerate(NAMES)]
    dialog = ConflictDialog(parent, workspace, tasks, members, producers)
    assert texts(dialog.member) == IN_ORDER
    assert texts(dialog.producer) == [f"{name} тобу" for name in IN_ORDER]


def test_a_new_session_lists_its_members_alphabetically(
    app: QApplication, qtbot: QtBot, workspace: Workspace, tasks: Tasks
) -> None:
    i18n.install("ky")
    parent = QWidget()
    qtbot.addWidget(parent)
    members = [
        UserInfo(n, f"user{n}", name, frozenset({Role.MEMBER}), True)
        for n, name in enumerate(NAMES)
    ]
    dialog = OpenSessionDialog(parent, workspace, tasks, members, 3)
    assert texts(dialog.chair)[1:] == IN_ORDER
    dialog.show()
    qtbot.waitExposed(dialog)
    boxes = sorted(dialog.findChildren(QCheckBox), key=lambda b: (b.y(), b.x()))
    assert [b.text() for b in boxes] == IN_ORDER
