"""Upgrading a database from before keyword spotting (0012): its index is made again, so two-character searches go
through it, and every interaction's details become searchable, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.storage.database import Database


def test_an_older_index_is_made_again_with_the_details(database: Database) -> None:
    config = database._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012_autoqa")
    with database.engine.begin() as connection:
        run = connection.execute
        run(text("INSERT INTO interactions (id, channel, direction, status, source_path, source_format, source_key, "
                 "role_rules, message_count, created_at, started_at, customer_ref) VALUES (1, 'chat', 'inbound', "
                 "'new', 'old.json', 'json', 'k1', '[]', 1, '2026-11-01', '2026-11-01', 'C-778')"))  # fmt: skip
        run(text("INSERT INTO messages (interaction_id, seq, author, role, text, text_masked) VALUES "
                 "(1, 0, 'Jane', 'customer', '我要投诉', '我要投诉')"))  # fmt: skip
        run(text("INSERT INTO search_entries (interaction_id, kind, position, text, masked_text) VALUES "
                 "(1, 'message', 0, '我要投诉', '我要投诉')"))  # as 0012 indexed it
    database.migrate()
    queries = InteractionQueries(database)
    assert queries.count(InteractionFilter(text="投诉")) == 1  # two characters, through the index made again
    assert queries.count(InteractionFilter(text="C-778")) == 1  # the interaction's details
    assert queries.count(InteractionFilter(text="退款")) == 0
