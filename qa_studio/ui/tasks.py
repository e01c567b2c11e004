"""Running slow work off the GUI thread and getting its result or error back on the GUI thread."""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class Task(QRunnable):
    """A function run on the pool; it receives `report(done, total, label)` and `cancel` (a threading.Event)."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.cancel_event = threading.Event()
        self._fn, self._args, self._kwargs = fn, args, kwargs

    def report(self, done: int, total: int, label: str = "") -> None:
        self.signals.progress.emit(done, total, label)

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # delivered to the GUI, which shows it; never lost in a worker thread
            exc.formatted_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_LONG_POOL: QThreadPool | None = None


def long_pool() -> QThreadPool:
    """Threads for work that lasts minutes or for ever (transcription jobs, the watched folder, an import, a demo, a
    batch of reports): kept apart from the pool of one thread per core that reads the list's pages, searches and
    figures, so a running transcription never leaves the list blank while it waits for a thread."""
    global _LONG_POOL
    if _LONG_POOL is None:
        _LONG_POOL = QThreadPool()
        _LONG_POOL.setMaxThreadCount(32)  # they mostly wait on a child process, the disk or the database
    return _LONG_POOL


class TaskRunner(QObject):
    """Starts tasks on a thread pool; `synchronous=True` runs them in place (tests). Long work (`long=True`) runs on
    threads of its own (`long_pool`), short reads on the shared pool of one thread per core."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None, synchronous: bool = False):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._running: set[Task] = set()

    def start(
        self,
        task: Task,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        *,
        long: bool = False,
    ) -> Task:
        if on_result is not None:
            task.signals.finished.connect(on_result)
        if on_error is not None:
            task.signals.failed.connect(on_error)
        if on_progress is not None:
            task.signals.progress.connect(on_progress)
        task.signals.finished.connect(lambda _result: self._running.discard(task))
        task.signals.failed.connect(lambda _error: self._running.discard(task))
        self._running.add(task)
        if self._synchronous:
            task.run()
        else:
            (long_pool() if long else self._pool).start(task)
        return task

    def wait(self, msecs: int = -1) -> bool:
        if msecs < 0:
            return long_pool().waitForDone() and self._pool.waitForDone()
        deadline = time.monotonic() + msecs / 1000
        done = long_pool().waitForDone(msecs)
        return self._pool.waitForDone(max(0, int((deadline - time.monotonic()) * 1000))) and done

    @property
    def busy(self) -> bool:
        return bool(self._running)
