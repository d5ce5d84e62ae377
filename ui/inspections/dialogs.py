"""Starting an inspection, recording a non-conformity, and seeing a photo whole."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session
from typing_extensions import override

from certification import inspections
from certification.core import clock
from certification.inspections import InspectionInfo, InspectionPhotoInfo, ProductChoice
from certification.scoring import VersionSpec
from certification.standards import StandardVersionInfo
from models.enums import InspectionKind
from ui.formats import standard_text
from ui.inspections.models import ProductsTableModel
from ui.messages.values import name_of
from ui.operations import ReadOp
from ui.operations.inspections import versions_of_category
from ui.tasks import Tasks
from ui.widgets.boxes import error_text
from ui.widgets.edits import DateEdit
from ui.widgets.forms import FormDialog
from ui.widgets.tables import table_view
from ui.workspace import Workspace


class StartDialog(FormDialog):
    """Product, standard version of its category, kind, date, place and sample lot.

    Signals: `started(InspectionInfo)`."""

    started = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks) -> None:
        super().__init__(parent, workspace, tasks, "startDialog")
        self.search = QLineEdit(self)
        self.search.setObjectName("productSearch")
        self.search.setClearButtonEnabled(True)
        self.products = ProductsTableModel()
        self.product_view = table_view(self.products, self, stretch=1)
        self.product_view.setObjectName("products")
        self.product_view.setMinimumHeight(160)
        self.shown_product: ProductChoice | None = None
        self.product_view.selectionModel().currentRowChanged.connect(self._product_chosen)
        self.version = QComboBox(self)
        self.version.setObjectName("version")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in InspectionKind:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.certificate = QComboBox(self)
        self.certificate.setObjectName("certificate")
        self.inspected_on = DateEdit(clock.today(), self, maximum=clock.today())
        self.inspected_on.setObjectName("inspectedOn")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.sample_lot = QLineEdit(self)
        self.sample_lot.setObjectName("sampleLot")
        m = self.messages
        self.add_row("search", self.search)
        self.form.addRow(m.under("product", self.product_view))
        self.add_row("version", m.under("version", self.version))
        self.add_row("kind", self.kind)
        self.add_row("certificate", m.under("certificate", self.certificate))
        self.add_row("inspected_on", m.under("inspected_on", self.inspected_on))
        self.add_row("place", self.place)
        self.add_row("sample_lot", self.sample_lot)
        self.finish()
        self.retranslate()
        self.resize(680, 580)
        self.setMinimumSize(560, 500)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.search_products)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self._kind_chosen()
        self.search_products()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New inspection"))
        self.name_rows(
            {
                "search": self.tr("Find a product"),
                "version": self.tr("Standard"),
                "kind": self.tr("Kind"),
                "certificate": self.tr("Certificate"),
                "inspected_on": self.tr("Date"),
                "place": self.tr("Place"),
                "sample_lot": self.tr("Sample lot"),
            }
        )
        for i in range(self.kind.count()):
            self.kind.setItemText(i, name_of(InspectionKind(self.kind.itemData(i))))
        self.search.setPlaceholderText(self.tr("product or producer, any part of the name"))
        self.place.setPlaceholderText(self.tr("village, workshop or market"))
        self._kind_chosen()
        self.products.retranslate()
        super().retranslate()

    def search_products(self) -> None:
        query = self.search.text()
        (
            ReadOp(self, lambda db: inspections.products_to_inspect(db, query))
            .success(self._products_found)
            .run()
        )

    def _products_found(self, rows: list[ProductChoice]) -> None:
        chosen = self.chosen()
        self.products.set_rows(rows)
        keep = next(
            (n for n, p in enumerate(rows) if chosen and p.product_id == chosen.product_id), 0
        )
        if rows:
            self.product_view.selectionModel().setCurrentIndex(
                self.products.index(keep, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._product_chosen(QModelIndex(), QModelIndex())

    def chosen(self) -> ProductChoice | None:
        index = self.product_view.currentIndex()
        return self.products.rows[index.row()] if index.isValid() else None

    def _product_chosen(self, index: QModelIndex, _previous: QModelIndex) -> None:
        product = self.products.rows[index.row()] if index.isValid() else None
        if product is not None and product == self.shown_product:
            return  # a new search found the same product: keep its standards, no reload
        self.shown_product = product
        self.certificate.clear()
        for number in product.certificates if product else ():
            self.certificate.addItem(number, number)
        self._kind_chosen()
        self.version.clear()
        if product is None:
            return
        category_id = product.category.id
        (
            ReadOp(self, lambda db: versions_of_category(db, category_id))
            .success(self._versions_found)
            .run()
        )

    def _versions_found(self, rows: list[StandardVersionInfo]) -> None:
        self.version.clear()
        for v in rows:
            self.version.addItem(f"{standard_text(v.label)} — {v.title}", v.id)
        if not rows:
            self.messages.put("version", lambda: self.tr("No standard for this category yet."))
        else:
            self.messages.put("version", "")

    def _kind_chosen(self) -> None:
        """An initial inspection rests on no certificate: the box is empty and says so; the
        other kinds offer the product's certificates, or say it has none."""
        initial = self.kind.currentData() == InspectionKind.INITIAL
        self.certificate.setEnabled(not initial and self.certificate.count() > 0)
        self.certificate.setCurrentIndex(-1 if initial or not self.certificate.count() else 0)
        self.certificate.setPlaceholderText(
            self.tr("none: an initial inspection")
            if initial
            else self.tr("this product has no certificate")
        )

    def submit(self) -> None:
        product = self.chosen()
        self.messages.clear()
        if product is None:
            self.messages.put("product", lambda: self.tr("Choose the product to inspect."))
            return
        if self.version.currentData() is None:
            self.messages.put("version", lambda: self.tr("No standard for this category yet."))
            return
        inspector = self.workspace.user
        version_id, kind = self.version.currentData(), InspectionKind(self.kind.currentData())
        number = self.certificate.currentData() if kind != InspectionKind.INITIAL else None
        when, place, lot = self.inspected_on.value(), self.place.text(), self.sample_lot.text()
        self.write(
            lambda s: inspections.start_inspection(
                s,
                inspector,
                product.product_id,
                version_id,
                when,
                kind=kind,
                certificate_number=number,
                place=place,
                sample_lot=lot,
            ),
            self.started.emit,
        )


