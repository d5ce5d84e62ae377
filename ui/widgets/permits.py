"""May the signed-in user do this, and if not, why — asked before a form is filled.

An action the user's roles do not allow is shown disabled, with the reason in its tool tip, in
the current language. The roles come from the domain's own rules (the `…_ROLES` of
`certification`), the ones its services enforce with `users.require`:

    from certification.inspections import INSPECTING_ROLES
    permit(self.new_button, workspace.user, INSPECTING_ROLES)
    permit(self.grant, user, DECIDING_ROLES, when=chosen, refused=barred_reason)

Call `permit` where the page sets its texts and enables its buttons (`retranslate`, after each
load), so the reason follows the language and the state.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from certification.users import UserInfo, may
from models.enums import Role
from ui.messages.values import role_names


def refusal(user: UserInfo, roles: Iterable[Role]) -> str:
    """'' when `user` holds one of `roles` (administrators hold every role); otherwise why not."""
    wanted = tuple(roles)
    if may(user, *wanted):
        return ""
    return QCoreApplication.translate("permits", "This needs the role: {roles}.").format(
        roles=role_names(wanted)
    )


def permit(
    target: QWidget | QAction,
    user: UserInfo,
    roles: Iterable[Role],
    *,
    when: bool = True,
    refused: str = "",
) -> str:
    """Enable `target` when `user` holds one of `roles`, nothing `refused` it (a reason of the
    moment: "You inspected this item.") and `when` holds (something is chosen). A missing role or
    a refusal disables it and its tool tip says why; returns that reason ('' when allowed)."""
    reason = refusal(user, roles) or refused
    target.setEnabled(not reason and when)
    target.setToolTip(reason)
    return reason
