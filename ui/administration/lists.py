"""Signed lists between committees: export this committee's trust list and status list into a
folder; import another committee's list, its signature and sequence number checked (a first
trust list only once its key's fingerprint is confirmed); the lists received, with their age."""

from __future__ import annotations

from platformdirs import user_documents_dir
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from certification.codes import keyring, lists
from certification.codes.keyring import ExportedLists
from certification.codes.lists import ImportedListInfo
from certification.core import clock
from certification.core.errors import DomainError
from ui import i18n
from ui.administration.common import Notice, allow, secret_edit
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import ReadOp
from ui.operations.administration import ListsDesk, ReceivedRow, lists_desk
from ui.tasks import Tasks
from ui.widgets.boxes import tell
from ui.widgets.files import file_dialog
from ui.widgets.forms import FormDialog
from ui.widgets.palette import BAD, GOOD, MUTED
from ui.widgets.tables import Column, RowsTableModel, sorted_table
from ui.workspace import Workspace

KINDS = {
    lists.TRUST: QT_TRANSLATE_NOOP("administration", "trust list"),
    lists.STATUS: QT_TRANSLATE_NOOP("administration", "status list"),
}


def _tr(text: str) -> str:
    """`text` marked elsewhere (QT_TRANSLATE_NOOP), said in the current language."""
    return QCoreApplication.translate("administration", text)


def age_text(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("administration", "today")
    if days == 1:
        return QCoreApplication.translate("administration", "yesterday")
    return QCoreApplication.translate("administration", "{days} days ago").format(days=days)


def state_text(row: ReceivedRow) -> str:
    if not row.received.newest:
        return QCoreApplication.translate("administration", "replaced by a newer one")
    if row.stale:
        return QCoreApplication.translate("administration", "out of date: ask for a newer one")
    return QCoreApplication.translate("administration", "in force")


def state_colour(row: ReceivedRow) -> QColor:
    if not row.received.newest:
        return QColor(MUTED)
    return QColor(BAD if row.stale else GOOD)


def committee_text(row: ReceivedRow) -> str:
    r = row.received
    return f"{r.committee} — {r.committee_names.get(i18n.current_language()) or r.committee}"


class ReceivedTableModel(RowsTableModel[ReceivedRow]):
    context = "administration"
    columns = (
        Column("committee", QT_TRANSLATE_NOOP("administration", "Committee"), committee_text),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("administration", "List"),
            lambda r: _tr(KINDS[r.received.kind]),
        ),
        Column(
            "sequence",
            QT_TRANSLATE_NOOP("administration", "No."),
            lambda r: str(r.received.sequence),
            sort=lambda r: r.received.sequence,
            numeric=True,
        ),
        Column(
            "issued",
            QT_TRANSLATE_NOOP("administration", "Issued"),
            lambda r: format_date(clock.local(r.received.issued_at)),
            sort=lambda r: r.received.issued_at,
        ),
        Column(
            "age",
            QT_TRANSLATE_NOOP("administration", "Age"),
            lambda r: age_text(r.age_days),
            sort=lambda r: r.age_days,
        ),
        Column(
            "state", QT_TRANSLATE_NOOP("administration", "State"), state_text, colour=state_colour
        ),
        Column(
            "signer",
            QT_TRANSLATE_NOOP("administration", "Signed by key"),
            lambda r: r.received.signer,
        ),
        Column(
            "keys",
            QT_TRANSLATE_NOOP("administration", "Keys trusted"),
            lambda r: str(r.received.trusted_keys) if r.received.kind == lists.TRUST else "",
            numeric=True,
        ),
        Column(
            "imported",
            QT_TRANSLATE_NOOP("administration", "Imported"),
            lambda r: (
                f"{format_date(clock.local(r.received.imported_at))} · {r.received.imported_by}"
            ),
            sort=lambda r: r.received.imported_at,
        ),
    )


