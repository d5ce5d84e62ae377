"""Belgi: the desktop app (no arguments) or an administrator's command (see `--help`)."""

import sys

# The models (and with them SQLAlchemy) are loaded before anything imports PySide6: once it is
# loaded, every import statement passes through its Python import hook, which made loading them
# about 0.2 s slower (docs/benchmarks.md). The app and every command need them.
import models.db  # noqa: F401
from ui.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
