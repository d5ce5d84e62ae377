"""The sheet's picture shows what is chosen now: used positions grey, the job's own highlighted,
the rest white — redrawn whenever the choice changes, however it is kept between paints."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from certification.documents.templates import find_template
from ui.labels.sheet import PAPER, USED, WILL_PRINT, SheetPicker

GREY, HIGHLIGHTED, WHITE = USED.name(), WILL_PRINT.name(), PAPER.name()


def colour_at(picker: SheetPicker, image: QImage, position: int) -> str:
    """A label's fill, read beside its number (which is drawn in its middle)."""
    rect = picker.label_rect(position)
    ratio = image.devicePixelRatio()
    x, y = rect.left() + rect.width() * 0.15, rect.center().y()
    return image.pixelColor(round(x * ratio), round(y * ratio)).name()


def test_the_picture_follows_the_first_free_position_and_the_count(qtbot: QtBot) -> None:
    picker = SheetPicker()
    qtbot.addWidget(picker)
    picker.resize(200, 280)
    picker.set_template(find_template("a4-3x8"))
    picker.set_count(3)
    picker.show()
    picker.set_start(5)
    image = picker.grab().toImage()
    assert [colour_at(picker, image, n) for n in (1, 4)] == [GREY, GREY]
    assert [colour_at(picker, image, n) for n in (6, 7)] == [HIGHLIGHTED, HIGHLIGHTED]
    assert colour_at(picker, image, 8) == WHITE

    picker.set_start(2)
    picker.set_count(1)
    image = picker.grab().toImage()
    assert colour_at(picker, image, 1) == GREY
    assert [colour_at(picker, image, n) for n in (3, 4, 6)] == [WHITE, WHITE, WHITE]
