"""Standards: per product category, versioned. A version used by an inspection is read-only;
"Edit" starts the next version as a copy. Criteria of every kind are edited with the domain's
validation messages beside them, and the inspection form is previewed and scored live."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification import producers, standards
from certification.producers import CategoryInfo
from certification.scoring import CriterionSpec, GroupSpec, VersionSpec
from certification.standards import StandardSummary, StandardVersionInfo
from models.enums import CriterionKind
from ui import i18n, page
from ui.formats import standard_text
from ui.operations import ReadOp, WriteOp
from ui.standards.draft import Draft
from ui.standards.editor import SpecEditor
from ui.standards.models import CATEGORY_ROLE, StandardsTableModel, VersionsTableModel
from ui.tasks import Tasks
from ui.widgets.boxes import show_error
from ui.widgets.edits import fill_choices
from ui.widgets.forms import FormDialog
from ui.widgets.palette import ERROR, text_style
from ui.widgets.tables import sorted_table, table_view
from ui.workspace import Workspace


class Page(page.Page):
    page_id = "standards"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.categories: list[CategoryInfo] = []
        self.version: StandardVersionInfo | None = None
        self.dirty = False
        self.wanted_version: int | None = None

        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.currentIndexChanged.connect(self._filter_category)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newStandard")
        self.new_button.clicked.connect(self.new_standard)
        self.standards = StandardsTableModel()
        self.standards_proxy, self.standards_view = sorted_table(
            self.standards, self, "standardsTable", stretch=2
        )
        self.standards_proxy.setFilterKeyColumn(0)
        self.standards_proxy.setFilterRole(CATEGORY_ROLE)
        self.standards_view.hideColumn(1)  # the title is in the heading and the tooltip
        self.standards_view.selectionModel().currentRowChanged.connect(self._standard_chosen)
        self.versions = VersionsTableModel()
        self.versions_view = table_view(self.versions, self, stretch=1)
        self.versions_view.setObjectName("versionsTable")
        self.versions_view.selectionModel().currentRowChanged.connect(self._version_chosen)
        self.versions_label = QLabel(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.category, 1)
        row.addWidget(self.new_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.standards_view, 3)
        left_layout.addWidget(self.versions_label)
        left_layout.addWidget(self.versions_view, 1)
        self.left = left
        left.setMinimumWidth(300)

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit")
        self.edit_button.clicked.connect(self.edit_frozen)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discard")
        self.discard_button.clicked.connect(self.discard)
        self.summary = QLabel(self)
        self.summary.setObjectName("problems")
        self.summary.setStyleSheet(text_style(ERROR))
        self.editor = SpecEditor(self)
        self.editor.edited.connect(self._edited)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        bar.addWidget(self.summary)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.save_button)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.editor, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 1000])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.retranslate()
        self._show_state()

    # texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New standard…"))
        self.versions_label.setText(self.tr("Versions"))
        self.edit_button.setText(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Make the next version as an editable copy"))
        self.save_button.setText(self.tr("Save"))
        self.discard_button.setText(self.tr("Discard changes"))
        self._fill_categories()
        self.standards_proxy.relocalise()
        self.standards.retranslate()
        self.versions.retranslate()
        self.editor.retranslate()
        self._show_state()

    def _fill_categories(self) -> None:
        lang = i18n.current_language()
        fill_choices(
            self.category,
            [(c.name(lang), c.id) for c in self.categories],
            everything=self.tr("All categories"),
        )

    def _show_state(self) -> None:
        v = self.version
        self.heading.setText(
            f"{standard_text(v.label)} — {v.title} ({v.category.name(i18n.current_language())})"
            if v
            else self.tr("Choose a standard, or make a new one.")
        )
        problems = len(self.editor.problems)
        self.summary.setText(
            self.tr("Problems to fix before saving: {count}").format(count=problems)
            if problems and self.dirty
            else ""
        )
        if v is None:
            self.state.setText("")
        elif v.frozen:
            self.state.setText(
                self.tr(
                    "This version is used by inspections and cannot change. "
                    "“Edit” makes version {next} as a copy."
                ).format(next=max([r.version for r in self.versions.rows] or [v.version]) + 1)
            )
        elif self.dirty:
            self.state.setText(self.tr("Unsaved changes."))
        else:
            self.state.setText(self.tr("Draft version: it can change until an inspection uses it."))
        self.edit_button.setVisible(bool(v and v.frozen))
        self.save_button.setVisible(bool(v and not v.frozen))
        self.discard_button.setVisible(bool(v and not v.frozen))
        self.save_button.setEnabled(self.dirty and not problems)
        self.discard_button.setEnabled(self.dirty)
        self.left.setEnabled(not self.dirty)

    # loading ------------------------------------------------------------------------------

    def activated(self) -> None:
        if not self.dirty:
            self.reload()

    def reload(self, select_standard: int | None = None, select_version: int | None = None) -> None:
        if select_standard is None and self.version is not None:
            select_standard, select_version = self.version.standard_id, self.version.id

        def load(s: Session) -> tuple[list[CategoryInfo], list[StandardSummary]]:
            return producers.categories(s), standards.list_standards(s)

        (
            ReadOp(self, load)
            .success(lambda r: self._loaded(*r, select_standard, select_version))
            .run()
        )

    def _loaded(
        self,
        categories: list[CategoryInfo],
        rows: list[StandardSummary],
        standard_id: int | None,
        version_id: int | None,
    ) -> None:
        self.categories = categories
        self._fill_categories()
        self.standards.set_rows(rows)
        self.wanted_version = version_id
        row = self.standards.row_of(standard_id) if standard_id is not None else None
        if row is None and rows:
            row = 0
            self.wanted_version = None
        if row is not None:
            index = self.standards_proxy.mapFromSource(self.standards.index(row, 0))
            if not index.isValid():
                index = self.standards_proxy.index(0, 0)
            self.standards_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._standard_chosen(index, QModelIndex())

    def _filter_category(self) -> None:
        chosen = self.category.currentData()
        self.standards_proxy.setFilterRegularExpression(
            QRegularExpression("" if chosen is None else f"^{chosen}$")
        )

    def _standard_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not index.isValid():
            return
        summary = self.standards.rows[self.standards_proxy.mapToSource(index).row()]
        wanted = self.wanted_version or summary.latest_version_id
        self.wanted_version = None
        (
            ReadOp(self, lambda db: standards.versions(db, summary.id))
            .success(lambda rows: self._versions_loaded(rows, wanted))
            .run()
        )

    def _versions_loaded(self, rows: list[StandardVersionInfo], wanted: int) -> None:
        self.versions.set_rows(rows)
        row = self.versions.row_of(wanted)
        self.versions_view.selectionModel().setCurrentIndex(
            self.versions.index(row if row is not None else 0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _version_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not index.isValid():
            return
        self.show_version(self.versions.rows[index.row()])

    def show_version(self, version: StandardVersionInfo) -> None:
        self.version = version
        self.dirty = False
        self.editor.set_draft(Draft.from_spec(version.spec), editable=not version.frozen)
        self._show_state()

    # actions ------------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self._show_state()

    def discard(self) -> None:
        if self.version is not None:
            self.show_version(self.version)

    def save(self) -> None:
        if self.version is None or self.editor.draft is None:
            return
        version_id, spec = self.version.id, self.editor.draft.to_spec()
        user = self.workspace.user.username
        self.save_button.setEnabled(False)
        (
            WriteOp(self, lambda db: standards.save_version(db, user, version_id, spec))
            .success(self._saved)
            .failure(self._save_failed)
            .run()
        )

    def _saved(self, version: StandardVersionInfo) -> None:
        self.dirty = False
        self.version = version
        self.versions.set_rows([version if v.id == version.id else v for v in self.versions.rows])
        self.versions_view.selectRow(self.versions.row_of(version.id) or 0)
        self._show_state()

    def _save_failed(self, error: BaseException) -> None:
        self._show_state()
        show_error(self, error)

    def edit_frozen(self) -> None:
        if self.version is None:
            return
        version_id, user = self.version.id, self.workspace.user.username
        (
            WriteOp(self, lambda db: standards.new_version(db, user, version_id))
            .success(lambda v: self.reload(v.standard_id, v.id))
            .run()
        )

    def new_standard(self) -> None:
        dialog = NewStandardDialog(self, self.categories, self.version)
        dialog.created.connect(lambda v: self.reload(v.standard_id, v.id))
        dialog.open()


def starter_spec(group: str, criterion: str) -> VersionSpec:
    """What a new standard starts from when it copies nothing: one group, one yes/no criterion."""
    return VersionSpec(
        pass_mark=Decimal(70),
        groups=(
            GroupSpec(group, Decimal(1), (CriterionSpec("1.1", criterion, CriterionKind.YES_NO),)),
        ),
    )


class NewStandardDialog(FormDialog):
    """Code, title and category of a new standard; it may start as a copy of the version shown.
    Signals: `created(StandardVersionInfo)`."""

    created = Signal(object)

    def __init__(
        self,
        parent: Page,
        categories: list[CategoryInfo],
        shown: StandardVersionInfo | None,
    ) -> None:
        super().__init__(parent, parent.workspace, parent.tasks, "newStandardDialog")
        self.shown, self.categories = shown, categories
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText("BABP-HONEY")
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        for c in categories:
            self.category.addItem("", c.id)
        if shown is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(shown.category.id)))
        self.copy = QCheckBox(self)
        self.copy.setObjectName("copy")
        self.copy.setVisible(shown is not None)
        self.copy.setChecked(shown is not None)
        self.add_row("code", self.messages.under("code", self.code))
        self.add_row("title", self.messages.under("title", self.title))
        self.add_row("category", self.messages.under("category", self.category))
        self.form.addRow(self.copy)
        self.finish()
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New standard"))
        self.name_rows(
            {"code": self.tr("Code"), "title": self.tr("Title"), "category": self.tr("Category")}
        )
        lang = i18n.current_language()
        for i, c in enumerate(self.categories):
            self.category.setItemText(i, c.name(lang))
        if self.shown is not None:
            self.copy.setText(
                self.tr("Start from the criteria of {label}").format(
                    label=standard_text(self.shown.label)
                )
            )
        super().retranslate()

    def submit(self) -> None:
        code, title = self.code.text(), self.title.text()
        category_id = self.category.currentData()
        if self.copy.isChecked() and self.shown is not None:
            spec = self.shown.spec
        else:
            spec = starter_spec(self.tr("Requirements"), self.tr("New criterion"))
        user = self.workspace.user.username
        self.write(
            lambda s: standards.create_standard(s, user, code, title, category_id or 0, spec),
            self.created.emit,
        )
