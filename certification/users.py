"""Users, roles and passwords (Argon2id)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certification.core import audit, clock
from certification.core.errors import Forbidden, InvalidInput, NotFound, RuleViolation
from models import AuditEntry, User, UserRole
from models.enums import Role

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@cache
def _hasher() -> PasswordHasher:
    """OWASP's minimum Argon2id profile: ~20 ms here, cheap enough for an old office PC. Loaded
    when a password is first checked or set, not by every command that imports this module
    (`audit verify` checks none)."""
    import argon2  # the package first (see `_password_matches`)

    return argon2.PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def _password_matches(password_hash: str, password: str) -> bool:
    # The package, not `argon2.exceptions`: a thread importing a submodule holds its lock while
    # it loads the package, which loads the submodule too, so a second thread opening a key at
    # the same time could meet it in those locks (Python's `_DeadlockError`).
    import argon2

    try:
        return bool(_hasher().verify(password_hash, password))
    except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
        return False


MIN_PASSWORD = 4
DECIDING_ROLES = frozenset({Role.MEMBER, Role.CHAIR})
LOGIN_FAILED = "user.login_failed"  # audit action: when, so every program waits out the same delay


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool

    def has(self, *roles: Role) -> bool:
        return Role.ADMIN in self.roles or any(r in self.roles for r in roles)


def info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role_set, user.active)


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def create_user(
    session: Session,
    actor: str,
    username: str,
    full_name: str,
    password: str,
    roles: Iterable[Role],
) -> UserInfo:
    username = username.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise InvalidInput("user.bad_username", field="username", value=username)
    if not full_name.strip():
        raise InvalidInput("field.required", field="full_name")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("user.password_too_short", field="password", minimum=MIN_PASSWORD)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise RuleViolation("user.exists", username=username)
    role_set = sorted({Role(r) for r in roles})
    if not role_set:
        raise InvalidInput("user.no_roles", field="roles")
    user = User(
        username=username,
        full_name=full_name.strip(),
        password_hash=hash_password(password),
        roles=[UserRole(role=r) for r in role_set],
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        actor,
        "user.created",
        "user",
        user.id,
        username=username,
        roles=[r.value for r in role_set],
    )
    return info(user)


@dataclass(frozen=True)
class LoginAttempt:
    user: UserInfo | None  # None: refused, without saying whether name or password was wrong
    failures: int  # consecutive failures of this user name, for the caller's delay

    def accepted(self) -> UserInfo:
        if self.user is None:
            raise Forbidden("auth.failed", failures=self.failures)
        return self.user


def login(session: Session, username: str, password: str) -> LoginAttempt:
    """Check a password. Failures are counted in the database, so the caller must commit even when
    the attempt is refused; call `.accepted()` after the unit of work to raise `auth.failed`."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        return LoginAttempt(None, 0)
    if not _password_matches(user.password_hash, password):
        user.failed_logins += 1
        audit.record(
            session, user.username, LOGIN_FAILED, "user", user.id, failures=user.failed_logins
        )
        session.flush()
        return LoginAttempt(None, user.failed_logins)
    user.failed_logins = 0
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    session.flush()
    return LoginAttempt(info(user), 0)


def failed_logins(session: Session, username: str) -> int:
    return int(session.scalar(select(User.failed_logins).where(User.username == username)) or 0)


def login_delay(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first three, then doubling to 30."""
    return 0.0 if failures < 3 else float(min(30, 2 ** (failures - 2)))


def login_wait(session: Session, username: str, now: datetime | None = None) -> int:
    """Whole seconds left of the wait after this name's last failure (`login_delay` of the
    failures counted in the database), 0 when an attempt may be made. Programs that cannot hold a
    countdown of their own (the command line) refuse an attempt while this is above 0."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not user.active:
        return 0
    delay = login_delay(user.failed_logins)
    if delay <= 0:
        return 0
    last = session.scalar(
        select(func.max(AuditEntry.at)).where(
            AuditEntry.action == LOGIN_FAILED,
            AuditEntry.entity == "user",
            AuditEntry.entity_id == str(user.id),
        )
    )
    if last is None:  # failures counted before their moments were recorded
        return 0
    left = (last + timedelta(seconds=delay) - (now or clock.now())).total_seconds()
    return max(0, math.ceil(left))


def get_user(session: Session, username: str) -> UserInfo:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound("user.not_found", username=username)
    return info(user)


def list_users(session: Session) -> list[UserInfo]:
    return [info(u) for u in session.scalars(select(User).order_by(User.username))]


