"""The register: find producers and production groups as you type, see and change one, its
products and their photos, and the participation figures reported upwards."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelection, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from certification.producers import REGISTER_ROLES, ProducerInfo
from ui import i18n, page
from ui.formats import format_number
from ui.operations import ReadOp
from ui.operations.register import Found, Lookups, find, lookups
from ui.register.producer_form import ProducerEditor
from ui.register.products import ProductsPanel
from ui.register.table import ProducerTableModel
from ui.tasks import Tasks
from ui.widgets.edits import fill_choices
from ui.widgets.permits import permit
from ui.widgets.tables import fit_columns
from ui.workspace import Workspace

SEARCH_PAUSE_MS = 200  # wait this long after the last key before searching


class Page(page.Page):
    page_id = "register"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.lookups: Lookups | None = None
        self._search_serial = 0
        self._search_started = 0.0
        self.search_ms = 0.0  # how long the last search took, typing to table (for benchmarks)
        self._select_after: int | None = None
        self._whole: dict[str, int] | None = None
        self._first_load = True

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.region_filter = QComboBox(self)
        self.region_filter.setObjectName("regionFilter")
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newProducer")
        self.model = ProducerTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("producerTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # The names take what is left; the columns are measured when the rows change, not at
        # each width change.
        fit_columns(self.table, stretch=0)
        self.totals = QLabel(self)
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)

        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("detailTitle")
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.detail_title.setFont(font)
        self.editor = ProducerEditor(workspace, tasks)
        self.products = ProductsPanel(workspace, tasks)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.products, "")

        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_PAUSE_MS)
        self._lay_out()
        self._connect_signals()
        self.retranslate()
        ReadOp(self, lookups).success(self._lookups_loaded).run()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.region_filter, 2)
        filters.addWidget(self.category_filter, 2)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 4, 8)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.totals)
        right = QWidget(self)
        detail = QVBoxLayout(right)
        detail.setContentsMargins(4, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(self.detail_title, 1)
        top.addWidget(self.new_button)
        detail.addLayout(top)
        detail.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._typed)
        self.find_shortcut.activated.connect(self.search.setFocus)
        self.debounce.timeout.connect(self.search_now)
        self.region_filter.currentIndexChanged.connect(self.search_now)
        self.category_filter.currentIndexChanged.connect(self.search_now)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_producer)
        self.editor.saved.connect(self._saved)

    # Searching --------------------------------------------------------------------------------

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._search_started = time.perf_counter()
        self.debounce.start()

    @Slot()
    def search_now(self) -> None:
        """Search in the background; a slower, older search that ends late is ignored."""
        if self.lookups is None:
            return
        self.debounce.stop()
        self._search_serial += 1
        serial = self._search_serial
        text = self.search.text()
        region = self.region_filter.currentData() or None
        category = self.category_filter.currentData()
        (
            ReadOp(self, lambda db: find(db, text, region, category))
            .success(lambda found: self._found(serial, found))
            .run()
        )

    def _found(self, serial: int, found: Found) -> None:
        if serial != self._search_serial:
            return
        chosen = self._select_after if self._select_after is not None else self.current_id()
        self._select_after = None
        self.model.set_rows(found.producers)
        if self._search_started:
            self.search_ms = (time.perf_counter() - self._search_started) * 1000 - SEARCH_PAUSE_MS
            self._search_started = 0.0
        self._whole = found.totals
        self._show_totals()
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and self._first_load and self.model.rowCount():
            row = 0  # show someone rather than an empty form
        self._first_load = False
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif self.editor.producer_id is not None:
            self.table.clearSelection()

    def _show_totals(self) -> None:
        figures = self._whole or self.model.totals()
        text = self.tr(
            "{producers}, of them %Ln group(s) · members: {members}, women: {women}, "
            "youth: {youth}",
            "",
            figures["groups"],
        )
        shown = {k: format_number(v) for k, v in figures.items() if k != "groups"}
        shown["producers"] = self.tr("%Ln producer(s)", "", figures["producers"])
        self.totals.setText(text.format(**shown))

    # Choosing and saving ----------------------------------------------------------------------

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).id if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _chosen(self, *_args: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        producer = self.model.record(rows[0].row())
        self.editor.load(producer)
        self.products.load(producer.id)
        self.detail_title.setText(producer.name)
        self.tabs.setTabEnabled(1, True)

    @Slot()
    def new_producer(self) -> None:
        self.table.clearSelection()
        self.editor.new()
        self.products.load(None)
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabEnabled(1, False)
        self.detail_title.setText(self.tr("New producer"))

    @Slot(object)
    def _saved(self, producer: ProducerInfo) -> None:
        self._select_after = producer.id
        self.detail_title.setText(producer.name)
        self.tabs.setTabEnabled(1, True)
        self.search_now()

    # Lookups and language ---------------------------------------------------------------------

    @Slot(object)
    def _lookups_loaded(self, found: Lookups) -> None:
        self.lookups = found
        self.model.set_regions(found.regions)
        self.editor.set_regions(found.regions)
        self.products.set_categories(found.categories)
        self._fill_filters()
        self.search_now()

    def _fill_filters(self) -> None:
        lang = i18n.current_language()
        regions = self.lookups.regions if self.lookups else []
        categories = self.lookups.categories if self.lookups else []
        fill_choices(
            self.region_filter,
            [(r.name(lang), r.code) for r in regions],
            everything=self.tr("All regions"),
        )
        fill_choices(
            self.category_filter,
            [(c.name(lang), c.id) for c in categories],
            everything=self.tr("All categories"),
        )

    def activated(self) -> None:
        self.search_now()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: name, village or product"))
        self.new_button.setText(self.tr("New producer…"))
        permit(self.new_button, self.workspace.user, REGISTER_ROLES)
        self.tabs.setTabText(0, self.tr("Producer"))
        self.tabs.setTabText(1, self.tr("Products and photos"))
        if self.editor.producer_id is None:
            self.detail_title.setText(self.tr("New producer"))
        self.model.retranslate()
        self.editor.retranslate()
        self.products.retranslate()
        self._fill_filters()
        self._show_totals()
