"""Message boxes: they open without blocking (window-modal), so the rest of the app keeps
painting, and their words follow a language switch while they are open."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from typing_extensions import override

from certification.core.errors import DomainError
from ui.messages import message_for
from ui.widgets.messages import Said, said_text

log = logging.getLogger(__name__)


def error_text(error: BaseException) -> str:
    """One translated sentence for any error: never a traceback."""
    if isinstance(error, DomainError):
        return message_for(error)
    from models.db import is_busy, is_unreachable  # not before the log-in dialog (ui/start)

    if is_busy(error):
        return QCoreApplication.translate(
            "errors", "The register is busy with another user's work; try again in a moment."
        )
    if is_unreachable(error):
        return QCoreApplication.translate(
            "errors",
            "The register's server cannot be reached; nothing was changed. "
            "Try again when it is back.",
        )
    if isinstance(error, OSError):
        text = QCoreApplication.translate("errors", "File error: {detail}")
        return text.format(detail=error.strerror or error)
    log.error("unexpected error: %r", error)
    return QCoreApplication.translate(
        "errors", "Something went wrong and nothing was changed. Details are in the log."
    )


class MessageBox(QMessageBox):
    """Give its words as calls (`lambda: self.tr(…)`) or as a domain error to have them said
    again in a new language."""

    def __init__(
        self,
        icon: QMessageBox.Icon,
        parent: QWidget | None,
        name: str,
        text: Said,
        detail: Said = "",
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    ) -> None:
        super().__init__(icon, "Belgi", "", buttons, parent)
        self.setObjectName(name)
        self.finished.connect(self.deleteLater)
        self.text_said, self.detail_said = text, detail
        self.named: list[tuple[QPushButton, Said]] = []
        self.retranslate()

    def add_named_button(self, said: Said, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(said_text(said), role)
        self.named.append((button, said))
        return button

    def retranslate(self) -> None:
        self.setText(said_text(self.text_said))
        self.setInformativeText(said_text(self.detail_said))
        for button, said in self.named:
            button.setText(said_text(said))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask(
    parent: QWidget,
    name: str,
    text: Said,
    yes: Said,
    on_yes: Callable[[], object],
    detail: Said = "",
) -> QMessageBox:
    """A question with a yes-button and Cancel; `on_yes` runs only on yes."""
    box = MessageBox(QMessageBox.Icon.Question, parent, name, text, detail)
    accept = box.add_named_button(yes, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("yes")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.buttonClicked.connect(lambda button: on_yes() if button is accept else None)
    box.open()
    return box


def tell(parent: QWidget, name: str, text: Said, detail: Said = "") -> QMessageBox:
    """Something the user should know, with OK."""
    box = MessageBox(
        QMessageBox.Icon.Information, parent, name, text, detail, QMessageBox.StandardButton.Ok
    )
    box.open()
    return box


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """An error in one translated sentence (said again in a new language if it is a domain
    error), with OK."""
    said: Said = error if isinstance(error, DomainError) else error_text(error)
    box = MessageBox(
        QMessageBox.Icon.Warning, parent, "errorBox", said, "", QMessageBox.StandardButton.Ok
    )
    box.open()
    return box
