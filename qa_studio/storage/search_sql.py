"""The text indexes behind search_entries: an FTS5 trigram table on SQLite (substrings of any script, Chinese
included, found through the index from three characters on), pg_trgm GIN indexes on PostgreSQL where the extension
is installed or may be created. Without them search still answers, by scanning."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

FTS_TABLE = "search_fts"
# SQLite: the index's rowid of an entry is its interaction's id in the high bits and its own id in the low ENTRY_BITS
# (ids stay below 2**31 and 2**32), so a match names its interaction without a lookup, and the matches of a phrase
# come out grouped by interaction, in the interactions' id order (services/search.interactions_matching).
ENTRY_BITS = 32
ENTRY_MASK = (1 << ENTRY_BITS) - 1
FTS_ROWID = f"(({{row}}.interaction_id << {ENTRY_BITS}) | {{row}}.id)"
VOCAB_TABLE = "search_fts_vocab"  # the index's trigrams, for one- and two-character searches (services/search.py)
# Every text is indexed with two spaces after it, so that each character starts a trigram of the index: a search
# shorter than a trigram then finds its entries through the trigrams that begin with it, not by a scan.
PAD = "'  '"
TRIGRAM_INDEXES = ("ix_search_entries_text_trgm", "ix_search_entries_masked_text_trgm")
# Which interaction an entry belongs to, read from an index alone (migration 0018); dropped by 0020, since the matches
# name their interactions themselves (SQLite: the FTS rowid; PostgreSQL: the rows the scan rechecks anyway), and every
# import paid to keep it.
OWNER_INDEX = "ix_search_entries_owner"
# PostgreSQL: the pairs of adjacent characters of each text (lower-cased) that hold a Chinese character, GIN-indexed,
# so that a two-character search (投诉, 律师: common in Chinese) is found through an index too, where pg_trgm needs
# three characters.
BIGRAMS = "qa_bigrams"
BIGRAM_INDEXES = ("ix_search_entries_text_bigrams", "ix_search_entries_masked_text_bigrams")
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # the Chinese characters of the pairs


def has_han(said: str) -> bool:
    return any(low <= ord(ch) <= high for ch in said for low, high in HAN_RANGES)
BATCH = 2000
# An interaction's details as services/search.py indexes them, in PostgreSQL's words (qa_search_reindex).
DETAILS_SQL = ("coalesce(i.customer_ref, '') || chr(10) || coalesce(i.external_id, '') || chr(10) || "
               "coalesce(i.{subject}, '') || chr(10) || coalesce(i.queue, '') || chr(10) || "
               "coalesce(i.source_path, '')")  # fmt: skip


def create_indexes(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        # Contentless: the index keeps no copy of the texts (search_entries has them), and each entry's rowid carries
        # its interaction (FTS_ROWID), so a search reads which interactions hold a phrase from the index alone.
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(text, masked_text, content='', "
            "tokenize='trigram')"
        )
        # The triggers keep the index in step with every insert, change and delete (cascades too); a contentless
        # index forgets an entry given the very texts it was indexed with.
        new_row, old_row = FTS_ROWID.format(row="new"), FTS_ROWID.format(row="old")
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS search_entries_ai AFTER INSERT ON search_entries BEGIN "
            f"INSERT INTO {FTS_TABLE}(rowid, text, masked_text) VALUES ({new_row}, new.text || {PAD}, "
            f"new.masked_text || {PAD}); END"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS search_entries_ad AFTER DELETE ON search_entries BEGIN "
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text, masked_text) "
            f"VALUES ('delete', {old_row}, old.text || {PAD}, old.masked_text || {PAD}); END"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS search_entries_au AFTER UPDATE ON search_entries BEGIN "
            f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, text, masked_text) "
            f"VALUES ('delete', {old_row}, old.text || {PAD}, old.masked_text || {PAD}); "
            f"INSERT INTO {FTS_TABLE}(rowid, text, masked_text) VALUES ({new_row}, new.text || {PAD}, "
            f"new.masked_text || {PAD}); END"
        )
        connection.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB_TABLE} USING fts5vocab({FTS_TABLE}, 'col')"
        )
        return
    if connection.dialect.name == "postgresql" and _trigrams_available(connection):
        for name, column in zip(TRIGRAM_INDEXES, ("text", "masked_text"), strict=True):
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {name} ON search_entries USING gin ({column} gin_trgm_ops)"
            )


def create_lookups(connection: Connection) -> None:
    """The owner index (both databases) and, on PostgreSQL, the two-character indexes (migration 0018)."""
    connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {OWNER_INDEX} ON search_entries (id, interaction_id)")
    if connection.dialect.name != "postgresql":
        return
    # lower() as ILIKE compares (it lower-cases both sides), so an entry holds a two-character search exactly when
    # its pairs hold the search's. Only pairs with a Chinese character are kept: two-character searches are a
    # Chinese need (two Latin letters scan, as before), and the pairs of English text would make every import's
    # index several times the work. lower() leaves Chinese characters as they are, so a search with one is looked
    # up exactly (services/search.py). IMMUTABLE, as an index expression must be.
    connection.exec_driver_sql(bigrams_function(connection))
    for name, column in zip(BIGRAM_INDEXES, ("text", "masked_text"), strict=True):
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON search_entries USING gin ({BIGRAMS}({column}))"
        )


def bigrams_function(connection: Connection, runs: bool = True) -> str:
    """qa_bigrams. On PostgreSQL 15 and later (`runs`), the runs of Chinese characters are found by regexp_instr and
    only they (with the character on each side) are paired: half the time of the loop over every character (before
    15, or not `runs`) on mixed Chinese and English text, and every import computes it for each new entry's text and
    masked copy. Both give the same pairs, so an index built with either stays valid (migration 0020 replaces one by
    the other without indexing again). A loop over the characters split once took a third of the time of the same in
    SQL."""
    head = f"""CREATE OR REPLACE FUNCTION {BIGRAMS}(said text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT
PARALLEL SAFE AS $$"""
    if runs and (connection.dialect.server_version_info or (0,)) >= (15,):
        han = "[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in HAN_RANGES) + "]+"
        return f"""{head}
DECLARE
    low text := lower(said);
    pairs text[] := '{{}}';
    chars text[];
    kept integer := 0;
    here integer := 1;
    first integer;
    after integer;
BEGIN
    LOOP
        first := regexp_instr(low, '{han}', here);
        EXIT WHEN first = 0;
        after := regexp_instr(low, '{han}', first, 1, 1);  -- just past the run
        -- The run with the character before it (if any) and the one after it (if any).
        chars := string_to_array(substr(low, greatest(first - 1, 1), after - greatest(first - 1, 1) + 1), NULL);
        FOR i IN 2 .. coalesce(array_length(chars, 1), 0) LOOP
            kept := kept + 1;
            pairs[kept] := chars[i - 1] || chars[i];
        END LOOP;
        here := after;
    END LOOP;
    RETURN pairs;
END $$"""
    han = " OR ".join(f"code BETWEEN {low} AND {high}" for low, high in HAN_RANGES)
    return f"""{head}
DECLARE
    chars text[] := regexp_split_to_array(lower(said), '');
    pairs text[] := '{{}}';
    kept integer := 0;
    code integer;
    here boolean;
    before boolean := false;
BEGIN
    FOR i IN 1 .. coalesce(array_length(chars, 1), 0) LOOP
        code := ascii(chars[i]);
        here := {han};
        IF i > 1 AND (here OR before) THEN
            kept := kept + 1;
            pairs[kept] := chars[i - 1] || chars[i];
        END IF;
        before := here;
    END LOOP;
    RETURN pairs;
END $$"""


def drop_lookups(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        for name in BIGRAM_INDEXES:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {BIGRAMS}(text)")
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {OWNER_INDEX}")


def _trigrams_available(connection: Connection) -> bool:
    """pg_trgm is there, or this login may create it (`CREATE EXTENSION` needs the database's owner or more)."""
    if connection.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")):
        return True
    connection.exec_driver_sql("SAVEPOINT qa_pg_trgm")
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - not installed on the server or not allowed: search scans instead
        connection.exec_driver_sql("ROLLBACK TO SAVEPOINT qa_pg_trgm")
        return False
    connection.exec_driver_sql("RELEASE SAVEPOINT qa_pg_trgm")
    return True


def drop_indexes(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in ("search_entries_ai", "search_entries_ad", "search_entries_au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCAB_TABLE}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif connection.dialect.name == "postgresql":
        for name in TRIGRAM_INDEXES:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def refill_fts(connection: Connection) -> None:
    """Index every entry again (SQLite), after the index was made anew (migrations 0015: the padded texts; 0020: the
    contentless index whose rowids name the interactions)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, text, masked_text) "
                                   f"SELECT {FTS_ROWID.format(row='e')}, text || {PAD}, masked_text || {PAD} "
                                   f"FROM search_entries e")  # fmt: skip


def backfill(connection: Connection) -> None:
    """Everything already said, from messages and current transcripts, for a database from before search."""
    from qa_studio.transcribe.redaction import redact  # its patterns take 20 ms to build: not at every start

    rows = connection.execute(text(
        "SELECT interaction_id, 'message', seq, text FROM messages "
        "UNION ALL SELECT t.interaction_id, 'segment', s.start_ms, s.text FROM transcript_segments s "
        "JOIN transcripts t ON t.id = s.transcript_id WHERE t.is_current"
    ))  # fmt: skip
    insert = text("INSERT INTO search_entries (interaction_id, kind, position, text, masked_text) "
                  "VALUES (:i, :k, :p, :t, :m)")  # fmt: skip
    while batch := rows.fetchmany(BATCH):
        connection.execute(insert, [{"i": i, "k": k, "p": p, "t": t, "m": redact(t)} for i, k, p, t in batch])


def backfill_comments(connection: Connection) -> None:
    """Reviewers' comments of evaluations already submitted, and every interaction's details, for a database from
    before they were searched."""
    from sqlalchemy.orm import Session

    from qa_studio.services.search import comment_rows, index_details

    session = Session(bind=connection)
    index_details(session)
    ids = [row[0] for row in connection.execute(text(
        "SELECT DISTINCT interaction_id FROM evaluations WHERE state <> 'draft' AND calibration_session_id IS NULL"))]
    insert = text("INSERT INTO search_entries (interaction_id, kind, position, text, masked_text) "
                  "VALUES (:interaction_id, :kind, :position, :text, :masked_text)")  # fmt: skip
    for first in range(0, len(ids), BATCH):
        rows = comment_rows(session, ids[first:first + BATCH])
        if rows:
            connection.execute(insert, rows)
