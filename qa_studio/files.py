"""Writing export files without destroying anything: every file is made under a fresh temporary name beside its
target and renamed into place only when it is whole; an existing file is kept unless the user chose to replace it;
a symbolic link is never written through or replaced; and if anything fails, only what this export made is removed
(files it replaced are put back).

    staged = StagedFiles(overwrite=False)
    staged.check(targets)              # refuses before any work: a link, a folder, or an existing file
    make(staged.stage(target))         # write to the temporary file
    staged.commit()                    # every file into place, or none
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from qa_studio.i18n import tr

T = TypeVar("T")


class TargetRefused(OSError):
    """A target that must not be written; `strerror` is the reason for the user."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(errno.EEXIST, reason, str(path))


def _private_name(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.{kind}")


def check_target(target: Path, overwrite: bool) -> None:
    """Refuse a target that is a symbolic link, a folder, or (unless `overwrite`) an existing file."""
    if target.is_symlink():
        raise TargetRefused(target, tr("{file} is a symbolic link; QA Studio never writes through links").format(
            file=target))  # fmt: skip
    if target.exists():
        if not target.is_file():
            raise TargetRefused(target, tr("{file} exists and is not a file").format(file=target))
        if not overwrite:
            raise TargetRefused(target, tr("{file} already exists; choose to overwrite it, or another name").format(
                file=target))  # fmt: skip


class StagedFiles:
    """A set of files made under temporary names and moved into place together."""

    def __init__(self, overwrite: bool = False) -> None:
        self.overwrite = overwrite
        self._staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    def check(self, targets: Iterable[Path]) -> None:
        for target in targets:
            check_target(Path(target), self.overwrite)

    def stage(self, target: Path) -> Path:
        """A new, empty temporary file beside `target` (created exclusively: never an existing file or link)."""
        target = Path(target)
        check_target(target, self.overwrite)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = _private_name(target, "part")
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666))
        self._staged.append((temporary, target))
        return temporary

    def commit(self) -> list[Path]:
        """Move every staged file into place. If one cannot be placed, the ones already placed are taken back:
        new files removed, replaced files restored."""
        placed: list[tuple[Path, Path | None]] = []  # (target, the backup of the file it replaced)
        try:
            for temporary, target in self._staged:
                placed.append((target, self._place(temporary, target)))
        except BaseException:
            for target, backup in reversed(placed):
                if backup is not None:
                    os.replace(backup, target)
                else:
                    target.unlink(missing_ok=True)
            raise
        finally:
            self.discard()
        for _target, backup in placed:
            if backup is not None:
                backup.unlink(missing_ok=True)
        return [target for target, _backup in placed]

    def _place(self, temporary: Path, target: Path) -> Path | None:
        check_target(target, self.overwrite)
        if target.exists():  # the user chose to replace it: keep a copy until every file is in place
            backup = _private_name(target, "bak")
            try:
                os.link(target, backup)
            except OSError:  # a file system without hard links: move it aside instead
                os.replace(target, backup)
            try:
                os.replace(temporary, target)
            except BaseException:
                os.replace(backup, target)
                raise
            return backup
        try:
            os.link(temporary, target)  # fails rather than replace a file that appeared meanwhile
        except FileExistsError:
            raise TargetRefused(target, tr("{file} already exists; choose to overwrite it, or another name").format(
                file=target)) from None  # fmt: skip
        except OSError:  # a file system without hard links
            if target.exists() or target.is_symlink():
                raise
            os.replace(temporary, target)
        temporary.unlink(missing_ok=True)
        return None

    def discard(self) -> None:
        """Remove the temporary files still staged (only ever files this object created)."""
        for temporary, _target in self._staged:
            temporary.unlink(missing_ok=True)
        self._staged.clear()


def write_file(target: Path, make: Callable[[Path], T], overwrite: bool = False) -> T:
    """`make(path)` writes the file; it lands at `target` whole, or not at all. Returns what `make` returned."""
    staged = StagedFiles(overwrite)
    try:
        result = make(staged.stage(Path(target)))
        staged.commit()
    finally:
        staged.discard()
    return result
