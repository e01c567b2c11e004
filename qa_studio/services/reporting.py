"""Figures for reports and overview pages: per agent and per team for a period, and every answer as one row for
people's own pivot tables. Plain dataclasses, no Qt: the Excel and PDF writers and the app's pages read the same
figures. Only submitted evaluations count; calibration practice never does."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained
from qa_studio.services.aggregates import (
    COUNTED,
    FAILED,
    NO_DAY_DATE,
    Scope,
    day_of,
    day_sql,
    dialect,
    outcome_counts,
)
from qa_studio.services.coaching import CoachingService, CoachingView
from qa_studio.services.criteria import CriterionBook, CriterionId
from qa_studio.services.identity import team_prefix
from qa_studio.services.keywords import KeywordCounts, KeywordService
from qa_studio.services.kpis import KpiService, QualityCsatPoint, ServiceKpis
from qa_studio.services.reviewers import ReviewerFigures, ReviewerService
from qa_studio.services.root_causes import RootCauseReport, RootCauseService
from qa_studio.storage.database import Database
from qa_studio.storage.models import (
    Agent,
    Evaluation,
    EvaluationAnswer,
    Interaction,
    Message,
    RescoreSample,
    ScorecardVersion,
    Team,
    Transcript,
    TranscriptSegment,
    User,
)
from qa_studio.storage.models import Scorecard as ScorecardRow

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_WEEK = re.compile(r"^(\d{4})-[Ww](\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PERIOD_FORMS = "2026-11-20, 2026-W47, 2026-10, 2026-Q3 or 2026-01-01..2026-03-31"
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
_MOMENT = re.compile(r"\[(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\]")
EXCERPT_CHARS = 240
ANSWER_BATCH = 500  # evaluations whose answers are read in one query by the answers export


def _answer_text(value: Any) -> str | None:
    """An answer as the answers export holds it: the stored key or number; several deductions comma-separated."""
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


class ReportError(Explained):
    """A report that cannot be made as asked; the text says why."""


@dataclass(frozen=True, slots=True)
class Period:
    start: date | None  # inclusive; None: from the beginning
    end: date | None  # exclusive; None: up to now
    label: str

    def contains(self, moment: datetime | None) -> bool:
        if moment is None:
            return self.start is None and self.end is None
        day = moment.date()
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


def _day(text: str, whole: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReportError(
            QT_TRANSLATE_NOOP("Errors", "{whole}: there is no day {text}"), whole=whole, text=text
        ) from None


def parse_period(text: str | None) -> Period:
    """ "2026-11-20" (a day), "2026-W47" (an ISO week, Monday to Sunday), "2026-10" (a month), "2026-Q3" (a
    quarter), "2026-01-01..2026-03-31" (both days included), or all time."""
    if not text:
        return Period(None, None, "all time")
    text = text.strip()
    if _DAY.match(text):
        day = _day(text, text)
        return Period(day, day + timedelta(days=1), text)
    if found := _WEEK.match(text):
        year, week = int(found[1]), int(found[2])
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ReportError(
                QT_TRANSLATE_NOOP("Errors", "{text}: {year} has no ISO week {week}"), text=text, year=year, week=week
            ) from None
        return Period(monday, monday + timedelta(days=7), f"{year}-W{week:02d}")
    if found := _MONTH.match(text):
        year, month = int(found[1]), int(found[2])
        if not 1 <= month <= 12:
            raise ReportError(QT_TRANSLATE_NOOP("Errors", "{text}: there is no month {month}"), text=text, month=month)
        end = date(year + (month == 12), month % 12 + 1, 1)
        return Period(date(year, month, 1), end, text)
    if found := _QUARTER.match(text):
        year, quarter = int(found[1]), int(found[2])
        start = date(year, 3 * quarter - 2, 1)
        end = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
        return Period(start, end, text.upper())
    if found := _RANGE.match(text):
        start, last = _day(found[1], text), _day(found[2], text)
        if last < start:
            raise ReportError(QT_TRANSLATE_NOOP("Errors", "{text}: the period ends before it starts"), text=text)
        return Period(start, last + timedelta(days=1), text)
    raise ReportError(QT_TRANSLATE_NOOP("Errors", "{text} is not a period: use {forms}"), text=text, forms=PERIOD_FORMS)


@dataclass(frozen=True, slots=True)
class EvaluationLine:
    evaluation_id: int
    interaction_id: int
    channel: str
    started_at: datetime | None
    reviewer: str
    scorecard: str
    score: float | None
    passed: bool | None
    fatal: bool
    section_critical: bool
    state: str
    comment: str | None


@dataclass(frozen=True, slots=True)
class CriterionRate:
    key: str
    label: dict[str, str]  # its own scorecard's wording (with the scorecard's name where two read alike)
    fail_kind: str  # none | section_critical | fatal
    answered: int
    failed: int
    scorecard: str = ""  # the key of the scorecard the criterion belongs to

    @property
    def criterion(self) -> CriterionId:
        return (self.scorecard, self.key)

    @property
    def pass_rate(self) -> float | None:
        return None if not self.answered else 1 - self.failed / self.answered


@dataclass(frozen=True, slots=True)
class TrendPoint:
    start: date  # the first day of the week or month
    evaluations: int
    average: float | None
    pass_rate: float | None


@dataclass(frozen=True, slots=True)
class Comment:
    evaluation_id: int
    interaction_id: int
    criterion: dict[str, str] | None  # None: on the whole evaluation
    text: str
    at_ms: int | None = None  # a comment on a moment: "[02:31] ..." (from the start of the call or chat)
    excerpt: str | None = None  # what was said or written then, from the transcript or the chat


def moment_of(text: str) -> int | None:
    """The moment a comment is about, written "[02:31]" or "[1:02:31]" (as the scoring panel inserts it)."""
    found = _MOMENT.search(text or "")
    if not found:
        return None
    hours, minutes, seconds = int(found[1] or 0), int(found[2]), int(found[3])
    return ((hours * 60 + minutes) * 60 + seconds) * 1000


def moment_label(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


@dataclass(frozen=True, slots=True)
class Summary:
    evaluations: int
    average: float | None
    pass_rate: float | None
    fatal: int
    section_critical: int


@dataclass(frozen=True, slots=True)
class AgentReport:
    agent: str
    team: str | None
    period: Period
    summary: Summary
    quota: int | None  # interactions sampled for this agent in the period; None in the agent's own report
    team_summary: Summary
    evaluations: list[EvaluationLine]
    criteria: list[CriterionRate]  # weakest first
    trend: list[TrendPoint]
    comments: list[Comment]
    trend_unit: str = "month"
    coaching: list[CoachingView] = field(default_factory=list)
    root_causes: RootCauseReport | None = None  # the agent's failed answers: Pareto and repeated failures
    quality_csat: list[QualityCsatPoint] = field(default_factory=list)  # QA beside CSAT per trend_unit
    scorecards: dict[str, dict[str, str]] = field(default_factory=dict)  # scorecard key → its name per language

    @property
    def weakest(self) -> list[CriterionRate]:
        return [c for c in self.criteria if c.pass_rate is not None and c.pass_rate < 1][:5]

    @property
    def strongest(self) -> list[CriterionRate]:
        rated = [c for c in self.criteria if c.pass_rate is not None]
        return sorted(rated, key=lambda c: (-(c.pass_rate or 0), -c.answered))[:5]


@dataclass(frozen=True, slots=True)
class AgentKpi:
    agent: str
    summary: Summary
    quota: int


@dataclass(frozen=True, slots=True)
class TeamReport:
    team: str
    period: Period
    summary: Summary
    agents: list[AgentKpi]
    criteria: list[dict[str, str]]  # labels, in scorecard order
    criterion_keys: list[CriterionId]  # (scorecard key, criterion key), beside the labels
    failure_rates: dict[tuple[str, CriterionId], float | None]  # (agent, criterion) → share of answers failed
    reviewers: dict[str, tuple[int, int]] = field(default_factory=dict)  # reviewer → (submitted, assigned)
    root_causes: RootCauseReport | None = None  # the team's failed answers: Pareto and repeated failures
    service: ServiceKpis | None = None  # response times, handling time, CSAT and resolution beside quality
    quality_by_week: list[TrendPoint] = field(default_factory=list)  # pass share per ISO week, for the target line
    reviewer_figures: list[ReviewerFigures] = field(default_factory=list)  # volume, leniency, grading time, alignment
    keywords: KeywordCounts | None = None  # keyword spotting: mentions per list, agent and month
    scorecards: dict[str, dict[str, str]] = field(default_factory=dict)  # scorecard key → its name per language


def _summary(lines: list[EvaluationLine]) -> Summary:
    scored = [line.score for line in lines if line.score is not None]
    passed = [line.passed for line in lines if line.passed is not None]
    return Summary(
        len(lines),
        round(sum(scored) / len(scored), 2) if scored else None,
        sum(1 for p in passed if p) / len(passed) if passed else None,
        sum(1 for line in lines if line.fatal),
        sum(1 for line in lines if line.section_critical),
    )


@dataclass(slots=True)
class _Tally:
    """The figures of `_summary`, added up one evaluation at a time."""

    evaluations: int = 0
    score_sum: float = 0.0
    scored: int = 0
    passed: int = 0
    judged: int = 0
    fatal: int = 0
    section_critical: int = 0

    def add(self, score: float | None, passed: bool | None, fatal: bool, section_critical: bool) -> None:
        self.evaluations += 1
        if score is not None:
            self.score_sum += score
            self.scored += 1
        if passed is not None:
            self.judged += 1
            self.passed += 1 if passed else 0
        self.fatal += 1 if fatal else 0
        self.section_critical += 1 if section_critical else 0

    def merge(self, other: _Tally) -> None:
        self.evaluations += other.evaluations
        self.score_sum += other.score_sum
        self.scored += other.scored
        self.passed += other.passed
        self.judged += other.judged
        self.fatal += other.fatal
        self.section_critical += other.section_critical

    def summary(self) -> Summary:
        return Summary(
            self.evaluations, round(self.score_sum / self.scored, 2) if self.scored else None,
            self.passed / self.judged if self.judged else None, self.fatal, self.section_critical,
        )  # fmt: skip


def _week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _bucket(moment: datetime, unit: str) -> date:
    day = moment.date()
    return day - timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1)


class ReportingService:
    def __init__(self, database: Database, masked: bool = True, viewer: str | None = None) -> None:
        """`masked`: keyword counts on the masked copy, for people who may not unmask (the safe default).
        `viewer`: the person reading, whose blind re-scores' originals are left out of every figure (on a team
        database the server leaves them out for whoever signed in)."""
        self.database = database
        self.masked = masked
        self.viewer = viewer
        self._memo: dict[tuple[Any, ...], Summary] | None = None

    def _hidden(self) -> tuple[int, ...]:
        """Evaluations the reader is re-scoring blind and has not submitted: never in their figures."""
        with self.database.session() as session:
            if team_prefix(session) is not None:
                return tuple(sorted(session.scalar(text("SELECT qa_blind_originals()")) or ()))
            if self.viewer is None:
                return ()
            return tuple(sorted(session.scalars(
                select(RescoreSample.evaluation_id).join(User, User.id == RescoreSample.rescorer_id)
                .where(User.name == self.viewer, RescoreSample.submitted_at.is_(None)))))  # fmt: skip

    @contextmanager
    def batch(self) -> Iterator[ReportingService]:
        """Within the block, team figures are worked out once and reused for each agent of the team (a batch of
        50 agent reports reads the team's evaluations once, not 50 times)."""
        self._memo = {}
        try:
            yield self
        finally:
            self._memo = None

    def agent_names(self, team: str | None = None) -> list[str]:
        with self.database.session() as session:
            query = select(Agent.name).where(Agent.active.is_(True)).order_by(Agent.name)
            if team:
                query = query.join(Team, Team.id == Agent.team_id).where(Team.name == team)
            return list(session.scalars(query))

    def team_names(self) -> list[str]:
        with self.database.session() as session:
            return list(session.scalars(select(Team.name).order_by(Team.name)))

    # Loading ------------------------------------------------------------------------------------------------------
    def _rows(self, period: Period, agent_ids: list[int],
              hidden: tuple[int, ...] = ()) -> list[tuple[EvaluationLine, dict[str, Any]]]:  # fmt: skip
        """(line, stored result) per submitted evaluation, oldest first; plain columns, no ORM objects."""
        query = (
            select(Evaluation.id, Interaction.id, Interaction.channel, Interaction.started_at, User.name,
                   ScorecardRow.key, Evaluation.score, Evaluation.passed, Evaluation.fatal_failed,
                   Evaluation.section_critical_failed, Evaluation.state, Evaluation.comment, Evaluation.result)
            .join(Interaction, Interaction.id == Evaluation.interaction_id)
            .join(User, User.id == Evaluation.reviewer_id)
            .join(ScorecardVersion, ScorecardVersion.id == Evaluation.scorecard_version_id)
            .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
            .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None),
                   Interaction.agent_id.in_(agent_ids))
            .order_by(Interaction.started_at, Evaluation.id)
        )  # fmt: skip
        if hidden:
            query = query.where(Evaluation.id.not_in(hidden))
        if period.start is not None:
            query = query.where(Interaction.started_at >= datetime.combine(period.start, datetime.min.time()))
        if period.end is not None:
            query = query.where(Interaction.started_at < datetime.combine(period.end, datetime.min.time()))
        rows = []
        with self.database.session() as session:
            for (evaluation_id, interaction_id, channel, started, reviewer, card, score, passed, fatal, critical, state,
                 comment, result) in session.execute(query):  # fmt: skip
                line = EvaluationLine(evaluation_id, interaction_id, channel, started, reviewer, card,
                                      float(score) if score is not None else None, passed, bool(fatal),
                                      bool(critical), state, comment)  # fmt: skip
                rows.append((line, result or {}))
        return rows

    def _labels(self) -> CriterionBook:
        """Every scorecard's criteria, identified by (scorecard key, criterion key), in their own wording."""
        return CriterionBook.read(self.database)

    @staticmethod
    def _columns(period: Period, agent_ids: list[int], *extra: Any, hidden: tuple[int, ...] = ()) -> Any:
        """Submitted evaluations' figures as plain columns, streamed in batches (no ORM objects, no answers)."""
        query = (
            select(Interaction.agent_id, User.name, Evaluation.score, Evaluation.passed, Evaluation.fatal_failed,
                   Evaluation.section_critical_failed, *extra)
            .join(Interaction, Interaction.id == Evaluation.interaction_id)
            .join(User, User.id == Evaluation.reviewer_id)
            .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None),
                   Interaction.agent_id.in_(agent_ids))
            .execution_options(yield_per=5000)
        )  # fmt: skip
        if hidden:
            query = query.where(Evaluation.id.not_in(hidden))
        if period.start is not None:
            query = query.where(Interaction.started_at >= datetime.combine(period.start, datetime.min.time()))
        if period.end is not None:
            query = query.where(Interaction.started_at < datetime.combine(period.end, datetime.min.time()))
        return query

    def _tally(self, period: Period, agent_ids: list[int], hidden: tuple[int, ...] = ()) -> Summary:
        key = (period, tuple(sorted(agent_ids)), hidden)
        if self._memo is not None and key in self._memo:
            return self._memo[key]
        tally = _Tally()
        with self.database.session() as session:
            rows = session.execute(self._columns(period, agent_ids, hidden=hidden))
            for _agent, _reviewer, score, passed, fatal, critical in rows:
                tally.add(float(score) if score is not None else None, passed, fatal, critical)
        if self._memo is not None:
            self._memo[key] = tally.summary()
        return tally.summary()

    def _quota(self, agent_ids: list[int], period: Period, session: Session | None = None) -> dict[int, int]:
        """Interactions sampled per agent in the period, counted by the database."""
        scope = Scope.of(period.start, period.end, agent_ids)
        statement, params = scope.bind(f"""
            SELECT i.agent_id, COUNT(*) FROM sample_assignments s JOIN interactions i ON i.id = s.interaction_id
            WHERE {scope.where()} GROUP BY i.agent_id""")  # fmt: skip
        if session is not None:
            return {agent: count for agent, count in session.execute(statement, params)}
        with self.database.session() as own:
            return {agent: count for agent, count in own.execute(statement, params)}

    # Reports ------------------------------------------------------------------------------------------------------
    def my_results(self, agent_id: int, period: Period | None = None) -> AgentReport:
        """An agent's own results, as the agent may read them: their evaluations, comments with what was said then,
        trend and coaching, beside the team's figures. On a team database the agent reads no other agent's rows,
        so the team's figures come from the server as one aggregate (qa_team_figures)."""
        with self.database.session() as session:
            name = session.scalar(select(Agent.name).where(Agent.id == agent_id))
        if name is None:
            raise ReportError(QT_TRANSLATE_NOOP("Errors", "there is no agent with id {agent_id}"), agent_id=agent_id)
        return self.agent(name, period, own_only=True)

    def _team_figures(self, team_id: int, period: Period) -> Summary:
        since = datetime.combine(period.start, datetime.min.time()) if period.start else None
        until = datetime.combine(period.end, datetime.min.time()) if period.end else None
        with self.database.session() as session:
            row = session.execute(
                text("SELECT * FROM qa_team_figures(:team, :since, :until)"),
                {"team": team_id, "since": since, "until": until},
            ).first()
        if row is None:  # too few evaluations to show without revealing a colleague's scores
            return Summary(0, None, None, 0, 0)
        count, average, passed, judged, fatal, critical = row
        return Summary(int(count), round(float(average), 2) if average is not None else None,
                       passed / judged if judged else None, int(fatal), int(critical))  # fmt: skip

    def agent(
        self,
        name: str,
        period: Period | None = None,
        trend_unit: str | None = None,
        *,
        own_only: bool = False,
        repeat_threshold: int | None = None,
    ) -> AgentReport:
        """`own_only`: the report an agent reads about themselves (no sampling figures, team figures as one
        aggregate on a team database). `repeat_threshold`: failures of one criterion in the period that flag it
        (default: the team's standard)."""
        period = period or parse_period(None)
        with self.database.session() as session:
            agent = session.scalar(select(Agent).where(Agent.name == name))
            if agent is None:
                raise ReportError(QT_TRANSLATE_NOOP("Errors", "there is no agent called {name}"), name=name)
            team = session.get(Team, agent.team_id) if agent.team_id else None
            team_agents = [agent.id] if team is None else list(
                session.scalars(select(Agent.id).where(Agent.team_id == team.id)))  # fmt: skip
            agent_id, team_name, team_id = agent.id, team.name if team else None, team.id if team else None
        hidden = self._hidden()
        own = self._rows(period, [agent_id], hidden)
        lines = [line for line, _result in own]
        labels = self._labels()
        criteria = self._criteria([(line.scorecard, result) for line, result in own], labels)
        if trend_unit is None:
            span = (period.end - period.start).days if period.start and period.end else 400
            trend_unit = "week" if span <= 93 else "month"
        trend = self._trend(lines, trend_unit)
        comments = []
        answer_comments: dict[int, list[tuple[str, str]]] = defaultdict(list)
        shown = {rate.criterion: rate.label for rate in criteria}
        ids = [line.evaluation_id for line in lines]
        with self.database.session() as session:
            for first in range(0, len(ids), 1000):
                for evaluation_id, key, text in session.execute(
                    select(EvaluationAnswer.evaluation_id, EvaluationAnswer.criterion_key, EvaluationAnswer.comment)
                    .where(EvaluationAnswer.evaluation_id.in_(ids[first : first + 1000]),
                           EvaluationAnswer.comment.is_not(None), EvaluationAnswer.comment != "")
                    .order_by(EvaluationAnswer.id)
                ):  # fmt: skip
                    answer_comments[evaluation_id].append((key, text))
        for line in lines:
            if line.comment:
                comments.append(self._comment(line.evaluation_id, line.interaction_id, None, line.comment))
            for key, text in answer_comments.get(line.evaluation_id, []):
                label = shown.get((line.scorecard, key)) or labels.label((line.scorecard, key))
                comments.append(self._comment(line.evaluation_id, line.interaction_id, label, text))
        coaching = CoachingService(self.database).for_agent(name, period.start, period.end)
        quota = None if own_only else self._quota([agent_id], period).get(agent_id, 0)
        team_figures = self._tally(period, team_agents, hidden)
        if own_only and team_id is not None and self._team_database():
            team_figures = self._team_figures(team_id, period)
        if repeat_threshold is None:
            repeat_threshold = KpiService(self.database).standards().repeat_threshold
        causes = RootCauseService(self.database).report(period.start, period.end, agent=name,
                                                        threshold=repeat_threshold, hidden=hidden)  # fmt: skip
        quality_csat = KpiService(self.database).quality_csat_over_time(name, period.start, period.end, trend_unit,
                                                                        hidden)  # fmt: skip
        return AgentReport(
            name, team_name, period, _summary(lines), quota, team_figures, lines, criteria, trend, comments, trend_unit,
            coaching, causes, quality_csat, labels.names,
        )  # fmt: skip

    def _team_database(self) -> bool:
        with self.database.session() as session:
            return team_prefix(session) is not None

    def _comment(self, evaluation_id: int, interaction_id: int, criterion: dict[str, str] | None,
                 text: str) -> Comment:  # fmt: skip
        at_ms = moment_of(text)
        excerpt = None if at_ms is None else self.excerpt(interaction_id, at_ms)
        return Comment(evaluation_id, interaction_id, criterion, text, at_ms, excerpt)

    def excerpt(self, interaction_id: int, at_ms: int) -> str | None:
        """What was said (current transcript, redacted) or written (the chat message then) at a moment, with who."""
        from qa_studio.transcribe.redaction import localise_masks

        with self.database.session() as session:
            segments = session.execute(
                select(TranscriptSegment.start_ms, TranscriptSegment.speaker, TranscriptSegment.text_masked)
                .join(Transcript, Transcript.id == TranscriptSegment.transcript_id)
                .where(Transcript.interaction_id == interaction_id, Transcript.is_current.is_(True),
                       TranscriptSegment.end_ms >= at_ms - 1000, TranscriptSegment.start_ms <= at_ms + 8000)
                .order_by(TranscriptSegment.seq).limit(3)
            ).all()  # fmt: skip
            if segments:
                said = [f"{speaker}: {localise_masks((words or '').strip())}" for _start, speaker, words in segments]
                text = " ".join(said)
            else:
                started = session.scalar(select(Interaction.started_at).where(Interaction.id == interaction_id))
                messages = session.execute(
                    select(Message.sent_at, Message.author, Message.text_masked.label("text"))
                    .where(Message.interaction_id == interaction_id).order_by(Message.seq)
                ).all()  # fmt: skip
                if not messages:
                    return None
                chosen = messages[0]
                if started is not None:
                    for message in messages:
                        if message.sent_at is not None and (message.sent_at - started).total_seconds() * 1000 <= at_ms:
                            chosen = message
                text = f"{chosen.author}: {localise_masks((chosen.text or '').strip())}"
        return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"

    @staticmethod
    def _criteria(results: list[tuple[str, dict[str, Any]]], labels: CriterionBook) -> list[CriterionRate]:
        """Pass rates per criterion of (scorecard key, stored result) pairs, each scorecard's criteria apart."""
        answered: dict[CriterionId, int] = defaultdict(int)
        failed: dict[CriterionId, int] = defaultdict(int)
        for card, result in results:
            for key, entry in (result.get("criteria") or {}).items():
                if not entry.get("applicable", True) or Decimal(str(entry.get("possible", 0))) == 0:
                    continue
                answered[(card, key)] += 1
                failed[(card, key)] += 1 if entry.get("failed") else 0
        shown = labels.shown(answered)
        rates = [CriterionRate(key, shown[(card, key)], labels.fail((card, key)), answered[(card, key)],
                               failed[(card, key)], card)
                 for card, key in answered]  # fmt: skip
        return sorted(rates, key=lambda c: (c.pass_rate if c.pass_rate is not None else 2, -c.answered))

    @staticmethod
    def _trend(lines: list[EvaluationLine], unit: str) -> list[TrendPoint]:
        buckets: dict[date, list[EvaluationLine]] = defaultdict(list)
        for line in lines:
            if line.started_at is not None:
                buckets[_bucket(line.started_at, unit)].append(line)
        points = []
        for start in sorted(buckets):
            summary = _summary(buckets[start])
            points.append(TrendPoint(start, summary.evaluations, summary.average, summary.pass_rate))
        return points

    def team(self, name: str, period: Period | None = None, repeat_threshold: int | None = None) -> TeamReport:
        """A team's figures, streamed: evaluations are read in batches and tallied, so a team with 100,000
        evaluations in the period needs no more memory than one with 100."""
        period = period or parse_period(None)
        with self.database.session() as session:
            team = session.scalar(select(Team).where(Team.name == name))
            if team is None:
                raise ReportError(QT_TRANSLATE_NOOP("Errors", "there is no team called {name}"), name=name)
            agents = {a.id: a.name for a in session.scalars(select(Agent).where(Agent.team_id == team.id))}
            hidden = self._hidden()
            scope = Scope.of(period.start, period.end, list(agents), hidden)
            by_day, answered, failed, outcomes = self._team_tallies(session, scope)
            quota = self._quota(list(agents), period, session)
            assigned = self._assigned(scope, session)
        whole = _Tally()
        by_week: dict[date, _Tally] = defaultdict(_Tally)
        by_agent: dict[int, _Tally] = defaultdict(_Tally)
        for (agent_id, day), tally in by_day.items():
            for target in (whole, by_agent[agent_id], *([by_week[_week_of(day)]] if day is not None else [])):
                target.merge(tally)
        kpis = [AgentKpi(agents[a], by_agent[a].summary() if a in by_agent else _summary([]), quota.get(a, 0))
                for a in sorted(agents, key=lambda a: agents[a])]  # fmt: skip
        labels = self._labels()
        order = {criterion: n for n, criterion in enumerate(labels.labels)}
        keys = sorted({criterion for _agent, criterion in answered}, key=lambda k: (order.get(k, len(order)), k))
        shown = labels.shown(keys)
        rates = {(agents[a], criterion): failed.get((a, criterion), 0) / count
                 for (a, criterion), count in answered.items()}  # fmt: skip
        reviewer_figures = ReviewerService(self.database).figures(period.start, period.end, team=name, hidden=hidden)
        people = {r.reviewer: [r.evaluations, assigned.get(r.reviewer, 0)] for r in reviewer_figures if r.evaluations}
        for reviewer, count in assigned.items():
            people.setdefault(reviewer, [0, count])
        if repeat_threshold is None:
            repeat_threshold = KpiService(self.database).standards().repeat_threshold
        causes = RootCauseService(self.database).report(
            period.start, period.end, team=name, threshold=repeat_threshold,
            outcomes=[(agents[agent_id], card, flags, count) for agent_id, card, flags, count in outcomes],
            hidden=hidden)  # fmt: skip
        service = KpiService(self.database).figures(period.start, period.end, team=name, hidden=hidden)
        weeks = [TrendPoint(start, t.evaluations, t.summary().average, t.summary().pass_rate)
                 for start, t in sorted(by_week.items())]  # fmt: skip
        return TeamReport(
            name, period, whole.summary(), kpis, [shown[k] for k in keys], keys, rates,
            {reviewer: (done, total) for reviewer, (done, total) in sorted(people.items())}, causes, service, weeks,
            reviewer_figures,
            KeywordService(self.database, self.masked).counts(name, period.start, period.end, "month"), labels.names,
        )  # fmt: skip

    @staticmethod
    def _team_tallies(session: Session, scope: Scope) -> tuple[
        dict[tuple[int, date | None], _Tally], dict[tuple[int, CriterionId], int], dict[tuple[int, CriterionId], int],
        list[Any],
    ]:  # fmt: skip
        """Submitted evaluations added up by the database per agent and day, and each criterion's answers and
        failures per agent (counted when it applied and was worth points) from the evaluations grouped by scorecard and
        outcomes, which are returned too (agent id, scorecard key, outcomes, evaluations) for the root-cause
        analysis. A criterion is (scorecard key, criterion key): scorecards sharing a key are never pooled."""
        name = dialect(session)
        if scope.rolled_up:
            statement, params = scope.bind(f"""
                SELECT r.agent_id, r.day, SUM(r.evaluations), SUM(r.score_cents) / 100.0, SUM(r.scored), SUM(r.passed),
                       SUM(r.judged), SUM(r.fatal), SUM(r.critical)
                FROM rollup_quality r WHERE {scope.days()} AND r.agent_id <> 0 GROUP BY r.agent_id, r.day
                HAVING SUM(r.evaluations) <> 0""")  # fmt: skip
        else:
            statement, params = scope.bind(f"""
                SELECT i.agent_id, {day_sql(name, 'i.started_at')}, COUNT(*), SUM(e.score), COUNT(e.score),
                       SUM(CASE WHEN e.passed THEN 1 ELSE 0 END), COUNT(e.passed),
                       SUM(CASE WHEN e.fatal_failed THEN 1 ELSE 0 END),
                       SUM(CASE WHEN e.section_critical_failed THEN 1 ELSE 0 END)
                FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
                WHERE {scope.counted(session)} AND {scope.where()} AND i.agent_id IS NOT NULL
                GROUP BY 1, 2""")  # fmt: skip
        by_day: dict[tuple[int, date | None], _Tally] = {}
        for agent_id, day, count, total, scored, passed, judged, fatal, critical in session.execute(
                statement, params):  # fmt: skip
            key = (agent_id, None if day_of(day) == NO_DAY_DATE else day_of(day))
            tally = by_day.setdefault(key, _Tally())
            tally.merge(_Tally(int(count), float(total or 0), int(scored), int(passed or 0), int(judged),
                               int(fatal or 0), int(critical or 0)))  # fmt: skip
        answered: dict[tuple[int, CriterionId], int] = defaultdict(int)
        failures: dict[tuple[int, CriterionId], int] = defaultdict(int)
        outcomes = outcome_counts(session, scope, "i.agent_id")
        for agent_id, card, flags, count in outcomes:
            for key, flag in flags:
                if flag & COUNTED:
                    answered[(agent_id, (card, key))] += count
                    if flag & FAILED:
                        failures[(agent_id, (card, key))] += count
        return by_day, answered, failures, outcomes

    @staticmethod
    def _assigned(scope: Scope, session: Session) -> dict[str, int]:
        """Interactions of the scope sampled to each reviewer."""
        statement, params = scope.bind(f"""
            SELECT u.name, COUNT(*) FROM sample_assignments s JOIN users u ON u.id = s.reviewer_id
            JOIN interactions i ON i.id = s.interaction_id WHERE {scope.where()} GROUP BY u.name""")  # fmt: skip
        return {reviewer: count for reviewer, count in session.execute(statement, params)}

    def answers(self, period: Period | None = None, team: str | None = None) -> Iterator[dict[str, Any]]:
        """Every answer of every submitted evaluation in the period, one dict per answer, streamed in batches."""
        period = period or parse_period(None)
        labels = self._labels()
        with self.database.session() as session:
            query = (
                select(Evaluation.id, Evaluation.interaction_id, Interaction.channel, Interaction.started_at,
                       Agent.name, Team.name, User.name, ScorecardRow.key, ScorecardVersion.version,
                       Evaluation.score, Evaluation.passed, Evaluation.result, ScorecardVersion.id)
                .join(Interaction, Interaction.id == Evaluation.interaction_id)
                .outerjoin(Agent, Agent.id == Interaction.agent_id)
                .outerjoin(Team, Team.id == Interaction.team_id)
                .join(User, User.id == Evaluation.reviewer_id)
                .join(ScorecardVersion, ScorecardVersion.id == Evaluation.scorecard_version_id)
                .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
                .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
                .order_by(Evaluation.id)
                .execution_options(yield_per=2000)
            )  # fmt: skip
            if period.start is not None:
                query = query.where(Interaction.started_at >= datetime.combine(period.start, datetime.min.time()))
            if period.end is not None:
                query = query.where(Interaction.started_at < datetime.combine(period.end, datetime.min.time()))
            if team:
                query = query.where(Team.name == team)
            batch: list[Any] = []
            for row in session.execute(query):
                batch.append(row)
                if len(batch) == ANSWER_BATCH:
                    yield from self._answer_rows(batch, labels)
                    batch = []
            yield from self._answer_rows(batch, labels)

    def _answer_rows(self, batch: list[Any], labels: CriterionBook) -> Iterator[dict[str, Any]]:
        """The rows of a batch of evaluations, with each answer as given (value, N/A, root cause) read in one query
        on a connection of its own (the evaluations are still streaming on theirs). Each answer is labelled as its
        own scorecard version words it."""
        if not batch:
            return
        given: dict[tuple[int, str], tuple[Any, bool, str | None]] = {}
        with self.database.session() as session:
            for evaluation_id, key, value, na, cause in session.execute(
                select(EvaluationAnswer.evaluation_id, EvaluationAnswer.criterion_key, EvaluationAnswer.value,
                       EvaluationAnswer.not_applicable, EvaluationAnswer.root_cause)
                .where(EvaluationAnswer.evaluation_id.in_([row[0] for row in batch]))
            ):  # fmt: skip
                given[(evaluation_id, key)] = (value, bool(na), cause)
        for row in batch:
            (evaluation_id, interaction_id, channel, started, agent, team_name, reviewer, card, version, score,
             passed, result, version_id) = row  # fmt: skip
            for key, entry in ((result or {}).get("criteria") or {}).items():
                label = labels.by_version.get((version_id, key)) or labels.label((card, key))
                value, na, cause = given.get((evaluation_id, key), (None, False, None))
                failed = bool(entry.get("failed"))
                yield {
                    "evaluation_id": evaluation_id, "interaction_id": interaction_id, "channel": channel,
                    "started_at": started, "agent": agent, "team": team_name, "reviewer": reviewer,
                    "scorecard": card, "version": version, "criterion": key,
                    "criterion_label": label.get("en") or key, "criterion_label_zh": label.get("zh") or "",
                    "applicable": bool(entry.get("applicable", True)),
                    "earned": float(entry.get("earned", 0)), "possible": float(entry.get("possible", 0)),
                    "failed": failed,
                    "answer": None if na else _answer_text(value), "not_applicable": na,
                    "root_cause": cause if failed else None,
                    "evaluation_score": float(score) if score is not None else None, "evaluation_passed": passed,
                }  # fmt: skip
