"""Fields for numbers, dates and choices, the way every form here reads them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from certification.core import clock
from ui.formats import DATE_FORMAT, format_decimal, parse_decimal, sorted_by_name


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


class DateEdit(QDateEdit):
    """dd.MM.yyyy in every language, with a calendar; today (in the office) unless told."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.set_date(value or clock.today())

    def set_date(self, value: date) -> None:
        self.setDate(to_qdate(value))

    def value(self) -> date:
        return from_qdate(self.date())


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
