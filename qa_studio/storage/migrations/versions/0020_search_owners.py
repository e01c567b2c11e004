"""search owners: on SQLite the text index is contentless and each entry's rowid carries its interaction, so the list's
search reads which interactions hold a phrase from the index alone (no lookup per matching entry); the index of each
entry's owner, which no search reads any more, goes; on PostgreSQL the character pairs of each text are found from its
runs of Chinese characters, half the work at every import

Revision ID: 0020_search_owners
Revises: 0019_team_rollups
Create Date: 2026-12-06 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020_search_owners"
down_revision: str | None = "0019_team_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from qa_studio.storage import search_sql

    connection = op.get_bind()
    # No search reads it any more, and every import kept it up to date.
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {search_sql.OWNER_INDEX}")
    if connection.dialect.name == "sqlite":
        # Made anew and filled from the entries: the rowids of the old index were the entries' own ids.
        search_sql.drop_indexes(connection)
        search_sql.create_indexes(connection)
        search_sql.refill_fts(connection)
    elif connection.dialect.name == "postgresql":
        # The same pairs as before: the indexes built with the old function stay valid.
        connection.exec_driver_sql(search_sql.bigrams_function(connection))


def downgrade() -> None:
    from qa_studio.storage import search_sql

    connection = op.get_bind()
    owner = search_sql.OWNER_INDEX
    connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {owner} ON search_entries (id, interaction_id)")
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(search_sql.bigrams_function(connection, runs=False))
    if connection.dialect.name == "sqlite":
        # Back to the external-content index of 0015, its rowids the entries' ids.
        pad = "'  '"
        for trigger in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS search_fts_vocab")
        connection.exec_driver_sql("DROP TABLE IF EXISTS search_fts")
        connection.exec_driver_sql("CREATE VIRTUAL TABLE search_fts USING fts5(text, masked_text, "
                                   "content='search_entries', content_rowid='id', tokenize='trigram')")
        connection.exec_driver_sql(
            f"CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN INSERT INTO search_fts(rowid, "
            f"text, masked_text) VALUES (new.id, new.text || {pad}, new.masked_text || {pad}); END")
        connection.exec_driver_sql(
            f"CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN INSERT INTO search_fts(search_fts, "
            f"rowid, text, masked_text) VALUES ('delete', old.id, old.text || {pad}, old.masked_text || {pad}); END")
        connection.exec_driver_sql(
            f"CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN INSERT INTO search_fts(search_fts, "
            f"rowid, text, masked_text) VALUES ('delete', old.id, old.text || {pad}, old.masked_text || {pad}); "
            f"INSERT INTO search_fts(rowid, text, masked_text) VALUES (new.id, new.text || {pad}, "
            f"new.masked_text || {pad}); END")
        connection.exec_driver_sql("CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, 'col')")
        connection.exec_driver_sql(f"INSERT INTO search_fts(rowid, text, masked_text) "
                                   f"SELECT id, text || {pad}, masked_text || {pad} FROM search_entries")
