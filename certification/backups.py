"""Backups of the register: a copy made while the office keeps working, checked before it is
trusted, and restored only after that check — without ever handing out a number twice.

- `make_backup` copies an SQLite register with `VACUUM INTO`: one read transaction, so the copy
  is the register as it stood at one moment while writers go on (WAL), compacted into one
  self-contained file. The copy is checked (`check_backup`) before it takes its final name.
- `check_backup`: `PRAGMA integrity_check`, the audit chain walked end to end, a schema revision
  this program knows, a committee set up.
- `restore` checks the file, keeps a copy of the register it replaces, copies the backup in
  through SQLite's backup API (other connections see the restored register at their next
  transaction), and then raises every counter above every number the replaced register knew —
  from its counters, its certificates, its label lots and its audit log — so no certificate
  number, lot number, label serial or list sequence is given out again. Given the signing key's
  passphrase, the restore signs a checkpoint of the chain ending in its `register.restored` entry:
  only such a signed entry excuses the replaced register's checkpoints (`audit_checkpoints`).
- `daily_backup` makes at most one copy a day and removes daily copies older than the
  `backup_keep_days` setting; copies made by hand are never removed.

A PostgreSQL register is backed up with `pg_dump` (README, "Backups"); these functions refuse it
with a message saying so.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from certification import audit_checkpoints, settings, users
from certification.core import audit, clock
from certification.core.counters import current_value
from certification.core.errors import InvalidInput, RuleViolation
from models import AuditEntry, Certificate, Committee, Counter, LabelLot
from models.db import MIGRATIONS, is_read_only, session_factory, unit_of_work, upgrade
from models.enums import Role

if TYPE_CHECKING:  # cryptography loads only for a signed restore
    from certification.codes.signing import Signer

Progress = tuple[int, int]
DAILY = re.compile(r"^belgi-(\d{4}-\d{2}-\d{2})\.sqlite3$")
MANUAL = re.compile(r"^belgi-(\d{4}-\d{2}-\d{2})-(\d{6})\.sqlite3$")
SUFFIX = ".sqlite3"
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "glusterfs", "ceph"}
    | {"fuse.sshfs", "fuse.smbnetfs", "fuse.rclone", "davfs", "fuse.davfs2"}
)


@dataclass(frozen=True)
class BackupCheck:
    """What was found in a backup file; `problems` are message codes, empty when it can be used."""

    path: str
    revision: str | None
    entries: int  # audit entries
    certificates: int
    problems: tuple[str, ...] = ()
    detail: str = ""  # the first line integrity_check or the audit walk gave

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupInfo:
    path: str
    size: int
    made_at: datetime
    daily: bool
    check: BackupCheck | None = None
    seconds: float = 0.0


@dataclass(frozen=True)
class RestoreResult:
    check: BackupCheck
    safety_copy: str  # the register as it was before, kept beside the backups
    raised: dict[str, int] = field(default_factory=dict)  # counter or lot → new value
    signed: bool = False  # a checkpoint signed at the restore vouches for its audit entry


# Where the register is ---------------------------------------------------------------------------


def register_file(engine: Engine) -> Path:
    """The SQLite file of the register, or a refusal naming pg_dump for PostgreSQL."""
    if engine.dialect.name != "sqlite":
        raise RuleViolation("backup.postgresql")
    name = engine.url.database or ""
    if name.startswith("file:"):  # a read-only register, opened by URI
        name = unquote(name[5:].split("?", 1)[0])
    if not name or name == ":memory:":
        raise RuleViolation("backup.no_file")
    return Path(name)


def backup_folder(session: Session, engine: Engine) -> Path:
    """The folder named by the `backup_folder` setting, else `backups` beside the register."""
    chosen = settings.get(session, settings.BACKUP_FOLDER)
    return Path(chosen).expanduser() if chosen else register_file(engine).parent / "backups"


def network_share(path: Path) -> str | None:
    """The kind of network file system `path` lies on (best effort), else None.

    SQLite's locking is not reliable over network shares: two workstations can corrupt a
    register there. Linux: the mount table; Windows: UNC paths and mapped network drives."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        text_path = str(path.absolute())
        if text_path.startswith("\\\\"):
            return "smb"
        import ctypes

        drive = os.path.splitdrive(text_path)[0] + "\\"
        return "smb" if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None
    return _mount_type(path.absolute(), _mounts())


