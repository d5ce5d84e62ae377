"""The desktop app against its budgets; `python -m bench.shell [--producers N]`.

- Cold start: a new process, from its launch to the register's first rows in the main window, along
  the app's own path (open the register off the GUI thread, the log-in dialog, the password check,
  the main window, the register page's first search). The time a person takes to type is left out.
- Register search: from asking to the table filled (the pause after typing left out), on the demo
  register plus N made-up producers, median of several searches.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = ["ак-суу", "бал", "ӨЗГӨН", "kara", "шырдак", "нет такого"]


def build_demo(path: Path, extra: int) -> None:
    from certification import demo, producers, users
    from models.db import make_engine, session_factory, unit_of_work, upgrade
    from models.enums import ProducerKind

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    factory = session_factory(engine)
    with unit_of_work(factory) as session:
        demo.build(session)
    rng = random.Random(7)
    syllables = ["ак", "кара", "суу", "бел", "тоо", "өзөн", "күн", "жер", "бал", "кол", "нур", "ай"]
    regions = ["KG-B", "KG-J", "KG-Y", "KG-N", "KG-O", "KG-T", "KG-C", "KG-GB", "KG-GO"]
    with unit_of_work(factory) as session:
        clerk = users.get_user(session, "clerk")
        for n in range(extra):
            name = "".join(rng.choice(syllables) for _ in range(3)).title() + f" тобу {n}"
            form = producers.ProducerForm(
                ProducerKind.GROUP, name, rng.choice(regions), village="Айыл", members=5, women=3
            )
            producers.register_producer(session, clerk, form)
    engine.dispose()


def child(url: str, launched: float) -> None:
    """Runs in the measured process."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(["belgi"])
    from ui.app import prepare
    from ui.start.flow import StartFlow
    from ui.start.login import LoginDialog

    prepare(app, "ky")
    flow = StartFlow(url)
    flow.start()

    def until(condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            app.processEvents()
            time.sleep(0.001)

    until(lambda: isinstance(flow.dialog, LoginDialog))
    dialog_shown = time.time()
    dialog = flow.dialog
    assert isinstance(dialog, LoginDialog)
    dialog.username.setText("admin")
    dialog.password.setText("demo")
    clicked = time.time()
    dialog.log_in.click()
    until(lambda: flow.window is not None)
    window = flow.window
    assert window is not None
    page = window.pages["register"]
    until(lambda: page.model.rowCount() > 0 and window.tasks.idle)
    ready = time.time()

    searches = []
    for _round in range(3):
        for query in QUERIES:
            page.search.blockSignals(True)
            page.search.setText(query)
            page.search.blockSignals(False)
            started = time.perf_counter()
            page.search_now()
            until(lambda: window.tasks.idle)
            app.processEvents()
            searches.append((time.perf_counter() - started) * 1000)
    print(
        json.dumps(
            {
                "to_login_dialog_s": dialog_shown - launched,
                "login_to_register_rows_s": ready - clicked,
                "cold_start_s": (dialog_shown - launched) + (ready - clicked),
                "search_median_ms": statistics.median(searches),
                "search_max_ms": max(searches),
                "producers": page.model.rowCount() if not page.search.text() else None,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )
    window.tasks.close()
    flow.register.close()  # type: ignore[union-attr]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--producers", type=int, default=0, help="made-up producers to add")
    parser.add_argument(
        "--large",
        action="store_true",
        help="use the 100,000-certificate register of bench.bigdb instead of the demo",
    )
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        if args.large:
            from bench.bigdb import build

            shutil.copy(build(), db)
        else:
            build_demo(db, args.producers)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tmp}
        for run in range(3):  # the first run also warms the file cache, as a second start would
            copy = Path(tmp) / f"run{run}.sqlite3"
            shutil.copy(db, copy)
            launched = time.time()
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.shell",
                    "--child",
                    f"sqlite:///{copy}",
                    str(launched),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            print(
                f"run {run + 1}: window usable after {figures['cold_start_s']:.2f} s "
                f"(start → log-in dialog {figures['to_login_dialog_s']:.2f} s, "
                f"log-in → register rows {figures['login_to_register_rows_s']:.2f} s); "
                f"search median {figures['search_median_ms']:.1f} ms, "
                f"max {figures['search_max_ms']:.1f} ms; "
                f"peak memory {figures['peak_rss_mb']:.0f} MB"
            )
    print("budgets: cold start ≤ 1.5 s, search ≤ 50 ms, memory ≤ 300 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
