"""Where to publish the public register, and whether to sign the status list beside it.
OK checks the folder and the passphrase first (refusals beside their fields); the writing itself
is the page's job, with progress. Signals: `chosen(folder, passphrase or None)`."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ui.operations.reports import check_publishing
from ui.tasks import Tasks
from ui.widgets.files import file_dialog
from ui.widgets.forms import FormDialog
from ui.workspace import Workspace


class PublishDialog(FormDialog):
    chosen = Signal(str, object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks) -> None:
        super().__init__(parent, workspace, tasks, "publishDialog")
        self.folder = QLineEdit(str(Path(user_documents_dir()) / "belgi-register"), self)
        self.folder.setObjectName("folder")
        self.choose = QPushButton(self)
        self.choose.setObjectName("choose")
        self.choose.clicked.connect(self._choose)
        where = QWidget(self)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.sign = QCheckBox(self)
        self.sign.setObjectName("sign")
        self.sign.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign.toggled.connect(self.passphrase.setEnabled)
        self.add_row("folder", self.messages.under("folder", where))
        self.form.addRow(self.sign)
        self.add_row("passphrase", self.messages.under("passphrase", self.passphrase))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publish the public register"))
        self.name_rows(
            {"folder": self.tr("Folder"), "passphrase": self.tr("Passphrase of the signing key")}
        )
        self.choose.setText(self.tr("Choose…"))
        self.sign.setText(
            self.tr("With the signed status list, so the verification page can check labels")
        )
        super().retranslate()

    def _choose(self) -> None:
        dialog = file_dialog(self, self.tr("Publish into the folder"), self.folder.text())
        dialog.setObjectName("folderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def submit(self) -> None:
        folder = self.folder.text().strip()
        passphrase = self.passphrase.text() if self.sign.isChecked() else None
        self.read(
            lambda db: check_publishing(db, folder, passphrase),
            lambda _none: self.chosen.emit(folder, passphrase),
        )
