"""Administration: one tab per subject. A tab is a module of this package with a `Tab` widget
(built from the workspace and tasks, with `retranslate()` and `activated()`); adding one is a line
in `TABS`."""

from __future__ import annotations

import importlib
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui import page
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Tasks
from ui.workspace import Workspace

# (module, tab title), in the order the tabs stand.
TABS = (
    ("ui.administration.users", QT_TRANSLATE_NOOP("administration", "Users")),
    ("ui.administration.keys", QT_TRANSLATE_NOOP("administration", "Signing keys")),
    ("ui.administration.lists", QT_TRANSLATE_NOOP("administration", "Trust lists")),
)


class Tab(Protocol):
    def retranslate(self) -> None: ...

    def activated(self) -> None: ...


class Page(page.Page):
    page_id = "administration"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("administrationTabs")
        self.shown: list[Tab] = []
        for module, _title in TABS:
            tab = importlib.import_module(module).Tab(workspace, tasks, self)
            self.tabs.addTab(tab, "")
            self.shown.append(tab)
        self.tabs.currentChanged.connect(lambda _index: self.activated())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        for index, (_module, title) in enumerate(TABS):
            self.tabs.setTabText(index, QCoreApplication.translate("administration", title))
        for tab in self.shown:
            tab.retranslate()

    def activated(self) -> None:
        self.shown[self.tabs.currentIndex()].activated()

    def show_tab(self, module: str) -> None:
        """Bring the tab of `module` (its last part will do: "keys") to the front."""
        for index, (name, _title) in enumerate(TABS):
            if module in (name, name.rsplit(".", 1)[-1]):
                self.tabs.setCurrentIndex(index)
                return
        raise LookupError(module)