def _mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as table:
            rows = [line.split() for line in table]
    except OSError:
        return []
    return [(r[1].replace("\\040", " "), r[2]) for r in rows if len(r) >= 3]


def _mount_type(path: Path, mounts: Iterable[tuple[str, str]]) -> str | None:
    best, kind = "", ""
    for point, fs in mounts:
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fs
    return kind if kind in NETWORK_FILESYSTEMS or kind.startswith("fuse.sshfs") else None


# Making a backup ---------------------------------------------------------------------------------


def backup_name(moment: datetime, daily: bool = False) -> str:
    local = clock.local(moment)
    if daily:
        return f"belgi-{local:%Y-%m-%d}{SUFFIX}"
    return f"belgi-{local:%Y-%m-%d-%H%M%S}{SUFFIX}"


def make_backup(
    factory: sessionmaker[Session], target: Path | str | None = None, *, daily: bool = False
) -> Generator[Progress, None, BackupInfo]:
    """Copy the register to `target` (default: a new file in the backup folder), check the copy,
    and only then give it its name. Yields (step, 4)."""
    started = clock.now()
    engine = _engine_of(factory)
    source = register_file(engine)
    if target is None:
        with factory() as session:
            folder = backup_folder(session, engine)
        _make_folder(folder)
        target = folder / backup_name(started, daily)
    target = Path(target)
    _check_target(target, source)
    part = target.with_name(f".{target.name}.part")
    part.unlink(missing_ok=True)
    yield 0, 4
    try:
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # the office's only
        with _raw(source, read_only=True) as conn:  # a register that cannot be written too
            conn.execute("VACUUM INTO ?", (str(part),))
        with _raw(part) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        yield 1, 4
        check = check_backup(part)
        yield 3, 4
        if not check.ok:
            raise RuleViolation(check.problems[0], path=str(target), detail=check.detail)
        _fsync(part)
        newest = _newest_checkpoint(part)
        os.replace(part, target)
        if newest is not None:  # the chain as last signed, kept outside the copy too
            audit_checkpoints.write_file(checkpoint_file(target), [newest])
    except sqlite3.Error as error:
        raise RuleViolation("backup.failed", path=str(target), reason=str(error)) from None
    except OSError as error:
        raise RuleViolation(
            "backup.failed", path=str(target), reason=error.strerror or str(error)
        ) from None
    finally:
        part.unlink(missing_ok=True)
    yield 4, 4
    seconds = (clock.now() - started).total_seconds()
    return BackupInfo(str(target), target.stat().st_size, started, daily, check, round(seconds, 3))


def checkpoint_file(backup: Path) -> Path:
    """Where the audit checkpoint of a backup lies: beside it, named after it."""
    return backup.with_name(backup.name + audit_checkpoints.SUFFIX)


def _newest_checkpoint(path: Path) -> audit_checkpoints.Checkpoint | None:
    engine = create_engine(f"sqlite:///file:{path.absolute().as_posix()}?mode=ro&uri=true")
    try:
        with session_factory(engine)() as session:
            return audit_checkpoints.latest(session)
    finally:
        engine.dispose()


def run(steps: Generator[Progress, None, Any]) -> Any:
    """Drive a backup, check or restore to its end (the command line has no progress bar)."""
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RuleViolation(
            "backup.failed", path=str(folder), reason=error.strerror or str(error)
        ) from None


