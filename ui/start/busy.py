"""A 'please wait' for the work before the main window exists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def busy_dialog(text: str, parent: QWidget | None = None) -> QProgressDialog:
    """A 'please wait' with a moving bar, shown only if the work lasts more than a moment."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("busy")
    dialog.setWindowTitle("Belgi")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog
