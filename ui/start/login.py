"""The log-in dialog: user name, password, language; a growing wait after repeated failures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from certification.core.errors import Forbidden
from ui import i18n, preferences
from ui.tasks import run_in_background
from ui.widgets.boxes import error_text
from ui.widgets.messages import MessageLine

# The dialog shows before the register and its models have loaded (ui/start/flow.py): what needs
# them is imported where it is used.
if TYPE_CHECKING:
    from certification.users import LoginAttempt, UserInfo
    from ui.start.database import Register

# Each language named in itself, so anyone can find theirs whatever is shown now.
LANGUAGE_NAMES = (("ky", "Кыргызча"), ("ru", "Русский"), ("en", "English"))


class LanguageBox(QComboBox):
    """Chooses the language at once. Signals: `chosen(code)` after the translators changed."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language")
        for code, name in LANGUAGE_NAMES:
            self.addItem(name, code)
        self.setCurrentIndex(self.findData(i18n.current_language()))
        self.currentIndexChanged.connect(self._changed)

    @Slot(int)
    def _changed(self, _index: int) -> None:
        lang = str(self.currentData())
        if lang != i18n.current_language():
            i18n.install(lang)
            preferences.set_language(lang)
            self.chosen.emit(lang)


class LoginDialog(QDialog):
    """Accepted once a user has signed in (`self.user`); rejected when the user quits.

    It may open before the register has: the committee's name shows once `set_register` is
    called, and a Log in pressed before that waits for it."""

    # A countdown tick; tests shorten it rather than sleep.
    tick_ms = 1000

    def __init__(
        self, register: Register | None, *, username: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.register = register
        self._asked = False  # Log in was pressed before the register was open
        self.user: UserInfo | None = None
        self._failures = 0  # this dialog's own count, so unknown names wait as long as known ones
        self._wait_left = 0

        self.committee = QLabel(self)
        self.committee.setObjectName("committeeName")
        self.committee.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.committee.setWordWrap(True)
        font = self.committee.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.committee.setFont(font)
        # One line kept for the name, which may come a moment after the dialog shows.
        self.committee.setMinimumHeight(QFontMetrics(font).lineSpacing())
        self.language = LanguageBox(self)
        self.username = QLineEdit(username or preferences.last_username(), self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLine(self)
        self.message.setObjectName("message")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.log_in = QPushButton(self)
        self.log_in.setObjectName("logIn")
        self.log_in.setDefault(True)
        self.quit = QPushButton(self)
        self.quit.setObjectName("quit")
        self.timer = QTimer(self)

        self.language_label, self.username_label, self.password_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit)
        buttons.addWidget(self.log_in)
        layout = QVBoxLayout(self)
        layout.addWidget(self.committee)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

        self._connect_signals()
        self.retranslate()
        (self.password if self.username.text() else self.username).setFocus()

    def _connect_signals(self) -> None:
        self.log_in.clicked.connect(self.try_log_in)
        self.quit.clicked.connect(self.reject)
        self.language.chosen.connect(self.retranslate)
        self.timer.timeout.connect(self._tick)

    @Slot()
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in", "window title"))
        self._show_register()
        self.language_label.setText(self.tr("Language"))
        self.username_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.log_in.setText(self.tr("Log in"))
        self.quit.setText(self.tr("Quit"))
        if self._wait_left:
            self._show_wait()
        elif self.message.text():
            self.message.setText(error_text(Forbidden("auth.failed")))

    def _show_register(self) -> None:
        """The committee's name; below the fields, the demo's users or a wait for the register."""
        committee = self.register.committee if self.register else None
        self.committee.setText(committee.name(i18n.current_language()) if committee else "")
        if self._asked:
            hint = QCoreApplication.translate("start", "Opening the register…")
        elif self.register is not None and self.register.is_demo:
            hint = self.tr(
                "Demo database: users admin, chair, inspector and clerk; password: demo."
            )
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    @Slot()
    def try_log_in(self) -> None:
        if self._wait_left or not self.log_in.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.message.setText(self.tr("Type your user name."))
            self.username.setFocus()
            return
        self.log_in.setEnabled(False)
        if self.register is None:
            self._asked = True
            self._show_register()
            return
        self.message.clear()
        factory = self.register.factory

        def check() -> LoginAttempt:
            from certification import users
            from models.db import unit_of_work

            with unit_of_work(factory) as session:  # a refusal is counted, so always commit
                return users.login(session, username, password)

        run_in_background(self, check, done=self._checked, failed=self._failed)

    def set_register(self, register: Register) -> None:
        """The register has opened: its committee's name shows, and a waiting Log in goes on."""
        self.register = register
        asked, self._asked = self._asked, False
        self._show_register()
        if asked:
            self.log_in.setEnabled(True)
            self.try_log_in()

    @Slot(object)
    def _checked(self, attempt: LoginAttempt) -> None:
        from certification import users

        if attempt.user is not None:
            self.user = attempt.user
            preferences.set_last_username(attempt.user.username)
            self.accept()
            return
        self._failures += 1
        self.password.clear()
        self.password.setFocus()
        self.message.setText(error_text(Forbidden("auth.failed")))
        delay = users.login_delay(max(self._failures, attempt.failures))
        if delay > 0:
            self._wait_left = int(delay)
            self._show_wait()
            self.timer.start(self.tick_ms)
        else:
            self.log_in.setEnabled(True)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self.log_in.setEnabled(True)

    @Slot()
    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self.timer.stop()
        self.message.setText(error_text(Forbidden("auth.failed")))
        self.log_in.setEnabled(True)

    def _show_wait(self) -> None:
        self.log_in.setEnabled(False)
        text = self.tr("Wrong user name or password. Too many attempts: wait {seconds} s.")
        self.message.setText(text.format(seconds=self._wait_left))
