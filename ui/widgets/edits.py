"""Fields for numbers, dates and choices, the way every form here reads them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from typing_extensions import override

from certification.core import clock
from ui.formats import format_date, format_decimal, parse_date, parse_decimal, sorted_by_name

# The dates a form takes unless told otherwise.
EARLIEST, LATEST = date(2000, 1, 1), date(2099, 12, 31)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NumberEdit(QLineEdit):
    """A field for a decimal number; empty means "none". Signals: `value_changed()`."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?[0-9 ]{0,12}([.,][0-9]{0,6})?"))
        )
        self.textEdited.connect(lambda _text: self.value_changed.emit())

    def value(self) -> Decimal | None:
        return parse_decimal(self.text())

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_decimal(value))


class DateEdit(QLineEdit):
    """A date typed as dd.mm.yyyy, or picked from the calendar behind the button at its right.

    What was typed stays as typed: a date that cannot be read, or that lies outside the allowed
    range, is never replaced by another. `problem()` says what is wrong; a form's
    `FieldMessages.check()` shows it beside the field and nothing is saved. Signals:
    `date_changed()` on every change, typed or picked."""

    dateChanged = Signal()  # the name QDateEdit gives it, for pages written against that
    date_changed = dateChanged

    def __init__(
        self,
        value: date | None = None,
        parent: QWidget | None = None,
        *,
        minimum: date = EARLIEST,
        maximum: date = LATEST,
    ) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum
        self.setMaxLength(20)
        width = self.fontMetrics().horizontalAdvance("00.00.00000") + 48
        self.setMinimumWidth(width)
        self.calendar_action = self.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setObjectName("calendar")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.good = value or clock.today()  # the last date in range the field held
        self.textChanged.connect(self._typed)
        self.set_date(value or clock.today())
        self.retranslate()

    def set_range(self, minimum: date, maximum: date) -> None:
        self.minimum, self.maximum = minimum, maximum

    def set_date(self, value: date) -> None:
        self.good = value
        self.setText(format_date(value))

    def problem(self) -> str:
        """'' when the text is a date in range; otherwise what is wrong, in the user's language."""
        typed = parse_date(self.text())
        if typed is None:
            return QCoreApplication.translate(
                "widgets", "Write the date as day.month.year, for example {example}."
            ).format(example=format_date(clock.today()))
        if typed < self.minimum:
            return QCoreApplication.translate(
                "widgets", "The date cannot be earlier than {date}."
            ).format(date=format_date(self.minimum))
        if typed > self.maximum:
            return QCoreApplication.translate(
                "widgets", "The date cannot be later than {date}."
            ).format(date=format_date(self.maximum))
        return ""

    def _typed(self, _text: str) -> None:
        typed = parse_date(self.text())
        if typed is not None and not self.problem():
            self.good = typed
        self.date_changed.emit()

    def value(self) -> date:
        """The date typed. Ask `problem()` first (a `FormDialog` does): while the text is no date
        in range this is the last one that was, which a form must not save."""
        return self.good

    def retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("widgets", "dd.mm.yyyy"))
        self.calendar_action.setToolTip(QCoreApplication.translate("widgets", "Calendar"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_calendar(self) -> None:
        """The month of the date typed (or today), under the field; a click picks a day."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setObjectName("calendarPopup")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        calendar = self.calendar
        calendar.setDateRange(to_qdate(self.minimum), to_qdate(self.maximum))
        shown = parse_date(self.text()) or clock.today()
        calendar.setSelectedDate(to_qdate(min(max(shown, self.minimum), self.maximum)))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()

    def _picked(self, day: QDate) -> None:
        self.set_date(from_qdate(day))
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()


def calendar_icon() -> QIcon:
    """A small calendar page: a dark band for the month, a grid of days."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    ink = QApplication.palette().color(QPalette.ColorRole.Text)
    painter.setPen(ink)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, ink)
    for row in range(2):
        for column in range(3):
            painter.fillRect(3 + 4 * column, 8 + 3 * row, 2, 2, ink)
    painter.end()
    return QIcon(pixmap)


def set_read_only(widget: QLineEdit | QPlainTextEdit, read_only: bool) -> None:
    """Make a text field read-only and look it: the window's colour behind the text instead of
    the white of a field that takes typing."""
    widget.setReadOnly(read_only)
    palette = widget.palette()
    role = QPalette.ColorRole.Window if read_only else QPalette.ColorRole.Base
    palette.setColor(QPalette.ColorRole.Base, QApplication.palette().color(role))
    widget.setPalette(palette)


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
