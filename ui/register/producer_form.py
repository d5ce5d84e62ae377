"""The form for one producer: every field the office keeps, with messages beside the fields."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from certification import producers
from certification.office import RegionInfo
from certification.producers import ProducerForm, ProducerInfo
from models.enums import ProducerKind
from ui import i18n
from ui.messages.values import name_of
from ui.operations import WriteOp
from ui.tasks import Tasks
from ui.widgets.boxes import show_error
from ui.widgets.edits import fill_choices
from ui.widgets.messages import FieldMessages
from ui.widgets.permits import permit
from ui.workspace import Workspace

TEXT_FIELDS = (
    "name",
    "district",
    "village",
    "address",
    "contact_person",
    "phone",
    "email",
    "tax_id",
)
COUNT_FIELDS = ("members", "women", "youth")


class ProducerEditor(QWidget):
    """Registers a new producer or changes one. Signals: `saved(ProducerInfo)`."""

    saved = Signal(object)

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("producerEditor")
        self.workspace = workspace
        self.tasks = tasks
        self.producer_id: int | None = None
        self.messages = FieldMessages()
        self.regions: list[RegionInfo] = []

        self.kind = QComboBox(self)
        self.region_code = QComboBox(self)
        self.edits = {field: QLineEdit(self) for field in TEXT_FIELDS}
        self.counts = {field: QSpinBox(self) for field in COUNT_FIELDS}
        for spin in self.counts.values():
            spin.setRange(0, 100_000)
            spin.setGroupSeparatorShown(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(56)
        self.edits["tax_id"].setMaxLength(14)
        widgets: dict[str, QWidget] = {
            "kind": self.kind,
            "name": self.edits["name"],
            "region_code": self.region_code,
            **{f: self.edits[f] for f in TEXT_FIELDS[1:]},
            **self.counts,
            "notes": self.notes,
        }
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in widgets.items():
            widget.setObjectName(field)
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[field] = label
            form.addRow(label, self.messages.under(field, widget))

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveProducer")
        self.state = QLabel(self)
        self.state.setObjectName("state")
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.new()

    def set_regions(self, regions: Sequence[RegionInfo]) -> None:
        self.regions = list(regions)
        self._fill_regions()

    def _fill_regions(self) -> None:
        lang = i18n.current_language()
        fill_choices(self.region_code, [(r.name(lang), r.code) for r in self.regions])
        if self.region_code.currentIndex() < 0:
            self._choose_region(self.workspace.committee.region.code)

    def _choose_region(self, code: str) -> None:
        self.region_code.setCurrentIndex(max(0, self.region_code.findData(code)))

    @Slot()
    def new(self) -> None:
        """An empty form for a new producer, in this committee's region."""
        self.producer_id = None
        self.messages.clear()
        self.kind.setCurrentIndex(self.kind.findData(ProducerKind.GROUP.value))
        self._choose_region(self.workspace.committee.region.code)
        for edit in self.edits.values():
            edit.clear()
        self.counts["members"].setValue(1)
        self.counts["women"].setValue(0)
        self.counts["youth"].setValue(0)
        self.notes.clear()
        self.state.clear()
        self.edits["name"].setFocus()

    def load(self, producer: ProducerInfo) -> None:
        if producer.id != self.producer_id:
            self.state.clear()  # "Saved." stays while the same producer is shown again
        self.producer_id = producer.id
        self.messages.clear()
        self.kind.setCurrentIndex(self.kind.findData(producer.kind.value))
        self._choose_region(producer.region_code)
        for field, edit in self.edits.items():
            edit.setText(getattr(producer, field))
            edit.setCursorPosition(0)
        for field, spin in self.counts.items():
            spin.setValue(getattr(producer, field))
        self.notes.setPlainText(producer.notes)

    def form(self) -> ProducerForm:
        return ProducerForm(
            kind=ProducerKind(self.kind.currentData()),
            region_code=str(self.region_code.currentData() or ""),
            notes=self.notes.toPlainText(),
            **{field: edit.text() for field, edit in self.edits.items()},  # type: ignore[arg-type]
            **{field: spin.value() for field, spin in self.counts.items()},  # type: ignore[arg-type]
        )

    @Slot()
    def save(self) -> None:
        self.messages.clear()
        self.state.clear()
        form, producer_id, actor = self.form(), self.producer_id, self.workspace.user
        if producer_id is None:
            work = lambda db: producers.register_producer(db, actor, form)  # noqa: E731
        else:
            work = lambda db: producers.update_producer(db, actor, producer_id, form)  # noqa: E731
        self.save_button.setEnabled(False)
        WriteOp(self, work).success(self._saved).failure(self._failed).run()

    @Slot(object)
    def _saved(self, producer: ProducerInfo) -> None:
        self._enable()
        self.producer_id = producer.id
        self.state.setText(self.tr("Saved."))
        self.saved.emit(producer)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._enable()
        if not self.messages.show(error):
            show_error(self, error)

    def _enable(self) -> None:
        permit(self.save_button, self.workspace.user, producers.REGISTER_ROLES)

    def retranslate(self) -> None:
        texts = {
            "kind": self.tr("Kind"),
            "name": self.tr("Name"),
            "region_code": self.tr("Region"),
            "district": self.tr("District"),
            "village": self.tr("Village"),
            "address": self.tr("Address"),
            "contact_person": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "tax_id": self.tr("Tax number (INN)"),
            "members": self.tr("Members"),
            "women": self.tr("of them women"),
            "youth": self.tr("of them youth"),
            "notes": self.tr("Notes"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        kind = self.kind.currentData()
        self.kind.clear()
        for each in (ProducerKind.GROUP, ProducerKind.INDIVIDUAL):
            self.kind.addItem(name_of(each), each.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.edits["phone"].setPlaceholderText("+996 555 123 456")
        self.edits["tax_id"].setPlaceholderText(self.tr("14 digits"))
        self.save_button.setText(self.tr("Save"))
        self._enable()
        if self.state.text():
            self.state.setText(self.tr("Saved."))
        self._fill_regions()
