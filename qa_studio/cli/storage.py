"""`qa-studio backup` and `qa-studio check`: a consistent copy of the SQLite database (pg_dump instructions for
PostgreSQL), and SQLite's full integrity check with the advice to restore a backup when it fails."""

from __future__ import annotations

import argparse
from pathlib import Path

from qa_studio.cli.common import EXIT_OK, EXIT_REFUSED, Add
from qa_studio.i18n import tr
from qa_studio.storage.database import Database, _sqlite_file


def register(add: Add) -> None:
    backup = add("backup", tr("back up the database (SQLite: a consistent copy; PostgreSQL: how to use pg_dump)"),
                 run_backup)  # fmt: skip
    backup.add_argument("--out", metavar="FILE", help=tr("where to write the copy (default: the backups folder)"))
    backup.add_argument("--list", action="store_true", help=tr("list the backups QA Studio has made"))
    check = add("check", tr("check the database for damage (SQLite integrity check of every page and index)"),
                run_check)  # fmt: skip
    check.add_argument(
        "--forget", action="store_true", help=tr("a database file gone on purpose: allow a new, empty one in its place")
    )
    check.set_defaults(before_open=before_open)


def before_open(args: argparse.Namespace) -> int | None:
    """`check --forget` runs without opening the database (it is the missing one); None for everything else."""
    if not args.forget:
        return None
    from qa_studio.storage import integrity

    path = _sqlite_file(args.db)
    if path is None:
        print(tr("--forget is for an SQLite database file"))
        return EXIT_REFUSED
    if path.exists():
        print(tr("{path} exists; --forget is only for a file that is gone").format(path=path))
        return EXIT_REFUSED
    if integrity.forget(path):
        print(tr("QA Studio will create a new, empty database at {path} the next time it starts.").format(path=path))
    else:
        print(tr("{path} was not a database QA Studio remembered; nothing to do.").format(path=path))
    return EXIT_OK


def run_backup(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.storage import backup

    if db.sqlite_path is None:
        print(backup.pg_dump_instructions(db.url))
        return EXIT_OK
    if args.list:
        found = backup.backups(db.sqlite_path)
        for path in found:
            print(f"{path}  {path.stat().st_size / 1024 / 1024:,.1f} MB")
        if not found:
            print(tr("No backups yet; they go to {folder}").format(folder=backup.backup_folder(db.sqlite_path)))
        return EXIT_OK
    target = backup.backup_sqlite(db.sqlite_path, Path(args.out).expanduser().resolve() if args.out else None)
    print(tr("Backed up to {path}").format(path=target))
    return EXIT_OK


def run_check(db: Database, args: argparse.Namespace) -> int:
    from qa_studio.storage import integrity

    if db.sqlite_path is None:
        print(
            tr("{url} is a PostgreSQL database: the server checks its own pages; ask its administrator to run "
               "pg_amcheck.").format(url=db.display_url)
        )  # fmt: skip
        return EXIT_OK
    result = integrity.full_check(db.sqlite_path)
    if result.ok:
        print(tr("{path}: no damage found (every page, record, index and reference checked).").format(
            path=db.sqlite_path))  # fmt: skip
        return EXIT_OK
    print(tr("{path} is damaged:").format(path=db.sqlite_path))
    for problem in result.problems:
        print(f"  {problem}")
    print(result.advice)
    return EXIT_REFUSED
