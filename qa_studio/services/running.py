"""Telling a running import from one a killed process left behind: a file on this computer held locked for as long
as the import runs. The operating system drops the lock when the process dies, however it dies."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import IO

from qa_studio.paths import data_dir


def _folder() -> Path:
    path = data_dir() / "running"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _path(database_tag: str, batch_id: int) -> Path:
    tag = hashlib.sha256(database_tag.encode("utf-8")).hexdigest()[:12]
    return _folder() / f"import-{tag}-{batch_id}.lock"


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class RunningMark:
    """Held (locked) while one import batch runs; `release()` when it ends."""

    def __init__(self, database_tag: str, batch_id: int) -> None:
        self.path = _path(database_tag, batch_id)
        self._handle: IO[bytes] | None = self.path.open("wb")
        _try_lock(self._handle)

    def release(self, finished: bool = True) -> None:
        """Unlock; the file goes too when the batch finished, and stays (unlocked: "dead") when it was aborted."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            if finished:
                self.path.unlink(missing_ok=True)


def state(database_tag: str, batch_id: int) -> str:
    """"running" (an import on this computer holds it), "dead" (its process is gone) or "unknown" (no mark here:
    another computer's import, or one from before marks existed)."""
    path = _path(database_tag, batch_id)
    if not path.exists():
        return "unknown"
    with path.open("ab") as handle:
        if not _try_lock(handle):
            return "running"
    path.unlink(missing_ok=True)
    return "dead"

