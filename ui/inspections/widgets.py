"""Small widgets the standards, inspections and sessions pages share: locale-aware numbers and
dates, tables sorted the way the office reads names, messages beside a field, and questions that
do not block the window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification.core import clock
from certification.core.errors import DomainError
from ui.errors import show_error
from ui.formats import DATE_FORMAT, collator
from ui.messages import message_for
from ui.tasks import Tasks
from ui.workspace import Workspace

ERROR_STYLE = "color: #b00020;"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value a column sorts by
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


def format_decimal(value: Decimal | str | None, places: int | None = None) -> str:
    """A number the current language's way (decimal comma in Kyrgyz and Russian), without
    trailing zeros unless `places` asks for them."""
    if value is None or value == "":
        return ""
    number = Decimal(value)
    if places is not None:
        text = f"{number:.{places}f}"
    else:
        text = format(number, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def parse_decimal(text: str) -> Decimal | None:
    """The number typed in a field (comma or point), None when the field is empty."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if cleaned in ("", "-", "."):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NumberEdit(QLineEdit):
    """A field for a decimal number; empty means "none". Signals: `value_changed()`."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?[0-9 ]{0,12}([.,][0-9]{0,6})?"))
        )
        self.textEdited.connect(lambda _text: self.value_changed.emit())

    def value(self) -> Decimal | None:
        return parse_decimal(self.text())

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_decimal(value))


class DateEdit(QDateEdit):
    """dd.MM.yyyy in every language, with a calendar."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.set_date(value or clock.today())

    def set_date(self, value: date) -> None:
        self.setDate(to_qdate(value))

    def value(self) -> date:
        return from_qdate(self.date())


class FieldMessage(QLabel):
    """A message line under a field: hidden while empty."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{name}")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def put(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def shown(self) -> str:
        return "" if self.isHidden() else self.text()


Said = str | Callable[[], str] | DomainError  # a message, live ones as a call or an error


def words(said: Said) -> str:
    """What a message says in the current language."""
    if isinstance(said, DomainError):
        return message_for(said)
    return said() if callable(said) else said


class FieldMessages:
    """The message lines of one form, by the `field` name a `DomainError` carries. A message put
    as an error or as a call (`lambda: self.tr(…)`) is said again in a new language by
    `retranslate`."""

    def __init__(self) -> None:
        self.lines: dict[str, FieldMessage] = {}
        self.said: dict[str, Said] = {}

    def under(self, field: str, widget: QWidget) -> QWidget:
        """`widget` with its message line under it, to put in a form layout."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.lines[field] = FieldMessage(field, box)
        layout.addWidget(self.lines[field])
        return box

    def show(self, error: BaseException) -> bool:
        """Put a domain error under its field; False when it names no field of this form."""
        self.clear()
        field = error.fields.get("field") if isinstance(error, DomainError) else None
        if field not in self.lines:
            return False
        assert isinstance(error, DomainError)
        self.put(str(field), error)
        return True

    def put(self, field: str, said: Said) -> None:
        self.said[field] = said
        self.lines[field].put(words(said))

    def clear(self) -> None:
        self.said.clear()
        for line in self.lines.values():
            line.put("")

    def retranslate(self) -> None:
        for field, said in self.said.items():
            self.lines[field].put(words(said))

    def text(self, field: str) -> str:
        return self.lines[field].shown()


class SortedTable(QSortFilterProxyModel):
    """Sorts by each cell's `SORT_ROLE` value, names by the current language's collation (plain
    sorting puts Ң Ө Ү after Я), and filters rows on a typed text in any case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # Qt override
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        if isinstance(a, str) and isinstance(b, str):
            return collator().compare(a, b) < 0
        return bool(a < b)

    def relocalise(self) -> None:
        """Sort again in the current language's order."""
        self.invalidate()


