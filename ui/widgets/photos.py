"""Images into the app: photo files chosen, dropped or pasted, and pictures pasted or dropped
from another program. The register's product photos, the inspection form and the verification
desk all take images this way.

An image arrives as an `ImageSource`: the path of an image file (read later, off the GUI thread)
or the bytes of a PNG made from a picture on the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMimeData,
    QObject,
    Signal,
)
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget
from typing_extensions import override

from ui.widgets.files import file_dialog

ImageSource = str | bytes
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; Qt wants str
    buffer.close()
    return bytes(data.data())


def images_from_mime(mime: QMimeData | None, *, read_images: bool = True) -> list[ImageSource]:
    """Image files (by path) carried by a drop or the clipboard, else the picture itself as PNG.
    Without `read_images`, only whether there is a picture is answered (as one empty source),
    which is what a drag that has not been dropped yet needs."""
    if mime is None:
        return []
    files: list[ImageSource] = [
        url.toLocalFile()
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
    ]
    if files or not mime.hasImage():
        return files
    if not read_images:
        return [b""]
    image = mime.imageData()
    if isinstance(image, QImage) and not image.isNull():
        return [png_bytes(image)]
    return []


def read_source(source: ImageSource) -> bytes:
    """The bytes of an image, at most as many as a photo may have (reads a file: call it off
    the GUI thread)."""
    from certification.core.files import read_file
    from certification.photos import MAX_BYTES

    return source if isinstance(source, bytes) else read_file(source, MAX_BYTES)


class ImageIntake(QObject):
    """Makes `widget` take images dropped on it or pasted into it (Ctrl+V) while `enabled`.

    Signals: `received(list[ImageSource])`."""

    received = Signal(list)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.enabled = True
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.widget.setAcceptDrops(enabled)

    def paste(self) -> None:
        """Take what the clipboard holds, if it is an image."""
        self._take(images_from_mime(QGuiApplication.clipboard().mimeData()))

    def take(self, sources: list[ImageSource]) -> None:
        """Images chosen some other way (a file dialog)."""
        self._take(sources)

    def _take(self, sources: list[ImageSource]) -> None:
        if self.enabled and sources:
            self.received.emit(sources)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled:
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDropEvent)
            if images_from_mime(event.mimeData(), read_images=False):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            sources = images_from_mime(event.mimeData())
            if sources:
                event.acceptProposedAction()
                self._take(sources)
                return True
            return False
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste):
                sources = images_from_mime(QGuiApplication.clipboard().mimeData())
                if sources:
                    self._take(sources)
                    return True
        return False


def choose_images(parent: QWidget, title: str, chosen: Callable[[list[ImageSource]], None]) -> None:
    """Open a file dialog (not blocking) for image files; `chosen` gets their paths."""
    dialog = file_dialog(parent, title)
    dialog.setObjectName("photoDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(
        QCoreApplication.translate("widgets", "Photos (*.jpg *.jpeg *.png *.webp)")
    )
    dialog.filesSelected.connect(lambda files: chosen(list(files)))
    dialog.open()
