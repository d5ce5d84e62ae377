"""Photos of a product as thumbnails: add from files, by dropping files or images, or by pasting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
from typing_extensions import override

from certification import producers
from certification.producers import PhotoInfo
from ui.errors import show_error
from ui.tasks import Tasks
from ui.workspace import Workspace

THUMBNAIL = 104  # three side by side in the detail panel of a 1366-pixel screen
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class PhotoList(QListWidget):
    """Thumbnails that accept dropped image files and images. Signals: `dropped(files, images)`."""

    dropped = Signal(list, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 12, THUMBNAIL + 12))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        files, images = from_mime(event.mimeData())
        if files or images:
            event.acceptProposedAction()
            self.dropped.emit(files, images)
        else:
            event.ignore()


def from_mime(mime: QMimeData) -> tuple[list[str], list[bytes]]:
    """Image files (by name) and images (as PNG) carried by a drop or the clipboard."""
    files = [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES
    ]
    images = []
    if not files and mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            images.append(png_bytes(image))
    return files, images


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


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
        self.paste_shortcut = QShortcut(QKeySequence.StandardKey.Paste, self.list)
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
        self.paste_button.clicked.connect(self.paste)
        self.paste_shortcut.activated.connect(self.paste)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.list.dropped.connect(self.add)
        self.list.itemSelectionChanged.connect(self._enable)
        self.retranslate()
        self._enable()

    def load(self, product_id: int | None) -> None:
        self.product_id = product_id
        self.list.clear()
        self._enable()
        if product_id is not None:
            self.tasks.run(
                lambda s: producers.product_photos(s, product_id),
                done=lambda photos, p=product_id: self._loaded(p, photos),
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
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (*.jpg *.jpeg *.png *.webp)")
        )
        if files:
            self.add(files, [])

    @Slot()
    def paste(self) -> None:
        files, images = from_mime(QGuiApplication.clipboard().mimeData())
        if files or images:
            self.add(files, images)

    @Slot(list, list)
    def add(self, files: list[str], images: list[bytes]) -> None:
        """Photos from files (read in the background) and images already in memory."""
        product_id, actor = self.product_id, self.workspace.user
        if product_id is None:
            return

        def work(session: object) -> None:
            blobs = [Path(f).read_bytes() for f in files] + images
            for data in blobs:
                producers.add_product_photo(session, actor, product_id, data)

        self.tasks.run(work, done=self._changed, failed=self._failed, write=True)

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

        def work(session: object) -> None:
            for photo_id in ids:
                producers.remove_product_photo(session, actor, photo_id)

        self.tasks.run(work, done=self._changed, failed=self._failed, write=True)

    @Slot(object)
    def _changed(self, _result: object = None) -> None:
        self.load(self.product_id)
        self.changed.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    @Slot()
    def _enable(self) -> None:
        has_product = self.product_id is not None
        self.list.setEnabled(has_product)
        self.add_button.setEnabled(has_product)
        self.paste_button.setEnabled(has_product)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Drop photos here, or copy one and paste it with Ctrl+V."))
        self.add_button.setText(self.tr("Add photos…"))
        self.paste_button.setText(self.tr("Paste"))
        self.remove_button.setText(self.tr("Remove"))
