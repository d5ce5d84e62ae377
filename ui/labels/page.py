"""Lots and labels: find a certificate in force, see its lots with what became of their labels,
record a lot, print labels as a job (progress, Cancel), record spoiled labels, and answer "was it
printed?" for a job nobody can vouch for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification.documents.labels import PrinterOffset
from certification.labels.serials import ranges_text
from certification.users import may
from models.enums import Role
from ui import page
from ui.formats import format_date
from ui.labels.calibration import CalibrationDialog
from ui.labels.dialogs import LotDialog, PrintLabelsDialog, SpoilDialog
from ui.labels.keyholder import KeyHolder
from ui.labels.models import CertificatesTableModel, JobsTableModel, LotsTableModel
from ui.messages.values import spoilage_text
from ui.operations import ReadOp, WriteOp
from ui.operations.labels import (
    CertificateLots,
    LotRow,
    Printed,
    answer_printed,
    certificate_lots,
    import_glabels_file,
    in_force,
    label_stock,
    resolve_interrupted,
)
from ui.tasks import Tasks
from ui.widgets.boxes import ask, tell
from ui.widgets.files import file_dialog
from ui.widgets.permits import permit
from ui.widgets.tables import sorted_table
from ui.workspace import Workspace

PRINTING = (Role.CLERK,)


class Page(page.Page):
    page_id = "labels"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.current: CertificateLots | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.load_certificates)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.certificates = CertificatesTableModel()
        self.certificates_proxy, self.certificates_view = sorted_table(
            self.certificates, self, "certificates"
        )
        self.certificates_view.selectionModel().currentRowChanged.connect(self._chosen)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.lots = LotsTableModel()
        self.lots_proxy, self.lots_view = sorted_table(self.lots, self, "lots")
        self.lots_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_lot())
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("recordLot")
        self.record_button.clicked.connect(self.record_lot)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("printLabels")
        self.print_button.clicked.connect(self.print_labels)
        self.reprint_button = QPushButton(self)
        self.reprint_button.setObjectName("reprintLabels")
        self.reprint_button.clicked.connect(self.reprint_labels)
        self.spoil_button = QPushButton(self)
        self.spoil_button.setObjectName("spoilLabels")
        self.spoil_button.clicked.connect(self.spoil_labels)
        self.jobs = JobsTableModel()
        self.jobs_proxy, self.jobs_view = sorted_table(self.jobs, self, "jobs")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importTemplates")
        self.import_button.clicked.connect(self.choose_templates)
        self.calibrate_button = QPushButton(self)
        self.calibrate_button.setObjectName("calibrate")
        self.calibrate_button.clicked.connect(self.calibrate)
        self.keys = KeyHolder(self)
        self.keys.changed.connect(self._show_key)
        self.key_state = QLabel(self)
        self.key_state.setObjectName("keyState")
        self.lock_button = QPushButton(self)
        self.lock_button.setObjectName("lockNow")
        self.lock_button.clicked.connect(self.keys.forget)
        self.stock = QLabel(self)
        self.stock.setObjectName("stock")
        self.stock.setWordWrap(True)
        self.waiting = QLabel(self)
        self.waiting.setObjectName("waiting")
        self.waiting.setWordWrap(True)
        self.printed_button = QPushButton(self)
        self.printed_button.setObjectName("wasPrinted")
        self.printed_button.clicked.connect(lambda: self.answer(True))
        self.not_printed_button = QPushButton(self)
        self.not_printed_button.setObjectName("wasNotPrinted")
        self.not_printed_button.clicked.connect(lambda: self.answer(False))

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.certificates_view, 1)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.heading)
        buttons = QHBoxLayout()
        for button in (
            self.record_button,
            self.print_button,
            self.spoil_button,
            self.reprint_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        stock_line = QHBoxLayout()
        stock_line.addWidget(self.key_state)
        stock_line.addWidget(self.lock_button)
        stock_line.addStretch(1)
        stock_line.addWidget(self.calibrate_button)
        stock_line.addWidget(self.import_button)
        side.addLayout(stock_line)
        side.addWidget(self.lots_view, 2)
        side.addWidget(self.stock)
        side.addWidget(self.jobs_view, 1)
        answers = QHBoxLayout()
        answers.addWidget(self.waiting, 1)
        answers.addWidget(self.printed_button)
        answers.addWidget(self.not_printed_button)
        side.addLayout(answers)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self._enable()

    # Texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Number, producer or product"))
        self.record_button.setText(self.tr("Record a lot…"))
        self.print_button.setText(self.tr("Print labels…"))
        self.spoil_button.setText(self.tr("Spoiled labels…"))
        self.reprint_button.setText(self.tr("Reprint spoiled…"))
        self.import_button.setText(self.tr("Import gLabels templates…"))
        self.calibrate_button.setText(self.tr("Printer calibration…"))
        self.lock_button.setText(self.tr("Lock now"))
        self.printed_button.setText(self.tr("It was printed"))
        self.not_printed_button.setText(self.tr("It was not printed"))
        self.certificates.retranslate()
        self.lots.retranslate()
        self.jobs.retranslate()
        self._show_certificate()
        self._show_key()
        self._enable()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        self.keys.watch(self.window())  # the key is forgotten when the window closes (log-out)
        super().showEvent(event)

    def _show_key(self) -> None:
        held = self.keys.signer is not None
        self.key_state.setVisible(held)
        self.lock_button.setVisible(held)
        if held:
            self.key_state.setText(
                self.tr("Key unlocked, locks in {minutes} min").format(
                    minutes=self.keys.minutes_left
                )
            )

    # Loading -----------------------------------------------------------------------------------

    def activated(self) -> None:
        # Label jobs their run left pending are resolved when the page opens (or by the next job).
        actor = self.workspace.user
        if may(actor, *PRINTING):
            WriteOp(self, lambda db: resolve_interrupted(db, actor)).success(
                lambda _: self.load_certificates()
            ).failure(lambda _: self.load_certificates()).run()
        else:
            self.load_certificates()

    def load_certificates(self) -> None:
        text = self.search.text()
        ReadOp(self, lambda db: in_force(db, text)).success(self._certificates_loaded).run()

    def _certificates_loaded(self, rows: list[Any]) -> None:
        chosen = self.current.certificate.number if self.current else None
        self.certificates.set_rows(rows)
        if chosen is not None:
            for n in range(self.certificates_proxy.rowCount()):
                if self.certificates_proxy.index(n, 0).data() == chosen:
                    self.certificates_view.selectRow(n)
                    return
        if self.certificates_proxy.rowCount():
            self.certificates_view.selectRow(0)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.certificates_proxy.mapToSource(current).row()
        self.load_lots(self.certificates.rows[row].number)

    def load_lots(self, number: str) -> None:
        ReadOp(self, lambda db: certificate_lots(db, number)).success(self._lots_loaded).run()

    def _lots_loaded(self, found: CertificateLots) -> None:
        chosen = self.chosen_lot()
        self.current = found
        self.lots.set_rows(found.lots)
        if self.lots.rows:
            wanted = chosen.lot.id if chosen else None
            at = next((n for n, r in enumerate(self.lots.rows) if r.lot.id == wanted), 0)
            self.lots_view.selectRow(self.lots_proxy.mapFromSource(self.lots.index(at, 0)).row())
        self._show_certificate()
        self._show_lot()

    def chosen_lot(self) -> LotRow | None:
        index = self.lots_view.currentIndex()
        if not index.isValid() or self.current is None:
            return None
        return self.lots.rows[self.lots_proxy.mapToSource(index).row()]

    # Showing -----------------------------------------------------------------------------------

    def _show_certificate(self) -> None:
        if self.current is None:
            self.heading.setText(self.tr("Choose a certificate in force to see its lots."))
            return
        c = self.current.certificate
        text = self.tr(
            "Certificate {number}: {producer} — {products}, valid until {until}. Lots: {lots}."
        )
        self.heading.setText(
            text.format(
                number=c.number,
                producer=c.producer,
                products=", ".join(c.products),
                until=format_date(c.valid_until),
                lots=len(self.current.lots) or self.tr("none yet"),
            )
        )

    def _show_lot(self) -> None:
        row = self.chosen_lot()
        self.jobs.set_rows(list(reversed(row.stock.jobs)) if row else [])
        if row is None:
            self.stock.setText("")
        else:
            s = row.stock
            text = self.tr(
                "Lot {lot}: {allocated} serials issued — {printed} printed (of which {reprinted} "
                "printed again), {spoiled} spoiled, {pending} in jobs not confirmed."
            ).format(
                lot=row.lot.lot_number,
                allocated=s.allocated,
                printed=s.printed,
                reprinted=s.reprinted,
                spoiled=s.spoiled,
                pending=s.pending,
            )
            spoiled = [
                f"{ranges_text([(r.first, r.last)])} ({spoilage_text(r.reason)})"
                for r in s.spoiled_runs
            ]
            if spoiled:
                text += "\n" + self.tr("Spoiled: {runs}").format(runs="; ".join(spoiled))
            self.stock.setText(text)
        job = self.waiting_job()
        if job is None:
            self.waiting.setText("")
        else:
            self.waiting.setText(
                self.tr(
                    "Print job {job} of {at} (serials {serials}) never reported: was it printed?"
                ).format(
                    job=job.id, at=format_date(job.created_at), serials=ranges_text(job.serials)
                )
            )
        self._enable()

    def waiting_job(self) -> Any:
        row = self.chosen_lot()
        if row is None or self.current is None:
            return None
        return next((j for j in self.current.unconfirmed if j.lot_id == row.lot.id), None)

    def _enable(self) -> None:
        user = self.workspace.user
        row = self.chosen_lot()
        permit(
            self.record_button, user, (Role.CLERK, Role.INSPECTOR), when=self.current is not None
        )
        permit(self.print_button, user, PRINTING, when=row is not None)
        permit(self.spoil_button, user, PRINTING, when=row is not None and row.stock.allocated > 0)
        permit(self.reprint_button, user, PRINTING, when=row is not None and row.stock.spoiled > 0)
        permit(self.import_button, user, PRINTING)
        permit(self.calibrate_button, user, PRINTING)
        waiting = self.waiting_job() is not None
        for button in (self.printed_button, self.not_printed_button):
            button.setVisible(waiting)
            permit(button, user, PRINTING, when=waiting)

    # Acts --------------------------------------------------------------------------------------

    def _reload(self, *_: object) -> None:
        if self.current is not None:
            self.load_lots(self.current.certificate.number)

    def record_lot(self) -> None:
        if self.current is None:
            return
        dialog = LotDialog(self, self.workspace, self.tasks, self.current.certificate)
        dialog.recorded.connect(self._reload)
        dialog.open()

    def print_labels(self) -> None:
        row = self.chosen_lot()
        if row is None or self.current is None:
            return
        number = self.current.certificate.number
        ReadOp(self, label_stock).success(lambda stock: self._print(number, row, stock)).run()

    def reprint_labels(self) -> None:
        row = self.chosen_lot()
        if row is None or self.current is None or not row.stock.spoiled:
            return
        number = self.current.certificate.number
        wanted = tuple((r.first, r.last) for r in row.stock.spoiled_runs)
        ReadOp(self, label_stock).success(
            lambda stock: self._print(number, row, stock, wanted)
        ).run()

    def _print(self, number: str, row: LotRow, stock: list[Any], reprint: Any = None) -> None:
        dialog = PrintLabelsDialog(
            self, self.workspace, self.tasks, number, row, stock, self.keys, reprint=reprint
        )
        dialog.printed.connect(self._printed)
        dialog.open()

    def _printed(self, done: Printed) -> None:
        self._reload()
        result = done.result
        if done.printer is not None:
            text = self.tr(
                "%Ln label(s) of lot {lot}, serials {serials}, sent to {printer}.",
                "",
                result.job.labels,
            )
        else:
            text = self.tr(
                "%Ln label(s) of lot {lot}, serials {serials}, written to {path}.",
                "",
                result.job.labels,
            )
        tell(
            self,
            "labelsPrinted",
            text.format(
                lot=result.lot,
                serials=ranges_text(result.job.serials),
                path=result.path,
                printer=done.printer,
            ),
        )

    def open_dialog(self, name: str) -> None:
        """Open a dialog of the page by name (`print`, `calibration`), for the screenshots."""
        acts = {"print": self.print_labels, "calibration": self.calibrate}
        acts[name]()

    def calibrate(self) -> None:
        ReadOp(self, label_stock).success(self._calibrate).run()

    def _calibrate(self, stock: list[Any]) -> None:
        dialog = CalibrationDialog(self, self.workspace, self.tasks, stock)
        dialog.saved.connect(self._calibrated)
        dialog.open()

    def _calibrated(self, template: str, offset: PrinterOffset) -> None:
        text = self.tr("Printer offsets of {stock} kept: right {dx} mm, down {dy} mm.")
        tell(
            self,
            "offsetsKept",
            text.format(stock=template, dx=f"{offset.dx:g}", dy=f"{offset.dy:g}"),
        )

    def choose_templates(self) -> None:
        dialog = file_dialog(self, self.tr("Import gLabels templates"), str(Path.home()))
        dialog.setObjectName("importDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("gLabels templates (*.xml *.glabels)"))
        dialog.fileSelected.connect(self.import_templates)
        dialog.open()

    def import_templates(self, path: str) -> None:
        actor = self.workspace.user
        WriteOp(self, lambda db: import_glabels_file(db, actor, path)).success(self._imported).run()

    def _imported(self, result: Any) -> None:
        text = self.tr("{added} templates added, {skipped} already known or too small for a code.")
        tell(
            self,
            "templatesImported",
            text.format(added=len(result.added), skipped=len(result.skipped)),
            "\n".join(result.added),
        )

    def spoil_labels(self) -> None:
        row = self.chosen_lot()
        if row is None:
            return
        dialog = SpoilDialog(self, self.workspace, self.tasks, row)
        dialog.spoiled.connect(self._reload)
        dialog.open()

    def answer(self, printed: bool) -> None:
        job = self.waiting_job()
        if job is None:
            return
        actor = self.workspace.user

        def write() -> None:
            WriteOp(self, lambda db: answer_printed(db, actor, job.id, printed)).success(
                self._reload
            ).run()

        if printed:
            write()
            return
        ask(
            self,
            "notPrinted",
            self.tr("Record the labels of job {job} as spoiled, ready for a reprint?").format(
                job=job.id
            ),
            self.tr("Record as spoiled"),
            write,
        )
