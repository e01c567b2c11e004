"""Reading interactions: filtered counts and pages for the list, and one interaction in full."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, bindparam, func, literal, or_, select, true, tuple_, type_coerce
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import NullType

from qa_studio.errors import QT_TRANSLATE_NOOP, NotFound
from qa_studio.services import audit
from qa_studio.services.autoqa import AUTO_COLUMNS, autoqa_conditions
from qa_studio.services.directory import agent_by_name
from qa_studio.services.interaction_rows import InteractionFilter, InteractionRow, list_parameters
from qa_studio.services.search import interactions_matching, matching_interactions, one_of
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, MediaFile, Message, Team
from qa_studio.transcribe.masks import localise_masks


class SortKey(StrEnum):
    STARTED = "started_at"
    CHANNEL = "channel"
    AGENT = "agent"
    TEAM = "team"
    QUEUE = "queue"
    DURATION = "duration"
    STATUS = "status"
    CUSTOMER = "customer"
    ID = "id"


@dataclass(frozen=True, slots=True)
class MessageView:
    seq: int
    author: str
    role: str
    sent_at: datetime | None
    text: str


@dataclass(frozen=True, slots=True)
class MediaView:
    path: str
    original_path: str
    managed: bool
    sha256: str
    size_bytes: int
    duration_ms: int
    sample_rate: int
    channels: int
    codec: str
    container: str


@dataclass(frozen=True, slots=True)
class InteractionDetail:
    row: InteractionRow
    direction: str
    source_format: str
    source_encoding: str | None
    role_rules: list[dict[str, str]]
    messages: list[MessageView] = field(default_factory=list)
    media: MediaView | None = None
    call_metrics: dict[str, Any] | None = None


_TeamOfRow = aliased(Team)

_SORT_COLUMNS = {
    SortKey.STARTED: Interaction.started_at,
    SortKey.CHANNEL: Interaction.channel,
    SortKey.AGENT: Agent.name,
    SortKey.TEAM: _TeamOfRow.name,
    SortKey.QUEUE: Interaction.queue,
    SortKey.DURATION: Interaction.duration_ms,
    SortKey.STATUS: Interaction.status,
    SortKey.CUSTOMER: Interaction.customer_ref,
    SortKey.ID: Interaction.id,
}


# Sorting by agent or team name goes by runs of the id column (see InteractionQueries._plan).
_GROUPED = {SortKey.AGENT: Interaction.agent_id, SortKey.TEAM: Interaction.team_id}


@dataclass(slots=True)
class _Segment:
    """Rows of the list that one index range gives in order: by `column` then id, or by id alone (column None).
    `constant`: a column with one value (or none) throughout the segment, put first in its ORDER BY though it changes
    nothing there: PostgreSQL then reads the segment from that column's (column, id) index instead of filtering the
    primary key's (at a million rows, 12 ms instead of 116 ms to walk past 99,000 rows without a queue)."""

    condition: Any
    column: Any
    length: int | None  # None: not counted yet (an agent's or team's run, counted when a page needs it)
    constant: Any = None


@dataclass(slots=True)
class _Plan:
    descending: bool
    segments: list[_Segment]
    total: int = 0
    # Per segment: the sort keys of rows k * mark_every found so far, by k, so a deep page starts near its first row.
    marks: dict[int, dict[int, tuple[Any, ...]]] = field(default_factory=dict)


