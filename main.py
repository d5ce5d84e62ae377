"""Belgi: the desktop app (no arguments) or an administrator's command (see `--help`)."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
