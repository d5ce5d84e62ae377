"""Operations as a page runs them: reads that cannot write, writes on the one writer, jobs with
progress and Cancel, and results that never reach a widget or dialog that has gone."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from certification import producers
from certification.producers import ProducerForm
from models import Producer
from models.db import read_unit, unit_of_work
from models.enums import ProducerKind
from ui.operations import Cancelled, Job, Progress, ReadOp, WriteOp
from ui.tasks import Task, Tasks, _Runner
from ui.widgets.forms import FormDialog
from ui.workspace import Workspace


class Owner(QWidget):
    """A page-like widget: operations find their `Tasks` through it."""

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks


@pytest.fixture
def owner(qtbot: QtBot, tasks: Tasks) -> Owner:
    widget = Owner(tasks)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def producer_count(workspace: Workspace) -> int:
    with read_unit(workspace.factory) as db:
        return int(db.scalar(select(func.count()).select_from(Producer)) or 0)


def new_producer(workspace: Workspace, name: str) -> Any:
    form = ProducerForm(ProducerKind.INDIVIDUAL, name, "KG-N", village="Кочкор")
    return lambda db: producers.register_producer(db, workspace.user, form)


def test_a_read_that_tries_to_write_is_refused_and_writes_nothing(
    qtbot: QtBot, owner: Owner, workspace: Workspace
) -> None:
    before = producer_count(workspace)
    errors: list[BaseException] = []
    ReadOp(owner, new_producer(workspace, "Жаңы өндүрүүчү")).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OperationalError)
    assert "readonly" in str(errors[0]).replace("-", "").lower()
    assert producer_count(workspace) == before


def test_a_write_commits_and_its_result_arrives_on_the_gui_thread(
    qtbot: QtBot, owner: Owner, workspace: Workspace
) -> None:
    before = producer_count(workspace)
    got: list[Any] = []
    WriteOp(owner, new_producer(workspace, "Кара-Суу саанчылары")).success(got.append).run()
    qtbot.waitUntil(lambda: bool(got))
    assert got[0].name == "Кара-Суу саанчылары"
    assert producer_count(workspace) == before + 1


def test_a_result_for_a_widget_that_is_gone_is_dropped(qtbot: QtBot, tasks: Tasks) -> None:
    owner = Owner(tasks)
    got: list[str] = []
    # A lambda slot too: the owner, not the slot, decides whether the result is still wanted.
    ReadOp(owner, lambda db: "found").success(lambda text: got.append(text)).run()
    tasks.wait()  # the result now waits in the event queue
    shiboken6.delete(owner)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: tasks.idle)
    assert got == []


def _cancelled() -> None:
    raise Cancelled()


def test_work_that_ends_after_its_signals_are_gone_says_nothing(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """As when the program quits while a background task still runs: no traceback at exit."""
    task = Task()
    shiboken6.delete(task.signals)
    _Runner(task, lambda: "late").run()
    _Runner(task, _cancelled).run()
    assert "Traceback" not in capfd.readouterr().err


def test_results_after_the_window_closed_are_dropped(
    qtbot: QtBot, owner: Owner, tasks: Tasks
) -> None:
    got: list[str] = []
    ReadOp(owner, lambda db: "late").success(got.append).run()
    tasks.close()
    QApplication.processEvents()
    assert got == []


def test_an_error_nobody_handles_is_shown_in_one_sentence(
    qtbot: QtBot, owner: Owner, tasks: Tasks
) -> None:
    def broken(db: Session) -> None:
        raise ValueError("a bug")

    ReadOp(owner, broken).run()
    qtbot.waitUntil(lambda: owner.findChild(QMessageBox, "errorBox") is not None)
    box = owner.findChild(QMessageBox, "errorBox")
    assert box.text() == "Something went wrong and nothing was changed. Details are in the log."
    box.close()


def counted(steps: int, done: list[int]) -> Any:
    def work(factory: sessionmaker[Session]) -> Generator[Progress, None, str]:
        for step in range(1, steps + 1):
            done.append(step)
            yield step, steps
        return f"{steps} done"

    return work


def test_a_job_reports_each_step_and_returns_its_result(qtbot: QtBot, owner: Owner) -> None:
    seen: list[tuple[int, int]] = []
    result: list[str] = []
    Job(owner, counted(3, [])).progress(lambda d, t: seen.append((d, t))).success(
        result.append
    ).run()
    qtbot.waitUntil(lambda: bool(result))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert result == ["3 done"]


def test_a_cancelled_job_stops_at_its_next_step_and_tidies_up(
    qtbot: QtBot, owner: Owner, workspace: Workspace, tasks: Tasks
) -> None:
    """The job gets GeneratorExit at its `yield` and records what it left undone, in a write
    unit of its own; the user gets no error box for a cancel they asked for."""
    before = producer_count(workspace)
    started: list[int] = []
    failures: list[BaseException] = []

    def work(factory: sessionmaker[Session]) -> Generator[Progress, None, None]:
        try:
            for step in range(1, 1000):
                started.append(step)
                yield step, 999
                qtbot.wait(5)
        except GeneratorExit:
            with unit_of_work(factory) as db:
                new_producer(workspace, f"Токтотулду: {len(started)}")(db)
            raise

    task = Job(owner, work).failure(failures.append).run()
    qtbot.waitUntil(lambda: len(started) >= 3)
    task.cancel()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Cancelled)
    assert len(started) < 999
    assert producer_count(workspace) == before + 1


def test_a_job_asked_for_while_a_read_runs_starts_once_the_read_is_done(
    qtbot: QtBot, owner: Owner, tasks: Tasks
) -> None:
    """Beside the read it would only share Python's lock, and the window would wait for it."""
    release = threading.Event()
    order: list[str] = []

    def slow_read(db: Session) -> str:
        order.append("read started")
        release.wait(10)
        order.append("read done")
        return "read"

    def job(factory: sessionmaker[Session]) -> Generator[Progress, None, str]:
        order.append("job started")
        yield 1, 1
        return "job"

    results: list[str] = []
    ReadOp(owner, slow_read).success(results.append).run()
    qtbot.waitUntil(lambda: order == ["read started"])
    Job(owner, job).success(results.append).run()
    qtbot.wait(100)
    assert order == ["read started"]  # held, not running beside the read
    release.set()
    qtbot.waitUntil(lambda: len(results) == 2)
    assert order == ["read started", "read done", "job started"]
    assert results == ["read", "job"]
    assert tasks.idle


