"""The products of one producer: the list, adding and changing one, and its photos."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from certification import producers
from certification.producers import REGISTER_ROLES, CategoryInfo, ProductInfo
from certification.users import UserInfo
from ui import i18n
from ui.operations import ReadOp, WriteOp
from ui.register.photos import PhotoStrip
from ui.register.table import ProductTableModel
from ui.tasks import Tasks
from ui.widgets.boxes import show_error
from ui.widgets.edits import fill_choices
from ui.widgets.messages import FieldMessages
from ui.widgets.permits import permit
from ui.widgets.tables import fit_columns
from ui.workspace import Workspace


class ProductDialog(QDialog):
    """Adds a product to a producer, or changes one. Accepted once saved (`self.product`)."""

    def __init__(
        self,
        tasks: Tasks,
        actor: UserInfo,
        producer_id: int,
        categories: Sequence[CategoryInfo],
        product: ProductInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.tasks, self.actor, self.producer_id = tasks, actor, producer_id
        self.product = product
        self.messages = FieldMessages()
        self.name = QLineEdit(product.name if product else "", self)
        self.name.setObjectName("name")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        lang = i18n.current_language()
        fill_choices(self.category, [(c.name(lang), c.id) for c in categories])
        self.category.setCurrentIndex(0)
        if product is not None:
            self.category.setCurrentIndex(self.category.findData(product.category.id))
        self.description = QPlainTextEdit(product.description if product else "", self)
        self.description.setObjectName("description")
        self.description.setFixedHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.messages.under("name", self.name))
        form.addRow(self.tr("Category"), self.messages.under("category", self.category))
        form.addRow(self.tr("Description"), self.messages.under("description", self.description))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Change product") if product else self.tr("New product"))
        self.setMinimumWidth(460)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def save(self) -> None:
        name, description = self.name.text(), self.description.toPlainText()
        category_id = int(self.category.currentData() or 0)
        actor, producer_id, product = self.actor, self.producer_id, self.product
        if product is None:
            work = lambda db: producers.add_product(  # noqa: E731
                db, actor, producer_id, name, category_id, description
            )
        else:
            work = lambda db: producers.update_product(  # noqa: E731
                db, actor, product.id, name, category_id, description
            )
        self.buttons.setEnabled(False)
        WriteOp(self, work).success(self._saved).failure(self._failed).run()

    @Slot(object)
    def _saved(self, product: ProductInfo) -> None:
        self.product = product
        self.accept()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not self.messages.show(error):
            show_error(self, error)


class ProductsPanel(QWidget):
    """The products of the producer chosen in the register, with the chosen product's photos."""

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("products")
        self.workspace = workspace
        self.tasks = tasks
        self.producer_id: int | None = None
        self.categories: list[CategoryInfo] = []
        self.model = ProductTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("productTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        fit_columns(self.table, stretch=0)
        self.table.setMaximumHeight(170)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addProduct")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editProduct")
        self.photos_title = QLabel(self)
        self.photos = PhotoStrip(workspace, tasks, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.photos_title)
        layout.addWidget(self.photos, 1)

        self.add_button.clicked.connect(self.add_product)
        self.edit_button.clicked.connect(self.edit_product)
        self.table.doubleClicked.connect(self.edit_product)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.photos.changed.connect(self._photos_changed)
        self.retranslate()
        self._enable()

    def set_categories(self, categories: Sequence[CategoryInfo]) -> None:
        self.categories = list(categories)

    def load(self, producer_id: int | None, select: int | None = None) -> None:
        self.producer_id = producer_id
        if producer_id is None:
            self.model.set_rows([])
            self._chosen()
            return
        (
            ReadOp(self, lambda db: producers.products_of(db, producer_id))
            .success(lambda rows: self._loaded(producer_id, rows, select))
            .run()
        )

    def _loaded(self, producer_id: int, rows: list[ProductInfo], select: int | None) -> None:
        if producer_id != self.producer_id:
            return  # another producer was chosen meanwhile
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select is not None else None
        self.table.selectRow(row if row is not None else 0)
        self._chosen()

    def current(self) -> ProductInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    @Slot()
    def _chosen(self, *_selection: QItemSelection) -> None:
        product = self.current()
        self.photos.load(product.id if product else None)
        self._enable()

    def _enable(self) -> None:
        user = self.workspace.user
        permit(self.add_button, user, REGISTER_ROLES, when=self.producer_id is not None)
        permit(self.edit_button, user, REGISTER_ROLES, when=self.current() is not None)

    @Slot()
    def add_product(self) -> None:
        self._open_dialog(None)

    @Slot()
    def edit_product(self) -> None:
        if (product := self.current()) is not None:
            self._open_dialog(product)

    def _open_dialog(self, product: ProductInfo | None) -> None:
        if self.producer_id is None:
            return
        dialog = ProductDialog(
            self.tasks,
            self.workspace.user,
            self.producer_id,
            self.categories,
            product,
            self,
        )
        dialog.accepted.connect(lambda: self._product_saved(dialog.product))
        dialog.open()

    @Slot()
    def _photos_changed(self) -> None:
        product = self.current()
        self.load(self.producer_id, select=product.id if product else None)

    def _product_saved(self, product: ProductInfo | None) -> None:
        self.load(self.producer_id, select=product.id if product else None)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add product…"))
        self.edit_button.setText(self.tr("Change product…"))
        self.photos_title.setText(self.tr("Photos of the chosen product"))
        self.model.retranslate()
        self.photos.retranslate()
        self._enable()
