"""Refusing a damaged SQLite file before anything reads or writes it, and remembering which files QA Studio used,
so a database that vanished or was emptied is never silently replaced by a new, empty one.

At every open: the file's header and length (a truncated copy, a file that is not SQLite). SQLite's own
`quick_check` (pages and records, about 2 s for 700 MB) runs when the file is not provably the one last checked or
closed cleanly by QA Studio (its seal: size, times, inode and header, see `needs_check`), and at least once a day.
`full_check` adds indexes and foreign keys: slower, run on demand (`qa-studio check`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.paths import data_dir
from qa_studio.storage.backup import backup_folder, newest_backup

if TYPE_CHECKING:
    from qa_studio.storage.database import DatabaseDamaged

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
# quick_check lists at most this many problems; one is enough to refuse, a few help whoever repairs it.
_PROBLEMS_SHOWN = 5
# A file that passed the check and was since changed only by QA Studio's own clean sessions is read through again
# after this long anyway: damage that no write through the file system made (a failing disk) shows within a day.
RECHECK_EVERY_SECONDS = 24 * 3600


def _registry() -> Path:
    return data_dir() / "known_databases.json"


def _known() -> list[str]:
    try:
        value = json.loads(_registry().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def remember(path: Path) -> None:
    """Note that this file held a QA Studio database (written once per file, not at every start)."""
    known = _known()
    if str(path) in known:
        return
    registry = _registry()
    partial = registry.with_suffix(".part")
    partial.write_text(json.dumps([*known, str(path)], ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(registry)


def forget(path: Path) -> bool:
    """Stop protecting a file that is gone on purpose, so a new database may be created there."""
    known = _known()
    if str(path) not in known:
        return False
    registry = _registry()
    partial = registry.with_suffix(".part")
    partial.write_text(json.dumps([k for k in known if k != str(path)], ensure_ascii=False, indent=1), "utf-8")
    partial.replace(registry)
    return True


def _restore_advice(path: Path) -> Phrase:
    backup = newest_backup(path)
    if backup is not None:
        return Phrase(QT_TRANSLATE_NOOP("Errors", "Close QA Studio and restore a backup: copy {backup} (the newest) "
                                      "over {path}. Older backups are in {folder}."), backup=backup, path=path,
                      folder=backup_folder(path))  # fmt: skip
    return Phrase(QT_TRANSLATE_NOOP("Errors", "Close QA Studio and restore {name} from your own backup copy; QA Studio "
                                  "found none of its own."), name=path.name)  # fmt: skip


def _damaged(path: Path, what: Phrase) -> DatabaseDamaged:
    # Imported here: the seal is read without SQLAlchemy by the quick `list` (cli/quick_list.py).
    from qa_studio.storage.database import DatabaseDamaged

    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database file {path} is damaged: {what}. Nothing was read or changed. {restore_advice}",
        ),
        path=path,
        what=what,
        restore_advice=_restore_advice(path),
    )


def check_before_open(path: Path) -> None:
    """Refuse a file that is missing although QA Studio used it before, empty, not SQLite, or cut short."""
    if not path.exists():
        if str(path) in _known():
            from qa_studio.storage.database import DatabaseMissing

            raise DatabaseMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database file {path} is missing, although QA Studio used it before. No new, empty database "
                    "was created in its place. {restore_advice} To start a new, empty database there instead, run: "
                    "qa-studio --db \"sqlite:///{path}\" check --forget",
                ),
                path=path,
                restore_advice=_restore_advice(path),
            )
        return
    size = path.stat().st_size
    if size == 0:
        raise _damaged(path, Phrase(QT_TRANSLATE_NOOP("Errors", "it is empty (0 bytes), so every interaction, "
                                                      "evaluation and user in it is gone")))  # fmt: skip
    with path.open("rb") as handle:
        header = handle.read(_HEADER_BYTES)
    if not header.startswith(SQLITE_MAGIC):
        raise _damaged(path, Phrase(QT_TRANSLATE_NOOP("Errors", "it does not start like an SQLite database (wrong or "
                                                      "overwritten header)")))  # fmt: skip
    if len(header) < _HEADER_BYTES:
        raise _damaged(path, Phrase(QT_TRANSLATE_NOOP("Errors", "it is only {size} bytes long, shorter than a "
                                                      "database header"), size=size))  # fmt: skip
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path, Phrase(QT_TRANSLATE_NOOP("Errors", "its header gives an impossible page size "
                                                      "({page_size})"), page_size=page_size))  # fmt: skip
    change_counter, pages, valid_for = (struct.unpack(">I", header[o : o + 4])[0] for o in (24, 28, 92))
    # The page count in the header is trustworthy only when written by a current SQLite (the counters agree).
    if pages and change_counter == valid_for and size < pages * page_size:
        raise _damaged(path, Phrase(QT_TRANSLATE_NOOP("Errors", "it is {size:,} bytes long but its header says "
                                                      "{expected:,}: the file was cut short"), size=size,
                                    expected=pages * page_size))  # fmt: skip


def _problems(path: Path, pragma: str) -> list[str]:
    try:
        connection = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return [str(exc)]
    # SQLite's reports quote the damaged bytes, which need not be text.
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = connection.execute(f"PRAGMA {pragma}({_PROBLEMS_SHOWN})").fetchall()
        problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
        if pragma == "integrity_check":
            problems += [
                f"row {row[1]} of table {row[0]} points to a missing row of {row[2]}"
                for row in connection.execute("PRAGMA foreign_key_check").fetchmany(_PROBLEMS_SHOWN)
            ]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except UnicodeDecodeError:  # an error message quoting them, which the driver cannot even decode
        return [str(Phrase(QT_TRANSLATE_NOOP("Errors", "its schema holds bytes that are not text")))]
    finally:
        connection.close()


def quick_check(path: Path) -> None:
    """SQLite's quick_check on the file: every page and record readable. Refused with the first problems found;
    a clean result seals the file (see `last_check`)."""
    before = fingerprint(path)
    if problems := _problems(path, "quick_check"):
        raise _damaged(path, Phrase(QT_TRANSLATE_NOOP("Errors", "SQLite's check finds {problems}"),
                                    problems="; ".join(problems[:_PROBLEMS_SHOWN])))  # fmt: skip
    if before is not None and before == fingerprint(path):  # nobody wrote to it while it was read through
        _write_seal(path, before, checked_at=time.time())


def _seals_file() -> Path:
    return data_dir() / "checked_databases.json"


def _seals() -> dict[str, dict[str, object]]:
    try:
        value = json.loads(_seals_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def fingerprint(path: Path) -> dict[str, object] | None:
    """What changes whenever anything writes to the file through the file system: its size and modification time,
    and its status-change time and inode, which no program can set back on Linux and macOS (so a copy that keeps
    the old times, or a file replaced by another, still differs; on Windows st_ctime is the creation time), and its
    header. None when SQLite's write-ahead log beside it holds
    changes not yet in the file: the last session did not close cleanly, or another program has it open."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        stat = path.stat()
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError:
        return None
    return {
        "device": stat.st_dev,
        "inode": stat.st_ino,
        "size": stat.st_size,
        "modified_ns": stat.st_mtime_ns,
        "changed_ns": stat.st_ctime_ns,
        "header": hashlib.sha256(header).hexdigest(),
    }