def table_view(
    model: Any,
    parent: QWidget | None = None,
    stretch: int = 1,
    widths: dict[int, int] | None = None,
) -> QTableView:
    """A read-only, row-selecting, sortable table as every list here looks. Columns fit their
    contents, `stretch` takes the rest, and columns given in `widths` start at that width and
    elide what does not fit (the tooltip shows it whole)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().resizeSection(column, width)
    view.horizontalHeader().setHighlightSections(False)
    return view


class MessageBox(QMessageBox):
    """A message box that opens without blocking (window-modal), so the rest of the app keeps
    painting, and whose words follow a language switch while it is open: give them as calls
    (`lambda: self.tr(…)`)."""

    def __init__(
        self,
        icon: QMessageBox.Icon,
        parent: QWidget,
        name: str,
        text: Said,
        detail: Said = "",
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    ) -> None:
        super().__init__(icon, "Belgi", "", buttons, parent)
        self.setObjectName(name)
        self.finished.connect(self.deleteLater)
        self.text_said, self.detail_said = text, detail
        self.named: list[tuple[QPushButton, Said]] = []
        self.retranslate()

    def add_named_button(self, said: Said, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(words(said), role)
        self.named.append((button, said))
        return button

    def retranslate(self) -> None:
        self.setText(words(self.text_said))
        self.setInformativeText(words(self.detail_said))
        for button, said in self.named:
            button.setText(words(said))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask(
    parent: QWidget,
    name: str,
    text: Said,
    yes: Said,
    on_yes: Callable[[], None],
    detail: Said = "",
) -> QMessageBox:
    """A question with a yes-button and Cancel; `on_yes` runs only on yes."""
    box = MessageBox(QMessageBox.Icon.Question, parent, name, text, detail)
    accept = box.add_named_button(yes, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("yes")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.buttonClicked.connect(lambda button: on_yes() if button is accept else None)
    box.open()
    return box


def tell(parent: QWidget, name: str, text: Said) -> QMessageBox:
    box = MessageBox(
        QMessageBox.Icon.Information, parent, name, text, buttons=QMessageBox.StandardButton.Ok
    )
    box.open()
    return box


def stars_text(stars: int | None) -> str:
    return "★" * stars + "☆" * (5 - stars) if stars else ""


class RowsTableModel(QAbstractTableModel):
    """A read-only table of frozen rows from a service. Subclasses name the columns in
    `headers()` and say what a cell shows in `cell()`; `sort_value()` is what it sorts by."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.cell(row, column)

    def other(self, row: Any, column: int, role: int) -> Any:
        """Any other role of a cell (tooltips, colours, check boxes)."""
        return None

    def retranslate(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:  # Qt override
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # Qt override
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        found = self.other(row, index.column(), role)
        if found is None and role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(row, index.column()) or None  # the whole text of an elided cell
        return found

    def headerData(  # Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class FormDialog(QDialog):
    """A dialog whose OK runs one write through `submit`; a refusal shows beside its field, or
    above the buttons when it names none. Subclasses add labelled rows with `add_row` (or rows
    of their own to `form`), call `finish`, and set every text in `retranslate`, which runs
    again whenever the language changes while the dialog is open."""

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.finished.connect(self.deleteLater)
        self.workspace, self.tasks = workspace, tasks
        self.messages = FieldMessages()
        self.labels: dict[str, QLabel] = {}
        self.refusal: DomainError | None = None
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)

    def add_row(self, name: str, field: QWidget) -> QLabel:
        """A row with a label named `name`, whose text `retranslate` sets."""
        label = QLabel(self)
        label.setObjectName(f"label_{name}")
        self.labels[name] = label
        self.form.addRow(label, field)
        return label

    def name_rows(self, texts: dict[str, str]) -> None:
        for name, text in texts.items():
            self.labels[name].setText(text)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def retranslate(self) -> None:
        """Say the messages shown again in the current language; subclasses add their texts."""
        self.messages.retranslate()
        if self.refusal is not None:
            self.error.setText(message_for(self.refusal))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        raise NotImplementedError

    def write(
        self, work: Callable[[Session], Any], done: Callable[[Any], None], *, change: bool = True
    ) -> None:
        """Run `work` in one transaction (a read-only one unless it `change`s records); on
        success call `done` with its result and close."""
        self.buttons.setEnabled(False)
        self.error.hide()
        self.refusal = None

        def succeeded(result: Any) -> None:
            done(result)
            self.accept()

        self.tasks.run(work, done=succeeded, failed=self.failed, write=change)

    def failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.hide()
        self.refusal = None
        if self.messages.show(error):
            return
        if isinstance(error, DomainError):
            self.refusal = error
            self.error.setText(message_for(error))
            self.error.show()
        else:
            show_error(self, error)
