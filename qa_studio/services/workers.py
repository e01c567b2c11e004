"""A transcription worker: N slots, each claiming jobs from the team's queue until told to stop (or the queue is
empty everywhere). `qa-studio worker` runs it headless; the app runs the same service loop in the background."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from qa_studio.services.transcription import JobView, TranscriptionService
from qa_studio.storage.database import StorageError
from qa_studio.transcribe.engine import cuda_devices

# How often an idle slot looks for work. A lapsed lease is noticed within this of lapsing.
POLL_SECONDS = 2.0


def transcription_device() -> str:
    """"cuda" when CTranslate2 sees a CUDA GPU on this machine, else "cpu"."""
    return "cuda" if cuda_devices() > 0 else "cpu"


def sensible_jobs(requested: int) -> int:
    """Jobs at once on this machine: as asked, but never more than its cores (each job's model uses at least one)."""
    return max(1, min(requested, os.cpu_count() or 1))


@dataclass
class WorkerLoop:
    service: TranscriptionService
    actor: str
    jobs: int = 1
    poll_seconds: float = POLL_SECONDS
    on_finished: Callable[[JobView], None] | None = None
    finished: list[JobView] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def run(self, stop: threading.Event, exit_when_idle: bool = False) -> list[JobView]:
        """Run until `stop` is set or, with `exit_when_idle`, until no job is waiting or running on any machine
        (a running job elsewhere may still come back to the queue if its worker dies)."""
        slots = [
            threading.Thread(target=self._slot, args=(stop, exit_when_idle), name=f"worker-slot-{n}", daemon=True)
            for n in range(self.jobs)
        ]
        for slot in slots:
            slot.start()
        for slot in slots:
            while slot.is_alive():
                slot.join(0.5)  # short joins keep the main thread free to take signals (Ctrl+C, SIGTERM)
        return self.finished

    def _slot(self, stop: threading.Event, exit_when_idle: bool) -> None:
        while not stop.is_set():
            try:
                for view in self.service.run_pending(stop=stop, actor=self.actor):
                    self.finished.append(view)
                    if self.on_finished is not None:
                        self.on_finished(view)
                if exit_when_idle and self.service.outstanding() == 0:
                    return
            except StorageError as exc:  # the server out of reach: say so once per outage and keep trying
                if not self.problems or self.problems[-1] != str(exc):
                    self.problems.append(str(exc))
            stop.wait(self.poll_seconds)
