"""The committee's settings, as a form generated from the declared settings
(`certification.settings.OPTIONS`): one field per setting by its kind, grouped, each with its
help and its message line. Every change is checked by the setting's own rule at once; Save is
enabled only when every field is right and something changed, and saves the whole form in one
write (an administrator only)."""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from certification import settings
from certification.core.errors import DomainError
from certification.settings import Group, Kind, Option
from models.enums import Role
from ui.i18n import ROOT, current_language
from ui.operations import Job, ReadOp, WriteOp
from ui.operations.administration_settings import SettingsState, load_settings, save_settings
from ui.tasks import Tasks
from ui.widgets.boxes import show_error
from ui.widgets.edits import fill_choices
from ui.widgets.messages import FieldMessages, MessageLine
from ui.widgets.palette import MUTED, text_style
from ui.widgets.photos import ImageIntake, ImageSource, choose_images, read_source
from ui.workspace import Workspace

IMAGES = ROOT / "resources" / "images"
LANGUAGE_NAMES = {"ky": "Кыргызча", "ru": "Русский", "en": "English"}
COLUMNS = ((Group.COMMITTEE, Group.LABELS), (Group.CERTIFICATES, Group.DOCUMENTS, Group.BACKUPS))


def translated(text: str) -> str:
    return QCoreApplication.translate(settings.CONTEXT, text) if text else ""


