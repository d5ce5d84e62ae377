"""Every benchmark, one after the other, each in its own process: `python -m bench` (`make bench`).

Each script prints its figures against the budgets in the design brief; the start-up figures
(bench.shell, bench.cli) stand beside a floor measured in the same run (bench.floors), so read
their ratios on a busy machine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    names = sorted(p.stem for p in Path(__file__).parent.glob("*.py") if not p.stem.startswith("_"))
    failed = []
    for name in names:
        print(f"== bench.{name}", flush=True)
        if subprocess.run([sys.executable, "-m", f"bench.{name}"]).returncode:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
