"""Item models of the inspections page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from certification.inspections import InspectionSummary, NonConformityInfo, ProductChoice
from ui import i18n
from ui.formats import format_date, format_decimal, standard_text, stars_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import name_of
from ui.widgets.palette import BAD, GOOD
from ui.widgets.tables import Column, RowsTableModel

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def passed_text(passed: bool | None) -> str:
    if passed is None:
        return ""
    if passed:
        return QCoreApplication.translate("inspections", "passes")
    return QCoreApplication.translate("inspections", "does not pass")


def passed_colour(passed: bool | None) -> QColor | None:
    return None if passed is None else QColor(GOOD if passed else BAD)


class InspectionsTableModel(RowsTableModel[InspectionSummary]):
    """Inspections, newest first: date, product, producer, standard, inspector, state, result."""

    context = "inspections"
    columns = (
        Column(
            "date",
            QT_TRANSLATE_NOOP("inspections", "Date"),
            lambda i: format_date(i.inspected_on),
            sort=lambda i: i.inspected_on,
        ),
        Column("product", QT_TRANSLATE_NOOP("inspections", "Product"), lambda i: i.product_name),
        Column("producer", QT_TRANSLATE_NOOP("inspections", "Producer"), lambda i: i.producer_name),
        Column(
            "standard",
            QT_TRANSLATE_NOOP("inspections", "Standard"),
            lambda i: standard_text(i.standard_label),
            sort=lambda i: str(i.standard_label),
        ),
        Column(
            "inspector", QT_TRANSLATE_NOOP("inspections", "Inspector"), lambda i: i.inspector_name
        ),
        Column(
            "state",
            QT_TRANSLATE_NOOP("inspections", "State"),
            lambda i: name_of(i.status),
            sort=lambda i: i.status.value,
            whole=True,
        ),
        Column(
            "score",
            QT_TRANSLATE_NOOP("inspections", "Score"),
            lambda i: format_decimal(i.score, places=2) if i.score is not None else "",
            sort=lambda i: i.score,
            numeric=True,
        ),
        Column(
            "stars",
            QT_TRANSLATE_NOOP("inspections", "Stars"),
            lambda i: stars_text(i.stars),
            sort=lambda i: i.stars,
        ),
        Column(
            "result",
            QT_TRANSLATE_NOOP("inspections", "Result"),
            lambda i: passed_text(i.passed),
            sort=lambda i: i.passed,
            colour=lambda i: passed_colour(i.passed),
        ),
    )

    def other(self, i: InspectionSummary, column: Column[InspectionSummary], role: int) -> Any:
        return i.status.value if role == STATUS_ROLE else None

    def row_of(self, inspection_id: int) -> int | None:
        return next((n for n, i in enumerate(self.rows) if i.id == inspection_id), None)


class NonConformitiesTableModel(RowsTableModel[NonConformityInfo]):
    """Non-conformities of one inspection: criterion, what is wrong, what to do, by when."""

    context = "inspections"
    columns = (
        Column(
            "criterion", QT_TRANSLATE_NOOP("inspections", "Criterion"), lambda n: n.criterion_code
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("inspections", "Non-conformity"),
            lambda n: n.description,
        ),
        Column(
            "action",
            QT_TRANSLATE_NOOP("inspections", "Corrective action"),
            lambda n: n.corrective_action,
        ),
        Column(
            "due",
            QT_TRANSLATE_NOOP("inspections", "Due"),
            lambda n: format_date(n.due_on),
            sort=lambda n: n.due_on,
        ),
        Column(
            "state",
            QT_TRANSLATE_NOOP("inspections", "State"),
            lambda n: name_of(n.status),
            sort=lambda n: n.status.value,
        ),
    )


class ProductsTableModel(RowsTableModel[ProductChoice]):
    """Products found for a new inspection: product, producer and village, category."""

    context = "inspections"
    columns = (
        Column("product", QT_TRANSLATE_NOOP("inspections", "Product"), lambda p: p.product),
        Column(
            "producer",
            QT_TRANSLATE_NOOP("inspections", "Producer"),
            lambda p: f"{p.producer}, {p.village}" if p.village else p.producer,
        ),
        Column(
            "category",
            QT_TRANSLATE_NOOP("inspections", "Category"),
            lambda p: p.category.name(i18n.current_language()),
        ),
    )
