"""Backups: a copy made while another connection writes is whole, a damaged copy is refused,
and after a restore no certificate number or label serial is given out again."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from certification import backups, certificates, settings
from certification.core import audit
from certification.core.errors import DomainError, Forbidden, InvalidInput, RuleViolation
from certification.labels.serials import allocate_label_serials
from models import AuditEntry, LabelLot
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade
from tests.certification.labelled import labelled_office
from tests.factories import certified, make_office
from tests.tamper import unguard


def _writer(factory, stop: threading.Event, written: list[int]) -> None:  # type: ignore[no-untyped-def]
    n = 0
    while not stop.is_set():
        n += 1
        with unit_of_work(factory) as s:
            audit.record(s, "admin", "test.write", "test", n, n=n)
        written.append(n)


def test_a_backup_made_while_another_connection_writes_is_whole(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(sqlite_engine)
    certified(o)
    with unit_of_work(o.factory) as s:  # some bulk, so the copy takes a while
        for n in range(300):
            audit.record(s, "admin", "test.bulk", "test", n, text="ы" * 400)
    stop, written = threading.Event(), []
    writer = threading.Thread(target=_writer, args=(o.factory, stop, written))
    writer.start()
    try:
        while len(written) < 5:
            threading.Event().wait(0.01)
        steps = backups.make_backup(o.factory, tmp_path / "copy.sqlite3")
        progress = []
        while True:
            try:
                progress.append(next(steps))
            except StopIteration as finished:
                made = finished.value
                break
        during = len(written)
    finally:
        stop.set()
        writer.join()
    assert progress[0] == (0, 4) and progress[-1] == (4, 4)
    assert len(written) > 5  # the writer went on during the copy
    check = backups.check_backup(made.path)
    assert check.ok, check
    with read_unit(o.factory) as s:
        total = audit.entry_count(s)
    assert check.entries < total  # the copy is the register at one moment, not a mix
    assert check.entries >= total - (len(written) - during) - len(written)
    assert not list(tmp_path.glob(".*part"))  # no half-written file left
    assert not Path(made.path + "-wal").exists()


def test_damaged_copies_are_refused_and_nothing_is_restored(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(sqlite_engine)
    number, _ = certified(o)
    good = backups.run(backups.make_backup(o.factory, tmp_path / "good.sqlite3"))

    torn = tmp_path / "torn.sqlite3"
    data = bytearray(Path(good.path).read_bytes())
    for at in range(4096 * 2, len(data), 4096):  # scribble over every page but the first two
        data[at + 100 : at + 300] = b"\x5a" * 200
    torn.write_bytes(bytes(data))

    edited = tmp_path / "edited.sqlite3"
    edited.write_bytes(Path(good.path).read_bytes())
    with sqlite3.connect(edited) as conn:
        unguard(conn)
        conn.execute("UPDATE audit_entry SET username = 'mallory' WHERE seq = 2")

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(Path(good.path).read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")

    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")

    expected = {
        torn: "backup.integrity",
        edited: "backup.audit_broken",
        newer: "backup.unknown_revision",
        text: "backup.not_sqlite",
    }
    for path, problem in expected.items():
        assert backups.check_backup(path).problems[:1] == (problem,), path
        with pytest.raises(RuleViolation) as refused:
            backups.run(backups.restore(o.factory, path, o.admin))
        assert refused.value.code == problem
    with pytest.raises(InvalidInput):
        backups.check_backup(tmp_path / "absent.sqlite3")
    with pytest.raises(Forbidden):
        backups.run(backups.restore(o.factory, good.path, o.clerk))
    with read_unit(o.factory) as s:
        assert [c.number for c in certificates.list_certificates(s)] == [number]
        assert audit.verify(s).ok
    assert not list((Path(sqlite_engine.url.database or "").parent / "backups").glob("before*"))


def test_after_a_restore_no_number_or_serial_is_given_out_again(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    made = labelled_office(sqlite_engine)
    o = made.office
    with unit_of_work(o.factory) as s:
        allocate_label_serials(s, made.lot.id, 10, "clerk")
    saved = backups.run(backups.make_backup(o.factory, tmp_path / "monday.sqlite3"))
    # Work after the backup, lost by the restore: a certificate and more labels.
    lost, _ = certified(o, "«Үмүт» аялдар тобу")
    with unit_of_work(o.factory) as s:
        allocate_label_serials(s, made.lot.id, 25, "clerk")
        settings.put(s, "admin", "validity_months", 12)

    result = backups.run(backups.restore(o.factory, saved.path, o.admin))

    assert Path(result.safety_copy).is_file()
    assert backups.check_backup(result.safety_copy).certificates == 2
    with read_unit(o.factory) as s:
        numbers = [c.number for c in certificates.list_certificates(s)]
        assert lost not in numbers and len(numbers) == 1
        assert settings.get(s, settings.VALIDITY_MONTHS) == 36  # the backup's own
        assert audit.verify(s).ok
        restored = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "register.restored")
        ).one()
        assert "monday.sqlite3" in restored.entity_id
    after, _ = certified(o, "«Береке» кооперативи")
    assert after > lost  # numbered after the lost one, never the same
    with unit_of_work(o.factory) as s:
        run = allocate_label_serials(s, made.lot.id, 5, "clerk")
    assert run.first_serial == 36  # above the 35 already printed before the restore
    with read_unit(o.factory) as s:
        assert s.scalars(select(LabelLot.last_serial)).one() == 40
        assert audit.verify(s).ok


def test_a_damaged_register_is_restored_and_a_later_backup_s_numbers_still_count(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(sqlite_engine)
    certified(o)
    monday = backups.run(backups.make_backup(o.factory, tmp_path / "monday.sqlite3"))
    tuesday_number, _ = certified(o, "«Үмүт» аялдар тобу")
    backups.run(backups.make_backup(o.factory))  # Tuesday's copy, in the backup folder
    sqlite_engine.dispose()
    live = backups.register_file(sqlite_engine)
    data = bytearray(live.read_bytes())
    for at in range(4096 * 3, len(data), 4096 * 2):  # the disk went bad under the register
        data[at + 200 : at + 600] = b"\xff" * 400
    live.write_bytes(bytes(data))
    Path(str(live) + "-wal").unlink(missing_ok=True)
    Path(str(live) + "-shm").unlink(missing_ok=True)
    assert not backups.check_backup(live).ok  # damaged indeed

    backups.run(backups.restore(o.factory, monday.path, o.admin))

    with read_unit(o.factory) as s:
        assert len(certificates.list_certificates(s)) == 1
        assert audit.verify(s).ok
    after, _ = certified(o, "«Береке» кооперативи")
    assert after > tuesday_number  # Tuesday's number, known from Tuesday's copy, is not reused


def test_a_daily_backup_is_made_once_and_old_ones_are_removed(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    o = make_office(sqlite_engine)
    folder = tmp_path / "daily"
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "backup_folder", str(folder))
        settings.put(s, "admin", "backup_keep_days", 3)
    today = date(2026, 12, 2)
    folder.mkdir()
    for days in (1, 2, 3, 10):
        (folder / f"belgi-{today - timedelta(days=days):%Y-%m-%d}.sqlite3").write_bytes(b"old")
    (folder / "belgi-2026-01-01-101500.sqlite3").write_bytes(b"made by hand")
    first = backups.run(backups.daily_backup(o.factory, today))
    again = backups.run(backups.daily_backup(o.factory, today))
    assert first is not None and again is None
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "belgi-2026-01-01-101500.sqlite3",
        "belgi-2026-11-30.sqlite3",
        "belgi-2026-12-01.sqlite3",
        "belgi-2026-12-02.sqlite3",
    ]
    listed = backups.list_backups(folder)
    assert {b.daily for b in listed} == {True, False}
    with unit_of_work(o.factory) as s:
        settings.put(s, "admin", "backup_keep_days", 0)
    assert backups.run(backups.daily_backup(o.factory, today + timedelta(days=1))) is None
    memory = make_engine("sqlite://")
    upgrade(memory)
    assert backups.run(backups.daily_backup(session_factory(memory))) is None
    with pytest.raises(RuleViolation) as refused:
        backups.run(backups.make_backup(session_factory(memory), tmp_path / "m.sqlite3"))
    assert refused.value.code == "backup.no_file"


def test_a_register_on_a_network_share_is_noticed() -> None:
    mounts = [("/", "ext4"), ("/mnt/office", "cifs"), ("/home/u/remote", "fuse.sshfs")]
    assert backups._mount_type(Path("/mnt/office/belgi.sqlite3"), mounts) == "cifs"
    assert backups._mount_type(Path("/home/u/remote/b.sqlite3"), mounts) == "fuse.sshfs"
    assert backups._mount_type(Path("/mnt/officer/b.sqlite3"), mounts) is None
    assert backups._mount_type(Path("/var/lib/b.sqlite3"), mounts) is None
    assert backups.network_share(Path(__file__)) is None


def test_a_postgresql_register_is_sent_to_pg_dump(any_engine: Engine, tmp_path: Path) -> None:
    o = make_office(any_engine)
    if any_engine.dialect.name == "sqlite":
        assert backups.register_file(any_engine).is_file()
        return
    with pytest.raises(DomainError) as refused:
        backups.run(backups.make_backup(o.factory, tmp_path / "x.sqlite3"))
    assert refused.value.code == "backup.postgresql"
    assert backups.run(backups.daily_backup(o.factory)) is None
