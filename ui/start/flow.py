"""From start to the main window and back: open the register, first start or log in, the main
window, log out.

On an everyday start the log-in dialog shows at once and the register opens behind it while the
user types: this module and the dialog's load neither SQLAlchemy nor the models, which come with
the register (about half a second that the dialog no longer waits for).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from certification.core.errors import DomainError
from ui import preferences
from ui.start.busy import busy_dialog
from ui.start.login import LoginDialog
from ui.tasks import run_in_background
from ui.widgets.boxes import error_text

if TYPE_CHECKING:
    from certification.office import CommitteeInfo
    from certification.users import UserInfo
    from ui.main_window import MainWindow
    from ui.start.database import Register
    from ui.start.setup import FirstStartDialog


class StartFlow(QObject):
    """Drives the windows of one run of the app. Signals: `finished(exit_status)` when the user
    quits or the register cannot be opened."""

    finished = Signal(int)

    def __init__(
        self, db_url: str | None, *, demo_folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.demo_folder = demo_folder
        self.register: Register | None = None
        self.dialog: LoginDialog | FirstStartDialog | None = None
        self.window: MainWindow | None = None
        self.busy: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self._quitting = False

    def start(self) -> None:
        url = self.db_url
        run_in_background(self, lambda: _open(url), done=self._opened, failed=self._not_opened)
        if preferences.last_username():
            # Someone has signed in on this workstation before, so the register is most likely
            # set up: the log-in shows now, and a first start replaces it if not.
            self.log_in()
        else:
            self.busy = busy_dialog(QCoreApplication.translate("start", "Opening the register…"))

    @Slot(object)
    def _opened(self, register: Register) -> None:
        self._end_busy()
        if self._quitting:  # Quit was pressed while it opened
            register.close()
            return
        self.register = register
        run_in_background(self, _load_main_window)  # while the user types the password
        waiting = self.dialog if isinstance(self.dialog, LoginDialog) else None
        if waiting is not None and register.committee is not None:
            waiting.set_register(register)
        elif register.committee is None:
            if waiting is not None:
                self._drop_dialog()
            from ui.start.setup import FirstStartDialog

            dialog = FirstStartDialog(register, demo_folder=self.demo_folder)
            dialog.set_up.connect(self._signed_in)
            dialog.demo_opened.connect(self._demo_opened)
            self._show(dialog)
        else:
            self.log_in()

    @Slot(object)
    def _not_opened(self, error: BaseException) -> None:
        from sqlalchemy.exc import SQLAlchemyError

        self._end_busy()
        if self._quitting:
            return
        self._drop_dialog()
        if isinstance(error, (DomainError, OSError)):
            detail = error_text(error)
        elif isinstance(error, SQLAlchemyError):
            detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        else:
            detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        text = QCoreApplication.translate("start", "The register cannot be opened: {detail}")
        box = QMessageBox(QMessageBox.Icon.Critical, "Belgi", text.format(detail=detail))
        box.setObjectName("cannotOpen")
        box.finished.connect(lambda _r: self.finished.emit(1))
        box.open()
        self.message_box = box

    @Slot(object)
    def _demo_opened(self, register: Register) -> None:
        if self.register is not None:
            self.register.close()
        self.register = register
        self.log_in(username="admin")

    def log_in(self, username: str = "") -> None:
        dialog = LoginDialog(self.register, username=username)
        dialog.accepted.connect(lambda: self._signed_in(None, dialog.user))
        self._show(dialog)

    def _show(self, dialog: LoginDialog | FirstStartDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(self.quit)
        dialog.show()

    def _drop_dialog(self) -> None:
        """Close the dialog shown while the register opened, without quitting."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.rejected.disconnect(self.quit)
            dialog.hide()
            dialog.deleteLater()

    @Slot(object, object)
    def _signed_in(self, committee: CommitteeInfo | None, user: UserInfo | None) -> None:
        register = self.register
        assert register is not None and user is not None
        committee = committee or register.committee
        assert committee is not None
        from ui.main_window import MainWindow
        from ui.tasks import Tasks
        from ui.workspace import Workspace

        workspace = Workspace(register.engine, register.factory, user, committee, register.label)
        window = MainWindow(workspace, Tasks(workspace))
        window.log_out_requested.connect(self.log_out)
        window.closed.connect(self.quit)
        self.window = window
        self.dialog = None
        screen = window.screen().availableGeometry()
        if screen.width() < window.width() or screen.height() < window.height():
            window.showMaximized()  # a 1366×768 laptop: the whole screen, less the task bar
        else:
            window.show()

    @Slot()
    def log_out(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.closed.disconnect(self.quit)
            window.tasks.close()
            window.close()
            window.deleteLater()
        self.log_in()

    @Slot()
    def quit(self) -> None:
        self._quitting = True
        if self.window is not None:
            self.window.tasks.close()
        if self.register is not None:
            self.register.close()
        self.finished.emit(0)

    def _end_busy(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None


def _open(url: str | None) -> Register:
    with _loading():
        from ui.start.database import open_register
    return open_register(url)


@contextmanager
def _loading() -> Iterator[None]:
    """Load as main.py does: the collector off, then what was loaded set aside for good."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _load_main_window() -> None:
    """Import what the main window and the register need ahead of time: a second or so of
    loading that would otherwise come after the password."""
    with _loading():
        import ui.main_window
        import ui.register.page  # noqa: F401
