"""Keyword spotting: named phrase lists kept for the whole team (complaint words, regulator or lawyer mentions such as
投诉, 12315, 律师, cancellation), matched on every interaction through the search index, and counted per agent, team
and period. People who may not unmask are counted on the masked copy, so a count never tells where a number is."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, text, union
from sqlalchemy.orm import Session

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.services import audit
from qa_studio.services.directory import role_of
from qa_studio.services.search import SAID, matching_entries
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Interaction, KeywordList, SearchEntry, Team

MAX_NAME = 100
MAX_PHRASE = 200
MAX_PHRASES = 200  # per list: each phrase is one index lookup when counting
UNITS = ("day", "week", "month")
MANAGERS = ("lead", "admin")


class KeywordError(Explained, ValueError):
    pass


@dataclass(frozen=True, slots=True)
class KeywordListView:
    id: int
    name: str
    phrases: list[str]


@dataclass(frozen=True, slots=True)
class KeywordCount:
    """How many interactions of one agent in one period mention a list's phrases (and how many lines do)."""

    list_name: str
    period: date  # the day, the week's Monday or the month's first day
    team: str | None
    agent: str | None
    interactions: int
    mentions: int  # messages and transcript lines that hold a phrase

    def as_json(self) -> dict[str, Any]:
        return {"list": self.list_name, "period": self.period.isoformat(), "team": self.team, "agent": self.agent,
                "interactions": self.interactions, "mentions": self.mentions}  # fmt: skip


@dataclass(frozen=True, slots=True)
class KeywordCounts:
    unit: str
    rows: list[KeywordCount] = field(default_factory=list)  # per list, period, team and agent

    def per_team(self) -> list[KeywordCount]:
        """The same counts added up over each team's agents (agent None)."""
        totals: dict[tuple[str, date, str | None], list[int]] = defaultdict(lambda: [0, 0])
        for row in self.rows:
            total = totals[(row.list_name, row.period, row.team)]
            total[0] += row.interactions
            total[1] += row.mentions
        return [KeywordCount(name, period, team, None, n, m) for (name, period, team), (n, m) in totals.items()]


def _bucket(moment: datetime | None, unit: str) -> date | None:
    if moment is None:
        return None
    day = moment.date()
    if unit == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if unit == "month" else day


def _clean_phrases(phrases: list[str]) -> list[str]:
    kept: list[str] = []
    for phrase in phrases:
        phrase = " ".join(phrase.split())
        if not phrase:
            continue
        if len(phrase) > MAX_PHRASE:
            raise KeywordError(QT_TRANSLATE_NOOP("Errors", "a phrase is at most {limit} characters: {phrase}"),
                               limit=MAX_PHRASE, phrase=phrase[:40] + "…")  # fmt: skip
        if phrase.casefold() not in {p.casefold() for p in kept}:
            kept.append(phrase)
    return kept


