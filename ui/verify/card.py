"""The result card: a large sign whose shape, symbol and colour say the verdict, the outcome in
words, why, and any flag the domain raised; then each check on its own line. A screen reader is
told the outcome as soon as it is shown."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from ui.messages.verify import flag_text, outcome_title, reason_text
from ui.operations.verify import Checked
from ui.verify.lines import SIGNS, CheckLine, Mark, check_lines, verdict
from ui.widgets.palette import BAD, GOOD, MUTED, WARNING

COLOURS = {
    Mark.PASSED: GOOD,
    Mark.CAUTION: WARNING,
    Mark.FAILED: BAD,
    Mark.UNREAD: MUTED,
    Mark.NOT_CHECKED: MUTED,
}
BACKGROUNDS = {
    Mark.PASSED: "#e8f5ec",
    Mark.CAUTION: "#fdf3e1",
    Mark.FAILED: "#fbe9ec",
    Mark.UNREAD: "#f1f1f1",
    Mark.NOT_CHECKED: "#f1f1f1",
}


class MarkSign(QWidget):
    """A verdict drawn as a shape with a symbol in it: a circle with ✓, a triangle with !, an
    octagon with ✗, a square with ?, so colour never speaks alone."""

    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = Mark.UNREAD
        self.setFixedSize(side, side)
        self.setAccessibleName("")

    def set_mark(self, mark: Mark) -> None:
        self.mark = mark
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return self.size()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(COLOURS[self.mark])
        side = float(min(self.width(), self.height()))
        box = QRectF(1, 1, side - 2, side - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if self.mark is Mark.PASSED:
            painter.drawEllipse(box)
        elif self.mark is Mark.CAUTION:
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(box.center().x(), box.top()),
                        QPointF(box.right(), box.bottom()),
                        QPointF(box.left(), box.bottom()),
                    ]
                )
            )
        elif self.mark is Mark.FAILED:
            a, b = side * 0.29, side * 0.71
            points = [(a, 0), (b, 0), (side, a), (side, b), (b, side), (a, side), (0, b), (0, a)]
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        else:
            painter.drawRoundedRect(box, side * 0.12, side * 0.12)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(side * (0.42 if self.mark is Mark.CAUTION else 0.58)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        text_box = QRectF(box)
        if self.mark is Mark.CAUTION:
            text_box.setTop(box.top() + side * 0.3)  # the triangle's wide part
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, SIGNS[self.mark])
        painter.end()


class CheckLineRow:
    """One check: its small sign, its name, what it found."""

    def __init__(self, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.sign = MarkSign(20, parent)
        self.title = QLabel(parent)
        self.title.setFont(_font(self.title.font(), bold=True))
        self.text = QLabel(parent)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.sign, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, row, 2)

    def show(self, line: CheckLine) -> None:
        self.sign.set_mark(line.mark)
        self.title.setText(line.title)
        self.text.setText(line.text)
        self.text.setAccessibleName(f"{line.title}: {line.text}")


class ResultCard(QFrame):
    """The verdict of the last check, and its checks line by line."""

    LINES = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultCard")
        self.checked: Checked | None = None
        self.mark = Mark.UNREAD
        self.sign = MarkSign(72, self)
        self.sign.setObjectName("verdictSign")
        self.title = QLabel(self)
        self.title.setObjectName("outcome")
        self.title.setWordWrap(True)
        self.title.setFont(_font(self.font(), 17, bold=True))
        self.reason = QLabel(self)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.reason.setFont(_font(self.font(), 11))
        self.flags = QLabel(self)
        self.flags.setObjectName("flags")
        self.flags.setWordWrap(True)
        self.flags.setFont(_font(self.font(), bold=True))
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.title)
        words.addWidget(self.reason)
        words.addWidget(self.flags)
        words.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.sign, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        self.lines_box = QWidget(self)
        self.lines_box.setObjectName("checkLines")
        grid = QGridLayout(self.lines_box)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(2, 1)
        self.rows = [CheckLineRow(grid, n, self.lines_box) for n in range(self.LINES)]
        self.lines: list[CheckLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.lines_box)
        self.setAccessibleName("")
        self._paint_frame()

    def show_checked(self, checked: Checked | None, *, announce: bool = True) -> None:
        self.checked = checked
        self.retranslate()
        if announce and checked is not None:
            self.announce()

    def retranslate(self) -> None:
        checked = self.checked
        self.lines_box.setVisible(checked is not None)
        if checked is None:
            self.mark = Mark.UNREAD
            self.title.setText(self.tr("Scan a label, or drop a photo of it here"))
            self.reason.setText(
                self.tr(
                    "The scanner types into the field above and Enter checks the code. "
                    "A photo of a whole sheet checks every label on it."
                )
            )
            self.flags.setText("")
        else:
            r = checked.result
            self.mark = verdict(r)
            self.title.setText(outcome_title(r.outcome.value))
            reason = reason_text(r.reason)
            if checked.context.replaced_by:
                reason += " " + self.tr(
                    "The certificate was replaced by {number}, which keeps its labels."
                ).format(number=checked.context.replaced_by)
            self.reason.setText(reason)
            self.flags.setText("\n".join(f"⚑ {flag_text(f)}" for f in _ordered(r.flags)))
            self.lines = check_lines(checked)
            for row, line in zip(self.rows, self.lines, strict=True):
                row.show(line)
        self.sign.set_mark(self.mark)
        self.flags.setVisible(bool(self.flags.text()))
        self._paint_frame()
        spoken = " ".join(
            t for t in (self.title.text(), self.reason.text(), self.flags.text()) if t
        )
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(spoken)
        self.sign.setAccessibleName(self.title.text())

    def announce(self) -> None:
        """Tell a screen reader the outcome now, urgently when the check failed."""
        event = QAccessibleAnnouncementEvent(self, self.accessibleDescription())
        if self.mark in (Mark.FAILED, Mark.CAUTION):
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def _paint_frame(self) -> None:
        # Colours through palettes, not style sheets: a style sheet is parsed and every child
        # polished again on each change, which costs more than the whole check.
        colour = QColor(COLOURS[self.mark])
        for label in (self.title, self.flags):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)
        self.update()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(COLOURS[self.mark]), 2))
        painter.setBrush(QColor(BACKGROUNDS[self.mark]))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()


def _font(base: QFont, points: int = 0, bold: bool = False) -> QFont:
    font = QFont(base)
    if points:
        font.setPointSize(points)
    font.setBold(bold)
    return font


def _ordered(flags: tuple[str, ...]) -> list[str]:
    """The alarm first: it says who must act."""
    return sorted(flags, key=lambda f: (f != "alarm", f))
