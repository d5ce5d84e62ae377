"""Administrator's commands from launch to exit, beside the command floor of the same run;
`python -m bench.cli [--runs N]`.

On the demo register in a temporary SQLite file, so the figure is the command's start-up and not
its output: each round runs the floor (bench.floors: QtCore + SQLAlchemy, one query, printed) and
then each command, one after the other, so both see the same load.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.floors import command_floor, environment, ratio, spread, timed
from bench.shell import build_demo

BUDGET_RATIO = 1.3  # a command costs at most this much more than the bare process
COMMANDS = {
    "certificates": ["certificates"],
    "certificate show": ["certificate", "show", "KG-Y-2026-00001"],
    "audit verify": ["audit", "verify"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    main_py = str(Path(__file__).resolve().parent.parent / "main.py")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        build_demo(db, 0)
        url, env = f"sqlite:///{db}", environment(tmp)
        env["BELGI_LANG"] = "ky"
        floors: list[tuple[float, float]] = []
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in COMMANDS}
        for _round in range(args.runs + 1):
            floor = command_floor(url, env)
            times = {
                name: timed([sys.executable, main_py, "--db", url, *argv], env)
                for name, argv in COMMANDS.items()
            }
            if _round == 0:
                continue  # the first round warms the file cache
            floors.append(floor)
            for name, seconds in times.items():
                figures[name].append(seconds)

    def walls(values: list[tuple[float, float]]) -> list[float]:
        return [wall for wall, _cpu in values]

    def cpus(values: list[tuple[float, float]]) -> list[float]:
        return [cpu for _wall, cpu in values]

    print(f"{'':<18} {'wall: median (min–max)':<32} cpu: median (min–max)")
    print(f"{'command floor':<18} {spread(walls(floors)):<32} {spread(cpus(floors))}")
    worst = 0.0
    for name, values in figures.items():
        r, r_cpu = ratio(walls(values), walls(floors)), ratio(cpus(values), cpus(floors))
        worst = max(worst, r)
        print(
            f"{name:<18} {spread(walls(values)):<32} {spread(cpus(values))}  "
            f"{r:.2f}× the floor (cpu {r_cpu:.2f}×)"
        )
    verdict = "within" if worst <= BUDGET_RATIO else "OVER"
    print(f"worst {worst:.2f}× the floor (wall) against a budget of {BUDGET_RATIO}×: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
