"""Files are read (parsed and probed) in a child process, each under a time and a memory bound.

Everything a hostile or broken file can do to a parser — a pattern that backtracks, a structure that grows memory
without end, a crash inside a decoder library — happens in the child, never in the process that holds the
database session and the window. The parent gives the child one file at a time (and the next one while it stores
the last: reading and storing overlap), waits at most `ReadLimits.seconds_for(size)` for the answer and kills the
child if it is late; the child runs under an address-space limit of `ReadLimits.memory_for(size)` above what it
uses at rest, so an allocation beyond it fails with MemoryError inside the child. Either way that one file is
refused with its reason, a fresh child reads the rest of the batch, and nothing of the refused file is stored.

Children are kept between batches (starting one costs a Python start-up and the importers' own imports) and
ended when the process exits.
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

from qa_studio.errors import QT_TRANSLATE_NOOP
from qa_studio.importers.errors import ImportRefused

MB = 1024 * 1024
CONVERSATIONS = "conversations"
AUDIO = "audio"
# Idle children kept for the next batch; a second batch running at the same time starts its own.
_KEEP_IDLE = 2
# A Python start-up and the parsers' imports; on a busy laptop a few seconds, never this long.
_START_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How long, and with how much memory, reading one file may take. Measured on a 2-core laptop, a chat export
    reads at 5–20 MB/s and needs 4–10 times its size in memory, and an audio probe decodes a few seconds at each
    end; the defaults leave ten times that room, so only a file that would never finish is refused."""

    seconds: float = 30.0
    seconds_per_mb: float = 2.0
    memory_mb: int = 512
    memory_per_file_byte: int = 16  # chat and e-mail files only: an audio probe streams

    def seconds_for(self, size: int) -> float:
        return self.seconds + self.seconds_per_mb * size / MB

    def memory_for(self, kind: str, size: int) -> int:
        return self.memory_mb * MB + (self.memory_per_file_byte * size if kind == CONVERSATIONS else 0)


@dataclass(frozen=True, slots=True)
class ReadRequest:
    kind: str  # CONVERSATIONS or AUDIO
    path: Path
    csv_mapping: Any = None  # CsvMapping; Any keeps the parsers out of this module's imports
    date_order: str | None = None


def unexpected(exc: BaseException) -> ImportRefused:
    """A reader's surprise (a parser bug, recursion, memory) as the file's refusal."""
    if isinstance(exc, RecursionError):
        return ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file is nested too deeply to read"))
    if isinstance(exc, MemoryError):
        return ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file is too large to read into memory"))
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return ImportRefused(QT_TRANSLATE_NOOP("Errors", "the file could not be read ({error})"),
                         error=type(exc).__name__ + (": " + detail if detail else ""))  # fmt: skip


def read_file(request: ReadRequest) -> Any:
    """What the importer needs of one file: its conversations, or its audio probe. Runs in the child."""
    if request.kind == AUDIO:
        from qa_studio.importers.audio import probe_audio

        return probe_audio(request.path)
    from qa_studio.importers.limits import check_file_size
    from qa_studio.importers.registry import parse_conversation_file

    check_file_size(request.path.stat().st_size, request.path.suffix.lower())
    return parse_conversation_file(request.path, request.csv_mapping, request.date_order)


# --- the child ---------------------------------------------------------------------------------------------------