def _write_seal(path: Path, print_: dict[str, object], checked_at: float) -> None:
    seals = _seals()
    seals[str(path)] = {**print_, "checked_at": checked_at}
    target = _seals_file()
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")  # two QA Studio processes may close at once
    partial.write_text(json.dumps(seals, indent=1), encoding="utf-8")
    partial.replace(target)


def last_check(path: Path) -> float | None:
    """When the file was last read through by `quick_check`, if it is byte for byte as QA Studio left it since: its
    fingerprint equals the seal written after that check or after a later clean close. None when it must be checked
    before use. What this cannot see: damage that does not pass through the file system (a failing disk, a fault in
    the storage under it) while the fingerprint stays the same; the daily check and `qa-studio check` find that."""
    seal = _seals().get(str(path))
    current = fingerprint(path)
    if not isinstance(seal, dict) or current is None or any(seal.get(k) != v for k, v in current.items()):
        return None
    checked_at = seal.get("checked_at")
    return float(checked_at) if isinstance(checked_at, (int, float)) else None


def check_due(checked_at: float | None, now: float | None = None) -> bool:
    return checked_at is None or (time.time() if now is None else now) - checked_at >= RECHECK_EVERY_SECONDS


def seal_after_clean_close(path: Path, checked_at: float) -> None:
    """After the last connection closed and SQLite folded its log into the file: the file changed only through
    QA Studio's own SQLite since it was checked at `checked_at`, so its new fingerprint is sealed with that time.
    Not sealed while the log is still there (another program has the file open): the next open checks it."""
    current = fingerprint(path)
    if current is not None:
        _write_seal(path, current, checked_at=checked_at)


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    problems: list[str]
    advice: str


def full_check(path: Path) -> CheckResult:
    """integrity_check (pages, records and every index) and foreign_key_check, for `qa-studio check`."""
    problems = _problems(path, "integrity_check")
    return CheckResult(not problems, problems, str(_restore_advice(path)) if problems else "")