class ImageField(QWidget):
    """A mark image: its thumbnail, Choose…, and Default (the shipped mark)."""

    def __init__(self, key: str, changed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"field_{key}")
        self.data: bytes | None = None
        self.changed = changed
        self.default_image = IMAGES / f"{key.replace('_', '-')}.png"  # the shipped mark
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(56, 56)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid palette(mid);")
        self.choose = QPushButton(self)
        self.choose.setObjectName(f"choose_{key}")
        self.default = QPushButton(self)
        self.default.setObjectName(f"default_{key}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail)
        row.addWidget(self.choose)
        row.addWidget(self.default)
        row.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.default.clicked.connect(lambda: self.set_data(None, notify=True))
        self.intake = ImageIntake(self)
        self.intake.received.connect(self._take)

    def retranslate(self) -> None:
        self.choose.setText(self.tr("Choose…"))
        self.default.setText(self.tr("Default"))

    def _choose(self) -> None:
        choose_images(self, self.tr("Choose the image"), self._take)

    def _take(self, sources: list[ImageSource]) -> None:
        if sources:
            source = sources[0]

            def read(_factory: object) -> Generator[tuple[int, int], None, bytes]:
                yield 0, 1
                try:
                    return read_source(source)
                except OSError:
                    return b""  # said under the field as an unreadable image

            Job(self, read).success(lambda data: self.set_data(data, notify=True)).run()

    def set_data(self, data: bytes | None, notify: bool = False) -> None:
        self.data = data
        pixmap = QPixmap()
        shown = pixmap.loadFromData(data) if data else pixmap.load(str(self.default_image))
        if shown:
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    52,
                    52,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText("?")
        if notify:
            self.changed()


class LanguagesField(QWidget):
    """The document languages: the main one and an optional second."""

    def __init__(self, changed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("field_document_languages")
        self.first = QComboBox(self)
        self.first.setObjectName("language_first")
        self.second = QComboBox(self)
        self.second.setObjectName("language_second")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first)
        row.addWidget(self.second)
        row.addStretch(1)
        for code in settings.LANGUAGES:
            self.first.addItem(LANGUAGE_NAMES[code], code)
        self.second.addItem("", None)
        for code in settings.LANGUAGES:
            self.second.addItem(LANGUAGE_NAMES[code], code)
        self.first.currentIndexChanged.connect(changed)
        self.second.currentIndexChanged.connect(changed)

    def retranslate(self) -> None:
        self.second.setItemText(0, self.tr("(only one)"))

    def value(self) -> list[str]:
        chosen = [self.first.currentData(), self.second.currentData()]
        return [c for c in chosen if c]

    def set_value(self, value: list[str]) -> None:
        self.first.setCurrentIndex(max(0, self.first.findData(value[0] if value else "ky")))
        self.second.setCurrentIndex(
            max(0, self.second.findData(value[1] if len(value) > 1 else None))
        )


class SettingsTab(QWidget):
    """The form. `fields[key]` is each setting's widget; `messages` its message lines."""

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_settings")
        self.workspace, self.tasks = workspace, tasks
        self.may_change = workspace.user.has(Role.ADMIN)
        self.state: SettingsState | None = None
        self.loading = False
        self.messages = FieldMessages()
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.helps: dict[str, QLabel] = {}
        self.groups: dict[Group, QGroupBox] = {}
        self.preview = QLabel(self)
        self.preview.setObjectName("numbering_preview")
        self.role_line = MessageLine(self, "role_required")
        self.status = QLabel(self)
        self.status.setObjectName("save_status")
        self.save = QPushButton(self)
        self.save.setObjectName("save")
        self.save.setEnabled(False)
        self.save.clicked.connect(self.submit)
        self.revert = QPushButton(self)
        self.revert.setObjectName("revert")
        self.revert.clicked.connect(self.reload)
        self._build()
        self.retranslate()

    # Building ------------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        grid = QGridLayout(body)
        for column, groups in enumerate(COLUMNS):
            box = QVBoxLayout()
            for group in groups:
                box.addWidget(self._group(group))
            box.addStretch(1)
            grid.addLayout(box, 0, column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.role_line)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _group(self, group: Group) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName(f"group_{group.value}")
        self.groups[group] = box
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for option in (o for o in settings.OPTIONS.values() if o.group is group):
            field = self._field(option)
            field.setEnabled(self.may_change)
            self.fields[option.key] = field
            column = QWidget(box)
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(1)
            stack.addWidget(self.messages.under(option.key, field))
            if option is settings.NUMBERING_FORMAT:
                stack.addWidget(self.preview)
            help_line = QLabel(column)
            help_line.setObjectName(f"help_{option.key}")
            help_line.setWordWrap(True)
            help_line.setStyleSheet(text_style(MUTED))
            self.helps[option.key] = help_line
            stack.addWidget(help_line)
            label = QLabel(box)
            label.setObjectName(f"label_{option.key}")
            self.labels[option.key] = label
            form.addRow(label, column)
        return box

    def _field(self, option: Option[Any]) -> QWidget:
        key = option.key

        def changed() -> None:
            self.check_field(key)

        field: QWidget
        if option.kind is Kind.TEXT:
            edit = QLineEdit(self)
            edit.textChanged.connect(changed)
            field = edit
        elif option.kind is Kind.INTEGER:
            spin = QSpinBox(self)
            spin.setRange(int(option.minimum or 0), int(option.maximum or 10**6))
            spin.valueChanged.connect(changed)
            field = spin
        elif option.kind is Kind.DECIMAL:
            double = QDoubleSpinBox(self)
            double.setDecimals(option.decimals)
            double.setSingleStep(0.1)
            double.setRange(float(option.minimum or 0), float(option.maximum or 10**6))
            double.valueChanged.connect(changed)
            field = double
        elif option.kind is Kind.CHOICE:
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(changed)
            field = combo
        elif option.kind is Kind.LANGUAGES:
            field = LanguagesField(changed, self)
        else:
            field = ImageField(key, changed, self)
        field.setObjectName(f"field_{key}")
        return field

    # Values ----------------------------------------------------------------------------------

    def value(self, key: str) -> Any:
        """What field `key` holds now, as the setting's type."""
        field = self.fields[key]
        if isinstance(field, QLineEdit):
            return field.text()
        if isinstance(field, (QSpinBox, QDoubleSpinBox)):
            return field.value()
        if isinstance(field, QComboBox):
            return field.currentData() or ""
        if isinstance(field, LanguagesField):
            return field.value()
        assert isinstance(field, ImageField)
        return field.data

    def _set(self, key: str, value: Any) -> None:
        field = self.fields[key]
        if isinstance(field, QLineEdit):
            field.setText(str(value))
        elif isinstance(field, (QSpinBox, QDoubleSpinBox)):
            field.setValue(value)
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        elif isinstance(field, LanguagesField):
            field.set_value(list(value))
        elif isinstance(field, ImageField):
            field.set_data(value)

    def _fill_choices(self) -> None:
        if self.state is None:
            return
        lang = current_language()
        for key, found in self.state.choices.items():
            field = self.fields[key]
            if isinstance(field, QComboBox):
                fill_choices(field, [(c.name(lang), c.code) for c in found])

    def changes(self) -> dict[str, Any]:
        """The settings whose fields differ from what is stored."""
        if self.state is None:
            return {}
        return {
            key: self.value(key)
            for key in settings.OPTIONS
            if _normal(self.value(key)) != _normal(self.state.values[key])
        }

    # Checking ------------------------------------------------------------------------------

    def check_field(self, key: str) -> bool:
        """Check one field by its setting's rule; say what is wrong under it."""
        if self.loading:
            return True
        option = settings.OPTIONS[key]
        try:
            option.check(self.value(key))
        except DomainError as refusal:
            self.messages.put(key, refusal)
            ok = False
        else:
            self.messages.put(key, "")
            ok = True
        if key in (settings.NUMBERING_FORMAT.key, settings.COMMITTEE_REGION.key):
            self._preview()
        self._buttons()
        return ok

    def _preview(self) -> None:
        if self.state is None:
            return
        try:
            number = self.state.next_number.preview(
                self.value(settings.NUMBERING_FORMAT.key), self.value("committee_region") or None
            )
        except DomainError:
            self.preview.clear()
            return
        self.preview.setText(self.tr("The next certificate: {number}").format(number=number))

    def problems(self) -> list[str]:
        return [key for key in self.messages.lines if self.messages.text(key)]

    def _buttons(self) -> None:
        changed = bool(self.changes())
        self.save.setEnabled(self.may_change and changed and not self.problems())
        self.revert.setEnabled(changed)

    # Loading and saving ----------------------------------------------------------------------

    def activated(self) -> None:
        if self.state is None:
            self.reload()

    def reload(self) -> None:
        ReadOp(self, load_settings).success(self.show_state).run()

    def show_state(self, state: SettingsState) -> None:
        self.state = state
        self.loading = True
        self._fill_choices()
        for key, value in state.values.items():
            self._set(key, value)
        self.loading = False
        self.messages.clear()
        self._preview()
        self._buttons()

    def submit(self) -> None:
        """Save every changed field at once, after checking each again."""
        changes = self.changes()
        if not self.may_change or not changes:
            return
        if not all(self.check_field(key) for key in changes):
            return
        user = self.workspace.user
        self.save.setEnabled(False)
        WriteOp(self, lambda db: save_settings(db, user, changes)).success(self._saved).failure(
            self._refused
        ).run()

    def _saved(self, state: SettingsState) -> None:
        self.show_state(state)
        self.status.setText(self.tr("Saved."))

    def _refused(self, error: BaseException) -> None:
        self._buttons()
        if not self.messages.show(error):
            show_error(self, error)

    # Words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for group, box in self.groups.items():
            box.setTitle(translated(settings.GROUP_TITLES[group]))
        for key, option in settings.OPTIONS.items():
            self.labels[key].setText(translated(option.title))
            self.helps[key].setText(translated(option.help))
            self.helps[key].setVisible(bool(option.help))
            field = self.fields[key]
            if isinstance(field, (ImageField, LanguagesField)):
                field.retranslate()
        self._fill_choices()
        self.messages.retranslate()
        self._preview()
        self.save.setText(self.tr("Save"))
        self.revert.setText(self.tr("Undo changes"))
        self.status.clear()
        if not self.may_change:
            self.role_line.setText(self.tr("Only an administrator changes the settings."))


def _normal(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float):
        return round(value, 4)
    return value
