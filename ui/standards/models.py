"""Item models of the standards page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from typing_extensions import override

from certification.standards import StandardSummary, StandardVersionInfo
from models.enums import CriterionKind
from ui import i18n
from ui.formats import format_date, format_decimal
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import name_of
from ui.standards.draft import Draft, DraftChoice
from ui.widgets.palette import ERROR
from ui.widgets.tables import ROOT, AnyIndex, Column, RowsTableModel

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2


class StandardsTableModel(RowsTableModel[StandardSummary]):
    """The standards, one row each: code, title, category, newest version."""

    context = "standards"
    columns = (
        Column("code", QT_TRANSLATE_NOOP("standards", "Code"), lambda s: s.code),
        Column("title", QT_TRANSLATE_NOOP("standards", "Title"), lambda s: s.title),
        Column(
            "category",
            QT_TRANSLATE_NOOP("standards", "Category"),
            lambda s: s.category.name(i18n.current_language()),
        ),
        Column(
            "version",
            QT_TRANSLATE_NOOP("standards", "Version"),
            lambda s: f"v{s.latest_version}",
            sort=lambda s: s.latest_version,
        ),
    )

    def other(self, s: StandardSummary, column: Column[StandardSummary], role: int) -> Any:
        if role == CATEGORY_ROLE:
            return str(s.category.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.title
        return None

    def row_of(self, standard_id: int) -> int | None:
        return next((i for i, s in enumerate(self.rows) if s.id == standard_id), None)


def version_state(v: StandardVersionInfo) -> str:
    if v.frozen:
        return QCoreApplication.translate("standards", "in use, read-only")
    return QCoreApplication.translate("standards", "draft, editable")


class VersionsTableModel(RowsTableModel[StandardVersionInfo]):
    """The versions of one standard, newest first: number, in use (read-only) or draft, created."""

    context = "standards"
    columns = (
        Column(
            "version",
            QT_TRANSLATE_NOOP("standards", "Version"),
            lambda v: f"v{v.version}",
            sort=lambda v: v.version,
        ),
        Column(
            "state", QT_TRANSLATE_NOOP("standards", "State"), version_state, sort=lambda v: v.frozen
        ),
        Column(
            "created",
            QT_TRANSLATE_NOOP("standards", "Created"),
            lambda v: format_date(v.created_at),
            sort=lambda v: v.created_at,
        ),
    )

    def set_rows(self, rows: Sequence[StandardVersionInfo]) -> None:
        super().set_rows(sorted(rows, key=lambda v: -v.version))

    def row_of(self, version_id: int) -> int | None:
        return next((i for i, v in enumerate(self.rows) if v.id == version_id), None)


GROUP = 0  # internal id of a group's index; a criterion's is its group's position + 1


class CriteriaTableModel(QAbstractItemModel):
    """Groups and their criteria as a two-level table over a `Draft`: number or name, text,
    kind, weight, critical. Parts with a problem are shown in red with the message as tooltip."""

    COLUMNS = 5

    def __init__(self) -> None:
        super().__init__()
        self.draft: Draft | None = None
        self.problems: dict[tuple[int, int | None], str] = {}

    def set_draft(self, draft: Draft | None) -> None:
        self.beginResetModel()
        self.draft = draft
        self.problems = {}
        self.endResetModel()

    def restructure(self) -> None:
        """Call after adding, removing or moving groups or criteria in the draft."""
        self.beginResetModel()
        self.endResetModel()

    def set_problems(self, problems: dict[tuple[int, int | None], str]) -> None:
        self.problems = problems
        self.refresh()

    def refresh(self) -> None:
        """Call after a group's or criterion's values changed in the draft."""
        if self.draft is None:
            return
        for gi, group in enumerate(self.draft.groups):
            parent = self.index(gi, 0)
            self.dataChanged.emit(parent, self.index(gi, self.COLUMNS - 1))
            if group.criteria:
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(group.criteria) - 1, self.COLUMNS - 1, parent),
                )

    @override
    def index(self, row: int, column: int, parent: AnyIndex = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    @override
    def parent(self, index: AnyIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    @override
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        if self.draft is None:
            return 0
        if not parent.isValid():
            return len(self.draft.groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self.draft.groups[parent.row()].criteria)
        return 0

    @override
    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return self.COLUMNS

    def position(self, index: AnyIndex) -> tuple[int, int | None]:
        """(group, criterion) of an index; criterion None for a group."""
        if index.internalId() == GROUP:
            return index.row(), None
        return index.internalId() - 1, index.row()

    def index_of(self, group: int, criterion: int | None) -> QModelIndex:
        parent = self.index(group, 0)
        return parent if criterion is None else self.index(criterion, 0, parent)

    @override
    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.draft is None:
            return None
        gi, ci = self.position(index)
        problem = self.problems.get((gi, ci))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem or ci is None:
                return problem
            c = self.draft.groups[gi].criteria[ci]
            critical = QCoreApplication.translate("standards", "critical")
            return f"{c.text} ({critical})" if c.critical and index.column() == 0 else c.text
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ERROR) if problem else None
        if role != DISPLAY:
            return None
        group = self.draft.groups[gi]
        column = index.column()
        if ci is None:
            if column != 0:
                return ""
            name = group.name or QCoreApplication.translate("standards", "(no name)")
            weight = QCoreApplication.translate("standards", "weight {weight}")
            return f"{gi + 1}. {name} · {weight.format(weight=format_decimal(group.weight))}"
        c = group.criteria[ci]
        if column == 0:
            return f"{c.code} !" if c.critical else c.code
        if column == 1:
            return c.text
        if column == 2:
            return name_of(c.kind)
        if column == 3:
            return format_decimal(c.weight) if c.kind != CriterionKind.NOTE else ""
        return QCoreApplication.translate("standards", "critical") if c.critical else ""

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (
            QCoreApplication.translate("standards", "No."),
            QCoreApplication.translate("standards", "Criterion"),
            QCoreApplication.translate("standards", "Kind"),
            QCoreApplication.translate("standards", "Weight"),
            QCoreApplication.translate("standards", "Critical"),
        )[section]


class ChoicesTableModel(QAbstractTableModel):
    """The answers of a choice criterion: text (editable) and whether it is acceptable (a
    check box). Edits go straight into the draft's list. Signals: `dataChanged` on edits."""

    def __init__(self) -> None:
        super().__init__()
        self.choices: list[DraftChoice] = []
        self.editable = True

    def set_choices(self, choices: list[DraftChoice], editable: bool) -> None:
        self.beginResetModel()
        self.choices = choices
        self.editable = editable
        self.endResetModel()

    def add(self) -> int:
        row = len(self.choices)
        self.beginInsertRows(QModelIndex(), row, row)
        self.choices.append(DraftChoice("", True))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.choices[row]
        self.endRemoveRows()

    @override
    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.choices)

    @override
    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else 2

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsUserCheckable

    @override
    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        choice = self.choices[index.row()]
        if index.column() == 0 and role in (DISPLAY, EDIT):
            return choice.text
        if index.column() == 1 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.acceptable else Qt.CheckState.Unchecked
        if index.column() == 1 and role == DISPLAY:
            return (
                QCoreApplication.translate("standards", "acceptable")
                if choice.acceptable
                else QCoreApplication.translate("standards", "not acceptable")
            )
        return None

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or not self.editable:
            return False
        choice = self.choices[index.row()]
        if index.column() == 0 and role == EDIT:
            choice.text = str(value)
        elif index.column() == 1 and role == Qt.ItemDataRole.CheckStateRole:
            choice.acceptable = Qt.CheckState(value) == Qt.CheckState.Checked
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    @override
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return (
            QCoreApplication.translate("standards", "Answer"),
            QCoreApplication.translate("standards", "Acceptable"),
        )[section]
