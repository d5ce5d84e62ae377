"""The sessions page as a committee uses it: open a session, tick who is present against the
quorum, decide the agenda with impartiality enforced, declare conflicts, grant, close."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from certification import sessions, users
from models.db import unit_of_work
from models.enums import DecisionOutcome, Role, SessionStatus
from tests.factories import (
    Office,
    add_producer,
    make_office,
    open_session,
    submitted_inspection,
)
from tests.ui.desk import message_box, none_open, opened, press, settle, shown, type_text
from ui.sessions.dialogs import ConflictDialog, DecisionDialog, OpenSessionDialog
from ui.sessions.models import (
    AgendaTableModel,
    ConflictsTableModel,
    DecisionsTableModel,
    MembersTableModel,
    SessionsTableModel,
)
from ui.sessions.page import Page


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    return make_office(sqlite_engine)


def tick(page: Page, username: str, present: bool) -> None:
    """Tick or untick a member in the attendance list, as a click on the box does."""
    row = next(n for n, m in enumerate(page.members.rows) if m.username == username)
    state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
    page.members.setData(page.members.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)


def choose_item(page: Page, producer: str) -> None:
    for row in range(page.agenda_proxy.rowCount()):
        if page.agenda_proxy.index(row, 0).data().startswith(producer):
            page.agenda_view.selectRow(row)
            return
    raise AssertionError(f"{producer} is not on the agenda")


def decision_dialog(page: Page, outcome: DecisionOutcome) -> DecisionDialog:
    button = {
        DecisionOutcome.GRANT: page.grant_button,
        DecisionOutcome.REFUSE: page.refuse_button,
        DecisionOutcome.DEFER: page.defer_button,
    }[outcome]
    button.click()
    dialog = shown(page, DecisionDialog)
    return dialog


def test_item_models_pass_the_model_tester(qtmodeltester: Any, o: Office) -> None:
    producer, product = add_producer(o)
    submitted_inspection(o, product)
    session_id = open_session(o)
    with unit_of_work(o.factory) as s:
        sessions.declare_conflict(s, o.clerk, "m1", producer, "кудасы")
    with unit_of_work(o.factory) as s:
        info = sessions.get_session(s, session_id)
        agenda = sessions.agenda(s, session_id)
        declared = sessions.declarations(s)
    with unit_of_work(o.factory) as s:
        decision = sessions.decide(
            s, o.chair, session_id, agenda[0].inspection_id, DecisionOutcome.DEFER, "кийин"
        )
    for model, rows in (
        (SessionsTableModel(), [info]),
        (MembersTableModel(), list(info.members)),
        (AgendaTableModel(), agenda),
        (DecisionsTableModel(), [decision]),
        (ConflictsTableModel(), declared),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_open_a_session_and_tick_members_against_the_quorum(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "sessions", o.clerk) as page:
        assert isinstance(page, Page)
        page.open_button.click()
        settle(qtbot, page)
        dialog = shown(page, OpenSessionDialog)
        assert dialog is not None
        assert dialog.chair.currentData() == "chair" and dialog.quorum.value() == 3
        dialog.held_on.set_date(date(2026, 11, 20))
        type_text(dialog.place, "Нарын ш., облустук администрация")
        dialog.present["chair"].setChecked(True)
        dialog.present["m1"].setChecked(True)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(page, OpenSessionDialog)
        assert page.heading.text() == "Session 2026/1 — 20.11.2026"
        assert page.quorum.text() == "Present: 2 of 4; quorum 3 — no quorum"
        tick(page, "m2", True)
        settle(qtbot, page)
        assert page.quorum.text() == "Present: 3 of 4; quorum 3 — quorum reached"
        assert page.sessions.rows[0].present == 3
        column = page.sessions.column("attendance")
        header = page.sessions.headerData(column, Qt.Orientation.Horizontal)
        assert header == "Present / quorum"
        cell = page.sessions.index(0, column)
        assert cell.data() == "3 / 3"
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Present: 3; needed for a quorum: 3"


def test_impartiality_and_quorum_refusals_are_shown_and_change_nothing(
    qtbot: Any, o: Office
) -> None:
    with unit_of_work(o.factory) as s:
        member = users.create_user(
            s, "admin", "im", "Инспектор-мүчө", "secret", [Role.INSPECTOR, Role.MEMBER]
        )
    producer, product = add_producer(o)
    submitted_inspection(replace(o, inspector=member), product)
    open_session(o, quorum=4)  # chair, m1, m2, m3 present: four of five members
    with opened(qtbot, o, "sessions", o.chair) as page:
        tick(page, "im", True)
        settle(qtbot, page)
        choose_item(page, "«Ак-Суу бал»")
        assert page.agenda_proxy.index(0, 6).data() == "Инспектор-мүчө (inspected it)"

        page.tabs.setCurrentIndex(3)
        page.declare_button.click()
        declare = shown(page, ConflictDialog)
        assert declare is not None and declare.producer.currentData() == producer
        declare.member.setCurrentIndex(declare.member.findData("m3"))
        type_text(declare.reason, "кызы топтун мүчөсү")
        declare.buttons.accepted.emit()
        settle(qtbot, page)
        assert page.conflicts.rowCount() == 1
        assert page.agenda.index(0, 6).data() == (
            "Инспектор-мүчө (inspected it); M3 (conflict of interest: кызы топтун мүчөсү)"
        )

        dialog = decision_dialog(page, DecisionOutcome.GRANT)
        assert dialog.votes_for.value() == 3
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.error.text() == (
            "No quorum: 3 members present may decide this, 4 are needed."
        )
        dialog.reject()

        dialog = decision_dialog(page, DecisionOutcome.REFUSE)
        type_text(dialog.reason, "Жетишсиз")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.error.text().startswith("No quorum")
    with unit_of_work(o.factory) as s:
        assert sessions.get_session(s, page.current.session.id).decisions == ()


def test_grant_issues_the_certificate_and_the_session_closes(qtbot: Any, o: Office) -> None:
    _p, first = add_producer(o, "«Ак-Суу бал» өндүрүш тобу")
    _q, second = add_producer(o, "Токтогулов Нурлан", product="Эспарцет балы")
    submitted_inspection(o, first)
    submitted_inspection(o, second)
    open_session(o)
    with opened(qtbot, o, "sessions", o.chair) as page:
        assert page.tabs.tabText(0) == "Agenda (2)"
        choose_item(page, "Токтогулов")
        dialog = decision_dialog(page, DecisionOutcome.DEFER)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.text("reason") == "Give the reason for refusing or deferring."
        type_text(dialog.reason, "Лабораториялык корутунду күтүлүүдө")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert page.agenda_proxy.index(1, 0).data() == "Токтогулов Нурлан (deferred before)"

        choose_item(page, "«Ак-Суу бал»")
        dialog = decision_dialog(page, DecisionOutcome.GRANT)
        dialog.votes_for.setValue(3)
        dialog.votes_against.setValue(1)
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        issued = message_box(page, "certificateIssued")
        assert issued.text() == (
            "Certificate KG-N-2026-00001 is issued to «Ак-Суу бал» өндүрүш тобу for Тоо балы."
        )
        press(issued, "cancel")  # printing is for later
        assert page.tabs.tabText(2) == "Decisions (2)"
        numbers = [page.decisions.index(r, 5).data() for r in range(2)]
        assert sorted(numbers) == ["", "KG-N-2026-00001"]

        page.close_button.click()
        close = message_box(page, "confirmClose")
        assert close.informativeText() == (
            "Items still on the agenda: 1. They stay for a later session."
        )
        press(close)
        settle(qtbot, page)
        assert page.current.session.status == SessionStatus.CLOSED
        assert not page.close_button.isEnabled() and not page.grant_button.isEnabled()
        assert not page.members.flags(page.members.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
