"""The standards page as a committee secretary uses it: versions, the editor with its validation
messages beside each part, read-only used versions, and the live preview of the form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from sqlalchemy import Engine

from certification import inspections, standards
from certification.demo import standard_spec
from models.db import unit_of_work
from models.enums import CriterionKind
from tests.factories import Office, add_producer, make_office
from tests.ui.desk import none_open, opened, settle, shown, type_text
from ui.standards.draft import Draft
from ui.standards.models import (
    ChoicesTableModel,
    CriteriaTableModel,
    StandardsTableModel,
    VersionsTableModel,
)
from ui.standards.page import NewStandardDialog


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    return make_office(sqlite_engine)


def test_item_models_pass_the_model_tester(qtmodeltester: Any, o: Office) -> None:
    with unit_of_work(o.factory) as s:
        listed = standards.list_standards(s)
        versions = standards.versions(s, listed[0].id)
    table = StandardsTableModel()
    table.set_rows(listed)
    qtmodeltester.check(table)
    version_table = VersionsTableModel()
    version_table.set_rows(versions)
    qtmodeltester.check(version_table)
    criteria = CriteriaTableModel()
    draft = Draft.from_spec(standard_spec("honey"))
    criteria.set_draft(draft)
    qtmodeltester.check(criteria)
    assert criteria.rowCount(criteria.index(2, 0)) == 3
    choices = ChoicesTableModel()
    choices.set_choices(draft.groups[2].criteria[0].choices, editable=True)
    qtmodeltester.check(choices)


def test_a_used_version_is_read_only_and_edit_makes_the_next_version(qtbot: Any, o: Office) -> None:
    _producer, product = add_producer(o)
    with unit_of_work(o.factory) as s:
        inspections.start_inspection(s, o.inspector, product, o.version_id, date(2026, 11, 1))
    with opened(qtbot, o, "standards", o.admin) as page:
        assert page.heading.text().startswith("BABP-HONEY, version 1")
        assert page.edit_button.isVisible() and not page.save_button.isVisible()
        pane = page.editor.criterion_pane
        assert page.editor.panes.currentWidget() is pane and not pane.code.isEnabled()
        assert "version 2" in page.state.text()
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        assert page.heading.text().startswith("BABP-HONEY, version 2")
        assert [v.version for v in page.versions.rows] == [2, 1]
        assert page.save_button.isVisible() and pane.code.isEnabled()
    with unit_of_work(o.factory) as s:
        newest = standards.version_by_code(s, "BABP-HONEY")
    assert newest.version == 2 and not newest.frozen


def test_problems_show_beside_the_part_and_saving_waits_for_them(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "standards", o.admin) as page:
        editor, pane = page.editor, page.editor.criterion_pane
        editor.select(0, 1)  # 1.2 moisture, a measurement with a maximum of 20 %
        assert pane.maximum.text() == "20"
        qtbot.keyClicks(pane.minimum, "25")
        expected = "Criterion 1.2: the minimum is above the maximum."
        assert pane.messages.text("criterion.min_value") == expected
        assert editor.model.index_of(0, 1).data(Qt.ItemDataRole.ToolTipRole) == expected
        assert not page.save_button.isEnabled()
        assert page.summary.text() == "Problems to fix before saving: 1"
        pane.minimum.clear()
        qtbot.keyClicks(pane.minimum, "15")
        assert pane.messages.text("criterion.min_value") == ""
        editor.select(1, 0)
        pane.text.clear()
        assert pane.messages.text("criterion.text") == "Criterion text: this must be filled in."
        type_text(pane.text, "Сырткы көрүнүшү")
        assert page.save_button.isEnabled()
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        assert not page.dirty and "Draft version" in page.state.text()
    with unit_of_work(o.factory) as s:
        spec = standards.get_version(s, o.version_id).spec
    assert spec.groups[0].criteria[1].min_value == Decimal(15)
    assert spec.groups[1].criteria[0].text == "Сырткы көрүнүшү"


def test_a_choice_criterion_with_its_acceptable_answers_and_the_live_preview(
    qtbot: Any, o: Office
) -> None:
    with opened(qtbot, o, "standards", o.admin) as page:
        editor, pane = page.editor, page.editor.criterion_pane
        editor.select(2, 1)  # 3.2, after which the new criterion goes
        qtbot.mouseClick(editor.buttons["addCriterion"], Qt.MouseButton.LeftButton)
        assert editor.current() == (2, 2) and pane.code.text() == "3.4"
        type_text(pane.text, "Түсү")
        pane.kind.setCurrentIndex(pane.kind.findData(CriterionKind.CHOICE))
        assert pane.messages.text("criterion.choices") == (
            "Criterion 3.4: give at least two answers and mark the acceptable ones."
        )
        for text, acceptable in (("Ачык", True), ("Күңүрт", False)):
            qtbot.mouseClick(pane.add_choice, Qt.MouseButton.LeftButton)
            row = len(pane.choices.choices) - 1
            pane.choices.setData(pane.choices.index(row, 0), text)
            state = Qt.CheckState.Checked if acceptable else Qt.CheckState.Unchecked
            pane.choices.setData(
                pane.choices.index(row, 1), state.value, Qt.ItemDataRole.CheckStateRole
            )
        assert pane.messages.text("criterion.choices") == ""
        assert page.save_button.isEnabled()

        editor.tabs.setCurrentIndex(1)  # the preview, scored live
        form = editor.preview
        assert set(form.rows) >= {"1.2", "3.4"}
        choice = form.rows["3.4"].editor
        assert isinstance(choice, QComboBox)
        assert [choice.itemText(i) for i in range(choice.count())] == ["—", "Ачык", "Күңүрт"]
        moisture = form.rows["1.2"].number
        assert isinstance(moisture, QLineEdit)
        qtbot.keyClicks(moisture, "21.4")
        result = editor.preview_result
        assert result.verdict.text().startswith("Does not pass")
        assert (
            "Critical criterion not met: 1.2 Нымдуулугу: 21.4 % is above the maximum 20 % by 1.4 %."
            in result.reasons.text()
        )
        choice.setCurrentIndex(2)
        assert "3.4 Түсү: “Күңүрт” is not an acceptable answer." in result.reasons.text()
        assert "✗" in form.rows["3.4"].mark.text()

        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
    with unit_of_work(o.factory) as s:
        saved = standards.get_version(s, o.version_id).spec.groups[2].criteria[2]
    assert (saved.code, saved.kind) == ("3.4", CriterionKind.CHOICE)
    assert [(c.text, c.acceptable) for c in saved.choices] == [("Ачык", True), ("Күңүрт", False)]


def test_a_new_standard_shows_a_bad_code_beside_the_field(qtbot: Any, o: Office) -> None:
    with opened(qtbot, o, "standards", o.admin) as page:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        dialog = shown(page, NewStandardDialog)
        assert dialog is not None and dialog.copy.isChecked()
        type_text(dialog.code, "мёд")
        type_text(dialog.title, "Бал, 2-басылыш")
        dialog.submit()
        settle(qtbot, page)
        assert "Standard code “МЁД”" in dialog.messages.text("code")
        dialog.code.clear()
        qtbot.keyClicks(dialog.code, "BABP-HONEY-2")
        dialog.submit()
        settle(qtbot, page)
        assert none_open(page, NewStandardDialog)
        assert page.heading.text().startswith("BABP-HONEY-2, version 1")
        assert len(page.editor.model.draft.groups) == 3  # copied from the version shown