class PathRow(QWidget):
    """A path typed or chosen with a button (a folder, or a file to open)."""

    def __init__(self, parent: QWidget, name: str, folder: bool) -> None:
        super().__init__(parent)
        self.folder = folder
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.choose = QPushButton(self)
        self.choose.setObjectName(f"choose_{name}")
        self.choose.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose)

    def retranslate(self) -> None:
        self.choose.setText(QCoreApplication.translate("administration", "Choose…"))

    def _choose(self) -> None:
        start = self.edit.text() or user_documents_dir()
        if self.folder:
            title = QCoreApplication.translate("administration", "Folder for the lists")
            dialog = file_dialog(self, title, start)
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        else:
            dialog = file_dialog(
                self, QCoreApplication.translate("administration", "A list received"), start
            )
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setNameFilter(
                QCoreApplication.translate("administration", "Signed lists (*.json);;All files (*)")
            )
        dialog.setObjectName(f"{self.edit.objectName()}Dialog")
        dialog.fileSelected.connect(self.edit.setText)
        dialog.open()

    def text(self) -> str:
        return self.edit.text().strip()


class ExportListsDialog(FormDialog):
    """The folder to write into and the signing key's passphrase.
    Signals: `exported(ExportedLists)`."""

    exported = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks) -> None:
        super().__init__(parent, workspace, tasks, "exportListsDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.folder = PathRow(self, "folder", folder=True)
        self.folder.edit.setText(user_documents_dir())
        self.passphrase = secret_edit(self, "passphrase")
        self.add_row("folder", self.messages.under("folder", self.folder))
        self.add_row("passphrase", self.messages.under("passphrase", self.passphrase))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(600)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the signed lists"))
        self.intro.setText(
            self.tr(
                "This committee's trust list (its public keys) and status list (its suspended "
                "and withdrawn certificates as of now), signed with the key in force, for the "
                "other committees. Each carries the next sequence number."
            )
        )
        self.name_rows({"folder": self.tr("Folder"), "passphrase": self.tr("Key passphrase")})
        self.folder.retranslate()
        super().retranslate()

    def submit(self) -> None:
        actor, folder, passphrase = self.workspace.user, self.folder.text(), self.passphrase.text()
        self.write(lambda s: keyring.export_lists(s, actor, passphrase, folder), self.exported.emit)


class ImportListDialog(FormDialog):
    """A received list's file. A first trust list from a committee shows the fingerprint of the
    key it brings, to be compared with the one its office reads out, and a box to confirm it.
    Signals: `imported(ImportedListInfo)`."""

    imported = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks) -> None:
        super().__init__(parent, workspace, tasks, "importListDialog")
        self.file = PathRow(self, "file", folder=False)
        self.add_row("file", self.messages.under("file", self.file))
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("font-family: monospace; font-weight: bold;")
        self.matches = QCheckBox(self)
        self.matches.setObjectName("fingerprintMatches")
        self.expected: str | None = None
        self.add_row("fingerprint", self.fingerprint)
        self.form.addRow(self.matches)
        self._show_fingerprint(None)
        self.finish()
        self.retranslate()
        self.setMinimumWidth(600)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a list from another committee"))
        self.name_rows({"file": self.tr("File"), "fingerprint": self.tr("Key fingerprint")})
        self.matches.setText(
            self.tr("Its office read me this same fingerprint (by phone or in person).")
        )
        self.file.retranslate()
        super().retranslate()

    def _show_fingerprint(self, fingerprint: str | None) -> None:
        self.expected = fingerprint
        shown = fingerprint is not None
        self.fingerprint.setText(fingerprint or "")
        for widget in (self.fingerprint, self.labels["fingerprint"], self.matches):
            widget.setVisible(shown)

    def submit(self) -> None:
        actor, path = self.workspace.user, self.file.text()
        accept = self.expected if self.expected and self.matches.isChecked() else None
        if self.expected and accept is None:
            self.refusal = None
            self.error.setText(self.tr("Compare the fingerprint, then tick the box."))
            return

        def work(session: Session) -> ImportedListInfo:
            content = keyring.read_list_file(path)
            return keyring.import_list(session, actor, content, accept)

        self.write(work, self.imported.emit)

    def failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError) and error.code == "codes.list_confirm_fingerprint":
            self.working = False
            self.buttons.setEnabled(True)
            self._show_fingerprint(str(error.fields["fingerprint"]))
            self.error.setText(
                self.tr(
                    "This is the first list from that committee: compare its key's fingerprint "
                    "with the one its office reads out to you."
                )
            )
            return
        super().failed(error)


