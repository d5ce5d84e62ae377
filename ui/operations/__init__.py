"""One way to run a user action: an operation, named for the widget it works for.

A page never opens the database itself. It describes what to do as a function of a session and
hands it to one of three kinds of operation, then says what to do with the result:

    ReadOp(self, lambda db: producers.search_producers(db, text)).success(self.model.set_rows).run()
    WriteOp(self, lambda db: producers.save(db, user, form)).success(self._saved).run()
    Job(self, lambda factory: labels.label_job(factory, …)).progress(bar.set).success(…).run()

- `ReadOp` runs in a read unit: always rolled back, and the database refuses a write inside it.
- `WriteOp` is the only way to write: one transaction that holds the write lock from its start,
  run on the single writer thread, so writes reach the database in the order they were asked for.
- `Job` is work that spans several transactions (a label job allocates serials and commits, draws,
  then records the outcome). It receives the session factory and is a generator: it yields
  `(done, total)` as it goes and returns its result. Cancelling it closes the generator at its
  next `yield` (GeneratorExit), so its own `except`/`finally` records what was left undone.

Every operation names its owner, a widget. Results and errors reach the owner's slots on the GUI
thread only while the owner exists (and, for a dialog, while it is open); an error without a
`failure` slot is shown to the user in one translated sentence. The `Tasks` of the owner's page
runs it; pages and dialogs find it through their parents.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from ui.tasks import Cancelled, Progress, Task, Tasks

__all__ = ["Cancelled", "Job", "Progress", "ReadOp", "Task", "WriteOp", "tasks_of"]

T = TypeVar("T")

JobWork = Callable[[sessionmaker[Session]], Generator[Progress, None, T]]


def tasks_of(owner: QObject) -> Tasks:
    """The `Tasks` that runs work for `owner`: the nearest parent (or itself) that has one."""
    found: QObject | None = owner
    while found is not None:
        tasks = getattr(found, "tasks", None)
        if isinstance(tasks, Tasks):
            return tasks
        found = found.parent()
    raise LookupError(
        f"{owner.objectName() or type(owner).__name__} has no Tasks among its parents"
    )


def alive(owner: QObject) -> bool:
    """Whether a result for `owner` can still be shown: it exists, and a dialog is still open."""
    if not shiboken6.isValid(owner):
        return False
    return not isinstance(owner, QDialog) or owner.isVisible()


class _Operation(Generic[T]):
    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, slot: Callable[[T], None]) -> Self:
        """Call `slot` with the result on the GUI thread."""
        self._success = slot
        return self

    def failure(self, slot: Callable[[BaseException], None]) -> Self:
        """Call `slot` with the error instead of showing it in a message box."""
        self._failure = slot
        return self

    def _start(self, tasks: Tasks, task: Task, call: Callable[[], T], pool: str) -> Task:
        owner = self.owner
        success, failure = self._success, self._failure

        def succeeded(result: Any) -> None:
            if success is not None and tasks.delivers_to(owner):
                success(result)

        def failed(error: BaseException) -> None:
            if not tasks.delivers_to(owner):
                return
            if failure is not None:
                failure(error)
            elif not isinstance(error, Cancelled):
                from ui.widgets.boxes import show_error

                show_error(owner, error)

        tasks.start(task, call, succeeded, failed, pool)
        return task


class ReadOp(_Operation[T]):
    """`work(db)` in a read unit, on the reading pool."""

    def __init__(self, owner: QWidget, work: Callable[[Session], T]) -> None:
        super().__init__(owner)
        self.work = work

    def run(self) -> Task:
        tasks = tasks_of(self.owner)

        def call() -> T:
            with tasks.workspace.read() as db:
                return self.work(db)

        return self._start(tasks, Task(), call, "read")


class WriteOp(_Operation[T]):
    """`work(db)` in one writing transaction, on the single writer thread."""

    def __init__(self, owner: QWidget, work: Callable[[Session], T]) -> None:
        super().__init__(owner)
        self.work = work

    def run(self) -> Task:
        tasks = tasks_of(self.owner)

        def call() -> T:
            with tasks.workspace.write() as db:
                return self.work(db)

        return self._start(tasks, Task(), call, "write")


class Job(_Operation[T]):
    """Long work over several transactions, with progress and Cancel (see the module's text)."""

    def __init__(self, owner: QWidget, work: JobWork[T]) -> None:
        super().__init__(owner)
        self.work = work
        self._progress: Callable[[int, int], None] | None = None

    def progress(self, slot: Callable[[int, int], None]) -> Self:
        """Call `slot(done, total)` on the GUI thread each time the work yields."""
        self._progress = slot
        return self

    def run(self) -> Task:
        tasks = tasks_of(self.owner)
        task = Task()
        owner, slot = self.owner, self._progress
        if slot is not None:
            task.signals.progressed.connect(
                lambda done, total: slot(done, total) if tasks.delivers_to(owner) else None
            )

        def call() -> T:
            steps = self.work(tasks.workspace.factory)
            while True:
                if task.cancelled:
                    steps.close()  # GeneratorExit at the work's yield: it tidies up
                    raise Cancelled
                try:
                    done, total = next(steps)
                except StopIteration as finished:
                    result: T = finished.value
                    return result
                task.report(done, total)

        return self._start(tasks, task, call, "job")
