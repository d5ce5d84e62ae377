"""Item models of the "Lots and labels" page."""

from __future__ import annotations

from certification.certificates import CertificateInfo
from certification.labels.jobs import PrintJob
from certification.labels.serials import ranges_text
from ui.formats import format_date, format_decimal, format_number
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import name_of, unit_name
from ui.operations.labels import LotRow
from ui.widgets.tables import Column, RowsTableModel


class CertificatesTableModel(RowsTableModel[CertificateInfo]):
    """Certificates in force: number and producer."""

    context = "labels"
    columns = (
        Column("number", QT_TRANSLATE_NOOP("labels", "Certificate"), lambda c: c.number),
        Column("producer", QT_TRANSLATE_NOOP("labels", "Producer"), lambda c: c.producer),
    )


class LotsTableModel(RowsTableModel[LotRow]):
    """A certificate's lots with what became of their labels."""

    context = "labels"
    columns = (
        Column("lot", QT_TRANSLATE_NOOP("labels", "Lot"), lambda r: r.lot.lot_number),
        Column(
            "produced",
            QT_TRANSLATE_NOOP("labels", "Produced"),
            lambda r: format_date(r.lot.produced_on),
            sort=lambda r: r.lot.produced_on,
        ),
        Column(
            "quantity",
            QT_TRANSLATE_NOOP("labels", "Quantity"),
            lambda r: f"{format_decimal(r.lot.quantity)} {unit_name(r.lot.unit)}",
            sort=lambda r: r.lot.quantity,
            numeric=True,
        ),
        Column(
            "printed",
            QT_TRANSLATE_NOOP("labels", "Printed"),
            lambda r: format_number(r.stock.printed),
            sort=lambda r: r.stock.printed,
            numeric=True,
        ),
        Column(
            "spoiled",
            QT_TRANSLATE_NOOP("labels", "Spoiled"),
            lambda r: format_number(r.stock.spoiled),
            sort=lambda r: r.stock.spoiled,
            numeric=True,
        ),
        Column(
            "pending",
            QT_TRANSLATE_NOOP("labels", "Unconfirmed"),
            lambda r: format_number(r.stock.pending),
            sort=lambda r: r.stock.pending,
            numeric=True,
        ),
        Column(
            "remaining",
            QT_TRANSLATE_NOOP("labels", "Without a label"),
            lambda r: (
                "—"
                if r.remaining is None
                else f"{format_decimal(r.remaining)} {unit_name(r.lot.unit)}"
            ),
            sort=lambda r: -1 if r.remaining is None else r.remaining,
            numeric=True,
        ),
    )


class JobsTableModel(RowsTableModel[PrintJob]):
    """A lot's print jobs: the label stock's ledger."""

    context = "labels"
    columns = (
        Column("job", QT_TRANSLATE_NOOP("labels", "Job"), lambda j: j.id, sort=lambda j: j.id),
        Column(
            "at",
            QT_TRANSLATE_NOOP("labels", "Date"),
            lambda j: format_date(j.created_at),
            sort=lambda j: j.created_at,
        ),
        Column("kind", QT_TRANSLATE_NOOP("labels", "Kind"), lambda j: name_of(j.kind)),
        Column("serials", QT_TRANSLATE_NOOP("labels", "Serials"), lambda j: ranges_text(j.serials)),
        Column(
            "labels",
            QT_TRANSLATE_NOOP("labels", "Labels"),
            lambda j: format_number(j.labels),
            sort=lambda j: j.labels,
            numeric=True,
        ),
        Column("stock", QT_TRANSLATE_NOOP("labels", "Label stock"), lambda j: j.template),
        Column(
            "status", QT_TRANSLATE_NOOP("labels", "State"), lambda j: name_of(j.status), whole=True
        ),
        Column("by", QT_TRANSLATE_NOOP("labels", "By"), lambda j: j.created_by),
    )
