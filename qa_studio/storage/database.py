"""Opening the database (SQLite by default, PostgreSQL by URL), migrating it, and units of work."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.paths import default_database_url
from qa_studio.storage.audit_chain import SQLITE_FUNCTION, chain_hash

if TYPE_CHECKING:
    from alembic.config import Config

DB_ENV_VAR = "QA_STUDIO_DB"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision(?:: *str)? *= *[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision[^=]*=(.*)$", re.MULTILINE)


def schema_heads() -> set[str]:
    """The newest schema revision(s) this QA Studio knows, read from the migration files' headers.

    Reading them costs a millisecond; Alembic's own script directory costs a quarter of a second at every start, so
    it is loaded only when the database is not at the head already."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if down := _DOWN_REVISION.search(source):
            parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    return revisions - parents


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
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()
        # The audit log's trigger seals every entry with this function (storage/audit_chain.py).
        dbapi_connection.create_function(SQLITE_FUNCTION, 8, chain_hash, deterministic=True)

    return on_connect


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
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {where} is damaged ({detail}). Nothing more was written. Close QA Studio, run "
                "`qa-studio check` and restore the newest backup (`qa-studio backup --list` shows them).",
            ),
            where=where,
            detail=text.splitlines()[0],
        )
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
            # Interactive queries: JIT compilation costs 0.2–1.5 s on a deep page of the list and saves nothing there.
            kwargs["connect_args"] = {"connect_timeout": 5, "options": "-c jit=off"}
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._migrated = False

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
        except OperationalError as exc:
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


def open_database(url: str | None = None, *, backup: bool = True) -> Database:
    """Check, open and migrate: the one call the CLI and the GUI make before doing anything else.

    An SQLite file is checked first (storage/integrity.py): one that is damaged, emptied, or gone although QA Studio
    used it before is refused with the advice to restore a backup, never replaced by a new, empty database. Once
    open, it is backed up if the last automatic backup is a day old (storage/backup.py).
    """
    from qa_studio.storage import backup as backups
    from qa_studio.storage import integrity

    path = _sqlite_file(url)
    if path is not None:
        integrity.check_before_open(path)
        existed = path.exists()
        if existed:
            integrity.quick_check(path)
    database = Database(url)
    try:
        database.migrate()
        if path is not None:
            integrity.remember(path)
            if backup and existed:
                try:
                    backups.automatic_backup(path)
                except (OSError, sqlite3.Error) as exc:  # a full disk must not keep the user out of their data
                    logging.getLogger(__name__).warning("automatic backup of %s failed: %s", path, exc)
    except BaseException:
        database.dispose()
        raise
    return database


def _sqlite_file(url: str | None) -> Path | None:
    parsed = _normalise(resolve_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().resolve()
