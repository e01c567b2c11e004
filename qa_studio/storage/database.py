"""Opening the database (SQLite by default, PostgreSQL by URL), migrating it, and units of work."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained, Phrase
from qa_studio.paths import default_database_url
from qa_studio.storage.audit_chain import SQLITE_FUNCTION, chain_hash
from qa_studio.storage.connect import POSTGRESQL_CONNECT_ARGS, set_up_sqlite
from qa_studio.storage.revisions import MIGRATIONS_DIR, schema_heads

if TYPE_CHECKING:
    from alembic.config import Config

DB_ENV_VAR = "QA_STUDIO_DB"

class StorageError(Explained):
    """A database problem explained for the user; nothing already committed is lost."""


class DatabaseLocked(StorageError):
    pass


class DatabaseUnavailable(StorageError):
    pass


class SchemaTooNew(StorageError):
    pass


class WriteConflict(StorageError):
    """A row the database refused because another one, written at the same moment, already holds its unique key (or
    what it refers to is gone): callers that expect such races say what happened in their own words."""


class DatabaseDamaged(StorageError):
    """The SQLite file is truncated, overwritten or fails SQLite's own checks: refused, to be restored."""


class DatabaseMissing(DatabaseUnavailable):
    """A database file QA Studio used before is gone; a new, empty one is not silently made in its place."""


def resolve_url(explicit: str | None = None) -> str:
    """--db wins, then the QA_STUDIO_DB environment variable, then the embedded SQLite file."""
    return explicit or os.environ.get(DB_ENV_VAR) or default_database_url()


def _normalise(url: str) -> URL:
    parsed = make_url(url)
    # "postgresql://" alone would pick psycopg2, which is not a dependency.
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def describe_url(url: str | URL) -> str:
    """The URL as shown to users: never with its password."""
    return _normalise(str(url) if isinstance(url, URL) else url).render_as_string(hide_password=True)


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        set_up_sqlite(dbapi_connection, busy_timeout_ms)
        # The audit log's trigger seals every entry with this function (storage/audit_chain.py).
        dbapi_connection.create_function(SQLITE_FUNCTION, 8, chain_hash, deterministic=True)

    return on_connect


def damaged(where: str, detail: object) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {where} is damaged ({detail}). Nothing more was written. Close QA Studio, run "
            "`qa-studio check` and restore the newest backup (`qa-studio backup --list` shows them).",
        ),
        where=where,
        detail=detail,
    )


def explain_db_error(exc: BaseException, url: str | URL) -> StorageError:
    """Turn a driver error into a message naming what is wrong and what to do."""
    text = str(getattr(exc, "orig", exc) or exc).strip()
    where = describe_url(url)
    lowered = text.lower()
    if isinstance(exc, IntegrityError):
        return WriteConflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {where} refused a change that conflicts with another made at the same moment: {reason}",
            ),
            where=where,
            reason=text.splitlines()[0] if text else type(exc).__name__,
        )
    if "database is locked" in lowered or "lock timeout" in lowered:
        return DatabaseLocked(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {where} is locked by another program or QA Studio window. Nothing was changed; close "
                "the other program and try again.",
            ),
            where=where,
        )
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database server {where} refused the login: the password is wrong or missing. Nothing was "
                "changed; check the password under File → Settings → Database.",
            ),
            where=where,
        )
    if "not permitted to log in" in lowered:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The login of {where} is disabled on the database server; ask your administrator. Nothing was "
                "changed.",
            ),
            where=where,
        )
    if "malformed" in lowered or "file is not a database" in lowered:
        return damaged(where, text.splitlines()[0])
    if "unable to open database" in lowered or "no such table" in lowered:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {where} cannot be opened or is incomplete: {text}",
            ),
            where=where,
            text=text,
        )
    if "connection" in lowered or "could not" in lowered or "refused" in lowered or "timeout" in lowered:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot reach the database server {where}: {detail}",
            ),
            where=where,
            detail=text.splitlines()[0],
        )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Database error on {where}: {detail}",
        ),
        where=where,
        detail=text.splitlines()[0] if text else type(exc).__name__,
    )


