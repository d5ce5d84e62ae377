"""A certificate's PDF on screen, to print through the system's print dialog or to save.
The pages shown, printed and saved are the same bytes."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui.operations import ReadOp
from ui.operations.certificates import save_pdf
from ui.tasks import Tasks
from ui.widgets.files import file_dialog
from ui.widgets.messages import MessageLine
from ui.widgets.pdf import PagesPreview, print_pdf

MM_PER_POINT = 25.4 / 72


class PdfPreview(QDialog):
    """Signals: `saved(Path)`, `printed()`."""

    saved = Signal(object)
    printed = Signal()

    def __init__(self, parent: QWidget, tasks: Tasks, number: str, data: bytes) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.finished.connect(self.deleteLater)
        self.tasks, self.number, self.data = tasks, number, data
        self.pages = PagesPreview(self)
        self.pages.set_pdf(data)
        self.document, self.view = self.pages.document, self.pages.view
        self.heading = QLabel(self)
        self.error = MessageLine(self, "error")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(720, 860)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificate {number}").format(number=self.number))
        self.heading.setText(self.tr("The certificate as it will be printed."))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.number)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """The pages at the printer's own resolution, the paper the PDF's page size (off the GUI
        thread: a page at 600 dpi is some 35 million pixels)."""
        size = self.document.pagePointSize(0)
        width, height = size.width() * MM_PER_POINT, size.height() * MM_PER_POINT
        data, number = self.data, self.number
        self.error.clear()
        (
            ReadOp(self, lambda _db: print_pdf(data, printer, width, height, number))
            .success(lambda _pages: self.printed.emit())
            .failure(self._failed)
            .run()
        )

    def choose_file(self) -> None:
        start = str(Path(user_documents_dir()) / f"{self.number}.pdf")
        dialog = file_dialog(self, self.tr("Save the certificate as"), start)
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.fileSelected.connect(self.save_to)
        dialog.open()

    def save_to(self, path: str) -> None:
        """Write the same bytes to `path` off the GUI thread."""
        data = self.data
        self.error.clear()
        (
            ReadOp(self, lambda _db: save_pdf(path, data))
            .success(self.saved.emit)
            .failure(self._failed)
            .run()
        )

    def _failed(self, error: BaseException) -> None:
        from ui.widgets.boxes import error_text

        self.error.setText(error_text(error))
