"""The check log's daily sums, which the reports read, equal the log counted row by row: after
checks of several office days, places and outcomes (one at 23:30 and one at 00:30 in Bishkek,
the latter still the previous day in UTC), after the migration that fills them from an older
register's log, and after a backup is restored."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import Engine, insert, select

from certification import reports
from certification.backups import make_backup, restore, run
from certification.codes.checks import CLONED
from certification.codes.service import verify_text
from certification.core import clock
from certification.reports import Period
from models import CodeCheck, CodeCheckDay, CodeCheckMonth, fold
from models.db import alembic_config, make_engine, read_unit, session_factory, unit_of_work, upgrade
from tests.codes.test_service import Office, office  # noqa: F401  (the fixture)
from tests.factories import make_office

Sums = dict[tuple[date, str, str, str], tuple[int, int]]


def counted_from_log(engine: Engine) -> Sums:
    """The log summed in Python: each check on its office day in Bishkek."""
    with read_unit(session_factory(engine)) as s:
        checks = s.scalars(select(CodeCheck)).all()
    checks_of: Counter[tuple[date, str, str, str]] = Counter()
    cloned_of: Counter[tuple[date, str, str, str]] = Counter()
    for c in checks:
        key = (clock.local(c.at).date(), c.outcome, c.place_key, c.place)
        checks_of[key] += 1
        cloned_of[key] += CLONED in c.flags.split()
    return {key: (n, cloned_of[key]) for key, n in checks_of.items()}


def summed(engine: Engine) -> Sums:
    with read_unit(session_factory(engine)) as s:
        rows = s.scalars(select(CodeCheckDay)).all()
    return {(r.day, r.outcome, r.place_key, r.place): (r.checks, r.cloned) for r in rows}


def monthly(engine: Engine) -> Sums:
    with read_unit(session_factory(engine)) as s:
        rows = s.scalars(select(CodeCheckMonth)).all()
    return {(r.month, r.outcome, r.place_key, r.place): (r.checks, r.cloned) for r in rows}


def by_month(sums: Sums) -> Sums:
    out: dict[tuple[date, str, str, str], tuple[int, int]] = {}
    for (day, *rest), (n, cloned) in sums.items():
        key = (day.replace(day=1), *rest)
        had = out.get(key, (0, 0))  # type: ignore[call-overload]
        out[key] = (had[0] + n, had[1] + cloned)  # type: ignore[index]
    return out


def bishkek(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=clock.BISHKEK)


MAY_1, MAY_2, MAY_5 = date(2026, 5, 1), date(2026, 5, 2), date(2026, 5, 5)


def log_checks(office: Office) -> None:  # noqa: F811
    first, second, third = office.labels[:3]
    forged = first[:-3] + ("000" if first[-3:] != "000" else "111")
    office.verify(first, "Ош базары", now=bishkek(MAY_1, 10))
    office.verify(first, "ош базары", now=bishkek(MAY_1, 11))  # the same place, typed otherwise
    office.verify(first, "Дордой", now=bishkek(MAY_1, 12))  # a second place: possibly cloned
    office.verify(second, "", now=bishkek(MAY_1, 23, 30))  # 17:30 UTC
    office.verify(forged, "Ош базары", now=bishkek(MAY_2, 0, 30))  # 18:30 UTC on 1 May
    office.verify("not a code", "Дордой", now=bishkek(MAY_2, 9))
    office.verify(third, "Дордой", now=bishkek(MAY_5, 15))
    office.verify(third, "Дордой", now=bishkek(MAY_5, 16), record=False)  # not logged


def test_daily_sums_follow_every_logged_check(office: Office) -> None:  # noqa: F811
    engine = office.factory.kw["bind"]
    log_checks(office)
    expected = counted_from_log(engine)
    assert summed(engine) == expected
    assert monthly(engine) == by_month(expected)
    days = {day for day, *_ in expected}
    assert days == {MAY_1, MAY_2, MAY_5}
    outcomes = {outcome for _day, outcome, *_ in expected}
    assert {"genuine_valid", "forged", "malformed"} <= outcomes
    assert sum(cloned for _n, cloned in expected.values()) >= 1
    # The check at half past midnight counts on 2 May, the office's day, though UTC says 1 May.
    with read_unit(office.factory) as s:
        late = s.scalars(select(CodeCheck).where(CodeCheck.outcome == "forged")).one()
        assert late.at.astimezone(UTC).date() == MAY_1
        may_2 = reports.check_figures(s, Period(MAY_2, MAY_2))
        may_1 = reports.check_figures(s, Period(MAY_1, MAY_1))
    assert (may_2.total, may_2.forged) == (2, 1)
    assert may_1.total == 4 and may_1.forged == 0
    assert {p.place: p.checks for p in may_1.places} == {"Ош базары": 2, "Дордой": 1, "": 1}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def older_register(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    """A register at revision 0009, before the daily sums existed."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'older.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0009")
    yield engine
    engine.dispose()


