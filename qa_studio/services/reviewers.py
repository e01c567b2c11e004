"""How each reviewer scores day to day (grader QA): volume, grading time, strictness or leniency against everyone
scoring the same scorecard in the period, and alignment with the calibration benchmarks."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.services.aggregates import Scope, dialect, span_ms
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Team

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


def figures_of_tallies(
    tallies: Mapping[tuple[str, str], tuple[int, float, int]],
    median_seconds: Mapping[str, float],
    calibration: Mapping[str, CalibrationAlignment] | None = None,
) -> list[ReviewerFigures]:
    """reviewer_figures() from what the database adds up: (reviewer, scorecard) → (evaluations, score total,
    scored) and each reviewer's median grading seconds. A reviewer's leniency, the mean of (score − scorecard
    mean), is (score total − Σ scored · scorecard mean) / scored."""
    card_total: dict[str, float] = defaultdict(float)
    card_scored: dict[str, int] = defaultdict(int)
    for (_reviewer, card), (_count, total, scored) in tallies.items():
        card_total[card] += total
        card_scored[card] += scored
    card_mean = {card: card_total[card] / n for card, n in card_scored.items() if n}
    counts: dict[str, int] = defaultdict(int)
    totals: dict[str, float] = defaultdict(float)
    scored_n: dict[str, int] = defaultdict(int)
    offsets: dict[str, float] = defaultdict(float)
    for (reviewer, card), (count, total, scored) in tallies.items():
        counts[reviewer] += count
        if scored:
            totals[reviewer] += total
            scored_n[reviewer] += scored
            offsets[reviewer] += total - scored * card_mean[card]
    calibration = calibration or {}
    names = sorted(set(counts) | set(calibration))
    return [ReviewerFigures(
        name, counts.get(name, 0),
        totals[name] / scored_n[name] if scored_n.get(name) else None,
        offsets[name] / scored_n[name] if scored_n.get(name) else None,
        median_seconds[name] / 60 if name in median_seconds else None,
        calibration.get(name)) for name in names]  # fmt: skip


class ReviewerService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def figures(self, start: date | None = None, end: date | None = None, team: str | None = None,
                with_calibration: bool = True, hidden: Sequence[int] = ()) -> list[ReviewerFigures]:  # fmt: skip
        """Submitted production evaluations (never calibration practice) of interactions started in [start, end),
        of the team's agents when given; alignment from every revealed calibration session. `hidden`: evaluations
        the reader may not see, left out."""
        with self.database.session() as session:
            agent_ids = None
            if team is not None:
                agent_ids = list(session.scalars(
                    select(Agent.id).join(Team, Team.id == Agent.team_id).where(Team.name == team)))  # fmt: skip
            scope = Scope.of(start, end, agent_ids, hidden)
            tallies, medians = self._tallies(session, scope)
        present = {reviewer for reviewer, _card in tallies}
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
        return figures_of_tallies(tallies, medians,
                                  {k: v for k, v in alignment.items() if k in present or team is None})  # fmt: skip

    @staticmethod
    def _tallies(session: Session, scope: Scope) -> tuple[dict[tuple[str, str], tuple[int, float, int]],
                                                          dict[str, float]]:  # fmt: skip
        """(reviewer, scorecard) → (evaluations, score total, scored) and reviewer → median grading seconds, both
        worked out by the database (the median from the one or two middle spans of each reviewer)."""
        name = dialect(session)
        if scope.rolled_up:
            statement, params = scope.bind(f"""
                SELECT u.name, s.key, SUM(r.evaluations), SUM(r.score_cents) / 100.0, SUM(r.scored)
                FROM rollup_reviewers r JOIN users u ON u.id = r.reviewer_id
                JOIN scorecard_versions v ON v.id = r.scorecard_version_id JOIN scorecards s ON s.id = v.scorecard_id
                WHERE {scope.days()} GROUP BY u.name, s.key HAVING SUM(r.evaluations) <> 0""")  # fmt: skip
        else:
            statement, params = scope.bind(f"""
                SELECT u.name, s.key, COUNT(*), SUM(e.score), COUNT(e.score)
                FROM evaluations e JOIN interactions i ON i.id = e.interaction_id JOIN users u ON u.id = e.reviewer_id
                JOIN scorecard_versions v ON v.id = e.scorecard_version_id JOIN scorecards s ON s.id = v.scorecard_id
                WHERE {scope.counted(session)} AND {scope.where()} GROUP BY u.name, s.key""")  # fmt: skip
        tallies = {(reviewer, card): (int(count), float(total or 0), int(scored))
                   for reviewer, card, count, total, scored in session.execute(statement, params)}  # fmt: skip
        seconds = f"({span_ms(name, 'e.submitted_at', 'e.created_at')}) / 1000.0"
        statement, params = scope.bind(f"""
            SELECT reviewer, AVG(seconds) FROM (
                SELECT reviewer, seconds, ROW_NUMBER() OVER (PARTITION BY reviewer ORDER BY seconds) AS n,
                       COUNT(*) OVER (PARTITION BY reviewer) AS spans
                FROM (SELECT u.name AS reviewer, {seconds} AS seconds
                      FROM evaluations e JOIN interactions i ON i.id = e.interaction_id
                      JOIN users u ON u.id = e.reviewer_id
                      WHERE {scope.counted(session)} AND {scope.where()} AND e.created_at IS NOT NULL
                        AND e.submitted_at IS NOT NULL) AS timed
                WHERE seconds >= 0 AND seconds <= :longest) AS ranked
            WHERE n IN ((spans + 1) / 2, (spans + 2) / 2) GROUP BY reviewer""",
            longest=MAX_GRADING_SECONDS)  # fmt: skip
        medians = {reviewer: float(median) for reviewer, median in session.execute(statement, params)}
        return tallies, medians
