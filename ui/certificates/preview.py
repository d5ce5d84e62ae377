"""A certificate's PDF on screen (QtPdf), to print through the system's print dialog or to save.
The pages shown, printed and saved are the same bytes."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
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

PRINT_DPI = 300  # enough for the QR code's modules; a page at 600 dpi would take 140 MB


class PdfPreview(QDialog):
    """Signals: `saved(Path)`, `printed()`."""

    saved = Signal(object)
    printed = Signal()

    def __init__(self, parent: QWidget, tasks: Tasks, number: str, data: bytes) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.finished.connect(self.deleteLater)
        self.tasks, self.number, self.data = tasks, number, data
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
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
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(720, 860)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Certificate {number}").format(number=self.number))
        self.heading.setText(
            self.tr("{pages} page(s), as they will be printed.").format(
                pages=self.document.pageCount()
            )
        )
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def page_image(self, page: int, dpi: int) -> QImage:
        """A page as pixels at `dpi`, onto white paper (what the printer gets)."""
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = self.document.render(page, size, QPdfDocumentRenderOptions())
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        return paper

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.number)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def print_to(self, printer: QPrinter) -> None:
        """Each page at the printer's resolution (at most `PRINT_DPI`), fitted to its page."""
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            self.error.setText(self.tr("The printer could not be started."))
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                image = self.page_image(page, dpi)
                target = painter.viewport()
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
        finally:
            painter.end()
        self.printed.emit()

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
