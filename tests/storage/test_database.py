"""Opening, migrating and failing safely: on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from qa_studio.services import audit
from qa_studio.storage.database import (
    Database,
    DatabaseLocked,
    DatabaseUnavailable,
    SchemaTooNew,
    describe_url,
    open_database,
    resolve_url,
)
from qa_studio.storage.models import AuditEntry, Base, Team
from qa_studio.storage.search_sql import BIGRAM_INDEXES, TRIGRAM_INDEXES


def test_migration_creates_every_mapped_table(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {table.name for table in Base.metadata.sorted_tables} <= tables
    assert database.current_revision() is not None


def test_migrating_twice_changes_nothing(database: Database) -> None:
    with database.session() as session:
        session.add(Team(name="Kept"))
    revision = database.current_revision()
    database.migrate()
    assert database.current_revision() == revision
    with database.session() as session:
        assert session.scalar(select(Team.name)) == "Kept"


def test_schema_from_a_newer_release_is_refused_and_left_alone(database: Database) -> None:
    head = database.current_revision()
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    with pytest.raises(SchemaTooNew, match="newer version of QA Studio"):
        database.migrate()
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "f00dcafe9999"
        connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
        connection.commit()


def test_audit_log_is_append_only(database: Database) -> None:
    with database.session() as session:
        audit.record(session, "import", "import_batch", 1, {"imported": 3}, actor="tester")
    with pytest.raises(PermissionError), database.session() as session:
        entry = session.scalar(select(AuditEntry))
        assert entry is not None
        entry.action = "tampered"
    with pytest.raises(PermissionError), database.session() as session:
        session.delete(session.scalar(select(AuditEntry)))
    with database.session() as session:
        assert session.scalar(select(AuditEntry.action)) == "import"


def test_locked_sqlite_database_gives_a_clear_error_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    database = Database(f"sqlite:///{path}", busy_timeout_ms=100)
    database.migrate()
    with database.session() as session:
        session.add(Team(name="Saved before the lock"))
    blocker = sqlite3.connect(path, timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="locked by another program"), database.session() as session:
            session.add(Team(name="Written during the lock"))
    finally:
        blocker.rollback()
        blocker.close()
    with database.session() as session:
        assert list(session.scalars(select(Team.name))) == ["Saved before the lock"]
    database.dispose()


def test_deleted_sqlite_file_is_reported_instead_of_writing_into_the_void(tmp_path: Path) -> None:
    path = tmp_path / "gone.db"
    database = open_database(f"sqlite:///{path}")
    path.unlink()
    with pytest.raises(DatabaseUnavailable, match="is gone"), database.session() as session:
        session.add(Team(name="lost"))
    database.dispose()


def test_unreachable_server_is_reported_with_its_address() -> None:
    database = Database("postgresql://qa:secret@127.0.0.1:1/nowhere")
    with pytest.raises(DatabaseUnavailable) as caught:
        database.migrate()
    assert "127.0.0.1:1" in str(caught.value)
    assert "secret" not in str(caught.value)


def test_url_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_STUDIO_DB", "sqlite:///from-env.db")
    assert resolve_url("sqlite:///explicit.db") == "sqlite:///explicit.db"
    assert resolve_url(None) == "sqlite:///from-env.db"
    monkeypatch.delenv("QA_STUDIO_DB")
    assert resolve_url(None).endswith("qa-studio.db")
    assert describe_url("postgresql://u:pw@host/db") == "postgresql+psycopg://u:***@host/db"


def test_migrations_match_the_models(database: Database) -> None:
    """The schema Alembic builds is exactly the one the ORM maps: no column forgotten in a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def mapped(name: str | None, kind: str, _parent: object) -> bool:
        # The text indexes of search (storage/search_sql.py) are the database's own, not mapped tables.
        own = (*TRIGRAM_INDEXES, *BIGRAM_INDEXES)
        return not (kind == "table" and (name or "").startswith("search_fts")) and name not in own

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": mapped})
        differences = compare_metadata(context, Base.metadata)
    # Server defaults and comments are not compared by default; types, columns, tables and indexes are.
    assert differences == []
