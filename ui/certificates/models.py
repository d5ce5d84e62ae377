"""Item models of the certificates page: the register as a window over the database (rows are
read a page at a time as the view scrolls, and sorted by the database in the office's alphabet),
a certificate's history and its lots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from typing_extensions import override

from certification.certificate_register import HistoryEntry, LotLine, RegisterRow
from models.enums import (
    CertificateEventKind,
    CertificateStatus,
    DecisionOutcome,
    InspectionKind,
    InspectionStatus,
)
from ui.formats import format_date, format_decimal, format_number, stars_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import name_of, unit_name
from ui.widgets.palette import BAD, GOOD, MUTED, STARS, WARNING, colour
from ui.widgets.tables import ROOT, AnyIndex, Column, RowsTableModel

STATUS_COLOURS = {
    CertificateStatus.ACTIVE: GOOD,
    CertificateStatus.SUSPENDED: WARNING,
    CertificateStatus.WITHDRAWN: BAD,
    CertificateStatus.EXPIRED: BAD,
    CertificateStatus.SUPERSEDED: MUTED,
}


def status_colour(status: CertificateStatus) -> QColor:
    return colour(STATUS_COLOURS[status])


class RegisterTableModel(QAbstractTableModel):
    """The rows of the register read so far. The view asks for more as it scrolls
    (`fetchMore`), which this model passes on as `wanted(offset)`; a click on a header asks the
    database for that order through `sort_wanted(sort, descending)`. Each column is named after
    the database's sort (`certificate_register.SORTS`)."""

    PAGE = 100
    wanted = Signal(int)
    sort_wanted = Signal(str, bool)
    context = "certificates"
    columns: tuple[Column[RegisterRow], ...] = (
        Column("number", QT_TRANSLATE_NOOP("certificates", "Number"), lambda r: r.number),
        Column(
            "status",
            QT_TRANSLATE_NOOP("certificates", "Status"),
            lambda r: name_of(r.status),
            colour=lambda r: status_colour(r.status),
            whole=True,
        ),
        Column("producer", QT_TRANSLATE_NOOP("certificates", "Producer"), lambda r: r.producer),
        Column(
            "products",
            QT_TRANSLATE_NOOP("certificates", "Products"),
            lambda r: ", ".join(r.products),
        ),
        Column("region", QT_TRANSLATE_NOOP("certificates", "Region"), lambda r: r.region_code),
        Column(
            "category", QT_TRANSLATE_NOOP("certificates", "Category"), lambda r: r.category_code
        ),
        Column(
            "stars",
            QT_TRANSLATE_NOOP("certificates", "Stars"),
            lambda r: stars_text(r.stars),
        ),
        Column(
            "issued",
            QT_TRANSLATE_NOOP("certificates", "Issued"),
            lambda r: format_date(r.issued_on),
        ),
        Column(
            "valid_until",
            QT_TRANSLATE_NOOP("certificates", "Valid until"),
            lambda r: format_date(r.valid_until),
        ),
        Column(
            "surveillance",
            QT_TRANSLATE_NOOP("certificates", "Next visit"),
            lambda r: format_date(r.next_surveillance_on),
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RegisterRow] = []
        self.total = 0
        self.loading = False
        self.sort_name = "number"
        self.descending = True

    @classmethod
    def column(cls, name: str) -> int:
        return next(n for n, c in enumerate(cls.columns) if c.name == name)

    def cell(self, row: RegisterRow, name: str) -> Any:
        return self.columns[self.column(name)].text(row)

    def set_rows(self, rows: list[RegisterRow], total: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = total
        self.loading = False
        self.endResetModel()

    def append(self, rows: list[RegisterRow], offset: int) -> None:
        self.loading = False
        if offset != len(self.rows) or not rows:
            return
        self.beginInsertRows(ROOT, len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def row_of(self, number: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.number == number), None)

    def retranslate(self) -> None:
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
    def canFetchMore(self, parent: AnyIndex = ROOT) -> bool:
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    @override
    def fetchMore(self, parent: AnyIndex = ROOT) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.wanted.emit(len(self.rows))

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column].name
        descending = order == Qt.SortOrder.DescendingOrder
        if (name, descending) != (self.sort_name, self.descending):
            self.sort_name, self.descending = name, descending
            self.sort_wanted.emit(name, descending)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.text(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.name == "stars":
            return colour(STARS)
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None


def _labels_kind(outcome: str) -> str:
    kind, _sep, status = outcome.partition(":")
    words = {
        "print": QT_TRANSLATE_NOOP("certificates", "labels printed"),
        "reprint": QT_TRANSLATE_NOOP("certificates", "labels printed again"),
    }
    text = QCoreApplication.translate("certificates", words.get(kind, words["print"]))
    if status == "failed":
        text += QCoreApplication.translate("certificates", " (failed, recorded as spoiled)")
    elif status == "pending":
        text += QCoreApplication.translate("certificates", " (interrupted)")
    return text


def history_what(h: HistoryEntry) -> str:
    """What happened, in words."""
    if h.kind == "inspection":
        return QCoreApplication.translate("certificates", "{kind} inspection ({status})").format(
            kind=name_of(InspectionKind(h.subject)), status=name_of(InspectionStatus(h.outcome))
        )
    if h.kind == "decision":
        return QCoreApplication.translate("certificates", "session {session}: {outcome}").format(
            session=h.subject, outcome=name_of(DecisionOutcome(h.outcome))
        )
    if h.kind == "lot":
        return QCoreApplication.translate("certificates", "lot {lot} recorded ({product})").format(
            lot=h.subject, product=h.outcome
        )
    if h.kind == "labels":
        n = h.count or 0  # lupdate reads a plain name as the count
        return QCoreApplication.translate(
            "certificates", "{what}: lot {lot}, %Ln label(s)", None, n
        ).format(what=_labels_kind(h.outcome), lot=h.subject)
    what = name_of(CertificateEventKind(h.kind))
    if h.kind == "issued" and h.subject:
        return QCoreApplication.translate(
            "certificates", "{what} by the grant of session {session}"
        ).format(what=what, session=h.subject)
    if h.kind == "superseded" and h.subject:
        return QCoreApplication.translate("certificates", "{what} by {number}").format(
            what=what, number=h.subject
        )
    if h.kind == "renewed" and h.subject:
        return QCoreApplication.translate("certificates", "{what}: replaces {number}").format(
            what=what, number=h.subject
        )
    return what


class HistoryTableModel(RowsTableModel[HistoryEntry]):
    """A certificate's history, oldest first: when, what, who, why."""

    context = "certificates"
    columns = (
        Column(
            "when",
            QT_TRANSLATE_NOOP("certificates", "Date"),
            lambda h: format_date(h.day or h.at),
            sort=lambda h: (h.office_day, h.at),
        ),
        Column("what", QT_TRANSLATE_NOOP("certificates", "What"), history_what),
        Column("who", QT_TRANSLATE_NOOP("certificates", "Who"), lambda h: h.who),
        Column("why", QT_TRANSLATE_NOOP("certificates", "Reason"), lambda h: h.reason),
    )

    @override
    def other(self, row: HistoryEntry, column: Column[HistoryEntry], role: int) -> Any:
        alarming = row.kind in ("suspended", "withdrawn")
        if role == Qt.ItemDataRole.ForegroundRole and column.name == "what" and alarming:
            return colour(WARNING if row.kind == "suspended" else BAD)
        return None


class LotsTableModel(RowsTableModel[LotLine]):
    context = "certificates"
    columns = (
        Column("lot", QT_TRANSLATE_NOOP("certificates", "Lot"), lambda lot: lot.lot_number),
        Column("product", QT_TRANSLATE_NOOP("certificates", "Product"), lambda lot: lot.product),
        Column(
            "produced",
            QT_TRANSLATE_NOOP("certificates", "Produced"),
            lambda lot: format_date(lot.produced_on),
            sort=lambda lot: lot.produced_on,
        ),
        Column(
            "best_before",
            QT_TRANSLATE_NOOP("certificates", "Best before"),
            lambda lot: format_date(lot.best_before),
            sort=lambda lot: lot.best_before,
        ),
        Column(
            "quantity",
            QT_TRANSLATE_NOOP("certificates", "Quantity"),
            lambda lot: f"{format_decimal(lot.quantity)} {unit_name(lot.unit)}",
            sort=lambda lot: lot.quantity,
            numeric=True,
        ),
        Column(
            "labels",
            QT_TRANSLATE_NOOP("certificates", "Labels"),
            lambda lot: format_number(lot.labels_printed),
            sort=lambda lot: lot.labels_printed,
            numeric=True,
        ),
    )
