"""The transcription queue in the GUI: a background runner and a jobs panel with progress, time left, cancel, retry."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.services.transcription import JobView, TranscriptionService
from qa_studio.services.workers import sensible_jobs, threads_per_job
from qa_studio.ui.context import AppContext
from qa_studio.ui.tasks import Task, TaskRunner
from qa_studio.ui.theme import Tone, brush

CONTEXT = "TranscriptionJobs"
HEADERS = (
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Job"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Interaction"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Recording"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "State"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Machine"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Progress"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Time left"),
    QT_TRANSLATE_NOOP("TranscriptionJobs", "Problem"),
)
STATE_LABELS = {
    "queued": QT_TRANSLATE_NOOP("TranscriptionJobs", "Queued"),
    "running": QT_TRANSLATE_NOOP("TranscriptionJobs", "Running"),
    "done": QT_TRANSLATE_NOOP("TranscriptionJobs", "Done"),
    "failed": QT_TRANSLATE_NOOP("TranscriptionJobs", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("TranscriptionJobs", "Cancelled"),
}
STATE_TONES = {"running": Tone.ACCENT, "done": Tone.SUCCESS, "failed": Tone.DANGER, "cancelled": Tone.MUTED}
MACHINE_COLUMN = 4
# Each column's width in average characters (the problem takes the rest). Shown in this order, so that even a narrow
# dock beside "My work" on a laptop shows each job's state and progress; the panel asks for room up to the recording.
WIDTHS = (4, 6, 18, 8, 12, 7, 8)
RECORDING_COLUMN = 2
SHOWN_ORDER = (0, 1, 3, 5, 6, RECORDING_COLUMN, MACHINE_COLUMN, 7)
LEASE_TIP = QT_TRANSLATE_NOOP("TranscriptionJobs", "{worker}, lease until {time} UTC")
# How often an idle app looks for work queued on other PCs (or left by a worker that vanished), and how often the
# panel shows what the team's machines are doing. The database is shared; nothing tells this PC, so it looks.
POLL_MS = 15_000
REFRESH_MS = 5_000


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class TranscriptionQueue(QObject):
    """Runs queued jobs on the thread pool, one at a time by default; the queue itself lives in the database."""

    progress = Signal(int, int, int)  # job id, audio ms done, total
    job_finished = Signal()
    idle = Signal()

    def __init__(
        self,
        service: TranscriptionService,
        runner: TaskRunner,
        context: AppContext,
        parent: QObject | None = None,
        workers: int = 1,
        threads: int = 0,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.context = context
        # 0 for either: one job per core, each on its share of the cores (services/workers.py).
        self.workers = sensible_jobs(workers)
        # Automatic threads are shared out over the jobs that start together (see `start`); a count set in
        # Settings (or given to the service) is kept.
        self._share_threads = threads <= 0 and not service.cpu_threads
        if not self._share_threads:
            service.cpu_threads = threads_per_job(self.workers, threads)
        self._runner = runner
        self._tasks: set[Task] = set()
        self._stop = threading.Event()
        # The same loop as `qa-studio worker`: while idle, look now and then for work from the rest of the team.
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def start(self) -> None:
        self._stop.clear()
        self.poll_timer.start()
        if self._share_threads and not self._tasks:
            # One call waiting (a reviewer who asked for it) gets every core; a backlog gets a core per job.
            waiting = self.service.outstanding()
            self.service.cpu_threads = threads_per_job(max(1, min(self.workers, waiting)))
        while len(self._tasks) < self.workers and self.service.next_queued() is not None:
            self._start_worker()

    def poll(self) -> None:
        """Take up work queued elsewhere; a database out of reach is left for the next look."""
        from qa_studio.storage.database import StorageError

        if self._stop.is_set() or len(self._tasks) >= self.workers:
            return
        try:
            waiting = self.service.has_work()
        except StorageError:
            return
        if waiting:
            self.start()

    def _start_worker(self) -> None:
        holder: list[Task] = []

        actor = self.context.actor  # the person who started the queue on this computer

        def work() -> int:
            report = holder[0].report
            return len(self.service.run_pending(lambda job, done, total: report(done, total, str(job)), self._stop,
                                                actor=actor))  # fmt: skip

        task = Task(work)
        holder.append(task)
        self._tasks.add(task)
        self._runner.start(task, lambda _r: self._done(task), lambda _e: self._done(task), self._report, long=True)

    def _report(self, done: int, total: int, job: str) -> None:
        self.progress.emit(int(job), done, total)

    def _done(self, task: Task) -> None:
        self._tasks.discard(task)
        self.job_finished.emit()
        # Jobs queued while the last ones ran are picked up without waiting for another click.
        if not self._stop.is_set() and self.service.next_queued() is not None:
            self.start()
        elif not self._tasks:
            self.idle.emit()

    def shutdown(self) -> None:
        """Closing the app: stop the child processes and put their jobs back in the queue for any worker."""
        self._stop.set()
        self.poll_timer.stop()
        self.service.interrupt_all()


class JobsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._jobs: list[JobView] = []
        self._live: dict[int, tuple[int, int]] = {}
        self._first_seen: dict[int, tuple[float, int]] = {}

    def set_jobs(self, jobs: list[JobView]) -> None:
        self.beginResetModel()
        self._jobs = jobs
        self.endResetModel()

    def job_at(self, row: int) -> JobView:
        return self._jobs[row]

    def update_progress(self, job_id: int, done: int, total: int) -> None:
        self._live[job_id] = (done, total)
        if total:  # (0, 0) says only that the job started; time left is measured from the first real progress
            self._first_seen.setdefault(job_id, (time.monotonic(), done))
        for row, job in enumerate(self._jobs):
            if job.id == job_id:
                self.dataChanged.emit(self.index(row, 3), self.index(row, 6))

    def _time_left(self, job_id: int) -> str:
        if job_id not in self._live or job_id not in self._first_seen:
            return ""
        done, total = self._live[job_id]
        started, done_then = self._first_seen[job_id]
        rate = (done - done_then) / max(time.monotonic() - started, 1e-6)
        if rate <= 0:
            return ""
        seconds = int((total - done) / rate)
        return f"{seconds // 60}:{seconds % 60:02d}"

    @staticmethod
    def _machine(job: JobView, role: int) -> str:
        """The machine that runs or ran the job; the tooltip adds its process and, while running, its lease."""
        if not job.worker:
            return ""
        if role != Qt.ItemDataRole.ToolTipRole:
            return job.worker.rsplit(":", 1)[0]
        if job.state == "running" and job.lease_expires_at is not None:
            return _translate(LEASE_TIP).format(
                worker=job.worker, time=job.lease_expires_at.strftime("%H:%M:%S"))  # fmt: skip
        return job.worker

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self._jobs[index.row()]
        state = "running" if job.id in self._live and job.state == "queued" else job.state
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            done, total = self._live.get(job.id, (job.progress_ms, job.total_ms or 0))
            values = (
                str(job.id),
                str(job.interaction_id),
                (job.source or "").rsplit("/", 1)[-1],
                _translate(STATE_LABELS.get(state, state)),
                self._machine(job, role),
                f"{100 * done / total:.0f} %" if total and state in ("running", "done") else "",
                self._time_left(job.id) if state == "running" else "",
                job.error or "",
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and state in STATE_TONES:
            return brush(STATE_TONES[state])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(HEADERS[section])
        return None


class JobsPanel(QWidget):
    def __init__(self, queue: TranscriptionQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobsPanel")
        self.queue = queue
        self.model = JobsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("jobsTable")
        self.table.setAccessibleName(self.tr("Transcription jobs"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        for column, characters in enumerate(WIDTHS):
            self.table.setColumnWidth(column, self._characters(characters, _translate(HEADERS[column])))
        for place, column in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(column), place)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        queue.progress.connect(self.model.update_progress)
        queue.job_finished.connect(self.refresh)
        # Other machines' jobs move without a signal here: look again while the panel is shown.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_if_shown)
        self.refresh_timer.start()
        self.refresh()

    def _characters(self, count: int, header: str) -> int:
        """A column `count` average characters wide, and never narrower than its header."""
        metrics = self.table.fontMetrics()
        return max(count * metrics.averageCharWidth(), metrics.horizontalAdvance(header)) + 16

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Wide enough to show each job's state, progress and time left beside its interaction, and its recording."""
        hint = super().sizeHint()
        upto = SHOWN_ORDER[: SHOWN_ORDER.index(RECORDING_COLUMN) + 1]
        shown = sum(self.table.columnWidth(column) for column in upto)
        scroll = self.table.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), shown + scroll + 2 * self.table.frameWidth()), hint.height())

    def _refresh_if_shown(self) -> None:
        from qa_studio.storage.database import StorageError

        # A selection would be lost to the reload; a person choosing rows to cancel or retry is not interrupted.
        if self.isVisible() and not self.table.selectionModel().hasSelection():
            try:
                self.refresh()
            except StorageError:
                return

    def refresh(self) -> None:
        self.model.set_jobs(self.queue.service.jobs(limit=200))

    def _selected(self) -> list[JobView]:
        return [self.model.job_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def cancel_selected(self) -> None:
        for job in self._selected():
            if job.state in ("queued", "running"):
                self.queue.service.cancel(job.id)
        self.refresh()

    def retry_selected(self) -> None:
        retried = False
        for job in self._selected():
            if job.state in ("failed", "cancelled"):
                try:
                    self.queue.service.retry(job.id)
                    retried = True
                except (LookupError, ValueError):
                    continue
        self.refresh()
        if retried:
            self.queue.start()
