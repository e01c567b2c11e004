"""Reviewer QA: a lead draws a sample of a reviewer's submitted production evaluations and scores them again, blind;
each reviewer's alignment with those re-scores (criteria answered the same, signed and absolute score difference)
beside the day-to-day figures of services/reviewers.py (volume, leniency, grading time, calibration alignment).

A re-score is kept in `rescore_samples`, apart from evaluations, so it never counts in an agent's figures. The
re-scorer is given the interaction and the scorecard, never the original's answers or score, until they submit;
on a team database the server hides the original from them (storage/team_sql.py `qa_blind_originals`)."""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from qa_studio.clock import utcnow
from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.permissions import may_run_calibration
from qa_studio.scoring.engine import ScoreResult, score, validate_answers
from qa_studio.scoring.loader import scorecard_from_dict
from qa_studio.scoring.model import Answer, Context, Scorecard
from qa_studio.services import audit
from qa_studio.services.directory import role_of
from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.reviewers import ReviewerFigures, ReviewerService
from qa_studio.storage.database import Database, WriteConflict
from qa_studio.storage.models import (
    Agent,
    Evaluation,
    EvaluationAnswer,
    Interaction,
    RescoreSample,
    ScorecardVersion,
    User,
)

Stored = Mapping[str, Mapping[str, Any]]  # criterion key → {"value": …, "na": bool}


class RescoreError(EvaluationError):
    """A re-score that cannot be drawn or submitted as asked; the text says why."""


# Pure figures ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RescorePair:
    """One re-scored evaluation: the reviewer's answers and score beside the lead's, over the scoring criteria."""

    reviewer: str
    original: Stored
    rescore: Stored
    original_score: float | None
    rescore_score: float | None


@dataclass(frozen=True, slots=True)
class RescoreAlignment:
    rescored: int
    criteria_compared: int
    criteria_same: int
    mean_difference: float | None  # reviewer − lead, points: above 0 lenient, below 0 strict
    mean_abs_difference: float | None

    @property
    def same_share(self) -> float | None:
        return self.criteria_same / self.criteria_compared if self.criteria_compared else None


def _same(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    if a is None or b is None:
        return False
    if bool(a.get("na")) or bool(b.get("na")):
        return bool(a.get("na")) == bool(b.get("na"))
    left, right = a.get("value"), b.get("value")
    if isinstance(left, list) and isinstance(right, list):  # deductions: the same set, in any order
        return sorted(map(str, left)) == sorted(map(str, right))
    return left == right


def rescore_alignment(pairs: Iterable[RescorePair]) -> dict[str, RescoreAlignment]:
    """Per reviewer: the share of criteria answered as the lead answered them (over every criterion either answered;
    one answered and the other not is a difference), and the mean signed and absolute score difference."""
    compared: Counter[str] = Counter()
    same: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    differences: dict[str, list[float]] = defaultdict(list)
    for pair in pairs:
        counts[pair.reviewer] += 1
        for key in sorted(set(pair.original) | set(pair.rescore)):
            compared[pair.reviewer] += 1
            same[pair.reviewer] += _same(pair.original.get(key), pair.rescore.get(key))
        if pair.original_score is not None and pair.rescore_score is not None:
            differences[pair.reviewer].append(pair.original_score - pair.rescore_score)
    result = {}
    for name, count in counts.items():
        diffs = differences.get(name, [])
        result[name] = RescoreAlignment(
            count, compared[name], same[name],
            sum(diffs) / len(diffs) if diffs else None,
            sum(abs(d) for d in diffs) / len(diffs) if diffs else None,
        )  # fmt: skip
    return result


def iso_week(moment: datetime | date) -> str:
    year, week, _day = moment.isocalendar()
    return f"{year}-W{week:02d}"


# Service --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SampleLine:
    id: int
    evaluation_id: int
    interaction_id: int
    channel: str
    agent: str | None
    reviewer: str
    rescorer: str
    period: str | None
    drawn_at: datetime
    submitted_at: datetime | None
    rescore_score: Decimal | None
    original_score: Decimal | None  # None until the re-score is submitted: the re-scorer works blind

    @property
    def done(self) -> bool:
        return self.submitted_at is not None


@dataclass(frozen=True, slots=True)
class RescoreSetup:
    sample_id: int
    interaction_id: int
    scorecard: Scorecard
    context: Context


@dataclass(frozen=True, slots=True)
class ReviewerLine:
    """One reviewer's row on the reviewer page and workbook."""

    figures: ReviewerFigures
    rescores: RescoreAlignment | None
    open_samples: int

    @property
    def reviewer(self) -> str:
        return self.figures.reviewer


@dataclass(slots=True)
class ReviewerReport:
    period: str
    lines: list[ReviewerLine] = field(default_factory=list)
    weeks: list[str] = field(default_factory=list)  # ISO weeks with evaluations, oldest first
    volume: dict[str, dict[str, int]] = field(default_factory=dict)  # reviewer → week → evaluations submitted
    samples: list[SampleLine] = field(default_factory=list)  # re-scores in the period, done and open


def _stored_answers(session: Session, evaluation_id: int, keys: set[str]) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(EvaluationAnswer.criterion_key, EvaluationAnswer.value, EvaluationAnswer.not_applicable)
        .where(EvaluationAnswer.evaluation_id == evaluation_id)
    )  # fmt: skip
    return {key: {"value": value, "na": bool(na)} for key, value, na in rows if key in keys}


