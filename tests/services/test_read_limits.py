"""Reading one file is bounded in time and memory, in a process of its own: a file that would never finish, would
eat the memory or brings the reader down is refused alone, with its reason, and the rest of the batch imports."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from qa_studio.domain import ImportOutcome
from qa_studio.importers.reader import CONVERSATIONS, FileReader, ReadLimits, ReadRequest
from qa_studio.services.imports import ImportOptions, ImportService
from qa_studio.services.interactions import InteractionQueries
from qa_studio.storage.database import Database

CHATS = Path(__file__).parents[1] / "data" / "chats"
READER = "qa-studio-file-reader"


@pytest.fixture(scope="module")
def long_chat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real, valid export that takes a few seconds to read: 150,000 messages, 18 MB of JSON."""
    messages = [
        {"author": "Emma Clarke" if i % 2 else "Customer", "role": "agent" if i % 2 else "customer",
         "text": f"message {i} about the order", "time": f"2026-11-01T10:{i // 60 % 60:02d}:{i % 60:02d}"}
        for i in range(150_000)
    ]  # fmt: skip
    path = tmp_path_factory.mktemp("long") / "a_long_chat.json"
    path.write_text(json.dumps({"conversations": [{"id": "long-1", "messages": messages}]}), encoding="utf-8")
    return path


def _outcomes(report) -> list[ImportOutcome]:  # noqa: ANN001
    return [result.outcome for result in report.results]


def test_a_file_that_reads_too_long_is_stopped_and_the_batch_goes_on(sqlite_db: Database, long_chat: Path) -> None:
    options = ImportOptions(read_limits=ReadLimits(seconds=0.5, seconds_per_mb=0))
    started = time.monotonic()
    report = ImportService(sqlite_db).run([long_chat, CHATS / "conversation.json"], options, actor="tester")
    elapsed = time.monotonic() - started
    assert _outcomes(report) == [ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert "took longer than 0.5 s" in report.results[0].reason
    assert InteractionQueries(sqlite_db).total() == 1
    # Stopped at the limit, not when the file was done: two reader start-ups and the small file, on a busy machine.
    assert elapsed < 15


def test_a_file_that_needs_too_much_memory_is_stopped_and_the_batch_goes_on(
    sqlite_db: Database, long_chat: Path
) -> None:
    options = ImportOptions(read_limits=ReadLimits(memory_mb=32, memory_per_file_byte=0))
    report = ImportService(sqlite_db).run([long_chat, CHATS / "conversation.json"], options, actor="tester")
    assert _outcomes(report) == [ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert "needs more than 32 MB of memory" in report.results[0].reason
    assert InteractionQueries(sqlite_db).total() == 1


def test_the_same_file_reads_within_the_default_limits(long_chat: Path) -> None:
    reader = FileReader()
    try:
        (conversation,) = reader.read(ReadRequest(CONVERSATIONS, long_chat))
    finally:
        reader.close()
    assert len(conversation.messages) == 150_000


def test_a_reader_killed_mid_file_refuses_that_file_only(sqlite_db: Database, long_chat: Path) -> None:
    """What the system's out-of-memory killer (or a crash inside a decoder library) does to the reader."""
    killed: list[int] = []

    def kill_readers() -> None:
        time.sleep(0.8)
        for child in multiprocessing.active_children():
            if child.name == READER and child.pid:
                os.kill(child.pid, signal.SIGKILL)
                killed.append(child.pid)

    def progress(done: int, _total: int, _label: str) -> None:
        if done == 0:
            threading.Thread(target=kill_readers, daemon=True).start()

    report = ImportService(sqlite_db).run(
        [long_chat, CHATS / "conversation.json"], ImportOptions(), progress, actor="tester"
    )
    assert killed
    assert _outcomes(report) == [ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert "SIGKILL" in report.results[0].reason
    assert InteractionQueries(sqlite_db).total() == 1


def test_the_reader_is_kept_for_the_next_batch(sqlite_db: Database) -> None:
    service = ImportService(sqlite_db)
    service.run([CHATS / "conversation.json"], actor="tester")
    first = {c.pid for c in multiprocessing.active_children() if c.name == READER}
    service.run([CHATS / "conversations.json"], actor="tester")
    second = {c.pid for c in multiprocessing.active_children() if c.name == READER}
    assert first and first == second
    assert os.getpid() not in first
