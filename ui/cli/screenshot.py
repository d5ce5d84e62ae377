"""`screenshot PAGE -o FILE.png`: a page of the main window, rendered offscreen at 1366×768, for the
documentation and for looking at every language without clicking through the app."""

from __future__ import annotations

import argparse
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from certification import office, users
from certification.users import UserInfo
from models.enums import Role
from ui.cli.context import CliError, Context

WIDTH, HEIGHT = 1366, 768


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "screenshot", help="render a page of the main window offscreen to a PNG"
    )
    parser.add_argument("page", help="register, standards, inspections, sessions, certificates, …")
    parser.add_argument("-o", "--output", required=True, help="the PNG file to write")
    parser.add_argument("--user", default=None, help="signed in as (default: admin)")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1920x1080")
    parser.set_defaults(run=run, needs_gui=True, offscreen=True)


def run(args: argparse.Namespace, context: Context) -> int:
    from PySide6.QtWidgets import QApplication

    from ui.app import prepare
    from ui.main_window import MainWindow
    from ui.page import PAGES
    from ui.start.database import database_label
    from ui.tasks import Tasks
    from ui.workspace import Workspace

    page_ids = [page_id for page_id, _title in PAGES]
    if args.page not in page_ids:
        text = QCoreApplication.translate("cli", "There is no page “{page}”; the pages: {pages}.")
        raise CliError(text.format(page=args.page, pages=", ".join(page_ids)))
    width, height = _size(args.size)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prepare(app, context.lang)
    with context.read() as session:
        committee = office.own_committee(session)
        user = _user(session, args.user)
    engine = context.engine()
    workspace = Workspace(engine, context.factory(), user, committee, database_label(engine))
    tasks = Tasks(workspace)
    window = MainWindow(workspace, tasks)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(width, height)
    window.show()
    window.show_page(args.page)
    settle(app, tasks)
    if not window.grab().save(args.output, "PNG"):
        text = QCoreApplication.translate("cli", "Cannot write {file}.")
        raise CliError(text.format(file=args.output))
    tasks.wait()
    window.close()
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        width = height = 0
    if not (640 <= width <= 7680 and 480 <= height <= 4320):
        message = QCoreApplication.translate("cli", "Size “{size}” is not like 1366x768.")
        raise CliError(message.format(size=text))
    return width, height


def _user(session: Any, username: str | None) -> UserInfo:
    """The named user, else the demo's `admin`, else the first administrator."""
    if username:
        return users.get_user(session, username)
    everyone = users.list_users(session)
    for user in everyone:
        if user.username == "admin" and user.active:
            return user
    for user in everyone:
        if Role.ADMIN in user.roles and user.active:
            return user
    raise CliError(QCoreApplication.translate("cli", "Name the user to show: --user NAME."))


def settle(app: Any, tasks: Any, timeout: float = 30.0) -> None:
    """Let the page load its data: run events until no task has run for 0.4 s (longer than a
    search field's pause before it searches)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 20 and time.monotonic() < deadline:
        app.processEvents()
        if tasks.idle:
            quiet += 1
            time.sleep(0.02)
        else:
            quiet = 0
            tasks.wait(100)
    app.processEvents()
