"""Pages of the office desk (standards, inspections, sessions) on a real database, without the
main window: a workspace signed in as one of the factory office's users, and waiting for the
background tasks the way a user waits for the screen to fill."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from certification import office
from certification.users import UserInfo
from models.db import unit_of_work
from tests.factories import Office
from ui.page import Page, make_page
from ui.tasks import Tasks
from ui.workspace import Workspace

T = TypeVar("T")


def workspace(o: Office, user: UserInfo) -> Workspace:
    with unit_of_work(o.factory) as s:
        committee = office.own_committee(s)
    engine = o.factory.kw["bind"]
    return Workspace(engine, o.factory, user, committee, "test")


@contextmanager
def opened(qtbot: Any, o: Office, page_id: str, user: UserInfo) -> Iterator[Page]:
    """The page shown and loaded; background tasks are finished before the database goes."""
    ws = workspace(o, user)
    tasks = Tasks(ws)
    page = make_page(page_id, ws, tasks)
    qtbot.addWidget(page)
    page.resize(1166, 680)
    page.show()
    page.activated()
    settle(qtbot, page)
    try:
        yield page
    finally:
        tasks.wait()
        settle(qtbot, page)


def settle(qtbot: Any, page: Page) -> None:
    """Wait until every background task of the page has finished and its result is shown."""
    qtbot.waitUntil(lambda: page.tasks.idle, timeout=20_000)


def message_box(parent: QWidget, name: str) -> QMessageBox:
    """The (non-blocking) message box of that name the page opened."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    found = parent.findChild(QMessageBox, name)
    assert found is not None, f"no message box {name}"
    return found


def press(box: QMessageBox, name: str = "yes") -> None:
    """Click the box's yes-button (or its OK), or with `name="cancel"` its Cancel."""
    if name == "cancel":
        button = box.button(QMessageBox.StandardButton.Cancel)
    else:
        button = box.findChild(QWidget, name) or box.button(QMessageBox.StandardButton.Ok)
    button.click()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Cyrillic included, as a keyboard's input method delivers it (QTest's key
    clicks know ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown(parent: QWidget, kind: type[T]) -> T:
    """The dialog of that kind the page has open now."""
    found = [w for w in parent.findChildren(kind) if w.isVisible()]  # type: ignore[attr-defined]
    assert len(found) == 1, f"{len(found)} open {kind.__name__}"
    return found[0]


def none_open(parent: QWidget, kind: type) -> bool:
    return not [w for w in parent.findChildren(kind) if w.isVisible()]
