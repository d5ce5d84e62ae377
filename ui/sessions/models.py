"""Item models of the committee sessions page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from typing_extensions import override

from certification.sessions import (
    AgendaItem,
    BarredMember,
    ConflictInfo,
    DecisionInfo,
    MemberInfo,
    SessionInfo,
)
from ui.formats import format_date, format_decimal, standard_text, stars_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.inspections.models import passed_colour, passed_text
from ui.messages.values import name_of
from ui.widgets.tables import AnyIndex, Column, RowsTableModel


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


class SessionsTableModel(RowsTableModel[SessionInfo]):
    """Sessions, newest first: number, date, place, state, members present against the quorum."""

    context = "sessions"
    columns = (
        Column(
            "session",
            QT_TRANSLATE_NOOP("sessions", "Session"),
            lambda s: s.title,
            sort=lambda s: (s.held_on, s.id),
        ),
        Column(
            "date",
            QT_TRANSLATE_NOOP("sessions", "Date"),
            lambda s: format_date(s.held_on),
            sort=lambda s: s.held_on,
        ),
        Column("place", QT_TRANSLATE_NOOP("sessions", "Place"), lambda s: s.place),
        Column(
            "state",
            QT_TRANSLATE_NOOP("sessions", "State"),
            lambda s: name_of(s.status),
            sort=lambda s: s.status.value,
            whole=True,
        ),
        Column(
            "attendance",
            QT_TRANSLATE_NOOP("sessions", "Present / quorum"),
            lambda s: f"{s.present} / {s.quorum}",
            sort=lambda s: s.present,
        ),
    )

    def other(self, s: SessionInfo, column: Column[SessionInfo], role: int) -> Any:
        if column.name == "attendance" and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "sessions", "Present: {present}; needed for a quorum: {quorum}"
            ).format(present=s.present, quorum=s.quorum)
        return None

    def row_of(self, session_id: int) -> int | None:
        return next((n for n, s in enumerate(self.rows) if s.id == session_id), None)


class MembersTableModel(RowsTableModel[MemberInfo]):
    """The committee's members with a tick for those present. Ticking does not change the row:
    it asks, through `presence_wanted(username, present)`, and the page shows the answer."""

    presence_wanted = Signal(str, bool)
    context = "sessions"
    columns = (
        Column(
            "present",
            QT_TRANSLATE_NOOP("sessions", "Present"),
            lambda m: "",
            sort=lambda m: m.present,
        ),
        Column("member", QT_TRANSLATE_NOOP("sessions", "Member"), lambda m: m.full_name),
        Column(
            "role",
            QT_TRANSLATE_NOOP("sessions", "Role"),
            lambda m: QCoreApplication.translate("sessions", "chair") if m.chair else "",
            sort=lambda m: not m.chair,
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        self.editable = False

    def other(self, m: MemberInfo, column: Column[MemberInfo], role: int) -> Any:
        if column.name == "present" and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if m.present else Qt.CheckState.Unchecked
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == 0 and self.editable):
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        member = self.rows[index.row()]
        self.presence_wanted.emit(member.username, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True


class AgendaTableModel(RowsTableModel[AgendaItem]):
    """Submitted inspections awaiting a decision, with who may not decide each and why."""

    context = "sessions"
    columns = (
        Column(
            "producer",
            QT_TRANSLATE_NOOP("sessions", "Producer"),
            lambda a: agenda_producer(a),
            sort=lambda a: a.producer,
        ),
        Column("product", QT_TRANSLATE_NOOP("sessions", "Product"), lambda a: a.product),
        Column(
            "inspection",
            QT_TRANSLATE_NOOP("sessions", "Inspection"),
            lambda a: f"{standard_text(a.standard)} · {name_of(a.kind)} · {a.inspector}",
            sort=lambda a: str(a.standard),
        ),
        Column(
            "score",
            QT_TRANSLATE_NOOP("sessions", "Score"),
            lambda a: format_decimal(str(a.score), places=2) if a.score is not None else "",
            sort=lambda a: None if a.score is None else float(str(a.score)),
            numeric=True,
        ),
        Column(
            "stars",
            QT_TRANSLATE_NOOP("sessions", "Stars"),
            lambda a: stars_text(a.stars),
            sort=lambda a: a.stars,
        ),
        Column(
            "result",
            QT_TRANSLATE_NOOP("sessions", "Result"),
            lambda a: passed_text(a.passed),
            sort=lambda a: a.passed,
            colour=lambda a: passed_colour(a.passed),
        ),
        Column(
            "barred",
            QT_TRANSLATE_NOOP("sessions", "May not decide"),
            lambda a: "; ".join(barred_text(b) for b in a.barred_members),
            sort=lambda a: len(a.barred_members),
        ),
    )

    def other(self, a: AgendaItem, column: Column[AgendaItem], role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column.name == "barred":
            return "\n".join(barred_text(b) for b in a.barred_members) or None
        if role == Qt.ItemDataRole.FontRole and column.name == "producer" and a.deferred:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, inspection_id: int) -> int | None:
        return next((n for n, a in enumerate(self.rows) if a.inspection_id == inspection_id), None)


def agenda_producer(a: AgendaItem) -> str:
    if not a.deferred:
        return a.producer
    return QCoreApplication.translate("sessions", "{producer} (deferred before)").format(
        producer=a.producer
    )


class DecisionsTableModel(RowsTableModel[DecisionInfo]):
    """Decisions taken in the session: what, why, votes and the certificate issued."""

    context = "sessions"
    columns = (
        Column("producer", QT_TRANSLATE_NOOP("sessions", "Producer"), lambda d: d.producer),
        Column("product", QT_TRANSLATE_NOOP("sessions", "Product"), lambda d: d.product),
        Column(
            "decision",
            QT_TRANSLATE_NOOP("sessions", "Decision"),
            lambda d: name_of(d.outcome),
            sort=lambda d: d.outcome.value,
        ),
        Column("reason", QT_TRANSLATE_NOOP("sessions", "Reason"), lambda d: d.reason),
        Column(
            "votes",
            QT_TRANSLATE_NOOP("sessions", "For / against"),
            lambda d: f"{d.votes_for} / {d.votes_against}",
            sort=lambda d: d.votes_for,
        ),
        Column(
            "certificate",
            QT_TRANSLATE_NOOP("sessions", "Certificate"),
            lambda d: d.certificate_number or "",
        ),
    )


class ConflictsTableModel(RowsTableModel[ConflictInfo]):
    """Declared conflicts of interest: member, producer, reason, when."""

    context = "sessions"
    columns = (
        Column("member", QT_TRANSLATE_NOOP("sessions", "Member"), lambda c: c.full_name),
        Column("producer", QT_TRANSLATE_NOOP("sessions", "Producer"), lambda c: c.producer),
        Column("reason", QT_TRANSLATE_NOOP("sessions", "Reason"), lambda c: c.reason),
        Column(
            "declared",
            QT_TRANSLATE_NOOP("sessions", "Declared"),
            lambda c: format_date(c.declared_at),
            sort=lambda c: c.declared_at,
        ),
    )
