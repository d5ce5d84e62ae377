"""Backup, check and restore of the 100,000-certificate register, beside a plain file copy.

python -m bench.backup

The register is copied into a folder of its own first (the cached bench file stays untouched);
the floor is `shutil.copyfile` of the same file, measured in the same run.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.bigdb import build
from certification import backups, users
from models.db import make_engine, session_factory, upgrade


def _seconds(work: object) -> float:
    started = time.perf_counter()
    backups.run(work)  # type: ignore[arg-type]
    return time.perf_counter() - started


def main() -> None:
    source = build()
    with tempfile.TemporaryDirectory(prefix="belgi-bench-backup-") as folder:
        live = Path(folder) / "belgi.sqlite3"
        started = time.perf_counter()
        shutil.copyfile(source, live)
        floor = time.perf_counter() - started
        engine = make_engine(f"sqlite:///{live}")
        upgrade(engine)
        factory = session_factory(engine)
        target = Path(folder) / "copy.sqlite3"
        made = _seconds(backups.make_backup(factory, target))
        started = time.perf_counter()
        check = backups.check_backup(target)
        checked = time.perf_counter() - started
        with factory() as session:
            admin = users.get_user(session, "admin")
        restored = _seconds(backups.restore(factory, target, admin))
        engine.dispose()
        size = live.stat().st_size / 1e6
        print(f"register {size:.0f} MB, {check.certificates} certificates, {check.entries} entries")
        print(f"plain file copy (floor)        {floor:7.2f} s")
        print(f"backup (VACUUM INTO + check)   {made:7.2f} s  ({made / floor:.1f}× the floor)")
        print(f"  of which the check           {checked:7.2f} s")
        print(f"restore (check, safety copy,   {restored:7.2f} s")
        print("  copy in, counters raised)")


if __name__ == "__main__":
    main()
