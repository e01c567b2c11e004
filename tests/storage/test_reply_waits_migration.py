"""Upgrading a database whose chats were stored before reply waits: each agent answer to a customer's turn gets its
reply number and wait (rounded up to the millisecond), and a role corrected afterwards marks the chat again; SQLite
and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from qa_studio.services.interactions import RoleCorrection
from qa_studio.storage.database import Database
from tests.people import add_people


def test_stored_chats_get_their_reply_waits_and_follow_a_role_correction(database: Database) -> None:
    config = database._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012_autoqa")
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO interactions (id, channel, direction, status, source_path, source_format, source_key, "
            "role_rules, message_count, created_at) VALUES (1, 'chat', 'inbound', 'new', 'x.json', 'json', 'k1', "
            "'[{\"author\": \"Jane\", \"role\": \"customer\", \"reason\": \"\"}, "
            "{\"author\": \"Bot\", \"role\": \"agent\", \"reason\": \"\"}, "
            "{\"author\": \"Emma\", \"role\": \"agent\", \"reason\": \"\"}]', 5, '2026-11-01')"))  # fmt: skip
        # Jane at 0 s and 10 s (one turn), Bot at 25.0004 s, Emma at 30 s, Jane at 100 s, Emma at 131 s.
        for seq, author, role, at in ((0, "Jane", "customer", "09:00:00"), (1, "Jane", "customer", "09:00:10"),
                                      (2, "Bot", "agent", "09:00:25.000400"), (3, "Emma", "agent", "09:00:30"),
                                      (4, "Jane", "customer", "09:01:40"), (5, "Emma", "agent", "09:02:11")):
            connection.execute(text(
                "INSERT INTO messages (interaction_id, seq, author, role, sent_at, text) "
                "VALUES (1, :seq, :author, :role, :at, '…')"), {"seq": seq, "author": author, "role": role,
                                                                "at": f"2026-11-20 {at}"})  # fmt: skip
    database.migrate()

    def marks() -> list[tuple]:
        with database.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(
                "SELECT seq, reply_number, reply_wait_ms FROM messages ORDER BY seq"))]  # fmt: skip

    assert marks() == [(0, None, None), (1, None, None), (2, 1, 25001), (3, None, None), (4, None, None),
                       (5, 2, 31000)]  # fmt: skip
    add_people(database, 周婷="lead")
    # The bot was no agent: Emma's message at 30 s is the first answer now.
    RoleCorrection(database).set_author_role(1, "Bot", "system", actor="周婷")
    assert marks() == [(0, None, None), (1, None, None), (2, None, None), (3, 1, 30000), (4, None, None),
                       (5, 2, 31000)]  # fmt: skip
