"""What every page works with: the database, the signed-in user and the committee."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from certification.office import CommitteeInfo
from certification.users import UserInfo
from models.db import read_unit, unit_of_work


@dataclass
class Workspace:
    """Created by the shell after log-in; pages never open their own database."""

    engine: Engine
    factory: sessionmaker[Session]
    user: UserInfo
    committee: CommitteeInfo
    db_label: str  # shown in the status bar: the file name or the server

    @contextmanager
    def read(self) -> Iterator[Session]:
        with read_unit(self.factory) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with unit_of_work(self.factory) as session:
            yield session
