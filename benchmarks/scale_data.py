"""Large interaction databases for the benchmarks, built once with bulk inserts and kept between runs.

SQLite: a file per size in the cache folder (default: the system's temp folder / qa-studio-bench), copied never.
PostgreSQL: a database per size on the given server, kept; both are rebuilt when the schema revision changes.
"""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from qa_studio.storage.database import Database, open_database, schema_heads

CACHE = Path(os.environ.get("QA_STUDIO_BENCH_CACHE", Path(tempfile.gettempdir()) / "qa-studio-bench"))
AGENTS = 60
QUEUES = ("Delivery", "Returns", "Billing", "投诉", None)
CHANNELS = ("call", "chat", "chat", "email")
STATUSES = ("new", "transcribed", "evaluated")
PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
_REVISION = "-".join(sorted(schema_heads()))


def _interaction_rows(rows: int, chunk: int = 50_000) -> Iterator[tuple[list[tuple], list[tuple]]]:
    """Interactions and their first messages, a chunk at a time so a million rows fit in little memory."""
    rng = random.Random(7)
    start = datetime(2020, 1, 1)
    interactions: list[tuple] = []
    messages: list[tuple] = []
    for number in range(1, rows + 1):
        agent = rng.randint(0, AGENTS)  # 0: no agent recognised, as for some imported calls
        channel = rng.choice(CHANNELS)
        # Several interactions share a start time, so the list's tie-break by id is exercised.
        # As SQLAlchemy writes a time into SQLite (PostgreSQL parses it).
        started = (start + timedelta(minutes=number // 3)).strftime("%Y-%m-%d %H:%M:%S.%f")
        interactions.append((
            number, channel, "inbound", rng.choice(QUEUES), started, rng.randint(30_000, 900_000),
            agent or None, (1 + agent % 2) if agent else None, f"C{rng.randint(1, 40_000)}",
            "Order 订单 question" if channel == "email" else None, rng.choice(STATUSES),
            f"/recordings/{number:07d}.wav", "audio" if channel == "call" else "json", f"bench:{number}", "[]",
            1 if channel == "chat" else 0, started,
        ))  # fmt: skip
        if channel == "chat":
            messages.append((number, 0, "Customer", "customer", started, f"你好, my parcel {number} has not arrived"))
        if len(interactions) == chunk or number == rows:
            yield interactions, messages
            interactions, messages = [], []


_INTERACTION_COLUMNS = (
    "id, channel, direction, queue, started_at, duration_ms, agent_id, team_id, customer_ref, subject, status, "
    "source_path, source_format, source_key, role_rules, message_count, created_at"
)
_MESSAGE_COLUMNS = "interaction_id, seq, author, role, sent_at, text"


def _people(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO teams (id, name, created_at) VALUES (1, 'After-sales 售后一组', '2020-01-01'), "
                 "(2, 'Cross-border 跨境组', '2020-01-01')")
        )  # fmt: skip
        for n in range(1, AGENTS + 1):
            connection.execute(
                text("INSERT INTO agents (id, name, team_id, active, created_at) VALUES (:id, :name, :team, true, "
                     "'2020-01-01')"),  # fmt: skip
                {"id": n, "name": f"Agent {(n * 37) % AGENTS:02d} 坐席", "team": 1 + n % 2},
            )


def sqlite_database(rows: int) -> str:
    """The URL of a migrated SQLite database holding `rows` interactions, built on first use."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"interactions-{rows}-{_REVISION}-v2.db"
    if not path.exists():
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        database = open_database(f"sqlite:///{building}", backup=False)
        _people(database)
        raw = database.engine.raw_connection()
        try:
            cursor = raw.cursor()
            for interactions, messages in _interaction_rows(rows):
                cursor.executemany(
                    f"INSERT INTO interactions ({_INTERACTION_COLUMNS}) VALUES ({','.join('?' * 17)})", interactions
                )
                cursor.executemany(f"INSERT INTO messages ({_MESSAGE_COLUMNS}) VALUES (?,?,?,?,?,?)", messages)
            raw.commit()
            cursor.execute("ANALYZE")
            raw.commit()
        finally:
            raw.close()
        database.dispose()
        building.rename(path)
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def postgres_database(server_url: str, rows: int) -> str:
    """The URL of a migrated PostgreSQL database holding `rows` interactions on `server_url`, built with COPY."""
    name = f"qa_bench_{rows}_{_REVISION.replace('-', '_')}".lower()
    admin = Database(server_url)
    url = make_url(admin.url).set(database=name).render_as_string(hide_password=False)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if exists:
            admin.dispose()
            return url
        connection.execute(text(f'CREATE DATABASE "{name}_building"'))
    database = open_database(make_url(url).set(database=f"{name}_building").render_as_string(hide_password=False))
    _people(database)
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for interactions, messages in _interaction_rows(rows):
            with cursor.copy(f"COPY interactions ({_INTERACTION_COLUMNS}) FROM STDIN") as copy:
                for row in interactions:
                    copy.write_row(row)
            with cursor.copy(f"COPY messages ({_MESSAGE_COLUMNS}) FROM STDIN") as copy:
                for row in messages:
                    copy.write_row(row)
        cursor.execute("SELECT setval(pg_get_serial_sequence('interactions', 'id'), %s)", (rows + 1,))
        raw.commit()
    finally:
        raw.close()
    database.dispose()
    built = Database(make_url(url).set(database=f"{name}_building").render_as_string(hide_password=False))
    with built.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))  # as autovacuum leaves a table: visibility map set, statistics known
    built.dispose()
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f'ALTER DATABASE "{name}_building" RENAME TO "{name}"'))
    admin.dispose()
    return url


def database_url(backend: str, rows: int) -> str:
    if backend == "sqlite":
        return sqlite_database(rows)
    return postgres_database(os.environ.get("QA_STUDIO_BENCH_PG", PG_SERVER), rows)


