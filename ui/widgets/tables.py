"""Tables of rows from a service: named columns, sorting the way the office reads names, and the
look every list here shares.

    class InspectionsTableModel(RowsTableModel[InspectionSummary]):
        context = "inspections"
        columns = (
            Column("date", QT_TRANSLATE_NOOP("inspections", "Date"),
                   lambda i: format_date(i.inspected_on), sort=lambda i: i.inspected_on),
            Column("product", QT_TRANSLATE_NOOP("inspections", "Product"),
                   lambda i: i.product_name),
        )

Pages and tests find a column by its name (`model.column("date")`), never by its number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from typing_extensions import override

from ui.formats import collator

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts by
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its name, its header (English, translated in the model's context), what a
    cell shows, and optionally what it sorts by, its colour, whether numbers align right, and
    whether it is never cut (a state: «убактылуу токтотулган» is wider than any date)."""

    name: str
    header: str
    text: Callable[[R], Any]
    sort: Callable[[R], Any] | None = None
    colour: Callable[[R], QColor | None] | None = None
    numeric: bool = False
    whole: bool = False


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of frozen rows. Subclasses declare `context` and `columns`; `other()`
    answers any further role of a cell (check boxes, a state for filtering)."""

    context: ClassVar[str] = ""
    columns: ClassVar[Sequence[Column[Any]]] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def prepend(self, rows: Sequence[R]) -> None:
        """Add rows at the top without resetting the view (a list that grows as work is done)."""
        if not rows:
            return
        self.beginInsertRows(ROOT, 0, len(rows) - 1)
        self.rows[:0] = rows
        self.endInsertRows()

    @classmethod
    def column(cls, name: str) -> int:
        """The number of the column called `name`."""
        return next(n for n, c in enumerate(cls.columns) if c.name == name)

    def cell(self, row: R, name: str) -> Any:
        """What the cell of column `name` shows for `row`."""
        return self.columns[self.column(name)].text(row)

    def other(self, row: R, column: Column[R], role: int) -> Any:
        """Any other role of a cell."""
        return None

    def retranslate(self) -> None:
        """Say headers and cells again in the current language."""
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    @override
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return (column.sort or column.text)(row)
        found = self.other(row, column, role)
        if found is not None:
            return found
        if role == Qt.ItemDataRole.ToolTipRole and not column.numeric:
            return column.text(row) or None  # the whole text of an elided cell
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # a cut heading whole
        if orientation == Qt.Orientation.Horizontal and role in shown:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None


class CollatedSortModel(QSortFilterProxyModel):
    """Sorts by each cell's `SORT_ROLE` value, names by the current language's collation (plain
    sorting puts Ң Ө Ү after Я), and filters rows on a typed text in any case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    @override
    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, str) and isinstance(b, str):
            return collator().compare(a, b) < 0
        return bool(a < b)

    def relocalise(self) -> None:
        """Sort again in the current language's order."""
        self.invalidate()


