"""What the administration's settings, backups and audit log tabs read and do, as plain functions
of a session (or, for jobs, of the session factory)."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from certification import audit_log, backups, register_check, settings
from certification.core.errors import DomainError
from certification.users import UserInfo

Progress = tuple[int, int]


# Settings ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingsState:
    values: dict[str, Any]
    choices: dict[str, tuple[settings.Choice, ...]]
    next_number: settings.NextNumber


def load_settings(db: Session) -> SettingsState:
    choices = {
        key: settings.choices(db, option)
        for key, option in settings.OPTIONS.items()
        if option.kind in (settings.Kind.CHOICE, settings.Kind.LANGUAGES)
    }
    return SettingsState(settings.all_settings(db), choices, settings.next_number(db))


def save_settings(db: Session, user: UserInfo, values: dict[str, Any]) -> SettingsState:
    settings.put_all(db, user, values)
    return load_settings(db)


# Backups -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupState:
    register: str  # the register's file, '' on PostgreSQL
    folder: str
    backups: tuple[backups.BackupInfo, ...]
    network_share: str | None  # the file system's kind when the register lies on a share
    refusal: DomainError | None  # why this register cannot be backed up here (PostgreSQL)


def backup_state(db: Session) -> BackupState:
    engine = db.get_bind()
    try:
        register = backups.register_file(engine)  # type: ignore[arg-type]
    except DomainError as refusal:
        return BackupState("", "", (), None, refusal)
    folder = backups.backup_folder(db, engine)  # type: ignore[arg-type]
    return BackupState(
        str(register),
        str(folder),
        tuple(backups.list_backups(folder)),
        backups.network_share(register),
        None,
    )


def make_backup(factory: sessionmaker[Session]) -> Generator[Progress, None, backups.BackupInfo]:
    made: backups.BackupInfo = yield from backups.make_backup(factory)
    return made


def check_backup(
    _factory: sessionmaker[Session], path: str
) -> Generator[Progress, None, backups.BackupCheck]:
    yield 0, 1
    return backups.check_backup(Path(path))


def restore(
    factory: sessionmaker[Session], path: str, user: UserInfo, passphrase: str | None = None
) -> Generator[Progress, None, backups.RestoreResult]:
    result: backups.RestoreResult = yield from backups.restore(
        factory, Path(path), user, passphrase
    )
    return result


def daily_backup(factory: sessionmaker[Session]) -> Generator[Progress, None, object]:
    made = yield from backups.daily_backup(factory)
    return made


# The audit log -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditChoices:
    usernames: list[str]
    actions: list[str]


def audit_choices(db: Session) -> AuditChoices:
    return AuditChoices(audit_log.usernames(db), audit_log.actions(db))


def audit_rows(db: Session, wanted: audit_log.AuditFilter) -> audit_log.AuditPage:
    return audit_log.search(db, wanted)


def verify_chain(db: Session) -> register_check.RegisterCheck:
    """What `audit verify` finds: the chain, its signed checkpoints (the register's and those
    beside the backups), and every register row that disagrees with the log."""
    return register_check.verify_register(db, register_check.default_places(db))
