"""How names, dates and numbers look and sort in the current language, for every page.

Plain `sorted()` puts Ң Ө Ү after Я and «quoted» names before all others; a collator of the
current language puts them where an office expects them. Dates are dd.MM.yyyy in every language
(Qt's Kyrgyz short date, d/M/yy, is not what offices use).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QCoreApplication, QDate, QLocale

from ui import i18n

T = TypeVar("T")
DATE_FORMAT = "dd.MM.yyyy"

_collators: dict[str, QCollator] = {}


def collator() -> QCollator:
    """The collator of the current language: case-insensitive, punctuation ignored, 2 < 10."""
    from PySide6.QtCore import Qt  # the namespace costs 25 ms to load; commands never sort

    lang = i18n.current_language()
    if lang not in _collators:
        made = QCollator(locale())
        made.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        made.setIgnorePunctuation(True)
        made.setNumericMode(True)
        _collators[lang] = made
    return _collators[lang]


def sort_key(text: str) -> QCollatorSortKey:
    """A key for `sorted(..., key=...)` that follows the current language's alphabet."""
    return collator().sortKey(text)


def sorted_by_name(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    key = collator().sortKey
    return sorted(items, key=lambda item: key(name(item)))


def locale() -> QLocale:
    return QLocale({"ky": "ky_KG", "ru": "ru_RU"}.get(i18n.current_language(), "en_US"))


def format_date(value: date | datetime | None) -> str:
    """dd.MM.yyyy, or an empty text for no date."""
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT)


def format_number(value: int | float) -> str:
    """Grouped the current language's way (Kyrgyz and Russian: 1 234 567)."""
    if isinstance(value, int):
        return locale().toString(value)
    return locale().toString(float(value), "f", 2)


def format_decimal(value: Decimal | str | None, places: int | None = None) -> str:
    """A number the current language's way (decimal comma in Kyrgyz and Russian), without
    trailing zeros unless `places` asks for them."""
    if value is None or value == "":
        return ""
    number = Decimal(value)
    if places is not None:
        text = f"{number:.{places}f}"
    else:
        text = format(number, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def parse_decimal(text: str) -> Decimal | None:
    """The number typed in a field (comma or point), None when the field is empty."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if cleaned in ("", "-", "."):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


_DATE = re.compile(r"(\d{1,2})\s*[./\-, ]\s*(\d{1,2})\s*[./\-, ]\s*(\d{4})")


def parse_date(text: str) -> date | None:
    """The date typed as day, month and four-digit year (26.11.2026, 3.4.2026, 03/04/2026);
    None for anything else, never another date."""
    found = _DATE.fullmatch(text.strip())
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def stars_text(stars: int | None) -> str:
    """★★★☆☆ for three stars of five; empty for none."""
    return "★" * stars + "☆" * (5 - stars) if stars else ""


def standard_text(standard: tuple[str, int]) -> str:
    """A standard's code and version, the version in words: «BABP-HONEY, 1-версия»,
    «BABP-HONEY, версия 1», «BABP-HONEY, version 1»."""
    code, version = standard
    return QCoreApplication.translate("formats", "{code}, version {version}").format(
        code=code, version=version
    )
