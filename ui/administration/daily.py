"""The daily backup: a minute after the window opens, then every hour, a job makes today's copy
if there is none yet and removes the daily copies older than the `backup_keep_days` setting."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from certification.core.errors import DomainError
from ui.operations import Job
from ui.widgets.boxes import show_error

FIRST_MS = 60_000  # after start-up has settled
EVERY_MS = 3_600_000


class DailyBackups(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.said: str | None = None  # a failure is shown once, not every hour
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run)
        QTimer.singleShot(FIRST_MS, self, self.start)

    def start(self) -> None:
        self.run()
        self.timer.start()

    def run(self) -> None:
        # Imported at the first backup, a minute in: the backups' modules are not needed for the
        # window to appear.
        from ui.operations.administration_settings import daily_backup

        Job(self.window, daily_backup).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        code = error.code if isinstance(error, DomainError) else type(error).__name__
        if code != self.said:
            self.said = code
            show_error(self.window, error)
