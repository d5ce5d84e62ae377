"""Inspections: the list with filters, starting an inspection, and the inspection form."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification import inspections
from certification.inspections import InspectionInfo, InspectionSummary
from models.enums import InspectionStatus
from ui import page
from ui.formats import format_number
from ui.inspections.dialogs import StartDialog
from ui.inspections.models import STATUS_ROLE, InspectionsTableModel
from ui.inspections.view import InspectionView
from ui.messages.values import name_of
from ui.operations import ReadOp
from ui.tasks import Tasks
from ui.widgets.permits import permit
from ui.widgets.tables import AnyIndex, CollatedSortModel, sorted_table
from ui.workspace import Workspace


class StatusFilter(CollatedSortModel):
    """Rows whose state matches the chosen one, and whose words contain the typed text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = ""

    @override
    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        source = self.sourceModel()
        if self.status and source.index(row, 0, parent).data(STATUS_ROLE) != self.status:
            return False
        return super().filterAcceptsRow(row, parent)


class Page(page.Page):
    page_id = "inspections"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.status.addItem("", "")
        for status in InspectionStatus:
            self.status.addItem("", status.value)
        self.status.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newInspection")
        self.new_button.clicked.connect(self.new_inspection)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open")
        self.open_button.clicked.connect(self._open_current)
        self.count = QLabel(self)
        self.model = InspectionsTableModel()
        self.proxy = StatusFilter(self)
        _proxy, self.table = sorted_table(
            self.model,
            self,
            "inspectionsTable",
            proxy=self.proxy,
            sort=(0, Qt.SortOrder.DescendingOrder),
        )
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.list_page = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)

        self.view = InspectionView(workspace, tasks, self)
        self.view.closed.connect(self.show_list)
        self.view.changed.connect(self.reload)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.status.setItemText(0, self.tr("All states"))
        for i in range(1, self.status.count()):
            self.status.setItemText(i, name_of(InspectionStatus(self.status.itemData(i))))
        self.search.setPlaceholderText(self.tr("Search: product, producer, inspector"))
        self.new_button.setText(self.tr("New inspection…"))
        permit(self.new_button, self.workspace.user, inspections.INSPECTING_ROLES)
        self.open_button.setText(self.tr("Open"))
        self.model.retranslate()
        self.proxy.relocalise()
        self.view.retranslate()
        self._show_count()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        ReadOp(self, inspections.list_inspections).success(self._loaded).run()

    def _loaded(self, rows: list[InspectionSummary]) -> None:
        self.model.set_rows(rows)
        self._show_count()

    def _filter(self) -> None:
        self.proxy.status = self.status.currentData() or ""
        self.proxy.setFilterRegularExpression(
            QRegularExpression(
                QRegularExpression.escape(self.search.text().strip()),
                QRegularExpression.PatternOption.CaseInsensitiveOption,
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of %Ln inspection(s)", "", self.model.rowCount()).format(
                shown=format_number(self.proxy.rowCount())
            )
        )

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.rows[self.proxy.mapToSource(index).row()]
            self.open_inspection(row.id)

    def open_inspection(self, inspection_id: int) -> None:
        self.view.open(inspection_id)
        self.stack.setCurrentWidget(self.view)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.reload()

    def new_inspection(self) -> None:
        dialog = StartDialog(self, self.workspace, self.tasks)
        dialog.started.connect(self._started)
        dialog.open()

    def _started(self, info: InspectionInfo) -> None:
        self.reload()
        self.open_inspection(info.id)
