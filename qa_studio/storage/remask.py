"""Masked copies made again with today's detector.

Every subject, message and transcript line keeps a masked copy beside its clear text (storage/models.py), and the
text index keeps one of everything it holds. They are written when a row is written, so rows stored before the
detector learnt something new (numbers read out in words, ID numbers in any grouping, passports) keep the weaker
copy until a migration calls `remask`. Batches keep a large database out of memory; only copies that change are
written. On SQLite the index's own triggers follow the updated rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from qa_studio.transcribe.redaction import masked_copy

BATCH = 2000
COPIES = (("interactions", "subject", "subject_masked"), ("messages", "text", "text_masked"),
          ("transcript_segments", "text", "text_masked"))  # fmt: skip
# An interaction's details entry in the text index is made from several columns, its masked subject among them.
DETAILS = "details"


def refresh(connection: Connection, table: str, clear: str, masked: str, where: str = "1 = 1") -> list[int]:
    """Write `masked` anew wherever today's masked copy of `clear` differs (or is missing); the ids changed."""
    changed: list[int] = []
    last = 0
    select = sa.text(f"SELECT id, {clear}, {masked} FROM {table} WHERE id > :last AND {where} ORDER BY id "
                     f"LIMIT {BATCH}")  # fmt: skip
    update = sa.text(f"UPDATE {table} SET {masked} = :masked WHERE id = :id")
    while rows := connection.execute(select, {"last": last}).all():
        changes = [{"id": row_id, "masked": copy} for row_id, said, kept in rows
                   if said is not None and (copy := masked_copy(said)) != kept]  # fmt: skip
        if changes:
            connection.execute(update, changes)
            changed.extend(change["id"] for change in changes)
        last = rows[-1][0]
    return changed


def remask(connection: Connection) -> int:
    """Every masked copy, and the text index's, made again; how many were changed."""
    subjects = refresh(connection, *COPIES[0])
    changed = len(subjects) + sum(len(refresh(connection, *copy)) for copy in COPIES[1:])
    tables = set(sa.inspect(connection).get_table_names())
    if "search_entries" not in tables:
        return changed
    changed += len(refresh(connection, "search_entries", "text", "masked_text", f"kind <> '{DETAILS}'"))
    if subjects:
        from sqlalchemy.orm import Session

        from qa_studio.services.search import index_details

        for first in range(0, len(subjects), BATCH):
            connection.execute(sa.text(f"DELETE FROM search_entries WHERE kind = '{DETAILS}' AND interaction_id IN "
                                       f"({', '.join(str(i) for i in subjects[first:first + BATCH])})"))  # fmt: skip
        index_details(Session(bind=connection))
    return changed
