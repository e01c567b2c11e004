"""A watched folder: recordings and chat exports the recorder or helpdesk drops there are imported (and calls queued
for transcription) once they are whole.

A file still being written must not be taken half-finished: a truncated recording would import as a shorter call,
and its hash would make the whole file a "different" call later. A file counts as whole once its size and
modification time have not changed for `settle_seconds` (longer than the writer's longest pause; recorders write
every few hundred milliseconds) and, on Windows, it can be opened without sharing (a writer there holds it open)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qa_studio.domain import ImportOutcome
from qa_studio.services.imports import ImportOptions, ImportReport, ImportService, collect_files
from qa_studio.services.transcription import PRIORITY_BACKLOG, TranscriptionService
from qa_studio.storage.database import Database

SETTLE_SECONDS = 5.0
POLL_SECONDS = 2.0


def _free_on_windows(path: Path) -> bool:
    if sys.platform != "win32":
        return True
    import msvcrt

    try:  # a writer that has it open makes an exclusive lock fail
        with path.open("rb+") as handle:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    except OSError:
        return False
    return True


@dataclass
class FolderWatch:
    folder: Path
    settle_seconds: float = SETTLE_SECONDS
    clock: Callable[[], float] = time.monotonic
    # path → (size, mtime_ns, since when unchanged)
    _seen: dict[Path, tuple[int, int, float]] = field(default_factory=dict)
    _done: set[tuple[Path, int, int]] = field(default_factory=set)

    def ready(self) -> list[Path]:
        """Files that have stopped growing and were not handed out before (in name order)."""
        now = self.clock()
        found = []
        present = set()
        for path in collect_files([self.folder]):
            try:
                stat = path.stat()
            except OSError:
                continue  # gone between listing and looking: a writer renaming its temporary file
            present.add(path)
            signature = (stat.st_size, stat.st_mtime_ns)
            if (path, *signature) in self._done:
                continue
            size, mtime, since = self._seen.get(path, (-1, -1, now))
            if (size, mtime) != signature:
                self._seen[path] = (*signature, now)
                continue
            if stat.st_size > 0 and now - since >= self.settle_seconds and _free_on_windows(path):
                found.append(path)
                self._done.add((path, *signature))
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return found


@dataclass
class WatchReport:
    imported: list[int] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


def watch_folder(
    database: Database,
    folder: Path,
    stop: threading.Event,
    *,
    actor: str,
    options: ImportOptions | None = None,
    queue_calls: bool = True,
    settle_seconds: float = SETTLE_SECONDS,
    poll_seconds: float = POLL_SECONDS,
    on_batch: Callable[[ImportReport], None] | None = None,
) -> WatchReport:
    """Import what lands in `folder` until `stop` is set; calls are queued for any worker to transcribe."""
    watch = FolderWatch(folder, settle_seconds)
    imports, transcription = ImportService(database), TranscriptionService(database)
    report = WatchReport()
    while not stop.is_set():
        ready = watch.ready()
        if ready:
            batch = imports.run(ready, options, actor=actor)
            for result in batch.results:
                if result.outcome == ImportOutcome.IMPORTED:
                    report.imported.extend(result.interaction_ids)
                elif result.outcome == ImportOutcome.REFUSED:
                    report.refused.append((result.path, result.reason or ""))
            new = [i for r in batch.results if r.outcome == ImportOutcome.IMPORTED for i in r.interaction_ids]
            if queue_calls and new:
                created, _skipped = transcription.enqueue(new, priority=PRIORITY_BACKLOG)  # chats are skipped
                report.queued.extend(created)
            if on_batch is not None:
                on_batch(batch)
        stop.wait(poll_seconds)
    return report
