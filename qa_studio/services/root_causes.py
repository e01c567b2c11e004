"""Root-cause analysis of failed answers: a Pareto of the root causes reviewers recorded, for a team, an agent, a
criterion and a period, and the repeated failures (one agent failing the same criterion N times or more in the
period) that make the natural focus of the next coaching session. Only failed answers count: a root cause explains
a failure, so one left on a passing or hidden answer is ignored here (and no longer stored, see EvaluationService)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, Evaluation, EvaluationAnswer, Interaction, ScorecardVersion, Team

DEFAULT_REPEAT_THRESHOLD = 3  # failures of one criterion by one agent in the period before it is flagged
NO_CAUSE = ""  # the Pareto's bar for failed answers without a recorded root cause
NO_CAUSE_LABEL = {"en": "(no root cause recorded)", "zh": "（未记录根因）"}


@dataclass(frozen=True, slots=True)
class CauseCount:
    key: str  # the root cause's key; NO_CAUSE for failures recorded without one
    label: dict[str, str]
    count: int
    share: float  # of the failed answers counted in this Pareto
    cumulative: float  # this cause and every larger one: the Pareto line


@dataclass(frozen=True, slots=True)
class RepeatedFailure:
    agent: str
    criterion: str
    label: dict[str, str]
    failures: int
    evaluation_ids: tuple[int, ...]  # oldest first
    causes: dict[str, int] = field(default_factory=dict)  # root cause key → failures with it


@dataclass(frozen=True, slots=True)
class RootCauseReport:
    pareto: list[CauseCount]  # most frequent first
    repeated: list[RepeatedFailure]  # most failures first
    threshold: int
    failed_answers: int  # failed answers in scope, with or without a root cause
    cause_labels: dict[str, dict[str, str]] = field(default_factory=dict)  # root cause key → labels

    @property
    def with_cause(self) -> int:
        return sum(c.count for c in self.pareto if c.key != NO_CAUSE)


def pareto(counts: Mapping[str, int], labels: Mapping[str, dict[str, str]] | None = None) -> list[CauseCount]:
    """Causes by count, largest first (ties by key, failures without a cause last), with share and running share."""
    labels = labels or {}
    total = sum(counts.values())
    ordered = sorted((k for k, n in counts.items() if n > 0), key=lambda k: (k == NO_CAUSE, -counts[k], k))
    rows, running = [], 0
    for key in ordered:
        running += counts[key]
        label = labels.get(key) or (NO_CAUSE_LABEL if key == NO_CAUSE else {"en": key})
        rows.append(CauseCount(key, dict(label), counts[key], counts[key] / total, running / total))
    return rows


def repeated_failures(
    failures: Iterable[tuple[str, str, int]],
    threshold: int,
    labels: Mapping[str, dict[str, str]] | None = None,
    causes: Mapping[tuple[int, str], str] | None = None,
) -> list[RepeatedFailure]:
    """(agent, criterion, evaluation id) per failed answer, oldest first → the pairs failed `threshold` times or more,
    most failures first. `causes`: (evaluation id, criterion) → the root cause recorded on that failure."""
    if threshold < 1:
        raise ValueError("a repeated failure needs a threshold of at least 1")
    labels, causes = labels or {}, causes or {}
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)
    for agent, criterion, evaluation_id in failures:
        seen[(agent, criterion)].append(evaluation_id)
    flagged = []
    for (agent, criterion), ids in seen.items():
        if len(ids) >= threshold:
            tally = Counter(causes[(i, criterion)] for i in ids if (i, criterion) in causes)
            flagged.append(RepeatedFailure(agent, criterion, dict(labels.get(criterion) or {"en": criterion}),
                                           len(ids), tuple(ids), dict(tally.most_common())))  # fmt: skip
    return sorted(flagged, key=lambda r: (-r.failures, r.agent, r.criterion))


class RootCauseService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def labels(self) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
        """(root cause key → labels, criterion key → labels) from every scorecard version, latest wording last."""
        causes: dict[str, dict[str, str]] = {}
        criteria: dict[str, dict[str, str]] = {}
        with self.database.session() as session:
            for definition in session.scalars(select(ScorecardVersion.definition).order_by(ScorecardVersion.id)):
                for cause in definition.get("root_causes", []):
                    causes[cause["key"]] = dict(cause.get("label") or {})
                for section in definition.get("sections", []):
                    for criterion in section.get("criteria", []):
                        criteria[criterion["key"]] = dict(criterion.get("label") or {})
        return causes, criteria

    def report(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        team: str | None = None,
        agent: str | None = None,
        criterion: str | None = None,
        threshold: int = DEFAULT_REPEAT_THRESHOLD,
        failures: list[tuple[str, str, int]] | None = None,
    ) -> RootCauseReport:
        """Root causes of the failed answers of submitted evaluations (never calibration practice) of interactions
        started in [start, end), narrowed to a team, an agent and a criterion when given. Streams the evaluations,
        so memory grows with the failures, not with the evaluations. `failures`: (agent, criterion, evaluation id)
        of the same scope, oldest first, when the caller has just read the results anyway (the team report)."""
        if threshold < 1:
            raise ValueError("a repeated failure needs a threshold of at least 1")
        filters = [Evaluation.state != "draft", Evaluation.calibration_session_id.is_(None)]
        if start is not None:
            filters.append(Interaction.started_at >= datetime.combine(start, datetime.min.time()))
        if end is not None:
            filters.append(Interaction.started_at < datetime.combine(end, datetime.min.time()))
        if agent is not None:
            filters.append(Agent.name == agent)
        if team is not None:
            filters.append(Agent.team_id.in_(select(Team.id).where(Team.name == team)))

        def scoped(query):  # noqa: ANN001, ANN202 - a select, joined and narrowed the same way twice
            return (query.join(Interaction, Interaction.id == Evaluation.interaction_id)
                    .join(Agent, Agent.id == Interaction.agent_id).where(*filters))  # fmt: skip

        cause_of: dict[tuple[int, str], str] = {}
        with self.database.session() as session:
            if failures is None:
                failures = []
                evaluations = scoped(select(Evaluation.id, Agent.name, Evaluation.result)).order_by(
                    Interaction.started_at, Evaluation.id).execution_options(yield_per=5000)  # fmt: skip
                for evaluation_id, agent_name, result in session.execute(evaluations):
                    for key, entry in ((result or {}).get("criteria") or {}).items():
                        if entry.get("failed") and entry.get("applicable", True) and criterion in (None, key):
                            failures.append((agent_name, key, evaluation_id))
            failures = [f for f in failures if criterion in (None, f[1])]
            failed = {(evaluation_id, key) for _agent, key, evaluation_id in failures}
            answers = scoped(
                select(EvaluationAnswer.evaluation_id, EvaluationAnswer.criterion_key, EvaluationAnswer.root_cause)
                .join(Evaluation, Evaluation.id == EvaluationAnswer.evaluation_id)
            ).where(EvaluationAnswer.root_cause.is_not(None), EvaluationAnswer.root_cause != "").execution_options(
                yield_per=5000)  # fmt: skip
            for evaluation_id, key, cause in session.execute(answers):
                if (evaluation_id, key) in failed:
                    cause_of[(evaluation_id, key)] = cause
        cause_labels, criterion_labels = self.labels()
        counts = Counter(cause_of.get((evaluation_id, key), NO_CAUSE) for _agent, key, evaluation_id in failures)
        return RootCauseReport(
            pareto(counts, cause_labels),
            repeated_failures(failures, threshold, criterion_labels, cause_of),
            threshold,
            len(failures),
            cause_labels,
        )
