"""How every connection is set up, for SQLAlchemy's engine (storage/database.py) and for the quick `list`, which talks
to the driver directly (cli/quick_list.py): one place, so both read the database under the same settings."""

from __future__ import annotations

from typing import Any

# Interactive queries: JIT compilation costs 0.2–1.5 s on a deep page of the list and saves nothing there.
POSTGRESQL_CONNECT_ARGS: dict[str, Any] = {"connect_timeout": 5, "options": "-c jit=off"}


def set_up_sqlite(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.close()
