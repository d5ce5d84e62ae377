"""PySide6 6.12.0 on Python 3.11 leaks a reference to None on every void Qt call and aborts after a
few thousand. Keep the pin honest: 20,000 void calls must not move None's reference count."""

import sys

import PySide6
from PySide6.QtWidgets import QWidget


def test_pyside_is_not_the_leaking_release() -> None:
    assert PySide6.__version__ != "6.12.0"


def test_void_qt_calls_do_not_leak_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(20_000):
        widget.setEnabled(i % 2 == 0)
    assert sys.getrefcount(None) - before < 100
