"""Item models of the committee sessions page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont

from certification.sessions import (
    AgendaItem,
    BarredMember,
    ConflictInfo,
    DecisionInfo,
    MemberInfo,
    SessionInfo,
)
from models.enums import DecisionOutcome, SessionStatus
from ui.formats import format_date
from ui.inspections.models import BAD, GOOD, kind_name, passed_text
from ui.inspections.widgets import AnyIndex, RowsTableModel, format_decimal, stars_text


def outcome_name(outcome: DecisionOutcome) -> str:
    return {
        DecisionOutcome.GRANT: QCoreApplication.translate("sessions", "granted"),
        DecisionOutcome.REFUSE: QCoreApplication.translate("sessions", "refused"),
        DecisionOutcome.DEFER: QCoreApplication.translate("sessions", "deferred"),
    }[outcome]


def barred_text(b: BarredMember) -> str:
    """Who may not decide an item, and why, in words."""
    if b.inspector:
        why = QCoreApplication.translate("sessions", "inspected it")
    elif b.conflict:
        why = QCoreApplication.translate("sessions", "conflict of interest: {reason}").format(
            reason=b.conflict
        )
    else:
        why = QCoreApplication.translate("sessions", "conflict of interest")
    return f"{b.full_name} ({why})"


class SessionsTableModel(RowsTableModel):
    """Sessions, newest first: number, date, place, state, attendance against quorum."""

    rows: list[SessionInfo]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("sessions", "Session"),
            QCoreApplication.translate("sessions", "Date"),
            QCoreApplication.translate("sessions", "Place"),
            QCoreApplication.translate("sessions", "State"),
            QCoreApplication.translate("sessions", "Attendance"),
        )

    def cell(self, s: SessionInfo, column: int) -> Any:
        if column == 0:
            return s.title
        if column == 1:
            return format_date(s.held_on)
        if column == 3:
            return (
                QCoreApplication.translate("sessions", "open")
                if s.status == SessionStatus.OPEN
                else QCoreApplication.translate("sessions", "closed")
            )
        if column == 4:
            return f"{s.present} / {s.quorum}"
        return self.sort_value(s, column)

    def sort_value(self, s: SessionInfo, column: int) -> Any:
        return ((s.held_on, s.id), s.held_on, s.place, s.status.value, s.present)[column]

    def row_of(self, session_id: int) -> int | None:
        return next((n for n, s in enumerate(self.rows) if s.id == session_id), None)


class MembersTableModel(RowsTableModel):
    """The committee's members with a tick for those present. Ticking does not change the row:
    it asks, through `presence_wanted(username, present)`, and the page shows the answer."""

    presence_wanted = Signal(str, bool)
    rows: list[MemberInfo]

    def __init__(self) -> None:
        super().__init__()
        self.editable = False

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("sessions", "Present"),
            QCoreApplication.translate("sessions", "Member"),
            QCoreApplication.translate("sessions", "Role"),
        )

    def cell(self, m: MemberInfo, column: int) -> Any:
        if column == 0:
            return ""
        if column == 1:
            return m.full_name
        return QCoreApplication.translate("sessions", "chair") if m.chair else ""

    def sort_value(self, m: MemberInfo, column: int) -> Any:
        return (m.present, m.full_name, not m.chair)[column]

    def other(self, m: MemberInfo, column: int, role: int) -> Any:
        if column == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if m.present else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:  # Qt override
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # Qt override
        if not (index.isValid() and index.column() == 0 and self.editable):
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        member = self.rows[index.row()]
        self.presence_wanted.emit(member.username, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class AgendaTableModel(RowsTableModel):
    """Submitted inspections awaiting a decision, with who may not decide each and why."""

    rows: list[AgendaItem]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("sessions", "Producer"),
            QCoreApplication.translate("sessions", "Product"),
            QCoreApplication.translate("sessions", "Inspection"),
            QCoreApplication.translate("sessions", "Score"),
            QCoreApplication.translate("sessions", "Stars"),
            QCoreApplication.translate("sessions", "Result"),
            QCoreApplication.translate("sessions", "May not decide"),
        )

    def cell(self, a: AgendaItem, column: int) -> Any:
        if column == 0 and a.deferred:
            return QCoreApplication.translate("sessions", "{producer} (deferred before)").format(
                producer=a.producer
            )
        if column == 2:
            return f"{a.standard} · {kind_name(a.kind)} · {a.inspector}"
        if column == 3:
            return format_decimal(str(a.score), places=2) if a.score is not None else ""
        if column == 4:
            return stars_text(a.stars)
        if column == 5:
            return passed_text(a.passed)
        if column == 6:
            return "; ".join(barred_text(b) for b in a.barred_members)
        return self.sort_value(a, column)

    def sort_value(self, a: AgendaItem, column: int) -> Any:
        score = a.score if a.score is None else float(str(a.score))
        barred = len(a.barred_members)
        return (a.producer, a.product, a.standard, score, a.stars, a.passed, barred)[column]

    def other(self, a: AgendaItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and a.passed is not None:
            return GOOD if a.passed else BAD
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return "\n".join(barred_text(b) for b in a.barred_members)
        if role == Qt.ItemDataRole.FontRole and column == 0 and a.deferred:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, inspection_id: int) -> int | None:
        return next((n for n, a in enumerate(self.rows) if a.inspection_id == inspection_id), None)


class DecisionsTableModel(RowsTableModel):
    """Decisions taken in the session: what, why, votes and the certificate issued."""

    rows: list[DecisionInfo]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("sessions", "Producer"),
            QCoreApplication.translate("sessions", "Product"),
            QCoreApplication.translate("sessions", "Decision"),
            QCoreApplication.translate("sessions", "Reason"),
            QCoreApplication.translate("sessions", "For / against"),
            QCoreApplication.translate("sessions", "Certificate"),
        )

    def cell(self, d: DecisionInfo, column: int) -> Any:
        if column == 2:
            return outcome_name(d.outcome)
        if column == 4:
            return f"{d.votes_for} / {d.votes_against}"
        return self.sort_value(d, column)

    def sort_value(self, d: DecisionInfo, column: int) -> Any:
        values = (
            d.producer,
            d.product,
            d.outcome.value,
            d.reason,
            d.votes_for,
            d.certificate_number or "",
        )
        return values[column]


class ConflictsTableModel(RowsTableModel):
    """Declared conflicts of interest: member, producer, reason, when."""

    rows: list[ConflictInfo]

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("sessions", "Member"),
            QCoreApplication.translate("sessions", "Producer"),
            QCoreApplication.translate("sessions", "Reason"),
            QCoreApplication.translate("sessions", "Declared"),
        )

    def cell(self, c: ConflictInfo, column: int) -> Any:
        if column == 3:
            return format_date(c.declared_at)
        return self.sort_value(c, column)

    def sort_value(self, c: ConflictInfo, column: int) -> Any:
        return (c.full_name, c.producer, c.reason, c.declared_at)[column]
