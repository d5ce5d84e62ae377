"""Messages beside the field they are about, for every form.

A service refuses bad input with a `DomainError` whose `fields['field']` names the field; the form
shows the translated message under that field and moves the cursor there, instead of a box:

    messages = FieldMessages()
    form.addRow(label, messages.under("phone", self.phone))
    ...
    def save_failed(self, error):
        if not messages.show(error):
            show_error(self, error)

A message is `Said`: plain text, a call that says it (`lambda: self.tr(…)`) or the domain error
itself; the last two are said again in the new language by `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from certification.core.errors import DomainError
from ui.messages import message_for
from ui.widgets.palette import ERROR, text_style

Said = str | Callable[[], str] | DomainError


def said_text(said: Said) -> str:
    """What a message says in the current language."""
    if isinstance(said, DomainError):
        return message_for(said)
    return said() if callable(said) else said


class MessageLine(QLabel):
    """A red message that takes no room while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setStyleSheet(text_style(ERROR))
        self.setWordWrap(True)
        self.hide()

    @override
    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    @override
    def clear(self) -> None:
        super().clear()
        self.hide()

    def shown(self) -> str:
        """The text shown ('' when hidden)."""
        return "" if self.isHidden() else self.text()


class FieldMessages:
    """The message lines of one form, by the field name a `DomainError` carries."""

    def __init__(self) -> None:
        self.lines: dict[str, MessageLine] = {}
        self.fields: dict[str, QWidget] = {}
        self.said: dict[str, Said] = {}

    def under(self, field: str, widget: QWidget) -> QWidget:
        """`widget` with its (empty, hidden) message line under it, to put in a form layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.lines[field] = MessageLine(box, f"error_{field}")
        layout.addWidget(self.lines[field])
        self.fields[field] = widget
        return box

    def show(self, error: BaseException) -> bool:
        """Put a domain error under its field and go there; False when it names no field here."""
        self.clear()
        field = error.fields.get("field") if isinstance(error, DomainError) else None
        if not isinstance(error, DomainError) or field not in self.lines:
            return False
        self.put(str(field), error)
        self.fields[str(field)].setFocus()
        return True

    def put(self, field: str, said: Said) -> None:
        """Say `said` under `field` ('' clears it), for checks the form makes itself."""
        self.said[field] = said
        self._say(field)

    def clear(self) -> None:
        self.said.clear()
        for line in self.lines.values():
            line.clear()

    def retranslate(self) -> None:
        for field in self.said:
            self._say(field)

    def text(self, field: str) -> str:
        """The message shown under `field` ('' when none)."""
        return self.lines[field].shown()

    def _say(self, field: str) -> None:
        line, widget = self.lines[field], self.fields[field]
        line.setText(said_text(self.said[field]))
        if line.isHidden():
            return
        # Form layouts do not grow a row for wrapped text by themselves: ask for the lines needed
        # at the field's width, so a two-line message is not cut in half.
        line.setMinimumHeight(line.heightForWidth(max(widget.width(), 100)))
        window = line.window()
        if isinstance(window, QDialog) and (layout := window.layout()) is not None:
            layout.activate()  # a dialog grows rather than squeezing its fields
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))
