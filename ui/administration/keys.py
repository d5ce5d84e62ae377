"""This committee's signing keys: generate one (its passphrase typed twice, its strength shown),
rotate (a new key that replaces the one in force today), retire, report a compromise from a day.
Only an administrator acts on keys; everyone sees them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from certification.codes import keyring
from certification.codes.keys import KeyInfo
from certification.core import clock
from ui.administration.common import Notice, allow, secret_edit
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import ReadOp, WriteOp
from ui.operations.administration import KeyRow, KeysDesk, keys_desk
from ui.tasks import Tasks
from ui.widgets.boxes import ask, tell
from ui.widgets.edits import DateEdit
from ui.widgets.forms import FormDialog
from ui.widgets.palette import BAD, GOOD, MUTED, WARNING
from ui.widgets.tables import Column, RowsTableModel, selected_row, sorted_table
from ui.workspace import Workspace

STATES = {
    keyring.SIGNING: QT_TRANSLATE_NOOP("administration", "signs now"),
    keyring.RETIRED: QT_TRANSLATE_NOOP("administration", "retired"),
    keyring.COMPROMISED: QT_TRANSLATE_NOOP("administration", "compromised"),
    keyring.FUTURE: QT_TRANSLATE_NOOP("administration", "not yet in force"),
}
STATE_COLOURS = {
    keyring.SIGNING: GOOD,
    keyring.RETIRED: MUTED,
    keyring.COMPROMISED: BAD,
    keyring.FUTURE: WARNING,
}
LEVELS = {
    keyring.WEAK: (QT_TRANSLATE_NOOP("administration", "weak"), BAD),
    keyring.FAIR: (QT_TRANSLATE_NOOP("administration", "fair"), WARNING),
    keyring.GOOD: (QT_TRANSLATE_NOOP("administration", "good"), GOOD),
    keyring.STRONG: (QT_TRANSLATE_NOOP("administration", "strong"), GOOD),
}


def state_text(state: str) -> str:
    return QCoreApplication.translate("administration", STATES[state])


def _until(row: KeyRow) -> str:
    return format_date(row.key.valid_until) if row.key.valid_until else "…"


class KeysTableModel(RowsTableModel[KeyRow]):
    context = "administration"
    columns = (
        Column("key_id", QT_TRANSLATE_NOOP("administration", "Key"), lambda r: r.key.key_id_text),
        Column(
            "state",
            QT_TRANSLATE_NOOP("administration", "State"),
            lambda r: state_text(r.state),
            colour=lambda r: QColor(STATE_COLOURS[r.state]),
        ),
        Column(
            "valid_from",
            QT_TRANSLATE_NOOP("administration", "Signs from"),
            lambda r: format_date(r.key.valid_from),
            sort=lambda r: r.key.valid_from,
        ),
        Column(
            "valid_until",
            QT_TRANSLATE_NOOP("administration", "Signs until"),
            _until,
            sort=lambda r: r.key.valid_until,
        ),
        Column(
            "compromised_on",
            QT_TRANSLATE_NOOP("administration", "Compromised from"),
            lambda r: format_date(r.key.compromised_on) if r.key.compromised_on else "",
            sort=lambda r: r.key.compromised_on,
        ),
        Column(
            "fingerprint",
            QT_TRANSLATE_NOOP("administration", "Fingerprint"),
            lambda r: r.key.fingerprint,
        ),
    )


class StrengthMeter(QWidget):
    """How hard a passphrase is to guess, as a bar and a word, updated as it is typed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("strength")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.words = QLabel(self)
        self.words.setObjectName("strengthWords")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.words)
        self.strength = keyring.passphrase_strength("")

    def measure(self, text: str) -> None:
        self.strength = keyring.passphrase_strength(text)
        self.bar.setValue(min(100, self.strength.bits))
        word, colour = LEVELS[self.strength.level]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.words.setStyleSheet(f"color: {colour};")
        self.words.setText(
            QCoreApplication.translate(
                "administration", "Strength: {level} (about {bits} bits)"
            ).format(
                level=QCoreApplication.translate("administration", word), bits=self.strength.bits
            )
        )


