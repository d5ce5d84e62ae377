"""The inspection form generated from a standard version: one editor per criterion kind, grouped,
with the live result beside it. The standards page shows the same form as a preview."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from certification.scoring import (
    AnswerValue,
    CriterionSpec,
    Reason,
    ReasonKind,
    ScoreResult,
    VersionSpec,
)
from models.enums import CriterionKind
from ui.formats import format_decimal, stars_text
from ui.widgets.edits import NumberEdit
from ui.widgets.palette import ACTION, BAD, GOOD, MUTED, RULE, STARS
from ui.widgets.photos import ImageIntake, choose_images

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def _n(value: str) -> str:
    return format_decimal(value) if value else ""


def reason_text(reason: Reason) -> str:
    """One reason of a result in words."""
    fields = {
        "code": reason.code,
        "text": reason.text,
        "value": reason.value,
        "unit": f" {reason.unit}" if reason.unit else "",
    }
    kind = reason.kind
    if kind == ReasonKind.BELOW_PASS_MARK:
        text = QCoreApplication.translate(
            "inspection form", "The score {value} is below the pass mark {minimum}."
        )
        return text.format(value=_n(reason.value), minimum=_n(reason.minimum))
    if kind == ReasonKind.ANSWERED_NO:
        text = QCoreApplication.translate("inspection form", "{code} {text}: the answer is “no”.")
    elif kind == ReasonKind.LOW_SCALE:
        text = QCoreApplication.translate(
            "inspection form", "{code} {text}: {value} of {maximum}, less than half."
        )
        fields |= {"value": _n(reason.value), "maximum": reason.maximum}
    elif kind == ReasonKind.OUT_OF_RANGE and reason.above:
        text = QCoreApplication.translate(
            "inspection form",
            "{code} {text}: {value}{unit} is above the maximum {maximum}{unit} by {by}{unit}.",
        )
        fields |= {"value": _n(reason.value), "maximum": _n(reason.maximum), "by": _n(reason.by)}
    elif kind == ReasonKind.OUT_OF_RANGE:
        text = QCoreApplication.translate(
            "inspection form",
            "{code} {text}: {value}{unit} is below the minimum {minimum}{unit} by {by}{unit}.",
        )
        fields |= {"value": _n(reason.value), "minimum": _n(reason.minimum), "by": _n(reason.by)}
    elif kind == ReasonKind.NOT_ACCEPTABLE:
        text = QCoreApplication.translate(
            "inspection form", "{code} {text}: “{value}” is not an acceptable answer."
        )
    elif kind == ReasonKind.UNANSWERED:
        text = QCoreApplication.translate("inspection form", "{code} {text}: not answered yet.")
    else:
        text = QCoreApplication.translate(
            "inspection form", "Critical criterion {code} {text} is not met."
        )
    return text.format(**fields)


def result_lines(result: ScoreResult) -> list[str]:
    """The reasons of a result in words: failed critical criteria first (with what failed), then
    the score against the pass mark, then what fell short; open criteria in one line."""
    by_code = {r.code: r for r in result.reasons if r.kind != ReasonKind.CRITICAL_FAILED}
    lines = []
    critical = [r for r in result.reasons if r.kind == ReasonKind.CRITICAL_FAILED]
    for r in critical:
        detail = by_code.get(r.code)
        prefix = QCoreApplication.translate("inspection form", "Critical criterion not met:")
        lines.append(f"{prefix} {reason_text(detail or r)}")
    shown = {r.code for r in critical}
    for r in result.reasons:
        if r.kind in (ReasonKind.CRITICAL_FAILED, ReasonKind.UNANSWERED) or (
            r.code and r.code in shown
        ):
            continue
        lines.append(reason_text(r))
    if result.unanswered:
        text = QCoreApplication.translate("inspection form", "Not answered yet: {codes}.")
        lines.append(text.format(codes=", ".join(result.unanswered)))
    return lines


class ResultPanel(QFrame):
    """Score, stars, pass or fail, and the reasons in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.score = QLabel(self)
        self.score.setObjectName("score")
        self.score.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.pass_mark = QLabel(self)
        self.stars = QLabel(self)
        self.stars.setObjectName("stars")
        self.stars.setStyleSheet(f"font-size: 16pt; color: {STARS};")
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.groups = QLabel(self)
        self.groups.setObjectName("groupScores")
        self.groups.setWordWrap(True)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.score, self.pass_mark, self.stars, self.verdict):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.groups)
        layout.addSpacing(6)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        self._shown: tuple[ScoreResult, Decimal] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Result"))
        if self._shown:
            self.show_result(*self._shown)

    def show_result(self, result: ScoreResult, pass_mark: Decimal) -> None:
        self._shown = (result, pass_mark)
        self.score.setText(
            self.tr("{score} of 100").format(score=format_decimal(result.score, places=2))
        )
        self.pass_mark.setText(self.tr("Pass mark: {mark}").format(mark=format_decimal(pass_mark)))
        self.stars.setText(stars_text(result.stars))
        self.stars.setToolTip(self.tr("%n star(s)", "", result.stars) if result.stars else "")
        self.stars.setVisible(bool(result.stars))
        if result.passed:
            verdict, colour = self.tr("Passes"), GOOD
        else:
            verdict, colour = self.tr("Does not pass"), BAD
        if result.unanswered:
            open_text = self.tr("not answered yet: {count}").format(count=len(result.unanswered))
            verdict = f"{verdict} · {open_text}"
        self.verdict.setText(verdict)
        self.verdict.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {colour};")
        self.groups.setText(
            "\n".join(f"{g.name}: {format_decimal(g.score, places=2)}" for g in result.groups)
        )
        self.reasons.setText("\n".join(f"• {line}" for line in result_lines(result)))


