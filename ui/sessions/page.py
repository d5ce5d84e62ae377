"""Committee sessions: open a session, tick members present against the quorum, decide the
agenda of submitted inspections (grant, refuse, defer) with impartiality enforced by the domain,
record conflicts of interest, close the session. A grant issues the certificate."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification import sessions, settings
from certification.sessions import AgendaItem, DecisionInfo, SessionInfo
from certification.users import DECIDING_ROLES, UserInfo, may
from models.enums import DecisionOutcome, Role, SessionStatus
from ui import page
from ui.formats import format_date
from ui.messages.values import name_of
from ui.operations import ReadOp, WriteOp
from ui.operations.sessions import SessionDesk, desk
from ui.sessions.dialogs import (
    ConflictDialog,
    DecisionDialog,
    OpenSessionDialog,
    PrintCertificateDialog,
)
from ui.sessions.models import (
    AgendaTableModel,
    ConflictsTableModel,
    DecisionsTableModel,
    MembersTableModel,
    SessionsTableModel,
)
from ui.tasks import Tasks
from ui.widgets.boxes import MessageBox, ask, tell
from ui.widgets.palette import BAD, GOOD
from ui.widgets.permits import permit
from ui.widgets.tables import sorted_table
from ui.workspace import Workspace


class Page(page.Page):
    page_id = "sessions"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.current: SessionDesk | None = None

        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSession")
        self.open_button.clicked.connect(self.open_session)
        self.sessions = SessionsTableModel()
        self.sessions_proxy, self.sessions_view = sorted_table(
            self.sessions, self, "sessionsTable", sort=(0, Qt.SortOrder.DescendingOrder)
        )
        self.sessions_view.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.sessions_view.hideColumn(2)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.open_button)
        left_layout.addWidget(self.sessions_view, 1)
        left.setMinimumWidth(340)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.quorum = QLabel(self)
        self.quorum.setObjectName("quorum")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeSession")
        self.close_button.clicked.connect(self.close_session)

        self.agenda = AgendaTableModel()
        self.agenda_proxy, self.agenda_view = sorted_table(self.agenda, self, "agenda", stretch=6)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.grant_button = QPushButton(self)
        self.grant_button.setObjectName("grant")
        self.refuse_button = QPushButton(self)
        self.refuse_button.setObjectName("refuse")
        self.defer_button = QPushButton(self)
        self.defer_button.setObjectName("defer")
        self.grant_button.clicked.connect(lambda: self.decide(DecisionOutcome.GRANT))
        self.refuse_button.clicked.connect(lambda: self.decide(DecisionOutcome.REFUSE))
        self.defer_button.clicked.connect(lambda: self.decide(DecisionOutcome.DEFER))
        self.agenda_empty = QLabel(self)
        agenda_tab = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_tab)
        agenda_layout.addWidget(self.agenda_view, 1)
        agenda_layout.addWidget(self.agenda_empty)
        row = QHBoxLayout()
        for button in (self.grant_button, self.refuse_button, self.defer_button):
            row.addWidget(button)
        row.addStretch(1)
        agenda_layout.addLayout(row)

        self.members = MembersTableModel()
        self.members.presence_wanted.connect(self.set_present)
        self.members_proxy, self.members_view = sorted_table(
            self.members, self, "members", sort=(1, Qt.SortOrder.AscendingOrder)
        )
        self.members_view.setEditTriggers(self.members_view.EditTrigger.NoEditTriggers)
        members_tab = QWidget(self)
        members_layout = QVBoxLayout(members_tab)
        self.members_hint = QLabel(self)
        self.members_hint.setWordWrap(True)
        members_layout.addWidget(self.members_hint)
        members_layout.addWidget(self.members_view, 1)

        self.decisions = DecisionsTableModel()
        self.decisions_proxy, self.decisions_view = sorted_table(
            self.decisions, self, "decisions", stretch=3
        )
        self.conflicts = ConflictsTableModel()
        self.conflicts_proxy, self.conflicts_view = sorted_table(
            self.conflicts, self, "conflicts", stretch=2
        )
        self.declare_button = QPushButton(self)
        self.declare_button.setObjectName("declare")
        self.declare_button.clicked.connect(self.declare_conflict)
        conflicts_tab = QWidget(self)
        conflicts_layout = QVBoxLayout(conflicts_tab)
        conflicts_layout.addWidget(self.conflicts_view, 1)
        declare_row = QHBoxLayout()
        declare_row.addWidget(self.declare_button)
        declare_row.addStretch(1)
        conflicts_layout.addLayout(declare_row)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(agenda_tab, "")
        self.tabs.addTab(members_tab, "")
        self.tabs.addTab(self.decisions_view, "")
        self.tabs.addTab(conflicts_tab, "")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.facts)
        words.addWidget(self.quorum)
        top.addLayout(words, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addLayout(top)
        right_layout.addWidget(self.tabs, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open a session…"))
        self.close_button.setText(self.tr("Close the session…"))
        self.grant_button.setText(self.tr("Grant…"))
        self.refuse_button.setText(self.tr("Refuse…"))
        self.defer_button.setText(self.tr("Defer…"))
        self.declare_button.setText(self.tr("Declare a conflict of interest…"))
        self.members_hint.setText(
            self.tr(
                "Tick the members present. Whoever inspected an item, or declared a conflict "
                "of interest with its producer, neither decides it nor counts for its quorum."
            )
        )
        for model in (self.sessions, self.agenda, self.members, self.decisions, self.conflicts):
            model.retranslate()
        for proxy in (
            self.sessions_proxy,
            self.agenda_proxy,
            self.members_proxy,
            self.decisions_proxy,
            self.conflicts_proxy,
        ):
            proxy.relocalise()
        self._show()

    def _show(self) -> None:
        d = self.current
        self.tabs.setTabText(0, self.tr("Agenda ({count})").format(count=self.agenda.rowCount()))
        self.tabs.setTabText(1, self.tr("Members present"))
        self.tabs.setTabText(
            2, self.tr("Decisions ({count})").format(count=self.decisions.rowCount())
        )
        self.tabs.setTabText(3, self.tr("Conflicts of interest"))
        if d is None:
            self.heading.setText(self.tr("Open a session, or choose one from the list."))
            self.facts.setText("")
            self.quorum.setText("")
        else:
            s = d.session
            self.heading.setText(
                self.tr("Session {title}").format(title=s.title) + " — " + format_date(s.held_on)
            )
            parts = [s.place] if s.place else []
            if s.chair:
                parts.append(self.tr("chair: {name}").format(name=s.chair))
            parts.append(name_of(s.status))
            self.facts.setText(" · ".join(parts))
            text = self.tr("Present: {present} of {members}; quorum {quorum}").format(
                present=s.present, members=len(s.members), quorum=s.quorum
            )
            if s.has_quorum:
                text += " — " + self.tr("quorum reached")
                colour = GOOD
            else:
                text += " — " + self.tr("no quorum")
                colour = BAD
            self.quorum.setText(text)
            self.quorum.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.agenda_empty.setText(
            self.tr("The session is closed; its decisions are under “Decisions”.")
            if d is not None and d.session.status == SessionStatus.CLOSED
            else self.tr("No submitted inspection awaits a decision.")
        )
        self.agenda_empty.setVisible(d is not None and not self.agenda.rows)
        self._enable()

    def _enable(self) -> None:
        user = self.workspace.user
        is_open = self.current is not None and self.current.session.status == SessionStatus.OPEN
        item = self._chosen_item()
        for button in (self.grant_button, self.refuse_button, self.defer_button):
            permit(
                button,
                user,
                DECIDING_ROLES,
                when=is_open and item is not None,
                refused=self._why_not_decide(item) if is_open else "",
            )
        permit(self.open_button, user, sessions.SECRETARIAT_ROLES)
        self.close_button.setVisible(self.current is not None)
        permit(self.close_button, user, sessions.SECRETARIAT_ROLES, when=is_open)
        self.declare_button.setEnabled(self.current is not None)
        self.members.editable = is_open and may(user, *sessions.SECRETARIAT_ROLES)

    def _why_not_decide(self, item: AgendaItem | None) -> str:
        """Why the signed-in user may not decide the chosen item ('' when they may)."""
        user, d = self.workspace.user, self.current
        if item is None or d is None:
            return ""
        if user.username == item.inspector_username:
            return self.tr("You inspected this item, so you do not decide it.")
        if user.username in item.conflicted:
            return self.tr(
                "You declared a conflict of interest with this producer, so you do not decide it."
            )
        present = any(m.username == user.username and m.present for m in d.session.members)
        if not present and Role.ADMIN not in user.roles:
            return self.tr("Only members ticked present decide.")
        return ""

    # loading --------------------------------------------------------------------------------

    def activated(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        if select is None and self.current is not None:
            select = self.current.session.id
        ReadOp(self, sessions.list_sessions).success(lambda rows: self._listed(rows, select)).run()

    def _listed(self, rows: list[SessionInfo], select: int | None) -> None:
        self.sessions.set_rows(rows)
        row = self.sessions.row_of(select) if select is not None else None
        if row is None and rows:
            index = self.sessions_proxy.index(0, 0)
        elif row is not None:
            index = self.sessions_proxy.mapFromSource(self.sessions.index(row, 0))
        else:
            return
        self.sessions_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._session_chosen(index, QModelIndex())

    def _session_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid():
            self.load(self.sessions.rows[self.sessions_proxy.mapToSource(index).row()].id)

    def load(self, session_id: int) -> None:
        ReadOp(self, lambda db: desk(db, session_id)).success(self._loaded).run()

    def _loaded(self, d: SessionDesk) -> None:
        chosen = self._chosen_item()
        switched = self.current is None or self.current.session.id != d.session.id
        self.current = d
        is_open = d.session.status == SessionStatus.OPEN
        self.members.set_rows(list(d.session.members))
        self.agenda.set_rows(d.agenda if is_open else [])
        if switched:
            self.tabs.setCurrentIndex(0 if is_open else 2)
        self.decisions.set_rows(list(d.session.decisions))
        self.conflicts.set_rows(d.conflicts)
        if chosen is not None and (row := self.agenda.row_of(chosen.inspection_id)) is not None:
            self.agenda_view.selectRow(
                self.agenda_proxy.mapFromSource(self.agenda.index(row, 0)).row()
            )
        self._show()

    def _chosen_item(self) -> AgendaItem | None:
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            return None
        return self.agenda.rows[self.agenda_proxy.mapToSource(index).row()]

    # actions --------------------------------------------------------------------------------

    def open_session(self) -> None:
        def ask_members(s: Session) -> tuple[list[UserInfo], int]:
            return sessions.committee_members(s), int(settings.get(s, "default_quorum"))

        ReadOp(self, ask_members).success(lambda r: self._open_dialog(*r)).run()

    def _open_dialog(self, members: list[UserInfo], quorum: int) -> None:
        dialog = OpenSessionDialog(self, self.workspace, self.tasks, members, quorum)
        dialog.opened.connect(lambda info: self.reload(select=info.id))
        dialog.open()

    def set_present(self, username: str, present: bool) -> None:
        if self.current is None:
            return
        actor, session_id = self.workspace.user, self.current.session.id
        (
            WriteOp(self, lambda db: sessions.set_present(db, actor, session_id, username, present))
            .success(lambda _info: self._refresh())
            .run()
        )

    def _refresh(self) -> None:
        if self.current is not None:
            self.load(self.current.session.id)
            self.reload()

    def decide(self, outcome: DecisionOutcome) -> None:
        item = self._chosen_item()
        if self.current is None or item is None:
            return
        dialog = DecisionDialog(
            self, self.workspace, self.tasks, self.current.session.id, item, outcome
        )
        dialog.decided.connect(self._decided)
        dialog.open()

    def _decided(self, decision: DecisionInfo) -> None:
        self._refresh()
        number = decision.certificate_number
        if number:
            box = ask(
                self,
                "certificateIssued",
                lambda: self.tr(
                    "Certificate {number} is issued to {producer} for {product}."
                ).format(number=number, producer=decision.producer, product=decision.product),
                lambda: self.tr("Print…"),
                lambda: self.print_certificate(number),
                lambda: self.tr(
                    "Print it now? It can also be printed later from the certificates."
                ),
            )
            assert isinstance(box, MessageBox)
            jump = box.add_named_button(
                lambda: self.tr("Open in Certificates"), QMessageBox.ButtonRole.ActionRole
            )
            jump.setObjectName("openCertificates")
            jump.clicked.connect(lambda: self.open_certificate(number))

    def open_certificate(self, number: str) -> None:
        """The certificate just granted, on the Certificates page of the main window."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None:
            shown = show_page("certificates")
            getattr(shown, "show_certificate", lambda _n: None)(number)

    def print_certificate(self, number: str) -> None:
        dialog = PrintCertificateDialog(self, self.workspace, self.tasks, number)
        dialog.printed.connect(
            lambda path: tell(
                self,
                "certificatePrinted",
                lambda: self.tr("Certificate {number} written to {path}.").format(
                    number=number, path=path
                ),
            )
        )
        dialog.open()

    def declare_conflict(self) -> None:
        if self.current is None:
            return
        members = [(m.username, m.full_name) for m in self.current.session.members]
        producers = sorted({(a.producer_id, a.producer) for a in self.agenda.rows})
        item = self._chosen_item()
        dialog = ConflictDialog(
            self,
            self.workspace,
            self.tasks,
            members,
            producers,
            item.producer_id if item else None,
        )
        dialog.declared.connect(self._refresh)
        dialog.open()

    def close_session(self) -> None:
        if self.current is None:
            return
        actor, session_id = self.workspace.user, self.current.session.id
        waiting, title = self.agenda.rowCount(), self.current.session.title
        ask(
            self,
            "confirmClose",
            lambda: self.tr("Close session {title}? No decision can be added afterwards.").format(
                title=title
            ),
            lambda: self.tr("Close the session"),
            lambda: (
                WriteOp(self, lambda db: sessions.close_session(db, actor, session_id))
                .success(lambda _info: self._refresh())
                .run()
            ),
            lambda: (
                self.tr(
                    "Items still on the agenda: {count}. They stay for a later session."
                ).format(count=waiting)
                if waiting
                else ""
            ),
        )
