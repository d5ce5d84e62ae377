"""Belgi: the desktop app (no arguments) or an administrator's command (see `--help`)."""

import gc
import sys

# Loading makes some 97,000 objects that live as long as the process. Python's collector would
# walk them again and again while they load, and at every full collection after; so they load
# with it off and are then set aside for good (`gc.freeze`): collections walk new objects only.
gc.disable()
from ui.cli import main, starts_the_app  # noqa: E402  (argparse alone: neither Qt nor the models)

if not starts_the_app(sys.argv[1:]):
    # A command needs the models (and with them SQLAlchemy); they load before anything imports
    # PySide6: once it is loaded, every import statement passes through its Python import hook,
    # which made loading them about 0.2 s slower (docs/benchmarks.md). The app instead shows its
    # log-in dialog first and loads them behind it, while the user types (ui/start/flow.py).
    import models.db  # noqa: F401
    import ui.cli.context  # noqa: F401

gc.freeze()
gc.enable()

if __name__ == "__main__":
    status = main(sys.argv[1:])
    # Whatever is still alive is set aside too: Python's last collections at exit would walk it
    # all only to free memory the system takes back anyway (0.2–0.4 s after a label job). The
    # register, files and helper processes were closed by the code that opened them.
    gc.freeze()
    sys.exit(status)
