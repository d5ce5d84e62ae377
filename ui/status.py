"""The status bar: which database, whether the committee can sign label codes, and whether work
is running in the background."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ui.operations import ReadOp
from ui.operations.keys import KeyState, key_state
from ui.tasks import Tasks
from ui.workspace import Workspace


class StatusBar(QStatusBar):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.key: KeyState | None = None
        self.database = QLabel(self)
        self.database.setObjectName("database")
        self.signing_key = QLabel(self)
        self.signing_key.setObjectName("signingKey")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        for label in (self.database, self.signing_key):
            label.setContentsMargins(6, 0, 12, 0)
            self.addWidget(label)
        self.addPermanentWidget(self.busy)

    def refresh(self, tasks: Tasks) -> None:
        ReadOp(self, key_state).success(self._key_read).run()

    @Slot(object)
    def _key_read(self, state: KeyState) -> None:
        self.key = state
        self.retranslate()

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def retranslate(self) -> None:
        self.database.setText(self.tr("Database: {name}").format(name=self.workspace.db_label))
        state = self.key
        if state is None:
            text = ""
        elif state.current is not None:
            text = self.tr("Signing key {key_id} is in force").format(
                key_id=state.current.key_id_text
            )
        elif state.any_key:
            text = self.tr("No signing key in force today: make a new one in Administration")
        else:
            text = self.tr("No signing key yet: labels cannot be signed")
        self.signing_key.setText(text)
        self.busy.setToolTip(self.tr("Working…"))