def _ordered(segment: _Segment, keys: list[Any]) -> list[Any]:
    """A segment's ORDER BY: its sort keys, after its constant column where it has one (see _Segment)."""
    return keys if segment.constant is None else [segment.constant, *keys]


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(
    flt: InteractionFilter,
    masked: bool = False,
    dialect: str = "sqlite",
    said: Sequence[int] | None = None,
    named: Sequence[int] | None = None,
    probe: bool = False,
) -> list[Any]:
    """The filter as conditions on interactions; `said`: the interactions whose text holds flt.text, as
    InteractionQueries._said found them, and `named`: the agents whose name holds it (None: looked up by the query
    itself). `probe`: each interaction found is looked up by its id (for a count), rather than the list's order
    walked and each row checked (for a page)."""
    conditions: list[Any] = []
    # Named parameters whose values come from list_parameters, which the quick `list` calls too (cli/quick_list.py).
    values = list_parameters(flt)
    if "flt_agent" in values:
        conditions.append(Interaction.agent_id == bindparam("flt_agent", values["flt_agent"]))
    if "flt_team" in values:
        conditions.append(Interaction.team_id == bindparam("flt_team", values["flt_team"]))
    if "flt_channel" in values:
        conditions.append(Interaction.channel == bindparam("flt_channel", values["flt_channel"]))
    if "flt_status" in values:
        conditions.append(Interaction.status == bindparam("flt_status", values["flt_status"]))
    moment = Interaction.started_at.type
    if "flt_from" in values:
        conditions.append(Interaction.started_at >= bindparam("flt_from", values["flt_from"], moment))
    if "flt_to" in values:
        conditions.append(Interaction.started_at < bindparam("flt_to", values["flt_to"], moment))
    text = flt.text.strip()
    if text:
        agent_match = named if named is not None else _named(text)
        # Everything else goes through the text index: what was said and written (masked for who may not unmask),
        # and each interaction's details (customer, ids, subject, queue, file), never a scan of the list.
        # `id + 0`: SQLite walks the list's own order and looks each row up among those found, rather than fetching
        # each found one by its id and sorting the lot (what its planner would otherwise choose); a count probes the
        # ids instead, as walking would read every row of the list. PostgreSQL's planner chooses (search.one_of).
        if said is None:
            by_text = (Interaction.id + 0).in_(matching_interactions(dialect, text, masked))
        else:
            by_text = one_of(Interaction.id if probe or dialect == "postgresql" else Interaction.id + 0, dialect, said)
        # No agent's name holds the text (most searches): the text alone, so a count is not a scan of the list.
        no_name = named is not None and not named
        conditions.append(by_text if no_name else or_(Interaction.agent_id.in_(agent_match), by_text))
    conditions += autoqa_conditions(flt.auto_score_below, flt.fatal_suspected)
    return conditions


def _named(text: str) -> Select[Any]:
    """The agents whose name holds `text`: the list's search finds their interactions too."""
    return select(Agent.id).where(Agent.name.ilike(_like_pattern(text), escape="\\"))


def _first_message_text(masked: bool) -> Any:
    """The subject of an e-mail, or a chat's first words, so a reviewer can tell conversations apart in the list."""
    return (
        select(func.substr(Message.text_masked if masked else Message.text, 1, 120))
        .where(Message.interaction_id == Interaction.id, Message.seq == 0)
        .correlate(Interaction)
        .scalar_subquery()
    )


def _row_select(masked: bool = False) -> Select[Any]:
    """The list's columns; people who may not unmask get the masked copies (on a team database, the only ones they are
    granted)."""
    return (
        select(
            Interaction.id,
            Interaction.channel,
            Interaction.started_at,
            Interaction.duration_ms,
            Agent.name,
            _TeamOfRow.name,
            Interaction.queue,
            Interaction.status,
            Interaction.customer_ref,
            Interaction.external_id,
            func.coalesce(Interaction.subject_masked if masked else Interaction.subject, _first_message_text(masked)),
            Interaction.source_path,
            Interaction.message_count,
            *AUTO_COLUMNS,
        )
        .outerjoin(Agent, Agent.id == Interaction.agent_id)
        .outerjoin(_TeamOfRow, _TeamOfRow.id == Interaction.team_id)
    )


def _to_row(values: Any) -> InteractionRow:
    *plain, flags = values
    return InteractionRow(*plain, flags or [])