def may(user: UserInfo, *roles: Role) -> bool:
    """Whether an active user holds one of `roles` (admins hold every role): the rule `require`
    enforces, for a screen to ask before offering the action."""
    return user.active and user.has(*roles)


def require(user: UserInfo, *roles: Role) -> None:
    """Raise unless the user holds one of `roles` (admins hold every role)."""
    if not may(user, *roles):
        raise Forbidden(
            "auth.role_required", username=user.username, roles=[r.value for r in roles]
        )


def set_password(session: Session, actor: str, username: str, password: str) -> None:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound("user.not_found", username=username)
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("user.password_too_short", field="password", minimum=MIN_PASSWORD)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    session.flush()
    audit.record(session, actor, "user.password_changed", "user", user.id, username=username)


# Administration: every change below needs an administrator (a password change also its owner),
# and the committee always keeps one active administrator.

ADMIN_ROLES = (Role.ADMIN,)


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise NotFound("user.not_found", username=username)
    return user


def _other_active_admins(session: Session, user: User) -> int:
    return len(
        session.scalars(
            select(User.id)
            .join(UserRole)
            .where(User.active, UserRole.role == Role.ADMIN, User.id != user.id)
        ).all()
    )


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to leave the committee without an active administrator."""
    if user.active and Role.ADMIN in user.role_set and _other_active_admins(session, user) == 0:
        raise RuleViolation("user.last_admin", username=user.username)


def sole_administrator(session: Session) -> str | None:
    """The user name of the only active administrator, if there is exactly one."""
    names = session.scalars(
        select(User.username).join(UserRole).where(User.active, UserRole.role == Role.ADMIN)
    ).all()
    return names[0] if len(names) == 1 else None


def add_user(
    session: Session,
    actor: UserInfo,
    username: str,
    full_name: str,
    password: str,
    roles: Iterable[Role],
) -> UserInfo:
    require(actor, *ADMIN_ROLES)
    return create_user(session, actor.username, username, full_name, password, roles)


def set_roles(session: Session, actor: UserInfo, username: str, roles: Iterable[Role]) -> UserInfo:
    require(actor, *ADMIN_ROLES)
    user = _user(session, username)
    wanted = {Role(r) for r in roles}
    if not wanted:
        raise InvalidInput("user.no_roles", field="roles")
    if Role.ADMIN not in wanted:
        _keep_an_admin(session, user)
    if wanted == user.role_set:
        return info(user)
    before = sorted(r.value for r in user.role_set)
    user.roles = [r for r in user.roles if r.role in wanted] + [
        UserRole(role=r) for r in sorted(wanted - user.role_set)
    ]
    session.flush()
    audit.record(
        session,
        actor.username,
        "user.roles_changed",
        "user",
        user.id,
        username=user.username,
        before=before,
        after=sorted(r.value for r in wanted),
    )
    return info(user)


def deactivate(session: Session, actor: UserInfo, username: str) -> UserInfo:
    """The user can no longer sign in; the record stays, since the audit log names them."""
    require(actor, *ADMIN_ROLES)
    user = _user(session, username)
    if not user.active:
        raise RuleViolation("user.already_inactive", username=user.username)
    _keep_an_admin(session, user)
    user.active = False
    session.flush()
    audit.record(session, actor.username, "user.deactivated", "user", user.id, username=username)
    return info(user)


def reactivate(session: Session, actor: UserInfo, username: str) -> UserInfo:
    require(actor, *ADMIN_ROLES)
    user = _user(session, username)
    if user.active:
        raise RuleViolation("user.already_active", username=user.username)
    user.active = True
    user.failed_logins = 0
    session.flush()
    audit.record(session, actor.username, "user.reactivated", "user", user.id, username=username)
    return info(user)


def reset_password(session: Session, actor: UserInfo, username: str, password: str) -> None:
    """An administrator sets a new password for anyone (a forgotten one, a new colleague)."""
    require(actor, *ADMIN_ROLES)
    _user(session, username)
    set_password(session, actor.username, username, password)


def change_own_password(session: Session, actor: UserInfo, current: str, new: str) -> None:
    """Any user changes their own password, once they have typed the current one."""
    user = _user(session, actor.username)
    if not user.active:
        raise Forbidden("auth.failed", failures=0)
    if not _password_matches(user.password_hash, current):
        raise Forbidden("user.wrong_current_password", field="current")
    set_password(session, actor.username, actor.username, new)
