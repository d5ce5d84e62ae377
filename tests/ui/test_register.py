"""The register page as a secretary uses it: search, filters, the form, products, photos."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import Producer, ProductPhoto
from models.db import read_unit
from tests.ui.desk import type_text
from ui import i18n
from ui.register.page import Page
from ui.register.products import ProductDialog
from ui.register.table import ProductTableModel
from ui.tasks import Tasks
from ui.workspace import Workspace


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace, tasks: Tasks) -> Page:
    shown = Page(workspace, tasks)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 5)
    qtbot.waitUntil(lambda: tasks.idle)
    return shown


def names(page: Page) -> list[str]:
    return [page.model.record(row).name for row in range(page.model.rowCount())]


def type_search(qtbot: QtBot, page: Page, text: str) -> None:
    page.search.clear()
    type_text(page.search, text)
    qtbot.waitUntil(lambda: not page.debounce.isActive() and page.tasks.idle)


def count(workspace: Workspace, model: type) -> int:
    with read_unit(workspace.factory) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_producer_table_model_passes_the_model_tester(qtmodeltester, page: Page) -> None:
    qtmodeltester.check(page.model)
    page.model.sort(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)


def test_product_table_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, page: Page
) -> None:
    page.table.selectRow(names(page).index("«Ак-Суу бал» өндүрүш тобу"))
    model: ProductTableModel = page.products.model
    qtbot.waitUntil(lambda: page.tasks.idle and model.rowCount() == 1)
    qtmodeltester.check(model)


def test_typing_lower_case_finds_the_group_whatever_the_case(qtbot: QtBot, page: Page) -> None:
    type_search(qtbot, page, "ак-суу")
    assert names(page) == ["«Ак-Суу бал» өндүрүш тобу"]
    type_search(qtbot, page, "YSYK-ATA")
    assert names(page) == ["Ysyk-Ata Honey"]
    type_search(qtbot, page, "тоо балы")  # a product's name finds its producer
    assert names(page) == ["«Ак-Суу бал» өндүрүш тобу"]


def test_only_the_last_search_fills_the_table(qtbot: QtBot, page: Page) -> None:
    """Typing fast runs one search after the pause, not one per key."""
    started = []
    page.tasks.busy.connect(lambda busy: started.append(busy) if busy else None)
    type_text(page.search, "өзгөн")
    qtbot.waitUntil(lambda: not page.debounce.isActive() and page.tasks.idle)
    assert names(page) == ["Өзгөн күрүчү"]
    assert len(started) == 1


def test_filters_by_region_and_category(qtbot: QtBot, page: Page) -> None:
    page.region_filter.setCurrentIndex(page.region_filter.findData("KG-N"))
    qtbot.waitUntil(lambda: page.tasks.idle and page.model.rowCount() == 2)
    assert set(names(page)) == {"«Ак-Суу бал» өндүрүш тобу", "Ңурдин бал"}
    page.region_filter.setCurrentIndex(0)
    page.category_filter.setCurrentIndex(page.category_filter.findText("Honey"))
    qtbot.waitUntil(lambda: page.tasks.idle and page.model.rowCount() == 1)
    assert names(page) == ["«Ак-Суу бал» өндүрүш тобу"]


def test_totals_show_participation(page: Page) -> None:
    # 10/6/2 + 9/4/2 + 5/3/1 + 6/6/0 + 1/0/0
    assert "5 producers, of them 4 groups" in page.totals.text()
    assert "members: 31, women: 19, youth: 5" in page.totals.text()


def test_names_sort_in_the_kyrgyz_alphabet(qtbot: QtBot, page: Page) -> None:
    """Ң after Н, Ө after О, both before Я; «quotes» do not count; Latin after Cyrillic."""
    i18n.install("ky")
    page.retranslate()
    assert names(page) == [
        "«Ак-Суу бал» өндүрүш тобу",
        "Ңурдин бал",
        "Өзгөн күрүчү",
        "Яблоки Таласа",
        "Ysyk-Ata Honey",
    ]


def test_a_bad_phone_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, page: Page, workspace: Workspace
) -> None:
    before = count(workspace, Producer)
    page.new_button.click()
    editor = page.editor
    type_text(editor.edits["name"], "Кара-Суу бакча тобу")
    type_text(editor.edits["phone"], "not a phone")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())
    assert "is not a phone number" in editor.messages.text("phone")
    assert editor.findChild(type(editor.state), "error_phone").isVisible()
    assert editor.messages.text("name") == ""
    assert count(workspace, Producer) == before


def test_more_women_than_members_is_refused_beside_women(qtbot: QtBot, page: Page) -> None:
    page.new_button.click()
    editor = page.editor
    type_text(editor.edits["name"], "Топ")
    editor.counts["members"].setValue(3)
    editor.counts["women"].setValue(4)
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())
    assert editor.messages.text("women") == "Women: cannot be more than the 3 members."
    assert editor.messages.text("members") == ""


def test_an_empty_name_is_refused_beside_the_name(qtbot: QtBot, page: Page) -> None:
    page.new_button.click()
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor.save_button.isEnabled())
    assert page.editor.messages.text("name") == "Name: this must be filled in."


def test_a_new_producer_is_saved_listed_and_chosen(
    qtbot: QtBot, page: Page, workspace: Workspace
) -> None:
    page.new_button.click()
    editor = page.editor
    type_text(editor.edits["name"], "«Кызыл-Суу» аялдар тобу")
    type_text(editor.edits["village"], "Кызыл-Суу")
    editor.region_code.setCurrentIndex(editor.region_code.findData("KG-Y"))
    editor.counts["members"].setValue(12)
    editor.counts["women"].setValue(12)
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.tasks.idle and page.model.rowCount() == 6)
    assert page.current_id() is not None
    chosen = page.model.record(page.table.selectionModel().selectedRows()[0].row())
    assert chosen.name == "«Кызыл-Суу» аялдар тобу"
    assert chosen.region_code == "KG-Y"
    assert page.detail_title.text() == chosen.name
    assert "members: 43, women: 31" in page.totals.text()


def test_changing_a_producer_keeps_it_chosen(qtbot: QtBot, page: Page) -> None:
    row = names(page).index("Өзгөн күрүчү")
    page.table.selectRow(row)
    assert page.editor.edits["village"].text() == "Өзгөн"
    page.editor.edits["village"].setText("Жазы")
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: page.tasks.idle and page.editor.state.text() == "Saved.")
    qtbot.waitUntil(lambda: page.tasks.idle)
    chosen = page.model.record(page.table.selectionModel().selectedRows()[0].row())
    assert (chosen.name, chosen.village) == ("Өзгөн күрүчү", "Жазы")


def choose(qtbot: QtBot, page: Page, name: str) -> None:
    page.table.selectRow(names(page).index(name))
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.tasks.idle)


def test_adding_a_product_through_its_dialog(qtbot: QtBot, page: Page) -> None:
    choose(qtbot, page, "Өзгөн күрүчү")
    panel = page.products
    assert panel.model.rowCount() == 0
    panel.add_button.click()
    dialog = panel.findChild(ProductDialog)
    assert dialog is not None
    dialog.save()  # no name yet
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.messages.text("name") == "Name: this must be filled in."
    type_text(dialog.name, "Өзгөн күрүчү, 5 кг")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    qtbot.waitUntil(lambda: page.tasks.idle and panel.model.rowCount() == 1)
    assert panel.current() is not None
    assert panel.current().name == "Өзгөн күрүчү, 5 кг"
    assert panel.current().category.code == "honey"


def photo(path: Path, colour: str = "orange") -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), colour).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def photo_count(page: Page) -> int:
    return page.products.photos.list.count()


def test_photos_from_a_file_a_drop_and_the_clipboard(
    qtbot: QtBot, page: Page, workspace: Workspace, tmp_path: Path
) -> None:
    choose(qtbot, page, "«Ак-Суу бал» өндүрүш тобу")
    strip = page.products.photos
    strip.add([str(photo(tmp_path / "hive.png"))])
    qtbot.waitUntil(lambda: page.tasks.idle and photo_count(page) == 1)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "jar.png", "gold")))])
    how = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(strip.list.viewport(), QDragEnterEvent(QPoint(10, 10), *how))
    assert QApplication.sendEvent(strip.list.viewport(), QDropEvent(QPointF(10, 10), *how))
    qtbot.waitUntil(lambda: page.tasks.idle and photo_count(page) == 2)

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QGuiApplication.clipboard().setImage(image)
    strip.paste_button.click()
    qtbot.waitUntil(lambda: page.tasks.idle and photo_count(page) == 3)
    assert count(workspace, ProductPhoto) == 3
    icon = strip.list.item(0).icon()
    assert not icon.isNull()
    assert len(page.products.model.record(0).photo_ids) == 3  # the products' table follows


def test_a_file_that_is_no_photo_is_refused_with_a_message(
    qtbot: QtBot, page: Page, workspace: Workspace, tmp_path: Path
) -> None:
    choose(qtbot, page, "«Ак-Суу бал» өндүрүш тобу")
    fake = tmp_path / "notes.png"
    fake.write_text("not an image")
    page.products.photos.add([str(fake)])
    strip = page.products.photos

    def box() -> QMessageBox | None:
        return strip.findChild(QMessageBox, "errorBox")

    qtbot.waitUntil(lambda: page.tasks.idle and box() is not None and box().isVisible())
    assert box().text() == "The file is not a readable photo."
    assert count(workspace, ProductPhoto) == 0
    box().close()


def test_removing_a_photo_asks_first(
    qtbot: QtBot, page: Page, workspace: Workspace, tmp_path: Path
) -> None:
    choose(qtbot, page, "«Ак-Суу бал» өндүрүш тобу")
    strip = page.products.photos
    strip.add([str(photo(tmp_path / "a.png"))])
    qtbot.waitUntil(lambda: page.tasks.idle and photo_count(page) == 1)
    strip.list.item(0).setSelected(True)
    assert strip.remove_button.isEnabled()
    strip.remove_button.click()
    box = strip.findChild(QMessageBox, "confirmRemove")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert count(workspace, ProductPhoto) == 1
    strip.list.item(0).setSelected(True)
    strip.remove_button.click()
    boxes = [b for b in strip.findChildren(QMessageBox, "confirmRemove") if b.isVisible()]
    boxes[-1].button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.tasks.idle and photo_count(page) == 0)
    assert count(workspace, ProductPhoto) == 0