def coloured(widget: QWidget, colour: str) -> None:
    """Text in a colour without a style sheet (sheets cost much more on a form of many rows)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


def paint_chosen(button: QAbstractButton, chosen: bool) -> None:
    """A chosen answer stands out: white on blue."""
    parent = button.parentWidget()
    palette = QPalette(parent.palette() if parent is not None else QPalette())
    if chosen:
        palette.setColor(QPalette.ColorRole.Button, QColor(ACTION))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("white"))
    button.setPalette(palette)


class _Choices(QWidget):
    """Exclusive toggle buttons that may also be all off (not answered); a small clear button
    beside them takes a given answer back.

    Signals: `changed()` when the user chooses or clears."""

    changed = Signal()

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for i, label in enumerate(labels):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setObjectName(f"option_{i}")
            button.setFixedWidth(max(30, button.fontMetrics().horizontalAdvance(label) + 16))
            button.toggled.connect(lambda on, b=button: paint_chosen(b, on))
            self.group.addButton(button, i)
            layout.addWidget(button)
        self.clear = QToolButton(self)
        self.clear.setObjectName("clear")
        self.clear.setAutoRaise(True)
        self.clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear.setIconSize(QSize(12, 12))
        self.clear.setCursor(Qt.CursorShape.PointingHandCursor)
        keep_room = self.clear.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # the buttons do not jump when it shows
        self.clear.setSizePolicy(keep_room)
        self.clear.clicked.connect(self._cleared)
        layout.addWidget(self.clear)
        self.group.idClicked.connect(lambda _i: self._chosen())
        self.show_clear()

    def retranslate(self) -> None:
        self.clear.setToolTip(self.tr("Clear the answer"))
        self.clear.setAccessibleName(self.tr("Clear the answer"))

    def chosen(self) -> int | None:
        i = self.group.checkedId()
        return None if i < 0 else i

    def choose(self, i: int | None) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == i)
        self.group.setExclusive(True)
        self.show_clear()

    def buttons(self) -> list[QAbstractButton]:
        return self.group.buttons()

    def _chosen(self) -> None:
        self.show_clear()
        self.changed.emit()

    def _cleared(self) -> None:
        self.choose(None)
        self.changed.emit()

    def show_clear(self) -> None:
        """Offered only while there is an answer to take back and the form may change."""
        self.clear.setVisible(self.clear.isEnabled() and self.chosen() is not None)


class PhotoThumbnail(QToolButton):
    """A photo's thumbnail: a click shows it whole; in a draft a corner button takes it out.

    Signals: `opened(photo_id)`, `removed(photo_id)`."""

    opened = Signal(int)
    removed = Signal(int)
    SIZE = 72

    def __init__(
        self, photo_id: int, caption: str, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.photo_id, self.caption = photo_id, caption
        self.setObjectName(f"thumbnail_{photo_id}")
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.setIcon(QIcon(pixmap))
        self.setIconSize(QSize(self.SIZE, self.SIZE))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda: self.opened.emit(self.photo_id))
        self.remove = QToolButton(self)
        self.remove.setObjectName("removePhoto")
        self.remove.setText("✕")
        self.remove.setFixedSize(20, 20)
        self.remove.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove.setStyleSheet(
            "QToolButton { background: rgba(40, 40, 40, 170); color: white; border: none;"
            " border-radius: 10px; font-weight: bold; }"
            f" QToolButton:hover {{ background: {BAD}; }}"
        )
        self.remove.clicked.connect(lambda: self.removed.emit(self.photo_id))
        self.retranslate()

    def retranslate(self) -> None:
        hint = self.tr("Click to see the photo whole")
        self.setToolTip(f"{self.caption}\n{hint}" if self.caption else hint)
        self.remove.setToolTip(self.tr("Remove this photo"))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.remove.move(self.width() - self.remove.width() - 2, 2)


class CriterionRow(QFrame):
    """One criterion: its words, its editor, whether it is met, its photos.

    Signals: `changed()` when the answer changes; `photos_added(code, sources)` when photos are
    chosen, dropped or pasted; `photo_opened(photo_id)`, `photo_removed(photo_id)` from a
    thumbnail."""

    changed = Signal()
    photos_added = Signal(str, list)
    photo_opened = Signal(int)
    photo_removed = Signal(int)

    def __init__(self, criterion: CriterionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName(f"criterion_{criterion.code}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.intake = ImageIntake(self)
        self.intake.received.connect(
            lambda sources: self.photos_added.emit(criterion.code, sources)
        )
        self.code = QLabel(criterion.code, self)
        self.code.setObjectName("code")
        bold = self.code.font()
        bold.setBold(True)
        self.code.setFont(bold)
        self.code.setMinimumWidth(34)
        self.code.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text = QLabel(criterion.text, self)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        coloured(self.hint, MUTED)
        self.mark = QLabel(self)
        self.mark.setObjectName("mark")
        self.mark.setMinimumWidth(18)
        self.reason = QLabel(self)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        coloured(self.reason, BAD)
        self.reason.hide()
        self.photo_button = QToolButton(self)
        self.photo_button.setObjectName("photos")
        self.photo_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.photo_menu = QMenu(self.photo_button)
        self.from_file = self.photo_menu.addAction("")
        self.from_file.triggered.connect(self.choose_files)
        self.from_clipboard = self.photo_menu.addAction("")
        self.from_clipboard.triggered.connect(self.paste)
        self.photo_button.setMenu(self.photo_menu)
        self.thumbnails = QWidget(self)
        self.thumbnail_row = QHBoxLayout(self.thumbnails)
        self.thumbnail_row.setContentsMargins(0, 0, 0, 0)
        self.thumbnails.hide()
        self.photo_count = 0
        self.shown_photos: list[PhotoThumbnail] = []
        self.photos_enabled = True
        self.editor = self._editor()

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        words = QVBoxLayout()
        words.setSpacing(1)
        words.addWidget(self.text)
        words.addWidget(self.hint)
        words.addStretch(1)
        grid.addWidget(self.code, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(words, 0, 1)
        grid.addWidget(self.editor, 0, 2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.mark, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.photo_button, 0, 4, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.reason, 1, 1, 1, 4)
        grid.addWidget(self.thumbnails, 2, 1, 1, 4)
        grid.setColumnStretch(1, 1)
        self.setProperty("open", False)
        self.retranslate()

    def _editor(self) -> QWidget:
        c = self.criterion
        if c.kind == CriterionKind.YES_NO:
            choices = _Choices(["", ""], self)
            choices.changed.connect(self.changed)
            editor: QWidget = choices
        elif c.kind == CriterionKind.SCALE and (c.scale_max or 0) <= 10:
            editor = _Choices([str(i) for i in range((c.scale_max or 1) + 1)], self)
            editor.changed.connect(self.changed)
        elif c.kind == CriterionKind.SCALE:
            editor = QSpinBox(self)
            editor.setRange(-1, c.scale_max or 1)
            editor.setValue(-1)
            editor.setSpecialValueText("—")
            editor.valueChanged.connect(lambda _v: self.changed.emit())
        elif c.kind == CriterionKind.MEASUREMENT:
            editor = QWidget(self)
            self.number = NumberEdit(editor)
            self.number.setObjectName("number")
            self.number.setMaximumWidth(110)
            self.number.value_changed.connect(self.changed)
            layout = QHBoxLayout(editor)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.number)
            layout.addWidget(QLabel(c.unit, editor))
        elif c.kind == CriterionKind.CHOICE:
            editor = QComboBox(self)
            editor.addItem("—")
            for choice in c.choices:
                editor.addItem(choice.text)
            editor.setMaximumWidth(340)
            editor.currentIndexChanged.connect(lambda _i: self.changed.emit())
        else:
            editor = QLineEdit(self)
            editor.setMinimumWidth(260)
            editor.textEdited.connect(lambda _t: self.changed.emit())
        editor.setObjectName("answer")
        return editor

    def retranslate(self) -> None:
        c = self.criterion
        if isinstance(self.editor, _Choices):
            self.editor.retranslate()
        if isinstance(self.editor, _Choices) and c.kind == CriterionKind.YES_NO:
            yes, no = self.editor.buttons()
            yes.setText(self.tr("Yes"))
            no.setText(self.tr("No"))
            for button in (yes, no):
                button.setFixedWidth(button.fontMetrics().horizontalAdvance(button.text()) + 28)
        parts = []
        if c.critical:
            parts.append(self.tr("critical"))
        if c.kind == CriterionKind.MEASUREMENT:
            parts.append(self._limits())
        if c.kind == CriterionKind.SCALE:
            parts.append(self.tr("score 0–{maximum}").format(maximum=c.scale_max))
        if c.kind == CriterionKind.NOTE:
            parts.append(self.tr("not scored"))
        if c.scored and c.weight != 1:
            parts.append(self.tr("weight {weight}").format(weight=format_decimal(c.weight)))
        self.hint.setText(" · ".join(p for p in parts if p))
        self.hint.setVisible(bool(self.hint.text()))
        self.from_file.setText(self.tr("Add photos from files…"))
        self.from_clipboard.setText(self.tr("Paste a photo"))
        self.photo_button.setToolTip(self.tr("Photos: choose files, drop them here or paste"))
        self._show_photo_count()
        for thumbnail in self.shown_photos:
            thumbnail.retranslate()

    def _limits(self) -> str:
        c = self.criterion
        low, high = format_decimal(c.min_value), format_decimal(c.max_value)
        unit = f" {c.unit}" if c.unit else ""
        if low and high:
            return self.tr("allowed {low}–{high}{unit}").format(low=low, high=high, unit=unit)
        if high:
            return self.tr("at most {high}{unit}").format(high=high, unit=unit)
        return self.tr("at least {low}{unit}").format(low=low, unit=unit)

    def _show_photo_count(self) -> None:
        text = self.tr("Photos")
        self.photo_button.setText(f"{text} ({self.photo_count})" if self.photo_count else text)
        # The popup arrow is drawn over the text's end unless the button leaves room for it.
        self.photo_button.setFixedWidth(
            self.photo_button.fontMetrics().horizontalAdvance(self.photo_button.text()) + 30
        )

    # answers ------------------------------------------------------------------------------

    def answer(self) -> AnswerValue | None:
        c, e = self.criterion, self.editor
        if isinstance(e, _Choices) and c.kind == CriterionKind.YES_NO:
            chosen = e.chosen()
            return None if chosen is None else AnswerValue(yes=chosen == 0)
        if isinstance(e, _Choices):
            chosen = e.chosen()
            return None if chosen is None else AnswerValue(number=Decimal(chosen))
        if isinstance(e, QSpinBox):
            return None if e.value() < 0 else AnswerValue(number=Decimal(e.value()))
        if c.kind == CriterionKind.MEASUREMENT:
            number = self.number.value()
            return None if number is None else AnswerValue(number=number)
        if isinstance(e, QComboBox):
            return None if e.currentIndex() <= 0 else AnswerValue(choice=e.currentIndex() - 1)
        assert isinstance(e, QLineEdit)
        return AnswerValue(note=e.text()) if e.text().strip() else None

    def set_answer(self, a: AnswerValue | None) -> None:
        c, e = self.criterion, self.editor
        e.blockSignals(True)
        if isinstance(e, _Choices) and c.kind == CriterionKind.YES_NO:
            e.choose(None if a is None or a.yes is None else (0 if a.yes else 1))
        elif isinstance(e, _Choices):
            e.choose(None if a is None or a.number is None else int(a.number))
        elif isinstance(e, QSpinBox):
            e.setValue(-1 if a is None or a.number is None else int(a.number))
        elif c.kind == CriterionKind.MEASUREMENT:
            self.number.set_value(None if a is None else a.number)
        elif isinstance(e, QComboBox):
            e.setCurrentIndex(0 if a is None or a.choice is None else a.choice + 1)
        elif isinstance(e, QLineEdit):
            e.setText("" if a is None else a.note)
        e.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)
        if isinstance(self.editor, _Choices):
            self.editor.show_clear()

    # result --------------------------------------------------------------------------------

    def show_state(self, reason: str | None, answered: bool) -> None:
        """Mark the criterion met (✓), not met (✗ and why) or open (nothing)."""
        if reason:
            self.mark.setText(f'<b style="color: {BAD}">✗</b>')
        elif answered and self.criterion.scored:
            self.mark.setText(f'<b style="color: {GOOD}">✓</b>')
        else:
            self.mark.setText("")
        self.reason.setText(reason or "")
        self.reason.setVisible(bool(reason))
        if answered:
            self.set_highlighted(False)

    def set_highlighted(self, on: bool) -> None:
        """Frame an open criterion the inspector must still answer."""
        if self.highlighted != on:
            self.setProperty("open", on)
            self.update()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.highlighted:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(BAD), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
            painter.end()

    @property
    def highlighted(self) -> bool:
        return bool(self.property("open"))

    # photos --------------------------------------------------------------------------------

    def set_photos_enabled(self, enabled: bool) -> None:
        """A draft takes photos and lets them go; a submitted inspection only shows them."""
        self.photos_enabled = enabled
        self.photo_button.setVisible(enabled)
        self.intake.set_enabled(enabled)
        for thumbnail in self.shown_photos:
            thumbnail.remove.setVisible(enabled)

    def set_thumbnails(self, thumbnails: list[tuple[int, str, bytes]]) -> None:
        layout = self.thumbnail_row
        while layout.count():
            item = layout.takeAt(0)
            if item is not None and (shown := item.widget()) is not None:
                shown.deleteLater()
        self.shown_photos = []
        for photo_id, caption, data in thumbnails:
            thumbnail = PhotoThumbnail(photo_id, caption, data, self.thumbnails)
            thumbnail.remove.setVisible(self.photos_enabled)
            thumbnail.opened.connect(self.photo_opened)
            thumbnail.removed.connect(self.photo_removed)
            layout.addWidget(thumbnail)
            self.shown_photos.append(thumbnail)
        layout.addStretch(1)
        self.photo_count = len(thumbnails)
        self.thumbnails.setVisible(bool(thumbnails))
        self._show_photo_count()

    def choose_files(self) -> None:
        title = self.tr("Photos for criterion {code}").format(code=self.criterion.code)
        choose_images(self, title, self.intake.take)

    def paste(self) -> None:
        self.intake.paste()


class InspectionForm(QScrollArea):
    """The criteria of a standard version, grouped, each with its editor.

    Signals: `changed()` on any answer; `photos_added(code, sources)`; `photo_opened(photo_id)`
    and `photo_removed(photo_id)` from a thumbnail."""

    changed = Signal()
    photos_added = Signal(str, list)
    photo_opened = Signal(int)
    photo_removed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionForm")
        self.setWidgetResizable(True)
        self.rows: dict[str, CriterionRow] = {}
        self.boxes: list[QGroupBox] = []
        self.spec: VersionSpec | None = None
        self.read_only = False
        self.photos = True
        self.setWidget(QWidget())

    def set_spec(self, spec: VersionSpec, answers: dict[str, AnswerValue] | None = None) -> None:
        self.spec = spec
        self.rows.clear()
        self.boxes.clear()
        body = QWidget()
        layout = QVBoxLayout(body)
        for gi, group in enumerate(spec.groups, start=1):
            box = QGroupBox(body)
            box.setObjectName(f"group_{gi}")
            box.setProperty("group_name", group.name)
            box.setProperty("group_weight", group.weight)
            rows = QVBoxLayout(box)
            rows.setSpacing(0)
            for ci, criterion in enumerate(group.criteria):
                if ci:
                    line = QFrame(box)
                    line.setFrameShape(QFrame.Shape.HLine)
                    coloured(line, RULE)
                    rows.addWidget(line)
                row = CriterionRow(criterion, box)
                row.changed.connect(self.changed)
                row.photos_added.connect(self.photos_added)
                row.photo_opened.connect(self.photo_opened)
                row.photo_removed.connect(self.photo_removed)
                row.set_read_only(self.read_only)
                row.set_photos_enabled(self.photos)
                rows.addWidget(row)
                self.rows[criterion.code] = row
            self.boxes.append(box)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate()
        self.set_answers(answers or {})

    def retranslate(self) -> None:
        for gi, box in enumerate(self.boxes, start=1):
            weight = box.property("group_weight")
            title = f"{gi}. {box.property('group_name')}"
            if weight is not None and Decimal(weight) != 1:
                title += " · " + self.tr("weight {weight}").format(weight=format_decimal(weight))
            box.setTitle(title)
        for row in self.rows.values():
            row.retranslate()

    def answers(self) -> dict[str, AnswerValue]:
        return {
            code: answer for code, row in self.rows.items() if (answer := row.answer()) is not None
        }

    def set_answers(self, answers: dict[str, AnswerValue]) -> None:
        for code, row in self.rows.items():
            row.set_answer(answers.get(code))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in self.rows.values():
            row.set_read_only(read_only)

    def set_photos_enabled(self, enabled: bool) -> None:
        self.photos = enabled
        for row in self.rows.values():
            row.set_photos_enabled(enabled)

    def show_result(self, result: ScoreResult) -> None:
        """Mark each criterion met or not, with the reason beside it."""
        reasons: dict[str, str] = {}
        for r in result.reasons:
            if r.code and r.kind not in (ReasonKind.UNANSWERED, ReasonKind.CRITICAL_FAILED):
                reasons[r.code] = reason_text(r)
        critical = {r.code for r in result.reasons if r.kind == ReasonKind.CRITICAL_FAILED}
        for code, row in self.rows.items():
            text = reasons.get(code)
            if text and code in critical:
                text = self.tr("Critical criterion not met:") + " " + text
            row.show_state(text, code not in result.unanswered and row.answer() is not None)

    def highlight(self, codes: list[str] | tuple[str, ...]) -> None:
        """Frame the criteria still open and scroll to the first."""
        for code, row in self.rows.items():
            row.set_highlighted(code in codes)
        first = next((self.rows[c] for c in self.rows if c in codes), None)
        if first is not None:
            self.ensureWidgetVisible(first)

    def set_thumbnails(self, by_code: dict[str, list[tuple[int, str, bytes]]]) -> None:
        for code, row in self.rows.items():
            row.set_thumbnails(by_code.get(code, []))