def _address_space() -> int | None:
    """Bytes of address space this process holds now (Linux), or None where that cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _limit_memory(base: int | None, allowed: int | None) -> None:
    """Cap the address space at what the child holds at rest plus `allowed`, or lift the cap (None), where the
    system supports it."""
    if base is None:
        return
    try:
        import resource
    except ImportError:  # Windows: the time bound still holds
        return
    soft = resource.RLIM_INFINITY if allowed is None else base + allowed
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (soft, resource.RLIM_INFINITY))


def _serve(requests: Connection, answers: Connection) -> None:
    """The child's loop: one request in, one answer out, until the parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the parent's to handle
    # The parsers are imported before the resting size is taken, so they do not count against any file.
    from qa_studio.importers import audio, registry  # noqa: F401

    base = _address_space()
    answers.send((0, "ready", None))  # a file's time runs from here, not from the start of the process
    while True:
        try:
            number, request, allowed = requests.recv()
        except (EOFError, OSError):
            return
        _limit_memory(base, allowed)
        try:
            answer: tuple[str, Any] = ("ok", read_file(request))
        except ImportRefused as exc:
            answer = ("refused", exc)
        except OSError as exc:
            answer = ("refused", ImportRefused(QT_TRANSLATE_NOOP("Errors", "cannot read the file: {reason}"),
                                               reason=exc.strerror or str(exc)))  # fmt: skip
        except MemoryError:
            answer = ("memory", None)
        except Exception as exc:  # noqa: BLE001 - any parser surprise is this file's refusal, never the batch's
            answer = ("refused", unexpected(exc))
        _limit_memory(base, None)
        try:
            answers.send((number, *answer))
        except MemoryError:
            answers.send((number, "memory", None))
        if answer[0] == "memory":
            return  # a heap that ran out is not trusted with the next file


# --- the parent --------------------------------------------------------------------------------------------------


def _ended_reason(code: int | None) -> ImportRefused:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        if -code == signal.SIGKILL:
            return ImportRefused(QT_TRANSLATE_NOOP("Errors", "reading this file was stopped from outside ({signal}), "
                                                   "possibly for lack of memory"), signal=name)  # fmt: skip
        crashed = QT_TRANSLATE_NOOP("Errors", "reading this file crashed the reader ({signal})")
        return ImportRefused(crashed, signal=name)
    return ImportRefused(QT_TRANSLATE_NOOP("Errors", "reading this file ended the reader (exit code {code})"),
                         code=code)  # fmt: skip


