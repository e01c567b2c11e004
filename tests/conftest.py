"""Shared test set-up: offscreen Qt, a throwaway data folder and settings, fresh SQLite and PostgreSQL databases."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Before anything imports Qt: no screen is needed, and no test may touch the user's real data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QA_STUDIO_HOME"] = tempfile.mkdtemp(prefix="qa-studio-home-")

import pytest  # noqa: E402
from sqlalchemy import text  # noqa: E402

from qa_studio.storage.database import Database, open_database  # noqa: E402
from qa_studio.storage.models import Base  # noqa: E402

DATA = Path(__file__).parent / "data"
PG_ADMIN_URL = os.environ.get("QA_STUDIO_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per session; each test gets a copy, which is much faster than migrating again."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = open_database(f"sqlite:///{path}")
    database.dispose()
    return path


def _pg_admin() -> Database | None:
    admin = Database(PG_ADMIN_URL)
    try:
        with admin.engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as exc:  # any failure to connect means "no server here"
        admin.dispose()
        if IN_CI:
            raise RuntimeError(f"PostgreSQL must run in CI but does not answer at {PG_ADMIN_URL}: {exc}") from exc
        return None
    return admin


@pytest.fixture(scope="session")
def _pg_url() -> Iterator[str | None]:
    """A throwaway PostgreSQL database for the whole run, migrated once and dropped at the end."""
    admin = _pg_admin()
    if admin is None:
        yield None
        return
    name = f"qa_studio_test_{uuid.uuid4().hex[:10]}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    database = open_database(url)
    database.dispose()
    yield url
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@contextmanager
def throwaway_team_database(label: str) -> Iterator[tuple[str, str]]:
    """A new database on the test server for one team set-up, and the prefix its roles are to have: (url, prefix).
    Afterwards the database goes, and with it every role whose name starts with the prefix (groups and logins)."""
    admin = _pg_admin()
    if admin is None:
        pytest.skip(f"PostgreSQL does not answer at {PG_ADMIN_URL}")
    suffix = uuid.uuid4().hex[:8]
    name, prefix = f"qa_studio_{label}_{suffix}", f"{label[0]}{suffix}"
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", prefix
    finally:
        with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            roles = connection.execute(text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix)"),
                                       {"prefix": prefix}).scalars()  # fmt: skip
            for role in list(roles):
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def _empty_pg(url: str) -> Database:
    database = Database(url)
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    database.migrate()
    return database


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database: each storage test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "qa.db"
        shutil.copyfile(_sqlite_template, path)
        db = open_database(f"sqlite:///{path}")
    else:
        url = request.getfixturevalue("_pg_url")
        if url is None:
            pytest.skip(f"PostgreSQL does not answer at {PG_ADMIN_URL} (set CI=true to make this an error)")
        db = _empty_pg(url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A fresh SQLite database, for tests about SQLite itself and for GUI tests."""
    path = tmp_path / "qa.db"
    shutil.copyfile(_sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def settings(tmp_path: Path):  # noqa: ANN201 - Settings, imported lazily so collection stays Qt-free
    from PySide6.QtCore import QSettings

    from qa_studio.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def runner(qapp):  # noqa: ANN001, ANN201
    from qa_studio.ui.tasks import TaskRunner

    return TaskRunner(synchronous=True)
