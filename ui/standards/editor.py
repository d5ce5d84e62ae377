"""The editor of one standard version: groups and criteria of every kind, weights, critical
flags, pass mark and star bands, with the domain's validation messages beside the part they are
about, and a preview of the inspection form scored live."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from certification import scoring, standards
from models.enums import CriterionKind
from ui.inspections.form import InspectionForm, ResultPanel
from ui.messages import message_for
from ui.messages.values import name_of
from ui.standards.draft import STARS, Draft, DraftCriterion, DraftGroup
from ui.standards.models import ChoicesTableModel, CriteriaTableModel
from ui.widgets.edits import NumberEdit
from ui.widgets.messages import FieldMessages
from ui.widgets.palette import ERROR, MUTED, text_style

Position = tuple[int, int | None]


def weight_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0, 1000)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setMaximumWidth(110)
    return box


def to_decimal(box: QDoubleSpinBox) -> Decimal:
    return Decimal(str(round(box.value(), box.decimals())))


class GroupPane(QWidget):
    """Name and weight of a group of criteria. Signals: `edited()`."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group: DraftGroup | None = None
        self.messages = FieldMessages()
        self.name = QLineEdit(self)
        self.name.setObjectName("groupName")
        self.weight = weight_box(self)
        self.weight.setObjectName("groupWeight")
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label, self.weight_label = QLabel(self), QLabel(self)
        self.form.addRow(self.name_label, self.messages.under("group.name", self.name))
        self.form.addRow(self.weight_label, self.messages.under("group.weight", self.weight))
        self.form.addRow(self.messages.under("group.criteria", QWidget(self)))
        self.name.textEdited.connect(self._name_edited)
        self.weight.valueChanged.connect(self._weight_edited)

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Group name"))
        self.weight_label.setText(self.tr("Group weight"))
        self.weight.setToolTip(self.tr("How much this group counts towards the total score"))

    def show_group(self, group: DraftGroup, editable: bool) -> None:
        self.group = None
        self.name.setText(group.name)
        self.weight.setValue(float(group.weight))
        self.name.setReadOnly(not editable)
        self.weight.setReadOnly(not editable)
        self.group = group

    def _name_edited(self, text: str) -> None:
        if self.group is not None:
            self.group.name = text
            self.edited.emit()

    def _weight_edited(self, _value: float) -> None:
        if self.group is not None:
            self.group.weight = to_decimal(self.weight)
            self.edited.emit()


