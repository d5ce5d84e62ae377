"""Opening the register at start: the engine, the schema brought up to date, and what the start
dialogs need to know (is the committee set up, which committee, the regions)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from certification import office
from certification.core import clock
from certification.office import CommitteeInfo, RegionInfo
from models.db import make_engine, read_unit, session_factory, unit_of_work, upgrade


@dataclass
class Register:
    """An open database, before anyone has signed in."""

    engine: Engine
    factory: sessionmaker[Session]
    label: str  # the file name, or the server and database
    committee: CommitteeInfo | None  # None: an empty register, first start
    regions: list[RegionInfo]
    is_demo: bool = False

    def close(self) -> None:
        self.engine.dispose()


def open_register(url: str | None, *, is_demo: bool = False) -> Register:
    """Runs off the GUI thread: a migration or an unreachable server may take a while."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        factory = session_factory(engine)
        with read_unit(factory) as session:
            committee = office.own_committee(session) if office.is_set_up(session) else None
            regions = office.regions(session)
    except BaseException:
        engine.dispose()
        raise
    return Register(engine, factory, database_label(engine), committee, regions, is_demo)


def database_label(engine: Engine) -> str:
    """What the status bar shows: the SQLite file's name, or host/database (never a password)."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return Path(url.database or "").name or ":memory:"
    host = url.host or "localhost"
    return f"{host}/{url.database}"


def demo_path(folder: Path | None = None) -> Path:
    """Today's demo database in the user data folder (the demo's dates are relative to today)."""
    folder = folder or user_data_path("Belgi", appauthor=False, ensure_exists=True)
    return folder / f"demo-{clock.today().isoformat()}.sqlite3"


def open_demo(folder: Path | None = None) -> Register:
    """Build the demo register in a file of its own (or reuse today's), never in the user's one."""
    path = demo_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    register = open_register(f"sqlite:///{path}", is_demo=True)
    if register.committee is None:
        from certification import demo  # it loads every service: only when asked for

        with unit_of_work(register.factory) as session:
            demo.build(session)
        with read_unit(register.factory) as session:
            register.committee = office.own_committee(session)
    return register
