"""How each reviewer scores day to day (grader QA): volume, grading time, strictness or leniency against everyone
scoring the same scorecard in the period, and alignment with the calibration benchmarks."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Evaluation, Interaction, ScorecardVersion, Team, User
from qa_studio.storage.models import Scorecard as ScorecardRow

# A draft left open over a weekend is not grading time: longer spans are left out of the median.
MAX_GRADING_SECONDS = 4 * 3600


@dataclass(frozen=True, slots=True)
class CalibrationAlignment:
    sessions: int
    mean_abs_deviation: float  # points from the benchmark, averaged over the sessions
    criteria_aligned_share: float  # 0–1


@dataclass(frozen=True, slots=True)
class ReviewerFigures:
    reviewer: str
    evaluations: int
    average: float | None
    leniency: float | None  # points above (lenient) or below (strict) the mean of the same scorecard in the period
    grading_minutes: float | None  # median from opening to submitting, spans over MAX_GRADING_SECONDS left out
    calibration: CalibrationAlignment | None


def reviewer_figures(
    rows: Iterable[tuple[str, str, float | None, datetime | None, datetime | None]],
    calibration: Mapping[str, CalibrationAlignment] | None = None,
) -> list[ReviewerFigures]:
    """(reviewer, scorecard, score, opened, submitted) per submitted evaluation → each reviewer's figures, by name.

    Leniency compares each score with the mean of every score on the same scorecard, so a reviewer who happens to
    score the harder scorecard is not called strict."""
    rows = list(rows)
    by_card: dict[str, list[float]] = defaultdict(list)
    for _reviewer, card, score, _opened, _submitted in rows:
        if score is not None:
            by_card[card].append(score)
    card_mean = {card: sum(scores) / len(scores) for card, scores in by_card.items()}
    scores: dict[str, list[float]] = defaultdict(list)
    offsets: dict[str, list[float]] = defaultdict(list)
    spans: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for reviewer, card, score, opened, submitted in rows:
        counts[reviewer] += 1
        if score is not None:
            scores[reviewer].append(score)
            offsets[reviewer].append(score - card_mean[card])
        if opened is not None and submitted is not None:
            seconds = (submitted - opened).total_seconds()
            if 0 <= seconds <= MAX_GRADING_SECONDS:
                spans[reviewer].append(seconds / 60)
    calibration = calibration or {}
    names = sorted(set(counts) | set(calibration))
    return [ReviewerFigures(
        name, counts.get(name, 0),
        sum(scores[name]) / len(scores[name]) if scores.get(name) else None,
        sum(offsets[name]) / len(offsets[name]) if offsets.get(name) else None,
        statistics.median(spans[name]) if spans.get(name) else None,
        calibration.get(name)) for name in names]  # fmt: skip


class ReviewerService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def figures(self, start: date | None = None, end: date | None = None, team: str | None = None,
                with_calibration: bool = True) -> list[ReviewerFigures]:  # fmt: skip
        """Submitted production evaluations (never calibration practice) of interactions started in [start, end),
        of the team's agents when given; alignment from every revealed calibration session."""
        query = (
            select(User.name, ScorecardRow.key, Evaluation.score, Evaluation.created_at, Evaluation.submitted_at)
            .join(User, User.id == Evaluation.reviewer_id)
            .join(ScorecardVersion, ScorecardVersion.id == Evaluation.scorecard_version_id)
            .join(ScorecardRow, ScorecardRow.id == ScorecardVersion.scorecard_id)
            .join(Interaction, Interaction.id == Evaluation.interaction_id)
            .where(Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None))
            .execution_options(yield_per=5000)
        )  # fmt: skip
        if start is not None:
            query = query.where(Interaction.started_at >= datetime.combine(start, datetime.min.time()))
        if end is not None:
            query = query.where(Interaction.started_at < datetime.combine(end, datetime.min.time()))
        if team is not None:
            query = query.where(Interaction.agent_id.in_(
                select(Agent.id).join(Team, Team.id == Agent.team_id).where(Team.name == team)))  # fmt: skip
        with self.database.session() as session:
            rows = [(name, card, float(score) if score is not None else None, opened, submitted)
                    for name, card, score, opened, submitted in session.execute(query)]  # fmt: skip
        alignment: dict[str, CalibrationAlignment] = {}
        if with_calibration:
            from qa_studio.services.calibration_sessions import CalibrationService

            for name, points in CalibrationService(self.database).drift(resamples=20).items():
                compared = [s for _summary, s in points
                            if not math.isnan(s.mean_abs_deviation) and not math.isnan(s.criteria_aligned_share)]
                deviations = [s.mean_abs_deviation for s in compared]
                aligned = [s.criteria_aligned_share for s in compared]
                if deviations:
                    alignment[name] = CalibrationAlignment(len(deviations), sum(deviations) / len(deviations),
                                                           sum(aligned) / len(aligned))  # fmt: skip
        present = {row[0] for row in rows}
        return reviewer_figures(rows, {k: v for k, v in alignment.items() if k in present or team is None})