class NonConformityDialog(FormDialog):
    """A non-conformity found in an inspection: the criterion it is about, what is wrong, the
    corrective action and its due date. Signals: `added(InspectionInfo)`."""

    added = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        inspection: InspectionInfo,
        spec: VersionSpec,
        criterion: str = "",
    ) -> None:
        super().__init__(parent, workspace, tasks, "nonConformityDialog")
        self.inspection = inspection
        self.criterion = QComboBox(self)
        self.criterion.setObjectName("criterion")
        self.criterion.addItem("", "")
        for c in spec.criteria():
            self.criterion.addItem(f"{c.code} {c.text}", c.code)
        self.criterion.setCurrentIndex(max(0, self.criterion.findData(criterion)))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.action = QPlainTextEdit(self)
        self.action.setObjectName("correctiveAction")
        self.action.setTabChangesFocus(True)
        for edit in (self.description, self.action):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self.has_due = QCheckBox(self)
        self.has_due.setObjectName("hasDue")
        self.due_on = DateEdit(inspection.inspected_on, self, minimum=inspection.inspected_on)
        self.due_on.setObjectName("dueOn")
        self.due_on.setEnabled(False)
        self.has_due.toggled.connect(self.due_on.setEnabled)
        due = QWidget(self)
        due_layout = QHBoxLayout(due)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.has_due)
        due_layout.addWidget(self.due_on)
        due_layout.addStretch(1)
        m = self.messages
        self.add_row("criterion", self.criterion)
        self.add_row("description", m.under("description", self.description))
        self.add_row("action", self.action)
        self.add_row("due_on", m.under("due_on", due))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Non-conformity"))
        self.name_rows(
            {
                "criterion": self.tr("Criterion"),
                "description": self.tr("What is wrong"),
                "action": self.tr("Corrective action"),
                "due_on": self.tr("Due date"),
            }
        )
        self.criterion.setItemText(0, self.tr("(the whole product)"))
        self.has_due.setText(self.tr("by this date:"))
        super().retranslate()

    def submit(self) -> None:
        inspector, inspection_id = self.workspace.user, self.inspection.id
        code = self.criterion.currentData() or ""
        description, action = self.description.toPlainText(), self.action.toPlainText()
        due_on = self.due_on.value() if self.has_due.isChecked() else None
        self.write(
            lambda s: inspections.add_non_conformity(
                s, inspector, inspection_id, description, action, due_on, code
            ),
            self.added.emit,
        )


