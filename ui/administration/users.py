"""The committee's users: add, change roles, reset a password, deactivate and reactivate (a user
is never deleted: the audit log names them). Only an administrator changes users; anyone changes
their own password (File ▸ Change my password…)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from certification import users
from certification.users import UserInfo
from models.enums import Role
from ui.administration.common import Notice, allow, secret_edit
from ui.i18n import QT_TRANSLATE_NOOP
from ui.messages.values import WORDS, name_of
from ui.operations import ReadOp, WriteOp
from ui.operations.administration import UsersDesk, users_desk
from ui.tasks import Tasks
from ui.widgets.boxes import ask, tell
from ui.widgets.forms import FormDialog
from ui.widgets.palette import MUTED
from ui.widgets.tables import Column, RowsTableModel, selected_row, sorted_table
from ui.workspace import Workspace

ROLE_ORDER = tuple(Role(r) for r in WORDS[Role][1])  # the most responsible first


def roles_text(roles: Iterable[Role]) -> str:
    held = set(roles)
    return ", ".join(name_of(r) for r in ROLE_ORDER if r in held)


def _state(user: UserInfo) -> str:
    if user.active:
        return QCoreApplication.translate("administration", "active")
    return QCoreApplication.translate("administration", "deactivated")


class UsersTableModel(RowsTableModel[UserInfo]):
    context = "administration"
    columns = (
        Column("username", QT_TRANSLATE_NOOP("administration", "User name"), lambda u: u.username),
        Column(
            "full_name", QT_TRANSLATE_NOOP("administration", "Full name"), lambda u: u.full_name
        ),
        Column(
            "roles", QT_TRANSLATE_NOOP("administration", "Roles"), lambda u: roles_text(u.roles)
        ),
        Column(
            "state",
            QT_TRANSLATE_NOOP("administration", "State"),
            _state,
            colour=lambda u: None if u.active else QColor(MUTED),
        ),
    )


class RoleBoxes(QWidget):
    """One check box per role."""

    def __init__(self, parent: QWidget, chosen: Iterable[Role] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("roles")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        held = set(chosen)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in ROLE_ORDER:
            box = QCheckBox(self)
            box.setObjectName(f"role_{role.value}")
            box.setChecked(role in held)
            self.boxes[role] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def retranslate(self) -> None:
        for role, box in self.boxes.items():
            box.setText(name_of(role))

    def chosen(self) -> list[Role]:
        return [role for role, box in self.boxes.items() if box.isChecked()]


class AddUserDialog(FormDialog):
    """A new user with a password typed twice and at least one role. Signals: `added(UserInfo)`."""

    added = Signal(object)

    def __init__(self, parent: QWidget, workspace: Workspace, tasks: Tasks) -> None:
        super().__init__(parent, workspace, tasks, "addUserDialog")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.password = secret_edit(self, "password")
        self.password_again = secret_edit(self, "password_again")
        self.roles = RoleBoxes(self)
        self.add_row("username", self.messages.under("username", self.username))
        self.add_row("full_name", self.messages.under("full_name", self.full_name))
        self.add_row("password", self.messages.under("password", self.password))
        self.add_row("password_again", self.messages.under("password_again", self.password_again))
        self.add_row("roles", self.messages.under("roles", self.roles))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a user"))
        self.name_rows(
            {
                "username": self.tr("User name"),
                "full_name": self.tr("Full name"),
                "password": self.tr("Password"),
                "password_again": self.tr("Password again"),
                "roles": self.tr("Roles"),
            }
        )
        self.username.setPlaceholderText(self.tr("one word, e.g. aigul"))
        self.roles.retranslate()
        super().retranslate()

    def submit(self) -> None:
        self.messages.clear()
        if self.password.text() != self.password_again.text():
            self.messages.put("password_again", lambda: self.tr("The two passwords differ."))
            return
        actor = self.workspace.user
        username, full_name = self.username.text(), self.full_name.text()
        password, roles = self.password.text(), self.roles.chosen()
        self.write(
            lambda s: users.add_user(s, actor, username, full_name, password, roles),
            self.added.emit,
        )


class RolesDialog(FormDialog):
    """The roles of one user. The only active administrator keeps that role (the box is off, with
    the reason). Signals: `changed(UserInfo)`."""

    changed = Signal(object)

    def __init__(
        self, parent: QWidget, workspace: Workspace, tasks: Tasks, user: UserInfo, sole: bool
    ) -> None:
        super().__init__(parent, workspace, tasks, "rolesDialog")
        self.user, self.sole = user, sole
        self.roles = RoleBoxes(self, user.roles)
        self.add_row("roles", self.messages.under("roles", self.roles))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Roles of {user}").format(user=self.user.full_name))
        self.name_rows({"roles": self.tr("Roles")})
        self.roles.retranslate()
        allow(
            self.roles.boxes[Role.ADMIN],
            not self.sole,
            self.tr("The only active administrator keeps this role."),
        )
        super().retranslate()

    def submit(self) -> None:
        actor, username, roles = self.workspace.user, self.user.username, self.roles.chosen()
        self.write(lambda s: users.set_roles(s, actor, username, roles), self.changed.emit)


class PasswordDialog(FormDialog):
    """A new password typed twice: an administrator's reset of `user`'s password, or, with
    `own=True`, the signed-in user's own change, which asks for the current password first.
    Signals: `changed()`."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        workspace: Workspace,
        tasks: Tasks,
        user: UserInfo | None = None,
        *,
        own: bool = False,
    ) -> None:
        super().__init__(parent, workspace, tasks, "ownPasswordDialog" if own else "passwordDialog")
        self.user, self.own = user or workspace.user, own
        self.current = secret_edit(self, "current")
        self.password = secret_edit(self, "password")
        self.password_again = secret_edit(self, "password_again")
        if own:
            self.add_row("current", self.messages.under("current", self.current))
        self.add_row("password", self.messages.under("password", self.password))
        self.add_row("password_again", self.messages.under("password_again", self.password_again))
        self.finish()
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        if self.own:
            self.setWindowTitle(self.tr("Change my password"))
        else:
            self.setWindowTitle(self.tr("New password for {user}").format(user=self.user.full_name))
        texts = {"password": self.tr("New password"), "password_again": self.tr("Password again")}
        if self.own:
            texts["current"] = self.tr("Current password")
        self.name_rows(texts)
        super().retranslate()

    def submit(self) -> None:
        self.messages.clear()
        if self.password.text() != self.password_again.text():
            self.messages.put("password_again", lambda: self.tr("The two passwords differ."))
            return
        actor, password = self.workspace.user, self.password.text()
        if self.own:
            current = self.current.text()
            self.write(
                lambda s: users.change_own_password(s, actor, current, password),
                lambda _none: self.changed.emit(),
            )
        else:
            username = self.user.username
            self.write(
                lambda s: users.reset_password(s, actor, username, password),
                lambda _none: self.changed.emit(),
            )


