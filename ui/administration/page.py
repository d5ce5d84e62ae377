"""Administration: one tab per task of the office's administrator. `TABS` lists them as
(module, class, title); each tab is a widget taking (workspace, tasks) with `activated()` and
`retranslate()`; adding a tab is one line in `TABS`."""

from __future__ import annotations

import importlib
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui import page
from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Tasks
from ui.workspace import Workspace

# (module, class, tab title), in the order the tabs stand.
TABS = (
    ("ui.administration.users", "UsersTab", QT_TRANSLATE_NOOP("administration", "Users")),
    ("ui.administration.keys", "KeysTab", QT_TRANSLATE_NOOP("administration", "Signing keys")),
    ("ui.administration.lists", "ListsTab", QT_TRANSLATE_NOOP("administration", "Trust lists")),
    ("ui.administration.settings", "SettingsTab", QT_TRANSLATE_NOOP("administration", "Settings")),
    ("ui.administration.backups", "BackupsTab", QT_TRANSLATE_NOOP("administration", "Backups")),
    (
        "ui.administration.audit_log",
        "AuditLogTab",
        QT_TRANSLATE_NOOP("administration", "Audit log"),
    ),
)


@runtime_checkable
class Tab(Protocol):
    def retranslate(self) -> None: ...

    def activated(self) -> None: ...


class Page(page.Page):
    page_id = "administration"

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(workspace, tasks, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("administration_tabs")
        self.tab: dict[str, QWidget] = {}
        for module, name, _title in TABS:
            widget = getattr(importlib.import_module(module), name)(workspace, tasks, self)
            self.tab[module.rsplit(".", 1)[1]] = widget
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self.activated())
        self.retranslate()

    def show_tab(self, name: str) -> QWidget:
        """Bring the tab of module `name` (its last part: "keys", "settings") forward."""
        widget = self.tab.get(name.rsplit(".", 1)[-1])
        if widget is None:
            raise LookupError(name)
        self.tabs.setCurrentWidget(widget)
        return widget

    def activated(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, Tab):
            current.activated()

    def retranslate(self) -> None:
        for index, (_module, _name, title) in enumerate(TABS):
            self.tabs.setTabText(index, QCoreApplication.translate("administration", title))
        for widget in self.tab.values():
            if isinstance(widget, Tab):
                widget.retranslate()