class FileReader:
    """A child process that reads import files in order; `submit` as many as you like, then `result` each."""

    def __init__(self, limits: ReadLimits | None = None) -> None:
        self.limits = limits or ReadLimits()
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._requests: Connection | None = None
        self._answers: Connection | None = None
        self._numbers = iter(range(1, 1 << 62))
        # Sent to the child and not yet answered, in order: request, bytes allowed, seconds allowed, when sent.
        self._pending: dict[int, tuple[ReadRequest, int, float, float]] = {}
        self._answered: dict[int, tuple[str, Any]] = {}
        self._forgotten: set[int] = set()
        self._ready = False
        self._last_answer = time.monotonic()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    @property
    def busy(self) -> bool:
        return bool(self._pending or self._answered)

    def _start(self) -> None:
        child_requests, self._requests = self._context.Pipe(duplex=False)
        self._answers, child_answers = self._context.Pipe(duplex=False)
        self._process = self._context.Process(
            target=_serve, args=(child_requests, child_answers), name="qa-studio-file-reader", daemon=True
        )
        self._process.start()
        child_requests.close()
        child_answers.close()  # our copy would keep end-of-file from arriving when the child dies
        self._ready = False

    def _send(self, number: int, request: ReadRequest, allowed: int) -> None:
        if self._process is None:
            self._start()
        assert self._requests is not None
        # A child that is gone shows as end-of-file when its answer is awaited: the oldest file pending is refused
        # with how the child ended and a fresh child takes the rest.
        with contextlib.suppress(OSError):
            self._requests.send((number, request, allowed))

    def submit(self, request: ReadRequest) -> int:
        """Queue one file; returns the ticket for `result`."""
        try:
            size = request.path.stat().st_size
        except OSError:
            size = 0  # the child meets the same error and reports it
        allowed = self.limits.memory_for(request.kind, size)
        number = next(self._numbers)
        self._pending[number] = (request, allowed, self.limits.seconds_for(size), time.monotonic())
        self._send(number, request, allowed)
        return number

    def read(self, request: ReadRequest) -> Any:
        """Submit one file and wait for it."""
        return self.result(self.submit(request))

    def forget(self, number: int) -> None:
        """The caller no longer wants this file's answer (it refused the file on other grounds)."""
        if self._answered.pop(number, None) is None and number in self._pending:
            self._forgotten.add(number)

    def result(self, number: int) -> Any:
        """The file's parsed content, or ImportRefused with the reason it could not be read (late, too big for
        memory, the reader crashed, or whatever the parser said)."""
        while number not in self._answered:
            self._wait_one()
        kind, value = self._answered.pop(number)
        if kind == "ok":
            return value
        raise value

    def _wait_one(self) -> None:
        number = next(iter(self._pending))
        _request, _allowed, seconds, sent = self._pending[number]
        assert self._answers is not None and self._process is not None
        # The child reads in order: it began this file when it was sent or when it answered the one before (or,
        # for a new child, once it has started).
        started = max(sent, self._last_answer) if self._ready else None
        deadline = started + seconds if started is not None else time.monotonic() + _START_SECONDS
        ready = self._answers.poll(max(0.0, deadline - time.monotonic()))
        if ready:
            try:
                answered, kind, value = self._answers.recv()
            except (EOFError, OSError):
                self._process.join(5)
                self._fail_first(_ended_reason(self._process.exitcode))
                return
            self._last_answer = time.monotonic()
            if kind == "ready":
                self._ready = True
                return
            if answered not in self._pending:
                return
            _request, allowed, _seconds, _sent = self._pending.pop(answered)
            if answered in self._forgotten:
                self._forgotten.discard(answered)
                if kind == "memory":
                    self._restart()
                return
            if kind == "memory":
                megabytes = allowed // MB
                value = ImportRefused(QT_TRANSLATE_NOOP("Errors", "reading this file needs more than {megabytes:,} MB "
                                                        "of memory; QA Studio stopped it there"),
                                      megabytes=megabytes)  # fmt: skip
                self._answered[answered] = ("refused", value)
                self._restart()
                return
            self._answered[answered] = (kind, value)
            return
        if not self._ready:
            late = QT_TRANSLATE_NOOP("Errors", "the file reader did not start within {seconds:,g} s")
            self._fail_first(ImportRefused(late, seconds=_START_SECONDS))
            return
        self._fail_first(ImportRefused(QT_TRANSLATE_NOOP("Errors", "reading this file took longer than {seconds:,g} "
                                                         "s (the limit for a file of its size); QA Studio stopped it"),
                                       seconds=round(seconds, 1)))  # fmt: skip

    def _fail_first(self, reason: ImportRefused) -> None:
        """The oldest file is refused with `reason`; the child is replaced and given the rest again."""
        number = next(iter(self._pending))
        self._pending.pop(number)
        if number in self._forgotten:
            self._forgotten.discard(number)
        else:
            self._answered[number] = ("refused", reason)
        self._restart()

    def _restart(self) -> None:
        self._stop()
        for number, (request, allowed, _seconds, _sent) in list(self._pending.items()):
            self._send(number, request, allowed)

    def _stop(self) -> None:
        process, self._process = self._process, None
        for end in (self._requests, self._answers):
            if end is not None:
                end.close()
        self._requests = self._answers = None
        if process is not None and process.is_alive():
            process.kill()
        if process is not None:
            process.join(5)

    def close(self) -> None:
        self._pending.clear()
        self._answered.clear()
        self._forgotten.clear()
        self._stop()


_idle: list[FileReader] = []
_idle_lock = threading.Lock()


@contextlib.contextmanager
def file_reader(limits: ReadLimits | None = None) -> Iterator[FileReader]:
    """A reader for one batch: an idle child from an earlier batch when there is one, else a new one."""
    limits = limits or ReadLimits()
    with _idle_lock:
        reader = next((r for r in _idle if r.limits == limits and r.pid is not None), None)
        if reader is not None:
            _idle.remove(reader)
    reader = reader or FileReader(limits)
    clean = False
    try:
        yield reader
        clean = not reader.busy and reader.pid is not None
    finally:
        retired = [reader]
        if clean:
            with _idle_lock:
                _idle.append(reader)
                retired = _idle[:-_KEEP_IDLE]  # the longest idle make way for the newest
                del _idle[:-_KEEP_IDLE]
        for child in retired:  # cancelled with files still being read, or more idle children than needed
            child.close()
