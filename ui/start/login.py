"""The log-in dialog: user name, password, language; a growing wait after repeated failures."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
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

from certification import users
from certification.core.errors import Forbidden
from certification.users import LoginAttempt, UserInfo
from models.db import unit_of_work
from ui import i18n, preferences
from ui.start.database import Register
from ui.tasks import run_in_background
from ui.widgets.boxes import error_text
from ui.widgets.messages import MessageLine

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
    """Accepted once a user has signed in (`self.user`); rejected when the user quits."""

    # A countdown tick; tests shorten it rather than sleep.
    tick_ms = 1000

    def __init__(self, register: Register, *, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.register = register
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
        committee = self.register.committee
        self.committee.setText(committee.name(i18n.current_language()) if committee else "")
        self.language_label.setText(self.tr("Language"))
        self.username_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.log_in.setText(self.tr("Log in"))
        self.quit.setText(self.tr("Quit"))
        self.hint.setText(
            self.tr("Demo database: users admin, chair, inspector and clerk; password: demo.")
            if self.register.is_demo
            else ""
        )
        self.hint.setVisible(self.register.is_demo)
        if self._wait_left:
            self._show_wait()
        elif self.message.text():
            self.message.setText(error_text(Forbidden("auth.failed")))

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
        self.message.clear()
        factory = self.register.factory

        def check() -> LoginAttempt:
            with unit_of_work(factory) as session:  # a refusal is counted, so always commit
                return users.login(session, username, password)

        run_in_background(self, check, done=self._checked, failed=self._failed)

    @Slot(object)
    def _checked(self, attempt: LoginAttempt) -> None:
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
