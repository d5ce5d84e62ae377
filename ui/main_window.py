"""The main window only lays out: the header, the navigation, the feature pages (made when first
opened) and the status bar. Features own their views and actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui import i18n, preferences
from ui.header import Header
from ui.page import PAGES, Page, make_page, page_title
from ui.start.login import LANGUAGE_NAMES
from ui.status import StatusBar
from ui.tasks import Tasks
from ui.widgets.palette import ACCENT, NAVIGATION, NAVIGATION_BORDER
from ui.workspace import Workspace

NAVIGATION_STYLE = f"""
QListWidget#navigation {{ background: {NAVIGATION}; border: none;
    border-right: 1px solid {NAVIGATION_BORDER}; }}
QListWidget#navigation::item {{ padding: 9px 12px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QWidget#header {{ background: {ACCENT}; color: white; }}
QWidget#header QLabel {{ color: white; }}
"""


class NavigationItem(QStyledItemDelegate):
    """Sizes a navigation title for the padding the style sheet gives it, so a long title wraps
    onto a second line instead of being cut short."""

    PADDING = QSize(24, 18)  # QListWidget#navigation::item above

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        assert isinstance(view, QListWidget)
        width = view.viewport().width() - self.PADDING.width()
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, bounds.height()) + self.PADDING


class MainWindow(QMainWindow):
    """Signals: `log_out_requested()`; `closed()` when the user closes the window."""

    log_out_requested = Signal()
    closed = Signal()

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.tasks = tasks
        self.pages: dict[str, Page] = {}

        self.header = Header(workspace, self)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setWordWrap(True)
        self.navigation.setItemDelegate(NavigationItem(self.navigation))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for index, (page_id, _title) in enumerate(PAGES, start=1):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setToolTip(QKeySequence(f"Ctrl+{index}").toString())
            self.navigation.addItem(item)
        self.stack = QStackedWidget(self)
        self.status = StatusBar(workspace, self)
        self.setStatusBar(self.status)

        self.file_menu = QMenu(self)
        self.password_action = QAction(self)
        self.password_action.setObjectName("changeMyPassword")
        self.log_out_action = QAction(self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.file_menu.addActions([self.password_action, self.log_out_action, self.quit_action])
        self.language_menu = QMenu(self)
        self.languages = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            self.languages.addAction(action)
            self.language_menu.addAction(action)
        self.menuBar().addMenu(self.file_menu)
        self.menuBar().addMenu(self.language_menu)
        self.page_actions = [QAction(self) for _ in PAGES]
        for index, action in enumerate(self.page_actions, start=1):
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            self.addAction(action)

        self._lay_out()
        self._connect_signals()
        self.retranslate()
        self.show_page(PAGES[0][0])
        self.status.refresh(tasks)

    def _lay_out(self) -> None:
        self.setStyleSheet(NAVIGATION_STYLE)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addLayout(body, 1)
        self.setCentralWidget(central)
        self.setMinimumSize(QSize(1024, 600))
        self.resize(1366, 768)

    def _fit_navigation(self) -> None:
        """Wide enough for most titles in the current language; a longer one takes two lines,
        so the pages keep their room on a 1366-pixel screen."""
        metrics = self.navigation.fontMetrics()
        widths = sorted(metrics.horizontalAdvance(page_title(page_id)) for page_id, _t in PAGES)
        self.navigation.setFixedWidth(min(190, max(150, widths[-2] + 40)))
        self.navigation.doItemsLayout()  # wrap the long titles for the new width

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._navigated)
        self.header.log_out_clicked.connect(self.log_out_requested)
        self.password_action.triggered.connect(self.change_my_password)
        self.log_out_action.triggered.connect(self.log_out_requested)
        self.quit_action.triggered.connect(self.close)
        self.languages.triggered.connect(self._language_chosen)
        self.tasks.busy.connect(self.status.set_busy)
        from ui.administration.daily import DailyBackups

        self.daily_backups = DailyBackups(self)
        for (page_id, _title), action in zip(PAGES, self.page_actions, strict=True):
            action.triggered.connect(lambda _checked=False, p=page_id: self.show_page(p))

    def show_page(self, page_id: str) -> Page:
        """Bring a page to the front, making it the first time."""
        page = self.pages.get(page_id)
        if page is None:
            page = make_page(page_id, self.workspace, self.tasks)
            self.pages[page_id] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        row = [p for p, _t in PAGES].index(page_id)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        page.activated()
        return page

    @Slot()
    def change_my_password(self) -> None:
        from ui.administration.users import change_own_password

        change_own_password(self, self.workspace, self.tasks)

    @Slot(int)
    def _navigated(self, row: int) -> None:
        if row >= 0:
            self.show_page(PAGES[row][0])

    @Slot(QAction)
    def _language_chosen(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, lang: str) -> None:
        """Switch the language now: every open page and this window are translated again."""
        i18n.install(lang)
        preferences.set_language(lang)
        for action in self.languages.actions():
            action.setChecked(action.data() == lang)
        self.retranslate()

    def retranslate(self) -> None:
        committee = self.workspace.committee.name(i18n.current_language())
        # Qt adds the application's name: «Naryn Brand Committee — Belgi»
        self.setWindowTitle(committee)
        self.file_menu.setTitle(self.tr("&File"))
        self.password_action.setText(self.tr("Change my &password…"))
        self.log_out_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        for row, (page_id, _title) in enumerate(PAGES):
            self.navigation.item(row).setText(page_title(page_id))
        self._fit_navigation()
        self.header.retranslate()
        self.status.retranslate()
        for page in self.pages.values():
            page.retranslate()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
