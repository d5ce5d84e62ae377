"""The inspections page as an inspector uses it: find and start an inspection, answer the form
with the result and its reasons updating live, photos, non-conformities, draft and submit."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit
from sqlalchemy import Engine

from certification import inspections
from certification.scoring import AnswerValue
from models.db import unit_of_work
from models.enums import InspectionStatus
from tests.documents.pdfcheck import text as pdf_text
from tests.factories import Office, add_producer, make_office, submitted_inspection
from tests.ui.desk import message_box, none_open, opened, press, settle, shown, type_text
from ui.inspections.dialogs import NonConformityDialog, PhotoDialog, StartDialog
from ui.inspections.form import CriterionRow, InspectionForm
from ui.inspections.models import (
    InspectionsTableModel,
    NonConformitiesTableModel,
    ProductsTableModel,
)
from ui.inspections.page import Page


@pytest.fixture
def o(sqlite_engine: Engine) -> Office:
    return make_office(sqlite_engine)


def draft(o: Office, product: int) -> int:
    with unit_of_work(o.factory) as s:
        return inspections.start_inspection(
            s, o.inspector, product, o.version_id, date(2026, 11, 20), place="Эмгекчил"
        ).id


def choose(row: CriterionRow, option: int) -> None:
    """Click the n-th toggle of a yes/no (0 yes, 1 no) or scale criterion."""
    row.editor.buttons()[option].click()  # type: ignore[attr-defined]


def answer_well(form: InspectionForm) -> None:
    """Every criterion of the honey standard answered as a good inspection would."""
    for code in ("1.1", "1.3", "3.2"):
        choose(form.rows[code], 0)
    type_text(form.rows["1.2"].number, "17,5")
    for code in ("2.1", "2.2", "2.3"):
        choose(form.rows[code], 4)
    choice = form.rows["3.1"].editor
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(1)


def test_item_models_pass_the_model_tester(qtmodeltester: Any, o: Office) -> None:
    _producer, product = add_producer(o)
    submitted_inspection(o, product)
    started = draft(o, product)
    with unit_of_work(o.factory) as s:
        listed = inspections.list_inspections(s)
        one = inspections.add_non_conformity(
            s, o.inspector, started, "Этикетка жок", "Этикетка басуу", None, "3.2"
        )
        found = inspections.products_to_inspect(s)
    for model, rows in (
        (InspectionsTableModel(), listed),
        (NonConformitiesTableModel(), list(one.non_conformities)),
        (ProductsTableModel(), found),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_the_list_filters_by_state_and_by_any_part_of_a_name(qtbot: Any, o: Office) -> None:
    _p, first = add_producer(o, "«Ак-Суу бал» өндүрүш тобу")
    _q, second = add_producer(o, "Токтогулов Нурлан", product="Эспарцет балы")
    submitted_inspection(o, first)
    draft(o, second)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        assert isinstance(page, Page)
        assert page.proxy.rowCount() == 2
        page.status.setCurrentIndex(page.status.findData(InspectionStatus.DRAFT.value))
        assert page.proxy.rowCount() == 1
        assert page.proxy.index(0, 1).data() == "Эспарцет балы"
        page.status.setCurrentIndex(0)
        type_text(page.search, "ак-СУУ")
        assert page.proxy.rowCount() == 1
        assert page.proxy.index(0, 2).data() == "«Ак-Суу бал» өндүрүш тобу"
        assert page.count.text() == "1 of 2 inspections"


def test_start_answer_and_see_the_result_with_its_reasons(qtbot: Any, o: Office) -> None:
    add_producer(o, "Токтогулов Нурлан", product="Эспарцет балы")
    add_producer(o, "«Ак-Суу бал» өндүрүш тобу", product="Тоо балы")
    with opened(qtbot, o, "inspections", o.inspector) as page:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        dialog = shown(page, StartDialog)
        assert dialog is not None
        settle(qtbot, page)
        assert dialog.products.rowCount() == 2
        type_text(dialog.search, "ТОО")
        qtbot.waitUntil(lambda: dialog.products.rowCount() == 1)
        settle(qtbot, page)
        assert dialog.chosen() is not None and dialog.chosen().product == "Тоо балы"
        assert dialog.version.currentText().startswith("BABP-HONEY, version 1")
        assert not dialog.certificate.isEnabled()  # an initial inspection needs none
        type_text(dialog.sample_lot, "Б-12")
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        view = page.view
        assert page.stack.currentWidget() is view and view.is_draft
        assert view.heading.text() == "Тоо балы — «Ак-Суу бал» өндүрүш тобу"
        assert view.sample_lot.text() == "Б-12"

        form, result = view.form, view.result
        answer_well(form)
        assert result.verdict.text() == "Passes"
        assert result.score.text() == "90.00 of 100" and result.stars.text() == "★★★☆☆"
        number = form.rows["1.2"].number
        number.clear()
        type_text(number, "21,4")
        assert result.verdict.text() == "Does not pass"
        assert result.stars.isHidden()
        assert (
            "Critical criterion not met: 1.2 Нымдуулугу: 21.4 % is above the maximum 20 % "
            "by 1.4 %." in result.reasons.text()
        )
        assert "✗" in form.rows["1.2"].mark.text()
        assert "by 1.4 %" in form.rows["1.2"].reason.text()
        assert view.state.text() == "Unsaved changes"
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        assert view.state.text() == "Saved"
        inspection_id = view.inspection.id
    with unit_of_work(o.factory) as s:
        saved = inspections.get_inspection(s, inspection_id)
    assert saved.sample_lot == "Б-12" and saved.answers["1.2"].number == Decimal("21.4")
    assert not saved.result.passed


def test_submitting_an_incomplete_form_frames_the_open_criteria(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        view = page.view
        choose(view.form.rows["1.1"], 0)
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
        framed = [code for code, row in view.form.rows.items() if row.highlighted]
        assert framed == ["1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2"]
        assert view.message.text() == (
            "Answer every criterion before submitting; still open: "
            "1.2, 1.3, 2.1, 2.2, 2.3, 3.1, 3.2."
        )
        answer_well(view.form)
        assert not any(row.highlighted for row in view.form.rows.values())
        qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
        press(message_box(view, "confirmSubmit"))
        settle(qtbot, page)
        assert not view.is_draft and view.submit_button.isHidden()
        assert view.state.text() == "Submitted: answers can no longer change."
        assert not view.form.rows["1.1"].editor.isEnabled()
    with unit_of_work(o.factory) as s:
        done = inspections.get_inspection(s, inspection_id)
    assert done.status == InspectionStatus.SUBMITTED and done.result.passed


def test_photos_from_a_file_a_drop_and_the_clipboard(qtbot: Any, o: Office, tmp_path: Path) -> None:
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    photo = tmp_path / "бал.jpg"
    Image.new("RGB", (640, 480), (200, 150, 40)).save(photo)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        row = page.view.form.rows["1.2"]
        assert row.photo_button.isVisible()
        row.intake.take([str(photo)])  # what the file dialog hands over
        settle(qtbot, page)
        assert row.photo_count == 1 and row.thumbnails.isVisible()

        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo))])
        how = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.NoModifier)
        assert QApplication.sendEvent(row, QDragEnterEvent(QPoint(10, 10), *how))
        assert QApplication.sendEvent(row, QDropEvent(QPointF(10, 10), *how))
        settle(qtbot, page)
        assert row.photo_count == 2

        image = QImage(320, 240, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.darkGreen)
        QGuiApplication.clipboard().setImage(image)
        row.setFocus()
        qtbot.keyClick(row, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, page)
        assert row.photo_count == 3
        assert page.view.form.rows["1.1"].photo_count == 0
    with unit_of_work(o.factory) as s:
        stored = inspections.photo_thumbnails(s, inspection_id)
    assert [(code, caption) for _id, code, caption, _t in stored] == [
        ("1.2", "бал.jpg"),
        ("1.2", "бал.jpg"),
        ("1.2", ""),
    ]


def test_a_non_conformity_with_its_corrective_action(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        view = page.view
        choose(view.form.rows["3.2"], 1)  # the label lacks the producer: "no"
        qtbot.mouseClick(view.add_nc, Qt.MouseButton.LeftButton)
        dialog = shown(view, NonConformityDialog)
        assert dialog is not None and dialog.criterion.currentData() == "3.2"
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert dialog.messages.text("description") == "Description: this must be filled in."
        type_text(dialog.description, "Этикеткада өндүрүүчү жок")
        type_text(dialog.action, "Этикетканы кайра басып чыгаруу")
        dialog.has_due.setChecked(True)
        dialog.due_on.set_date(date(2026, 12, 15))
        dialog.buttons.accepted.emit()
        settle(qtbot, page)
        assert none_open(view, NonConformityDialog)
        model = view.non_conformities
        assert [model.index(0, c).data() for c in range(5)] == [
            "3.2",
            "Этикеткада өндүрүүчү жок",
            "Этикетканы кайра басып чыгаруу",
            "15.12.2026",
            "open",
        ]
        assert view.tabs.tabText(1) == "Non-conformities (1)"
        assert not view.close_nc.isEnabled()
        view.nc_view.selectRow(0)
        view.close_nc.click()  # the producer reprinted the labels
        settle(qtbot, page)
        assert model.index(0, 4).data() == "closed" and not view.close_nc.isEnabled()


def test_the_report_of_a_draft_is_printed_with_the_answers_just_typed(
    qtbot: Any, o: Office, tmp_path: Path
) -> None:
    _p, product = add_producer(o, product="Эспарцет балы")
    inspection_id = draft(o, product)
    target = tmp_path / "акт.pdf"
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        view = page.view
        type_text(view.sample_lot, "Б-77")  # not saved yet
        qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        chooser = shown(view, QFileDialog)
        assert chooser.objectName() == "reportFileDialog"
        assert chooser.selectedFiles()[0].endswith("Эспарцет балы 2026-11-20.pdf")
        name = chooser.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(target))  # the user types where the report goes
        chooser.accept()
        settle(qtbot, page)
        told = message_box(view, "reportWritten")
        assert told.text() == f"The report was written to {target}."
        assert view.state.text() == "Saved" and view.report_button.isEnabled()
    written = pdf_text(target.read_bytes())
    assert "Эспарцет балы" in written and "Б-77" in written


def test_a_report_that_cannot_be_written_says_why_and_writes_nothing(
    qtbot: Any, o: Office, tmp_path: Path
) -> None:
    _p, product = add_producer(o)
    inspection_id = submitted_inspection(o, product)
    missing = tmp_path / "жок" / "акт.pdf"
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        page.view.write_report(str(missing))
        settle(qtbot, page)
        assert message_box(page.view, "errorBox").text().startswith("The folder")
        assert page.view.report_button.isEnabled()
    assert not missing.parent.exists()


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 150, 40)).save(out, "JPEG")
    return out.getvalue()


def test_a_photo_is_seen_whole_and_removed_from_a_draft(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    with unit_of_work(o.factory) as s:
        wide = inspections.add_photo(
            s, o.inspector, inspection_id, jpeg(4000, 2000), "уя.jpg", "1.2"
        )
        small = inspections.add_photo(s, o.inspector, inspection_id, jpeg(300, 200), "", "1.2")
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        row = page.view.form.rows["1.2"]
        assert [t.photo_id for t in row.shown_photos] == [wide, small]
        assert row.photo_button.text() == "Photos (2)"

        qtbot.mouseClick(row.shown_photos[0], Qt.MouseButton.LeftButton)
        viewer = shown(page.view, PhotoDialog)
        settle(qtbot, page)
        assert viewer.windowTitle() == "Photo for criterion 1.2"
        assert viewer.about.text() == "уя.jpg · 4000 × 2000 pixels"
        picture = viewer.image.pixmap()
        room = viewer.screen().availableGeometry()
        assert 0 < picture.width() <= room.width() and picture.height() <= room.height()
        assert picture.width() == 2 * picture.height()  # scaled to the screen, not distorted
        assert viewer.width() <= room.width() and viewer.height() <= room.height()
        viewer.reject()

        assert row.shown_photos[1].remove.isVisible()
        qtbot.mouseClick(row.shown_photos[1].remove, Qt.MouseButton.LeftButton)
        press(message_box(page.view, "confirmRemovePhoto"))
        settle(qtbot, page)
        assert [t.photo_id for t in row.shown_photos] == [wide]
        assert row.photo_button.text() == "Photos (1)"
    with unit_of_work(o.factory) as s:
        assert [p[0] for p in inspections.photo_thumbnails(s, inspection_id)] == [wide]


def test_a_submitted_inspection_shows_its_photos_but_keeps_them(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    with unit_of_work(o.factory) as s:
        photo = inspections.add_photo(s, o.inspector, inspection_id, jpeg(300, 200), "", "1.1")
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        view = page.view
        answer_well(view.form)
        view.save(then=view._submit)
        settle(qtbot, page)
        assert not view.is_draft
        thumbnail = view.form.rows["1.1"].shown_photos[0]
        assert thumbnail.photo_id == photo and thumbnail.remove.isHidden()
        qtbot.mouseClick(thumbnail, Qt.MouseButton.LeftButton)
        viewer = shown(view, PhotoDialog)
        settle(qtbot, page)
        assert viewer.about.text() == "300 × 200 pixels"
        assert viewer.image.pixmap().size().toTuple() == (300, 200)  # never blown up


def test_a_yes_no_or_scale_answer_is_cleared_again_in_a_draft(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    inspection_id = draft(o, product)
    with unit_of_work(o.factory) as s:
        inspections.record_answers(
            s,
            o.inspector,
            inspection_id,
            {"1.1": AnswerValue(yes=True), "2.1": AnswerValue(number=Decimal(4))},
        )
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        view = page.view
        yes_no, scale, open_one = (view.form.rows[c].editor for c in ("1.1", "2.1", "1.3"))
        assert yes_no.clear.isVisible() and scale.clear.isVisible()
        assert not open_one.clear.isVisible()  # nothing to take back
        assert "Not answered yet: 1.2, 1.3, 2.2, 2.3," in view.result.reasons.text()
        qtbot.mouseClick(yes_no.clear, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(scale.clear, Qt.MouseButton.LeftButton)
        assert yes_no.chosen() is None and not yes_no.clear.isVisible()
        assert scale.chosen() is None
        assert view.state.text() == "Unsaved changes"
        assert "Not answered yet: 1.1, 1.2, 1.3, 2.1, 2.2, 2.3," in view.result.reasons.text()
        assert view.form.rows["1.1"].mark.text() == ""  # no longer ✓
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
        assert view.state.text() == "Saved"
    with unit_of_work(o.factory) as s:
        saved = inspections.get_inspection(s, inspection_id)
    assert saved.answers["1.1"].yes is None and saved.answers["2.1"].number is None
    assert {"1.1", "2.1"} <= set(saved.result.unanswered)


def test_a_submitted_inspection_offers_no_clearing(qtbot: Any, o: Office) -> None:
    _p, product = add_producer(o)
    inspection_id = submitted_inspection(o, product)
    with opened(qtbot, o, "inspections", o.inspector) as page:
        page.open_inspection(inspection_id)
        settle(qtbot, page)
        row = page.view.form.rows["1.1"]
        assert row.editor.chosen() is not None and not row.editor.clear.isVisible()