class ColumnFit(QObject):
    """Keeps a view's columns as wide as their contents while the view has room: each column is
    measured when its rows change (never at each width change), no column is wider than its
    `widest` unless there is room to spare, the `stretch` column takes what is left, and when
    the view is too narrow the widest columns give way first, elided in the middle (the tool
    tip holds the whole text)."""

    DEFAULT_WIDEST_CHARS = 48  # a column wider than this many letters waits for spare room
    NARROWEST_CHARS = 6
    WHOLE_CHARS = 20  # a column no wider than this (a number, a date) is never cut
    # Rows measured for a column's width: those on screen, then the nearest others up to this
    # many. Qt's default (1,000) asked every cell of a 500-row search for its text and font
    # at each search — 0.17 s of the register page's first rows; 100 rows still took 23 ms of
    # a 38 ms search on the certificates page, 40 take 10 ms (a screenful is about 25). A longer
    # text further down is elided, whole in its tool tip.
    MEASURED_ROWS = 40

    def __init__(
        self,
        view: QAbstractItemView,
        stretch: int = -1,
        widest: dict[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.setObjectName("columnFit")
        self.view = view
        self.stretch = stretch
        self.widest = dict(widest or {})
        self.kept_whole = _whole_columns(view.model())  # never cut, however long
        self.wanted: list[int] = []
        self.contents: list[int] = []  # the widest cell of each column, without its heading
        self._applying = False
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(view.fontMetrics().averageCharWidth() * 3)
        header.setResizeContentsPrecision(self.MEASURED_ROWS)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut reads "Күчүндө бол…"
        view.viewport().installEventFilter(self)
        self._watch(view.model())

    def header(self) -> QHeaderView:
        view = self.view
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[attr-defined]
        assert isinstance(header, QHeaderView)
        return header

    def _watch(self, model: QAbstractItemModel | None) -> None:
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.measure)
        self.measure()

    def measure(self, *_args: Any) -> None:
        """Measure every column's contents and header again, then lay the columns out."""
        view, header = self.view, self.header()
        model = view.model()
        if model is None:
            return
        wanted, contents = [], []
        for column in range(model.columnCount()):
            contents.append(view.sizeHintForColumn(column) if model.rowCount() else 0)
            wanted.append(max(contents[-1], header.sectionSizeHint(column)))
        self.wanted, self.contents = wanted, contents
        self.lay_out()

    def lay_out(self) -> None:
        """Share the view's width among its columns by what each wants."""
        if self._applying or not self.wanted:
            return
        header = self.header()
        shown = [c for c in range(len(self.wanted)) if not header.isSectionHidden(c)]
        if not shown:
            return
        letter = self.view.fontMetrics().averageCharWidth()
        default_widest = letter * self.DEFAULT_WIDEST_CHARS
        widths = {c: self.wanted[c] for c in shown}
        room = self.view.viewport().width()
        capped = {c: min(w, self.widest.get(c, default_widest)) for c, w in widths.items()}
        if sum(widths.values()) > room:  # not all fits: the widest give way first
            widths = capped
            if sum(widths.values()) > room:
                least, whole = letter * self.NARROWEST_CHARS, letter * self.WHOLE_CHARS
                narrowest = {c: self._narrowest(c, w, least, whole) for c, w in widths.items()}
                widths = _give_way(widths, narrowest, room)
        stretch = self.stretch if self.stretch in widths else shown[-1]
        spare = room - sum(widths.values())
        if spare > 0:
            widths[stretch] += spare
        self._applying = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
            if isinstance(self.view, QTableView) and self.view.wordWrap():
                self.view.resizeRowsToContents()  # a long text takes two lines, not "…"
        finally:
            self._applying = False

    def _narrowest(self, column: int, width: int, least: int, whole: int) -> int:
        """Short contents (a number, a date, a state) stay whole, though a long heading above
        them is cut (its tool tip holds it whole); longer contents keep at least their heading's
        width, up to `whole`."""
        contents = self.contents[column]
        if 0 < contents <= whole or (contents and column in self.kept_whole):
            return contents
        return min(width, max(least, min(self.header().sectionSizeHint(column), whole)))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.lay_out()
        return False


def _give_way(widths: dict[int, int], narrowest: dict[int, int], room: int) -> dict[int, int]:
    """The widest columns cut to one common width so that all fit in `room` (none below its
    narrowest): the largest such width, found by halving."""
    low, high = 0, max(widths.values())
    while low < high:
        middle = (low + high + 1) // 2
        if sum(max(narrowest[c], min(w, middle)) for c, w in widths.items()) <= room:
            low = middle
        else:
            high = middle - 1
    return {c: max(narrowest[c], min(w, low)) for c, w in widths.items()}


def _whole_columns(model: QAbstractItemModel | None) -> frozenset[int]:
    """The columns its `Column`s mark `whole`, through any sorting or filtering proxy."""
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    columns = getattr(model, "columns", ())
    return frozenset(n for n, c in enumerate(columns) if isinstance(c, Column) and c.whole)


def fit_columns(
    view: QAbstractItemView, stretch: int = -1, widest: dict[int, int] | None = None
) -> ColumnFit:
    """Size `view`'s columns to their contents from now on (see `ColumnFit`)."""
    return ColumnFit(view, stretch, widest)


def table_view(
    model: Any,
    parent: QWidget | None = None,
    stretch: int = 1,
    widest: dict[int, int] | None = None,
) -> QTableView:
    """A read-only, row-selecting, sortable table as every list here looks. Columns fit their
    contents while there is room, `stretch` takes the rest, a column given in `widest` is no
    wider than that unless there is room to spare, a `Column` marked `whole` is never cut, and
    what does not fit is elided in the middle (the tooltip shows it whole)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    fit_columns(view, stretch, widest)
    return view


def sorted_table(
    model: RowsTableModel[Any],
    parent: QWidget,
    name: str,
    *,
    proxy: CollatedSortModel | None = None,
    stretch: int = 1,
    widest: dict[int, int] | None = None,
    sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
) -> tuple[CollatedSortModel, QTableView]:
    """`model` behind a collated sorting proxy (or the filtering one given) in a `table_view`
    named `name`, sorted by `sort` until the user clicks a header."""
    proxy = proxy or CollatedSortModel(parent)
    proxy.setSourceModel(model)
    view = table_view(proxy, parent, stretch, widest)
    view.setObjectName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(*sort)
    return proxy, view


def selected_row(view: QTableView, rows: Sequence[R]) -> R | None:
    """The row of `rows` chosen in `view` (through any sorting proxy), or None."""
    index = view.currentIndex()
    if not index.isValid():
        return None
    model = view.model()
    while isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return rows[index.row()] if 0 <= index.row() < len(rows) else None
