"""The register of certificates: search as you type, filters, a window of rows read from the
database as the list scrolls; a certificate's detail with its whole history and lots; suspend,
restore, withdraw, renew and re-issue for those who may (the others see why not before any form);
the certificate's PDF with its signed QR code, to preview, print or save."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from certification.certificate_register import ACTIONS, RegisterFilter
from certification.core.errors import Forbidden
from models.enums import CertificateStatus
from ui import i18n, page
from ui.certificates.dialogs import PdfDialog, ReasonDialog, ReissueDialog
from ui.certificates.models import (
    HistoryTableModel,
    LotsTableModel,
    RegisterTableModel,
    status_colour,
)
from ui.certificates.preview import PdfPreview
from ui.formats import format_date, format_decimal, standard_text, stars_text
from ui.messages import message_for
from ui.messages.values import name_of
from ui.operations import ReadOp
from ui.operations.certificates import Choices, Desk, Window, choices, count, desk, window
from ui.tasks import Tasks
from ui.widgets.edits import fill_choices
from ui.widgets.palette import MUTED, STARS, text_style
from ui.widgets.tables import sorted_table, table_view
from ui.workspace import Workspace

SEARCH_PAUSE_MS = 150  # typing faster than this searches once


class Page(page.Page):
    page_id = "certificates"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.current: Desk | None = None
        self.choices: Choices | None = None
        self.generation = 0  # of the register's rows: a late answer to an old search is dropped
        self.shown_generation = 0
        self.wanted_number: str | None = None  # to show once the rows are read
        self.first_load = True

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.expiring = QCheckBox(self)
        self.expiring.setObjectName("expiring")
        self.days = QSpinBox(self)
        self.days.setObjectName("days")
        self.days.setRange(0, 3660)
        self.days.setValue(60)
        self.surveillance = QCheckBox(self)
        self.surveillance.setObjectName("surveillance")
        for combo in (self.status, self.region, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.expiring.toggled.connect(lambda _on: self.reload())
        self.days.valueChanged.connect(
            lambda _v: self.reload() if self.expiring.isChecked() else None
        )
        self.surveillance.toggled.connect(lambda _on: self.reload())
        self.count = QLabel(self)
        self.count.setObjectName("count")

        self.register = RegisterTableModel()
        self.register.wanted.connect(self._more)
        self.register.sort_wanted.connect(lambda _s, _d: self.reload())
        self.register_view = table_view(self.register, self, stretch=3)
        self.register_view.setObjectName("register")
        self.register_view.setSortingEnabled(True)
        self.register_view.horizontalHeader().setSortIndicator(
            self.register.column("number"), Qt.SortOrder.DescendingOrder
        )
        for hidden in ("category", "stars", "issued", "surveillance"):
            self.register_view.hideColumn(self.register.column(hidden))
        self.register_view.selectionModel().currentRowChanged.connect(self._chosen)

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.region)
        filters.addWidget(self.category)
        filters.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.expiring)
        more.addWidget(self.days)
        more.addWidget(self.surveillance)
        more.addStretch(1)
        more.addWidget(self.count)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addLayout(more)
        left_layout.addWidget(self.register_view, 1)
        left.setMinimumWidth(560)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_names: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for name in (
            "producer",
            "products",
            "standard",
            "score",
            "issued",
            "valid_until",
            "surveillance",
            "granted",
            "lineage",
            "code",
        ):
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"fact_{name}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_names[name], self.fact_values[name] = label, value
            self.facts.addRow(label, value)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("pdf")
        self.pdf_button.clicked.connect(self.open_pdf)
        self.action_buttons: dict[str, QPushButton] = {}
        actions = QVBoxLayout()
        rows = (QHBoxLayout(), QHBoxLayout())
        for n, action in enumerate(ACTIONS):
            button = QPushButton(self)
            button.setObjectName(action)
            button.clicked.connect(lambda _c=False, a=action: self.start(a))
            self.action_buttons[action] = button
            rows[0 if n < 3 else 1].addWidget(button)  # two rows: Kyrgyz words are long
        for row in rows:
            row.addStretch(1)
            actions.addLayout(row)
        self.why_not = QLabel(self)
        self.why_not.setObjectName("whyNot")
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet(text_style(MUTED))

        self.history = HistoryTableModel()
        self.history_proxy, self.history_view = sorted_table(
            self.history, self, "history", stretch=3
        )
        self.history_view.setWordWrap(True)
        self.lots = LotsTableModel()
        self.lots_proxy, self.lots_view = sorted_table(self.lots, self, "lots", stretch=1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.history_view, "")
        self.tabs.addTab(self.lots_view, "")

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(top)
        detail_layout.addLayout(self.facts)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_button)
        pdf_row.addStretch(1)
        detail_layout.addLayout(pdf_row)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.why_not)
        detail_layout.addWidget(self.tabs, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail = detail

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search: the beginning of a number, or part of a producer's or product's name")
        )
        fill_choices(
            self.status,
            [(name_of(s), s) for s in CertificateStatus],
            everything=self.tr("Every status"),
        )
        self._fill_choices()
        self.expiring.setText(self.tr("Expiring within"))
        self.days.setSuffix(self.tr(" days"))
        self.surveillance.setText(self.tr("Surveillance due"))
        self.surveillance.setToolTip(
            self.tr("Active certificates with a surveillance visit due within 30 days")
        )
        self.pdf_button.setText(self.tr("Open the PDF…"))
        texts = {
            "suspend": self.tr("Suspend…"),
            "restore": self.tr("Restore…"),
            "withdraw": self.tr("Withdraw…"),
            "renew": self.tr("Renew…"),
            "reissue": self.tr("Re-issue…"),
        }
        for action, button in self.action_buttons.items():
            button.setText(texts[action])
        names = {
            "producer": self.tr("Producer"),
            "products": self.tr("Products in scope"),
            "standard": self.tr("Standard"),
            "score": self.tr("Score and stars"),
            "issued": self.tr("Issued"),
            "valid_until": self.tr("Valid until"),
            "surveillance": self.tr("Next surveillance"),
            "granted": self.tr("Granted"),
            "lineage": self.tr("Replaces / replaced by"),
            "code": self.tr("Its own code"),
        }
        for name, label in self.fact_names.items():
            label.setText(names[name])
        for model in (self.register, self.history, self.lots):
            model.retranslate()
        for proxy in (self.history_proxy, self.lots_proxy):
            proxy.relocalise()
        self._show_count()
        self._show()

    def _fill_choices(self) -> None:
        lang = i18n.current_language()
        c = self.choices
        fill_choices(
            self.region,
            [(r.name(lang), r.code) for r in c.regions] if c else [],
            everything=self.tr("Every region"),
        )
        fill_choices(
            self.category,
            [(k.name(lang), k.code) for k in c.categories] if c else [],
            everything=self.tr("Every category"),
        )

    def _show_count(self) -> None:
        total = self.register.total
        self.count.setText(
            self.tr("%Ln certificate(s)", "", total) if self.shown_generation else ""
        )

    def _show(self) -> None:
        d = self.current
        self.tabs.setTabText(0, self.tr("History ({count})").format(count=self.history.rowCount()))
        self.tabs.setTabText(1, self.tr("Lots ({count})").format(count=self.lots.rowCount()))
        if d is None:
            self.heading.setText(self.tr("Choose a certificate from the register."))
            self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
            self.state.setText("")
            for label in (*self.fact_names.values(), *self.fact_values.values()):
                label.setVisible(False)
            for button in (self.pdf_button, *self.action_buttons.values()):
                button.setVisible(False)
            self.why_not.setText("")
            self.tabs.setVisible(False)
            return
        info, detail = d.detail.info, d.detail
        self.heading.setText(self.tr("Certificate {number}").format(number=info.number))
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.state.setText(name_of(info.status))
        self.state.setStyleSheet(
            f"color: {status_colour(info.status).name()}; font-weight: bold; font-size: 12pt;"
        )
        place = ", ".join(p for p in (info.village, detail.district, info.region_code) if p)
        score = (
            self.tr("{score} %").format(score=format_decimal(info.score, 1))
            if info.score is not None
            else ""
        )
        stars = stars_text(info.stars)
        values = {
            "producer": f"{info.producer} — {place}",
            "products": ", ".join(info.products),
            "standard": standard_text(info.standard),
            "score": f"{score}  <span style='color:{STARS}'>{stars}</span>",
            "issued": format_date(info.issued_on),
            "valid_until": format_date(info.valid_until),
            "surveillance": format_date(info.next_surveillance_on) or "—",
            "granted": self.tr("committee session {session}").format(session=detail.session),
            "lineage": " / ".join([info.supersedes or "—", info.superseded_by or "—"]),
            "code": self.tr(
                "a QR code signed with the committee's key when the PDF is made; "
                "it verifies this certificate and its status"
            ),
        }
        for name, value in values.items():
            self.fact_values[name].setText(value)
            self.fact_values[name].setTextFormat(
                Qt.TextFormat.RichText if name == "score" else Qt.TextFormat.PlainText
            )
        for label in (*self.fact_names.values(), *self.fact_values.values()):
            label.setVisible(True)
        self.pdf_button.setVisible(True)
        self.tabs.setVisible(True)
        role_refusals: list[str] = []
        for action, button in self.action_buttons.items():
            refused = d.refusals[action]
            button.setVisible(True)
            button.setEnabled(refused is None)
            button.setToolTip(message_for(refused) if refused is not None else "")
            if isinstance(refused, Forbidden) or (
                refused is not None and refused.code == "certificate.nothing_to_reissue"
            ):
                text = message_for(refused)
                if text not in role_refusals:
                    role_refusals.append(text)
        self.why_not.setText("\n".join(role_refusals))
        self.why_not.setVisible(bool(role_refusals))

    # loading --------------------------------------------------------------------------------

    def activated(self) -> None:
        if self.choices is None:
            ReadOp(self, choices).success(self._got_choices).run()
        self.reload()
        if self.current is not None:
            self.load(self.current.detail.info.number)

    def _got_choices(self, got: Choices) -> None:
        first = self.choices is None
        self.choices = got
        self._fill_choices()
        if first:
            self.days.blockSignals(True)
            self.days.setValue(got.warning_days)
            self.days.blockSignals(False)

    def filter(self) -> RegisterFilter:
        return RegisterFilter(
            query=self.search.text(),
            status=self.status.currentData(),
            region_code=self.region.currentData(),
            category_code=self.category.currentData(),
            expiring_within=self.days.value() if self.expiring.isChecked() else None,
            surveillance_due=self.surveillance.isChecked(),
        )

    def reload(self) -> None:
        """Read the first window of the register again (a new search, filter or order)."""
        self.search_timer.stop()
        self.generation += 1
        generation, flt = self.generation, self.filter()
        sort, descending = self.register.sort_name, self.register.descending
        limit = RegisterTableModel.PAGE
        (
            ReadOp(self, lambda db: window(db, flt, sort, descending, 0, limit))
            .success(lambda w: self._first(w, generation, flt))
            .run()
        )

    def _first(self, got: Window, generation: int, flt: RegisterFilter) -> None:
        if generation != self.generation:
            return
        self.shown_generation = generation
        if got.total is None:  # a full window: shown now, counted next, so it need not wait
            self.count.setText("")
            self.register.set_rows(got.rows, len(got.rows) + 1)  # more may follow
            (
                ReadOp(self, lambda db: count(db, flt))
                .success(lambda total: self._counted(total, generation))
                .run()
            )
        else:
            self.register.set_rows(got.rows, got.total)
            self._show_count()
        wanted = self.wanted_number or (self.current.detail.info.number if self.current else None)
        if wanted is None and self.first_load and got.rows:
            wanted = got.rows[0].number
        self.first_load = False
        self.wanted_number = None
        row = self.register.row_of(wanted) if wanted else None
        if row is not None:
            self.register_view.selectionModel().setCurrentIndex(
                self.register.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif wanted and self.current is None:
            self.load(wanted)

    def _counted(self, total: int, generation: int) -> None:
        if generation == self.generation:
            self.register.total = total
            self._show_count()

    def _more(self, offset: int) -> None:
        generation, flt = self.generation, self.filter()
        sort, descending = self.register.sort_name, self.register.descending
        limit = RegisterTableModel.PAGE
        (
            ReadOp(self, lambda db: window(db, flt, sort, descending, offset, limit))
            .success(
                lambda w: (
                    self.register.append(w.rows, w.offset)
                    if generation == self.generation
                    else None
                )
            )
            .run()
        )

    def _chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.register.rows):
            number = self.register.rows[index.row()].number
            if self.current is None or self.current.detail.info.number != number:
                self.load(number)

    def load(self, number: str) -> None:
        user = self.workspace.user
        ReadOp(self, lambda db: desk(db, user, number)).success(self._loaded).run()

    def _loaded(self, d: Desk) -> None:
        self.current = d
        self.history.set_rows(list(d.detail.history))
        self.lots.set_rows(list(d.detail.lots))
        self._show()

    def show_certificate(self, number: str) -> None:
        """Find one certificate and show its detail (from another page: a grant just made)."""
        self.wanted_number = number
        self.current = None
        for combo in (self.status, self.region, self.category):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.expiring, self.surveillance):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(number)
        self.search.blockSignals(False)
        self.reload()
        self.load(number)

    # actions --------------------------------------------------------------------------------

    def start(self, action: str) -> None:
        if self.current is None or self.current.refusals[action] is not None:
            return
        detail = self.current.detail
        if action == "reissue":
            dialog: ReasonDialog | ReissueDialog = ReissueDialog(
                self, self.workspace, self.tasks, detail
            )
        else:
            dialog = ReasonDialog(self, self.workspace, self.tasks, detail.info.number, action)
        dialog.acted.connect(self._done)
        dialog.open()

    def _done(self, number: str) -> None:
        self.wanted_number = number
        self.current = None
        self.reload()
        self.load(number)

    def open_pdf(self) -> None:
        if self.current is None:
            return
        number = self.current.detail.info.number
        dialog = PdfDialog(self, self.workspace, self.tasks, number)
        dialog.made.connect(lambda data: self.preview(number, data))
        dialog.open()

    def preview(self, number: str, data: bytes) -> PdfPreview:
        shown = PdfPreview(self, self.tasks, number, data)
        shown.open()
        return shown
