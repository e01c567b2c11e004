"""The child process: results, failures, cancel, and a crash that leaves the parent running."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from qa_studio.transcribe.engine import TranscribeOptions
from qa_studio.transcribe.worker import Failure, Progress, Result, SegmentMsg, TranscriptionProcess

pytestmark = pytest.mark.whisper
DEMO_CALL = Path(__file__).parents[2] / "resources" / "demo" / "calls" / "call_refund_emma.opus"


def test_child_reports_progress_segments_and_result(tiny_en: Path, audio: Path) -> None:
    process = TranscriptionProcess()
    process.start(7, audio / "english_mono.opus", tiny_en, TranscribeOptions())
    messages = list(process.messages(timeout=120))
    assert isinstance(messages[-1], Result) and messages[-1].job_id == 7
    assert messages[-1].result.timings["pieces"] >= 1  # the child's job took the batched path
    assert any(isinstance(m, Progress) for m in messages)
    assert any(isinstance(m, SegmentMsg) for m in messages)
    assert not process.running


def test_corrupt_file_fails_the_job_with_its_reason(tiny_en: Path, audio: Path) -> None:
    process = TranscriptionProcess()
    process.start(8, audio / "corrupt.opus", tiny_en, TranscribeOptions())
    (last,) = [m for m in process.messages(timeout=60) if isinstance(m, Failure)]
    assert last.reason.startswith("cannot decode audio")


def _wait_for_progress(process: TranscriptionProcess) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(isinstance(m, Progress | SegmentMsg) for m in process.poll(0.2)):
            return
    raise AssertionError("no progress from the child process")


def test_cancel_from_another_thread_stops_the_child_promptly(base_model: Path) -> None:
    process = TranscriptionProcess()
    process.start(9, DEMO_CALL, base_model, TranscribeOptions())
    seen: list[object] = []
    progressed = threading.Event()

    def read() -> None:  # as the job service does, while the GUI thread may press Cancel
        for message in process.messages(timeout=120):
            seen.append(message)
            if isinstance(message, Progress | SegmentMsg):
                progressed.set()

    reader = threading.Thread(target=read)
    reader.start()
    assert progressed.wait(60), "no progress from the child process"
    started = time.monotonic()
    process.cancel()
    assert time.monotonic() - started < 5
    assert not process.running
    reader.join(5)
    assert not reader.is_alive() and seen[-1] == Failure(9, "cancelled")


def test_killed_child_becomes_a_failure_and_the_parent_carries_on(base_model: Path, tiny_en: Path, audio: Path) -> None:
    process = TranscriptionProcess()
    process.start(10, DEMO_CALL, base_model, TranscribeOptions())
    _wait_for_progress(process)
    os.kill(process.pid, signal.SIGKILL)
    failures = [m for m in process.messages(timeout=30) if isinstance(m, Failure)]
    assert failures and "ended unexpectedly" in failures[-1].reason and "exit code -9" in failures[-1].reason
    assert not process.running
    again = TranscriptionProcess()
    again.start(11, audio / "english_mono.opus", tiny_en, TranscribeOptions())
    assert isinstance(list(again.messages(timeout=120))[-1], Result)


def test_the_child_stays_warm_and_loads_the_model_once_for_two_jobs(tiny_en: Path, audio: Path) -> None:
    process = TranscriptionProcess()
    results = []
    for job_id in (21, 22):
        process.start(job_id, audio / "english_mono.opus", tiny_en, TranscribeOptions(language="en"), "int8",
                      cpu_threads=1)  # fmt: skip
        final = list(process.messages(timeout=120))[-1]
        assert isinstance(final, Result) and final.job_id == job_id
        assert process.alive and not process.running
        results.append((process.pid, final.model_loaded, [s.text for s in final.result.segments]))
    (first_pid, first_loaded, first_text), (second_pid, second_loaded, second_text) = results
    assert first_pid == second_pid and process.jobs_started == 2
    assert first_loaded and not second_loaded
    assert first_text == second_text
    process.close()
    assert not process.alive