def _scoring_keys(scorecard: Scorecard) -> set[str]:
    return {c.key for c in scorecard.criteria() if c.type.scoring}


class GraderQAService:
    def __init__(self, database: Database) -> None:
        self.database = database

    @staticmethod
    def _require_lead(session: Session, actor: str) -> None:
        if not may_run_calibration(role_of(session, actor)):
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "only a lead or an administrator re-scores reviewers' "
                                                 "evaluations; {actor} is not one"), actor=actor)  # fmt: skip

    @staticmethod
    def _user(session: Session, name: str) -> User:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "there is nobody called {name}"), name=name)
        return user

    def draw(self, reviewer: str, count: int, actor: str, *, rescorer: str | None = None,
             start: date | None = None, end: date | None = None, period: str | None = None,
             seed: int = 1) -> list[int]:  # fmt: skip
        """Up to `count` of the reviewer's submitted production evaluations, submitted in [start, end), drawn at
        random (reproducibly, by seed) among those the re-scorer (by default the actor) has not drawn yet."""
        if count < 1:
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "draw at least one evaluation to re-score"))
        rescorer = rescorer or actor
        with self.database.session() as session:
            self._require_lead(session, actor)
            self._require_lead(session, rescorer)
            original, lead = self._user(session, reviewer), self._user(session, rescorer)
            if original.id == lead.id:
                raise RescoreError(QT_TRANSLATE_NOOP("Errors", "{name} cannot re-score their own evaluations"),
                                   name=rescorer)  # fmt: skip
            drawn = select(RescoreSample.evaluation_id).where(RescoreSample.rescorer_id == lead.id)
            query = (
                select(Evaluation.id, Evaluation.interaction_id, Evaluation.scorecard_version_id)
                .where(Evaluation.reviewer_id == original.id, Evaluation.state != "draft",
                       Evaluation.calibration_session_id.is_(None), Evaluation.id.not_in(drawn))
                .order_by(Evaluation.id)
            )  # fmt: skip
            if start is not None:
                query = query.where(Evaluation.submitted_at >= datetime.combine(start, datetime.min.time()))
            if end is not None:
                query = query.where(Evaluation.submitted_at < datetime.combine(end, datetime.min.time()))
            candidates = session.execute(query).all()
            chosen = random.Random(f"{seed}:{reviewer}:{period}").sample(candidates, min(count, len(candidates)))
            ids = []
            for evaluation_id, interaction_id, version_id in sorted(chosen):
                sample = RescoreSample(evaluation_id=evaluation_id, interaction_id=interaction_id,
                                       scorecard_version_id=version_id, reviewer_id=original.id, rescorer_id=lead.id,
                                       period=period, drawn_by=actor)  # fmt: skip
                session.add(sample)
                session.flush()
                ids.append(sample.id)
            audit.record(session, "rescore_sample_drawn", "rescore_sample", None,
                         {"reviewer": reviewer, "rescorer": rescorer, "period": period, "seed": seed,
                          "drawn": len(ids), "available": len(candidates)}, actor=actor)  # fmt: skip
            return ids

    def samples(self, *, rescorer: str | None = None, reviewer: str | None = None, open_only: bool = False,
                period: str | None = None) -> list[SampleLine]:  # fmt: skip
        """Re-score samples, oldest first; the original's score only once the re-score is submitted."""
        original_user, lead_user = aliased(User), aliased(User)
        query = (
            select(RescoreSample, Interaction.channel, Agent.name, original_user.name, lead_user.name)
            .join(Interaction, Interaction.id == RescoreSample.interaction_id)
            .outerjoin(Agent, Agent.id == Interaction.agent_id)
            .join(original_user, original_user.id == RescoreSample.reviewer_id)
            .join(lead_user, lead_user.id == RescoreSample.rescorer_id)
            .order_by(RescoreSample.id)
        )  # fmt: skip
        if rescorer is not None:
            query = query.where(lead_user.name == rescorer)
        if reviewer is not None:
            query = query.where(original_user.name == reviewer)
        if open_only:
            query = query.where(RescoreSample.submitted_at.is_(None))
        if period is not None:
            query = query.where(RescoreSample.period == period)
        with self.database.session() as session:
            rows = session.execute(query).all()
            done = [row[0].evaluation_id for row in rows if row[0].submitted_at is not None]
            originals = {row.id: row.score for row in session.execute(
                select(Evaluation.id, Evaluation.score).where(Evaluation.id.in_(done)))}
            return [SampleLine(s.id, s.evaluation_id, s.interaction_id, channel, agent, name, lead, s.period,
                               s.created_at, s.submitted_at, s.score,
                               originals.get(s.evaluation_id) if s.submitted_at is not None else None)
                    for s, channel, agent, name, lead in rows]  # fmt: skip

    def _load(self, session: Session, sample_id: int, actor: str) -> RescoreSample:
        sample = session.get(RescoreSample, sample_id)
        if sample is None:
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "there is no re-score {id}"), id=sample_id)
        lead = session.scalar(select(User.id).where(User.name == actor))
        if sample.rescorer_id != lead:
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "re-score {id} was drawn for someone else"), id=sample_id)
        return sample

    def setup(self, sample_id: int, actor: str) -> RescoreSetup:
        """What the re-scorer scores with: the interaction and the scorecard version the reviewer used; no answers."""
        with self.database.session() as session:
            sample = self._load(session, sample_id, actor)
            version = session.get(ScorecardVersion, sample.scorecard_version_id)
            interaction = session.get(Interaction, sample.interaction_id)
            assert version is not None and interaction is not None
            scorecard = scorecard_from_dict(version.definition, f"scorecard version {version.id}")
            return RescoreSetup(sample.id, sample.interaction_id, scorecard,
                                Context(channel=interaction.channel, queue=interaction.queue))  # fmt: skip

    def submit(self, sample_id: int, answers: dict[str, Answer], actor: str) -> ScoreResult:
        """Once; the answers complete, as an evaluation's must be. Afterwards the original is shown beside it."""
        setup = self.setup(sample_id, actor)
        problems = validate_answers(setup.scorecard, answers, setup.context)
        result = score(setup.scorecard, answers, setup.context)
        problems += [] if result.complete else [", ".join(result.missing)]
        if problems:
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "answer every criterion first: {problems}"),
                               problems="; ".join(problems[:5]))  # fmt: skip
        try:
            with self.database.session() as session:
                sample = self._load(session, sample_id, actor)
                if sample.submitted_at is not None:
                    raise RescoreError(QT_TRANSLATE_NOOP("Errors", "re-score {id} is already submitted"), id=sample_id)
                sample.answers = {key: {"value": a.value, "na": a.not_applicable, "root_cause": a.root_cause}
                                  for key, a in answers.items()}  # fmt: skip
                sample.score, sample.passed, sample.submitted_at = result.score, result.passed, utcnow()
                audit.record(session, "rescore_submitted", "rescore_sample", sample.id,
                             {"evaluation": sample.evaluation_id, "score": str(result.score)}, actor=actor)  # fmt: skip
        except WriteConflict:  # the same re-score submitted twice at once
            raise RescoreError(QT_TRANSLATE_NOOP("Errors", "re-score {id} is already submitted"),
                               id=sample_id) from None
        return result

    def pairs(self, samples: Iterable[SampleLine]) -> list[RescorePair]:
        """Submitted re-scores beside their originals, over the scorecard's scoring criteria."""
        done = [s for s in samples if s.done]
        if not done:
            return []
        with self.database.session() as session:
            wanted = [d.id for d in done]
            rows = {s.id: s for s in session.scalars(select(RescoreSample).where(RescoreSample.id.in_(wanted)))}
            keys_of: dict[int, set[str]] = {}
            pairs = []
            for line in done:
                row = rows[line.id]
                if row.scorecard_version_id not in keys_of:
                    version = session.get(ScorecardVersion, row.scorecard_version_id)
                    assert version is not None
                    keys_of[row.scorecard_version_id] = _scoring_keys(
                        scorecard_from_dict(version.definition, f"scorecard version {version.id}"))
                keys = keys_of[row.scorecard_version_id]
                original = _stored_answers(session, row.evaluation_id, keys)
                rescore = {k: v for k, v in (row.answers or {}).items() if k in keys}
                pairs.append(RescorePair(line.reviewer, original, rescore,
                                         float(line.original_score) if line.original_score is not None else None,
                                         float(row.score) if row.score is not None else None))  # fmt: skip
            return pairs

    def report(self, start: date | None, end: date | None, label: str, team: str | None = None) -> ReviewerReport:
        """Every reviewer with evaluations submitted in the period (interactions started in it, as the team page
        counts them), their re-scores drawn from the period, and their volume per ISO week."""
        figures = ReviewerService(self.database).figures(start, end, team=team)
        report = ReviewerReport(label)
        query = (
            select(User.name, Interaction.started_at)
            .select_from(Evaluation)
            .join(User, User.id == Evaluation.reviewer_id)
            .join(Interaction, Interaction.id == Evaluation.interaction_id)
            .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None),
                   Interaction.started_at.is_not(None))
        )  # fmt: skip
        if start is not None:
            query = query.where(Interaction.started_at >= datetime.combine(start, datetime.min.time()))
        if end is not None:
            query = query.where(Interaction.started_at < datetime.combine(end, datetime.min.time()))
        names = {f.reviewer for f in figures}
        with self.database.session() as session:
            weekly = session.execute(query).all()
            in_period = select(RescoreSample.id).join(Interaction, Interaction.id == RescoreSample.interaction_id)
            if start is not None:
                in_period = in_period.where(Interaction.started_at >= datetime.combine(start, datetime.min.time()))
            if end is not None:
                in_period = in_period.where(Interaction.started_at < datetime.combine(end, datetime.min.time()))
            sample_ids = set(session.scalars(in_period))
        volume: dict[str, Counter[str]] = defaultdict(Counter)
        for name, started in weekly:
            if name in names:
                volume[name][iso_week(started)] += 1
        report.weeks = sorted({week for weeks in volume.values() for week in weeks})
        report.volume = {name: dict(weeks) for name, weeks in volume.items()}
        report.samples = [s for s in self.samples() if s.id in sample_ids and s.reviewer in names]
        alignment = rescore_alignment(self.pairs(report.samples))
        open_counts = Counter(s.reviewer for s in report.samples if not s.done)
        report.lines = [ReviewerLine(f, alignment.get(f.reviewer), open_counts.get(f.reviewer, 0)) for f in figures]
        return report

    def reviewers_with_work(self) -> list[str]:
        """People with submitted production evaluations, by name: those a sample may be drawn for."""
        with self.database.session() as session:
            return list(session.scalars(
                select(User.name).join(Evaluation, Evaluation.reviewer_id == User.id)
                .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
                .group_by(User.name).order_by(User.name)
            ))  # fmt: skip

    def blind_for(self, person: str) -> set[int]:
        """The evaluations `person` has been drawn to re-score and has not yet: the app keeps them out of that
        person's sight (on a team database the server already does)."""
        with self.database.session() as session:
            return set(session.scalars(
                select(RescoreSample.evaluation_id).join(User, User.id == RescoreSample.rescorer_id)
                .where(User.name == person, RescoreSample.submitted_at.is_(None))
            ))  # fmt: skip

    def open_count(self, rescorer: str) -> int:
        with self.database.session() as session:
            return session.scalar(
                select(func.count(RescoreSample.id)).join(User, User.id == RescoreSample.rescorer_id)
                .where(User.name == rescorer, RescoreSample.submitted_at.is_(None))
            ) or 0  # fmt: skip
