"""Dialogs of the "Lots and labels" page: record a lot, print labels, spoil labels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from platformdirs import user_documents_dir
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification.certificates import CertificateInfo
from certification.codes.signing import Signer
from certification.core import clock
from certification.core.errors import DomainError
from certification.labels.jobs import JOB_MAX
from certification.labels.ledger import PERSON_REASONS
from certification.labels.serials import Ranges, count_of, merge_ranges, ranges_text
from certification.labels.templates import TemplateInfo
from certification.lots import UNITS
from models.enums import SpoilReason
from ui.labels.keyholder import KeyHolder
from ui.labels.sheet import SheetPicker
from ui.messages.values import name_of, unit_name
from ui.operations import Cancelled, Job, ReadOp, Task
from ui.operations.labels import (
    JobPreview,
    LotRow,
    Printed,
    job_pages,
    label_job,
    preview,
    record_lot,
    spoil,
)
from ui.tasks import Tasks
from ui.widgets.boxes import error_text, show_error
from ui.widgets.edits import DateEdit, fill_choices
from ui.widgets.files import file_dialog
from ui.widgets.forms import FormDialog
from ui.widgets.messages import FieldMessages, MessageLine, said_text
from ui.widgets.pdf import PagesPreview
from ui.workspace import Workspace

PREVIEW_WIDTH = 380  # pixels: an A4 sheet at about 45 dpi when fitted, zoom for more


def documents_folder() -> Path:
    """Where files are saved unless the user chooses: the documents folder, made if missing."""
    folder = Path(user_documents_dir())
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


class LotDialog(FormDialog):
    """A lot of certified product under a certificate in force. Signals: `recorded(LotInfo)`."""

    recorded = Signal(object)

    def __init__(
        self, parent: QWidget, workspace: Workspace, tasks: Tasks, cert: CertificateInfo
    ) -> None:
        super().__init__(parent, workspace, tasks, "lotDialog")
        self.cert = cert
        self.heading = QLabel(self)
        self.product = QComboBox(self)
        self.product.setObjectName("product")
        for name, pid in zip(cert.products, cert.product_ids, strict=True):
            self.product.addItem(name, pid)
        self.lot_number = QLineEdit(self)
        self.lot_number.setObjectName("lot_number")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        for unit in UNITS:
            self.unit.addItem(unit_name(unit), unit)
        today = clock.today()
        self.produced = DateEdit(today, self)
        self.produced.setObjectName("produced_on")
        self.best_before = DateEdit(today.replace(year=today.year + 1), self)
        self.best_before.setObjectName("best_before")
        self.form.addRow(self.heading)
        self.add_row("product", self.messages.under("product", self.product))
        self.add_row("lot_number", self.messages.under("lot_number", self.lot_number))
        amount = QWidget(self)
        row = QHBoxLayout(amount)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quantity, 1)
        row.addWidget(self.unit)
        self.add_row("quantity", self.messages.under("quantity", amount))
        self.add_row("produced_on", self.messages.under("produced_on", self.produced))
        self.add_row("best_before", self.messages.under("best_before", self.best_before))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(460)
        self.lot_number.setFocus()

    @override
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a lot"))
        self.heading.setText(
            self.tr("Certificate {number}, {producer}").format(
                number=self.cert.number, producer=self.cert.producer
            )
        )
        self.name_rows(
            {
                "product": self.tr("Product"),
                "lot_number": self.tr("Lot number"),
                "quantity": self.tr("Quantity"),
                "produced_on": self.tr("Produced on"),
                "best_before": self.tr("Best before"),
            }
        )
        super().retranslate()

    def submit(self) -> None:
        actor, number = self.workspace.user, self.cert.number
        product = int(self.product.currentData())
        lot, quantity = self.lot_number.text(), self.quantity.text()
        unit = str(self.unit.currentData())
        produced, best_before = self.produced.value(), self.best_before.value()
        self.write(
            lambda db: record_lot(
                db, actor, number, product, lot, produced, best_before, quantity, unit
            ),
            self.recorded.emit,
        )


class SpoilDialog(FormDialog):
    """Labels of a lot that will not reach a product, with the reason. Signals: `spoiled`."""

    spoiled = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks, row: LotRow) -> None:
        super().__init__(parent, workspace, tasks, "spoilDialog")
        self.row = row
        self.heading = QLabel(self)
        self.serials = QLineEdit(self)
        self.serials.setObjectName("serials")
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.form.addRow(self.heading)
        self.add_row("serials", self.messages.under("serials", self.serials))
        self.add_row("reason", self.messages.under("reason", self.reason))
        self.add_row("note", self.messages.under("note", self.note))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(460)

    @override
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Spoiled labels"))
        self.heading.setText(
            self.tr("Lot {lot}: serials 1 to {allocated} issued").format(
                lot=self.row.lot.lot_number, allocated=self.row.stock.allocated
            )
        )
        self.serials.setPlaceholderText(self.tr("e.g. 5, 7-9"))
        fill_choices(self.reason, [(name_of(SpoilReason(r)), r) for r in PERSON_REASONS])
        self.name_rows(
            {"serials": self.tr("Serials"), "reason": self.tr("Reason"), "note": self.tr("Note")}
        )
        super().retranslate()

    def submit(self) -> None:
        actor, lot_id = self.workspace.user, self.row.lot.id
        text, reason, note = self.serials.text(), str(self.reason.currentData()), self.note.text()
        self.write(lambda db: spoil(db, actor, lot_id, text, reason, note), self.spoiled.emit)


class PrintLabelsDialog(QDialog):
    """A label job: stock, count, the first free position chosen on a picture of the sheet, the
    pages previewed as they will print; Print… sends them to a printer, Save PDF writes the file.
    The signing key is unlocked once and held by `keys` for the jobs that follow. Runs as a job
    with progress and Cancel. Signals: `printed(Printed)`."""

    printed = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        number: str,
        row: LotRow,
        stock: list[TemplateInfo],
        keys: KeyHolder,
        *,
        reprint: Ranges | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printLabelsDialog")
        self.reprint = merge_ranges(reprint) if reprint else None
        self.finished.connect(self.deleteLater)
        self.workspace, self.tasks, self.keys = workspace, tasks, keys
        self.number, self.row, self.stock = number, row, stock
        self.task: Task | None = None
        self.refusal: DomainError | None = None
        self.pages = 1
        self.messages = FieldMessages()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        for info in stock:
            self.template.addItem(info.id, info.id)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.count = QSpinBox(self)
        self.count.setObjectName("count")
        left = row.remaining
        self.count.setRange(1, max(1, min(JOB_MAX, int(left) if left is not None else JOB_MAX)))
        if left is not None:
            self.count.setValue(self.count.maximum())  # every piece still without a label
        if self.reprint is not None:
            self.count.setRange(count_of(self.reprint), count_of(self.reprint))
            self.count.setEnabled(False)
        self.start = QSpinBox(self)
        self.start.setObjectName("start")
        self.sheet = SheetPicker(self)
        self.sheet.chosen.connect(self.start.setValue)
        self.start.valueChanged.connect(self.sheet.set_start)
        self.count.valueChanged.connect(self.sheet.set_count)
        self.sheet_note = QLabel(self)
        self.sheet_note.setObjectName("sheetNote")
        self.sheet_note.setWordWrap(True)
        self.path = QLineEdit(str(documents_folder() / f"{row.lot.lot_number}.pdf"), self)
        self.path.setObjectName("path")
        self.path.setMinimumWidth(260)
        self.choose = QPushButton(self)
        self.choose.setObjectName("choose")
        self.choose.clicked.connect(self._choose)
        where = QWidget(self)
        line = QHBoxLayout(where)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(self.choose)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_state = QLabel(self)
        self.key_state.setObjectName("keyState")
        self.key_state.setWordWrap(True)
        self.lock_button = QPushButton(self)
        self.lock_button.setObjectName("lockNow")
        self.lock_button.clicked.connect(self.keys.forget)
        key = QWidget(self)
        key_line = QHBoxLayout(key)
        key_line.setContentsMargins(0, 0, 0, 0)
        key_line.addWidget(self.passphrase, 1)
        key_line.addWidget(self.key_state, 1)
        key_line.addWidget(self.lock_button)
        self.keys.changed.connect(self._show_key)
        self.preview = PagesPreview(self)
        self.preview.setMinimumWidth(PREVIEW_WIDTH)
        self.preview_note = QLabel(self)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_shown = 0  # previews shown so far (tests wait on it)
        self.redraw_pending = False  # a preview put off by a job, drawn if the job fails
        self.preview_data = b""
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(200)
        self._redraw.timeout.connect(self.draw_preview)
        for changed in (
            self.template.currentIndexChanged,
            self.start.valueChanged,
            self.count.valueChanged,
        ):
            changed.connect(lambda *_: self._redraw.start())
        self.start.valueChanged.connect(lambda _: self._show_sheet())
        self.count.valueChanged.connect(lambda _: self._show_sheet())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.hide()
        self.error = MessageLine(self, "error")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("savePdf")
        self.printer_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.printer_button.setObjectName("toPrinter")
        self.printer_button.clicked.connect(self.choose_printer)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.print_button = self.printer_button  # the dialog's main act
        columns = QHBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        columns.addLayout(self.form, 5)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        columns.addLayout(right, 6)
        self.labels: dict[str, QLabel] = {}
        self.form.addRow(self.heading)
        start_row = QWidget(self)
        start_line = QVBoxLayout(start_row)
        start_line.setContentsMargins(0, 0, 0, 0)
        start_line.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        start_line.addWidget(self.sheet, 1)
        start_line.addWidget(self.sheet_note)
        for name, field in (
            ("template", self.messages.under("template", self.template)),
            ("count", self.messages.under("count", self.count)),
            ("start", self.messages.under("start", start_row)),
            ("path", self.messages.under("path", where)),
            ("passphrase", self.messages.under("passphrase", key)),
        ):
            self.labels[name] = QLabel(self)
            self.labels[name].setWordWrap(True)
            self.form.addRow(self.labels[name], field)
        self.labels["start"].setBuddy(self.sheet)
        self.form.addRow(self.progress)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self._template_chosen()
        self.sheet.set_count(self.count.value())
        self.retranslate()
        self._show_key()
        self.resize(1040, 680)
        self.draw_preview()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print labels"))
        left = self.row.remaining
        if self.reprint is not None:
            self.heading.setText(
                self.tr("Lot {lot}: spoiled labels {serials} printed again, same serials").format(
                    lot=self.row.lot.lot_number, serials=ranges_text(self.reprint)
                )
            )
        else:
            self.heading.setText(
                self.tr("Lot {lot} of {product}: {left} pieces without a label").format(
                    lot=self.row.lot.lot_number,
                    product=self.row.lot.product,
                    left="—" if left is None else f"{left.normalize():f}",
                )
            )
        texts = {
            "template": self.tr("Label stock"),
            "count": self.tr("Labels"),
            "start": self.tr("First free position on the sheet"),
            "path": self.tr("PDF file"),
            "passphrase": self.tr("Passphrase of the signing key"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for n, info in enumerate(self.stock):
            per_sheet = self.tr("{count} per sheet").format(count=info.template.per_page)
            self.template.setItemText(n, f"{info.id} — {per_sheet}")
        self.sheet.setAccessibleName(self.tr("First free position on the sheet"))
        self.choose.setText(self.tr("Choose…"))
        self.save_button.setText(self.tr("Save PDF"))
        self.printer_button.setText(self.tr("Print…"))
        self.lock_button.setText(self.tr("Lock now"))
        self.messages.retranslate()
        if self.refusal is not None:
            self.error.setText(said_text(self.refusal))
        self._show_sheet()
        self._show_key()
        self._show_preview_note()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_stock(self) -> TemplateInfo | None:
        chosen = self.template.currentData()
        return next((i for i in self.stock if i.id == chosen), None)

    def _template_chosen(self) -> None:
        info = self.chosen_stock()
        per_page = info.template.per_page if info else 1
        self.start.setRange(1, per_page)
        if info is not None:
            self.sheet.set_template(info.template)
            self.sheet.set_start(self.start.value())
        self._show_sheet()

    def _show_sheet(self) -> None:
        info = self.chosen_stock()
        if info is None:
            return
        start, count = self.start.value(), self.count.value()
        self.pages = job_pages(info, start, count)
        self.sheet_note.setText(
            self.tr(
                "Grey: used. Labels on this sheet: {here}, from position {start}; "
                "sheets in all: {pages}."
            ).format(here=self.sheet.on_this_sheet, start=start, pages=self.pages)
        )

    def _show_key(self) -> None:
        held = self.keys.signer is not None
        self.passphrase.setVisible(not held)
        self.key_state.setVisible(held)
        self.lock_button.setVisible(held)
        if held:
            self.key_state.setText(
                self.tr("Key unlocked, locks in {minutes} min").format(
                    minutes=self.keys.minutes_left
                )
            )

    # Preview ---------------------------------------------------------------------------------

    def draw_preview(self) -> None:
        """The job's sheets as they would print (drawn off the GUI thread)."""
        lot_id, template = self.row.lot.id, str(self.template.currentData())
        start, count, wanted = self.start.value(), self.count.value(), self.reprint
        ReadOp(self, lambda db: preview(db, lot_id, template, start, count, wanted)).success(
            self._preview_drawn
        ).failure(self._preview_failed).run()

    def _preview_drawn(self, shown: JobPreview) -> None:
        self.preview_data = shown.pdf
        self.preview_pages = shown
        if self.working:
            # Loading it in the preview would keep the window from its events beside the job's
            # threads; it is drawn again if the job is refused.
            self.redraw_pending = True
            return
        self.preview.set_pdf(shown.pdf)
        self.preview_shown += 1
        self._show_preview_note()

    def _show_preview_note(self) -> None:
        shown = getattr(self, "preview_pages", None)
        if shown is None:
            self.preview_note.setText("")
            return
        text = self.tr(
            "The sheets as they will print, with the printer offset of this label stock; the "
            "codes are placeholders until printing."
        )
        if shown.shown < shown.pages:
            text += " " + self.tr("First {shown} sheets of {pages} shown.").format(
                shown=shown.shown, pages=shown.pages
            )
        self.preview_note.setText(text)

    def _preview_failed(self, error: BaseException) -> None:
        self.preview.clear()
        self.preview_note.setText(error_text(error))

    def _choose(self) -> None:
        dialog = file_dialog(self, self.tr("Save the labels as"), self.path.text())
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    # The job ---------------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self.task is not None

    def choose_printer(self) -> None:
        """The system's print dialog; the job goes to the printer chosen there."""
        if self.working:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.row.lot.lot_number)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        self._run(printer)

    def submit(self) -> None:
        """Save PDF: the job written to the file named in the dialog."""
        self._run(None)

    def _fields(self) -> tuple[QWidget, ...]:
        return (self.template, self.count, self.start, self.sheet, self.path, self.passphrase)

    def _run(self, printer: QPrinter | None) -> None:
        if self.working:
            return
        self.messages.clear()
        self.error.clear()
        self.refusal = None
        # A preview still waiting to be drawn would be drawn beside the job, for nothing: two
        # busy threads kept the window from its events for 0.1–0.25 s at the job's start.
        self.redraw_pending = self._redraw.isActive()
        self._redraw.stop()
        number, lot = self.number, self.row.lot.lot_number
        count, start, path = self.count.value(), self.start.value(), self.path.text().strip()
        template = str(self.template.currentData())
        key: str | Signer = self.keys.signer or self.passphrase.text()
        user = self.workspace.user
        for field in self._fields():
            field.setEnabled(False)
        self.save_button.setEnabled(False)
        self.printer_button.setEnabled(False)
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.progress.show()
        wanted = self.reprint

        def work(factory: Any) -> Any:
            return label_job(
                factory,
                number,
                lot,
                key,
                path,
                template,
                start,
                user,
                count=None if wanted is not None else count,
                reprint=wanted,
                printer=printer,
            )

        self.task = (
            Job(self, work)
            .progress(self._progressed)
            .success(self._printed)
            .failure(self._failed)
            .run()
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _printed(self, done: Printed) -> None:
        self.task = None
        self.progress.setValue(self.progress.maximum())
        self.keys.hold(done.signer, done.minutes)
        self.passphrase.clear()
        self.printed.emit(done)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.hide()
        if self.redraw_pending:
            self._redraw.start()
        for field in self._fields():
            field.setEnabled(True)
        self.save_button.setEnabled(True)
        self.printer_button.setEnabled(True)
        if isinstance(error, DomainError) and error.code in KEY_REFUSALS:
            self.keys.forget()
            self.messages.put("passphrase", error)
        elif self.messages.show(error):
            pass
        elif isinstance(error, Cancelled):
            self.error.setText(
                self.tr(
                    "Cancelled: no file was written; serials already taken are recorded as "
                    "spoiled, ready for a reprint."
                )
            )
        elif isinstance(error, DomainError):
            self.refusal = error
            self.error.setText(said_text(error))
        else:
            show_error(self, error)

    @override
    def reject(self) -> None:
        # Cancel during a job stops it at its next step; the job records what was left undone.
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()


KEY_REFUSALS = (
    "codes.wrong_passphrase",
    "codes.key_not_current",
    "codes.no_signing_key",
    "codes.no_key_in_force",
)
