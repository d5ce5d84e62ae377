"""What the administration reads: the users with who may not lose the administrator role, the
committee's keys with their state today, and the lists received from other committees."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from certification import users
from certification.codes import keyring, keys
from certification.codes.keyring import ReceivedList
from certification.codes.keys import KeyInfo
from certification.core import clock
from certification.users import UserInfo


@dataclass(frozen=True)
class UsersDesk:
    users: list[UserInfo]
    sole_admin: str | None  # the only active administrator, who must stay one


def users_desk(session: Session) -> UsersDesk:
    return UsersDesk(users.list_users(session), users.sole_administrator(session))


@dataclass(frozen=True)
class KeyRow:
    key: KeyInfo
    state: str  # keyring.SIGNING, RETIRED, COMPROMISED or FUTURE


@dataclass(frozen=True)
class KeysDesk:
    keys: list[KeyRow]
    today: date

    @property
    def signing(self) -> KeyRow | None:
        return next((k for k in reversed(self.keys) if k.state == keyring.SIGNING), None)


def keys_desk(session: Session) -> KeysDesk:
    today = clock.today()
    own = [k for k in keys.signing_keys(session) if k.own]
    return KeysDesk([KeyRow(k, keyring.key_state(k, today)) for k in own], today)


@dataclass(frozen=True)
class ReceivedRow:
    received: ReceivedList
    age_days: int  # since it was issued
    stale: bool  # a status list past its announced next update


@dataclass(frozen=True)
class ListsDesk:
    lists: list[ReceivedRow]
    now: datetime


def lists_desk(session: Session) -> ListsDesk:
    now = clock.now()
    rows = [
        ReceivedRow(r, max(0, r.age(now).days), r.stale(now))
        for r in keyring.received_lists(session)
    ]
    return ListsDesk(rows, now)