class GenerateKeyDialog(FormDialog):
    """A new signing key from today; with a key in force, a rotation: that key stops today.
    Signals: `generated(KeyInfo)`."""

    generated = Signal(object)

    def __init__(
        self, parent: QWidget, workspace: Workspace, tasks: Tasks, replaces: KeyInfo | None
    ) -> None:
        super().__init__(parent, workspace, tasks, "generateKeyDialog")
        self.replaces = replaces
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.passphrase = secret_edit(self, "passphrase")
        self.passphrase_again = secret_edit(self, "passphrase_again")
        self.meter = StrengthMeter(self)
        self.passphrase.textChanged.connect(self.meter.measure)
        self.add_row("passphrase", self.messages.under("passphrase", self.passphrase))
        self.add_row("strength", self.meter)
        self.add_row(
            "passphrase_again", self.messages.under("passphrase_again", self.passphrase_again)
        )
        self.finish()
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        if self.replaces is None:
            self.setWindowTitle(self.tr("Generate a signing key"))
            self.intro.setText(
                self.tr(
                    "The new key signs labels and certificates from today. Its passphrase is "
                    "asked each time something is printed; without it the key cannot be used, "
                    "and nobody can recover it."
                )
            )
        else:
            self.setWindowTitle(self.tr("Rotate the signing key"))
            self.intro.setText(
                self.tr(
                    "A new key signs from today; key {key} stops signing today. Labels it "
                    "signed stay genuine. Send the new trust list to the other committees."
                ).format(key=self.replaces.key_id_text)
            )
        self.name_rows(
            {
                "passphrase": self.tr("Passphrase"),
                "strength": "",
                "passphrase_again": self.tr("Passphrase again"),
            }
        )
        self.meter.measure(self.passphrase.text())
        super().retranslate()

    def submit(self) -> None:
        self.messages.clear()
        if self.passphrase.text() != self.passphrase_again.text():
            self.messages.put("passphrase_again", lambda: self.tr("The two passphrases differ."))
            return
        actor, passphrase = self.workspace.user, self.passphrase.text()
        self.write(lambda s: keyring.generate(s, actor, passphrase), self.generated.emit)


class CompromiseDialog(FormDialog):
    """The day from which a key's codes are not to be trusted, and what happened.
    Signals: `reported(KeyInfo)`."""

    reported = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks, key: KeyInfo) -> None:
        super().__init__(parent, workspace, tasks, "compromiseDialog")
        self.key = key
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.since = DateEdit(clock.today(), self)
        self.since.setObjectName("since")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.add_row("since", self.messages.under("since", self.since))
        self.add_row("note", self.note)
        self.finish()
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Key {key} compromised").format(key=self.key.key_id_text))
        self.intro.setText(
            self.tr(
                "Codes signed with this key from that day on raise an alarm when checked, here "
                "and at the committees that receive the next trust list; the key can no longer "
                "be unlocked."
            )
        )
        self.name_rows({"since": self.tr("Compromised from"), "note": self.tr("What happened")})
        self.note.setPlaceholderText(self.tr("e.g. the office computer was stolen"))
        super().retranslate()

    def submit(self) -> None:
        actor, key_id = self.workspace.user, self.key.key_id
        since, note = self.since.value(), self.note.text()
        self.write(
            lambda s: keyring.report_compromise(s, actor, key_id, since, note), self.reported.emit
        )


