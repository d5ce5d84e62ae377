"""Build the Belgi folder application: `python bundle/build.py` (`make bundle`; on Windows
`bundle/windows/build.ps1`). Builds the translations, runs PyInstaller on `bundle/belgi.spec`, and
fails when the folder grows past the size limit.

    dist/belgi/belgi          the program (Windows: Belgi.exe for the desktop, belgi-cli.exe)
    dist/belgi/_internal/     Python, Qt, the libraries, resources/ and models/migrations/
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "bundle" / "belgi.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
MIB = 1024 * 1024

# Measured on Linux (PySide6 6.11.3, Python 3.11): 184.7 MiB, of which PySide6 is 92 MiB (ICU's
# data 31 MiB of that); PySide6's Windows wheels carry no ICU. A new Qt module (QtMultimedia for a
# webcam brings FFmpeg) should be a decision, so it has to raise this figure on purpose.
LIMIT_MIB = 195


def build_translations() -> None:
    """The .qm files from the .ts sources, as `make translations` does."""
    scripts = Path(sys.executable).parent
    lrelease = next(scripts.glob("pyside6-lrelease*"), None)
    if lrelease is None:
        sys.exit(f"pyside6-lrelease is not beside {sys.executable}: install PySide6 first")
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def run_pyinstaller() -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)


def sizes(folder: Path) -> Counter[str]:
    """Bytes per part of the bundle (the first level inside `_internal/`), links not followed."""
    parts: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            inside = path.relative_to(folder).parts
            parts[inside[1] if inside[0] == "_internal" and len(inside) > 2 else inside[-1]] += (
                path.stat().st_size
            )
    return parts


def check_size(folder: Path, limit_mib: float) -> bool:
    parts = sizes(folder)
    total = sum(parts.values()) / MIB
    largest = ", ".join(f"{name} {size / MIB:.1f}" for name, size in parts.most_common(6))
    print(f"bundle size: {total:.1f} MiB (limit {limit_mib:g} MiB); largest parts (MiB): {largest}")
    if total > limit_mib:
        print(f"the bundle is {total - limit_mib:.1f} MiB over its limit", file=sys.stderr)
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mib", type=float, default=LIMIT_MIB, help="fail above this size")
    args = parser.parse_args()
    started = time.monotonic()
    build_translations()
    run_pyinstaller()
    print(f"built {DIST / 'belgi'} in {time.monotonic() - started:.0f} s")
    return 0 if check_size(DIST / "belgi", args.limit_mib) else 1


if __name__ == "__main__":
    sys.exit(main())
