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

Every problem of one Save shows at once (a service that checks every field raises `Problems`), a
message goes as soon as its field is changed, and each field keeps one line of room for its
message so nothing moves under the mouse when one appears. `check()` asks the fields that can tell
by themselves (a `DateEdit` holding no date in range) before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification.core.errors import DomainError, Problems
from ui.messages import message_for
from ui.widgets.edits import DateEdit
from ui.widgets.palette import ERROR, text_style

Said = str | Callable[[], str] | DomainError


def said_text(said: Said) -> str:
    """What a message says in the current language."""
    if isinstance(said, DomainError):
        return message_for(said)
    return said() if callable(said) else said


class MessageLine(QLabel):
    """A red message, hidden while there is nothing to say. It takes no room then, unless told to
    `reserve` one line, so that a message appearing moves nothing."""

    def __init__(
        self, parent: QWidget | None = None, name: str = "", reserve: bool = False
    ) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setStyleSheet(text_style(ERROR))
        self.setWordWrap(True)
        self.reserve = reserve
        if reserve:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
        self._one_line()
        self.hide()

    def _one_line(self) -> None:
        self.setMinimumHeight(self.fontMetrics().height() if self.reserve else 0)

    @override
    def setText(self, text: str) -> None:
        super().setText(text)
        if not text:
            self._one_line()
        self.setVisible(bool(text))

    @override
    def clear(self) -> None:
        super().clear()
        self._one_line()
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
        self.refused: set[str] = set()  # fields whose message came from a refusal or check()

    def under(self, field: str, widget: QWidget) -> QWidget:
        """`widget` with its (empty, hidden) message line under it, to put in a form layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.lines[field] = MessageLine(box, f"error_{field}", reserve=True)
        layout.addWidget(self.lines[field])
        self.fields[field] = widget
        for changed in _changes(widget):
            changed.connect(lambda *_args, field=field: self.forget(field))
        return box

    def show(self, error: BaseException) -> bool:
        """Put a domain error under its field — each of several `Problems` under its own — and go
        to the first; False when it names no field here."""
        self.clear()
        if not isinstance(error, DomainError):
            return False
        problems = error.problems if isinstance(error, Problems) else (error,)
        shown = [p for p in problems if str(p.fields.get("field")) in self.lines]
        if not shown:
            return False
        for problem in shown:
            self.put(str(problem.fields["field"]), problem)
            self.refused.add(str(problem.fields["field"]))
        self.fields[str(shown[0].fields["field"])].setFocus()
        return True

    def check(self) -> bool:
        """Say under each field what its own widgets find wrong (a date that is no date, or out
        of range), going to the first; True when nothing is."""
        first = None
        for field, widget in self.fields.items():
            dates = [widget] if isinstance(widget, DateEdit) else widget.findChildren(DateEdit)
            if _first_problem(dates):
                self.put(field, partial(_first_problem, dates))
                self.refused.add(field)
                first = first or field
        if first is not None:
            self.fields[first].setFocus()
        return first is None

    def forget(self, field: str) -> None:
        """Take `field`'s message away: the user is changing what it was about."""
        if field in self.said and field in self.refused:
            self.refused.discard(field)
            del self.said[field]
            self.lines[field].clear()

    def put(self, field: str, said: Said) -> None:
        """Say `said` under `field` ('' clears it), for checks the form makes itself."""
        self.said[field] = said
        self._say(field)

    def clear(self) -> None:
        self.said.clear()
        self.refused.clear()
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


def _first_problem(dates: list[DateEdit]) -> str:
    return next((d.problem() for d in dates if d.isEnabled() and d.problem()), "")


def _changes(widget: QWidget) -> list[SignalInstance]:
    """The signals saying that the user changed a field (its own widgets included)."""
    found: list[SignalInstance] = []
    for each in (widget, *widget.findChildren(QWidget)):
        if isinstance(each, DateEdit):
            found.append(each.date_changed)
        elif isinstance(each, QLineEdit) and not isinstance(each.parent(), (QComboBox, QSpinBox)):
            found.append(each.textEdited)
        elif isinstance(each, (QPlainTextEdit, QTextEdit)):
            found.append(each.textChanged)
        elif isinstance(each, QComboBox):
            found.append(each.activated)
        elif isinstance(each, (QSpinBox, QDoubleSpinBox)):
            found.append(each.valueChanged)
        elif isinstance(each, QAbstractButton):
            found.append(each.toggled)
    return found
