"""Forms keep what was typed and say every problem at once, beside its field: a date that is no
date or out of range is never replaced by another, a message goes when its field is changed, and
a message appearing moves no field under the mouse."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, func, select

from certification import sessions
from certification.core import clock
from models import CommitteeSession, Inspection, Producer
from models.db import read_unit, unit_of_work
from tests.factories import Office, add_producer, make_office, open_session
from tests.ui.desk import none_open, opened, settle, shown, type_text
from ui import i18n
from ui.formats import format_date, parse_date
from ui.inspections.dialogs import StartDialog
from ui.register.page import Page as RegisterPage
from ui.sessions.dialogs import OpenSessionDialog
from ui.tasks import Tasks
from ui.widgets.edits import DateEdit
from ui.workspace import Workspace


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    return make_office(sqlite_engine)


@pytest.fixture
def lang() -> Iterator[None]:
    yield
    i18n.install("en")


def rows(o: Office, model: type) -> int:
    with read_unit(o.factory) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def retype(field: DateEdit, text: str) -> None:
    field.clear()
    type_text(field, text)


def test_dates_are_read_as_typed_or_not_at_all() -> None:
    assert parse_date("26.11.2026") == date(2026, 11, 26)
    assert parse_date(" 3.4.2026 ") == date(2026, 4, 3)
    assert parse_date("03/04/2026") == date(2026, 4, 3)
    for wrong in ("45.13.2099", "31.02.2026", "26.11.26", "2026-11-26", "", "завтра"):
        assert parse_date(wrong) is None


def test_a_date_that_is_no_date_or_too_late_is_said_beside_it_and_nothing_saved(
    qtbot: Any, o: Office, lang: None
) -> None:
    add_producer(o)
    today = format_date(clock.today())
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.new_button.click()  # type: ignore[attr-defined]
        dialog = shown(page, StartDialog)
        settle(qtbot, page)
        field = dialog.inspected_on
        retype(field, "45.13.2099")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert field.text() == "45.13.2099"  # what was typed stays
        assert dialog.messages.text("inspected_on") == (
            f"Write the date as day.month.year, for example {today}."
        )
        assert dialog.isVisible()
        retype(field, "01.01.2099")
        assert dialog.messages.text("inspected_on") == ""  # changing the field takes it away
        i18n.install("ky")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.text("inspected_on") == (f"Күн {today} датасынан кийин боло албайт.")
        i18n.install("ru")  # the message follows the language
        qtbot.waitUntil(
            lambda: dialog.messages.text("inspected_on") == f"Дата не может быть позже {today}."
        )
        assert field.text() == "01.01.2099"
        dialog.reject()
    assert rows(o, Inspection) == 0


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_the_calendar_picks_a_day_into_the_field(qtbot: QtBot) -> None:
    field = DateEdit(date(2026, 11, 26), maximum=date(2026, 11, 30))
    qtbot.addWidget(field)
    field.show()
    field.calendar_action.trigger()
    calendar = field.calendar
    assert isinstance(calendar, QCalendarWidget) and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 11, 26)
    assert calendar.maximumDate() == QDate(2026, 11, 30)
    calendar.clicked.emit(QDate(2026, 11, 3))
    assert field.text() == "03.11.2026" and field.value() == date(2026, 11, 3)
    assert field.problem() == ""


def test_every_problem_of_the_producer_form_shows_after_one_save(
    qtbot: QtBot, workspace: Workspace, tasks: Tasks
) -> None:
    page = RegisterPage(workspace, tasks)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and tasks.idle)
    page.new_button.click()
    editor = page.editor
    fields = ("name", "phone", "email", "tax_id", "women")

    def tops() -> dict[str, int]:
        return {
            f: editor.labels[f].mapTo(editor, editor.labels[f].rect().topLeft()).y() for f in fields
        }

    empty = tops()
    type_text(editor.edits["email"], "nobody")
    editor.counts["members"].setValue(3)
    editor.counts["women"].setValue(4)
    editor.save_button.click()
    qtbot.waitUntil(lambda: tasks.idle and editor.save_button.isEnabled())
    assert editor.messages.text("name") == "Name: this must be filled in."
    assert editor.messages.text("email") == "“nobody” is not an e-mail address."
    assert editor.messages.text("women") == "Women: cannot be more than the 3 members."
    assert tops() == empty  # each one-line message had its room already: nothing moved

    type_text(editor.edits["phone"], "not a phone")
    type_text(editor.edits["tax_id"], "123")
    before = rows_of(workspace)
    editor.save_button.click()
    qtbot.waitUntil(lambda: tasks.idle and editor.save_button.isEnabled())
    said = {f: editor.messages.text(f) for f in fields}
    assert said["phone"] == "“not a phone” is not a phone number (e.g. +996 555 123 456)."
    assert said["tax_id"] == "The tax number (INN) has 14 digits; “123” does not."
    assert all(said.values())  # five problems after one Save
    assert rows_of(workspace) == before
    type_text(editor.edits["phone"], "0")
    assert editor.messages.text("phone") == "" and editor.messages.text("email") != ""
    editor.counts["women"].setValue(2)
    assert editor.messages.text("women") == ""


def rows_of(workspace: Workspace) -> int:
    with read_unit(workspace.factory) as s:
        return int(s.scalar(select(func.count()).select_from(Producer)) or 0)


def test_an_empty_session_form_says_what_a_session_needs_and_takes_no_number(
    qtbot: Any, o: Office
) -> None:
    with opened(qtbot, o, "sessions", o.clerk) as page:
        page.open_button.click()  # type: ignore[attr-defined]
        settle(qtbot, page)
        dialog = shown(page, OpenSessionDialog)
        dialog.chair.setCurrentIndex(0)  # "(not chosen)"
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.text("place") == "Place: this must be filled in."
        assert dialog.messages.text("chair") == "Choose who chairs the session."
        dialog.chair.setCurrentIndex(dialog.chair.findData("chair"))
        dialog.chair.activated.emit(dialog.chair.currentIndex())
        assert dialog.messages.text("chair") == ""
        type_text(dialog.place, "Нарын")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.text("present") == "The chair, Chair, must be among those present."
        assert rows(o, CommitteeSession) == 0
        dialog.present["chair"].setChecked(True)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, OpenSessionDialog)
    with unit_of_work(o.factory) as s:
        assert [x.title for x in sessions.list_sessions(s)] == [f"{clock.today().year}/1"]
    assert open_session(o)  # the refusals took no number


def test_a_saved_document_is_suggested_in_a_folder_that_exists(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.widgets import paths

    monkeypatch.setattr(paths, "user_documents_dir", lambda: str(tmp_path / "no Documents"))
    monkeypatch.setattr(paths.Path, "home", lambda: tmp_path)
    assert paths.suggested("N1-2026-0001.pdf") == str(tmp_path / "N1-2026-0001.pdf")
    (tmp_path / "certificates").mkdir()
    paths.remember(tmp_path / "certificates" / "N1-2026-0001.pdf")
    assert paths.save_folder() == tmp_path / "certificates"


def test_an_initial_inspection_shows_no_certificate(qtbot: Any, o: Office) -> None:
    from tests.factories import certified

    certified(o)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.new_button.click()  # type: ignore[attr-defined]
        dialog = shown(page, StartDialog)
        settle(qtbot, page)
        assert dialog.certificate.currentIndex() == -1 and not dialog.certificate.isEnabled()
        assert dialog.certificate.placeholderText() == "none: an initial inspection"
        dialog.kind.setCurrentIndex(1)
        assert dialog.certificate.isEnabled() and dialog.certificate.currentText()
        dialog.reject()
