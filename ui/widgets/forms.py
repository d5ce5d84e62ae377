"""`FormDialog`: a dialog whose OK runs one operation; a refusal shows beside its field, or
above the buttons when it names none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget
from sqlalchemy.orm import Session
from typing_extensions import override

from certification.core.errors import DomainError
from ui.operations import ReadOp, WriteOp
from ui.tasks import Tasks
from ui.widgets.boxes import show_error
from ui.widgets.messages import FieldMessages, MessageLine, said_text
from ui.workspace import Workspace


class FormDialog(QDialog):
    """Subclasses add labelled rows with `add_row` (or rows of their own to `form`), call
    `finish`, set every text in `retranslate` (run again whenever the language changes while the
    dialog is open), and in `submit` call `write` (or `read`, for work that changes no record)."""

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.finished.connect(self.deleteLater)
        self.workspace, self.tasks = workspace, tasks
        self.messages = FieldMessages()
        self.labels: dict[str, QLabel] = {}
        self.refusal: DomainError | None = None
        self.working = False
        self.error = MessageLine(self, "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accepted)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)

    def add_row(self, name: str, field: QWidget) -> QLabel:
        """A row with a label named `name`, whose text `retranslate` sets."""
        label = QLabel(self)
        label.setObjectName(f"label_{name}")
        self.labels[name] = label
        self.form.addRow(label, field)
        return label

    def name_rows(self, texts: dict[str, str]) -> None:
        for name, text in texts.items():
            self.labels[name].setText(text)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def retranslate(self) -> None:
        """Say the messages shown again in the current language; subclasses add their texts."""
        self.messages.retranslate()
        if self.refusal is not None:
            self.error.setText(said_text(self.refusal))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @override
    def reject(self) -> None:
        # Esc while the operation runs would leave the user guessing whether it happened.
        if not self.working:
            super().reject()

    def _accepted(self) -> None:
        # What the fields can tell by themselves (a date that is no date) is said before any
        # work runs; `submit` then reads only values that are what the user typed.
        if self.messages.check():
            self.submit()

    def submit(self) -> None:
        raise NotImplementedError

    def write(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        """Run `work` in one writing transaction; on success call `done` with its result, close."""
        self._run(WriteOp(self, work), done)

    def read(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        """As `write`, for work that changes no record (printing a document)."""
        self._run(ReadOp(self, work), done)

    def _run(self, operation: ReadOp[Any] | WriteOp[Any], done: Callable[[Any], None]) -> None:
        self.working = True
        self.buttons.setEnabled(False)
        self.error.clear()
        self.refusal = None

        def succeeded(result: Any) -> None:
            self.working = False
            done(result)
            self.accept()

        operation.success(succeeded).failure(self.failed).run()

    def failed(self, error: BaseException) -> None:
        self.working = False
        self.buttons.setEnabled(True)
        self.error.clear()
        self.refusal = None
        if self.messages.show(error):
            return
        if isinstance(error, DomainError):
            self.refusal = error
            self.error.setText(said_text(error))
        else:
            show_error(self, error)
