"""Typing any text into a widget: QTest.keyClicks knows ASCII only (and aborts on Cyrillic)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_into(widget: QWidget, text: str) -> None:
    """Key presses and releases, one character at a time, as a keyboard layout would send them."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
