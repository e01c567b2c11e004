"""The Whisper model runs in a child process (spawn) that reports back in typed messages.

Cancelling terminates the child; if it crashes or is killed (out of memory), the parent reports a Failure and
carries on.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from qa_studio.transcribe.audio import AudioError
from qa_studio.transcribe.engine import Segment, TranscribeOptions
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


@dataclass(frozen=True, slots=True)
class Failure:
    job_id: int
    reason: str


Message = Progress | SegmentMsg | Result | Failure


def _run_child(
    job_id: int, path: str, model_path: str, options: TranscribeOptions, compute_type: str, out: Connection
) -> None:
    try:
        result = transcribe_file(
            Path(path),
            Path(model_path),
            options,
            on_progress=lambda done, total: out.send(Progress(job_id, done, total)),
            on_segment=lambda segment: out.send(SegmentMsg(job_id, segment)),
            compute_type=compute_type,
        )
    except AudioError as exc:
        out.send(Failure(job_id, str(exc)))
    except MemoryError:
        out.send(Failure(job_id, "not enough memory to transcribe this recording with this model"))
    except Exception as exc:  # anything else is reported, never left to kill the job silently
        out.send(Failure(job_id, f"transcription failed: {type(exc).__name__}: {exc}"))
    else:
        out.send(Result(job_id, result))
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
    """One job in one child process; iterate `messages()` (or call `poll()`) until a Result or Failure arrives.

    The child writes to a one-way pipe whose write end only it holds: when it dies, for whatever reason, the
    parent reads end-of-file at once instead of waiting on a queue that can no longer be fed.
    """

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._reader: Connection | None = None
        self._process: BaseProcess | None = None
        self._job_id = 0
        self._finished = False
        # Two threads waiting on one child race in waitpid, and the loser takes the child for still alive.
        self._process_lock = threading.Lock()
        self.cancelled = False
        # Set when the app closes mid-job: the job goes back to the queue instead of being cancelled.
        self.interrupted = False

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    @property
    def running(self) -> bool:
        with self._process_lock:
            return self._process is not None and self._process.is_alive()

    def start(
        self, job_id: int, path: Path, model_path: Path, options: TranscribeOptions, compute_type: str = "auto"
    ) -> None:
        reader, writer = self._context.Pipe(duplex=False)
        self._reader, self._job_id, self._finished = reader, job_id, False
        self._process = self._context.Process(
            target=_run_child,
            args=(job_id, str(path), str(model_path), options, compute_type, writer),
            name=f"qa-studio-transcribe-{job_id}",
            daemon=True,
        )
        self._process.start()
        writer.close()  # the child has its own copy; ours would keep end-of-file from ever arriving

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
                self._close()
                return found
            found.append(message)
            if isinstance(message, Result | Failure):
                self._close()
                return found
        return found

    def messages(self, timeout: float | None = None) -> Iterator[Message]:
        """Every message until the final Result or Failure; past `timeout` seconds the child is stopped."""
        started = time.monotonic()
        while not self._finished:
            yield from self.poll(0.2)
            if not self._finished and timeout is not None and time.monotonic() - started > timeout:
                self.cancel()
                self._close()
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

    def _ended_reason(self) -> str:
        with self._process_lock:
            assert self._process is not None
            self._process.join(5)  # end-of-file comes as the child exits; its exit code follows a moment later
            return "cancelled" if self.cancelled else _exit_reason(self._process.exitcode)

    def _close(self) -> None:
        self._finished = True
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        with self._process_lock:
            if self._process is not None:
                self._process.join(5)
