"""Start of the built folder application beside the start from source: `python -m bench.bundle`.

Both run the same commands on the same demo register, taking turns, in one run:

- a command, `certificates --json`: from launching the process to its exit;
- the desktop, `screenshot register`: launch → main window with the register's rows → picture
  → exit;
- the floor: a bare Python process that imports PySide6.QtCore and SQLAlchemy (the brief's floor
  for a command).

`--cold` empties the system's file cache before every launch (root only), as after switching the PC
on: the first start of the day in an office. Without it the files are cached, as on a second start.
Build the bundle first (`make bundle`).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "dist" / "belgi" / ("belgi-cli.exe" if sys.platform == "win32" else "belgi")
FLOOR = "import PySide6.QtCore, sqlalchemy"


def drop_file_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def timed(command: list[str], env: dict[str, str], cold: bool) -> tuple[float, float]:
    """Wall-clock and processor seconds of one run; the second is steadier on a busy machine."""
    if cold:
        drop_file_cache()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", type=Path, default=PROGRAM, help="the built program")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--cold", action="store_true", help="empty the file cache before each start"
    )
    args = parser.parse_args()
    if not args.program.exists():
        print(f"no bundle at {args.program}: run `make bundle` first; nothing measured")
        return 0
    if args.cold and not drop_file_cache():
        print("--cold needs root (it writes /proc/sys/vm/drop_caches); measuring warm starts")
        args.cold = False
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": tmp,
            "XDG_DATA_HOME": tmp,
            "BELGI_LANG": "ky",
        }
        source = [sys.executable, str(ROOT / "main.py")]
        subprocess.run([*source, "--db", str(db), "demo"], env=env, check=True, capture_output=True)
        png = str(Path(tmp) / "register.png")
        work = {
            "command": ["--db", str(db), "certificates", "--json"],
            "desktop": ["--db", str(db), "screenshot", "register", "-o", png],
        }
        runs: dict[str, list[tuple[float, float]]] = {}
        for _round in range(args.rounds):
            runs.setdefault("floor", []).append(
                timed([sys.executable, "-c", FLOOR], env, args.cold)
            )
            for name, tail in work.items():
                for how, head in (("source", source), ("bundle", [str(args.program)])):
                    runs.setdefault(f"{name} {how}", []).append(timed(head + tail, env, args.cold))
    wall = {name: statistics.median(t[0] for t in times) for name, times in runs.items()}
    cpu = {name: statistics.median(t[1] for t in times) for name, times in runs.items()}
    state = "cold (file cache emptied before each start)" if args.cold else "warm (files cached)"
    print(f"{state}, median of {args.rounds}; seconds as wall clock / processor")
    print(f"floor    python -c '{FLOOR}': {wall['floor']:.2f} / {cpu['floor']:.2f} s")
    for name in work:
        bundle, source_run = f"{name} bundle", f"{name} source"
        print(
            f"{name:8} bundle {wall[bundle]:.2f} / {cpu[bundle]:.2f} s, "
            f"source {wall[source_run]:.2f} / {cpu[source_run]:.2f} s: "
            f"bundle/source {wall[bundle] / wall[source_run]:.2f} / "
            f"{cpu[bundle] / cpu[source_run]:.2f}, "
            f"bundle/floor {wall[bundle] / wall['floor']:.2f} / {cpu[bundle] / cpu['floor']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
