"""What a user's roles do not allow is shown before any form is filled: the action disabled, the
reason in its tool tip in the user's language, role names translated wherever they appear."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from certification import users
from certification.core.errors import Forbidden
from models.db import unit_of_work
from models.enums import Role
from tests.factories import Office, add_producer, make_office, open_session, submitted_inspection
from tests.ui.desk import opened, settle
from ui import i18n
from ui.messages import message_for


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    return make_office(sqlite_engine)


@pytest.fixture
def lang() -> Iterator[None]:
    yield
    i18n.install("en")


def test_a_secretary_sees_new_inspection_disabled_with_the_role_it_needs(
    qtbot: Any, o: Office, lang: None
) -> None:
    i18n.install("ky")
    with opened(qtbot, o, "inspections", o.clerk) as page:
        button = page.new_button  # type: ignore[attr-defined]
        assert not button.isEnabled()
        assert button.toolTip() == "Бул үчүн керектүү роль: инспектор."
        i18n.install("ru")
        page.retranslate()
        assert button.toolTip() == "Для этого нужна роль: инспектор."
    with opened(qtbot, o, "inspections", o.inspector) as page:
        assert page.new_button.isEnabled()  # type: ignore[attr-defined]
        assert page.new_button.toolTip() == ""  # type: ignore[attr-defined]


def test_a_member_may_neither_open_a_session_nor_keep_the_register(
    qtbot: Any, o: Office, lang: None
) -> None:
    i18n.install("ru")
    member = o.members[0]
    with opened(qtbot, o, "sessions", member) as page:
        assert not page.open_button.isEnabled()  # type: ignore[attr-defined]
        assert page.open_button.toolTip() == (  # type: ignore[attr-defined]
            "Для этого нужна роль: председатель, секретарь."
        )
    with opened(qtbot, o, "register", member) as page:
        for button in (page.new_button, page.editor.save_button):  # type: ignore[attr-defined]
            assert not button.isEnabled()
            assert button.toolTip() == "Для этого нужна роль: инспектор, секретарь."


def test_who_inspected_an_item_sees_grant_disabled_with_the_reason(
    qtbot: Any, o: Office, lang: None
) -> None:
    with unit_of_work(o.factory) as s:
        member = users.create_user(
            s, "admin", "im", "Инспектор-мүчө", "secret", [Role.INSPECTOR, Role.MEMBER]
        )
    _producer, product = add_producer(o)
    submitted_inspection(replace(o, inspector=member), product)
    open_session(o)
    i18n.install("ky")
    with opened(qtbot, o, "sessions", member) as page:
        page.agenda_view.selectRow(0)  # type: ignore[attr-defined]
        for button in (page.grant_button, page.refuse_button):  # type: ignore[attr-defined]
            assert not button.isEnabled()
            assert button.toolTip() == (
                "Бул текшерүүнү сиз жүргүзгөнсүз, ошондуктан ал боюнча чечим кабыл албайсыз."
            )
    with opened(qtbot, o, "sessions", o.chair) as page:
        page.agenda_view.selectRow(0)  # type: ignore[attr-defined]
        assert page.grant_button.isEnabled()  # type: ignore[attr-defined]


def test_another_inspectors_draft_is_read_only_and_says_whose_it_is(qtbot: Any, o: Office) -> None:
    from tests.ui.test_inspections_page import draft

    with unit_of_work(o.factory) as s:
        other = users.create_user(s, "admin", "i2", "Экинчи", "secret", [Role.INSPECTOR])
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    with opened(qtbot, o, "inspections", other) as page:
        page.open_inspection(inspection_id)  # type: ignore[attr-defined]
        settle(qtbot, page)
        view = page.view  # type: ignore[attr-defined]
        assert not view.save_button.isEnabled() and not view.submit_button.isEnabled()
        assert view.save_button.toolTip() == "Only Inspector, who started this draft, changes it."
        assert view.place.isReadOnly()


def test_submitted_fields_look_read_only(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    done = submitted_inspection(o, product)
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(done)  # type: ignore[attr-defined]
        settle(qtbot, page)
        view = page.view  # type: ignore[attr-defined]
        for field in (view.place, view.notes, view.sample_lot):
            assert field.isReadOnly()
            assert field.palette().color(QPalette.ColorRole.Base) == window
            image = field.grab().toImage()  # what the eye sees inside the frame
            assert image.pixelColor(image.width() - 10, image.height() // 2) == window


def test_a_role_refusal_names_the_roles_in_the_users_language(lang: None) -> None:
    refused = Forbidden("auth.role_required", username="clerk", roles=["inspector", "chair"])
    i18n.install("ky")
    assert message_for(refused) == (
        "clerk колдонуучусу муну аткара албайт (керектүү роль: төрага, инспектор)."
    )
    i18n.install("ru")
    assert "(нужна роль: председатель, инспектор)" in message_for(refused)
