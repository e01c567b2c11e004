"""Reading interactions: filtered counts and pages for the list, and one interaction in full."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from qa_studio.services import audit
from qa_studio.services.autoqa import AUTO_COLUMNS, autoqa_conditions
from qa_studio.services.directory import agent_by_name
from qa_studio.services.search import matching_interactions
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, MediaFile, Message, Team
from qa_studio.transcribe.redaction import redact


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
class InteractionFilter:
    agent_id: int | None = None
    team_id: int | None = None
    channel: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""
    auto_score_below: float | None = None  # AutoQA: automatic score under this
    fatal_suspected: bool = False  # AutoQA: a fatal criterion answered "no" by its checks


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    channel: str
    started_at: datetime | None
    duration_ms: int | None
    agent: str | None
    team: str | None
    queue: str | None
    status: str
    customer_ref: str | None
    external_id: str | None
    subject: str | None
    source: str
    message_count: int
    auto_score: Decimal | None = None
    auto_flags: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "duration_ms": self.duration_ms,
            "agent": self.agent,
            "team": self.team,
            "queue": self.queue,
            "status": self.status,
            "customer_ref": self.customer_ref,
            "external_id": self.external_id,
            "subject": self.subject,
            "source": self.source,
            "message_count": self.message_count,
            "auto_score": float(self.auto_score) if self.auto_score is not None else None,
            "auto_flags": list(self.auto_flags),
        }


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


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(flt: InteractionFilter, dialect: str = "sqlite", masked: bool = False) -> list[Any]:
    conditions: list[Any] = []
    if flt.agent_id is not None:
        conditions.append(Interaction.agent_id == flt.agent_id)
    if flt.team_id is not None:
        conditions.append(Interaction.team_id == flt.team_id)
    if flt.channel:
        conditions.append(Interaction.channel == flt.channel)
    if flt.status:
        conditions.append(Interaction.status == flt.status)
    if flt.date_from is not None:
        conditions.append(Interaction.started_at >= datetime.combine(flt.date_from, time.min))
    if flt.date_to is not None:
        conditions.append(Interaction.started_at < datetime.combine(flt.date_to + timedelta(days=1), time.min))
    text = flt.text.strip()
    if text:
        pattern = _like_pattern(text)
        agent_match = select(Agent.id).where(Agent.name.ilike(pattern, escape="\\"))
        # What was said is searched through its index (messages and transcripts, masked for who may not unmask).
        message_match = Interaction.id.in_(matching_interactions(dialect, text, masked))
        conditions.append(
            or_(
                Interaction.customer_ref.ilike(pattern, escape="\\"),
                Interaction.external_id.ilike(pattern, escape="\\"),
                Interaction.subject.ilike(pattern, escape="\\"),
                Interaction.queue.ilike(pattern, escape="\\"),
                Interaction.source_path.ilike(pattern, escape="\\"),
                Interaction.agent_id.in_(agent_match),
                message_match,
            )
        )
    conditions += autoqa_conditions(flt.auto_score_below, flt.fatal_suspected)
    return conditions


# The subject of an e-mail, or a chat's first words, so a reviewer can tell conversations apart in the list.
_first_message_text = (
    select(func.substr(Message.text, 1, 120))
    .where(Message.interaction_id == Interaction.id, Message.seq == 0)
    .correlate(Interaction)
    .scalar_subquery()
)


def _row_select() -> Select[Any]:
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
            func.coalesce(Interaction.subject, _first_message_text),
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
    """Database-side filtering, sorting and paging, so the list stays fast at 100,000 interactions.

    `masked`: for people whose role may not see unmasked text, card, phone and ID numbers and e-mail addresses in
    chats, e-mails and subjects are masked before they leave this service (transcripts are masked in their view)."""

    def __init__(self, database: Database, masked: bool = False) -> None:
        self.database = database
        self.masked = masked

    def _conditions(self, flt: InteractionFilter) -> list[Any]:
        return _conditions(flt, self.database.engine.dialect.name, self.masked)

    def _shown(self, text: str | None) -> str | None:
        return redact(text) if self.masked and text else text

    def _row(self, values: Any) -> InteractionRow:
        row = _to_row(values)
        return replace(row, subject=self._shown(row.subject)) if self.masked else row

    def count(self, flt: InteractionFilter) -> int:
        with self.database.session() as session:
            return session.scalar(select(func.count(Interaction.id)).where(*self._conditions(flt))) or 0

    def page(
        self,
        flt: InteractionFilter,
        offset: int,
        limit: int,
        sort: SortKey = SortKey.STARTED,
        descending: bool = True,
    ) -> list[InteractionRow]:
        column = _SORT_COLUMNS[sort]
        order = [column.desc() if descending else column.asc()]
        if sort != SortKey.ID:
            order.append(Interaction.id.desc() if descending else Interaction.id.asc())
        query = _row_select().where(*self._conditions(flt)).order_by(*order).offset(offset).limit(limit)
        with self.database.session() as session:
            return [self._row(values) for values in session.execute(query)]

    def iterate(self, flt: InteractionFilter, batch: int = 1000) -> Iterator[InteractionRow]:
        offset = 0
        while rows := self.page(flt, offset, batch, SortKey.STARTED, descending=False):
            yield from rows
            offset += len(rows)

    def detail(self, interaction_id: int) -> InteractionDetail | None:
        with self.database.session() as session:
            values = session.execute(_row_select().where(Interaction.id == interaction_id)).first()
            if values is None:
                return None
            interaction = session.get(Interaction, interaction_id)
            assert interaction is not None
            messages = [
                MessageView(m.seq, m.author, m.role, m.sent_at, self._shown(m.text) or "")
                for m in session.scalars(
                    select(Message).where(Message.interaction_id == interaction_id).order_by(Message.seq)
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
                raise LookupError(f"no interaction with id {interaction_id}")
            rules = [dict(rule) for rule in interaction.role_rules or []]
            previous = next((rule["role"] for rule in rules if rule["author"] == author), None)
            if previous is None:
                raise LookupError(f'"{author}" wrote nothing in interaction {interaction_id}')
            if previous == role:
                return
            who = actor
            for rule in rules:
                if rule["author"] == author:
                    rule["role"], rule["reason"] = role, f"corrected by {who}"
            interaction.role_rules = rules
            for message in session.scalars(
                select(Message).where(Message.interaction_id == interaction_id, Message.author == author)
            ):
                message.role = role
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
