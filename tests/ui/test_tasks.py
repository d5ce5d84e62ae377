"""Background work whose asker went away: results are dropped, never delivered to a dead widget."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.tasks import Tasks


def test_a_result_for_a_widget_that_is_gone_is_dropped(qtbot: QtBot, tasks: Tasks) -> None:
    label = QLabel()
    tasks.run(lambda session: "found", done=label.setText)
    tasks.wait()  # the result now waits in the event queue
    shiboken6.delete(label)
    QApplication.processEvents()  # would raise "Internal C++ object already deleted"
    qtbot.waitUntil(lambda: tasks.idle)


def test_results_after_close_are_dropped(qtbot: QtBot, tasks: Tasks) -> None:
    got: list[str] = []
    tasks.run(lambda session: "late", done=got.append)
    tasks.close()
    QApplication.processEvents()
    assert got == []


def test_results_are_delivered_on_the_gui_thread(qtbot: QtBot, tasks: Tasks) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    tasks.run(lambda session: "found", done=label.setText)
    qtbot.waitUntil(lambda: label.text() == "found")
