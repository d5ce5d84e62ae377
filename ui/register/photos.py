"""Photos of a product as thumbnails: add from files, by dropping files or images, or by pasting."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification import producers
from certification.producers import REGISTER_ROLES, PhotoInfo
from ui.operations import ReadOp, WriteOp
from ui.tasks import Tasks
from ui.widgets.permits import permit
from ui.widgets.photos import ImageIntake, ImageSource, choose_images, read_source
from ui.workspace import Workspace

THUMBNAIL = 104  # three side by side in the detail panel of a 1366-pixel screen


class PhotoList(QListWidget):
    """Thumbnails of a product's photos; images dropped on it or pasted into it are added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 12, THUMBNAIL + 12))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.intake = ImageIntake(self.viewport())


class PhotoStrip(QWidget):
    """Signals: `changed()` after photos were added or removed."""

    changed = Signal()

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.product_id: int | None = None
        self.list = PhotoList(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("photoHint")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPhotos")
        self.paste_button = QPushButton(self)
        self.paste_button.setObjectName("pastePhoto")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePhotos")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.list.intake.paste)
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.list)
        self.paste_shortcut.activated.connect(self.list.intake.paste)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.list.intake.received.connect(self.add)
        self.list.itemSelectionChanged.connect(self._enable)
        self.retranslate()
        self._enable()

    def load(self, product_id: int | None) -> None:
        self.product_id = product_id
        self.list.clear()
        self._enable()
        if product_id is not None:
            (
                ReadOp(self, lambda db: producers.product_photos(db, product_id))
                .success(lambda photos: self._loaded(product_id, photos))
                .run()
            )

    def _loaded(self, product_id: int, photos: list[PhotoInfo]) -> None:
        if product_id != self.product_id:
            return
        self.list.clear()
        for photo in photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            item = QListWidgetItem(QIcon(pixmap), "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(f"{photo.width} × {photo.height}")
            self.list.addItem(item)
        self._enable()

    @Slot()
    def choose_files(self) -> None:
        choose_images(self, self.tr("Add photos"), self.add)

    @Slot(list)
    def add(self, sources: list[ImageSource]) -> None:
        """Photos from files (read in the background) and images already in memory."""
        product_id, actor = self.product_id, self.workspace.user
        if product_id is None:
            return

        def work(db: Session) -> None:
            for source in sources:
                producers.add_product_photo(db, actor, product_id, read_source(source))

        WriteOp(self, work).success(self._changed).run()

    @Slot()
    def remove_chosen(self) -> None:
        ids = [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove photos"),
            self.tr("Remove the chosen photos ({count}) of this product?").format(count=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                self._remove(ids)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        box.open()

    def _remove(self, ids: list[int]) -> None:
        actor = self.workspace.user

        def work(db: Session) -> None:
            for photo_id in ids:
                producers.remove_product_photo(db, actor, photo_id)

        WriteOp(self, work).success(self._changed).run()

    @Slot(object)
    def _changed(self, _result: object = None) -> None:
        self.load(self.product_id)
        self.changed.emit()

    @Slot()
    def _enable(self) -> None:
        has_product, user = self.product_id is not None, self.workspace.user
        self.list.setEnabled(has_product)
        permit(self.add_button, user, REGISTER_ROLES, when=has_product)
        permit(self.paste_button, user, REGISTER_ROLES, when=has_product)
        permit(self.remove_button, user, REGISTER_ROLES, when=bool(self.list.selectedItems()))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Drop photos here, or copy one and paste it with Ctrl+V."))
        self.add_button.setText(self.tr("Add photos…"))
        self.paste_button.setText(self.tr("Paste"))
        self.remove_button.setText(self.tr("Remove"))
        self._enable()
