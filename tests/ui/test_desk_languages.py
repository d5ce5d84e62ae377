"""Switching the language re-translates the open desk pages at once, tables and results included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from tests.factories import Office, add_producer, make_office, open_session, submitted_inspection
from tests.ui.desk import opened, settle
from ui import i18n


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    office = make_office(sqlite_engine)
    _p, product = add_producer(office)
    submitted_inspection(office, product)
    open_session(office)
    return office


@pytest.fixture
def kyrgyz() -> Iterator[None]:
    yield
    i18n.install("en")


def switch(page: Any, lang: str) -> None:
    i18n.install(lang)
    page.retranslate()


def header(view: Any, column: int) -> str:
    return str(view.model().headerData(column, Qt.Orientation.Horizontal))


def test_standards_page_switches_language(qtbot: Any, o: Office, kyrgyz: None) -> None:
    with opened(qtbot, o, "standards", o.admin) as page:
        assert page.new_button.text() == "New standard…"
        switch(page, "ky")
        assert page.new_button.text() == "Жаңы стандарт…"
        assert page.editor.tabs.tabText(0) == "Критерийлер"
        assert header(page.versions_view, 1) == "Абалы"
        assert page.versions.index(0, 1).data() == "колдонулууда"
        switch(page, "ru")
        assert page.editor.pass_label.text() == "Проходной балл"


def test_inspections_page_switches_language(qtbot: Any, o: Office, kyrgyz: None) -> None:
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(page.model.rows[0].id)
        settle(qtbot, page)
        switch(page, "ky")
        assert page.new_button.text() == "Жаңы текшерүү…"
        assert header(page.table, 0) == "Күнү"
        assert page.model.index(0, 5).data() == "жөнөтүлгөн"
        assert page.view.result.verdict.text() == "Өттү"
        assert page.view.form.rows["1.1"].editor.buttons()[0].text() == "Ооба"
        switch(page, "ru")
        assert page.view.result.title.text() == "Результат"


def test_sessions_page_switches_language(qtbot: Any, o: Office, kyrgyz: None) -> None:
    with opened(qtbot, o, "sessions", o.chair) as page:
        switch(page, "ky")
        assert page.open_button.text() == "Отурум ачуу…"
        assert page.tabs.tabText(0) == "Күн тартиби (1)"
        assert page.quorum.text() == "Катышкандар: 4 мүчөдөн 4; кворум 3 — кворум бар"
        assert page.agenda.index(0, 5).data() == "өттү"
