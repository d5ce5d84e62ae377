"""The pages of a label job on screen (QtPdf), one at a time, with page navigation and zoom.

The view renders pages on QtPdf's own threads; the PDF bytes come from the same drawing code as
the job's (`labels.printing.preview_pages`), so what is shown is where the labels will fall.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget
from typing_extensions import override

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
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setMinimumSize(260, 300)
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
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit.setChecked(True)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._fitted_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self.fit.setChecked(False)

    def _fitted_factor(self) -> float:
        """The zoom factor a fitted page has now (QPdfView keeps 1.0 while it fits)."""
        if self.pages == 0:
            return 1.0
        size = self.document.pagePointSize(self.page)
        dpi = self.logicalDpiX() / 72.0
        room = self.view.viewport().size()
        width = room.width() / max(size.width() * dpi, 1.0)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width
        return min(width, room.height() / max(size.height() * dpi, 1.0))