class CriterionPane(QWidget):
    """Every property of a criterion; the rows shown follow its kind. Signals: `edited()`."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion: DraftCriterion | None = None
        self.messages = FieldMessages()
        m = self.messages
        self.code = QLineEdit(self)
        self.code.setObjectName("criterionCode")
        self.code.setMaximumWidth(110)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("criterionText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.kind = QComboBox(self)
        self.kind.setObjectName("criterionKind")
        for kind in CriterionKind:
            self.kind.addItem("", kind)
        self.weight = weight_box(self)
        self.weight.setObjectName("criterionWeight")
        self.critical = QCheckBox(self)
        self.critical.setObjectName("criterionCritical")
        self.scale_max = QSpinBox(self)
        self.scale_max.setObjectName("scaleMax")
        self.scale_max.setRange(1, 100)
        self.scale_max.setMaximumWidth(110)
        self.unit = QLineEdit(self)
        self.unit.setObjectName("unit")
        self.unit.setMaximumWidth(110)
        self.minimum = NumberEdit(self)
        self.minimum.setObjectName("minimum")
        self.minimum.setMaximumWidth(110)
        self.maximum = NumberEdit(self)
        self.maximum.setObjectName("maximum")
        self.maximum.setMaximumWidth(110)
        self.choices = ChoicesTableModel()
        self.choice_view = QTableView(self)
        self.choice_view.setObjectName("choices")
        self.choice_view.setModel(self.choices)
        self.choice_view.verticalHeader().hide()
        self.choice_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.choice_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.choice_view.setMinimumHeight(120)
        self.add_choice = QPushButton(self)
        self.add_choice.setObjectName("addChoice")
        self.remove_choice = QPushButton(self)
        self.remove_choice.setObjectName("removeChoice")
        choices = QWidget(self)
        choice_layout = QVBoxLayout(choices)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.choice_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_choice)
        buttons.addWidget(self.remove_choice)
        buttons.addStretch(1)
        choice_layout.addLayout(buttons)

        self.labels = {name: QLabel(self) for name in self.ROWS}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields = {
            "code": m.under("criterion.code", self.code),
            "text": m.under("criterion.text", self.text),
            "kind": self.kind,
            "weight": m.under("criterion.weight", self.weight),
            "critical": m.under("criterion.critical", self._with_hint(self.critical)),
            "scale_max": m.under("criterion.scale_max", self.scale_max),
            "unit": self.unit,
            "minimum": m.under("criterion.min_value", self.minimum),
            "maximum": m.under("criterion.max_value", self.maximum),
            "choices": m.under("criterion.choices", choices),
        }
        for name in self.ROWS:
            self.form.addRow(self.labels[name], fields[name])
        self.inputs: list[QWidget] = [
            self.code,
            self.kind,
            self.weight,
            self.critical,
            self.scale_max,
            self.unit,
            self.minimum,
            self.maximum,
            self.add_choice,
            self.remove_choice,
        ]
        self.code.textEdited.connect(lambda t: self._set("code", t))
        self.text.textChanged.connect(lambda: self._set("text", self.text.toPlainText()))
        self.kind.currentIndexChanged.connect(
            lambda _i: self._set("kind", CriterionKind(self.kind.currentData()))
        )
        self.weight.valueChanged.connect(lambda _v: self._set("weight", to_decimal(self.weight)))
        self.critical.toggled.connect(lambda on: self._set("critical", on))
        self.scale_max.valueChanged.connect(lambda v: self._set("scale_max", v))
        self.unit.textEdited.connect(lambda t: self._set("unit", t))
        self.minimum.value_changed.connect(lambda: self._set("min_value", self.minimum.value()))
        self.maximum.value_changed.connect(lambda: self._set("max_value", self.maximum.value()))
        self.choices.dataChanged.connect(lambda *_a: self.edited.emit())
        self.add_choice.clicked.connect(self._add_choice)
        self.remove_choice.clicked.connect(self._remove_choice)

    def _with_hint(self, check: QCheckBox) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.critical_hint = QLabel(box)
        self.critical_hint.setWordWrap(True)
        self.critical_hint.setStyleSheet(text_style(MUTED))
        row.addWidget(check)
        row.addWidget(self.critical_hint, 1)
        return box

    ROWS = (
        "code",
        "text",
        "kind",
        "weight",
        "critical",
        "scale_max",
        "unit",
        "minimum",
        "maximum",
        "choices",
    )

    def retranslate(self) -> None:
        texts = {
            "code": self.tr("Number"),
            "text": self.tr("Requirement"),
            "kind": self.tr("Kind of answer"),
            "weight": self.tr("Weight"),
            "critical": self.tr("Critical"),
            "scale_max": self.tr("Top score"),
            "unit": self.tr("Unit"),
            "minimum": self.tr("Minimum"),
            "maximum": self.tr("Maximum"),
            "choices": self.tr("Answers"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for i in range(self.kind.count()):
            self.kind.setItemText(i, name_of(CriterionKind(self.kind.itemData(i))))
        self.critical_hint.setText(self.tr("Failing it fails the inspection whatever the score."))
        self.code.setPlaceholderText(self.tr("e.g. 2.3"))
        self.minimum.setPlaceholderText(self.tr("no minimum"))
        self.maximum.setPlaceholderText(self.tr("no maximum"))
        self.add_choice.setText(self.tr("Add an answer"))
        self.remove_choice.setText(self.tr("Remove the answer"))
        self.choice_view.setToolTip(self.tr("Tick the answers that are acceptable"))

    def show_criterion(self, c: DraftCriterion, editable: bool) -> None:
        self.criterion = None
        self.code.setText(c.code)
        self.text.setPlainText(c.text)
        self.kind.setCurrentIndex(self.kind.findData(c.kind))
        self.weight.setValue(float(c.weight))
        self.critical.setChecked(c.critical)
        self.scale_max.setValue(c.scale_max)
        self.unit.setText(c.unit)
        self.minimum.set_value(c.min_value)
        self.maximum.set_value(c.max_value)
        self.choices.set_choices(c.choices, editable)
        self.text.setReadOnly(not editable)
        for widget in self.inputs:
            widget.setEnabled(editable)
        self.criterion = c
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.criterion.kind if self.criterion else CriterionKind.YES_NO
        visible = {
            "weight": kind != CriterionKind.NOTE,
            "critical": kind != CriterionKind.NOTE,
            "scale_max": kind == CriterionKind.SCALE,
            "unit": kind == CriterionKind.MEASUREMENT,
            "minimum": kind == CriterionKind.MEASUREMENT,
            "maximum": kind == CriterionKind.MEASUREMENT,
            "choices": kind == CriterionKind.CHOICE,
        }
        for name, shown in visible.items():
            self.form.setRowVisible(self.ROWS.index(name), shown)

    def _set(self, attribute: str, value: object) -> None:
        if self.criterion is None:
            return
        setattr(self.criterion, attribute, value)
        if attribute == "kind":
            self._show_rows()
        self.edited.emit()

    def _add_choice(self) -> None:
        row = self.choices.add()
        self.choice_view.edit(self.choices.index(row, 0))
        self.edited.emit()

    def _remove_choice(self) -> None:
        rows = self.choice_view.selectionModel().selectedRows() or [self.choice_view.currentIndex()]
        if rows and rows[0].isValid():
            self.choices.remove(rows[0].row())
            self.edited.emit()


class SpecEditor(QWidget):
    """Edits a `Draft` in place. Signals: `edited()` after every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.editable = False
        self.problems: list[standards.SpecProblem] = []
        self.preview_stale = True

        # The version as a whole: pass mark, star bands, note.
        self.version_messages = FieldMessages()
        self.pass_mark = QDoubleSpinBox(self)
        self.pass_mark.setObjectName("passMark")
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        self.pass_mark.setMaximumWidth(90)
        self.band_checks: dict[int, QCheckBox] = {}
        self.band_scores: dict[int, QDoubleSpinBox] = {}
        bands = QWidget(self)
        band_layout = QHBoxLayout(bands)
        band_layout.setContentsMargins(0, 0, 0, 0)
        for stars in STARS:
            check = QCheckBox(f"{stars}★", bands)
            check.setObjectName(f"band{stars}")
            score = QDoubleSpinBox(bands)
            score.setObjectName(f"bandScore{stars}")
            score.setRange(0, 100)
            score.setDecimals(1)
            score.setMaximumWidth(72)
            self.band_checks[stars], self.band_scores[stars] = check, score
            band_layout.addWidget(check)
            band_layout.addWidget(score)
            band_layout.addSpacing(4)
            check.toggled.connect(lambda _on, n=stars: self._band_edited(n))
            score.valueChanged.connect(lambda _v, n=stars: self._band_edited(n))
        band_layout.addStretch(1)
        self.note = QLineEdit(self)
        self.note.setObjectName("versionNote")
        self.pass_label, self.bands_label, self.note_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        top.addRow(self.pass_label, self.version_messages.under("pass_mark", self.pass_mark))
        top.addRow(self.bands_label, self.version_messages.under("star_bands", bands))
        top.addRow(self.note_label, self.note)
        self.pass_mark.valueChanged.connect(self._pass_mark_edited)
        self.note.textEdited.connect(self._note_edited)

        # Groups and criteria: a two-level table, buttons, and the pane of the selected part.
        self.model = CriteriaTableModel()
        self.tree = QTreeView(self)
        self.tree.setObjectName("criteria")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setMinimumSectionSize(40)
        self.tree.hideColumn(4)  # critical criteria are marked beside their number
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.buttons = {
            name: QPushButton(self) for name in ("addGroup", "addCriterion", "remove", "up", "down")
        }
        for name, button in self.buttons.items():
            button.setObjectName(name)
        self.buttons["addGroup"].clicked.connect(self.add_group)
        self.buttons["addCriterion"].clicked.connect(self.add_criterion)
        self.buttons["remove"].clicked.connect(self.remove_current)
        self.buttons["up"].clicked.connect(lambda: self.move_current(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_current(1))
        self.groups_message = QLabel(self)
        self.groups_message.setObjectName("error_groups")
        self.groups_message.setStyleSheet(text_style(ERROR))
        self.groups_message.setWordWrap(True)
        self.groups_message.hide()
        self.group_pane = GroupPane(self)
        self.criterion_pane = CriterionPane(self)
        self.nothing = QLabel(self)
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panes = QStackedWidget(self)
        for pane in (self.nothing, self.group_pane, self.criterion_pane):
            self.panes.addWidget(pane)
        self.group_pane.edited.connect(self._part_edited)
        self.criterion_pane.edited.connect(self._part_edited)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for name, button in self.buttons.items():
            if name in ("up", "down"):
                button.setFixedWidth(36)
            row.addWidget(button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.groups_message)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.panes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        criteria_tab = QWidget(self)
        criteria_layout = QVBoxLayout(criteria_tab)
        criteria_layout.addLayout(top)
        criteria_layout.addWidget(split, 1)

        # The preview: the inspection form as an inspector will see it, scored live.
        self.preview = InspectionForm(self)
        self.preview.setObjectName("preview")
        self.preview.set_photos_enabled(False)
        self.preview_result = ResultPanel(self)
        self.preview_result.setMinimumWidth(240)
        self.preview_result.setMaximumWidth(300)
        self.clear_preview = QPushButton(self)
        self.clear_preview.setObjectName("clearPreview")
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        self.preview.changed.connect(self._score_preview)
        self.clear_preview.clicked.connect(lambda: self._rebuild_preview(keep=False))
        preview_tab = QWidget(self)
        preview_layout = QHBoxLayout(preview_tab)
        preview_layout.addWidget(self.preview, 1)
        side = QVBoxLayout()
        side.addWidget(self.preview_note)
        side.addWidget(self.preview_result, 1)
        side.addWidget(self.clear_preview)
        preview_layout.addLayout(side)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(criteria_tab, "")
        self.tabs.addTab(preview_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.set_draft(None, False)

    def retranslate(self) -> None:
        self.pass_label.setText(self.tr("Pass mark"))
        self.pass_mark.setToolTip(self.tr("The lowest score, out of 100, that passes"))
        self.bands_label.setText(self.tr("Stars from score"))
        for stars, check in self.band_checks.items():
            check.setToolTip(self.tr("Award %n star(s) from this score", "", stars))
        self.note_label.setText(self.tr("Note"))
        texts = {
            "addGroup": (self.tr("+ Group"), self.tr("Add a group of criteria")),
            "addCriterion": (
                self.tr("+ Criterion"),
                self.tr("Add a criterion after the one chosen"),
            ),
            "remove": (self.tr("Remove"), self.tr("Remove the chosen group or criterion")),
            "up": ("↑", self.tr("Move up")),
            "down": ("↓", self.tr("Move down")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self.nothing.setText(self.tr("Choose a group or a criterion to see and change it."))
        self.tabs.setTabText(0, self.tr("Criteria"))
        self.tabs.setTabText(1, self.tr("Preview of the inspection form"))
        self.clear_preview.setText(self.tr("Clear the answers"))
        self.preview_note.setText(
            self.tr("Try answers here to see how the form scores; nothing is saved.")
        )
        self.group_pane.retranslate()
        self.criterion_pane.retranslate()
        self.preview.retranslate()
        self.preview_result.retranslate()
        self.model.refresh()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        self._check()

    # loading --------------------------------------------------------------------------------

    def set_draft(self, draft: Draft | None, editable: bool) -> None:
        self.draft, self.editable = None, editable
        if draft is not None:
            self.pass_mark.setValue(float(draft.pass_mark))
            for stars in STARS:
                minimum = draft.bands.get(stars)
                self.band_checks[stars].setChecked(minimum is not None)
                self.band_scores[stars].setValue(float(minimum or 0))
                self.band_scores[stars].setEnabled(editable and minimum is not None)
                self.band_checks[stars].setEnabled(editable)
            self.note.setText(draft.note)
        self.pass_mark.setReadOnly(not editable)
        self.note.setReadOnly(not editable)
        for button in self.buttons.values():
            button.setEnabled(editable and draft is not None)
        self.model.set_draft(draft)
        self._lay_out_tree()
        self.draft = draft
        self.panes.setCurrentWidget(self.nothing)
        if draft is not None and draft.groups and draft.groups[0].criteria:
            self.select(0, 0)
        self.preview_stale = True
        self._check()
        if self.tabs.currentIndex() == 1:
            self._rebuild_preview(keep=False)

    # edits ----------------------------------------------------------------------------------

    def _pass_mark_edited(self, _value: float) -> None:
        if self.draft is not None:
            self.draft.pass_mark = Decimal(str(round(self.pass_mark.value(), 1)))
            self._changed()

    def _band_edited(self, stars: int) -> None:
        if self.draft is None:
            return
        on = self.band_checks[stars].isChecked()
        self.band_scores[stars].setEnabled(on and self.editable)
        self.draft.bands[stars] = to_decimal(self.band_scores[stars]) if on else None
        self._changed()

    def _note_edited(self, text: str) -> None:
        if self.draft is not None:
            self.draft.note = text
            self._changed()

    def _part_edited(self) -> None:
        self.model.refresh()
        self._changed()

    def _changed(self) -> None:
        self.preview_stale = True
        self._check()
        self.edited.emit()

    def _lay_out_tree(self) -> None:
        """Group rows span the whole width; criteria rows show their columns."""
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def current(self) -> Position | None:
        index = self.tree.currentIndex()
        return self.model.position(index) if index.isValid() else None

    def select(self, group: int, criterion: int | None) -> None:
        index = self.model.index_of(group, criterion)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def add_group(self) -> None:
        if self.draft is None:
            return
        n = len(self.draft.groups)
        group = DraftGroup(self.tr("Group {number}").format(number=n + 1))
        self.draft.groups.append(group)
        group.criteria.append(DraftCriterion(self.draft.next_code(n), ""))
        self.model.restructure()
        self._lay_out_tree()
        self.select(n, None)
        self._changed()
        self.group_pane.name.setFocus()
        self.group_pane.name.selectAll()

    def add_criterion(self) -> None:
        if self.draft is None:
            return
        place = self.current()
        if place is None and not self.draft.groups:
            self.add_group()
            return
        group = place[0] if place else len(self.draft.groups) - 1
        at = place[1] + 1 if place and place[1] is not None else None
        criteria = self.draft.groups[group].criteria
        at = len(criteria) if at is None else at
        criteria.insert(at, DraftCriterion(self.draft.next_code(group), ""))
        self.model.restructure()
        self._lay_out_tree()
        self.select(group, at)
        self._changed()
        self.criterion_pane.text.setFocus()

    def remove_current(self) -> None:
        place = self.current()
        if self.draft is None or place is None:
            return
        group, criterion = place
        if criterion is None:
            del self.draft.groups[group]
        else:
            del self.draft.groups[group].criteria[criterion]
        self.model.restructure()
        self._lay_out_tree()
        self.panes.setCurrentWidget(self.nothing)
        self._changed()

    def move_current(self, step: int) -> None:
        place = self.current()
        if self.draft is None or place is None:
            return
        group, criterion = place
        items: list[DraftGroup] | list[DraftCriterion]
        items = self.draft.groups if criterion is None else self.draft.groups[group].criteria
        at = group if criterion is None else criterion
        to = at + step
        if not 0 <= to < len(items):
            return
        items[at], items[to] = items[to], items[at]  # type: ignore[assignment]
        self.model.restructure()
        self._lay_out_tree()
        self.select(*((to, None) if criterion is None else (group, to)))
        self._changed()

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if self.draft is None or not index.isValid():
            self.panes.setCurrentWidget(self.nothing)
            return
        group, criterion = self.model.position(index)
        if criterion is None:
            self.group_pane.show_group(self.draft.groups[group], self.editable)
            self.panes.setCurrentWidget(self.group_pane)
        else:
            c = self.draft.groups[group].criteria[criterion]
            self.criterion_pane.show_criterion(c, self.editable)
            self.panes.setCurrentWidget(self.criterion_pane)
        self._show_messages()

    # validation -----------------------------------------------------------------------------

    def _check(self) -> None:
        """Ask the domain what is wrong with the draft and show each message beside its part."""
        self.problems = standards.spec_problems(self.draft.to_spec()) if self.draft else []
        by_place: dict[Position, str] = {}
        for p in self.problems:
            if p.group is not None:
                place = (p.group, p.criterion)
                by_place[place] = "\n".join(
                    filter(None, [by_place.get(place), message_for(p.error)])
                )
        self.model.set_problems(by_place)
        self._show_messages()

    def _show_messages(self) -> None:
        self.version_messages.clear()
        self.group_pane.messages.clear()
        self.criterion_pane.messages.clear()
        whole = []
        place = self.current()
        for p in self.problems:
            field = str(p.error.fields.get("field", ""))
            text = message_for(p.error)
            if p.group is None and field in self.version_messages.lines:
                self.version_messages.put(field, text)
            elif p.group is None:
                whole.append(text)
            elif place == (p.group, p.criterion):
                pane = self.group_pane if p.criterion is None else self.criterion_pane
                lines = pane.messages.lines
                target = field if field in lines else next(iter(lines))
                pane.messages.put(target, "\n".join(filter(None, [lines[target].shown(), text])))
        self.groups_message.setText("\n".join(whole))
        self.groups_message.setVisible(bool(whole))

    # preview --------------------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.preview_stale:
            self._rebuild_preview(keep=True)

    def _rebuild_preview(self, keep: bool) -> None:
        if self.draft is None:
            return
        answers = self.preview.answers() if keep else {}
        self.preview.set_spec(self.draft.to_spec(), answers)
        self.preview_stale = False
        self._score_preview()

    def _score_preview(self) -> None:
        if self.draft is None or self.preview.spec is None:
            return
        result = scoring.evaluate(self.preview.spec, self.preview.answers())
        self.preview.show_result(result)
        self.preview_result.show_result(result, self.preview.spec.pass_mark)
