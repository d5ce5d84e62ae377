"""Names, dates and numbers the way an office in Kyrgyzstan reads them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.formats import format_date, format_number, sorted_by_name

NAMES = ["Яблоко", "Үмүт", "Өрүк", "Ңа", "Нан", "Оозу", "Уулу", "«Ак-Суу»", "Абай", "Zed", "apple"]


def test_kyrgyz_letters_sort_in_their_places(app: QApplication) -> None:
    i18n.install("ky")
    assert sorted_by_name(NAMES, str) == [
        "Абай",
        "«Ак-Суу»",
        "Нан",
        "Ңа",
        "Оозу",
        "Өрүк",
        "Уулу",
        "Үмүт",
        "Яблоко",
        "apple",
        "Zed",
    ]
    assert sorted(NAMES)[-3:] == ["Ңа", "Үмүт", "Өрүк"]  # what plain sorting would do


def test_english_puts_latin_first_and_ignores_case(app: QApplication) -> None:
    i18n.install("en")
    assert sorted_by_name(NAMES, str)[:2] == ["apple", "Zed"]


def test_dates_are_day_month_year_in_every_language(app: QApplication) -> None:
    for lang in i18n.LANGUAGES:
        i18n.install(lang)
        assert format_date(date(2026, 3, 5)) == "05.03.2026"
    assert format_date(None) == ""


def test_numbers_are_grouped_the_local_way(app: QApplication) -> None:
    i18n.install("ky")
    assert format_number(1234567) == "1\u00a0234\u00a0567"
    assert format_number(2.5) == "2,50"
    i18n.install("en")
    assert format_number(1234567) == "1,234,567"
