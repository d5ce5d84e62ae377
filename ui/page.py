"""The contract between the main window and a feature page.

The main window only lays pages out. A feature lives in its own package `ui/<feature>/` with a
module `page.py` holding a `Page` subclass; `PAGES` lists them in navigation order. A page whose
module does not exist yet shows a placeholder, so features can land one by one.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.tasks import Tasks
from ui.workspace import Workspace

# (page id, navigation title). The id names the package: ui/<id>/page.py.
PAGES = (
    ("register", QT_TRANSLATE_NOOP("pages", "Register")),
    ("standards", QT_TRANSLATE_NOOP("pages", "Standards")),
    ("inspections", QT_TRANSLATE_NOOP("pages", "Inspections")),
    ("sessions", QT_TRANSLATE_NOOP("pages", "Sessions")),
    ("certificates", QT_TRANSLATE_NOOP("pages", "Certificates")),
    ("labels", QT_TRANSLATE_NOOP("pages", "Lots and labels")),
    ("verify", QT_TRANSLATE_NOOP("pages", "Verify")),
    ("reports", QT_TRANSLATE_NOOP("pages", "Reports")),
    ("administration", QT_TRANSLATE_NOOP("pages", "Administration")),
)


class Page(QWidget):
    """A navigation page. Subclasses build their widgets in `__init__` and set every visible text
    in `retranslate`, which the shell calls again when the language changes."""

    page_id = ""

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.setObjectName(f"page_{self.page_id}")

    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def activated(self) -> None:
        """Called each time the page is shown: refresh what may have changed elsewhere."""


class Placeholder(Page):
    def __init__(
        self, page_id: str, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        self.page_id = page_id
        super().__init__(workspace, tasks, parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("pages", "This part is not ready yet."))


def make_page(page_id: str, workspace: Workspace, tasks: Tasks) -> Page:
    try:
        module = importlib.import_module(f"ui.{page_id}.page")
    except ModuleNotFoundError as missing:
        if missing.name not in (f"ui.{page_id}", f"ui.{page_id}.page"):
            raise
        return Placeholder(page_id, workspace, tasks)
    page: Page = module.Page(workspace, tasks)
    return page


def page_title(page_id: str) -> str:
    return QCoreApplication.translate("pages", dict(PAGES)[page_id])
