"""PDF pages on screen and on paper, shared by the certificate's preview and the label pages.

`PagesPreview` shows a PDF page by page with navigation and zoom; QtPdf renders the pages on its
own threads. `print_pdf` and `draw_pages` send the same bytes to a printer at the printer's own
resolution, in bands, onto white paper (QtPdf renders onto a transparent image).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget
from typing_extensions import override

from certification.core.errors import RuleViolation

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 8.0


class PagesPreview(QWidget):
    """A PDF shown page by page: ◀ ▶, "page n of m", fit width, − and +."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagesPreview")
        self.buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setMinimumSize(260, 300)
        self.view.viewport().installEventFilter(self)
        self.fitting: str | None = "page"  # "page", "width", or None for a zoom of one's own
        self.note = ""
        self.shown = 0  # documents loaded so far (tests wait on it)
        self.previous = self._button("previousPage", "◀", lambda: self.go(self.page - 1))
        self.next = self._button("nextPage", "▶", lambda: self.go(self.page + 1))
        self.where = QLabel(self)
        self.where.setObjectName("pageOf")
        self.fit = self._button("fitWidth", "↔", self.fit_width)
        self.fit.setCheckable(True)
        self.smaller = self._button("zoomOut", "−", lambda: self.zoom(1 / ZOOM_STEP))
        self.larger = self._button("zoomIn", "+", lambda: self.zoom(ZOOM_STEP))
        self.view.pageNavigator().currentPageChanged.connect(lambda _: self._show_where())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.where, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.fit, self.smaller, self.larger):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def _button(self, name: str, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.previous.setToolTip(self.tr("Previous page"))
        self.previous.setAccessibleName(self.tr("Previous page"))
        self.next.setToolTip(self.tr("Next page"))
        self.next.setAccessibleName(self.tr("Next page"))
        self.fit.setToolTip(self.tr("Fit the page's width"))
        self.fit.setAccessibleName(self.tr("Fit the page's width"))
        self.smaller.setToolTip(self.tr("Zoom out"))
        self.smaller.setAccessibleName(self.tr("Zoom out"))
        self.larger.setToolTip(self.tr("Zoom in"))
        self.larger.setAccessibleName(self.tr("Zoom in"))
        self._show_where()

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # The document ----------------------------------------------------------------------------

    def set_pdf(self, data: bytes, note: str = "") -> None:
        """Show `data` from its first page (or the page shown before, when there still is one)."""
        page = self.page
        old = self.buffer
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.note = note
        self.shown += 1
        self.go(min(page, self.pages - 1))
        self._fit()

    def clear(self) -> None:
        self.document.close()
        self.note = ""
        self._show_where()

    @property
    def pages(self) -> int:
        return max(0, self.document.pageCount())

    @property
    def page(self) -> int:
        return max(0, self.view.pageNavigator().currentPage())

    def go(self, page: int) -> None:
        if self.pages == 0:
            self._show_where()
            return
        page = max(0, min(page, self.pages - 1))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._show_where()

    def _show_where(self) -> None:
        pages = self.pages
        self.previous.setEnabled(pages > 0 and self.page > 0)
        self.next.setEnabled(pages > 0 and self.page < pages - 1)
        text = self.tr("Page {page} of {pages}").format(page=self.page + 1, pages=pages)
        self.where.setText(text if pages else "")
        self.where.setToolTip(self.note)

    # Zoom ------------------------------------------------------------------------------------

    def fit_width(self) -> None:
        """The page as wide as the view (again "fit the page" when pressed once more)."""
        self.fitting = "width" if self.fitting != "width" else "page"
        self._fit()

    def zoom(self, factor: float) -> None:
        self.fitting = None
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, self.view.zoomFactor() * factor)))
        self.fit.setChecked(False)

    def _fit(self) -> None:
        """Fit the page (whole, or its width) into the view, margins included: QPdfView's own
        fitting leaves a single page taller than the view."""
        self.fit.setChecked(self.fitting == "width")
        if self.fitting is None or self.pages == 0:
            return
        size = self.document.pagePointSize(self.page)
        dpi = self.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        room_w = self.view.viewport().width() - margins.left() - margins.right() - 2
        room_h = self.view.viewport().height() - margins.top() - margins.bottom() - 8
        width = room_w / max(size.width() * dpi, 1.0)
        if self.fitting == "width":
            room_w -= self.view.verticalScrollBar().sizeHint().width()
            factor = room_w / max(size.width() * dpi, 1.0)
        else:
            factor = min(width, room_h / max(size.height() * dpi, 1.0))
        self.view.setZoomFactor(max(ZOOM_MIN / 4, factor))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Refit once the view's viewport has its new size: the preview's own resize comes before
        # its layout has resized the view.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)


# Paper -------------------------------------------------------------------------------------


BAND_ROWS = 512  # pixel rows rendered at once: a 1200-dpi A4 band is 5 MB, the page 140 MB


def printer_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at for `printer`: its own, so an image pixel is a
    printer dot. Codes are laid out on a 300-dpi dot grid, so on 300, 600 and 1200-dpi printers
    each module is a whole number of dots; on others, edges are rendered without anti-aliasing
    and fall on whole dots."""
    return max(72, printer.resolution())


def prepare_printer(printer: QPrinter, width_mm: float, height_mm: float, name: str) -> None:
    """The page the size of the label stock's sheet, no margins: page coordinates are paper
    coordinates, so the printer offsets measured on the outline page hold."""
    page = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter)
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_mm > height_mm
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(QPageLayout(page, orientation, QMarginsF()))
    printer.setFullPage(True)
    printer.setDocName(name)


def draw_pages(pdf: bytes, printer: QPrinter, painter: QPainter) -> int:
    """Every page of `pdf` onto `painter` (begun on `printer`) at the printer's resolution, in
    bands; returns the pages drawn."""
    dpi = printer_dpi(printer)
    aliased = dpi % 300 != 0
    document = QPdfDocument()
    data = QBuffer()
    data.setData(QByteArray(pdf))
    data.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(data)
    try:
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise RuleViolation("printer.failed", printer=printer_name(printer))
            points = document.pagePointSize(page)
            width = round(points.width() * dpi / 72)
            height = round(points.height() * dpi / 72)
            for top in range(0, height, BAND_ROWS):
                rows = min(BAND_ROWS, height - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(QSize(width, height))
                options.setScaledClipRect(QRect(0, top, width, rows))
                if aliased:
                    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.PathAliased)
                band = document.render(page, QSize(width, rows), options)
                paper = QImage(band.size(), QImage.Format.Format_RGB32)
                paper.fill(Qt.GlobalColor.white)
                onto = QPainter(paper)
                onto.drawImage(0, 0, band)
                onto.end()
                painter.drawImage(0, top, paper)
        return document.pageCount()
    finally:
        document.close()


def printer_name(printer: QPrinter) -> str:
    return printer.printerName() or printer.outputFileName() or "?"


def print_pdf(pdf: bytes, printer: QPrinter, width_mm: float, height_mm: float, name: str) -> int:
    """A finished PDF (the outline page) sent to `printer`; the pages sent."""
    prepare_printer(printer, width_mm, height_mm, name)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuleViolation("printer.failed", printer=printer_name(printer))
    try:
        pages = draw_pages(pdf, printer, painter)
    finally:
        ended = painter.end()
    if not ended:
        raise RuleViolation("printer.failed", printer=printer_name(printer))
    return pages
