"""A card of the dashboard: a section's title, a bar chart of its rows and the same numbers in a
table beside it (totals in bold, not charted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget
from typing_extensions import override

from certification.documents.figures import FigureTable
from ui.formats import format_number
from ui.widgets.palette import ACCENT, BAD, MUTED, WARNING, text_style
from ui.widgets.tables import table_view

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# The colour of each charted column, by its place: the count, then what is worse.
SERIES = {1: ACCENT, 2: BAD, 3: WARNING, 4: "#6a4c93"}
ROW_PX = 24  # a chart's height per row


class FigureTableModel(QAbstractTableModel):
    """The rows of one section: a name and its numbers, grouped the language's way."""

    def __init__(self) -> None:
        super().__init__()
        self.table = FigureTable("", ("",), ())

    def set_table(self, table: FigureTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    @override
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.rows)

    @override
    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.table.heading)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and index.row() >= len(self.table.parts):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.heading[section]
        return None


class FigureCard(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(text_style(MUTED))
        self.chart = QChart()
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName("chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.model = FigureTableModel()
        self.numbers: QTableView = table_view(self.model, self, stretch=0)
        self.numbers.setObjectName("numbers")
        self.numbers.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty")
        self.empty.setStyleSheet(text_style(MUTED))
        body = QHBoxLayout()
        body.addWidget(self.view, 11)
        body.addWidget(self.numbers, 9)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addLayout(body)

    def show_table(self, table: FigureTable, nothing: str) -> None:
        self.title.setText(table.title)
        self.note.setText(table.note)
        self.note.setVisible(bool(table.note))
        self.model.set_table(table)
        self.empty.setText(nothing)
        has_parts = bool(table.parts)
        self.empty.setVisible(not has_parts)
        self.view.setVisible(has_parts)
        self._chart(table)
        rows = max(1, len(table.rows))
        height = self.numbers.horizontalHeader().sizeHint().height()
        height += rows * self.numbers.verticalHeader().defaultSectionSize() + 4
        self.numbers.setFixedHeight(height)
        self.view.setFixedHeight(max(height, 60 + ROW_PX * len(table.parts)))

    def _chart(self, table: FigureTable) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        parts = list(reversed(table.parts))  # a horizontal chart draws its first row lowest
        if not parts:
            return
        series = QHorizontalBarSeries()
        for column in range(1, len(table.heading)):
            bars = QBarSet(table.heading[column])
            bars.setColor(QColor(SERIES.get(column, ACCENT)))
            for row in parts:
                bars.append(float(row[column]))
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([str(row[0]) for row in parts])
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        largest = max((int(v) for row in parts for v in row[1:]), default=0)
        counts = QValueAxis()
        counts.setRange(0, max(4, largest))
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(counts)
        self.chart.legend().setVisible(len(table.heading) > 2)
