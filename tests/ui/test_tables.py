"""Tables as a person reads them: every column whole while the window has room, long names cut
in the middle when it has not, and the whole text in the tool tip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from certification.producers import ProducerForm, register_producer
from models.db import unit_of_work
from models.enums import ProducerKind
from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.register.page import Page
from ui.tasks import Tasks
from ui.widgets.tables import Column, RowsTableModel, sorted_table
from ui.workspace import Workspace

REGION = "Жалал-Абад облусу"
LONG_NAME = "«Жалал-Абаддын Арстанбап жаңгак токоюнун жемиштери» айыл чарба кооперативи"


@dataclass(frozen=True)
class Visit:
    inspector: str
    region: str
    product: str


class VisitsTableModel(RowsTableModel[Visit]):
    context = "inspections"
    columns = (
        Column("inspector", QT_TRANSLATE_NOOP("inspections", "Inspector"), lambda v: v.inspector),
        Column("region", QT_TRANSLATE_NOOP("inspections", "Region"), lambda v: v.region),
        Column("product", QT_TRANSLATE_NOOP("inspections", "Product"), lambda v: v.product),
    )


def _window(qtbot: QtBot, width: int) -> tuple[QWidget, VisitsTableModel, QTableView]:
    window = QWidget()
    qtbot.addWidget(window)
    model = VisitsTableModel()
    _proxy, view = sorted_table(model, window, "visits", stretch=2)
    QVBoxLayout(window).addWidget(view)
    model.set_rows(
        [
            Visit("Керимбекова Айнура (инспектор)", REGION, "Кара карагат кыямы"),
            Visit("Иманалиев Бакыт", "Ысык-Көл облусу", "Тоо балы"),
        ]
    )
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, model, view


def test_a_table_with_room_shows_every_text_whole(app: QApplication, qtbot: QtBot) -> None:
    _shown, model, view = _window(qtbot, 1366)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for row in model.rows:
        for column in ("inspector", "region", "product"):
            text = model.cell(row, column)
            assert header.sectionSize(model.column(column)) >= metrics.horizontalAdvance(text)
    assert sum(header.sectionSize(c) for c in range(3)) <= view.viewport().width()


def test_a_narrow_table_elides_the_middle_and_the_tool_tip_holds_it_whole(
    app: QApplication, qtbot: QtBot
) -> None:
    window, model, view = _window(qtbot, 1366)
    window.resize(330, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 330)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    inspector = model.column("inspector")
    assert header.sectionSize(inspector) < metrics.horizontalAdvance(model.rows[0].inspector)
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert sum(header.sectionSize(c) for c in range(3)) <= view.viewport().width()
    index = view.model().index(0, inspector)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    window.resize(1366, 768)
    qtbot.waitUntil(
        lambda: header.sectionSize(inspector) >= metrics.horizontalAdvance(model.rows[0].inspector)
    )


def test_the_register_shows_a_long_region_whole_in_kyrgyz(
    app: QApplication, qtbot: QtBot, workspace: Workspace, tasks: Tasks
) -> None:
    with unit_of_work(workspace.factory) as session:
        form = ProducerForm(ProducerKind.GROUP, LONG_NAME, "KG-J", village="Арстанбап", members=9)
        register_producer(session, workspace.user, form)
    i18n.install("ky")
    page = Page(workspace, tasks)
    qtbot.addWidget(page)
    page.resize(1190, 700)  # what the main window leaves a page at 1366×768
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    qtbot.waitUntil(lambda: tasks.idle)
    region = page.model.columns.index("region")
    row = next(n for n, p in enumerate(page.model.rows) if p.name == LONG_NAME)
    index = page.model.index(row, region)
    assert index.data() == REGION
    header = page.table.horizontalHeader()
    assert header.sectionSize(region) >= page.table.fontMetrics().horizontalAdvance(REGION)
    name = page.model.index(row, 0)
    assert name.data(Qt.ItemDataRole.ToolTipRole) == LONG_NAME
    assert index.data(Qt.ItemDataRole.ToolTipRole) == REGION


@dataclass(frozen=True)
class Held:
    producer: str
    until: str


class HeldTableModel(RowsTableModel[Held]):
    context = "certificates"
    columns = (
        Column("producer", QT_TRANSLATE_NOOP("certificates", "Producer"), lambda h: h.producer),
        Column("until", QT_TRANSLATE_NOOP("certificates", "Valid until"), lambda h: h.until),
    )


class KeptRegionTableModel(VisitsTableModel):
    columns = (
        VisitsTableModel.columns[0],
        Column(
            "region", QT_TRANSLATE_NOOP("inspections", "Region"), lambda v: v.region, whole=True
        ),
        VisitsTableModel.columns[2],
    )


def test_a_column_marked_whole_is_not_cut_in_a_narrow_table(
    app: QApplication, qtbot: QtBot
) -> None:
    """As a certificate's state («убактылуу токтотулган») reads whole where other text gives way."""
    region_whole = []
    for model in (VisitsTableModel(), KeptRegionTableModel()):  # the same region, then marked
        window = QWidget()
        qtbot.addWidget(window)
        _proxy, view = sorted_table(model, window, "visits", stretch=2)
        QVBoxLayout(window).addWidget(view)
        model.set_rows([Visit("Керимбекова Айнура (инспектор)", REGION, "Кара карагат кыямы")])
        window.resize(330, 400)
        window.show()
        qtbot.waitExposed(window)
        header = view.horizontalHeader()
        qtbot.waitUntil(lambda h=header, v=view: sum(h.sectionSize(c) for c in range(3)) > 0)
        region_whole.append(header.sectionSize(1) >= view.fontMetrics().horizontalAdvance(REGION))
    assert region_whole == [False, True]


