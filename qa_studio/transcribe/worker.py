"""The Whisper model runs in a child process (spawn) that reports back in typed messages.

The child stays up between jobs with its model loaded (loading base and starting Python cost ~1.8 s a job), and
takes the next job from its own request pipe. Cancelling terminates the child; if it crashes or is killed (out of
memory), the parent reports a Failure and carries on, and the next job starts a fresh child.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from qa_studio.transcribe.audio import AudioError
from qa_studio.transcribe.engine import Engine, FasterWhisperEngine, Segment, TranscribeOptions
from qa_studio.transcribe.pipeline import TranscriptResult, transcribe_file


@dataclass(frozen=True, slots=True)
class Progress:
    job_id: int
    done_ms: int
    total_ms: int


@dataclass(frozen=True, slots=True)
class SegmentMsg:
    job_id: int
    segment: Segment


@dataclass(frozen=True, slots=True)
class Result:
    job_id: int
    result: TranscriptResult
    model_loaded: bool = False  # this job loaded the model; False when the warm child already held it


@dataclass(frozen=True, slots=True)
class Failure:
    job_id: int
    reason: str


Message = Progress | SegmentMsg | Result | Failure


@dataclass(frozen=True, slots=True)
class Job:
    """What the parent sends the child: one recording and how to transcribe it."""

    job_id: int
    path: str
    model_path: str
    options: TranscribeOptions
    compute_type: str
    cpu_threads: int


def engine_for_threads(model_path: Path, compute_type: str, cpu_threads: int) -> FasterWhisperEngine:
    """A job given two threads or more decodes the two sides of a stereo call at once, each on half of them: one
    decoder on two threads does not use them fully (a call's sides one after the other took 1.4x as long)."""
    workers = 2 if cpu_threads >= 2 else 1
    return FasterWhisperEngine(model_path, compute_type=compute_type, cpu_threads=cpu_threads // workers,
                               workers=workers)  # fmt: skip


class _WarmEngine:
    """The child's one model, kept between jobs; loaded again only for another model, type or thread count."""

    def __init__(self) -> None:
        self.key: tuple[str, str, int] | None = None
        self.engine: Engine | None = None

    def get(self, model_path: Path, compute_type: str, cpu_threads: int) -> tuple[Engine, bool]:
        key = (str(model_path), compute_type, cpu_threads)
        if self.engine is None or self.key != key:
            self.engine = None  # the old model's memory goes before the new one is loaded
            self.engine = engine_for_threads(model_path, compute_type, cpu_threads)
            self.key = key
            return self.engine, True
        return self.engine, False


def _run_job(job: Job, warm: _WarmEngine, out: Connection) -> None:
    loaded: list[bool] = []
    lock = threading.Lock()  # the two sides of a stereo call may be decoded on two threads

    def send(message: Message) -> None:
        with lock:
            out.send(message)

    def engine_factory(model_path: Path, compute_type: str) -> Engine:
        engine, fresh = warm.get(model_path, compute_type, job.cpu_threads)
        loaded.append(fresh)
        return engine

    try:
        result = transcribe_file(
            Path(job.path),
            Path(job.model_path),
            job.options,
            on_progress=lambda done, total: send(Progress(job.job_id, done, total)),
            on_segment=lambda segment: send(SegmentMsg(job.job_id, segment)),
            compute_type=job.compute_type,
            engine_factory=engine_factory,
        )
    except AudioError as exc:
        send(Failure(job.job_id, str(exc)))
    except MemoryError:
        warm.engine = warm.key = None
        send(Failure(job.job_id, "not enough memory to transcribe this recording with this model"))
    except Exception as exc:  # anything else is reported, never left to kill the job silently
        send(Failure(job.job_id, f"transcription failed: {type(exc).__name__}: {exc}"))
    else:
        send(Result(job.job_id, result, any(loaded)))


def _serve(requests: Connection, out: Connection) -> None:
    """The child's life: jobs one after another until the parent closes the request pipe."""
    warm = _WarmEngine()
    try:
        while True:
            try:
                job: Any = requests.recv()
            except (EOFError, OSError):
                return
            if not isinstance(job, Job):
                return
            _run_job(job, warm, out)
    finally:
        out.close()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " — killed, possibly for lack of memory" if -code == signal.SIGKILL else ""
        return f"transcription process ended unexpectedly ({name}, exit code {code}{hint})"
    return f"transcription process ended unexpectedly (exit code {code})"


class TranscriptionProcess:
    """A warm child process that runs jobs one at a time; after `start` iterate `messages()` (or call `poll()`)
    until that job's Result or Failure arrives, then `start` the next job on the same child. `close()` ends it.

    The child writes to a one-way pipe whose write end only it holds: when it dies, for whatever reason, the
    parent reads end-of-file at once instead of waiting on a queue that can no longer be fed.
    """

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._reader: Connection | None = None
        self._requests: Connection | None = None
        self._process: BaseProcess | None = None
        self._job_id = 0
        self._finished = True
        # Two threads waiting on one child race in waitpid, and the loser takes the child for still alive.
        self._process_lock = threading.Lock()
        self.cancelled = False
        # Set when the app closes mid-job: the job goes back to the queue instead of being cancelled.
        self.interrupted = False
        self.jobs_started = 0  # on the current child; 1 means it was started (and its model loaded) for this job

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def running(self) -> bool:
        """A job is in progress on a live child."""
        return not self._finished and self.alive

    @property
    def alive(self) -> bool:
        with self._process_lock:
            return self._process is not None and self._process.is_alive()

    def start(
        self,
        job_id: int,
        path: Path,
        model_path: Path,
        options: TranscribeOptions,
        compute_type: str = "auto",
        *,
        cpu_threads: int = 0,
    ) -> None:
        """Run one job: on the warm child when it is alive and idle, else on a new one. `cpu_threads` 0 lets
        CTranslate2 choose (it takes up to four, more than a two-core machine running two jobs has)."""
        if not self._finished:
            raise RuntimeError("a transcription job is still running in this process")
        self.cancelled = self.interrupted = False
        if not self.alive:
            self._spawn()
        assert self._requests is not None
        self._job_id, self._finished = job_id, False
        self.jobs_started += 1
        with contextlib.suppress(OSError):  # the child died while idle: poll() reads its end-of-file, reports it
            self._requests.send(Job(job_id, str(path), str(model_path), options, compute_type, cpu_threads))

    def _spawn(self) -> None:
        self._close_pipes()
        reader, writer = self._context.Pipe(duplex=False)
        requests_reader, requests = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_serve, args=(requests_reader, writer), name="qa-studio-transcribe", daemon=True
        )
        process.start()
        writer.close()  # the child has its own copy; ours would keep end-of-file from ever arriving
        requests_reader.close()
        with self._process_lock:
            self._process = process
        self._reader, self._requests = reader, requests
        self.jobs_started = 0

    def poll(self, timeout: float = 0.2) -> list[Message]:
        """Messages that arrived within `timeout`; a child gone without a final message yields a Failure.

        Call it from one thread only; `cancel()` may come from any other.
        """
        if self._finished:
            return []
        if self._reader is None:
            raise RuntimeError("no transcription job was started")
        found: list[Message] = []
        wait = timeout
        while self._reader.poll(wait):
            wait = 0
            try:
                message = self._reader.recv()
            except (EOFError, OSError):  # OSError: the child died halfway through writing a message
                found.append(Failure(self._job_id, self._ended_reason()))
                self._finished = True
                self._stop_child()
                return found
            found.append(message)
            if isinstance(message, Result | Failure):
                self._finished = True  # the child waits, model loaded, for the next job
                return found
        return found

    def messages(self, timeout: float | None = None) -> Iterator[Message]:
        """Every message until the job's final Result or Failure; past `timeout` seconds the child is stopped."""
        started = time.monotonic()
        while not self._finished:
            yield from self.poll(0.2)
            if not self._finished and timeout is not None and time.monotonic() - started > timeout:
                self.cancel()
                self._finished = True
                self._stop_child()
                yield Failure(self._job_id, f"transcription took longer than {timeout:.0f} s and was stopped")
                return

    def cancel(self) -> None:
        """Stop the child now and return once it is gone (a few seconds at most). Safe from another thread than
        the one reading: that one then reads end-of-file and yields Failure(job_id, "cancelled")."""
        self.cancelled = True
        with self._process_lock:
            if self._process is not None and self._process.is_alive():
                self._process.terminate()
                self._process.join(3)
                if self._process.is_alive():
                    self._process.kill()
                    self._process.join(3)

    def close(self) -> None:
        """End the idle child: it leaves its loop when the request pipe closes; one still busy is terminated."""
        if not self._finished:
            self.cancel()
        if self._requests is not None:
            self._requests.close()
            self._requests = None
        with self._process_lock:
            if self._process is not None:
                self._process.join(5)
                if self._process.is_alive():
                    self._process.kill()
                    self._process.join(3)
        self._finished = True
        self._close_pipes()

    def _ended_reason(self) -> str:
        with self._process_lock:
            assert self._process is not None
            self._process.join(5)  # end-of-file comes as the child exits; its exit code follows a moment later
            return "cancelled" if self.cancelled else _exit_reason(self._process.exitcode)

    def _stop_child(self) -> None:
        with self._process_lock:
            if self._process is not None:
                if self._process.is_alive():
                    self._process.kill()
                self._process.join(5)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self._reader, self._requests):
            if pipe is not None:
                pipe.close()
        self._reader = self._requests = None
