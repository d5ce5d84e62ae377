"""The band at the top of the main window: which committee, which region, who is signed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.enums import Role
from ui import i18n
from ui.messages import values
from ui.workspace import Workspace


def role_names(roles: frozenset[Role]) -> str:
    """The user's roles in the current language, the most responsible first (an administrator
    holds every role, so that word says it all)."""
    return values.role_names({Role.ADMIN} if Role.ADMIN in roles else roles)


class Header(QWidget):
    """Signals: `log_out_clicked()`."""

    log_out_clicked = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.workspace = workspace
        self.committee = QLabel(self)
        self.committee.setObjectName("committee")
        font = self.committee.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.committee.setFont(font)
        self.region = QLabel(self)
        self.region.setObjectName("region")
        self.user = QLabel(self)
        self.user.setObjectName("user")
        self.log_out = QPushButton(self)
        self.log_out.setObjectName("logOut")
        self.log_out.clicked.connect(self.log_out_clicked)

        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.committee)
        names.addWidget(self.region)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(names, 1)
        layout.addWidget(self.user)
        layout.addWidget(self.log_out)

    def retranslate(self) -> None:
        lang = i18n.current_language()
        committee, user = self.workspace.committee, self.workspace.user
        self.committee.setText(committee.name(lang))
        self.region.setText(f"{committee.region.name(lang)} · {committee.region.code}")
        text = self.tr("{name} ({roles})").format(
            name=user.full_name or user.username, roles=role_names(user.roles)
        )
        self.user.setText(text)
        self.user.setToolTip(self.tr("Signed in as {username}").format(username=user.username))
        self.log_out.setText(self.tr("Log out"))
