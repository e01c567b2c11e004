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


# Jobs at once when none is asked for: one per core, each decoding on one thread. On two cores two one-thread jobs
# transcribed a day's calls 1.32x faster than one job on both (CTranslate2 uses a second thread poorly), while two
# jobs left to CTranslate2's own thread count (up to four each) were 1.34x slower. Each job holds its own model in
# memory (base: about 300 MB in float32), hence the cap.
MAX_AUTO_JOBS = 4


def sensible_jobs(requested: int) -> int:
    """Jobs at once on this machine: as asked, but never more than its cores (each job's model uses at least one);
    0 asks for one per core, at most MAX_AUTO_JOBS."""
    cores = os.cpu_count() or 1
    if requested <= 0:
        return max(1, min(cores, MAX_AUTO_JOBS))
    return max(1, min(requested, cores))


def threads_per_job(jobs: int, requested: int = 0) -> int:
    """Decoder threads for each of `jobs` jobs at once: as asked, else the cores shared out between them, so the
    jobs together never ask for more threads than the machine has."""
    if requested > 0:
        return requested
    return max(1, (os.cpu_count() or 1) // max(1, jobs))


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
        (a running job elsewhere may still come back to the queue if its worker dies). Unless the service was given
        a thread count, each job decodes on its share of the cores."""
        if not self.service.cpu_threads:
            self.service.cpu_threads = threads_per_job(self.jobs)
        slots = [
            threading.Thread(target=self._slot, args=(stop, exit_when_idle), name=f"worker-slot-{n}", daemon=True)
            for n in range(self.jobs)
        ]
        for slot in slots:
            slot.start()
        for slot in slots:
            while slot.is_alive():
                slot.join(0.5)  # short joins keep the main thread free to take signals (Ctrl+C, SIGTERM)
        self.service.close()
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


def run_pending_at_once(
    service: TranscriptionService,
    jobs: int,
    on_progress: Callable[[int, int, int], None] | None = None,
    *,
    actor: str,
) -> list[JobView]:
    """Every waiting job run to its end, `jobs` at a time (each on its share of the cores), in job order. Fewer
    waiting jobs than that: one slot each, so a single call gets every core."""
    jobs = max(1, min(jobs, service.outstanding()))
    if not service.cpu_threads:
        service.cpu_threads = threads_per_job(jobs)
    finished: list[JobView] = []
    lock = threading.Lock()

    def slot() -> None:
        done = service.run_pending(on_progress, actor=actor)
        with lock:
            finished.extend(done)

    threads = [threading.Thread(target=slot, name=f"transcribe-{n}", daemon=True) for n in range(max(1, jobs))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        service.close()
    return sorted(finished, key=lambda view: view.id)
