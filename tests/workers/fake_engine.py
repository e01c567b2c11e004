"""A stand-in for the Whisper child process, for the lease and claim tests only: each call "takes"
QA_STUDIO_TEST_FAKE_SECONDS of wall-clock time without using a core, so several worker processes can run side by
side on a shared two-core machine. Installed in a worker process through `QA_STUDIO_TEST_WORKER_HOOK`."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from qa_studio.transcribe.engine import Segment, Speaker, TranscribeOptions
from qa_studio.transcribe.pipeline import TranscriptResult
from qa_studio.transcribe.worker import Failure, Message, Progress, Result

HOOK = "tests.workers.fake_engine:install"


class FakeProcess:
    def __init__(self) -> None:
        self.cancelled = False
        self.interrupted = False
        self._stop = threading.Event()
        self._seconds = float(os.environ.get("QA_STUDIO_TEST_FAKE_SECONDS", "1.0"))
        self._job_id = 0
        self._path = Path()
        self._options = TranscribeOptions()

    @property
    def pid(self) -> int:
        return os.getpid()

    @property
    def running(self) -> bool:
        return False

    @property
    def alive(self) -> bool:
        return not self.cancelled

    def start(self, job_id: int, path: Path, _model: Path, options: TranscribeOptions, _compute: str = "",
              *, cpu_threads: int = 0) -> None:  # fmt: skip
        self._job_id, self._path, self._options = job_id, path, options

    def close(self) -> None:
        self._stop.set()

    def messages(self, timeout: float | None = None) -> Iterator[Message]:
        if not self._path.is_file():
            yield Failure(self._job_id, f"no recording at {self._path}")
            return
        started = time.monotonic()
        total = 10_000
        # The stand-in's "work" is waiting; a cancel ends it at once, as terminating the child would.
        while not self._stop.wait(0.1):
            done = min(total, int(total * (time.monotonic() - started) / self._seconds))
            yield Progress(self._job_id, done, total)
            if done >= total:
                segment = Segment(0, 1000, f"fake transcript of {self._path.name}", Speaker.AGENT)
                yield Result(self._job_id, TranscriptResult([segment], "en", total, 1, "fake", "fake", self._options))
                return
        yield Failure(self._job_id, "cancelled")

    def cancel(self) -> None:
        self.cancelled = True
        self._stop.set()


def install(service: object) -> None:
    service.process_factory = FakeProcess  # type: ignore[attr-defined]
    service._prepare_model = lambda _key: (Path("fake-model"), "int8")  # type: ignore[attr-defined]
