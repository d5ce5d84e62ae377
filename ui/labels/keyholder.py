"""The signing key unlocked for a printing session: held in memory only, forgotten after the
minutes of the setting `key_unlocked_minutes`, on "Lock now", and when the window closes (log-out
or quit). Nothing of it is ever written anywhere."""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from typing_extensions import override

from certification.codes.signing import Signer


class KeyHolder(QObject):
    """Signals: `changed()` when a key is taken in or forgotten, and each minute while held."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signer: Signer | None = None
        self._minutes = 0
        self._since = QElapsedTimer()
        self._forget = QTimer(self)
        self._forget.setSingleShot(True)
        self._forget.timeout.connect(self.forget)
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self.changed)

    @property
    def signer(self) -> Signer | None:
        return self._signer

    def hold(self, signer: Signer, minutes: int) -> None:
        """Keep `signer` for `minutes` from now (each job that uses it starts them again)."""
        self._signer = signer
        self._minutes = minutes
        self._since.start()
        self._forget.start(minutes * 60_000)
        self._tick.start()
        self.changed.emit()

    def forget(self) -> None:
        had = self._signer is not None
        self._signer = None
        self._forget.stop()
        self._tick.stop()
        if had:
            self.changed.emit()

    @property
    def minutes_left(self) -> int:
        """Whole minutes until the key is forgotten, rounded up (0 when none is held)."""
        if self._signer is None:
            return 0
        left = self._minutes * 60_000 - self._since.elapsed()
        return max(1, math.ceil(left / 60_000))

    def watch(self, window: QObject) -> None:
        """Forget the key when `window` closes (log-out closes the main window)."""
        window.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.forget()
        return False
