"""Service calls off the GUI thread.

A page hands `Tasks.run` a function of a `Session` (one unit of work) and the slots to call with
its result or its error; the function runs on a worker thread and the slots run back on the GUI
thread. Writes go through a single worker, so they reach the database in the order they were asked
for; reads run on a small pool beside it. Workers never touch widgets.

    self.tasks.run(lambda s: producers.search_producers(s, text), done=self.model.set_rows)

Long work takes a `progress` slot: the function then receives a `report(done, total)` callable,
which raises `Cancelled` once the task has been cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from certification.core.errors import DomainError
from ui.workspace import Workspace

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task's function when the user cancelled it."""


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """A running call. Signals: `finished(result)`, `failed(error)`, `progressed(done, total)`."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.signals.progressed.emit(done, total)


class _Job(QRunnable):
    def __init__(self, task: Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task
        self.call = call

    def run(self) -> None:
        try:
            result = self.call()
        except (DomainError, Cancelled) as error:
            self.task.signals.failed.emit(error)
        except Exception as error:  # reported to the user, never a crash of the app
            log.exception("task failed")
            self.task.signals.failed.emit(error)
        else:
            self.task.signals.finished.emit(result)


class Tasks(QObject):
    """Signals: `busy(bool)` while any task runs, for the status bar."""

    busy = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._running: set[Task] = set()
        self._closed = False

    def run(
        self,
        work: Callable[..., Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        write: bool = False,
    ) -> Task:
        task = Task()
        unit = self.workspace.write if write else self.workspace.read

        def call() -> Any:
            with unit() as session:
                return work(session, task.report) if progress else work(session)

        if done is not None:
            task.signals.finished.connect(lambda result: self._deliver(done, result))
        handler = failed or self._unhandled
        task.signals.failed.connect(lambda error: self._deliver(handler, error))
        if progress is not None:
            task.signals.progressed.connect(progress)
        task.signals.finished.connect(lambda _r, t=task: self._finish(t))
        task.signals.failed.connect(lambda _e, t=task: self._finish(t))
        self._running.add(task)
        self.busy.emit(True)
        (self.writer if write else self.readers).start(_Job(task, call))
        return task

    def _deliver(self, slot: Callable[[Any], None], value: Any) -> None:
        """Call a page's slot with a result, unless the page (or its window) is gone by now."""
        owner = getattr(slot, "__self__", None)
        if self._closed or (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
            return
        slot(value)

    def close(self) -> None:
        """Wait for running work and drop its results: the window that asked is going away."""
        self._closed = True
        self.wait()

    def _finish(self, task: Task) -> None:
        task.done = True
        self._running.discard(task)
        if not self._running:
            self.busy.emit(False)

    @Slot(object)
    def _unhandled(self, error: BaseException) -> None:
        from ui.errors import show_error

        show_error(None, error)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (tests and shutdown only)."""
        return bool(self.writer.waitForDone(msecs) and self.readers.waitForDone(msecs))

    @property
    def idle(self) -> bool:
        return not self._running


_detached: set[Task] = set()


def run_in_background(
    call: Callable[[], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run work that comes before any workspace exists (opening the database, building the demo,
    signing in) off the GUI thread; `done` or `failed` is then called on the GUI thread."""
    task = Task()
    if done is not None:
        task.signals.finished.connect(done)
    if failed is not None:
        task.signals.failed.connect(failed)
    task.signals.finished.connect(lambda _r, t=task: _end_detached(t))
    task.signals.failed.connect(lambda _e, t=task: _end_detached(t))
    _detached.add(task)
    QThreadPool.globalInstance().start(_Job(task, call))
    return task


def _end_detached(task: Task) -> None:
    task.done = True
    _detached.discard(task)
