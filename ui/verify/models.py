"""Item models of the verification desk: the day's checks, the codes of one photo, the earlier
sightings of a label, complaints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from certification.codes.checks import CheckInfo, Sighting
from certification.codes.complaints import ComplaintInfo
from certification.core import clock
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.verify import outcome_title
from ui.operations.verify import Checked
from ui.verify.card import COLOURS
from ui.verify.lines import SIGNS, local_time, verdict, verdict_of
from ui.widgets.tables import Column, RowsTableModel

COMPLAINT_STATES = {
    "open": QT_TRANSLATE_NOOP("verifydesk", "open"),
    "closed": QT_TRANSLATE_NOOP("verifydesk", "closed"),
}


def outcome_cell(outcome: str, flags: tuple[str, ...]) -> str:
    """The outcome in words behind its sign (✓ ! ✗ ?), so a list reads without colour."""
    return f"{SIGNS[verdict_of(outcome, flags)]} {outcome_title(outcome)}"


def outcome_colour(outcome: str, flags: tuple[str, ...]) -> QColor:
    return QColor(COLOURS[verdict_of(outcome, flags)])


def complaint_state(status: str) -> str:
    known = COMPLAINT_STATES.get(status)
    return QCoreApplication.translate("verifydesk", known) if known else status


class ChecksTableModel(RowsTableModel[CheckInfo]):
    """The day's checks, newest first: time, place, outcome, what the label claimed."""

    context = "verifydesk"
    columns = (
        Column(
            "time",
            QT_TRANSLATE_NOOP("verifydesk", "Time"),
            lambda c: f"{clock.local(c.at):%H:%M:%S}",
            sort=lambda c: (c.at, c.id),
        ),
        Column("place", QT_TRANSLATE_NOOP("verifydesk", "Place"), lambda c: c.place),
        Column(
            "outcome",
            QT_TRANSLATE_NOOP("verifydesk", "Outcome"),
            lambda c: outcome_cell(c.outcome, c.flags),
            sort=lambda c: c.outcome,
            colour=lambda c: outcome_colour(c.outcome, c.flags),
        ),
        Column(
            "certificate",
            QT_TRANSLATE_NOOP("verifydesk", "Certificate"),
            lambda c: c.certificate or "",
        ),
        Column("product", QT_TRANSLATE_NOOP("verifydesk", "Product"), lambda c: c.product or ""),
        Column(
            "serial",
            QT_TRANSLATE_NOOP("verifydesk", "Serial"),
            lambda c: "" if c.serial is None else str(c.serial),
            sort=lambda c: c.serial or 0,
            numeric=True,
        ),
        Column(
            "complaint",
            QT_TRANSLATE_NOOP("verifydesk", "Complaint"),
            lambda c: "" if c.complaint_id is None else f"№ {c.complaint_id}",
            sort=lambda c: c.complaint_id or 0,
        ),
        Column("user", QT_TRANSLATE_NOOP("verifydesk", "Checked by"), lambda c: c.username),
    )

    def row_of(self, check_id: int) -> int | None:
        return next((n for n, c in enumerate(self.rows) if c.id == check_id), None)


class FoundCodesTableModel(RowsTableModel[Checked]):
    """Every code found in one photo (a whole sheet of labels), each checked."""

    context = "verifydesk"
    columns = (
        Column(
            "outcome",
            QT_TRANSLATE_NOOP("verifydesk", "Outcome"),
            lambda c: outcome_cell(c.result.outcome, c.result.flags),
            sort=lambda c: (verdict(c.result) != "failed", c.result.outcome),
            colour=lambda c: outcome_colour(c.result.outcome, c.result.flags),
        ),
        Column(
            "certificate",
            QT_TRANSLATE_NOOP("verifydesk", "Certificate"),
            lambda c: c.result.certificate or "",
        ),
        Column("lot", QT_TRANSLATE_NOOP("verifydesk", "Lot"), lambda c: c.result.lot or ""),
        Column(
            "serial",
            QT_TRANSLATE_NOOP("verifydesk", "Serial"),
            lambda c: "" if c.result.serial is None else str(c.result.serial),
            sort=lambda c: c.result.serial or 0,
            numeric=True,
        ),
    )


class SightingsTableModel(RowsTableModel[Sighting]):
    """Where and when the label was checked before, the first sighting first."""

    context = "verifydesk"
    columns = (
        Column(
            "when",
            QT_TRANSLATE_NOOP("verifydesk", "When"),
            lambda s: local_time(s.at),
            sort=lambda s: (s.at, s.check_id),
        ),
        Column("place", QT_TRANSLATE_NOOP("verifydesk", "Place"), lambda s: s.place or "—"),
        Column(
            "outcome",
            QT_TRANSLATE_NOOP("verifydesk", "Outcome"),
            lambda s: outcome_cell(s.outcome, ()),
        ),
    )


class ComplaintsTableModel(RowsTableModel[ComplaintInfo]):
    """Complaints opened from checks, newest first, with their state."""

    context = "verifydesk"
    columns = (
        Column(
            "number",
            QT_TRANSLATE_NOOP("verifydesk", "Complaint"),
            lambda c: f"№ {c.id}",
            sort=lambda c: c.id,
        ),
        Column(
            "opened",
            QT_TRANSLATE_NOOP("verifydesk", "Opened"),
            lambda c: format_date(clock.local(c.opened_at)),
            sort=lambda c: c.opened_at,
        ),
        Column(
            "state",
            QT_TRANSLATE_NOOP("verifydesk", "State"),
            lambda c: complaint_state(c.status),
            sort=lambda c: c.status,
        ),
        Column(
            "outcome",
            QT_TRANSLATE_NOOP("verifydesk", "Check"),
            lambda c: outcome_cell(c.outcome, ()),
            colour=lambda c: outcome_colour(c.outcome, ()),
        ),
        Column(
            "description",
            QT_TRANSLATE_NOOP("verifydesk", "Description"),
            lambda c: c.description.replace("\n", " "),
        ),
        Column("by", QT_TRANSLATE_NOOP("verifydesk", "Opened by"), lambda c: c.opened_by),
    )
