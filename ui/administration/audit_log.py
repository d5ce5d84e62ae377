"""The audit log: entries by user, action, period and subject, newest first, and "Verify the
chain", which walks the hash chain from the first entry and says where it breaks."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from certification.audit_log import AuditFilter, AuditPage, AuditRow
from certification.core import clock
from certification.register_check import RegisterCheck
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.audit import action_words, check_lines
from ui.operations import ReadOp
from ui.operations.administration_settings import (
    AuditChoices,
    audit_choices,
    audit_rows,
    verify_chain,
)
from ui.tasks import Tasks
from ui.widgets.boxes import show_error
from ui.widgets.edits import DateEdit, fill_choices
from ui.widgets.messages import FieldMessages
from ui.widgets.palette import BAD, GOOD, text_style
from ui.widgets.tables import Column, RowsTableModel, sorted_table
from ui.workspace import Workspace

PROBLEMS = {
    "hash": QT_TRANSLATE_NOOP("administration", "its content was changed"),
    "link": QT_TRANSLATE_NOOP("administration", "it does not follow the entry before it"),
    "gap": QT_TRANSLATE_NOOP("administration", "an entry before it is missing"),
    "truncated": QT_TRANSLATE_NOOP("administration", "entries at the end were removed"),
}


def action_name(action: str) -> str:
    """An action in words of the current language (the log keeps a code: `certificate.issued`)."""
    return action_words(action)


def _details(row: AuditRow) -> str:
    try:
        data = json.loads(row.details)
    except ValueError:
        return row.details
    if not isinstance(data, dict):
        return str(data)
    return ", ".join(f"{k}: {v}" for k, v in data.items())


class AuditTableModel(RowsTableModel[AuditRow]):
    context = "administration"
    columns = (
        Column("seq", QT_TRANSLATE_NOOP("administration", "No."), lambda r: r.seq, numeric=True),
        Column(
            "at",
            QT_TRANSLATE_NOOP("administration", "Time"),
            lambda r: f"{format_date(clock.local(r.at))} {clock.local(r.at):%H:%M:%S}",
            sort=lambda r: r.seq,
        ),
        Column("user", QT_TRANSLATE_NOOP("administration", "User"), lambda r: r.username),
        Column(
            "action", QT_TRANSLATE_NOOP("administration", "Action"), lambda r: action_name(r.action)
        ),
        Column(
            "subject",
            QT_TRANSLATE_NOOP("administration", "Subject"),
            lambda r: f"{r.entity} {r.entity_id}",
        ),
        Column("details", QT_TRANSLATE_NOOP("administration", "Details"), _details),
    )


class AuditLogTab(QWidget):
    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_audit")
        self.workspace, self.tasks = workspace, tasks
        self.loaded = False
        self.report: RegisterCheck | None = None
        self.page: AuditPage | None = None
        self.messages = FieldMessages()
        self.user = QComboBox(self)
        self.user.setObjectName("filter_user")
        self.action = QComboBox(self)
        self.action.setObjectName("filter_action")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("filter_subject")
        self.use_period = QCheckBox(self)
        self.use_period.setObjectName("use_period")
        today = clock.today()
        self.since = DateEdit(today.replace(day=1), self)
        self.since.setObjectName("filter_since")
        self.until = DateEdit(today, self)
        self.until.setObjectName("filter_until")
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("show")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verify_chain")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("chain_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.labels = {name: QLabel(self) for name in ("user", "action", "subject", "period")}
        self.model = AuditTableModel()
        self.sorter, self.view = sorted_table(
            self.model, self, "audit", stretch=5, sort=(0, Qt.SortOrder.DescendingOrder)
        )
        for combo in (self.user, self.action):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        filters = QGridLayout()
        filters.addWidget(self.labels["user"], 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(self.labels["action"], 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(self.labels["subject"], 0, 4)
        filters.addWidget(self.messages.under("subject", self.subject), 0, 5)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.since)
        period.addWidget(QLabel("—", self))
        period.addWidget(self.messages.under("until", self.until))
        period.addStretch(1)
        period.addWidget(self.show_button)
        filters.addWidget(self.labels["period"], 1, 0)
        filters.addLayout(period, 1, 1, 1, 5)
        filters.setColumnStretch(5, 1)
        chain = QHBoxLayout()
        chain.addWidget(self.verify_button)
        chain.addWidget(self.verdict, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(chain)

        self.show_button.clicked.connect(self.search)
        self.subject.returnPressed.connect(self.search)
        self.user.activated.connect(self.search)
        self.action.activated.connect(self.search)
        self.use_period.toggled.connect(self._period_toggled)
        self.verify_button.clicked.connect(self.verify)
        self._period_toggled(False)
        self.retranslate()

    def activated(self) -> None:
        if not self.loaded:
            self.loaded = True
            ReadOp(self, audit_choices).success(self._fill).run()
            self.search()

    def _period_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)

    def _fill(self, choices: AuditChoices) -> None:
        self.choices = choices
        self._fill_combos()

    def _fill_combos(self) -> None:
        choices = getattr(self, "choices", None)
        if choices is None:
            return
        fill_choices(self.user, [(u, u) for u in choices.usernames], everything=self.tr("Everyone"))
        fill_choices(
            self.action,
            [(action_name(a), a) for a in choices.actions],
            everything=self.tr("Every action"),
        )

    def wanted(self) -> AuditFilter:
        period = self.use_period.isChecked()
        return AuditFilter(
            username=self.user.currentData(),
            action=self.action.currentData(),
            since=self.since.value() if period else None,
            until=self.until.value() if period else None,
            subject=self.subject.text(),
        )

    def search(self) -> None:
        wanted = self.wanted()
        self.messages.clear()
        ReadOp(self, lambda db: audit_rows(db, wanted)).success(self._show).failure(
            self._refused
        ).run()

    def _refused(self, error: BaseException) -> None:
        if not self.messages.show(error):
            show_error(self, error)

    def _show(self, page: AuditPage) -> None:
        self.page = page
        self.model.set_rows(page.rows)
        self._say_count()

    def _say_count(self) -> None:
        if self.page is None:
            self.count.clear()
            return
        n = len(self.page.rows)
        self.count.setText(
            self.tr(
                "The newest %Ln entry(ies) that match; narrow the filters to see older ones.", "", n
            )
            if self.page.more
            else self.tr("%Ln entry(ies).", "", n)
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Verifying…"))
        ReadOp(self, verify_chain).success(self._verified).run()

    def _verified(self, report: RegisterCheck) -> None:
        self.report = report
        self.verify_button.setEnabled(True)
        self._say_verdict()

    def _say_verdict(self) -> None:
        """The chain first, then what `audit verify` says of checkpoints and the register."""
        check = self.report
        if check is None:
            self.verdict.clear()
            return
        report = check.chain
        self.verdict.setStyleSheet(text_style(GOOD if check.ok else BAD))
        if report.ok:
            first = self.tr("✓ The chain is unbroken: %Ln entry(ies).", "", report.entries)
            if not check.ok:
                first = "✗ " + first[2:]
        else:
            problem = QCoreApplication.translate("administration", PROBLEMS.get(report.problem, ""))
            first = self.tr("✗ The chain is broken at entry {seq}: {problem}.").format(
                seq=report.first_bad_seq, problem=problem
            )
        self.verdict.setText("\n".join([first, *check_lines(check)]))

    def retranslate(self) -> None:
        self.labels["user"].setText(self.tr("User"))
        self.labels["action"].setText(self.tr("Action"))
        self.labels["subject"].setText(self.tr("Subject"))
        self.labels["period"].setText(self.tr("Period"))
        self.use_period.setText(self.tr("from"))
        self.subject.setPlaceholderText(self.tr("certificate number, user, lot…"))
        self.show_button.setText(self.tr("Show"))
        self.verify_button.setText(self.tr("Verify the chain"))
        self.model.retranslate()
        self._fill_combos()
        self._say_count()
        self._say_verdict()
