"""Switching the language re-translates the open desk pages at once, tables and results included."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import Engine

from certification import inspections
from certification.core import clock
from models.db import unit_of_work
from tests.factories import Office, add_producer, make_office, open_session, submitted_inspection
from tests.ui.desk import message_box, opened, settle, shown, type_text
from ui import i18n
from ui.inspections.dialogs import NonConformityDialog, PhotoDialog, StartDialog
from ui.sessions.dialogs import DecisionDialog
from ui.standards.page import NewStandardDialog


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


def live_switch(qtbot: Any, lang: str, done: Any) -> None:
    """Switch as the language menu does while a dialog is open; the page is not asked to help."""
    i18n.install(lang)
    qtbot.waitUntil(done, timeout=5_000)


def draft_with_photo(o: Office) -> tuple[int, int]:
    _p, product = add_producer(o, "Токтогулов Нурлан", product="Эспарцет балы")
    image = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 150, 40)).save(image, "JPEG")
    with unit_of_work(o.factory) as s:
        started = inspections.start_inspection(s, o.inspector, product, o.version_id, clock.today())
        photo = inspections.add_photo(s, o.inspector, started.id, image.getvalue(), "", "1.1")
    return started.id, photo


def test_open_inspection_dialogs_follow_a_language_switch(
    qtbot: Any, o: Office, kyrgyz: None
) -> None:
    inspection_id, photo = draft_with_photo(o)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.new_button.click()
        start = shown(page, StartDialog)
        settle(qtbot, page)
        type_text(start.search, "жок дегенде")
        qtbot.waitUntil(lambda: start.products.rowCount() == 0)
        start.submit()
        assert start.messages.text("product") == "Choose the product to inspect."
        live_switch(qtbot, "ky", lambda: start.windowTitle() == "Жаңы текшерүү")
        assert start.labels["kind"].text() == "Түрү"
        assert start.kind.itemText(0) == "алгачкы"
        assert start.messages.text("product") == "Текшериле турган продуктту тандаңыз."
        start.reject()

        page.open_inspection(inspection_id)
        settle(qtbot, page)
        view = page.view
        view.add_nc.click()
        problem = shown(view, NonConformityDialog)
        problem.submit()
        settle(qtbot, page)
        said = problem.messages.text("description")
        assert said.endswith("толтурулушу керек.")
        view.show_photo(photo)
        viewer = shown(view, PhotoDialog)
        settle(qtbot, page)
        qtbot.mouseClick(view.form.rows["1.1"].shown_photos[0].remove, Qt.MouseButton.LeftButton)
        question = message_box(view, "confirmRemovePhoto")
        live_switch(qtbot, "ru", lambda: problem.windowTitle() == "Несоответствие")
        assert problem.criterion.itemText(0) == "(продукт в целом)"
        assert problem.messages.text("description") not in ("", said)
        assert viewer.windowTitle() == "Фото к критерию 1.1"
        assert question.text() == "Удалить это фото из проверки?"
        assert question.findChild(QPushButton, "yes").text() == "Удалить"
        question.reject()
        problem.reject()
        viewer.reject()


def test_open_session_dialogs_follow_a_language_switch(qtbot: Any, o: Office, kyrgyz: None) -> None:
    with opened(qtbot, o, "sessions", o.chair) as page:
        page.agenda_view.selectRow(0)
        page.refuse_button.click()
        decision = shown(page, DecisionDialog)
        decision.submit()  # a refusal needs the committee's reason
        settle(qtbot, page)
        assert decision.messages.text("reason") == "Give the reason for refusing or deferring."
        live_switch(qtbot, "ky", lambda: decision.windowTitle() == "Чечим")
        assert decision.outcome.itemText(0) == "Сертификат ыйгаруу"
        assert decision.for_label.text() == "жактап"
        assert decision.labels["outcome"].text() == "Чечим"
        assert decision.messages.text("reason") == (
            "Четке кагуунун же кийинкиге калтыруунун себебин көрсөтүңүз."
        )
        decision.reject()


def test_an_open_new_standard_dialog_follows_a_language_switch(
    qtbot: Any, o: Office, kyrgyz: None
) -> None:
    with opened(qtbot, o, "standards", o.admin) as page:
        page.new_button.click()
        dialog = shown(page, NewStandardDialog)
        type_text(dialog.code, "мёд")
        dialog.submit()
        settle(qtbot, page)
        said = dialog.messages.text("code")
        live_switch(qtbot, "ru", lambda: dialog.windowTitle() == "Новый стандарт")
        assert dialog.labels["code"].text() == "Код"
        assert dialog.category.currentText() == "Мёд"
        assert dialog.messages.text("code") not in ("", said)
        dialog.reject()