class InteractionQueries:
    """Database-side filtering, sorting and paging, so the list stays fast at a million interactions.

    `masked`: for people whose role may not see unmasked text, card, phone and ID numbers and e-mail addresses in
    chats, e-mails and subjects are masked before they leave this service (transcripts are masked in their view)."""

    def __init__(self, database: Database, masked: bool = False) -> None:
        self.database = database
        self.masked = masked
        # How the list divides into index ranges, with its position marks, per filter and order; cleared by count().
        self._plans: dict[tuple[InteractionFilter, SortKey, bool], _Plan] = {}
        self._totals: dict[InteractionFilter, int] = {}  # the last count(), which a plan need not count again
        self._found: dict[str, list[int]] = {}  # a search's interactions, per text, until the next count()
        self._names: dict[str, list[int]] = {}  # and the agents whose name holds it
        self.mark_every = 1000
        self._marks_lock = threading.Lock()

    def _where(self, session: Session, flt: InteractionFilter, probe: bool = False) -> list[Any]:
        text = flt.text.strip()
        return _conditions(flt, self.masked, self.database.engine.dialect.name, self._said(session, text),
                           self._named(session, text), probe)  # fmt: skip

    def _named(self, session: Session, text: str) -> list[int]:
        """The agents whose name holds `text`, looked up with the search (`_said`)."""
        if not text:
            return []
        named = self._names
        if text not in named:
            named[text] = list(session.scalars(_named(text)))
        return named[text]

    def _said(self, session: Session, text: str) -> list[int]:
        """The interactions whose text holds `text`, looked up in the text index once per view of the list (until the
        next count), not again by every count, page and position mark: a common phrase matches tens of thousands of
        entries, and finding them is most of a search's time."""
        if not text:
            return []
        found = self._found  # pages are read on the thread pool: what a recount clears is not kept
        if text not in found:
            found[text] = interactions_matching(session, text, self.masked)
        return found[text]

    def _shown(self, text: str | None) -> str | None:
        return localise_masks(text) if self.masked and text else text

    def _text(self) -> Any:
        return Message.text_masked if self.masked else Message.text

    def _row(self, values: Any) -> InteractionRow:
        row = _to_row(values)
        return replace(row, subject=self._shown(row.subject)) if self.masked else row

    def count(self, flt: InteractionFilter) -> int:
        self._plans = {}  # a recount starts a new view of the list: its segments and marks are measured again
        self._found = {}  # and a search is looked up again
        self._names = {}
        # count(*), not count(id): SQLite counts a whole table from its smallest index's pages (30 ms at a million
        # rows, against 420 ms reading every entry for count(id)), and a filtered range a third faster.
        with self.database.session() as session:
            total = (
                session.scalar(
                    select(func.count()).select_from(Interaction).where(
                        *self._where(session, flt, probe=True)
                    )
                )
                or 0
            )
        self._totals = {flt: total}
        return total

    def page(
        self,
        flt: InteractionFilter,
        offset: int,
        limit: int,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
    ) -> list[InteractionRow]:
        """Rows `offset` to `offset + limit` in the list's order (the column, then the id, the same direction).

        The page's ids come first, from an index, and only those rows are joined and given their first words. A deep
        page starts from the nearest of the marks kept every `mark_every` rows (a position index, built once per
        count), so any jump reads at most `mark_every` index entries, at a million rows as at a thousand."""
        with self.database.session() as session:
            plan = self._plan(session, flt, sort, descending)
            if offset >= plan.total or limit <= 0:
                return []
            number, start = self._segment_at(session, flt, plan, offset)
            ids: list[int] = []
            skip = offset - start
            for later in range(number, len(plan.segments)):
                ids.extend(self._segment_ids(session, flt, plan, later, skip, limit - len(ids)))
                skip = 0
                if len(ids) >= limit:
                    break
            return self._rows_for(session, ids)

    def _segment_at(self, session: Session, flt: InteractionFilter, plan: _Plan, offset: int) -> tuple[int, int]:
        """The segment holding row `offset` and the position of its first row, found from the nearer end of the list:
        runs by agent or team are counted only as far as the jump goes (a tenth of the list for a jump to 90 %)."""
        segments = plan.segments
        if offset < plan.total - offset:
            start = 0
            for number in range(len(segments)):
                length = self._length(session, flt, plan, number)
                if start + length > offset:
                    return number, start
                start += length
        else:
            end = plan.total
            for number in range(len(segments) - 1, -1, -1):
                length = self._length(session, flt, plan, number)
                if end - length <= offset:
                    return number, end - length
                end -= length
        return len(segments), plan.total  # the rows changed since the count: past the end

    def _length(self, session: Session, flt: InteractionFilter, plan: _Plan, number: int) -> int:
        segment = plan.segments[number]
        if segment.length is None:
            segment.length = session.scalar(select(func.count()).select_from(Interaction).where(
                segment.condition, *self._where(session, flt))) or 0  # fmt: skip
        return segment.length

    def _rows_for(self, session: Session, ids: list[int]) -> list[InteractionRow]:
        if not ids:
            return []
        found = {
            values[0]: values for values in session.execute(_row_select(self.masked).where(Interaction.id.in_(ids)))
        }
        return [self._row(found[i]) for i in ids if i in found]

    def _plan(self, session: Session, flt: InteractionFilter, sort: SortKey, descending: bool) -> _Plan:
        """The list's order as segments, each one index range: rows without a value and rows with one (where the
        database puts NULLs: first going up on SQLite, last on PostgreSQL), or, by agent or team name, one run per
        agent_id / team_id in name order, each in id order."""
        plans = self._plans  # pages are read on the thread pool: a plan made as a recount starts is not kept
        cache_key = (flt, sort, descending)
        if (plan := plans.get(cache_key)) is not None:
            return plan
        nulls_first = (session.get_bind().dialect.name == "sqlite") != descending
        total = self._totals.get(flt)
        if total is None:
            total = (
                session.scalar(
                    select(func.count()).select_from(Interaction).where(
                        *self._where(session, flt)
                    )
                )
                or 0
            )
        if sort in _GROUPED:
            column = _GROUPED[sort]
            named = Agent if sort == SortKey.AGENT else Team
            # Names in the database's own collation, so the order is the one ORDER BY name gives. Each run is counted
            # only when a page needs it (_segment_at): a GROUP BY here read the whole index at every reload.
            name_order = named.name.desc() if descending else named.name.asc()
            keys: list[int | None] = list(session.scalars(select(named.id).order_by(name_order)))
            keys = [None, *keys] if nulls_first else [*keys, None]
            segments = [_Segment(column.is_(None) if key is None else column == key, None, None, column)
                        for key in keys]  # fmt: skip
        else:
            if sort == SortKey.ID:
                return plans.setdefault(
                    cache_key, _Plan(descending, [_Segment(true(), None, total)] if total else [], total)
                )
            column = _SORT_COLUMNS[sort]
            # The rows without a value are one short range of the (column, id) index: no second pass over it.
            conditions = self._where(session, flt)
            empty_count = session.scalar(select(func.count()).select_from(Interaction).where(
                column.is_(None), *conditions)) or 0  # fmt: skip
            empty = _Segment(column.is_(None), None, empty_count, column)
            filled = _Segment(column.is_not(None), column, total - empty_count)
            segments = [empty, filled] if nulls_first else [filled, empty]
        plan = plans[cache_key] = _Plan(descending, [s for s in segments if s.length is None or s.length], total)
        return plan

    def _segment_ids(
        self, session: Session, flt: InteractionFilter, plan: _Plan, number: int, skip: int, limit: int
    ) -> list[int]:
        segment = plan.segments[number]
        keys = [segment.column, Interaction.id] if segment.column is not None else [Interaction.id]
        order = [key.desc() if plan.descending else key.asc() for key in _ordered(segment, keys)]
        query = (
            select(Interaction.id)
            .where(segment.condition, *self._where(session, flt))
            .order_by(*order)
        )
        if skip < self.mark_every:
            return list(session.scalars(query.offset(skip).limit(limit)))
        wanted = skip // self.mark_every
        mark = self._mark(session, flt, plan, number, wanted)
        if mark is None:
            return []
        from_mark = self._from_mark(keys, mark, plan.descending)
        return list(session.scalars(query.where(from_mark).offset(skip % self.mark_every).limit(limit)))

    def _mark(
        self, session: Session, flt: InteractionFilter, plan: _Plan, number: int, wanted: int
    ) -> tuple[Any, ...] | None:
        """The sort key of row wanted * mark_every of a segment (None past its end)."""
        segment = plan.segments[number]
        keys = [segment.column, Interaction.id] if segment.column is not None else [Interaction.id]
        position = wanted * self.mark_every
        length = self._length(session, flt, plan, number)
        if position >= length:
            return None
        marks = plan.marks.setdefault(number, {})
        # A mark not known yet is found by an OFFSET over the index alone, inside the database, from the nearest place
        # whose key is known: the segment's start, a mark found before, or the segment's end (walking the index
        # backwards, as the segment's length is known). So the first deep jump after a reload reads at most half the
        # list's index entries, fewer the nearer it is to either end, and later jumps near known marks almost none.
        # Keys are kept as the database stores them (no conversion).
        raw = [type_coerce(key, NullType()) for key in keys]
        conditions = [segment.condition, *self._where(session, flt)]
        with self._marks_lock:  # pages are read on several pool threads
            if wanted not in marks:
                below = max((known for known in marks if known < wanted), default=None)
                above = min((known for known in marks if known > wanted), default=None)
                from_below = position - (below * self.mark_every if below is not None else 0)
                above_position = above * self.mark_every if above is not None else length - 1
                from_above = above_position - position
                if from_above < from_below:
                    backwards = not plan.descending
                    walk = select(*raw).where(*conditions).order_by(
                        *[key.desc() if backwards else key.asc() for key in _ordered(segment, keys)])  # fmt: skip
                    if above is not None:
                        walk = walk.where(self._from_mark(keys, marks[above], backwards))
                    found = session.execute(walk.offset(from_above).limit(1)).first()
                else:
                    walk = select(*raw).where(*conditions).order_by(
                        *[key.desc() if plan.descending else key.asc() for key in _ordered(segment, keys)])  # fmt: skip
                    if below is not None:
                        walk = walk.where(self._from_mark(keys, marks[below], plan.descending))
                    found = session.execute(walk.offset(from_below).limit(1)).first()
                if found is None:
                    return None
                marks[wanted] = tuple(found)
            return marks[wanted]

    def prepare(self, flt: InteractionFilter, sort: SortKey = SortKey.STARTED, descending: bool = True) -> None:
        """Find every position mark of the list in this order, a mark_every step at a time, so that afterwards any
        jump reads at most mark_every index entries. The list runs it on the thread pool after each reload; it stops
        when a recount has made its marks useless."""
        with self.database.session() as session:
            plans = self._plans
            plan = self._plan(session, flt, sort, descending)
            for number in range(len(plan.segments)):
                for wanted in range(1, (self._length(session, flt, plan, number) - 1) // self.mark_every + 1):
                    if plans is not self._plans:
                        return
                    self._mark(session, flt, plan, number, wanted)

    @staticmethod
    def _from_mark(keys: list[Any], mark: tuple[Any, ...], descending: bool) -> Any:
        """The rows at and after `mark` in the list's order, as one index range."""
        here = tuple_(*keys)
        there = tuple_(*(literal(value, NullType()) for value in mark))
        return here <= there if descending else here >= there

    def stream(self, flt: InteractionFilter, limit: int | None = None, batch: int = 1000) -> Iterator[InteractionRow]:
        """Every matching row, oldest first, read as it is written: one query, fetched `batch` rows at a time."""
        with self.database.session() as session:
            # Looked up afresh: a stream is a view of its own, read long after the list's last count maybe.
            said = interactions_matching(session, flt.text.strip(), self.masked) if flt.text.strip() else None
            query = self.stream_statement(flt, limit, said)
            for values in session.execute(query.execution_options(yield_per=batch)):
                yield self._row(values)

    def stream_statement(self, flt: InteractionFilter, limit: int | None = None,
                         said: Sequence[int] | None = None) -> Select[Any]:  # fmt: skip
        """The query `stream` runs; the quick `list` runs the same one, as compiled here (cli/quick_list.py), for
        filters without a search (`said`: the interactions a search found, see `_said`)."""
        query = (
            _row_select(self.masked)
            .where(*_conditions(flt, self.masked, self.database.engine.dialect.name, said))
            .order_by(Interaction.started_at.asc(), Interaction.id.asc())
        )
        return query if limit is None else query.limit(bindparam("list_limit", limit))

    def iterate(self, flt: InteractionFilter, batch: int = 1000) -> Iterator[InteractionRow]:
        return self.stream(flt, batch=batch)

    def detail(self, interaction_id: int) -> InteractionDetail | None:
        with self.database.session() as session:
            values = session.execute(_row_select(self.masked).where(Interaction.id == interaction_id)).first()
            if values is None:
                return None
            interaction = session.get(Interaction, interaction_id)
            assert interaction is not None
            messages = [
                MessageView(m.seq, m.author, m.role, m.sent_at, self._shown(m.text) or "")
                for m in session.execute(
                    select(Message.seq, Message.author, Message.role, Message.sent_at, self._text().label("text"))
                    .where(Message.interaction_id == interaction_id)
                    .order_by(Message.seq)
                )
            ]
            media_row = session.scalar(select(MediaFile).where(MediaFile.interaction_id == interaction_id))
            media = None
            if media_row is not None:
                media = MediaView(
                    media_row.path,
                    media_row.original_path,
                    media_row.managed,
                    media_row.sha256,
                    media_row.size_bytes,
                    media_row.duration_ms,
                    media_row.sample_rate,
                    media_row.channels,
                    media_row.codec,
                    media_row.container,
                )
            return InteractionDetail(
                row=self._row(values),
                direction=interaction.direction,
                source_format=interaction.source_format,
                source_encoding=interaction.source_encoding,
                role_rules=list(interaction.role_rules or []),
                messages=messages,
                media=media,
                call_metrics=interaction.call_metrics,
            )

    def agents(self) -> list[tuple[int, str]]:
        with self.database.session() as session:
            return [(row.id, row.name) for row in session.execute(select(Agent.id, Agent.name).order_by(Agent.name))]

    def teams(self) -> list[tuple[int, str]]:
        with self.database.session() as session:
            return [(row.id, row.name) for row in session.execute(select(Team.id, Team.name).order_by(Team.name))]

    def total(self) -> int:
        return self.count(InteractionFilter())


class RoleCorrection:
    """A reviewer's correction of who is agent and who is customer in a conversation, audited."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def set_author_role(self, interaction_id: int, author: str, role: str, actor: str) -> None:
        if role not in ("agent", "customer", "system"):
            raise ValueError(f"unknown role {role!r}")
        with self.database.session() as session:
            interaction = session.get(Interaction, interaction_id)
            if interaction is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "no interaction with id {interaction_id}",
                    ),
                    interaction_id=interaction_id,
                )
            rules = [dict(rule) for rule in interaction.role_rules or []]
            previous = next((rule["role"] for rule in rules if rule["author"] == author), None)
            if previous is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        '"{author}" wrote nothing in interaction {interaction_id}',
                    ),
                    author=author,
                    interaction_id=interaction_id,
                )
            if previous == role:
                return
            who = actor
            for rule in rules:
                if rule["author"] == author:
                    rule["role"], rule["reason"] = role, f"corrected by {who}"
            interaction.role_rules = rules
            conversation = list(session.scalars(select(Message).where(Message.interaction_id == interaction_id)))
            for message in conversation:
                if message.author == author:
                    message.role = role
            from qa_studio.services.kpis import mark_replies  # loaded here: the list itself needs none of the KPIs

            mark_replies(conversation)  # who answered whom, and how fast, follows the corrected roles
            if role == "agent":
                interaction.agent_id = agent_by_name(session, author).id
            elif interaction.agent_id is not None:
                current_agent = session.get(Agent, interaction.agent_id)
                if current_agent is not None and current_agent.name == author:
                    remaining = next((r["author"] for r in rules if r["role"] == "agent"), None)
                    interaction.agent_id = agent_by_name(session, remaining).id if remaining else None
            audit.record(
                session,
                "author_role_corrected",
                "interaction",
                interaction_id,
                {"author": author, "old": previous, "new": role},
                actor=who,
            )
