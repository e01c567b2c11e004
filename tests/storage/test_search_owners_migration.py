"""Upgrading a database from before the text index named each entry's interaction (0019): on SQLite the index is made
again from the entries, on PostgreSQL the pairs function is replaced and its indexes kept; the same searches find the
same interactions; the owner index, which no search reads any more, goes; and a downgrade gives back what the older
version reads."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from qa_studio.services.interactions import InteractionFilter, InteractionQueries
from qa_studio.storage.database import Database
from qa_studio.storage.search_sql import ENTRY_BITS, FTS_TABLE, OWNER_INDEX


def _indexes(database: Database) -> set[str]:
    return {index["name"] for index in inspect(database.engine).get_indexes("search_entries")}


def _downgrade(database: Database, revision: str) -> None:
    config = database._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_an_index_from_before_is_made_again_and_finds_the_same(database: Database) -> None:
    _downgrade(database, "0019_team_rollups")
    with database.engine.begin() as connection:
        run = connection.execute
        for number, said in ((7, "我要投诉，包裹 out for delivery"), (9, "nothing here")):
            run(text("INSERT INTO interactions (id, channel, direction, status, source_path, source_format, "
                     "source_key, role_rules, message_count, created_at, started_at) VALUES (:n, 'chat', 'inbound', "
                     "'new', 'old.json', 'json', :k, '[]', 1, '2026-11-01', '2026-11-01')"), {"n": number,
                                                                                            "k": f"k{number}"})
            run(text("INSERT INTO search_entries (interaction_id, kind, position, text, masked_text) VALUES "
                     "(:n, 'message', 0, :t, :t)"), {"n": number, "t": said})  # as 0019 indexed it
    assert OWNER_INDEX in _indexes(database)
    database.migrate()
    assert OWNER_INDEX not in _indexes(database)  # no search reads it, and every import kept it
    queries = InteractionQueries(database)
    for query, expected in (("out for delivery", [7]), ("投诉", [7]), ("nothing", [9]), ("absent", [])):
        assert [r.id for r in queries.page(InteractionFilter(text=query), 0, 10)] == expected, query
    if database.engine.dialect.name == "sqlite":
        with database.engine.connect() as connection:
            rowids = connection.scalars(text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH 'text : here'"))
            assert [r >> ENTRY_BITS for r in rowids] == [9]
    _downgrade(database, "0019_team_rollups")
    assert OWNER_INDEX in _indexes(database)
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":  # the external-content index of before, its rowids the entries'
            found = connection.execute(text(f"SELECT e.interaction_id FROM {FTS_TABLE} f JOIN search_entries e ON "
                                            f"e.id = f.rowid WHERE {FTS_TABLE} MATCH 'text : \"for delivery\"'"))
        else:
            found = connection.execute(text("SELECT interaction_id FROM search_entries WHERE "
                                            "qa_bigrams(text) @> ARRAY['投诉']"))
        assert [row[0] for row in found] == [7]
