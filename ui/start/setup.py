"""First start on an empty register: set up this committee and its first administrator (and,
optionally, its signing key), or open the demo database to look around."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification import office, users
from certification.office import CommitteeInfo
from certification.users import UserInfo
from models.db import unit_of_work
from ui import i18n
from ui.start.busy import busy_dialog
from ui.start.database import Register, open_demo
from ui.start.login import LanguageBox
from ui.tasks import run_in_background
from ui.widgets.boxes import show_error
from ui.widgets.edits import fill_choices
from ui.widgets.messages import FieldMessages


@dataclass(frozen=True)
class SetUp:
    """What the first-start form asks for."""

    name_ky: str
    name_ru: str
    name_en: str
    region_code: str
    code: str
    username: str
    full_name: str
    password: str
    passphrase: str = ""


def set_up_committee(session: Session, form: SetUp) -> tuple[CommitteeInfo, UserInfo]:
    """One transaction: the committee, its first administrator and, if asked, its signing key."""
    committee = office.set_up(
        session,
        region_code=form.region_code,
        code=form.code,
        name_ky=form.name_ky,
        name_ru=form.name_ru,
        name_en=form.name_en,
        admin_username=form.username,
        admin_full_name=form.full_name,
        admin_password=form.password,
    )
    if form.passphrase:
        from certification.codes import keys  # only here: cryptography is slow to load

        keys.generate_signing_key(session, form.passphrase, form.username.strip())
    return committee, users.get_user(session, form.username.strip())


class FirstStartDialog(QDialog):
    """Signals: `set_up(committee, user)` once the committee exists and its administrator is
    signed in; `demo_opened(register)` once the demo database is ready to log in to."""

    set_up = Signal(object, object)
    demo_opened = Signal(object)

    def __init__(
        self, register: Register, *, demo_folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.register = register
        self.demo_folder = demo_folder
        self.messages = FieldMessages()
        self.busy: QProgressDialog | None = None

        self.language = LanguageBox(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_ky, self.name_ru, self.name_en = QLineEdit(), QLineEdit(), QLineEdit()
        self.region = QComboBox()
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.password_again = QLineEdit(), QLineEdit()
        self.passphrase, self.passphrase_again = QLineEdit(), QLineEdit()
        for secret in (self.password, self.password_again, self.passphrase, self.passphrase_again):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        for name, edit in vars(self).copy().items():
            if isinstance(edit, (QLineEdit, QComboBox)):
                edit.setObjectName(name)

        self.committee_box, committee_form = self._group()
        self.labels: dict[str, QLabel] = {}
        self._row(committee_form, "name_ky", self.name_ky)
        self._row(committee_form, "name_ru", self.name_ru)
        self._row(committee_form, "name_en", self.name_en)
        self._row(committee_form, "region", self.region)
        self._row(committee_form, "code", self.code)
        self.admin_box, admin_form = self._group()
        self._row(admin_form, "username", self.username)
        self._row(admin_form, "full_name", self.full_name)
        self._row(admin_form, "password", self.password)
        self._row(admin_form, "password_again", self.password_again)
        self.key_box, key_form = self._group()
        self._row(key_form, "passphrase", self.passphrase)
        self._row(key_form, "passphrase_again", self.passphrase_again)

        self.set_up_button = QPushButton(self)
        self.set_up_button.setObjectName("setUp")
        self.set_up_button.setDefault(True)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("openDemo")
        self.quit_button = QPushButton(self)
        self.quit_button.setObjectName("quit")
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.set_up_button)

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.committee_box)
        layout.addWidget(self.admin_box)
        layout.addWidget(self.key_box)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

        self._connect_signals()
        self.retranslate()
        self.name_ky.setFocus()

    def _group(self) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(self)
        return box, QFormLayout(box)

    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.labels[field] = label
        form.addRow(label, self.messages.under(field, widget))

    def _connect_signals(self) -> None:
        self.set_up_button.clicked.connect(self.submit)
        self.demo_button.clicked.connect(self.open_demo)
        self.quit_button.clicked.connect(self.reject)
        self.language.chosen.connect(self.retranslate)

    @Slot()
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First start"))
        self.intro.setText(
            self.tr(
                "This register is empty. Set up your brand committee and its first "
                "administrator, or open the demo database to look around first."
            )
        )
        self.committee_box.setTitle(self.tr("Brand committee"))
        self.admin_box.setTitle(self.tr("First administrator"))
        self.key_box.setTitle(self.tr("Signing key for label codes (can be made later)"))
        texts = {
            "name_ky": self.tr("Name in Kyrgyz"),
            "name_ru": self.tr("Name in Russian"),
            "name_en": self.tr("Name in English"),
            "region": self.tr("Region"),
            "code": self.tr("Short code"),
            "username": self.tr("User name"),
            "full_name": self.tr("Full name"),
            "password": self.tr("Password"),
            "password_again": self.tr("Password again"),
            "passphrase": self.tr("Key passphrase"),
            "passphrase_again": self.tr("Passphrase again"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        widest = max(label.sizeHint().width() for label in self.labels.values())
        for label in self.labels.values():
            label.setMinimumWidth(widest)  # the three groups' fields line up
        self.region.setPlaceholderText(self.tr("Choose the region"))
        self.code.setPlaceholderText(self.tr("e.g. Y1"))
        self.set_up_button.setText(self.tr("Set up"))
        self.demo_button.setText(self.tr("Open the demo database"))
        self.quit_button.setText(self.tr("Quit"))
        self._fill_regions()

    def _fill_regions(self) -> None:
        lang = i18n.current_language()
        fill_choices(self.region, [(r.name(lang), r.code) for r in self.register.regions])

    def form(self) -> SetUp:
        return SetUp(
            name_ky=self.name_ky.text(),
            name_ru=self.name_ru.text(),
            name_en=self.name_en.text(),
            region_code=str(self.region.currentData() or ""),
            code=self.code.text(),
            username=self.username.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
            passphrase=self.passphrase.text(),
        )

    @Slot()
    def submit(self) -> None:
        self.messages.clear()
        if self.password.text() != self.password_again.text():
            self.messages.put("password_again", self.tr("The two passwords differ."))
            return
        if self.passphrase.text() != self.passphrase_again.text():
            self.messages.put("passphrase_again", self.tr("The two passphrases differ."))
            return
        form, factory = self.form(), self.register.factory

        def work() -> tuple[CommitteeInfo, UserInfo]:
            with unit_of_work(factory) as session:
                return set_up_committee(session, form)

        self._set_busy(True)
        run_in_background(self, work, done=self._done, failed=self._failed)

    @Slot(object)
    def _done(self, result: tuple[CommitteeInfo, UserInfo]) -> None:
        self._set_busy(False)
        committee, user = result
        self.register.committee = committee
        self.set_up.emit(committee, user)
        self.accept()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self.messages.show(error):
            show_error(self, error)

    @Slot()
    def open_demo(self) -> None:
        folder = self.demo_folder
        self._set_busy(True, self.tr("Building the demo database…"))
        run_in_background(
            self, lambda: open_demo(folder), done=self._demo_ready, failed=self._failed
        )

    @Slot(object)
    def _demo_ready(self, register: Register) -> None:
        self._set_busy(False)
        self.demo_opened.emit(register)
        self.accept()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for button in (self.set_up_button, self.demo_button, self.quit_button):
            button.setEnabled(not busy)
        if busy and text:
            self.busy = busy_dialog(text, self)
        elif not busy and self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None
