"""Every dashboard figure on 100,000 certificates and 1,000,000 checks (budget ≤ 300 ms each),
for this year so far and for the whole history (the largest period the chooser offers), each
beside the floor of `bench.register.floor_ms` measured just before it.

python -m bench.reports
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from bench.bigdb import build_varied
from bench.register import floor_ms, median_ms
from certification import reports
from certification.core import clock
from certification.reports import Period
from models.db import make_engine, read_unit, session_factory

BUDGET_MS = 300.0


def cases(period: Period, today: date) -> list[tuple[str, Callable[..., object]]]:
    r = reports
    return [
        (
            "certificates by status, region, category",
            lambda s: r.certificate_figures(s, period, today),
        ),
        ("in force, expiring 30/60/90, surveillance", lambda s: r.outlook(s, today)),
        ("inspections passed and failed", lambda s: r.inspection_figures(s, period)),
        ("checks by outcome and place", lambda s: r.check_figures(s, period)),
        ("producers certified in the period", lambda s: r.certified_participation(s, period)),
        ("producers with a certificate in force", lambda s: r.in_force_participation(s, today)),
        ("the whole dashboard", lambda s: r.dashboard(s, period, today)),
    ]


def main() -> None:
    path = build_varied()
    engine = make_engine(f"sqlite:///{path}")
    factory = session_factory(engine)
    today = clock.today()
    print(f"register: {path}")
    worst = 0.0
    for title, period in (
        ("this year", Period.year_to_date(today)),
        ("since the beginning", Period(reports.EARLIEST, today)),
    ):
        with read_unit(factory) as s:
            d = reports.dashboard(s, period, today)
        print(
            f" {title}: {d.certificates.issued} certificates issued, {d.checks.total} checks, "
            f"{d.inspections.passed + d.inspections.failed} inspections"
        )
        for label, case in cases(period, today):

            def run(case: Callable[..., object] = case) -> object:
                with read_unit(factory) as s:
                    return case(s)

            floor, _ = floor_ms(factory, repeat=7)
            ms, cpu = median_ms(run, repeat=7)
            if label != "the whole dashboard":
                worst = max(worst, ms)
            print(
                f"  {label:<44} {ms:7.1f} ms  (cpu {cpu:5.1f} ms)  floor {floor:5.1f} ms, "
                f"{ms / floor:4.1f}×"
            )
    print(
        f"worst figure {worst:.1f} ms against a budget of {BUDGET_MS:.0f} ms: "
        f"{'within' if worst <= BUDGET_MS else 'OVER'}"
    )
    engine.dispose()


if __name__ == "__main__":
    main()
