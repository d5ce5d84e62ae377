"""Errors shown to the user: translated, one sentence, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from certification.core.errors import DomainError
from ui.messages import message_for

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return message_for(error)
    if isinstance(error, OSError):
        text = QCoreApplication.translate("errors", "File error: {detail}")
        return text.format(detail=error.strerror or error)
    log.error("unexpected error: %r", error)
    return QCoreApplication.translate(
        "errors", "Something went wrong and nothing was changed. Details are in the log."
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", "Belgi"),
        error_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    box.open()