def imported_text(done: ImportedListInfo) -> str:
    days = max(0, (clock.now() - done.issued_at).days)
    issued = format_date(clock.local(done.issued_at))
    if done.kind == lists.TRUST:
        return QCoreApplication.translate(
            "administration",
            "Trust list no. {sequence} of {committee}, issued {issued} ({age}). Keys trusted: "
            "{keys}.",
        ).format(
            sequence=done.sequence,
            committee=done.issuer,
            issued=issued,
            age=age_text(days),
            keys=done.keys,
        )
    text = QCoreApplication.translate(
        "administration",
        "Status list no. {sequence} of {committee}, as of {issued} ({age}). Certificates "
        "suspended or withdrawn: {count}.",
    ).format(
        sequence=done.sequence,
        committee=done.issuer,
        issued=issued,
        age=age_text(days),
        count=done.certificates,
    )
    if done.next_update is not None and clock.now() > done.next_update:
        text += " " + QCoreApplication.translate(
            "administration", "It was due to be replaced on {day}: ask for a newer one."
        ).format(day=format_date(clock.local(done.next_update)))
    return text


class ListsTab(QWidget):
    """Export this committee's lists, import others', and the lists received."""

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsTab")
        self.workspace, self.tasks = workspace, tasks
        self.notice = Notice(self)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportLists")
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importList")
        self.import_button.clicked.connect(self.import_list)
        self.heading = QLabel(self)
        self.heading.setObjectName("receivedHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = ReceivedTableModel()
        self.proxy, self.view = sorted_table(
            self.model, self, "receivedTable", stretch=0, sort=(8, Qt.SortOrder.DescendingOrder)
        )
        self.empty = QLabel(self)
        self.empty.setObjectName("noLists")
        self.empty.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export our lists…"))
        self.import_button.setText(self.tr("Import a list…"))
        self.heading.setText(self.tr("Lists received from other committees"))
        self.empty.setText(
            self.tr(
                "No list received yet. Codes signed by another committee are checked once its "
                "trust list is imported; their status once its status list is."
            )
        )
        user = self.workspace.user
        may_export, may_import = user.has(*keyring.EXPORT_ROLES), user.has(*keyring.KEY_ROLES)
        allow(
            self.export_button,
            may_export,
            self.tr("Only an administrator or a secretary exports the lists."),
        )
        allow(self.import_button, may_import, self.tr("Only an administrator imports lists."))
        if not may_export:
            self.notice.say(self.tr("Only an administrator or a secretary exports the lists."))
        elif not may_import:
            self.notice.say(self.tr("Only an administrator imports lists."))
        else:
            self.notice.say("")
        self.model.retranslate()
        self.proxy.relocalise()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        ReadOp(self, lists_desk).success(self._loaded).run()

    def _loaded(self, desk: ListsDesk) -> None:
        self.model.set_rows(desk.lists)
        self.empty.setVisible(not desk.lists)

    def export(self) -> None:
        dialog = ExportListsDialog(self, self.workspace, self.tasks)
        dialog.exported.connect(self._exported)
        dialog.open()

    def _exported(self, done: ExportedLists) -> None:
        tell(
            self,
            "listsExported",
            lambda: self.tr("The signed lists are written."),
            lambda: f"{done.trust_list}\n{done.status_list}",
        )

    def import_list(self) -> None:
        dialog = ImportListDialog(self, self.workspace, self.tasks)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self, done: ImportedListInfo) -> None:
        self.reload()
        tell(self, "listImported", lambda: imported_text(done))
