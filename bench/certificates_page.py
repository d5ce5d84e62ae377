"""The certificates page on 100,000 certificates (budgets: first rows ≤ 300 ms, search ≤ 50 ms).

python -m bench.certificates_page

Times each read the page makes (a window of rows, and the count after a full first window) and
the page itself: from made and shown to its first rows on screen, then a search typed to its rows
shown and to its count shown.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from bench.bigdb import build
from bench.register import floor_ms, median_ms
from certification.certificate_register import RegisterFilter
from models.db import make_engine, read_unit, session_factory
from models.enums import CertificateStatus
from ui.operations.certificates import count, window

SEARCH_BUDGET_MS, FIRST_ROWS_BUDGET_MS = 50.0, 300.0
PAGE = 100


def reads(factory) -> list[tuple[str, float, float, float]]:  # type: ignore[no-untyped-def]
    cases: list[tuple[str, Callable[..., object]]] = [
        (
            "first window, newest first",
            lambda s: window(s, RegisterFilter(), "number", True, 0, PAGE),
        ),
        (
            "number prefix 'kg-y-2024-08'",
            lambda s: window(s, RegisterFilter("kg-y-2024-08"), "number", True, 0, PAGE),
        ),
        (
            "name fragment 'ШЫРДАК'",
            lambda s: window(s, RegisterFilter("ШЫРДАК"), "number", True, 0, PAGE),
        ),
        (
            "rare fragment 'өзгөн курут'",
            lambda s: window(s, RegisterFilter("өзгөн курут"), "number", True, 0, PAGE),
        ),
        (
            "suspended in KG-N",
            lambda s: window(
                s,
                RegisterFilter(status=CertificateStatus.SUSPENDED, region_code="KG-N"),
                "number",
                True,
                0,
                PAGE,
            ),
        ),
        (
            "expiring within 60 days",
            lambda s: window(s, RegisterFilter(expiring_within=60), "number", True, 0, PAGE),
        ),
        (
            "'шырдак' sorted by producer",
            lambda s: window(s, RegisterFilter("шырдак"), "producer", False, 0, PAGE),
        ),
        (
            "whole register sorted by producer",
            lambda s: window(s, RegisterFilter(), "producer", False, 0, PAGE),
        ),
        (
            "count of 'ШЫРДАК' (after its first window)",
            lambda s: count(s, RegisterFilter("ШЫРДАК")),
        ),
        ("count of the whole register", lambda s: count(s, RegisterFilter())),
        (
            "window at offset 50,000",
            lambda s: window(s, RegisterFilter(), "number", True, 50_000, PAGE),
        ),
    ]
    out = []
    for label, case in cases:

        def run(case: Callable[..., object] = case) -> object:
            with read_unit(factory) as s:
                return case(s)

        floor, _ = floor_ms(factory, repeat=7)
        ms, cpu = median_ms(run, repeat=7)
        out.append((label, ms, cpu, floor))
    return out


def page_times(engine, factory) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.verify_desk import asleep_until
    from certification import office, users
    from ui.app import prepare
    from ui.page import make_page
    from ui.tasks import Tasks
    from ui.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    prepare(app, "ky")  # type: ignore[arg-type]
    with read_unit(factory) as s:
        user = users.get_user(s, "admin")
        committee = office.own_committee(s)
    tasks = Tasks(Workspace(engine, factory, user, committee, "bench"))
    started = time.perf_counter()
    page = make_page("certificates", tasks.workspace, tasks)
    page.resize(1166, 680)
    page.show()
    page.activated()
    while not page.register.rows:  # type: ignore[attr-defined]
        app.processEvents()
    first = (time.perf_counter() - started) * 1000
    searches, counts = [], []
    for term in ("шырдак", "", "шырдак", "", "шырдак", "", "шырдак"):
        while not tasks.idle:
            app.processEvents()
        started = time.perf_counter()
        page.search.setText(term)  # type: ignore[attr-defined]
        page.reload()  # type: ignore[attr-defined]  # what the pause after typing starts
        generation = page.generation  # type: ignore[attr-defined]
        # waiting as an app waits, asleep in the event loop (a polling loop would be one more
        # thread wanting Python's lock beside the read)
        asleep_until(app, lambda g=generation: page.shown_generation == g)  # type: ignore[attr-defined]
        rows = (time.perf_counter() - started) * 1000
        asleep_until(app, lambda: bool(page.count.text()))  # type: ignore[attr-defined]
        if term:
            searches.append(rows)
            counts.append((time.perf_counter() - started) * 1000)
    tasks.close()
    return first, statistics.median(searches), statistics.median(counts)


def main() -> None:
    path = build()
    engine = make_engine(f"sqlite:///{path}")
    factory = session_factory(engine)
    print(f"certificates page: {path}")
    worst = 0.0
    for label, ms, cpu, floor in reads(factory):
        print(
            f"  {label:<38} {ms:7.1f} ms  (cpu {cpu:5.1f} ms)  floor {floor:5.1f} ms, "
            f"{ms / floor:4.1f}×"
        )
        if "sorted by producer" not in label and "offset" not in label and "first" not in label:
            worst = max(worst, ms)
    floor, _ = floor_ms(factory, repeat=7)
    first, search, counted = page_times(engine, factory)
    budget = FIRST_ROWS_BUDGET_MS
    print(f"  floor (plain count of the certificates)  {floor:5.1f} ms")
    print(f"  page made to its first rows on screen  {first:7.1f} ms (budget {budget:.0f})")
    print(f"  search 'шырдак' to its rows on screen  {search:7.1f} ms (median of 4)")
    print(f"  search 'шырдак' to its count shown     {counted:7.1f} ms (median of 4)")
    print(
        f"worst search read {worst:.1f} ms against a budget of {SEARCH_BUDGET_MS:.0f} ms: "
        f"{'within' if worst <= SEARCH_BUDGET_MS else 'OVER'}"
    )


if __name__ == "__main__":
    main()