def test_the_migration_sums_an_older_register_s_log(older_register: Engine) -> None:
    any_engine = older_register
    start = datetime(2026, 3, 1, 17, 45, tzinfo=UTC)  # 23:45 in Bishkek
    places = ["Ош базары", "ош базары", "Дордой", ""]
    outcomes = ["genuine_valid", "forged", "genuine_expired", "no_code"]
    with any_engine.begin() as conn:
        conn.execute(
            insert(CodeCheck),
            [
                {
                    "at": start + timedelta(minutes=7 * n),
                    "place": places[n % 4],
                    "place_key": fold(places[n % 4]),
                    "input_kind": "text",
                    "outcome": outcomes[n % 3],
                    "reason": "",
                    "flags": f"{CLONED} alarm" if n % 5 == 0 else "",
                }
                for n in range(60)
            ],
        )
    upgrade(any_engine)
    expected = counted_from_log(any_engine)
    assert len({day for day, *_ in expected}) == 2  # the checks span midnight in Bishkek
    assert summed(any_engine) == expected
    assert monthly(any_engine) == by_month(expected)


def test_a_restored_backup_brings_its_own_daily_sums(sqlite_engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    o = make_office(sqlite_engine)

    def check(text: str, place: str, at: datetime) -> None:
        with unit_of_work(o.factory) as s:
            verify_text(s, text, place=place, now=at)

    check("not a code", "Ош базары", bishkek(MAY_1, 23, 30))
    check("", "Дордой", bishkek(MAY_2, 0, 30))
    check("HTTPS://BELGI.KG/V/XYZ", "ош базары", bishkek(MAY_2, 9))
    before = counted_from_log(sqlite_engine)
    saved = run(make_backup(o.factory, tmp_path / "monday.sqlite3"))
    check("not a code", "Дордой", bishkek(MAY_5, 17))  # after the backup: lost by the restore
    assert summed(sqlite_engine) != before
    run(restore(o.factory, saved.path, o.admin))
    assert counted_from_log(sqlite_engine) == before
    assert summed(sqlite_engine) == before
    assert monthly(sqlite_engine) == by_month(before)


APRIL_30, MAY_31, JUNE_1 = date(2026, 4, 30), date(2026, 5, 31), date(2026, 6, 1)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (APRIL_30, MAY_31),  # one day before a whole month
        (MAY_1, JUNE_1),  # a whole month and a day after it
        (date(2026, 4, 1), date(2026, 6, 30)),  # three whole months
        (MAY_2, MAY_31),  # no whole month: days only
        (APRIL_30, JUNE_1),  # a day on each side of May
        (date(2025, 12, 31), date(2026, 1, 1)),  # across a year's end, no checks
    ],
)
def test_a_period_counts_whole_months_and_its_ends(
    office: Office,  # noqa: F811
    start: date,
    end: date,
) -> None:
    """Whole months are read from the monthly sums, the days at the ends from the daily ones:
    every period counts each check of its office days once."""
    engine = office.factory.kw["bind"]
    first, second, _third = office.labels[:3]
    office.verify(first, "Ош базары", now=bishkek(APRIL_30, 23, 30))
    office.verify(first, "Дордой", now=bishkek(MAY_1, 0, 30))
    office.verify("not a code", "Дордой", now=bishkek(MAY_5, 12))
    office.verify(second, "Ош базары", now=bishkek(MAY_31, 23, 59))
    office.verify(second, "", now=bishkek(JUNE_1, 0, 1))
    sums = counted_from_log(engine)
    inside = {k: v for k, v in sums.items() if start <= k[0] <= end}
    places: Counter[str] = Counter()
    for (_day, _outcome, _key, place), (n, _cloned) in inside.items():
        places[place] += n
    with read_unit(office.factory) as s:
        got = reports.check_figures(s, Period(start, end))
    assert got.total == sum(n for n, _c in inside.values())
    assert got.cloned == sum(c for _n, c in inside.values())
    assert {p.place: p.checks for p in got.places} == dict(places)
