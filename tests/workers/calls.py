"""Calls for the worker tests, written straight into the database: the lease tests are about the queue, not about
decoding recordings, so each call's "recording" is a small file with its own content."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from pathlib import Path

from qa_studio.storage.database import Database
from qa_studio.storage.models import Interaction, MediaFile


def add_calls(database: Database, folder: Path, count: int) -> list[int]:
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    with database.session() as session:
        for n in range(count):
            path = folder / f"call-{n:02d}.wav"
            path.write_bytes(f"{folder} recording {n}".encode() * 50)
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            interaction = Interaction(channel="call", source_path=str(path), source_format="audio",
                                      source_key=digest, duration_ms=10_000)  # fmt: skip
            session.add(interaction)
            session.flush()
            session.add(MediaFile(interaction_id=interaction.id, path=str(path), original_path=str(path),
                                  sha256=digest, size_bytes=path.stat().st_size, duration_ms=10_000, sample_rate=8000,
                                  channels=1, codec="pcm_s16le", container="wav"))  # fmt: skip
            ids.append(interaction.id)
    return ids


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> object:
    """Poll a database condition (no Qt event loop here to wait on) until it holds, or fail naming it."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while time.monotonic() < deadline:
        if value := condition():
            return value
        pause.wait(0.05)
    raise AssertionError(f"not within {timeout} s: {what}")
