"""The register's tables: producers found by a search, and the products of one producer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from certification.office import RegionInfo
from certification.producers import ProducerInfo, ProductInfo
from models.enums import ProducerKind
from ui import i18n
from ui.formats import format_number, sort_key

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole


class _SortedTable(QAbstractTableModel):
    """Rows of frozen records, sortable by column with the current language's alphabet."""

    columns: tuple[str, ...] = ()
    numeric: frozenset[str] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    # To fill in by subclasses -----------------------------------------------------------------

    def value(self, row: Any, column: str) -> str | int:
        raise NotImplementedError

    def header(self, column: str) -> str:
        raise NotImplementedError

    # The model --------------------------------------------------------------------------------

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    @override
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == DISPLAY:
            value = self.value(row, column)
            return format_number(value) if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return int(RIGHT.value)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column not in self.numeric:
            return self.value(row, column) or None  # the whole text of an elided cell
        return None

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == DISPLAY:
                return self.header(self.columns[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section] in self.numeric:
                return int(RIGHT.value)
        return None

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(self._rows[i.row()].id, i.column()) for i in before]
        self._sorted()
        where = {row.id: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(where[i], c) for i, c in moved])
        self.layoutChanged.emit()

    def _sorted(self) -> None:
        column, order = self._sort
        name = self.columns[column]
        key: Callable[[Any], Any]
        if name in self.numeric:
            key = lambda row: self.value(row, name)  # noqa: E731
        else:
            key = lambda row: sort_key(str(self.value(row, name)))  # noqa: E731
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # For the page -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sorted()
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == record_id), None)

    def retranslate(self) -> None:
        """Headers and words in cells follow the language; so does the alphabetical order."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self.sort(*self._sort)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [DISPLAY])


class ProducerTableModel(_SortedTable):
    """Producers and production groups found by the register's search."""

    columns = ("name", "region", "village", "members", "women", "youth")
    numeric = frozenset({"members", "women", "youth"})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.regions: dict[str, RegionInfo] = {}

    def set_regions(self, regions: Sequence[RegionInfo]) -> None:
        self.regions = {r.code: r for r in regions}

    def value(self, row: ProducerInfo, column: str) -> str | int:
        if column == "region":
            region = self.regions.get(row.region_code)
            return region.name(i18n.current_language()) if region else row.region_code
        return getattr(row, column)  # type: ignore[no-any-return]

    def header(self, column: str) -> str:
        return {
            "name": self.tr("Name"),
            "region": self.tr("Region"),
            "village": self.tr("Village"),
            "members": self.tr("Members"),
            "women": self.tr("Women"),
            "youth": self.tr("Youth"),
        }[column]

    def totals(self) -> dict[str, int]:
        """Participation of the producers listed, as reported upwards."""
        return {
            "producers": len(self._rows),
            "groups": sum(1 for p in self._rows if p.kind == ProducerKind.GROUP),
            "members": sum(p.members for p in self._rows),
            "women": sum(p.women for p in self._rows),
            "youth": sum(p.youth for p in self._rows),
        }


class ProductTableModel(_SortedTable):
    """The products of one producer."""

    columns = ("name", "category", "photos")
    numeric = frozenset({"photos"})

    def value(self, row: ProductInfo, column: str) -> str | int:
        if column == "category":
            return row.category.name(i18n.current_language())
        if column == "photos":
            return len(row.photo_ids)
        return row.name

    def header(self, column: str) -> str:
        return {
            "name": self.tr("Product"),
            "category": self.tr("Category"),
            "photos": self.tr("Photos"),
        }[column]
