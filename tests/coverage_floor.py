"""Coverage of the last `make test` per package, and the floor it must not fall below.

The domain and the models are held to the floor in lines and in branches alike; `ui/` is reported
so its figure is seen, not held. Run after pytest has written `.coverage`:

    python -m tests.coverage_floor
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from coverage import Coverage

LINE_FLOOR = BRANCH_FLOOR = 90.0  # per cent, each held package on its own
HELD = ("certification", "models")
REPORTED = ("ui",)


@dataclass
class Figures:
    lines: int = 0
    lines_run: int = 0
    branches: int = 0
    branches_taken: int = 0

    def add(self, summary: dict[str, int]) -> None:
        self.lines += summary["num_statements"]
        self.lines_run += summary["covered_lines"]
        self.branches += summary.get("num_branches", 0)
        self.branches_taken += summary.get("covered_branches", 0)

    @property
    def line_percent(self) -> float:
        return 100.0 * self.lines_run / self.lines if self.lines else 100.0

    @property
    def branch_percent(self) -> float:
        return 100.0 * self.branches_taken / self.branches if self.branches else 100.0

    @property
    def percent(self) -> float:
        """Lines and branches together, as coverage.py counts its total."""
        whole = self.lines + self.branches
        return 100.0 * (self.lines_run + self.branches_taken) / whole if whole else 100.0


def measure(data_file: str = ".coverage") -> dict[str, Figures]:
    """Figures per top-level package of the measured source, and "total" over all of it."""
    cov = Coverage(data_file=data_file)
    cov.load()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "coverage.json"
        cov.json_report(outfile=str(out))
        files = json.loads(out.read_text())["files"]
    figures: dict[str, Figures] = {name: Figures() for name in (*HELD, *REPORTED, "total")}
    for path, entry in files.items():
        package = Path(path).parts[0]
        figures.setdefault(package, Figures()).add(entry["summary"])
        figures["total"].add(entry["summary"])
    return figures


def main() -> int:
    figures = measure()
    print("coverage       lines  branches")
    below = []
    for name, f in figures.items():
        label = name if name == "total" else f"{name}/"
        held = name in HELD
        note = f"   floor {LINE_FLOOR:.0f} %  {BRANCH_FLOOR:.0f} %" if held else ""
        print(f"  {label:<14}{f.line_percent:5.1f} %  {f.branch_percent:5.1f} %{note}")
        if held and (f.line_percent < LINE_FLOOR or f.branch_percent < BRANCH_FLOOR):
            below.append(label)
    if below:
        print(f"coverage below the floor: {', '.join(below)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
