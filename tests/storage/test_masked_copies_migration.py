"""Upgrading a database from before masked copies: every subject, message and transcript line gets its masked copy,
and a correction made afterwards keeps the engine's original text, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from qa_studio.services.transcription import TranscriptionService
from qa_studio.storage.database import Database

CARD = "4111 1111 1111 1111"


def test_existing_text_gets_masked_copies_and_corrections_keep_the_original(database: Database) -> None:
    config = database._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    with database.engine.begin() as connection:
        insert = connection.execute
        insert(text("INSERT INTO interactions (id, channel, direction, subject, status, source_path, source_format, "
                    "source_key, role_rules, message_count, created_at) VALUES (1, 'email', 'inbound', "
                    "'Card ' || :card, 'new', 'x.eml', 'eml', 'k1', '[]', 1, '2026-11-01')"), {"card": CARD})
        insert(text("INSERT INTO messages (interaction_id, seq, author, role, text) VALUES "
                    "(1, 0, 'Jane', 'customer', 'write to jane.doe@example.com')"))  # fmt: skip
        insert(text("INSERT INTO transcripts (id, interaction_id, version, is_current, engine, model, options, "
                    "created_at) VALUES (1, 1, 1, :yes, 'test', 'test', '{}', '2026-11-01')"), {"yes": True})
        insert(text("INSERT INTO transcript_segments (id, transcript_id, seq, start_ms, end_ms, speaker, text, words) "
                    "VALUES (1, 1, 0, 0, 900, 'customer', 'my card is ' || :card, '[]')"), {"card": CARD})
    database.migrate()
    with database.engine.connect() as connection:
        copies = connection.execute(text(
            "SELECT i.subject_masked, m.text_masked, s.text_masked FROM interactions i "
            "JOIN messages m ON m.interaction_id = i.id JOIN transcript_segments s ON s.id = 1"
        )).one()  # fmt: skip
    assert tuple(copies) == ("Card [card]", "write to [email]", "my card is [card]")
    TranscriptionService(database).correct_segment(1, text="my card ends in 1111", actor="周婷")
    with database.engine.connect() as connection:
        row = connection.execute(text("SELECT text, text_masked, original_text FROM transcript_segments")).one()
    assert tuple(row) == ("my card ends in 1111", "my card ends in 1111", f"my card is {CARD}")
