"""Validation messages beside the field they are about, for every form.

A service refuses bad input with a `DomainError` whose `fields['field']` names the field; the form
shows the translated message under that field and moves the cursor there, instead of a box.

    messages = FieldMessages()
    form.addRow(label, messages.wrap("phone", self.phone))
    ...
    def save_failed(self, error):
        if not messages.show(error):
            show_error(self, error)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from certification.core.errors import DomainError
from ui.formats import sorted_by_name
from ui.messages import message_for

ERROR_STYLE = "color: #b00020;"


class MessageLine(QLabel):
    """A red message that takes no room while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
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


class FieldMessages:
    """The message lines of one form, by field name."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """`widget` with an (empty, hidden) message line under it, to put in the form."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        self._labels[field] = label
        self._widgets[field] = widget
        return box

    def show(self, error: BaseException) -> bool:
        """Show a domain error beside its field; False when it names no field of this form."""
        self.clear()
        field = error.fields.get("field") if isinstance(error, DomainError) else None
        if not isinstance(error, DomainError) or field not in self._labels:
            return False
        self.put(str(field), message_for(error))
        return True

    def put(self, field: str, text: str) -> None:
        """Show `text` beside `field`, for checks the form makes itself (a repeated password)."""
        label, widget = self._labels[field], self._widgets[field]
        label.setText(text)
        label.show()
        # Form layouts do not grow a row for wrapped text by themselves: ask for the lines needed
        # at the field's width, so a two-line message is not cut in half.
        label.setMinimumHeight(label.heightForWidth(max(widget.width(), 100)))
        window = label.window()
        if isinstance(window, QDialog) and window.layout() is not None:
            window.layout().activate()  # a dialog grows rather than squeezing its fields
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))
        widget.setFocus()

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def text(self, field: str) -> str:
        """The message shown beside `field` ('' when none)."""
        label = self._labels[field]
        return label.text() if not label.isHidden() else ""


def fill_choices(
    combo: QComboBox,
    choices: Iterable[tuple[str, Any]],
    *,
    everything: str | None = None,
) -> None:
    """Fill a drop-down with (text, value) pairs in the current language's alphabetical order,
    keeping the value chosen before (texts change with the language, values do not). With
    `everything`, a first entry of that text and the value None ("All regions")."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for text, value in sorted_by_name(choices, lambda choice: choice[0]):
        combo.addItem(text, value)
    index = combo.findData(kept) if kept is not None else -1
    combo.setCurrentIndex(index if index >= 0 or everything is None else 0)
    combo.blockSignals(False)
