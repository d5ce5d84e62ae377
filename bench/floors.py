"""Floors: the least a process of this kind costs on this machine, measured in the same run as the
figure it stands beside, so a busy machine shows in both and their ratio stays readable.

- the window floor: a new process that imports SQLAlchemy (engine and ORM) and PySide6's
  widgets, reads the first 500 producers of the same register with one plain query and shows
  them in a table in a 1366×768 window;
- the command floor: a new process that imports SQLAlchemy (engine and ORM) and QtCore, makes a
  QCoreApplication (translations need one), reads the same register's certificates with one plain
  query and prints them.

`python -m bench.floors [SQLITE_FILE]` prints both.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

# Both floors load SQLAlchemy before PySide6, as main.py does: after PySide6 every import passes
# through its Python import hook, and a floor is the least such a process can cost.
WINDOW = """
import sys, time
launched = float(sys.argv[2])
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(["floor"])
with Session(create_engine(sys.argv[1])) as session:
    rows = session.execute(text(
        "SELECT name, region_code, village FROM producer ORDER BY name_search LIMIT 500"
    )).all()
model = QStandardItemModel(len(rows), 3)
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        model.setItem(i, j, QStandardItem(str(value)))
window = QMainWindow()
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1366, 768)
window.show()
app.processEvents()
window.grab()  # painted
print(time.time() - launched, time.process_time())
"""

COMMAND = """
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from PySide6.QtCore import QCoreApplication
import sys
app = QCoreApplication(["floor"])
with Session(create_engine(sys.argv[1])) as session:
    for row in session.execute(text(
        "SELECT number, status, valid_until FROM certificate ORDER BY id DESC"
    )):
        print(*row)
"""


def environment(folder: str) -> dict[str, str]:
    """Offscreen, with settings in `folder`, and with the project's modules compiled once into
    `folder` (by the first, warm-up run) and read back after, as an installed app reads its
    bytecode: a shell that sets PYTHONDONTWRITEBYTECODE would otherwise have every start compile
    Belgi's sources again, which no office's start does."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
    return env


def window_floor(url: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the bare window's rows painted, and the CPU seconds it took."""
    launched = time.time()
    out = subprocess.run(
        [sys.executable, "-c", WINDOW, url, str(launched)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wall, cpu = out.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def timed(argv: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to exit of a process whose output is thrown away, and the CPU seconds
    it used (steadier than the wall clock when others share the machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def command_floor(url: str, env: dict[str, str]) -> tuple[float, float]:
    return timed([sys.executable, "-c", COMMAND, url], env)


def spread(values: Sequence[float], unit: str = "s", digits: int = 2) -> str:
    """`median (min–max, n runs)`."""
    return (
        f"{statistics.median(values):.{digits}f} {unit} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f}, {len(values)} runs)"
    )


def ratio(figure: Sequence[float], floor: Sequence[float]) -> float:
    return statistics.median(figure) / statistics.median(floor)


def main() -> int:
    from bench.shell import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            db = Path(sys.argv[1])
        else:
            db = Path(tmp) / "demo.sqlite3"
            build_demo(db, 0)
        url, env = f"sqlite:///{db}", environment(tmp)
        windows = [window_floor(url, env) for _ in range(5)]
        commands = [command_floor(url, env) for _ in range(5)]
    print(
        f"window floor:  {spread([w for w, _ in windows])}, cpu {spread([c for _, c in windows])}"
    )
    print(
        f"command floor: {spread([w for w, _ in commands])}, cpu {spread([c for _, c in commands])}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