class UsersTab(QWidget):
    """The users and what an administrator does to them."""

    def __init__(self, workspace: Workspace, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersTab")
        self.workspace, self.tasks = workspace, tasks
        self.desk = UsersDesk([], None)
        self.notice = Notice(self)
        self.model = UsersTableModel()
        self.proxy, self.view = sorted_table(self.model, self, "usersTable", stretch=2)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.view.doubleClicked.connect(lambda _index: self.change_roles())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.add_user)
        self.roles_button = QPushButton(self)
        self.roles_button.setObjectName("changeRoles")
        self.roles_button.clicked.connect(self.change_roles)
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("resetPassword")
        self.password_button.clicked.connect(self.reset_password)
        self.deactivate_button = QPushButton(self)
        self.deactivate_button.setObjectName("deactivate")
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button = QPushButton(self)
        self.reactivate_button.setObjectName("reactivate")
        self.reactivate_button.clicked.connect(self.reactivate)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.roles_button,
            self.password_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    @property
    def may_administer(self) -> bool:
        return self.workspace.user.has(*users.ADMIN_ROLES)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a user…"))
        self.roles_button.setText(self.tr("Change roles…"))
        self.password_button.setText(self.tr("Reset the password…"))
        self.deactivate_button.setText(self.tr("Deactivate…"))
        self.reactivate_button.setText(self.tr("Reactivate"))
        self.notice.say(
            ""
            if self.may_administer
            else self.tr(
                "Only an administrator adds users, changes their roles and passwords or "
                "deactivates them. Your own password: File ▸ Change my password…"
            )
        )
        self.model.retranslate()
        self.proxy.relocalise()
        self._enable()

    def activated(self) -> None:
        self.reload()

    def reload(self, select: str | None = None) -> None:
        chosen = self.chosen()
        keep = select or (chosen.username if chosen else None)
        ReadOp(self, users_desk).success(lambda desk: self._loaded(desk, keep)).run()

    def _loaded(self, desk: UsersDesk, select: str | None) -> None:
        self.desk = desk
        self.model.set_rows(desk.users)
        for row, user in enumerate(desk.users):
            if user.username == select:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.selectRow(index.row())
        self._enable()

    def chosen(self) -> UserInfo | None:
        return selected_row(self.view, self.model.rows)

    def _enable(self) -> None:
        user = self.chosen()
        admin = self.may_administer
        not_admin = self.tr("Only an administrator may do this.")
        choose = self.tr("Choose a user in the list first.")
        allow(self.add_button, admin, not_admin)
        for button in (self.roles_button, self.password_button):
            allow(button, admin and user is not None, not_admin if not admin else choose)
        if not admin:
            allow(self.deactivate_button, False, not_admin)
            allow(self.reactivate_button, False, not_admin)
            return
        if user is None:
            allow(self.deactivate_button, False, choose)
            allow(self.reactivate_button, False, choose)
            return
        if not user.active:
            allow(self.deactivate_button, False, self.tr("This user is deactivated already."))
        elif user.username == self.desk.sole_admin:
            allow(
                self.deactivate_button,
                False,
                self.tr(
                    "The only active administrator cannot be deactivated: make someone else "
                    "an administrator first."
                ),
            )
        else:
            allow(self.deactivate_button, True)
        allow(self.reactivate_button, not user.active, self.tr("This user is active."))

    # actions ------------------------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = AddUserDialog(self, self.workspace, self.tasks)
        dialog.added.connect(self._added)
        dialog.open()

    def change_roles(self) -> None:
        user = self.chosen()
        if user is None or not self.roles_button.isEnabled():
            return
        sole = user.username == self.desk.sole_admin
        dialog = RolesDialog(self, self.workspace, self.tasks, user, sole)
        dialog.changed.connect(lambda done: self.reload(done.username))
        dialog.open()

    def reset_password(self) -> None:
        user = self.chosen()
        if user is None:
            return
        dialog = PasswordDialog(self, self.workspace, self.tasks, user)
        dialog.changed.connect(
            lambda: tell(
                self,
                "passwordChanged",
                lambda: self.tr("The password of {user} is changed.").format(user=user.full_name),
            )
        )
        dialog.open()

    def deactivate(self) -> None:
        user = self.chosen()
        if user is None:
            return
        actor = self.workspace.user
        ask(
            self,
            "confirmDeactivate",
            lambda: self.tr("Deactivate {user}?").format(user=user.full_name),
            lambda: self.tr("Deactivate"),
            lambda: (
                WriteOp(self, lambda s: users.deactivate(s, actor, user.username))
                .success(lambda done: self.reload(done.username))
                .run()
            ),
            lambda: self.tr(
                "They can no longer sign in. Their name stays in the audit log and on what "
                "they did; they can be reactivated later."
            ),
        )

    def reactivate(self) -> None:
        user = self.chosen()
        if user is None:
            return
        actor = self.workspace.user
        (
            WriteOp(self, lambda s: users.reactivate(s, actor, user.username))
            .success(lambda done: self.reload(done.username))
            .run()
        )

    def _added(self, user: UserInfo) -> None:
        self.reload(user.username)
        tell(
            self,
            "userAdded",
            lambda: self.tr("User {user} added: {roles}.").format(
                user=user.username, roles=roles_text(user.roles)
            ),
        )


def change_own_password(parent: QWidget, workspace: Workspace, tasks: Tasks) -> PasswordDialog:
    """File ▸ Change my password…: open the dialog for the signed-in user."""
    dialog = PasswordDialog(parent, workspace, tasks, own=True)
    dialog.changed.connect(
        lambda: tell(
            parent,
            "ownPasswordChanged",
            lambda: QCoreApplication.translate("administration", "Your password is changed."),
        )
    )
    dialog.open()
    return dialog
