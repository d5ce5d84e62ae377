"""The desktop app against its budgets; `python -m bench.shell [--producers N]`.

- Cold start: a new process, from its launch to the register's first rows in the main window, along
  the app's own path (the log-in dialog, the register opening behind it off the GUI thread, the
  password check, the main window, the register page's first search). The warm-up run signs in
  first, so the measured runs are everyday starts of a workstation someone has used before. The
  time a person takes to type is left out of the figure but given to the app (`--typing`, 1 s;
  0 clicks at once), which opens the register and loads the main window's modules meanwhile, as
  it does for a person; the CPU figure counts that work too.
- Register search: from asking to the table filled (the pause after typing left out), on the demo
  register plus N made-up producers, median of several searches.

Each run starts the window floor of bench.floors (a bare PySide6 + SQLAlchemy window showing the
same register's first rows) just before the app, so both see the same load; the ratio is the
app's median over the floor's.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.floors import environment, ratio, spread, window_floor

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


def peak_rss_mb() -> float:
    """This process's own peak resident memory. Linux's `ru_maxrss` carries the parent's peak
    across fork and exec (the bench's parent holds the 100k register it built: 477 MB), so
    VmHWM, which exec resets, is read where there is one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(url: str, launched: float, typing: float) -> None:
    """Runs in the measured process, which loads what `python main.py` loads, in its order."""
    import gc

    gc.disable()  # main.py's loading, for the app: neither Qt nor the models yet
    import ui.cli  # noqa: F401

    gc.freeze()
    gc.enable()
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
    typed = time.monotonic() + typing  # the app loads the main window meanwhile, as it would
    until(lambda: time.monotonic() >= typed)
    clicked = time.time()
    dialog.log_in.click()
    until(lambda: flow.window is not None)
    window = flow.window
    assert window is not None
    page = window.pages["register"]
    until(lambda: page.model.rowCount() > 0 and window.tasks.idle)
    ready = time.time()
    cpu_at_ready = time.process_time()

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
                "cold_start_cpu_s": cpu_at_ready,
                "search_median_ms": statistics.median(searches),
                "search_max_ms": max(searches),
                "producers": page.model.rowCount() if not page.search.text() else None,
                "peak_rss_mb": peak_rss_mb(),
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
    parser.add_argument("--runs", type=int, default=5, help="measured starts (after one warm-up)")
    parser.add_argument(
        "--typing",
        type=float,
        default=1.0,
        help="seconds a person takes to type the user name and password (left out of the figure)",
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], float(args.child[1]), float(args.child[2]))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        if args.large:
            from bench.bigdb import build

            shutil.copy(build(), db)
        else:
            build_demo(db, args.producers)
        env = environment(tmp)
        starts: list[float] = []
        cpus: list[float] = []
        floors: list[float] = []
        floor_cpus: list[float] = []
        searches: list[float] = []
        worst_search = 0.0
        for run in range(args.runs + 1):  # the first run also warms the file cache
            copy = Path(tmp) / f"run{run}.sqlite3"
            shutil.copy(db, copy)
            floor, floor_cpu = window_floor(f"sqlite:///{copy}", env)
            launched = time.time()
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.shell",
                    "--child",
                    f"sqlite:///{copy}",
                    str(launched),
                    str(args.typing),
                ],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            copy.unlink()
            figures = json.loads(out.strip().splitlines()[-1])
            print(
                f"run {run}{' (warm-up)' if run == 0 else ''}: window usable after "
                f"{figures['cold_start_s']:.2f} s, floor {floor:.2f} s "
                f"(start → log-in dialog {figures['to_login_dialog_s']:.2f} s, "
                f"log-in → register rows {figures['login_to_register_rows_s']:.2f} s; "
                f"cpu {figures['cold_start_cpu_s']:.2f} s, floor {floor_cpu:.2f} s); "
                f"search median {figures['search_median_ms']:.1f} ms, "
                f"max {figures['search_max_ms']:.1f} ms; "
                f"peak memory {figures['peak_rss_mb']:.0f} MB",
                flush=True,
            )
            if run == 0:
                continue
            starts.append(figures["cold_start_s"])
            cpus.append(figures["cold_start_cpu_s"])
            floors.append(floor)
            floor_cpus.append(floor_cpu)
            searches.append(figures["search_median_ms"])
            worst_search = max(worst_search, figures["search_max_ms"])
    print(f"cold start   {spread(starts)}; cpu {spread(cpus)}")
    print(f"window floor {spread(floors)}; cpu {spread(floor_cpus)}")
    print(
        f"ratio        {ratio(starts, floors):.2f}× the floor (cpu {ratio(cpus, floor_cpus):.2f}×)"
    )
    print(
        f"search       median of the runs' medians {spread(searches, 'ms', 1)}; "
        f"worst {worst_search:.1f} ms"
    )
    print("budgets: cold start ≤ 1.5 s and ≤ 1.3× the floor, search ≤ 50 ms, memory ≤ 300 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
