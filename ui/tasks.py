"""The threads that run operations off the GUI thread (see `ui.operations` for how pages use them).

Reads run on a small pool; writes on a single worker, so they reach the database in the order they
were asked for; long jobs on a worker of their own, so a label job does not hold up a quick save
(it takes the write lock only for its short transactions). Workers never touch widgets: results
come back as signals, delivered on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from ui.workspace import Workspace

log = logging.getLogger(__name__)

Progress = tuple[int, int]  # (done, total), yielded by a job as it goes


class Cancelled(Exception):
    """The user cancelled the job; what it had begun was tidied up by the job itself."""


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QObject):
    """A running operation.

    Signals: `finished(result)`, `failed(error)`, `progressed(done, total)`."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop at its next step (a job's next `yield`)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        self.signals.progressed.emit(done, total)


class _Runner(QRunnable):
    def __init__(self, task: Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task
        self.call = call

    def run(self) -> None:
        try:
            result = self.call()
        except Exception as error:  # reported to the user, never a crash of the app
            if not isinstance(error, Cancelled) and not _is_domain_error(error):
                log.exception("operation failed")
            self._tell("failed", error)
        else:
            self._tell("finished", result)

    def _tell(self, outcome: str, value: Any) -> None:
        signals = self.task.signals
        try:
            getattr(signals, outcome).emit(value)
        except RuntimeError:
            # Its signals are gone only when the program ends while the work runs (a log-in
            # dialog closed while the register opens): nobody is left to tell, so no traceback.
            if isValid(signals):
                raise


def _is_domain_error(error: BaseException) -> bool:
    from certification.core.errors import DomainError

    return isinstance(error, DomainError)


class Tasks(QObject):
    """Runs the operations of one signed-in window. Signals: `busy(bool)` while any runs."""

    busy = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pools = {name: QThreadPool(self) for name in ("read", "write", "job")}
        self.pools["read"].setMaxThreadCount(2)
        self.pools["write"].setMaxThreadCount(1)
        self.pools["job"].setMaxThreadCount(1)
        self._running: dict[Task, str] = {}  # each with its pool
        # Jobs held until the reads running when they were asked for have finished: beside a
        # job those reads only share Python's lock with it, and the window waited for the lock
        # up to 0.4 s (docs/benchmarks.md); after them the job runs alone.
        self._held: list[tuple[Task, _Runner]] = []
        self._closed = False

    def start(
        self,
        task: Task,
        call: Callable[[], Any],
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        pool: str,
    ) -> None:
        """Run `call` on `pool` ('read', 'write' or 'job'); used by `ui.operations`."""
        task.signals.finished.connect(succeeded)
        task.signals.failed.connect(failed)
        task.signals.finished.connect(lambda _r, t=task: self._finish(t))
        task.signals.failed.connect(lambda _e, t=task: self._finish(t))
        self._running[task] = pool
        self.busy.emit(True)
        runner = _Runner(task, call)
        if pool == "job" and "read" in self._running.values():
            self._held.append((task, runner))
        else:
            self.pools[pool].start(runner)

    def delivers_to(self, owner: QObject) -> bool:
        """Whether a result may still reach `owner` (not once the window is going away)."""
        from ui.operations import alive

        return not self._closed and alive(owner)

    def close(self) -> None:
        """Wait for running work and drop its results: the window that asked is going away."""
        self._closed = True
        for task, _runner in self._held:  # never started: nothing to wait for
            self._running.pop(task, None)
        self._held.clear()
        self.wait()

    def _finish(self, task: Task) -> None:
        task.done = True
        self._running.pop(task, None)
        if self._held and "read" not in self._running.values():
            held, self._held = self._held, []
            for _task, runner in held:
                self.pools["job"].start(runner)
        if not self._running:
            self.busy.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every operation has finished (tests and shutdown only)."""
        return all(pool.waitForDone(msecs) for pool in self.pools.values())

    @property
    def idle(self) -> bool:
        return not self._running


_detached: set[Task] = set()


def run_in_background(
    owner: QObject,
    call: Callable[[], Any],
    *,
    done: Callable[[Any], None] | None = None,
    failed: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run work that comes before anyone has signed in (opening the database, building the demo,
    checking a password) off the GUI thread; `done` or `failed` is called on the GUI thread while
    `owner` (the start-up dialog or flow) still exists."""
    task = Task()
    if done is not None:
        task.signals.finished.connect(lambda result: done(result) if isValid(owner) else None)
    if failed is not None:
        task.signals.failed.connect(lambda error: failed(error) if isValid(owner) else None)
    task.signals.finished.connect(lambda _r, t=task: _end_detached(t))
    task.signals.failed.connect(lambda _e, t=task: _end_detached(t))
    _detached.add(task)
    QThreadPool.globalInstance().start(_Runner(task, call))
    return task


def _end_detached(task: Task) -> None:
    task.done = True
    _detached.discard(task)
