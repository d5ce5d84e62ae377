"""Printer calibration for a label stock: print the outline page on plain paper, hold it against a
sheet of labels, type how far the printer is off (mm), see the outlines move in the preview, and
keep the offsets with the label stock (`labels.templates.set_printer_offset`)."""

from __future__ import annotations

from typing import Any

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification.core.errors import DomainError
from certification.documents.labels import PrinterOffset
from certification.labels.templates import TemplateInfo
from ui.operations import ReadOp, WriteOp
from ui.operations.labels import offset_of, outline_page, save_outline, set_offset
from ui.tasks import Tasks
from ui.widgets.boxes import error_text
from ui.widgets.files import file_dialog
from ui.widgets.messages import FieldMessages, MessageLine, said_text
from ui.widgets.pdf import PagesPreview, print_pdf
from ui.workspace import Workspace


def offset_text(value: float) -> str:
    return f"{value:g}"


class CalibrationDialog(QDialog):
    """Signals: `saved(str, PrinterOffset)` — the label stock and the offsets kept for it."""

    saved = Signal(str, object)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        stock: list[TemplateInfo],
        chosen: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.finished.connect(self.deleteLater)
        self.workspace, self.tasks, self.stock = workspace, tasks, stock
        self.refusal: DomainError | None = None
        self.messages = FieldMessages()
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        for info in stock:
            self.template.addItem(info.id, info.id)
        if chosen is not None and self.template.findData(chosen) >= 0:
            self.template.setCurrentIndex(self.template.findData(chosen))
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.dx = QLineEdit(self)
        self.dx.setObjectName("dx")
        self.dy = QLineEdit(self)
        self.dy.setObjectName("dy")
        self.preview = PagesPreview(self)
        self.preview_shown = 0  # outline previews shown so far (tests wait on it)
        self.preview_data = b""
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(250)
        self._redraw.timeout.connect(self.draw_preview)
        self.dx.textChanged.connect(lambda _: self._redraw.start())
        self.dy.textChanged.connect(lambda _: self._redraw.start())
        self.print_outline = QPushButton(self)
        self.print_outline.setObjectName("printOutline")
        self.print_outline.clicked.connect(self.choose_printer)
        self.save_outline = QPushButton(self)
        self.save_outline.setObjectName("saveOutline")
        self.save_outline.clicked.connect(self.choose_file)
        self.error = MessageLine(self, "error")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.names: dict[str, QLabel] = {}
        self.form.addRow(self.explain)
        for name, field in (
            ("template", self.template),
            ("dx", self.messages.under("dx", self.dx)),
            ("dy", self.messages.under("dy", self.dy)),
        ):
            self.names[name] = QLabel(self)
            self.names[name].setWordWrap(True)
            self.form.addRow(self.names[name], field)
        self.names["dx"].setBuddy(self.dx)
        self.names["dy"].setBuddy(self.dy)
        outline = QHBoxLayout()
        outline.addWidget(self.print_outline)
        outline.addWidget(self.save_outline)
        outline.addStretch(1)
        self.form.addRow(outline)
        self.form.addRow(self.status)
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        columns = QHBoxLayout(self)
        columns.addLayout(self.form, 4)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        columns.addLayout(right, 5)
        self._template_chosen()
        self.retranslate()
        self.resize(940, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printer calibration"))
        self.explain.setText(
            self.tr(
                "Print the outline page on plain paper at 100%, hold it against a sheet of "
                "labels up to the light, and measure how far the outlines are from the labels. "
                "Type how far to move the print: right and down are positive, left and up "
                "negative."
            )
        )
        self.names["template"].setText(self.tr("Label stock"))
        self.names["dx"].setText(self.tr("Move right (mm)"))
        self.names["dy"].setText(self.tr("Move down (mm)"))
        self.print_outline.setText(self.tr("Print the outline page…"))
        self.save_outline.setText(self.tr("Save the outline page…"))
        self.messages.retranslate()
        if self.refusal is not None:
            self.error.setText(said_text(self.refusal))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> TemplateInfo:
        wanted = self.template.currentData()
        return next(i for i in self.stock if i.id == wanted)

    def _template_chosen(self) -> None:
        info = self.chosen()
        self.dx.setText(offset_text(info.offset.dx))
        self.dy.setText(offset_text(info.offset.dy))
        self.draw_preview()

    def typed(self) -> PrinterOffset | None:
        """The offsets typed, or None with the refusal shown beside its field."""
        self.messages.clear()
        self.error.clear()
        self.refusal = None
        try:
            return offset_of(self.dx.text(), self.dy.text())
        except DomainError as error:
            if not self.messages.show(error):
                self.refusal = error
                self.error.setText(said_text(error))
            return None

    def draw_preview(self) -> None:
        self._redraw.stop()
        offset = self.typed()
        if offset is None:
            return
        template = self.chosen().id
        ReadOp(self, lambda db: outline_page(db, template, offset)).success(self._drawn).failure(
            self._failed
        ).run()

    def _drawn(self, pdf: bytes) -> None:
        self.preview_data = pdf
        self.preview.set_pdf(pdf)
        self.preview_shown += 1

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError) and self.messages.show(error):
            return
        self.error.setText(error_text(error))

    # Outline page out ------------------------------------------------------------------------

    def choose_printer(self) -> None:
        if self.typed() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """The outline page, with the offsets typed, onto `printer` (off the GUI thread)."""
        offset = self.typed()
        if offset is None:
            return
        info = self.chosen()
        t = info.template

        def work(db: Any) -> int:
            pdf = outline_page(db, t.id, offset)
            return print_pdf(pdf, printer, t.page_width, t.page_height, f"{t.id} — outline")

        ReadOp(self, work).success(lambda _: self._said(self.tr("Outline page printed."))).failure(
            self._failed
        ).run()

    def choose_file(self) -> None:
        if self.typed() is None:
            return
        from ui.labels.dialogs import documents_folder

        name = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.chosen().id)
        dialog = file_dialog(
            self, self.tr("Save the outline page as"), str(documents_folder() / f"{name}.pdf")
        )
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> None:
        offset = self.typed()
        if offset is None:
            return
        template = self.chosen().id
        ReadOp(self, lambda db: save_outline(db, template, offset, path)).success(
            lambda written: self._said(
                self.tr("Outline page written to {path}.").format(path=written)
            )
        ).failure(self._failed).run()

    def _said(self, text: str) -> None:
        self.status.setText(text)

    # Keeping the offsets ---------------------------------------------------------------------

    def submit(self) -> None:
        offset = self.typed()
        if offset is None:
            return
        actor, template = self.workspace.user, self.chosen().id
        WriteOp(self, lambda db: set_offset(db, actor, template, offset)).success(
            lambda kept: self._kept(template, kept)
        ).failure(self._refused).run()

    def _kept(self, template: str, offset: PrinterOffset) -> None:
        self.saved.emit(template, offset)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            if not self.messages.show(error):
                self.refusal = error
                self.error.setText(said_text(error))
            return
        self.error.setText(error_text(error))
