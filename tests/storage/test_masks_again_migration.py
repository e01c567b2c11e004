"""Rows masked by an earlier detector get today's masked copies on upgrade, the text index's included: a number a
customer read out in words, which the first detector left in the clear, is no longer found by those who may not
unmask, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from sqlalchemy import text

from qa_studio.services.imports import ImportService
from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.storage.database import Database

SPOKEN_CARD = "my card is 4483 seven zero zero two one one one eight five five five one two three four"
ID_NUMBER = "110101 19900307 4514"  # a resident ID number written in groups


def test_an_upgrade_masks_again_what_an_earlier_detector_left_clear(database: Database, tmp_path: Path) -> None:
    chat = tmp_path / "spoken.json"
    chat.write_text(json.dumps({"conversations": [{"id": "c-1", "messages": [
        {"author": "Customer", "role": "customer", "text": SPOKEN_CARD, "time": "2026-11-02T10:00:00"},
        {"author": "Emma Clarke", "role": "agent", "text": "Thank you, one moment.", "time": "2026-11-02T10:00:20"},
    ]}]}), encoding="utf-8")  # fmt: skip
    assert ImportService(database).run([chat], actor="tester").ok
    with database.engine.begin() as connection:  # what an earlier detector left: copies equal to the clear text
        connection.execute(text("UPDATE interactions SET subject = :s, subject_masked = :s"), {"s": f"ID {ID_NUMBER}"})
        connection.execute(text("UPDATE messages SET text_masked = text"))
        connection.execute(text("UPDATE search_entries SET masked_text = text WHERE kind = 'message'"))
        connection.execute(text("DELETE FROM search_entries WHERE kind = 'details'"))
        connection.execute(text("INSERT INTO search_entries (interaction_id, kind, position, text, masked_text) "
                                "SELECT id, 'details', 0, subject, subject FROM interactions"))  # fmt: skip
    masked = InteractionQueries(database, masked=True)
    assert masked.count(InteractionFilter(text="seven zero zero")) == 1  # the hole this upgrade closes
    assert masked.count(InteractionFilter(text="19900307")) == 1
    config = database._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0016_glossary")
    database.migrate()
    with database.engine.connect() as connection:
        kept = connection.execute(text("SELECT text_masked FROM messages ORDER BY seq")).scalars().all()
        subject = connection.execute(text("SELECT subject_masked FROM interactions")).scalar_one()
    assert "seven zero zero" not in kept[0] and "4483" not in kept[0]
    assert kept[1] == "Thank you, one moment."
    assert "19900307" not in subject
    masked = InteractionQueries(database, masked=True)
    assert masked.count(InteractionFilter(text="seven zero zero")) == 0
    assert masked.count(InteractionFilter(text="19900307")) == 0
    assert masked.count(InteractionFilter(text="one moment")) == 1
    clear = InteractionQueries(database)  # those who may unmask still find what was said
    assert clear.count(InteractionFilter(text="seven zero zero")) == 1
    assert clear.count(InteractionFilter(text="19900307")) == 1