class KeywordService:
    def __init__(self, database: Database, masked: bool = False) -> None:
        self.database = database
        self.masked = masked

    def lists(self) -> list[KeywordListView]:
        """The team's lists; none for someone the team database does not let read them (an agent)."""
        with self.database.session() as session:
            if session.get_bind().dialect.name == "postgresql" and not session.scalar(
                    text("SELECT has_table_privilege('keyword_lists', 'SELECT')")):  # fmt: skip
                return []
            return [KeywordListView(row.id, row.name, list(row.phrases or []))
                    for row in session.scalars(select(KeywordList).order_by(KeywordList.name))]  # fmt: skip

    @staticmethod
    def _may_manage(session: Session, actor: str) -> None:
        if role_of(session, actor) not in MANAGERS:
            raise KeywordError(QT_TRANSLATE_NOOP("Errors", "keyword lists are changed by leads and administrators"))

    def add(self, name: str, phrases: list[str], actor: str) -> KeywordListView:
        """A new list, or more phrases for an existing one (a phrase already there is not added twice)."""
        name = " ".join(name.split())
        if not name or len(name) > MAX_NAME:
            raise KeywordError(QT_TRANSLATE_NOOP("Errors", "a keyword list needs a name of 1 to {limit} characters"),
                               limit=MAX_NAME)  # fmt: skip
        new = _clean_phrases(phrases)
        if not new:
            raise KeywordError(QT_TRANSLATE_NOOP("Errors", "give at least one phrase for the list {name}"), name=name)
        with self.database.session() as session:
            self._may_manage(session, actor)
            row = session.scalar(select(KeywordList).where(KeywordList.name == name))
            if row is None:
                row = KeywordList(name=name, phrases=[], created_by=actor)
                session.add(row)
            merged = _clean_phrases([*(row.phrases or []), *new])
            if len(merged) > MAX_PHRASES:
                raise KeywordError(QT_TRANSLATE_NOOP("Errors", "a keyword list holds at most {limit} phrases"),
                                   limit=MAX_PHRASES)  # fmt: skip
            added = [p for p in merged if p not in (row.phrases or [])]
            row.phrases = merged
            session.flush()
            audit.record(session, "keywords_added", "keyword_list", row.id, {"name": name, "phrases": added},
                         actor=actor)  # fmt: skip
            return KeywordListView(row.id, row.name, list(merged))

    def remove(self, name: str, actor: str, phrases: list[str] | None = None) -> KeywordListView | None:
        """The whole list, or only some of its phrases (the list stays, possibly empty of nothing: it is removed when
        its last phrase goes). Returns what is left, None when the list is gone."""
        with self.database.session() as session:
            self._may_manage(session, actor)
            row = session.scalar(select(KeywordList).where(KeywordList.name == " ".join(name.split())))
            if row is None:
                raise KeywordError(QT_TRANSLATE_NOOP("Errors", "there is no keyword list called {name}"), name=name)
            if phrases:
                gone = {p.casefold() for p in _clean_phrases(phrases)}
                unknown = gone - {p.casefold() for p in row.phrases or []}
                if unknown:
                    raise KeywordError(QT_TRANSLATE_NOOP("Errors", "the list {name} has no phrase {phrase}"),
                                       name=row.name, phrase=", ".join(sorted(unknown)))  # fmt: skip
                row.phrases = [p for p in row.phrases or [] if p.casefold() not in gone]
            audit.record(session, "keywords_removed", "keyword_list", row.id,
                         {"name": row.name, "phrases": phrases or "all"}, actor=actor)  # fmt: skip
            if phrases and row.phrases:
                return KeywordListView(row.id, row.name, list(row.phrases))
            session.delete(row)
            return None

    def counts(self, team: str | None = None, start: date | None = None, end: date | None = None,
               unit: str = "month", lists: list[str] | None = None) -> KeywordCounts:  # fmt: skip
        """Per list, period (`unit`), team and agent: the interactions whose messages or transcript lines hold one of
        the list's phrases, started from `start` (inclusive) to `end` (exclusive). Reviewers' comments do not count:
        they are about the interaction, not in it."""
        if unit not in UNITS:
            raise KeywordError(QT_TRANSLATE_NOOP("Errors", "count per day, week or month, not {unit}"), unit=unit)
        chosen = [k for k in self.lists() if lists is None or k.name in lists]
        rows: list[KeywordCount] = []
        with self.database.session() as session:
            dialect = session.get_bind().dialect.name
            conditions: list[Any] = [SearchEntry.kind.in_(SAID)]
            if start is not None:
                conditions.append(Interaction.started_at >= datetime.combine(start, time.min))
            if end is not None:
                conditions.append(Interaction.started_at < datetime.combine(end, time.min))
            if team is not None:
                conditions.append(Interaction.team_id.in_(select(Team.id).where(Team.name == team)))
            names = {"agents": dict(session.execute(select(Agent.id, Agent.name)).all()),
                     "teams": dict(session.execute(select(Team.id, Team.name)).all())}  # fmt: skip
            for keyword_list in chosen:
                if not keyword_list.phrases:
                    continue
                # One index lookup per phrase; an entry holding two phrases of the list counts once.
                entries = union(*(matching_entries(dialect, p, self.masked) for p in keyword_list.phrases))
                per_interaction = (
                    select(Interaction.agent_id, Interaction.team_id, Interaction.started_at, func.count())
                    .join(SearchEntry, SearchEntry.interaction_id == Interaction.id)
                    .where(SearchEntry.id.in_(entries), *conditions)
                    .group_by(Interaction.id, Interaction.agent_id, Interaction.team_id, Interaction.started_at)
                )
                tally: dict[tuple[date | None, int | None, int | None], list[int]] = defaultdict(lambda: [0, 0])
                for agent_id, team_id, started, mentions in session.execute(per_interaction):
                    total = tally[(_bucket(started, unit), team_id, agent_id)]
                    total[0] += 1
                    total[1] += mentions
                for (period, team_id, agent_id), (interactions, mentions) in tally.items():
                    if period is None:
                        continue  # an interaction without a start belongs to no period
                    rows.append(KeywordCount(keyword_list.name, period, names["teams"].get(team_id),
                                             names["agents"].get(agent_id), interactions, mentions))  # fmt: skip
        rows.sort(key=lambda r: (r.list_name, r.period, r.team or "", r.agent or ""))
        return KeywordCounts(unit, rows)