class KeysTab(QWidget):
    """The keys, the one that signs today, and what an administrator does with them."""

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysTab")
        self.workspace, self.tasks = workspace, tasks
        self.desk: KeysDesk | None = None
        self.notice = Notice(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("keySummary")
        self.summary.setWordWrap(True)
        self.model = KeysTableModel()
        self.proxy, self.view = sorted_table(
            self.model, self, "keysTable", stretch=5, sort=(2, Qt.SortOrder.DescendingOrder)
        )
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("generateKey")
        self.generate_button.clicked.connect(self.generate)
        self.retire_button = QPushButton(self)
        self.retire_button.setObjectName("retireKey")
        self.retire_button.clicked.connect(self.retire)
        self.compromise_button = QPushButton(self)
        self.compromise_button.setObjectName("compromisedKey")
        self.compromise_button.clicked.connect(self.report_compromise)
        buttons = QHBoxLayout()
        for button in (self.generate_button, self.retire_button, self.compromise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    @property
    def may_act(self) -> bool:
        return self.workspace.user.has(*keyring.KEY_ROLES)

    def retranslate(self) -> None:
        self.retire_button.setText(self.tr("Retire…"))
        self.compromise_button.setText(self.tr("Mark compromised…"))
        self.notice.say(
            ""
            if self.may_act
            else self.tr("Only an administrator generates, rotates, retires or reports keys.")
        )
        self.model.retranslate()
        self.proxy.relocalise()
        self._show()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        ReadOp(self, keys_desk).success(self._loaded).run()

    def _loaded(self, desk: KeysDesk) -> None:
        chosen = self.chosen()
        self.desk = desk
        self.model.set_rows(desk.keys)
        for row, key in enumerate(desk.keys):
            if chosen is not None and key.key.key_id == chosen.key.key_id:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._show()

    def chosen(self) -> KeyRow | None:
        return selected_row(self.view, self.model.rows)

    def _show(self) -> None:
        signing = self.desk.signing if self.desk else None
        if self.desk is None:
            self.summary.setText("")
        elif signing is None:
            self.summary.setText(
                self.tr("No key signs today: generate one before printing labels or certificates.")
            )
            self.summary.setStyleSheet(f"color: {BAD};")
        else:
            self.summary.setText(
                self.tr("Key {key} signs today; its fingerprint: {fingerprint}.").format(
                    key=signing.key.key_id_text, fingerprint=signing.key.fingerprint
                )
            )
            self.summary.setStyleSheet("")
        self.generate_button.setText(
            self.tr("Rotate the key…") if signing else self.tr("Generate a key…")
        )
        self._enable()

    def _enable(self) -> None:
        chosen = self.chosen()
        if not self.may_act:
            reason = self.tr("Only an administrator may do this.")
            for button in (self.generate_button, self.retire_button, self.compromise_button):
                allow(button, False, reason)
            return
        allow(self.generate_button, self.desk is not None)
        choose = self.tr("Choose a key in the list first.")
        if chosen is None:
            allow(self.retire_button, False, choose)
            allow(self.compromise_button, False, choose)
            return
        allow(
            self.retire_button,
            chosen.state in (keyring.SIGNING, keyring.FUTURE),
            self.tr("This key signs no more."),
        )
        allow(
            self.compromise_button,
            chosen.state != keyring.COMPROMISED,
            self.tr("This key is marked compromised already."),
        )

    # actions ------------------------------------------------------------------------------------

    def generate(self) -> None:
        signing = self.desk.signing if self.desk else None
        dialog = GenerateKeyDialog(
            self, self.workspace, self.tasks, signing.key if signing else None
        )
        dialog.generated.connect(self._generated)
        dialog.open()

    def _generated(self, key: KeyInfo) -> None:
        self.reload()
        tell(
            self,
            "keyGenerated",
            lambda: self.tr("Key {key} signs from today.").format(key=key.key_id_text),
            lambda: self.tr(
                "Read its fingerprint to the other committees when they import your trust "
                "list: {fingerprint}"
            ).format(fingerprint=key.fingerprint),
        )

    def retire(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        actor, key = self.workspace.user, chosen.key
        ask(
            self,
            "confirmRetire",
            lambda: self.tr("Retire key {key}?").format(key=key.key_id_text),
            lambda: self.tr("Retire"),
            lambda: (
                WriteOp(self, lambda s: keyring.retire(s, actor, key.key_id))
                .success(lambda _done: self.reload())
                .run()
            ),
            lambda: self.tr(
                "It signs nothing after today; what it signed until then stays genuine. "
                "Without a key in force, nothing can be printed."
            ),
        )

    def report_compromise(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        dialog = CompromiseDialog(self, self.workspace, self.tasks, chosen.key)
        dialog.reported.connect(lambda _key: self.reload())
        dialog.open()