def test_a_short_value_stays_whole_under_a_long_heading_that_is_cut(
    app: QApplication, qtbot: QtBot
) -> None:
    """«Күчүндө болуу мөөнөтү» over «28.10.2029»: in a narrow table the date is read whole and
    the heading gives way, cut at its end, whole in its tool tip."""
    i18n.install("ky")
    window = QWidget()
    qtbot.addWidget(window)
    model = HeldTableModel()
    _proxy, view = sorted_table(model, window, "held", stretch=0)
    QVBoxLayout(window).addWidget(view)
    model.set_rows([Held(LONG_NAME, "28.10.2029"), Held("Иманалиев Бакыт", "09.08.2029")])
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    until = model.column("until")
    heading = model.headerData(until, Qt.Orientation.Horizontal)
    assert heading != "Valid until"  # the Kyrgyz heading
    qtbot.waitUntil(lambda: sum(header.sectionSize(c) for c in range(2)) <= view.viewport().width())
    assert header.sectionSize(until) >= metrics.horizontalAdvance("28.10.2029")
    assert header.sectionSize(until) < header.sectionSizeHint(until)  # the heading is cut
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert (
        model.headerData(until, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == heading
    )
    i18n.install("en")


def test_a_long_text_far_down_a_long_result_leaves_the_column_as_the_rows_on_screen_need(
    app: QApplication, qtbot: QtBot
) -> None:
    """Widths come from the rows around the screen (a 500-row search filled twice as fast): a
    long name at the end of the result is cut, whole in its tool tip, instead of widening its
    column."""
    window = QWidget()
    qtbot.addWidget(window)
    model = VisitsTableModel()
    _proxy, view = sorted_table(model, window, "visits", stretch=2)
    QVBoxLayout(window).addWidget(view)
    far_down = f"Ясаулов {LONG_NAME}"  # sorted by name, the last of the 500
    rows = [Visit(f"Иманалиев Бакыт {n:03d}", REGION, "Тоо балы") for n in range(500)]
    rows[100] = Visit(far_down, REGION, "Тоо балы")
    model.set_rows(rows)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    inspector = model.column("inspector")
    width = view.horizontalHeader().sectionSize(inspector)
    metrics = view.fontMetrics()
    assert width >= metrics.horizontalAdvance("Иманалиев Бакыт 000")
    assert width < metrics.horizontalAdvance(far_down)
    assert model.index(100, inspector).data(Qt.ItemDataRole.ToolTipRole) == far_down
