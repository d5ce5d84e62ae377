"""The command line: `python main.py [--db URL] COMMAND …`. Without a command, the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Belgi")
    parser.add_argument("--db", default=os.environ.get("BELGI_DB"), help="database URL or file")
    parser.add_argument("--lang", choices=["ky", "ru", "en"], default=None)
    parser.add_subparsers(dest="command")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if args.command is None:
        from ui.app import run_app

        return run_app(args.db, args.lang)
    print(f"unknown command {args.command}", file=sys.stderr)
    return 2