class Database:
    """One database: an engine, a session factory, and the migration entry point."""

    def __init__(self, url: str | None = None, *, echo: bool = False, busy_timeout_ms: int = 5000) -> None:
        self.url = _normalise(resolve_url(url))
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.sqlite_path: Path | None = None
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                self.sqlite_path = Path(self.url.database).expanduser().resolve()
                self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["connect_args"] = dict(POSTGRESQL_CONNECT_ARGS)
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._migrated = False
        # An SQLite file checked at open (open_database): its path and when it was last read through, sealed again
        # at a clean close (storage/integrity.py).
        self._sealed: tuple[Path, float | None] | None = None
        self._checked: threading.Lock | None = None  # held while the day's check runs (daily_check="later")
        self._daily_done = False
        self._backed_up = False
        self._refused_writes: DatabaseDamaged | None = None

    def __repr__(self) -> str:
        return f"Database({describe_url(self.url)})"

    @property
    def display_url(self) -> str:
        return describe_url(self.url)

    def _check_present(self) -> None:
        # SQLite keeps writing to a deleted file through its open handle; refuse instead of losing the work.
        if self.sqlite_path is not None and self._migrated and not self.sqlite_path.exists():
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database file {sqlite_path} is gone (moved or deleted). Nothing more was written; restore "
                    "the file or choose another database.",
                ),
                sqlite_path=self.sqlite_path,
            )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error, driver errors explained."""
        self._check_present()
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise explain_db_error(exc, self.url) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _alembic_config(self) -> Config:
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        return config

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def stored_revisions(self) -> set[str]:
        """The schema revision(s) the database records (empty for a new database), read without Alembic."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return set()
            return set(connection.scalars(text("SELECT version_num FROM alembic_version")))

    def migrate(self) -> None:
        """Bring the schema up to date; refuse a schema written by a newer QA Studio."""
        try:
            up_to_date = self.stored_revisions() == schema_heads()
        except DBAPIError as exc:  # also the schema of a damaged file that could not be read
            raise explain_db_error(exc, self.url) from exc
        if up_to_date:
            self._migrated = True
            return
        from alembic import command
        from alembic.script import ScriptDirectory

        config = self._alembic_config()
        script = ScriptDirectory.from_config(config)
        try:
            current = self.current_revision()
            if current is not None and script.get_revision(current) is None:
                raise SchemaTooNew(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database {display_url} was created by a newer version of QA Studio (schema {current}). "
                        "Update QA Studio to open it; nothing was changed.",
                    ),
                    display_url=self.display_url,
                    current=current,
                )
        except OperationalError as exc:
            raise explain_db_error(exc, self.url) from exc
        except Exception as exc:
            if isinstance(exc, StorageError):
                raise
            if "Can't locate revision" in str(exc) or "No such revision" in str(exc):
                raise SchemaTooNew(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database {display_url} was created by a newer version of QA Studio. Update QA Studio to "
                        "open it; nothing was changed.",
                    ),
                    display_url=self.display_url,
                ) from exc
            raise
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if current != script.get_current_head() and not self.is_sqlite:
                    _refresh_team_rules(connection)
        except OperationalError as exc:
            raise explain_db_error(exc, self.url) from exc
        self._migrated = True

    def dispose(self) -> None:
        self.engine.dispose()
        if self._sealed is not None and self._refused_writes is None:
            from qa_studio.storage import integrity

            path, checked_at = self._sealed
            self._sealed = None
            if checked_at is not None and path.exists():
                try:
                    integrity.seal_after_clean_close(path, checked_at)
                except OSError as exc:  # the next open checks the file again: slower, never less safe
                    logging.getLogger(__name__).warning("could not note %s as closed cleanly: %s", path, exc)

    def _automatic_backup(self) -> None:
        from qa_studio.storage import backup as backups

        assert self.sqlite_path is not None
        try:
            backups.automatic_backup(self.sqlite_path)
        except (OSError, sqlite3.Error) as exc:  # a full disk must not keep the user out of their data
            logging.getLogger(__name__).warning("automatic backup of %s failed: %s", self.sqlite_path, exc)

    def _hold_writes(self) -> None:
        """Until `daily_check()` is done, any statement that is not a read first waits for it, or runs it in place if
        it has not started (and is refused if the file is damaged): nothing is written to a file not checked today."""
        self._checked = threading.Lock()
        event.listen(self.engine, "before_cursor_execute", self._check_before_writing)

    def _check_before_writing(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self._daily_done and self._refused_writes is None:
            return
        if statement.lstrip()[:6].upper() in ("SELECT", "PRAGMA"):
            return
        logging.getLogger(__name__).debug("write before the day's check: %s", statement[:80])
        self.daily_check(backup=False)

    def daily_check(self, backup: bool = True) -> None:
        """The day's quick_check of an SQLite file opened with `daily_check="later"`, when due, then its automatic
        backup; meant for a background thread. Raises DatabaseDamaged, and refuses every write from then on, when
        damaged."""
        from qa_studio.storage import integrity

        if self._checked is None:
            return
        with self._checked:  # one check, whichever thread asks first; the others wait for its answer
            if not self._daily_done:
                try:
                    if self._sealed is not None:
                        path, checked_at = self._sealed
                        if integrity.check_due(checked_at):
                            try:
                                integrity.quick_check(path)
                            except DatabaseDamaged as exc:
                                self._refused_writes = exc
                            else:
                                self._sealed = (path, time.time())
                finally:
                    self._daily_done = True
            if self._refused_writes is not None:
                raise self._refused_writes
            if not backup or self._backed_up or self.sqlite_path is None:
                return
            self._backed_up = True
        self._automatic_backup()


def _refresh_team_rules(connection: Connection) -> None:
    """After an upgrade of a team database (run by its owner, the only one allowed to change the schema), the grants,
    policies and helper functions are brought up to date with the new schema in the same transaction: a new column of
    clear text, say, is granted to nobody who may not read it."""
    from qa_studio.storage import team_sql

    prefix = connection.execute(
        text("SELECT value FROM team_settings WHERE key = :key"), {"key": team_sql.PREFIX_SETTING}
    ).scalar()
    if prefix is None:
        return
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    schema = connection.execute(text("SELECT current_schema()")).scalar() or "public"
    cursor = connection.connection.cursor()  # as written: role and policy DDL carries % that is not a parameter
    try:
        for statement in team_sql.enable_statements(prefix, database, schema):
            cursor.execute(statement)
    finally:
        cursor.close()


def open_database(url: str | None = None, *, backup: bool = True, daily_check: str = "now") -> Database:
    """Check, open and migrate: the one call the CLI and the GUI make before doing anything else.

    An SQLite file is checked first (storage/integrity.py): one that is damaged, emptied, or gone although QA Studio
    used it before is refused with the advice to restore a backup, never replaced by a new, empty database. Its
    header and length are read at every open; SQLite's quick_check runs when the file is not exactly as QA Studio
    last checked or cleanly closed it, and once a day. `daily_check="later"` (the desktop app): a day's re-check of an
    unchanged file is left to `Database.daily_check()`, run in the background once the window is on screen; writes
    wait for it. Once open and checked, the file is backed up if the last automatic backup is a day old
    (storage/backup.py); with "later", that too is done by `daily_check()`.
    """
    from qa_studio.storage import integrity

    path = _sqlite_file(url)
    checked_at: float | None = None
    if path is not None:
        integrity.check_before_open(path)
        existed = path.exists()
        if existed:
            checked_at = integrity.last_check(path)
            if checked_at is None or (daily_check == "now" and integrity.check_due(checked_at)):
                integrity.quick_check(path)
                checked_at = time.time()
        else:
            checked_at = time.time()  # created here and now: nothing in it to be damaged yet
    database = Database(url)
    try:
        try:
            database.migrate()
        except UnicodeDecodeError as exc:
            # SQLite's own message quotes the damaged schema, bytes that are not text: the driver cannot even say it.
            words = QT_TRANSLATE_NOOP("Errors", "its schema holds bytes that are not text")
            raise damaged(database.display_url, Phrase(words)) from exc
        if path is not None:
            integrity.remember(path)
            database._sealed = (path, checked_at)
            if daily_check == "later":
                database._hold_writes()
            elif backup and existed:
                database._automatic_backup()
    except BaseException:
        database.dispose()
        raise
    return database


def _sqlite_file(url: str | None) -> Path | None:
    parsed = _normalise(resolve_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().resolve()
