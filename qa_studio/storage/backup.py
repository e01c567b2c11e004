"""Backups of the embedded SQLite database: on demand (`qa-studio backup`) and automatically once a day at start,
keeping the newest few, through SQLite's online backup API (a consistent copy even while QA Studio writes).

PostgreSQL databases are backed up with the server's own pg_dump; `pg_dump_instructions` says how.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from qa_studio.paths import data_dir

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

AUTOMATIC_EVERY = timedelta(days=1)
AUTOMATIC_KEEP = 5
_STAMP = "%Y%m%d-%H%M%S"


def backup_folder(database: Path) -> Path:
    """Where the backups of one database file go: in the local data folder (not beside a file on a share or a
    failing disk), one folder per database file."""
    tag = hashlib.sha256(str(database).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{database.stem}-{tag}"


def backups(database: Path) -> list[Path]:
    """The backups of this database, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database.stem}-*.db"), reverse=True)


def newest_backup(database: Path) -> Path | None:
    found = backups(database)
    return found[0] if found else None


def backup_sqlite(database: Path, target: Path | None = None, now: datetime | None = None) -> Path:
    """Copy the live database to `target` (default: a new file in its backup folder) and return where it went.

    Written to a temporary file beside the target and renamed, so a failed backup never leaves half a file that
    looks like a backup.
    """
    if target is None:
        target = backup_folder(database) / f"{database.stem}-{(now or datetime.now()).strftime(_STAMP)}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    source = sqlite3.connect(database.as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    partial.replace(target)
    return target


def backup_due(database: Path, now: datetime | None = None) -> bool:
    """Whether the newest backup is a day old or there is none: the next open backs the file up."""
    now = now or datetime.now()
    newest = newest_backup(database)
    if newest is None:
        return True
    try:
        taken = datetime.strptime("-".join(newest.stem.rsplit("-", 2)[-2:]), _STAMP)
    except ValueError:
        taken = datetime.fromtimestamp(newest.stat().st_mtime)
    return now - taken >= AUTOMATIC_EVERY


def automatic_backup(database: Path, now: datetime | None = None) -> Path | None:
    """Back up once a day (at the first start after a day has passed) and keep the newest AUTOMATIC_KEEP.

    Returns the new backup, or None when the newest one is recent enough.
    """
    now = now or datetime.now()
    if not backup_due(database, now):
        return None
    made = backup_sqlite(database, now=now)
    for old in backups(database)[AUTOMATIC_KEEP:]:
        old.unlink(missing_ok=True)
    return made


def pg_dump_instructions(url: URL, now: datetime | None = None) -> str:
    """How to back up and restore a PostgreSQL database with the server's tools (the password is not shown)."""
    stamp = (now or datetime.now()).strftime(_STAMP)
    plain = url.set(drivername="postgresql")
    target = f"qa-studio-{url.database}-{stamp}.dump"
    shown = plain.render_as_string(hide_password=True)
    return "\n".join(
        [
            "This database is on a PostgreSQL server; back it up with the server's pg_dump (PostgreSQL client tools):",
            f'  pg_dump --format=custom --file "{target}" "{shown}"',
            "(give the password when asked, or set PGPASSWORD). To restore into an empty database:",
            f'  pg_restore --clean --if-exists --dbname "{shown}" "{target}"',
            "Your database administrator may already back the server up; ask before restoring over live data.",
        ]
    )
