"""Real windows on real database files: one small office built once, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from certification import users
from certification.producers import ProducerForm, register_producer
from models.db import make_engine, read_unit, unit_of_work, upgrade
from models.enums import ProducerKind
from tests.factories import add_producer, make_office
from ui import i18n
from ui.start.database import Register, open_register
from ui.tasks import Tasks
from ui.workspace import Workspace

# (name, region, village, members, women, youth) beside the factory's «Ак-Суу бал» in KG-N
PRODUCERS = [
    ("Өзгөн күрүчү", "KG-O", "Өзгөн", 9, 4, 2),
    ("Ysyk-Ata Honey", "KG-C", "Ысык-Ата", 5, 3, 1),
    ("Яблоки Таласа", "KG-T", "Бакай-Ата", 6, 6, 0),
    ("Ңурдин бал", "KG-N", "Кочкор", 1, 0, 0),
]


@pytest.fixture(scope="session", autouse=True)
def _english_counts(qapp: QApplication) -> None:
    """English as the app installs it, its plural forms included («48 labels», not «48
    label(s)»), whatever test runs first."""
    i18n.install("en")


@pytest.fixture(autouse=True)
def _own_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Preferences and the demo database go to the test's folder, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application as the desktop app prepares it, in English unless a test switches."""
    from ui.app import prepare

    prepare(qapp, "en")
    yield qapp
    i18n.install("en")


@pytest.fixture(scope="session")
def office_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    office = make_office(engine)
    add_producer(office)
    with unit_of_work(office.factory) as session:
        for name, region, village, members, women, youth in PRODUCERS:
            kind = ProducerKind.GROUP if members > 1 else ProducerKind.INDIVIDUAL
            form = ProducerForm(
                kind, name, region, village=village, members=members, women=women, youth=youth
            )
            register_producer(session, office.clerk, form)
    engine.dispose()
    return path


@pytest.fixture
def office_url(office_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "belgi.sqlite3"
    shutil.copy(office_file, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def register(app: QApplication, office_url: str) -> Iterator[Register]:
    opened = open_register(office_url)
    yield opened
    opened.close()


@pytest.fixture
def workspace(register: Register) -> Workspace:
    with read_unit(register.factory) as session:
        admin = users.get_user(session, "admin")
    assert register.committee is not None
    return Workspace(register.engine, register.factory, admin, register.committee, register.label)


@pytest.fixture
def tasks(workspace: Workspace) -> Iterator[Tasks]:
    running = Tasks(workspace)
    yield running
    running.close()
