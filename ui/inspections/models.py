"""Item models of the inspections page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from certification.inspections import InspectionSummary, NonConformityInfo, ProductChoice
from models.enums import InspectionKind, InspectionStatus, NonConformityStatus
from ui.formats import format_date
from ui.inspections.widgets import RowsTableModel, format_decimal, stars_text

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
GOOD, BAD = QColor("#1b7f3b"), QColor("#b00020")


def status_name(status: InspectionStatus) -> str:
    return {
        InspectionStatus.DRAFT: QCoreApplication.translate("inspections", "draft"),
        InspectionStatus.SUBMITTED: QCoreApplication.translate("inspections", "submitted"),
        InspectionStatus.DECIDED: QCoreApplication.translate("inspections", "decided"),
    }[status]


def kind_name(kind: InspectionKind) -> str:
    return {
        InspectionKind.INITIAL: QCoreApplication.translate("inspections", "initial"),
        InspectionKind.SURVEILLANCE: QCoreApplication.translate("inspections", "surveillance"),
        InspectionKind.RENEWAL: QCoreApplication.translate("inspections", "renewal"),
    }[kind]


def passed_text(passed: bool | None) -> str:
    if passed is None:
        return ""
    if passed:
        return QCoreApplication.translate("inspections", "passes")
    return QCoreApplication.translate("inspections", "does not pass")


class InspectionsTableModel(RowsTableModel):
    """Inspections, newest first: date, product, producer, standard, inspector, state, result."""

    rows: list[InspectionSummary]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("inspections", "Date"),
            QCoreApplication.translate("inspections", "Product"),
            QCoreApplication.translate("inspections", "Producer"),
            QCoreApplication.translate("inspections", "Standard"),
            QCoreApplication.translate("inspections", "Inspector"),
            QCoreApplication.translate("inspections", "State"),
            QCoreApplication.translate("inspections", "Score"),
            QCoreApplication.translate("inspections", "Stars"),
            QCoreApplication.translate("inspections", "Result"),
        )

    def cell(self, i: InspectionSummary, column: int) -> Any:
        if column == 0:
            return format_date(i.inspected_on)
        if column == 5:
            return status_name(i.status)
        if column == 6:
            return format_decimal(i.score, places=2) if i.score is not None else ""
        if column == 7:
            return stars_text(i.stars)
        if column == 8:
            return passed_text(i.passed)
        return self.sort_value(i, column)

    def sort_value(self, i: InspectionSummary, column: int) -> Any:
        values = (
            i.inspected_on,
            i.product_name,
            i.producer_name,
            i.standard_label,
            i.inspector_name,
            i.status.value,
            i.score,
            i.stars,
            i.passed,
        )
        return values[column]

    def other(self, i: InspectionSummary, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return i.status.value
        if role == Qt.ItemDataRole.ForegroundRole and column == 8 and i.passed is not None:
            return GOOD if i.passed else BAD
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, inspection_id: int) -> int | None:
        return next((n for n, i in enumerate(self.rows) if i.id == inspection_id), None)


class NonConformitiesTableModel(RowsTableModel):
    """Non-conformities of one inspection: criterion, what is wrong, what to do, by when."""

    rows: list[NonConformityInfo]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("inspections", "Criterion"),
            QCoreApplication.translate("inspections", "Non-conformity"),
            QCoreApplication.translate("inspections", "Corrective action"),
            QCoreApplication.translate("inspections", "Due"),
            QCoreApplication.translate("inspections", "State"),
        )

    def cell(self, n: NonConformityInfo, column: int) -> Any:
        if column == 3:
            return format_date(n.due_on)
        if column == 4:
            return (
                QCoreApplication.translate("inspections", "open")
                if n.status == NonConformityStatus.OPEN
                else QCoreApplication.translate("inspections", "closed")
            )
        return self.sort_value(n, column)

    def sort_value(self, n: NonConformityInfo, column: int) -> Any:
        return (n.criterion_code, n.description, n.corrective_action, n.due_on, n.status.value)[
            column
        ]

    def other(self, n: NonConformityInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 2):
            return self.sort_value(n, column)
        return None


class ProductsTableModel(RowsTableModel):
    """Products found for a new inspection: product, producer and village, category."""

    rows: list[ProductChoice]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("inspections", "Product"),
            QCoreApplication.translate("inspections", "Producer"),
            QCoreApplication.translate("inspections", "Category"),
        )

    def cell(self, p: ProductChoice, column: int) -> Any:
        if column == 1:
            return f"{p.producer}, {p.village}" if p.village else p.producer
        return (p.product, p.producer, p.category.name(self.lang))[column]