def load_photo(session: Session, photo_id: int, fit: QSize) -> tuple[InspectionPhotoInfo, QImage]:
    """The photo and its image decoded, turned upright and no larger than `fit` (off the GUI
    thread: a phone photo takes a while to decode)."""
    photo = inspections.get_photo(session, photo_id)
    data = QByteArray(photo.data)
    buffer = QBuffer(data)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.width() > fit.width() or image.height() > fit.height():
        image = image.scaled(
            fit, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return photo, image


class PhotoDialog(QDialog):
    """One photo of an inspection whole, as large as the screen allows, with its criterion and
    caption."""

    def __init__(self, parent: QWidget, tasks: Tasks, photo_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("photoDialog")
        self.finished.connect(self.deleteLater)
        self.photo: InspectionPhotoInfo | None = None
        self.pixmap = QPixmap()
        self.failure: BaseException | None = None
        self.image = QLabel(self)
        self.image.setObjectName("image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumSize(320, 240)
        self.about = QLabel(self)
        self.about.setObjectName("about")
        self.about.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.about, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size()
        self.fit = QSize(int(room.width() * 0.9) - 24, int(room.height() * 0.9) - 80)
        self.resize(min(900, room.width()), min(640, room.height()))
        self.retranslate()
        fit = self.fit
        (
            ReadOp(self, lambda db: load_photo(db, photo_id, fit))
            .success(self._loaded)
            .failure(self._failed)
            .run()
        )

    def retranslate(self) -> None:
        photo = self.photo
        if photo is None or not photo.criterion_code:
            self.setWindowTitle(self.tr("Photo"))
        else:
            title = self.tr("Photo for criterion {code}")
            self.setWindowTitle(title.format(code=photo.criterion_code))
        if self.failure is not None:
            self.image.setText(error_text(self.failure))
        elif self.pixmap.isNull():
            self.image.setText(self.tr("Loading the photo…"))
        if photo is not None:
            size = self.tr("{width} × {height} pixels").format(
                width=photo.width, height=photo.height
            )
            self.about.setText(" · ".join(p for p in (photo.caption, size) if p))

    @override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, loaded: tuple[InspectionPhotoInfo, QImage]) -> None:
        self.photo, image = loaded
        self.pixmap = QPixmap.fromImage(image)
        chrome = self.size() - self.image.size()
        wanted = self.pixmap.size().expandedTo(self.image.minimumSize()) + chrome
        self.resize(wanted.boundedTo(self.fit + chrome))
        self._show_pixmap()
        self.retranslate()

    def _failed(self, error: BaseException) -> None:
        self.failure = error
        self.retranslate()

    def _show_pixmap(self) -> None:
        if self.pixmap.isNull():
            return
        self.image.setPixmap(
            self.pixmap.scaled(
                self.image.size().boundedTo(self.pixmap.size()),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_pixmap()