def _check_target(target: Path, source: Path) -> None:
    if not target.parent.is_dir():
        raise InvalidInput("backup.folder_missing", field="file", folder=str(target.parent))
    if target.exists() or target.is_symlink():
        raise InvalidInput("backup.exists", field="file", path=str(target))
    if target.absolute() == source.absolute():
        raise InvalidInput("backup.is_register", field="file", path=str(target))


def _engine_of(factory: sessionmaker[Session]) -> Engine:
    bind = factory.kw.get("bind")
    assert isinstance(bind, Engine)
    return bind


class _raw:
    """A plain sqlite3 connection outside the pool, closed at the end of `with`."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        uri = f"file:{path.absolute().as_posix()}?mode={'ro' if read_only else 'rw'}"
        self.conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *_: object) -> None:
        self.conn.close()


def _fsync(path: Path) -> None:
    with open(path, "rb") as file:
        os.fsync(file.fileno())


# Checking a backup -------------------------------------------------------------------------------


def known_revisions() -> list[str]:
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def check_backup(path: Path | str) -> BackupCheck:
    """Whether `path` is a whole Belgi register this program can restore; never writes to it."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput("backup.not_found", field="file", path=str(path))
    with open(path, "rb") as head:
        if head.read(16) != b"SQLite format 3\x00":
            return BackupCheck(str(path), None, 0, 0, ("backup.not_sqlite",))
    try:
        with _raw(path, read_only=True) as conn:
            found = conn.execute("PRAGMA integrity_check(20)").fetchall()
            lines = [str(row[0]) for row in found]
            if lines != ["ok"]:
                return BackupCheck(str(path), None, 0, 0, ("backup.integrity",), lines[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "audit_entry", "committee"} <= tables:
                return BackupCheck(str(path), None, 0, 0, ("backup.not_a_register",))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        return BackupCheck(str(path), None, 0, 0, ("backup.integrity",), str(error))
    rev = str(revision[0]) if revision else None
    if rev not in known_revisions():
        return BackupCheck(str(path), rev, 0, 0, ("backup.unknown_revision",), str(rev))
    engine = create_engine(f"sqlite:///file:{path.absolute().as_posix()}?mode=ro&uri=true")
    try:
        with session_factory(engine)() as session:
            report = audit.verify(session)
            certificates = len(session.scalars(select(Certificate.id)).all())
            committee = session.scalar(select(Committee.id).where(Committee.is_own))
    except Exception as error:  # a table that does not read as this revision says
        return BackupCheck(str(path), rev, 0, 0, ("backup.integrity",), str(error).splitlines()[0])
    finally:
        engine.dispose()
    problems: list[str] = []
    detail = ""
    if not report.ok:
        problems.append("backup.audit_broken")
        detail = f"{report.first_bad_seq}: {report.problem}"
    if committee is None:
        problems.append("backup.not_a_register")
    return BackupCheck(str(path), rev, report.entries, certificates, tuple(problems), detail)


# Listing and the daily copy ----------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first (by the time in their names)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        daily = DAILY.match(path.name)
        manual = MANUAL.match(path.name)
        if not (daily or manual) or not path.is_file():
            continue
        stat = path.stat()
        made = datetime.fromtimestamp(stat.st_mtime, tz=clock.now().tzinfo)
        found.append(BackupInfo(str(path), stat.st_size, made, bool(daily)))
    return sorted(found, key=lambda b: (b.made_at, b.path), reverse=True)


def daily_backup(
    factory: sessionmaker[Session], today: date | None = None
) -> Generator[Progress, None, BackupInfo | None]:
    """Today's copy, unless there is one or `backup_keep_days` is 0; then the daily copies
    older than that many days are removed. Returns the copy made (None when none was)."""
    engine = _engine_of(factory)
    if engine.dialect.name != "sqlite" or is_read_only(engine):
        return None  # PostgreSQL: pg_dump on the server; a read-only register does not change
    if engine.url.database in (None, "", ":memory:"):
        return None
    with factory() as session:
        keep = settings.get(session, settings.BACKUP_KEEP_DAYS)
        folder = backup_folder(session, engine)
    if keep == 0:
        return None
    today = today or clock.today()
    _make_folder(folder)
    target = folder / f"belgi-{today:%Y-%m-%d}{SUFFIX}"
    made = None
    if not target.exists():
        made = yield from make_backup(factory, target, daily=True)
    for old in folder.iterdir():
        match = DAILY.match(old.name)
        if match and (today - date.fromisoformat(match.group(1))).days >= keep:
            old.unlink(missing_ok=True)
            checkpoint_file(old).unlink(missing_ok=True)
    return made


# Restoring ---------------------------------------------------------------------------------------


@dataclass
class _Marks:
    """The highest numbers a register knows, by what they count, kept across a restore."""

    counters: dict[str, int] = field(default_factory=dict)
    lots: dict[tuple[str, int], int] = field(default_factory=dict)  # (certificate, lot no)
    lot_numbers: dict[str, int] = field(default_factory=dict)  # certificate → its last lot no

    def raise_to(self, mapping: dict[Any, int], key: Any, value: int) -> None:
        if value > mapping.get(key, 0):
            mapping[key] = value


def _marks(session: Session, marks: _Marks | None = None) -> _Marks:
    """Every number given out, from the counters, the rows that carry them and the audit log.
    A part that cannot be read (a damaged register) is passed over; the others still count."""
    marks = marks or _Marks()
    for part in (_counter_marks, _certificate_marks, _lot_marks):
        try:
            part(session, marks)
        except Exception:  # a damaged table: what the other parts and backups know still counts
            session.rollback()
    return marks


def _counter_marks(session: Session, marks: _Marks) -> None:
    for counter in session.scalars(select(Counter)):
        if counter.name != audit.CHAIN:
            marks.raise_to(marks.counters, counter.name, counter.value)


def _certificate_marks(session: Session, marks: _Marks) -> None:
    rows = session.execute(
        select(Committee.code, Certificate.year, Certificate.sequence).join(
            Committee, Committee.id == Certificate.committee_id
        )
    )
    for code, year, sequence in rows:
        marks.raise_to(marks.counters, f"certificate:{code}:{year}", sequence)


def _lot_marks(session: Session, marks: _Marks) -> None:
    lots = session.execute(
        select(LabelLot.lot_id, Certificate.number, LabelLot.lot_no, LabelLot.last_serial).join(
            Certificate, Certificate.id == LabelLot.certificate_id
        )
    ).all()
    by_lot_id = {lot_id: (number, lot_no) for lot_id, number, lot_no, _ in lots}
    for _, number, lot_no, last in lots:
        marks.raise_to(marks.lots, (number, lot_no), last)
        marks.raise_to(marks.lot_numbers, number, lot_no)
    allocations = session.execute(
        select(AuditEntry.entity_id, AuditEntry.details).where(
            AuditEntry.action == "labels.allocate"
        )
    )
    for lot_id, details in allocations:
        lot = by_lot_id.get(int(lot_id)) if lot_id.isdigit() else None
        last = json.loads(details).get("last")
        if lot is not None and isinstance(last, int):
            marks.raise_to(marks.lots, lot, last)


def _file_marks(path: Path, marks: _Marks) -> None:
    """What another backup knows (a later copy may know numbers the register lost)."""
    engine = create_engine(f"sqlite:///file:{path.absolute().as_posix()}?mode=ro&uri=true")
    try:
        with session_factory(engine)() as session:
            _marks(session, marks)
    except Exception:  # not a readable register: it knows nothing
        pass
    finally:
        engine.dispose()


def _backup_signer(path: Path, passphrase: str) -> Signer:
    """The backup's signing key unlocked with `passphrase` (a wrong one refused before anything
    is replaced); the restored register holds the same key."""
    from certification.codes import keys

    engine = create_engine(f"sqlite:///file:{path.absolute().as_posix()}?mode=ro&uri=true")
    try:
        with session_factory(engine)() as session:
            return keys.unlock_signing_key(session, passphrase)
    finally:
        engine.dispose()


def restore(
    factory: sessionmaker[Session],
    backup: Path | str,
    actor: users.UserInfo,
    passphrase: str | None = None,
) -> Generator[Progress, None, RestoreResult]:
    """Replace the register with a checked backup; counters end above every known number. With
    the passphrase, the restore's audit entry is signed (a checkpoint of the chain ending in it),
    so `audit verify` lets it excuse the checkpoints of the longer chain it replaced."""
    users.require(actor, Role.ADMIN)
    engine = _engine_of(factory)
    live = register_file(engine)
    backup = Path(backup)
    if backup.absolute() == live.absolute():
        raise InvalidInput("backup.is_register", field="file", path=str(backup))
    yield 0, 5
    check = check_backup(backup)
    if not check.ok:
        raise RuleViolation(check.problems[0], path=str(backup), detail=check.detail)
    signer = _backup_signer(backup, passphrase) if passphrase else None
    yield 1, 5
    with factory() as session:
        try:
            folder = backup_folder(session, engine)
        except Exception:  # the settings cannot be read: the default folder
            session.rollback()
            folder = live.parent / "backups"
        marks = _marks(session)
        try:
            chain = (current_value(session, audit.CHAIN), _head(session))
        except Exception:  # the register's own log is damaged
            session.rollback()
            chain = (0, "")
    for other in list_backups(folder):
        if Path(other.path).absolute() != backup.absolute():
            _file_marks(Path(other.path), marks)
    _make_folder(folder)
    safety = folder / f"before-restore-{clock.local(clock.now()):%Y-%m-%d-%H%M%S}{SUFFIX}"
    try:
        with _raw(live, read_only=True) as conn:
            conn.execute("VACUUM INTO ?", (str(safety),))
    except sqlite3.Error:  # too damaged to copy page by page: keep its bytes as they are
        shutil.copyfile(live, safety)
    yield 2, 5
    engine.dispose()
    try:
        with _raw(backup, read_only=True) as source, _raw(live) as target:
            source.backup(target)
    except sqlite3.Error as error:
        raise RuleViolation("backup.failed", path=str(live), reason=str(error)) from None
    engine.dispose()
    yield 3, 5
    upgrade(engine)  # a backup of an earlier revision is brought up to this program's
    with unit_of_work(factory) as session:
        raised = _raise_counters(session, marks)
        audit.record(
            session,
            actor.username,
            "register.restored",
            "register",
            backup.name,
            revision=check.revision,
            entries=check.entries,
            replaced_entries=chain[0],
            replaced_head=chain[1],
            safety_copy=str(safety),
            raised=raised,
        )
        if signer is not None:
            audit_checkpoints.sign(session, signer, actor.username)
    yield 5, 5
    return RestoreResult(check, str(safety), raised, signer is not None)


def _head(session: Session) -> str:
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    return str(last or audit.GENESIS)


def _raise_counters(session: Session, marks: _Marks) -> dict[str, int]:
    raised: dict[str, int] = {}
    numbers = dict(session.execute(select(Certificate.number, Certificate.id)).tuples().all())
    wanted = dict(marks.counters)
    for number, lot_no in marks.lot_numbers.items():
        if number in numbers:
            name = f"codes.lots.{numbers[number]}"
            wanted[name] = max(wanted.get(name, 0), lot_no)
    for name, value in sorted(wanted.items()):
        row = session.get(Counter, name)
        if row is None:
            session.add(Counter(name=name, value=value))
            raised[name] = value
        elif row.value < value:
            row.value = value
            raised[name] = value
    lots = session.execute(
        select(LabelLot, Certificate.number).join(
            Certificate, Certificate.id == LabelLot.certificate_id
        )
    ).all()
    for labels, number in lots:
        last = marks.lots.get((number, labels.lot_no), 0)
        if last > labels.last_serial:
            labels.last_serial = last
            raised[f"labels:{number}:{labels.lot_no}"] = last
    session.flush()
    return raised
