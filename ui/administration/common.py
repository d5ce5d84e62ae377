"""What the administration's tabs share: actions offered only to those who may take them, and
a secret typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from ui.widgets.palette import MUTED, text_style


def allow(button: QAbstractButton, allowed: bool, reason: str = "") -> None:
    """Enable `button`, or disable it with the reason in its tooltip (and in its accessible
    description, for a screen reader)."""
    button.setEnabled(allowed)
    button.setToolTip("" if allowed else reason)
    button.setAccessibleDescription("" if allowed else reason)


class Notice(QLabel):
    """A muted line above a tab's actions that says why they are not offered."""

    def __init__(self, parent: QWidget, name: str = "notice") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(text_style(MUTED))
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def secret_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
