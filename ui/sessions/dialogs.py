"""Opening a session, deciding an agenda item, declaring a conflict of interest."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from certification import sessions
from certification.core import clock
from certification.sessions import AgendaItem
from certification.users import UserInfo
from models.enums import DecisionOutcome, Role
from ui.formats import format_decimal, sorted_by_name, standard_text
from ui.operations.sessions import print_certificate
from ui.sessions.models import barred_text
from ui.tasks import Tasks
from ui.widgets import paths
from ui.widgets.edits import DateEdit
from ui.widgets.files import file_dialog
from ui.widgets.forms import FormDialog
from ui.workspace import Workspace


class OpenSessionDialog(FormDialog):
    """Date, place, quorum, chair and who is present. Signals: `opened(SessionInfo)`."""

    opened = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        members: list[UserInfo],
        default_quorum: int,
    ) -> None:
        super().__init__(parent, workspace, tasks, "openSessionDialog")
        members = sorted_by_name(members, lambda m: m.full_name)
        today = clock.today()
        self.held_on = DateEdit(
            today, self, minimum=today - timedelta(days=366), maximum=today + timedelta(days=366)
        )
        self.held_on.setObjectName("heldOn")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.quorum = QSpinBox(self)
        self.quorum.setObjectName("quorum")
        self.quorum.setMaximumWidth(90)
        self.quorum.setRange(1, max(1, len(members)))
        self.quorum.setValue(min(default_quorum, max(1, len(members))))
        self.chair = QComboBox(self)
        self.chair.setObjectName("chair")
        self.chair.addItem("", None)
        for m in members:
            self.chair.addItem(m.full_name, m.username)
        # The committee's own chair first; an administrator holds every role but rarely chairs.
        chairs = sorted(
            (m for m in members if Role.CHAIR in m.roles), key=lambda m: Role.ADMIN in m.roles
        )
        chairs_names = [m.username for m in chairs]
        if chairs_names:
            self.chair.setCurrentIndex(self.chair.findData(chairs_names[0]))
        present = QWidget(self)
        grid = QGridLayout(present)
        grid.setContentsMargins(0, 0, 0, 0)
        self.present: dict[str, QCheckBox] = {}
        for n, m in enumerate(members):
            box = QCheckBox(m.full_name, present)
            box.setObjectName(f"present_{m.username}")
            self.present[m.username] = box
            grid.addWidget(box, n // 2, n % 2)
        under = self.messages.under
        self.add_row("held_on", under("held_on", self.held_on))
        self.add_row("place", under("place", self.place))
        self.add_row("quorum", under("quorum", self.quorum))
        self.add_row("chair", under("chair", self.chair))
        self.add_row("present", under("present", present))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open a session"))
        self.name_rows(
            {
                "held_on": self.tr("Date"),
                "place": self.tr("Place"),
                "quorum": self.tr("Quorum"),
                "chair": self.tr("Chair"),
                "present": self.tr("Present"),
            }
        )
        self.chair.setItemText(0, self.tr("(not chosen)"))
        super().retranslate()

    def submit(self) -> None:
        actor = self.workspace.user
        held_on, place, quorum = self.held_on.value(), self.place.text(), self.quorum.value()
        chair = self.chair.currentData()
        present = [name for name, box in self.present.items() if box.isChecked()]
        self.write(
            lambda s: sessions.open_session(
                s, actor, held_on, place=place, quorum=quorum, chair=chair, present=present
            ),
            self.opened.emit,
        )


class DecisionDialog(FormDialog):
    """Grant, refuse (with a reason) or defer (with a reason) one agenda item, with the votes.
    Signals: `decided(DecisionInfo)`."""

    decided = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        session_id: int,
        item: AgendaItem,
        outcome: DecisionOutcome,
    ) -> None:
        super().__init__(parent, workspace, tasks, "decisionDialog")
        self.session_id, self.item = session_id, item
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for choice in (DecisionOutcome.GRANT, DecisionOutcome.REFUSE, DecisionOutcome.DEFER):
            self.outcome.addItem("", choice.value)
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.votes_for = QSpinBox(self)
        self.votes_for.setObjectName("votesFor")
        self.votes_against = QSpinBox(self)
        self.votes_against.setObjectName("votesAgainst")
        for box in (self.votes_for, self.votes_against):
            box.setRange(0, 99)
        self.votes_for.setValue(item.eligible)
        self.eligible = QLabel(self)
        self.eligible.setObjectName("eligible")
        self.eligible.setWordWrap(True)
        votes = QWidget(self)
        votes_layout = QGridLayout(votes)
        votes_layout.setContentsMargins(0, 0, 0, 0)
        self.for_label, self.against_label = QLabel(votes), QLabel(votes)
        votes_layout.addWidget(self.for_label, 0, 0)
        votes_layout.addWidget(self.votes_for, 0, 1)
        votes_layout.addWidget(self.against_label, 0, 2)
        votes_layout.addWidget(self.votes_against, 0, 3)
        votes_layout.setColumnStretch(4, 1)
        m = self.messages
        self.form.addRow(self.about)
        self.add_row("outcome", self.outcome)
        self.add_row("reason", m.under("reason", self.reason))
        self.add_row("votes", m.under("votes", votes))
        self.form.addRow(self.eligible)
        self.finish()
        self.outcome.currentIndexChanged.connect(self._outcome_chosen)
        self.retranslate()
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        item = self.item
        self.setWindowTitle(self.tr("Decision"))
        score = format_decimal(str(item.score), places=2) if item.score is not None else "—"
        self.about.setText(
            f"<b>{item.producer}</b> — {item.product}<br>{standard_text(item.standard)} · {score}"
        )
        self.name_rows(
            {"outcome": self.tr("Decision"), "reason": self.tr("Reason"), "votes": self.tr("Votes")}
        )
        for i, text in enumerate(
            (
                self.tr("Grant the certificate"),
                self.tr("Refuse"),
                self.tr("Defer to a later session"),
            )
        ):
            self.outcome.setItemText(i, text)
        self.for_label.setText(self.tr("for"))
        self.against_label.setText(self.tr("against"))
        text = self.tr("Members present who may decide: {count}.").format(count=item.eligible)
        if item.barred_members:
            barred = "; ".join(barred_text(b) for b in item.barred_members)
            text += " " + self.tr("May not decide: {names}.").format(names=barred)
        self.eligible.setText(text)
        self._outcome_chosen()
        super().retranslate()

    def _outcome_chosen(self) -> None:
        grant = self.outcome.currentData() == DecisionOutcome.GRANT.value
        self.reason.setPlaceholderText(
            self.tr("optional") if grant else self.tr("required: the committee's reason")
        )

    def submit(self) -> None:
        actor, session_id = self.workspace.user, self.session_id
        inspection_id = self.item.inspection_id
        outcome = DecisionOutcome(self.outcome.currentData())
        reason = self.reason.toPlainText()
        votes_for, votes_against = self.votes_for.value(), self.votes_against.value()
        self.write(
            lambda s: sessions.decide(
                s,
                actor,
                session_id,
                inspection_id,
                outcome,
                reason,
                votes_for=votes_for,
                votes_against=votes_against,
            ),
            self.decided.emit,
        )


class ConflictDialog(FormDialog):
    """A member declares a conflict of interest with a producer. Signals: `declared()`."""

    declared = Signal()

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        members: list[tuple[str, str]],
        producers: list[tuple[int, str]],
        producer_id: int | None = None,
    ) -> None:
        super().__init__(parent, workspace, tasks, "conflictDialog")
        self.member = QComboBox(self)
        self.member.setObjectName("member")
        for username, full_name in sorted_by_name(members, lambda m: m[1]):
            self.member.addItem(full_name, username)
        self.producer = QComboBox(self)
        self.producer.setObjectName("producer")
        for pid, name in sorted_by_name(producers, lambda p: p[1]):
            self.producer.addItem(name, pid)
        if producer_id is not None:
            self.producer.setCurrentIndex(max(0, self.producer.findData(producer_id)))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.add_row("member", self.member)
        self.add_row("producer", self.messages.under("producer", self.producer))
        self.add_row("reason", self.reason)
        self.finish()
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflict of interest"))
        self.name_rows(
            {
                "member": self.tr("Member"),
                "producer": self.tr("Producer"),
                "reason": self.tr("Reason"),
            }
        )
        self.reason.setPlaceholderText(self.tr("e.g. a relative is a member of the group"))
        super().retranslate()

    def submit(self) -> None:
        actor, member = self.workspace.user, self.member.currentData()
        producer_id, reason = self.producer.currentData(), self.reason.text()
        if producer_id is None:
            self.messages.put("producer", lambda: self.tr("Choose the producer."))
            return
        self.write(
            lambda s: sessions.declare_conflict(s, actor, member, producer_id, reason),
            lambda _none: self.declared.emit(),
        )


class PrintCertificateDialog(FormDialog):
    """Where to write a certificate's PDF, and the passphrase of the signing key for its QR code.
    Signals: `printed(Path)`."""

    printed = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks, number: str) -> None:
        super().__init__(parent, workspace, tasks, "printCertificateDialog")
        self.number = number
        self.path = QLineEdit(paths.suggested(f"{number}.pdf"), self)
        self.path.setObjectName("path")
        self.path.setMinimumWidth(self.path.fontMetrics().horizontalAdvance("x" * 64))
        self.path.setCursorPosition(0)
        self.choose = QPushButton(self)
        self.choose.setObjectName("choose")
        self.choose.clicked.connect(self._choose)
        where = QWidget(self)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.heading = QLabel(self)
        self.form.addRow(self.heading)
        self.add_row("path", self.messages.under("path", where))
        self.add_row("passphrase", self.passphrase)
        self.finish()
        self.retranslate()
        self.passphrase.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print the certificate"))
        self.heading.setText(self.tr("Certificate {number}").format(number=self.number))
        self.name_rows(
            {"path": self.tr("PDF file"), "passphrase": self.tr("Passphrase of the signing key")}
        )
        self.choose.setText(self.tr("Choose…"))
        super().retranslate()

    def _choose(self) -> None:
        dialog = file_dialog(self, self.tr("Save the certificate as"), self.path.text())
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def submit(self) -> None:
        number, passphrase, path = self.number, self.passphrase.text(), self.path.text()

        def printed(written: Path) -> None:
            paths.remember(written)
            self.printed.emit(written)

        self.read(lambda db: print_certificate(db, number, passphrase, path), printed)
