"""A picture of one sheet of label stock, drawn from its template, to choose the first free
position of a partly used sheet by clicking it (or with the arrow keys).

Positions before the chosen one are drawn as used (grey), the chosen one and the labels the job
will put on this sheet are highlighted, the rest are left white.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from certification.documents.templates import LabelTemplate
from ui.widgets.palette import ACCENT, ACTION, MUTED

USED = QColor("#c8c8c8")
PAPER = QColor("#ffffff")
EDGE = QColor(MUTED)
WILL_PRINT = QColor(ACTION).lighter(185)
CHOSEN = QColor(ACCENT)


class SheetPicker(QWidget):
    """Signals: `chosen(int)` — the first free position (1-based) the user picked."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(120, 150)
        self.template: LabelTemplate | None = None
        self.start = 1
        self.count = 1
        self.columns = 1
        self._picture = QPixmap()
        self._drawn_state: tuple[object, ...] = ()

    # What is shown ------------------------------------------------------------------------------

    def set_template(self, template: LabelTemplate) -> None:
        self.template = template
        xs = sorted({round(x, 2) for x, _ in template.positions()})
        self.columns = max(1, len(xs))
        self.start = min(self.start, template.per_page)
        self.updateGeometry()
        self._described()
        self.update()

    def set_start(self, start: int) -> None:
        """Show `start` as the first free position (without `chosen`)."""
        if self.template is None:
            return
        start = max(1, min(start, self.template.per_page))
        if start != self.start:
            self.start = start
            self._described()
            self.update()

    def set_count(self, count: int) -> None:
        self.count = max(1, count)
        self._described()
        self.update()

    @property
    def on_this_sheet(self) -> int:
        """Labels of the job that land on this sheet."""
        if self.template is None:
            return 0
        return min(self.count, self.template.per_page - self.start + 1)

    def _described(self) -> None:
        if self.template is None:
            return
        self.setAccessibleDescription(
            self.tr(
                "Sheet of %n label(s): positions 1 to {used} used, printing from {start}, "
                "{count} on this sheet. Arrow keys choose the first free position.",
                "",
                self.template.per_page,
            ).format(
                used=self.start - 1,
                start=self.start,
                count=self.on_this_sheet,
            )
        )

    # Geometry -----------------------------------------------------------------------------------

    def _scale(self) -> tuple[float, QPointF]:
        """Pixels per mm and where the sheet's top-left corner is drawn."""
        t = self.template
        assert t is not None
        margin = 4.0
        room_w, room_h = self.width() - 2 * margin, self.height() - 2 * margin
        scale = max(0.1, min(room_w / t.page_width, room_h / t.page_height))
        left = (self.width() - t.page_width * scale) / 2
        top = (self.height() - t.page_height * scale) / 2
        return scale, QPointF(left, top)

    def label_rect(self, position: int) -> QRectF:
        """Where position `position` (1-based) is drawn, in widget pixels."""
        t = self.template
        assert t is not None
        scale, corner = self._scale()
        x, y = t.positions()[position - 1]
        return QRectF(
            corner.x() + x * scale,
            corner.y() + y * scale,
            t.label_width * scale,
            t.label_height * scale,
        )

    def position_at(self, point: QPointF) -> int | None:
        if self.template is None:
            return None
        for n in range(1, self.template.per_page + 1):
            if self.label_rect(n).contains(point):
                return n
        return None

    @override
    def sizeHint(self) -> QSize:
        if self.template is None:
            return QSize(170, 240)
        height = 240
        width = round(height * self.template.page_width / max(self.template.page_height, 1.0))
        return QSize(max(120, width + 8), height + 8)

    @override
    def hasHeightForWidth(self) -> bool:
        return False

    # Drawing ------------------------------------------------------------------------------------

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture is drawn once for each state and kept: a repaint while a job runs (its
        fields disabled, or the window uncovered) is then one copy, not some 400 calls between
        Qt and Python, each of which may wait for Python's lock behind the job's threads."""
        if self.template is None:
            return
        ratio = self.devicePixelRatioF()
        state = (self.template, self.start, self.on_this_sheet, self.hasFocus(), self.size(), ratio)
        if state != self._drawn_state:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            self._draw(QPainter(picture))
            self._picture, self._drawn_state = picture, state
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        t = self.template
        assert t is not None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, corner = self._scale()
        sheet = QRectF(corner.x(), corner.y(), t.page_width * scale, t.page_height * scale)
        painter.setPen(QPen(EDGE, 1))
        painter.setBrush(PAPER)
        painter.drawRect(sheet)
        last = self.start + self.on_this_sheet - 1
        font = self.font()  # a pixmap painter starts with the default font, not the widget's
        font.setPixelSize(max(7, min(12, round(t.label_height * scale * 0.45))))
        painter.setFont(font)
        radius = t.corner * scale
        for n in range(1, t.per_page + 1):
            rect = self.label_rect(n).adjusted(0.5, 0.5, -0.5, -0.5)
            if n < self.start:
                fill, pen = USED, QPen(EDGE.lighter(150), 1)
            elif n <= last:
                fill, pen = WILL_PRINT, QPen(QColor(ACTION), 1)
            else:
                fill, pen = PAPER, QPen(EDGE, 1, Qt.PenStyle.DashLine)
            if n == self.start:
                pen = QPen(CHOSEN, 3.0 if self.hasFocus() else 2.0)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, radius, radius)
            painter.setPen(EDGE if n >= self.start else EDGE.lighter(160))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.end()

    # Choosing -----------------------------------------------------------------------------------

    def _choose(self, position: int) -> None:
        if self.template is None:
            return
        position = max(1, min(position, self.template.per_page))
        if position != self.start:
            self.start = position
            self._described()
            self.update()
        self.chosen.emit(self.start)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        position = self.position_at(event.position())
        if position is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._choose(position)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.template is None:
            super().keyPressEvent(event)
            return
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self.columns,
            Qt.Key.Key_Down: self.columns,
        }
        key = Qt.Key(event.key())
        if key in moves:
            self._choose(self.start + moves[key])
        elif key == Qt.Key.Key_Home:
            self._choose(1)
        elif key == Qt.Key.Key_End:
            self._choose(self.template.per_page)
        else:
            super().keyPressEvent(event)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
