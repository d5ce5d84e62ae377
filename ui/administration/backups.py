"""Backups: one made now while the office keeps working (a job with progress), the list of those
in the backup folder, a check of any of them, and a restore that only follows a passed check and
a question. A register on a network share is named as a risk; a PostgreSQL register is sent to
pg_dump."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from certification.backups import BackupCheck, BackupInfo, RestoreResult
from certification.core import clock
from certification.core.errors import DomainError
from models.enums import Role
from ui.formats import format_date
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Job, ReadOp
from ui.operations.administration_settings import (
    BackupState,
    backup_state,
    check_backup,
    make_backup,
    restore,
)
from ui.tasks import Tasks
from ui.widgets.boxes import ask, show_error, tell
from ui.widgets.files import file_dialog
from ui.widgets.messages import MessageLine, said_text
from ui.widgets.palette import GOOD, WARNING, text_style
from ui.widgets.tables import Column, RowsTableModel, selected_row, sorted_table
from ui.workspace import Workspace

KINDS = {
    True: QT_TRANSLATE_NOOP("administration", "daily"),
    False: QT_TRANSLATE_NOOP("administration", "made by hand"),
}


def _when(moment: datetime) -> str:
    local = clock.local(moment)
    return f"{format_date(local)} {local:%H:%M}"


class BackupsTableModel(RowsTableModel[BackupInfo]):
    context = "administration"
    columns = (
        Column(
            "made",
            QT_TRANSLATE_NOOP("administration", "Made"),
            lambda b: _when(b.made_at),
            sort=lambda b: b.made_at,
        ),
        Column("file", QT_TRANSLATE_NOOP("administration", "File"), lambda b: Path(b.path).name),
        Column(
            "size",
            QT_TRANSLATE_NOOP("administration", "Size, MB"),
            lambda b: f"{b.size / 1e6:.1f}",
            sort=lambda b: b.size,
            numeric=True,
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("administration", "Kind"),
            lambda b: BackupsTableModel.kind(b),
        ),
    )

    @staticmethod
    def kind(backup: BackupInfo) -> str:
        return QCoreApplication.translate("administration", KINDS[backup.daily])


class BackupsTab(QWidget):
    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_backups")
        self.workspace, self.tasks = workspace, tasks
        self.may_restore = workspace.user.has(Role.ADMIN)
        self.state: BackupState | None = None
        self.last_check: BackupCheck | None = None
        self.where = QLabel(self)
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        self.share = QLabel(self)
        self.share.setObjectName("network_share")
        self.share.setWordWrap(True)
        self.share.setStyleSheet(text_style(WARNING))
        self.share.hide()
        self.refusal = MessageLine(self, "refusal")
        self.backup_now = QPushButton(self)
        self.backup_now.setObjectName("backup_now")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.hide()
        self.model = BackupsTableModel()
        self.sorter, self.view = sorted_table(
            self.model, self, "backups", sort=(0, Qt.SortOrder.DescendingOrder)
        )
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("check")
        self.other = QPushButton(self)
        self.other.setObjectName("check_other")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.passphrase = QLineEdit(self)  # signs the restore, so `audit verify` accepts it
        self.passphrase.setObjectName("restore_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(440)
        self.passphrase.setVisible(self.may_restore)
        self.result = QLabel(self)
        self.result.setObjectName("check_result")
        self.result.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.backup_now)
        top.addWidget(self.progress, 1)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.other)
        actions.addWidget(self.passphrase)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.share)
        layout.addWidget(self.refusal)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result)

        self.backup_now.clicked.connect(self.start_backup)
        self.check_button.clicked.connect(self.check_selected)
        self.other.clicked.connect(self.choose_file)
        self.restore_button.clicked.connect(self.ask_restore)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    # Loading ---------------------------------------------------------------------------------

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        ReadOp(self, backup_state).success(self.show_state).run()

    def show_state(self, state: BackupState) -> None:
        self.state = state
        self.model.set_rows(state.backups)
        usable = state.refusal is None
        self.backup_now.setEnabled(usable)
        self.check_button.setEnabled(usable and bool(state.backups))
        self.other.setEnabled(usable)
        if state.refusal is not None:
            self.refusal.setText(said_text(state.refusal))
        else:
            self.refusal.clear()
        self.share.setVisible(bool(state.network_share))
        self._say_state()

    # Backup now ------------------------------------------------------------------------------

    def start_backup(self) -> None:
        self.backup_now.setEnabled(False)
        self.progress.setRange(0, 4)
        self.progress.setValue(0)
        self.progress.show()
        Job(self, make_backup).progress(self._progressed).success(self._made).failure(
            self._failed
        ).run()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _made(self, made: BackupInfo) -> None:
        self.progress.hide()
        self.backup_now.setEnabled(True)
        self.result.setStyleSheet(text_style(GOOD))
        self.result.setText(
            self.tr("Backup {file} made and checked: {size} MB in {seconds} s.").format(
                file=Path(made.path).name,
                size=f"{made.size / 1e6:.1f}",
                seconds=f"{made.seconds:.1f}",
            )
        )
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.backup_now.setEnabled(self.state is not None and self.state.refusal is None)
        show_error(self, error)

    # Check and restore -----------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(False)
        self.last_check = None
        self.result.clear()

    def selected(self) -> BackupInfo | None:
        return selected_row(self.view, self.model.rows)

    def check_selected(self) -> None:
        chosen = self.selected()
        if chosen is None and self.model.rows:
            self.view.selectRow(0)
            chosen = self.selected()
        if chosen is not None:
            self.check(chosen.path)

    def choose_file(self) -> None:
        dialog = file_dialog(self, self.tr("Choose a backup"))
        dialog.setObjectName("backupDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Belgi backups (*.sqlite3)"))
        if self.state is not None and self.state.folder:
            dialog.setDirectory(self.state.folder)
        dialog.fileSelected.connect(self.check)
        dialog.open()

    def check(self, path: str) -> None:
        self.restore_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking {file}…").format(file=Path(path).name))
        Job(self, lambda factory: check_backup(factory, path)).success(self.show_check).failure(
            self._check_failed
        ).run()

    def show_check(self, check: BackupCheck) -> None:
        self.last_check = check
        if check.ok:
            self.result.setStyleSheet(text_style(GOOD))
            self.result.setText(
                self.tr(
                    "{file} is whole: {certificates} certificates, {entries} audit entries in an "
                    "unbroken chain, schema {revision}."
                ).format(
                    file=Path(check.path).name,
                    certificates=check.certificates,
                    entries=check.entries,
                    revision=check.revision,
                )
            )
        else:
            self.result.setStyleSheet(text_style(WARNING))
            refusal = DomainError(
                check.problems[0], path=Path(check.path).name, detail=check.detail
            )
            self.result.setText(said_text(refusal))
        self.restore_button.setEnabled(check.ok and self.may_restore)

    def _check_failed(self, error: BaseException) -> None:
        self.result.clear()
        show_error(self, error)

    def ask_restore(self) -> None:
        check = self.last_check
        if check is None or not check.ok:
            return
        ask(
            self,
            "restoreQuestion",
            lambda: self.tr(
                "Replace the register with {file}? Work done since it was made is set aside "
                "(a copy of today's register is kept first)."
            ).format(file=Path(check.path).name),
            lambda: self.tr("Restore"),
            lambda: self.restore(check.path),
        )

    def restore(self, path: str) -> None:
        user = self.workspace.user
        passphrase = self.passphrase.text() or None
        self.passphrase.clear()
        self.restore_button.setEnabled(False)
        self.progress.setRange(0, 5)
        self.progress.show()
        Job(self, lambda factory: restore(factory, path, user, passphrase)).progress(
            self._progressed
        ).success(self._restored).failure(self._failed).run()

    def _restored(self, result: RestoreResult) -> None:
        self.progress.hide()
        tell(
            self,
            "restored",
            lambda: self.tr(
                "The register is restored. The register it replaced is kept in {file}; "
                "%Ln counter(s) moved above numbers already given out. Sign in again "
                "to see it everywhere.",
                "",
                len(result.raised),
            ).format(file=result.safety_copy),
        )
        self.reload()

    # Words -----------------------------------------------------------------------------------

    def _say_state(self) -> None:
        state = self.state
        if state is None or state.refusal is not None:
            self.where.clear()
            return
        self.where.setText(
            self.tr("Register: {register}\nBackups are kept in: {folder}").format(
                register=state.register, folder=state.folder
            )
        )
        self.share.setText(
            self.tr(
                "The register lies on a network share ({kind}). SQLite can be damaged there "
                "when the connection drops: keep it on this computer's disk, or use PostgreSQL "
                "for several workstations."
            ).format(kind=state.network_share or "")
        )

    def retranslate(self) -> None:
        self.backup_now.setText(self.tr("Back up now"))
        self.check_button.setText(self.tr("Check the selected backup"))
        self.other.setText(self.tr("Check another file…"))
        self.restore_button.setText(self.tr("Restore…"))
        hint = self.tr("Signing key passphrase (signs the restore)")
        self.passphrase.setPlaceholderText(hint)
        self.passphrase.setToolTip(hint)  # the placeholder may be cut in Kyrgyz
        self.model.retranslate()
        if self.state is not None and self.state.refusal is not None:
            self.refusal.setText(said_text(self.state.refusal))
        self._say_state()
        if self.last_check is not None:
            self.show_check(self.last_check)
