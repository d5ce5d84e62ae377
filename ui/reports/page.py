"""Reports: the committee's figures for a chosen period — certificates by state, region and
category, today's outlook (expiring, surveillance due), inspections passed and failed, label
checks by outcome and place, producers and the people in them — each as a chart with its numbers
beside it; the whole exported to PDF, XLSX or CSV; and the public register published from here."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from certification.core import clock
from certification.documents.figures import FigureReport
from certification.reports import EARLIEST, Dashboard, Period
from ui import page
from ui.formats import format_date
from ui.operations import Job, ReadOp, Task
from ui.operations.reports import Published, dashboard, export_report, publish
from ui.reports import figures
from ui.reports.cards import FigureCard
from ui.reports.dialogs import PublishDialog
from ui.tasks import Tasks
from ui.widgets.boxes import tell
from ui.widgets.edits import DateEdit
from ui.widgets.files import file_dialog
from ui.widgets.messages import MessageLine, said_text
from ui.workspace import Workspace

PERIODS = ("this_year", "last_year", "last_12_months", "this_month", "all", "chosen")


def preset(name: str, today: date) -> Period:
    """The period a choice of the chooser names, as of `today`."""
    if name == "last_year":
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    if name == "last_12_months":
        return Period(today - timedelta(days=364), today)
    if name == "this_month":
        return Period(today.replace(day=1), today)
    if name == "all":
        return Period(EARLIEST, today)
    return Period.year_to_date(today)


class Page(page.Page):
    page_id = "reports"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.shown: Dashboard | None = None
        self.refusal: BaseException | None = None
        self.publishing: Task | None = None
        today = clock.today()

        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for name in PERIODS:
            self.period.addItem("", name)
        self.period_label.setBuddy(self.period)
        self.start = DateEdit(date(today.year, 1, 1), self)
        self.start.setObjectName("start")
        self.end = DateEdit(today, self)
        self.end.setObjectName("end")
        self.to_label = QLabel(self)
        self.period.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self.export)
        self.publish_button = QPushButton(self)
        self.publish_button.setObjectName("publish")
        self.publish_button.clicked.connect(self.choose_publishing)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.cancel_publishing)
        self.cancel_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.start)
        top.addWidget(self.to_label)
        top.addWidget(self.end)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.export_button)
        top.addWidget(self.publish_button)
        self.error = MessageLine(self, "periodError")

        self.cards = {name: FigureCard(name) for name in figures.SECTIONS}
        body = QWidget()
        grid = QVBoxLayout(body)
        for card in self.cards.values():
            grid.addWidget(card)
        grid.addStretch(1)
        self.area = QScrollArea(self)
        self.area.setObjectName("dashboard")
        self.area.setWidgetResizable(True)
        self.area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.area, 1)
        self.retranslate()

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        names = {
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "last_12_months": self.tr("The last 12 months"),
            "this_month": self.tr("This month"),
            "all": self.tr("Since the beginning"),
            "chosen": self.tr("Dates chosen"),
        }
        for n, name in enumerate(PERIODS):
            self.period.setItemText(n, names[name])
        self.to_label.setText(self.tr("to"))
        self.start.setAccessibleName(self.tr("First day"))
        self.end.setAccessibleName(self.tr("Last day"))
        self.export_button.setText(self.tr("Export…"))
        self.publish_button.setText(self.tr("Publish the register…"))
        self.publish_button.setToolTip(
            self.tr("The public register and the verification page, written into a folder")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        if self.refusal is not None:
            self.error.setText(said_text(self.refusal))  # type: ignore[arg-type]
        self._show()

    def _show(self) -> None:
        if self.shown is None:
            return
        tables = figures.tables(self.shown)
        nothing = self.tr("Nothing in this period.")
        for name, card in self.cards.items():
            card.show_table(tables[name], nothing)
        self.export_button.setEnabled(True)

    # the period -----------------------------------------------------------------------------

    def chosen_period(self) -> Period:
        return Period(self.start.value(), self.end.value())

    def _preset_chosen(self) -> None:
        name = self.period.currentData()
        if name == "chosen":
            return
        p = preset(name, clock.today())
        for edit, day in ((self.start, p.start), (self.end, p.end)):
            edit.blockSignals(True)
            edit.set_date(day)
            edit.blockSignals(False)
        self.reload()

    def _dates_changed(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("chosen"))
        self.period.blockSignals(False)
        self.reload()

    # loading --------------------------------------------------------------------------------

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        period = self.chosen_period()
        ReadOp(self, lambda db: dashboard(db, period)).success(self._loaded).failure(
            self._refused
        ).run()

    def _loaded(self, found: Dashboard) -> None:
        if found.period != self.chosen_period():
            return  # a later choice is on its way
        self.refusal = None
        self.error.clear()
        self.shown = found
        self._show()

    def _refused(self, error: BaseException) -> None:
        """A period that ends before it starts: said above the figures, which stay as they were."""
        from ui.widgets.boxes import error_text

        self.refusal = error
        self.error.setText(error_text(error))

    # export ---------------------------------------------------------------------------------

    def report(self) -> FigureReport:
        assert self.shown is not None
        committee = self.workspace.committee.name(self.workspace_language())
        return figures.report(self.shown, committee, format_date(clock.today()))

    def workspace_language(self) -> str:
        from ui import i18n

        return i18n.current_language()

    def export(self) -> None:
        dialog = file_dialog(self, self.tr("Export the figures"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [
                self.tr("PDF document (*.pdf)"),
                self.tr("Spreadsheet (*.xlsx)"),
                self.tr("CSV table (*.csv)"),
            ]
        )
        dialog.setDefaultSuffix("pdf")
        p = self.chosen_period()
        name = f"figures-{p.start.isoformat()}-{p.end.isoformat()}.pdf"
        dialog.selectFile(str(Path(user_documents_dir()) / name))
        dialog.fileSelected.connect(self.export_to)
        dialog.open()

    def export_to(self, path: str) -> None:
        """The figures shown, as shown, into `path` (PDF, XLSX or CSV by its suffix)."""
        if self.shown is None:
            return
        report = self.report()
        (Job(self, lambda _factory: export_report(path, report)).success(self._exported).run())

    def _exported(self, path: Path) -> None:
        tell(
            self,
            "exported",
            lambda: self.tr("The figures were written to {path}.").format(path=path),
        )

    # publishing -----------------------------------------------------------------------------

    def choose_publishing(self) -> None:
        dialog = PublishDialog(self, self.workspace, self.tasks)
        dialog.chosen.connect(self.publish_to)
        dialog.open()

    def publish_to(self, folder: str, passphrase: str | None) -> None:
        """The public register into `folder` as a job; the progress shows beside the buttons."""
        user = self.workspace.user.username
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.publish_button.setEnabled(False)
        self.publishing = (
            Job(self, lambda factory: publish(factory, folder, passphrase, user))
            .progress(self._published_part)
            .success(self._published)
            .failure(self._publishing_failed)
            .run()
        )

    def _published_part(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _publishing_over(self) -> None:
        self.publishing = None
        self.progress.hide()
        self.cancel_button.hide()
        self.publish_button.setEnabled(True)

    def cancel_publishing(self) -> None:
        if self.publishing is not None:
            self.publishing.cancel()

    def _published(self, done: Published) -> None:
        self._publishing_over()

        def said() -> str:
            if done.signed:
                text = self.tr(
                    "The public register, the signed status list and the verification page "
                    "were written to {folder} ({count} files)."
                )
            else:
                text = self.tr(
                    "The public register and the verification page were written to {folder} "
                    "({count} files). The page checks labels once it is published with the "
                    "signed status list."
                )
            return text.format(folder=done.folder, count=len(done.files))

        tell(self, "published", said)

    def _publishing_failed(self, error: BaseException) -> None:
        from ui.operations import Cancelled
        from ui.widgets.boxes import show_error

        self._publishing_over()
        if not isinstance(error, Cancelled):
            show_error(self, error)
