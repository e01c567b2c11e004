"""The audit log's hash chain: set by the database on every insert, checked by `qa-studio audit verify`.

Each entry's hash covers its own fields and the hash of the entry before it, so an entry changed, inserted or removed
outside the application (an UPDATE by the server's owner, a restored file) breaks the chain at that point. The fields
are hashed as the database renders them as text, so the database trigger and the check here agree exactly."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

SEPARATOR = "\x1f"  # the ASCII unit separator: cannot be typed into a field by accident

SQLITE_FUNCTION = "qa_chain_hash"

SQLITE_TRIGGER = f"""
CREATE TRIGGER IF NOT EXISTS audit_log_chain AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_log SET
        prev_hash = coalesce((SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1), ''),
        hash = {SQLITE_FUNCTION}(
            coalesce((SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1), ''),
            CAST(NEW.id AS TEXT), CAST(NEW.at AS TEXT), NEW.actor, NEW.action, NEW.entity_type,
            CAST(NEW.entity_id AS TEXT), CAST(NEW.detail AS TEXT))
    WHERE id = NEW.id;
END
"""

# On PostgreSQL the trigger runs as the table's owner (SECURITY DEFINER): the inserting person may be allowed to
# read only part of the log, but the chain needs the last entry. Writers are serialised by a transaction lock and the
# id is taken under it, so ids follow the chain. `qa_actor_name()` is the signed-in person on a team database (see
# storage/team_sql.py); until the database is in team mode it returns NULL and the client's actor stands.
def pg_functions(schema: str = "public") -> list[str]:
    """The PostgreSQL side, with a search path that no temporary object of the inserting person can enter."""
    path = f'SET search_path = pg_catalog, "{schema}", pg_temp'
    return [statement.replace("SET search_path FROM CURRENT", path) for statement in _PG_FUNCTIONS]


_PG_FUNCTIONS = [
    """
CREATE OR REPLACE FUNCTION qa_actor_name() RETURNS text LANGUAGE sql STABLE AS $$ SELECT NULL::text $$
""",
    """
CREATE OR REPLACE FUNCTION qa_audit_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('qa_studio.audit_log'));
    NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.audit_log', 'id'));
    NEW.actor := coalesce(qa_actor_name(), NEW.actor);
    NEW.at := now() AT TIME ZONE 'utc';  -- the server's clock: a client cannot backdate an entry
    SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, '');
    NEW.hash := encode(sha256(convert_to(concat_ws(chr(31),
        NEW.prev_hash, NEW.id::text, to_char(NEW.at, 'YYYY-MM-DD HH24:MI:SS.US'), coalesce(NEW.actor, ''),
        coalesce(NEW.action, ''), coalesce(NEW.entity_type, ''), coalesce(NEW.entity_id::text, ''),
        coalesce(NEW.detail::text, '')),
        'UTF8')), 'hex');
    RETURN NEW;
END $$
""",
    """
CREATE OR REPLACE FUNCTION qa_audit_count() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path FROM CURRENT AS $$ SELECT count(*) FROM audit_log $$
""",
    """
CREATE OR REPLACE FUNCTION qa_audit_verify() RETURNS TABLE(entry_id integer, kind text) LANGUAGE sql STABLE
SECURITY DEFINER SET search_path FROM CURRENT AS $$
SELECT id, kind FROM (
    SELECT id, CASE
        WHEN hash IS NULL OR hash = '' THEN 'unsealed'
        WHEN prev_hash IS DISTINCT FROM expected_prev THEN 'broken'
        WHEN hash <> encode(sha256(convert_to(concat_ws(chr(31),
            prev_hash, id::text, to_char(at, 'YYYY-MM-DD HH24:MI:SS.US'), coalesce(actor, ''), coalesce(action, ''),
            coalesce(entity_type, ''), coalesce(entity_id::text, ''),
            coalesce(detail::text, '')), 'UTF8')), 'hex') THEN 'changed'
    END AS kind
    FROM (SELECT a.*, coalesce(lag(a.hash) OVER (ORDER BY a.id), '') AS expected_prev FROM audit_log a) chained
) checked WHERE kind IS NOT NULL ORDER BY id
$$
""",
    "DROP TRIGGER IF EXISTS audit_log_chain ON audit_log",
    "CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION qa_audit_chain()",
]


def chain_hash(
    prev_hash: str | None,
    entry_id: str | int | None,
    at: str | None,
    actor: str | None,
    action: str | None,
    entity_type: str | None,
    entity_id: str | int | None,
    detail: str | None,
) -> str:
    fields = (prev_hash, entry_id, at, actor, action, entity_type, entity_id, detail)
    payload = SEPARATOR.join("" if value is None else str(value) for value in fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainProblem:
    entry_id: int
    kind: str  # "changed": the entry's fields no longer match its hash; "broken": an entry before it was removed or
    # inserted; "unsealed": the entry has no hash (written with the trigger switched off)


def install(connection: Connection) -> None:
    """Create the trigger (and on PostgreSQL its functions); safe to run again."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(SQLITE_TRIGGER))
    else:
        schema = connection.execute(text("SELECT current_schema()")).scalar() or "public"
        for statement in pg_functions(schema):
            connection.execute(text(statement))


def seal_existing(connection: Connection) -> int:
    """Chain the entries written before the chain existed, in id order; returns how many were sealed."""
    rows = _rows(connection).all()
    previous = ""
    for row in rows:
        entry_hash = chain_hash(previous, *row[3:])
        connection.execute(
            text("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id"),
            {"prev": previous, "hash": entry_hash, "id": row[0]},
        )
        previous = entry_hash
    return len(rows)


def _rows(connection: Connection) -> Any:
    # The time as each database's trigger renders it: PostgreSQL's to_char does not depend on the session's DateStyle.
    at = "to_char(at, 'YYYY-MM-DD HH24:MI:SS.US')" if connection.dialect.name == "postgresql" else "CAST(at AS TEXT)"
    return connection.execute(text(
        f"SELECT id, prev_hash, hash, CAST(id AS TEXT), {at}, actor, action, entity_type, "
        "CAST(entity_id AS TEXT), CAST(detail AS TEXT) FROM audit_log ORDER BY audit_log.id"
    ))  # fmt: skip


def verify(connection: Connection) -> tuple[int, list[ChainProblem]]:
    """Walk the chain: (entries checked, problems found). Needs to read every entry: on a team database the
    `qa_audit_verify()` function does this walk on the server for people who may not read every entry."""
    if connection.dialect.name == "postgresql" and connection.execute(
        text("SELECT to_regproc('qa_audit_verify') IS NOT NULL")
    ).scalar():
        checked = connection.execute(text("SELECT qa_audit_count()")).scalar() or 0
        problems = [ChainProblem(r[0], r[1]) for r in connection.execute(text("SELECT * FROM qa_audit_verify()"))]
        return int(checked), problems
    problems: list[ChainProblem] = []
    previous = ""
    count = 0
    for row in _rows(connection):
        count += 1
        entry_id, prev_hash, entry_hash = row[0], row[1], row[2]
        if not entry_hash:
            problems.append(ChainProblem(entry_id, "unsealed"))
        elif prev_hash != previous:
            problems.append(ChainProblem(entry_id, "broken"))
        elif chain_hash(prev_hash, *row[3:]) != entry_hash:
            problems.append(ChainProblem(entry_id, "changed"))
        previous = entry_hash or ""
    return count, problems
