"""Register search on 100,000 certificates and 1,000,000 checks (budget ≤ 50 ms a search).

python -m bench.register
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import text

from bench.bigdb import build
from certification import certificates, producers
from models.db import make_engine, read_unit, session_factory
from models.enums import CertificateStatus

BUDGET_MS = 50.0
PAGE = 50  # rows a register page shows at once


def median_ms(fn: Callable[[], object], repeat: int = 15) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds (CPU time is steadier on a busy machine)."""
    fn()  # warm the page cache: the office PC has run the search before
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def floor_ms(factory: Any, repeat: int = 15) -> tuple[float, float]:
    """The floor beside every figure of a run: one plain count of the register's certificates
    (100,000 rows of the primary key's B-tree) in a read unit, timed the same way."""

    def count() -> object:
        with read_unit(factory) as s:
            return s.execute(text("SELECT count(*) FROM certificate")).scalar()

    return median_ms(count, repeat)


def main() -> None:
    path = build()
    engine = make_engine(f"sqlite:///{path}")
    factory = session_factory(engine)
    cases: list[tuple[str, Callable[..., object]]] = [
        (
            "number prefix 'KG-Y-2024-0801'",
            lambda s: certificates.list_certificates(s, query="KG-Y-2024-0801", limit=PAGE),
        ),
        (
            "number prefix, lower case 'kg-y-2019'",
            lambda s: certificates.list_certificates(s, query="kg-y-2019", limit=PAGE),
        ),
        (
            "name fragment 'ШЫРДАК' (any case)",
            lambda s: certificates.list_certificates(s, query="ШЫРДАК", limit=PAGE),
        ),
        (
            "rare fragment 'өзгөн курут'",
            lambda s: certificates.list_certificates(s, query="өзгөн курут", limit=PAGE),
        ),
        (
            "status suspended, first page",
            lambda s: certificates.list_certificates(
                s, status=CertificateStatus.SUSPENDED, limit=PAGE
            ),
        ),
        ("count of matches for 'бал'", lambda s: certificates.count_certificates(s, query="бал")),
        (
            "producers 'ЫСЫК' fragment",
            lambda s: producers.search_producers(s, "кочкор шырдак", limit=PAGE),
        ),
    ]
    print(f"register: {path}")
    worst = 0.0
    for label, case in cases:

        def run(case: Callable[..., object] = case) -> object:
            with read_unit(factory) as s:
                return case(s)

        floor, _ = floor_ms(factory)
        ms, cpu = median_ms(run)
        worst = max(worst, ms)
        print(
            f"  {label:<42} {ms:7.1f} ms  (cpu {cpu:5.1f} ms)  floor {floor:5.1f} ms, "
            f"{ms / floor:4.1f}×"
        )
    print(
        f"worst {worst:.1f} ms against a budget of {BUDGET_MS:.0f} ms: "
        f"{'within' if worst <= BUDGET_MS else 'OVER'}"
    )
    engine.dispose()


if __name__ == "__main__":
    main()
