"""Database side of masking: the engine's original text of a corrected transcript line is kept by a trigger, so that
the person correcting it never has to read the clear text (on a team database, reviewers are not granted it)."""

from __future__ import annotations

import sqlalchemy as sa

SQLITE_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS transcript_segments_keep_original AFTER UPDATE OF text ON transcript_segments
WHEN OLD.original_text IS NULL AND NEW.text IS NOT OLD.text
BEGIN
    UPDATE transcript_segments SET original_text = OLD.text WHERE id = NEW.id;
END
"""

PG_STATEMENTS = (
    """
    CREATE OR REPLACE FUNCTION qa_keep_original_text() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.text IS DISTINCT FROM OLD.text AND OLD.original_text IS NULL THEN
            NEW.original_text := OLD.text;
        END IF;
        RETURN NEW;
    END $$
    """,
    "DROP TRIGGER IF EXISTS transcript_segments_keep_original ON transcript_segments",
    "CREATE TRIGGER transcript_segments_keep_original BEFORE UPDATE OF text ON transcript_segments "
    "FOR EACH ROW EXECUTE FUNCTION qa_keep_original_text()",
)


def install(connection: sa.engine.Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.execute(sa.text(SQLITE_TRIGGER))
    else:
        for statement in PG_STATEMENTS:
            connection.exec_driver_sql(statement)


def uninstall(connection: sa.engine.Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.execute(sa.text("DROP TRIGGER IF EXISTS transcript_segments_keep_original"))
    else:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS transcript_segments_keep_original ON transcript_segments")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS qa_keep_original_text()")