def test_a_held_job_is_dropped_when_the_window_closes(
    qtbot: QtBot, owner: Owner, tasks: Tasks
) -> None:
    release = threading.Event()
    started: list[str] = []

    def job(factory: sessionmaker[Session]) -> Generator[Progress, None, None]:
        started.append("job")
        yield 1, 1

    ReadOp(owner, lambda db: release.wait(10)).run()
    Job(owner, job).run()
    release.set()  # the read ends while the window closes; the job never starts
    tasks.close()
    qtbot.wait(50)
    assert started == []
    assert tasks.idle


class SlowSave(FormDialog):
    def submit(self) -> None:
        self.write(lambda db: self.saving(db), self.saved.append)

    def saving(self, db: Session) -> str:
        self.started = True
        while not self.release:
            time.sleep(0.01)
        return "saved"


def test_escape_while_a_dialog_saves_waits_for_the_save(
    qtbot: QtBot, owner: Owner, workspace: Workspace, tasks: Tasks
) -> None:
    dialog = SlowSave(owner, workspace, tasks, "slowSave")
    dialog.saved: list[str] = []  # type: ignore[misc]
    dialog.started = dialog.release = False
    dialog.finish()
    dialog.open()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.started)
    dialog.reject()  # Esc
    assert dialog.isVisible()
    dialog.release = True
    qtbot.waitUntil(lambda: dialog.saved == ["saved"])
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and gone
