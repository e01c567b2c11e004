"""Search across everything said and written about it: chat and e-mail messages, call transcripts (as corrected)
and reviewers' comments, Chinese and English, substrings and phrases, through the text index; people who may not
unmask search the masked copy, so a search never confirms a number they cannot see."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    Text,
    any_,
    bindparam,
    column,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY, array
from sqlalchemy.orm import Session

from qa_studio.services.identity import team_prefix
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    Evaluation,
    EvaluationAnswer,
    Interaction,
    Message,
    SearchEntry,
    Transcript,
    TranscriptSegment,
)
from qa_studio.storage.search_sql import BIGRAMS, ENTRY_BITS, ENTRY_MASK, FTS_TABLE, VOCAB_TABLE, has_han

EXCERPT_CHARS = 60  # on each side of a hit
COMMENT = "comment"
DETAILS = "details"  # an interaction's customer, ids, subject, queue and file: searched, never shown as a hit
SAID = ("message", "segment")
NO_MOMENT = -1
TRIGRAM = 3  # the FTS5 trigram index answers patterns of at least three characters
NEVER = "\x01\x01\x01"  # a trigram no text holds: the lookup when no trigram starts with a two-character search


@dataclass(frozen=True, slots=True)
class Hit:
    interaction_id: int
    kind: str  # message | segment | comment
    position: int  # the message's seq, the segment's start in ms, or a comment's moment in ms (-1: none)
    excerpt: str  # the hit with some words around it, masked for people who may not unmask

    def as_json(self) -> dict[str, Any]:
        if self.kind == "message":
            where: dict[str, Any] = {"message": self.position + 1}
        else:
            where = {"at_ms": self.position if self.position >= 0 else None}
        return {"kind": self.kind, **where, "excerpt": self.excerpt}


def reindex(session: Session, interaction_ids: Sequence[int]) -> None:
    """Rebuild the entries of these interactions from their messages and current transcripts (after an import, a
    transcription, a correction), in the database: the clear text and its masked copy (kept by storage/models.py).
    On a team database the server copies them (`qa_search_reindex`, storage/team_sql.py), so that a reviewer, who
    is never granted the clear text, still keeps the index current."""
    ids = list(interaction_ids)
    if not ids:
        return
    if session.get_bind().dialect.name == "postgresql" and team_prefix(session) is not None:
        session.execute(text("SELECT qa_search_reindex(CAST(:ids AS integer[]))"), {"ids": ids})
        return
    session.execute(delete(SearchEntry).where(SearchEntry.interaction_id.in_(ids), SearchEntry.kind != COMMENT))
    said = select(
        Message.interaction_id, literal("message"), Message.seq, Message.text, func.coalesce(Message.text_masked, "")
    ).where(Message.interaction_id.in_(ids), func.coalesce(Message.text, "") != "")
    spoken = (
        select(Transcript.interaction_id, literal("segment"), TranscriptSegment.start_ms, TranscriptSegment.text,
               func.coalesce(TranscriptSegment.text_masked, ""))
        .join(TranscriptSegment, TranscriptSegment.transcript_id == Transcript.id)
        .where(Transcript.interaction_id.in_(ids), Transcript.is_current.is_(True),
               func.coalesce(TranscriptSegment.text, "") != "")
    )  # fmt: skip
    described = select(Interaction.id, literal(DETAILS), literal(0), _details(Interaction.subject),
                       _details(Interaction.subject_masked)).where(Interaction.id.in_(ids))  # fmt: skip
    columns = ["interaction_id", "kind", "position", "text", "masked_text"]
    session.execute(insert(SearchEntry).from_select(columns, union_all(said, spoken, described)))


def _details(subject: Any) -> Any:
    """An interaction's own details as one text: its customer, external id, subject, queue and source file, so that
    the list's search finds them through the same index as what was said (one line each; the server builds the
    same text, storage/search_sql.DETAILS_SQL)."""
    parts = [Interaction.customer_ref, Interaction.external_id, subject, Interaction.queue, Interaction.source_path]
    joined = func.coalesce(parts[0], "")
    for part in parts[1:]:
        joined = joined + "\n" + func.coalesce(part, "")
    return joined



def index_details(session: Session) -> None:
    """The details entry of every interaction that has none (a database from before details were indexed)."""
    described = select(Interaction.id, literal(DETAILS), literal(0), _details(Interaction.subject),
                       _details(Interaction.subject_masked)).where(
        ~Interaction.id.in_(select(SearchEntry.interaction_id).where(SearchEntry.kind == DETAILS)))  # fmt: skip
    columns = ["interaction_id", "kind", "position", "text", "masked_text"]
    session.execute(insert(SearchEntry).from_select(columns, described))


def comment_rows(session: Session, interaction_ids: Sequence[int]) -> list[dict[str, Any]]:
    """The index rows of reviewers' comments on these interactions: the overall comment and each criterion's, of
    evaluations submitted outside calibration (what the agent may read too: a draft or a blind calibration score
    stays out of everyone's search)."""
    from qa_studio.services.reporting import moment_of
    from qa_studio.transcribe.redaction import masked_copy

    visible = (Evaluation.interaction_id.in_(list(interaction_ids)), Evaluation.state != "draft",
               Evaluation.calibration_session_id.is_(None))  # fmt: skip
    overall = select(Evaluation.interaction_id, Evaluation.comment).where(*visible, Evaluation.comment != "")
    per_criterion = (select(Evaluation.interaction_id, EvaluationAnswer.comment)
                     .join(EvaluationAnswer, EvaluationAnswer.evaluation_id == Evaluation.id)
                     .where(*visible, EvaluationAnswer.comment != ""))  # fmt: skip
    rows = []
    for interaction_id, said in session.execute(union_all(overall, per_criterion)):
        if said and said.strip():
            at_ms = moment_of(said)
            rows.append({"interaction_id": interaction_id, "kind": COMMENT, "text": said,
                         "position": NO_MOMENT if at_ms is None else at_ms, "masked_text": masked_copy(said)})
    return rows


def reindex_comments(session: Session, interaction_ids: Sequence[int]) -> None:
    """Rebuild the comment entries of these interactions (after an evaluation is submitted or changed). Reviewers
    write the comments themselves, so their own connection writes them, masked copy included."""
    ids = list(interaction_ids)
    if not ids:
        return
    session.flush()
    session.execute(delete(SearchEntry).where(SearchEntry.interaction_id.in_(ids), SearchEntry.kind == COMMENT))
    rows = comment_rows(session, ids)
    if rows:
        session.execute(insert(SearchEntry), rows)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_matches(query: str, masked: bool, selected: str) -> Select[Any] | None:
    """SQLite: `selected` (an expression of the index's rowid, see search_sql.FTS_ROWID) of every entry whose text
    holds `query`, through the FTS5 index; None for a search of one character, which the index cannot answer."""
    name = "masked_text" if masked else "text"
    if len(query) >= TRIGRAM:
        phrase = '"' + query.replace('"', '""') + '"'
        # A unique name per phrase: keyword spotting unions one lookup per phrase of a list.
        fts = text(f"SELECT {selected} AS found FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q").bindparams(
            bindparam("q", f"{name} : {phrase}", unique=True))
    elif len(query) == TRIGRAM - 1:
        # Two characters: every trigram of the index that starts with them (each text is indexed padded, so every
        # occurrence starts one), read from the index's vocabulary, then those trigrams looked up in the index.
        low = query.lower()
        high = low[:-1] + chr(ord(low[-1]) + 1)
        terms = (f"SELECT coalesce('{name} : (' || group_concat('\"' || replace(term, '\"', '\"\"') || '\"', ' OR ') "
                 f"|| ')', '{name} : \"{NEVER}\"') FROM {VOCAB_TABLE} WHERE col = '{name}' "
                 f"AND term >= :low AND term < :high")  # fmt: skip
        fts = text(f"SELECT {selected} AS found FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ({terms})").bindparams(
            bindparam("low", low, unique=True), bindparam("high", high, unique=True))
    else:
        return None
    return select(fts.columns(column("found", Integer)).subquery().c.found)


def _holding(session_dialect: str, query: str, masked: bool) -> list[Any]:
    """The conditions on an entry whose text contains `query` (ignoring case), where no FTS5 index answers."""
    field = SearchEntry.masked_text if masked else SearchEntry.text
    conditions = [field.ilike(_like(query), escape="\\")]
    if session_dialect == "postgresql" and len(query) == TRIGRAM - 1 and has_han(query):
        # Two characters, one Chinese: through the index of such pairs (storage/search_sql.py), ILIKE still deciding.
        pairs = array([func.lower(literal(query, Text))])
        conditions.append(getattr(func, BIGRAMS)(field, type_=ARRAY(Text)).contains(pairs))
    return conditions


def matching_entries(session_dialect: str, query: str, masked: bool) -> Select[Any]:
    """The ids of the entries that contain `query` (ignoring case), as a subquery for the list's filter."""
    if session_dialect == "sqlite" and (found := _fts_matches(query, masked, f"rowid & {ENTRY_MASK}")) is not None:
        return found
    return select(SearchEntry.id).where(*_holding(session_dialect, query, masked))


def matching_interactions(session_dialect: str, query: str, masked: bool) -> Select[Any]:
    return select(SearchEntry.interaction_id).where(SearchEntry.id.in_(matching_entries(session_dialect, query,
                                                                                        masked)))  # fmt: skip


def interactions_matching(session: Session, query: str, masked: bool) -> list[int]:
    """The ids of the interactions with an entry that contains `query`, each once: what the list's search filter
    reads, looked up once per view of the list (services/interactions.py) rather than once per count and page. On
    SQLite they are read from the text index alone: each match's rowid names its interaction (search_sql.FTS_ROWID),
    so no entry is looked up."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and (owners := _fts_matches(query, masked, f"rowid >> {ENTRY_BITS}")) is not None:
        # As one JSON array: tens of thousands of rows fetched one by one cost more than finding them.
        found = owners.distinct().subquery().c.found
        return json.loads(session.scalar(select(func.json_group_array(found))) or "[]")
    # The owners read with the matching rows themselves (an entry's id looked up again, as `id IN (…)` would, cost
    # PostgreSQL as much as finding them), and fetched as one array.
    owners = select(SearchEntry.interaction_id).where(*_holding(dialect, query, masked)).distinct().subquery()
    if dialect == "postgresql":
        return list(session.scalar(select(func.array_agg(owners.c.interaction_id))) or [])
    return list(session.scalars(select(owners.c.interaction_id)))


def one_of(column: Any, dialect: str, ids: Sequence[int]) -> Any:
    """`column` is one of `ids`, given as one parameter whatever their number (a bound parameter per id would run into
    SQLite's limit on their number at a few tens of thousands)."""
    if dialect == "postgresql":
        # `= ANY` of an array written into the statement (only integers): the planner sees how many ids there are,
        # so a page walks the list's order and checks each row when they are many, and looks each one up and sorts
        # them when they are few; and it checks a row against a hash of them, which it builds only for a constant
        # (as a parameter the array was searched through for every row: seconds at tens of thousands of ids).
        return column == any_(literal_column("'{" + ",".join(str(int(i)) for i in ids) + "}'::integer[]"))
    return column.in_(select(func.json_each(json.dumps(list(ids))).table_valued("value").c.value))


def _excerpt(said: str, query: str) -> str:
    at = said.casefold().find(query.casefold())
    if at < 0:
        return said[: 2 * EXCERPT_CHARS]
    start, end = max(0, at - EXCERPT_CHARS), min(len(said), at + len(query) + EXCERPT_CHARS)
    return ("…" if start else "") + said[start:end] + ("…" if end < len(said) else "")


class SearchService:
    def __init__(self, database: Database, masked: bool = False) -> None:
        self.database = database
        self.masked = masked

    def hits(self, query: str, interaction_ids: Iterable[int] | None = None, per_interaction: int = 5
             ) -> dict[int, list[Hit]]:  # fmt: skip
        """Where `query` was said, per interaction, in the order of the conversation."""
        query = query.strip()
        if not query:
            return {}
        with self.database.session() as session:
            dialect = session.get_bind().dialect.name
            field = SearchEntry.masked_text if self.masked else SearchEntry.text
            statement = (
                select(SearchEntry.interaction_id, SearchEntry.kind, SearchEntry.position, field)
                .where(SearchEntry.id.in_(matching_entries(dialect, query, self.masked)), SearchEntry.kind != DETAILS)
                .order_by(SearchEntry.interaction_id, SearchEntry.kind, SearchEntry.position)
            )
            if interaction_ids is not None:
                statement = statement.where(SearchEntry.interaction_id.in_(list(interaction_ids)))
            found: dict[int, list[Hit]] = defaultdict(list)
            for interaction_id, kind, position, said in session.execute(statement):
                if len(found[interaction_id]) < per_interaction:
                    found[interaction_id].append(Hit(interaction_id, kind, position, _excerpt(said, query)))
            return dict(found)
