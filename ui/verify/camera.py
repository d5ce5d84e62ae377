"""A webcam that reads codes continuously, through QtMultimedia, loaded only when a camera is
there and the user turns it on: the desk works fully without one, and a workstation without a
camera never loads the multimedia libraries.

Frames arrive on the GUI thread; at most a few a second are copied as grey pixels and decoded
off the GUI thread (`decode_frame` in a job); a code found is handed to the page, which checks it
as if it had been scanned. The same code is not checked again while it stays in view.
"""

from __future__ import annotations

import glob
import sys
import time
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from ui.operations import Job
from ui.tasks import Progress

FRAME_INTERVAL = 0.3  # seconds between frames decoded
SAME_CODE_PAUSE = 5.0  # seconds before a code still in view is checked again


def camera_present() -> bool:
    """Whether a camera may be there, asked without loading QtMultimedia. On Linux the video
    devices say so; elsewhere only QtMultimedia can tell, so the choice is offered and
    QtMultimedia is loaded when the user takes it."""
    if sys.platform.startswith("linux"):
        return bool(glob.glob("/dev/video*"))
    return True


def decode_frame(width: int, height: int, pixels: bytes) -> Generator[Progress, None, list[str]]:
    """A job: the codes in one grey frame."""
    from PIL import Image

    from certification.codes.images import decode_picture

    yield 0, 1
    return list(decode_picture(Image.frombytes("L", (width, height), pixels)).texts)


class CameraReader(QObject):
    """The first camera, showing into `view` (a QVideoWidget made here) and reading codes.

    Signals: `found(str)` a code's text; `unavailable()` no camera after all."""

    found = Signal(str)
    unavailable = Signal()

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self.owner = owner
        self.camera: Any = None
        self.session: Any = None
        self.view: QWidget | None = None
        self.decoding = False
        self.last_frame = 0.0
        self.last_code = ("", 0.0)

    def start(self) -> QWidget | None:
        """Turn the camera on; the widget showing it, or None (and `unavailable`)."""
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink
        from PySide6.QtMultimediaWidgets import QVideoWidget

        devices = QMediaDevices.videoInputs()
        if not devices:
            self.unavailable.emit()
            return None
        self.camera = QCamera(devices[0], self)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        view = QVideoWidget(self.owner)
        view.setObjectName("cameraView")
        self.session.setVideoOutput(view)
        sink: QVideoSink = view.videoSink()
        sink.videoFrameChanged.connect(self._frame)
        self.camera.errorOccurred.connect(lambda *_: self.unavailable.emit())
        self.camera.start()
        self.view = view
        return view

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        if self.view is not None:
            self.view.deleteLater()
        self.camera = self.session = self.view = None

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if self.decoding or now - self.last_frame < FRAME_INTERVAL:
            return
        self.last_frame = now
        image = frame.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        if image.isNull():
            return
        width, height = image.width(), image.height()
        line = image.bytesPerLine()
        raw = bytes(image.constBits())
        pixels = b"".join(raw[y * line : y * line + width] for y in range(height))
        self.decoding = True
        (
            Job(self.owner, lambda _factory: decode_frame(width, height, pixels))
            .success(self._decoded)
            .failure(lambda _error: self._decoded([]))
            .run()
        )

    def _decoded(self, texts: list[str]) -> None:
        self.decoding = False
        now = time.monotonic()
        for text in texts:
            last, at = self.last_code
            if text == last and now - at < SAME_CODE_PAUSE:
                continue
            self.last_code = (text, now)
            self.found.emit(text)
