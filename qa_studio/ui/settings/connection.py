"""Testing a database connection off the GUI thread, with the reason when it fails."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import URL

from qa_studio.storage.database import Database, StorageError, explain_db_error


def postgres_url(host: str, port: int, database: str, user: str, password: str | None = None) -> str:
    return URL.create(
        "postgresql+psycopg", username=user or None, password=password or None, host=host or None, port=port,
        database=database or None,
    ).render_as_string(hide_password=False)  # fmt: skip


def test_connection(url: str) -> str:
    """Connects and asks the server its version; raises StorageError with the reason when it cannot."""
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            if database.is_sqlite:
                return "SQLite " + connection.execute(text("select sqlite_version()")).scalar_one()
            return connection.execute(text("select version()")).scalar_one().split(",")[0]
    except StorageError:
        raise
    except Exception as exc:  # any driver error: said in the user's terms
        raise explain_db_error(exc, url) from None
    finally:
        database.dispose()
