"""`screenshot PAGE -o FILE.png`: a page of the main window, rendered offscreen at 1366×768, for the
documentation and for looking at every language without clicking through the app."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt, qInstallMessageHandler

from certification import office, users
from certification.users import UserInfo
from models.enums import Role
from ui.cli.context import CliError, Context

WIDTH, HEIGHT = 1366, 768


def _login(register: Any) -> Any:
    from ui.start.login import LoginDialog

    return LoginDialog(register, username="admin")


def _first_start(register: Any) -> Any:
    from ui.start.setup import FirstStartDialog

    return FirstStartDialog(register)


# Besides the pages of the main window, the dialogs before it.
DIALOGS = {"login": _login, "first-start": _first_start}


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "screenshot", help="render a page of the main window offscreen to a PNG"
    )
    parser.add_argument(
        "page", help="register, standards, inspections, …, administration; login, first-start"
    )
    parser.add_argument("-o", "--output", required=True, help="the PNG file to write")
    parser.add_argument("--user", default=None, help="signed in as (default: admin)")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1920x1080")
    parser.add_argument(
        "--scan",
        action="append",
        default=[],
        metavar="TEXT",
        help="type TEXT into the scanner field and press Enter (verify); the check is logged",
    )
    parser.add_argument("--place", default=None, help="the place of the checks of --scan")
    parser.add_argument("--tab", default=None, help="the tab to show, on a page with tabs")
    parser.add_argument(
        "--dialog",
        default=None,
        help="open this dialog of the page and picture it (labels: print, calibration)",
    )
    parser.set_defaults(run=run, needs_gui=True, offscreen=True)


def run(args: argparse.Namespace, context: Context) -> int:
    from PySide6.QtWidgets import QApplication, QDialog

    from certification.documents.output import check_writable, write_atomically
    from ui.app import prepare
    from ui.main_window import MainWindow
    from ui.page import PAGES
    from ui.start.database import Register, database_label
    from ui.tasks import Tasks
    from ui.workspace import Workspace

    check_writable(args.output)  # a device, link or missing folder is refused before any work
    names = [page_id for page_id, _title in PAGES] + list(DIALOGS)
    if args.page not in names:
        text = QCoreApplication.translate("cli", "There is no page “{page}”; the pages: {pages}.")
        raise CliError(text.format(page=args.page, pages=", ".join(names)))
    width, height = _size(args.size)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    qInstallMessageHandler(_quiet)
    prepare(app, context.lang)
    with context.read() as session:
        committee = office.own_committee(session)
        regions = office.regions(session)
        user = _user(session, args.user)
    engine = context.engine()
    label = database_label(engine)
    tasks = None
    if args.page in DIALOGS:
        register = Register(engine, context.factory(), label, committee, regions)
        shown: Any = DIALOGS[args.page](register)
    else:
        workspace = Workspace(engine, context.factory(), user, committee, label)
        tasks = Tasks(workspace)
        shown = MainWindow(workspace, tasks)
        shown.resize(width, height)
    shown.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    shown.show()
    if tasks is not None:
        page = shown.show_page(args.page)
        if args.tab:
            _tab(page, args.tab)
        settle(app, tasks)
        _scan(page, args.scan, args.place)
        if args.dialog:
            _dialog(page, args.dialog)
    settle(app, tasks)
    pictured = shown
    if args.dialog and tasks is not None:
        dialogs = [w for w in page.findChildren(QDialog) if w.isVisible()]
        pictured = dialogs[-1] if dialogs else shown
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    pictured.grab().save(png, "PNG")
    write_atomically(args.output, bytes(png.data().data()), public=True)
    if tasks is not None:
        tasks.close()
    shown.close()
    return 0


def _scan(page: Any, texts: list[str], place: str | None) -> None:
    """What a scanner would type, one code after the other, each followed by Enter."""
    if not texts:
        return
    scan = getattr(page, "scan", None)
    if scan is None:
        text = QCoreApplication.translate("cli", "The page “{page}” has no scanner field.")
        raise CliError(text.format(page=page.page_id))
    for text in texts:
        scan(text, place)


def _tab(page: Any, name: str) -> None:
    try:
        page.show_tab(name)
    except (AttributeError, LookupError):
        text = QCoreApplication.translate("cli", "The page “{page}” has no tab “{tab}”.")
        raise CliError(text.format(page=page.page_id, tab=name)) from None


def _dialog(page: Any, name: str) -> None:
    try:
        page.open_dialog(name)
    except (AttributeError, LookupError):
        text = QCoreApplication.translate("cli", "The page “{page}” has no dialog “{dialog}”.")
        raise CliError(text.format(page=page.page_id, dialog=name)) from None


def _quiet(_mode: Any, _context: Any, message: str) -> None:
    """Qt's messages, less the offscreen platform's remark that it cannot resize windows."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


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


def settle(app: Any, tasks: Any | None, timeout: float = 30.0) -> None:
    """Let the page load its data: run events until no task has run for 0.4 s (longer than a
    search field's pause before it searches)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 20 and time.monotonic() < deadline:
        app.processEvents()
        if tasks is None or tasks.idle:
            quiet += 1
            time.sleep(0.02)
        else:
            quiet = 0
            tasks.wait(100)
    app.processEvents()
