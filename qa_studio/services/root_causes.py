"""Root-cause analysis of failed answers: a Pareto of the root causes reviewers recorded, for a team, an agent, a
criterion and a period, and the repeated failures (one agent failing the same criterion N times or more in the
period) that make the natural focus of the next coaching session. Only failed answers count: a root cause explains
a failure, so one left on a passing or hidden answer is ignored here (and no longer stored, see EvaluationService)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_studio.services.aggregates import (
    APPLICABLE,
    FAILED,
    Outcomes,
    Scope,
    answer_failed,
    dialect,
    outcome_counts,
    outcome_flags,
    read_outcomes,
    scorecard_keys,
)
from qa_studio.services.criteria import CriterionBook, CriterionId
from qa_studio.storage.database import Database
from qa_studio.storage.models import Agent, ScorecardVersion, Team

DEFAULT_REPEAT_THRESHOLD = 3  # failures of one criterion by one agent in the period before it is flagged
NO_CAUSE = ""  # the Pareto's bar for failed answers without a recorded root cause
NO_CAUSE_LABEL = {"en": "(no root cause recorded)", "zh": "（未记录根因）"}
# A repeated failure lists its latest evaluations, up to this many: enough to open and coach from, and a workbook
# cell (at most 32,767 characters) holds them whatever the number of failures behind the flag.
LISTED_EVALUATIONS = 100
FIRST_PAGE = 1000  # an agent's newest evaluations read at once when listing their repeated failures


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
    criterion: str  # the criterion's key within its scorecard
    label: dict[str, str]  # its scorecard's wording (with the scorecard's name where two flags read alike)
    failures: int
    evaluation_ids: tuple[int, ...]  # the latest LISTED_EVALUATIONS of the failures, oldest first
    causes: dict[str, int] = field(default_factory=dict)  # root cause key → failures with it
    scorecard: str = ""  # the key of the criterion's scorecard: its failures on another scorecard are another flag


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

    @staticmethod
    def _latest(session: Session, scope: Scope,
                flagged: dict[tuple[str, CriterionId], tuple[int, list[int]]]) -> None:  # fmt: skip
        """Fills in each flagged (agent, criterion)'s latest LISTED_EVALUATIONS failed evaluations, oldest first,
        reading each flagged agent's evaluations newest first (from the index of agents' start times) and stopping
        once every flag of that agent has its list, so a team's page reads a few hundred evaluations per agent, not
        every one sorted."""
        wanted: dict[str, set[CriterionId]] = defaultdict(set)
        for agent_name, key in flagged:
            wanted[agent_name].add(key)
        if not wanted:
            return
        hide = " AND e.id NOT IN :hidden" if scope.hidden else ""
        ids_of = {name: agent_id for name, agent_id in session.execute(
            select(Agent.name, Agent.id).where(Agent.name.in_(list(wanted))))}  # fmt: skip
        # One agent at a time, so both databases walk that agent's start times backwards and stop early: no list of
        # the team's agents beside it, and the unary + only for SQLite (it would blind PostgreSQL's estimates).
        period = Scope(scope.since, scope.until, None, scope.hidden)
        sqlite = dialect(session) == "sqlite"
        plus = "+" if sqlite else ""
        # On PostgreSQL the first FIRST_PAGE rows in one plain round trip (most agents' lists are full by then; a
        # server-side cursor per agent costs more than it saves), the rest, rarely needed, streamed from where the
        # page ended (the order is total: start time, then evaluation id). SQLite streams from the first row.
        page_size = 0 if sqlite else FIRST_PAGE
        select_sql = f"""
            SELECT e.id, e.scorecard_version_id, e.outcomes, CASE WHEN e.outcomes IS NULL THEN e.result END
            FROM interactions i JOIN evaluations e ON e.interaction_id = i.id
            WHERE i.agent_id = :agent AND e.state <> 'draft' AND {plus}e.calibration_session_id IS NULL{hide}
              AND {period.where()}
            ORDER BY i.started_at DESC, e.id DESC"""  # fmt: skip
        first, first_params = period.bind(select_sql + f" LIMIT {page_size}", agent=0)
        rest, rest_params = period.bind(select_sql + (" LIMIT -1" if sqlite else "") + f" OFFSET {page_size}",
                                        agent=0)  # fmt: skip
        cards = scorecard_keys(session)
        for agent_name, keys in sorted(wanted.items()):
            if agent_name not in ids_of:
                continue
            agent = ids_of[agent_name]
            page = session.execute(first, {**first_params, "agent": agent}).all() if page_size else []
            RootCauseService._take(agent_name, keys, page, flagged, cards)
            if keys and len(page) == page_size:
                rows = session.execute(rest.execution_options(yield_per=100), {**rest_params, "agent": agent})
                for batch in rows.partitions():
                    RootCauseService._take(agent_name, keys, batch, flagged, cards)
                    if not keys:
                        break
                rows.close()
        for _failures, ids in flagged.values():
            ids.reverse()

    @staticmethod
    def _take(agent_name: str, keys: set[CriterionId], rows: Iterable[Any],
              flagged: dict[tuple[str, CriterionId], tuple[int, list[int]]],
              cards: Mapping[int, str]) -> None:  # fmt: skip
        """Adds the failures among `rows` (id, scorecard version id, outcomes, result; newest first) to the agent's
        open lists; a list that is full leaves `keys`."""
        for evaluation_id, version_id, stored, result in rows:
            if not keys:
                return
            if stored is not None:
                flags = read_outcomes(stored)
            else:
                flags = tuple(outcome_flags(json.loads(result) if isinstance(result, str) else result).items())
            card = cards.get(version_id, "")
            for key, flag in flags:
                if flag & FAILED and flag & APPLICABLE and (card, key) in keys:  # the pair only for failures
                    ids = flagged[(agent_name, (card, key))][1]
                    ids.append(evaluation_id)
                    if len(ids) == LISTED_EVALUATIONS:
                        keys.discard((card, key))

    def labels(self) -> tuple[dict[str, dict[str, str]], CriterionBook]:
        """(root cause key → labels from every scorecard version, latest wording last; every scorecard's criteria)."""
        causes: dict[str, dict[str, str]] = {}
        with self.database.session() as session:
            for definition in session.scalars(select(ScorecardVersion.definition).order_by(ScorecardVersion.id)):
                for cause in definition.get("root_causes", []):
                    causes[cause["key"]] = dict(cause.get("label") or {})
        return causes, CriterionBook.read(self.database)

    def report(
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        team: str | None = None,
        agent: str | None = None,
        criterion: str | CriterionId | None = None,
        threshold: int = DEFAULT_REPEAT_THRESHOLD,
        outcomes: list[tuple[str, str, Outcomes, int]] | None = None,
        hidden: Sequence[int] = (),
    ) -> RootCauseReport:
        """Root causes of the failed answers of submitted evaluations (never calibration practice) of interactions
        started in [start, end), narrowed to a team, an agent and a criterion when given ((scorecard key,
        criterion key), or a criterion key on whichever scorecard). A criterion is its scorecard's: failures of two
        scorecards' criteria sharing a key are two flags, never one. The database counts the failures per agent and
        criterion and the causes recorded on them; only the repeated failures' latest evaluations are read one by
        one, so memory stays flat however many evaluations there are. `outcomes`: (agent, scorecard key, outcomes,
        evaluations) of the same scope (aggregates.outcome_counts), when the caller has them. `hidden`: evaluations
        the reader may not see, left out."""
        if threshold < 1:
            raise ValueError("a repeated failure needs a threshold of at least 1")
        with self.database.session() as session:
            people = select(Agent.id)
            if agent is not None:
                people = people.where(Agent.name == agent)
            if team is not None:
                people = people.where(Agent.team_id.in_(select(Team.id).where(Team.name == team)))
            agent_ids = list(session.scalars(people)) if agent is not None or team is not None else None
            scope = Scope.of(start, end, agent_ids, hidden)
            name = dialect(session)
            only_card, only_key = (None, criterion) if not isinstance(criterion, tuple) else criterion
            extra = {"criterion": only_key} if only_key is not None else {}
            # Failures per agent and criterion from the evaluations grouped by scorecard and outcomes.
            counts_of: Counter[tuple[str, CriterionId]] = Counter()
            if outcomes is None:
                outcomes = outcome_counts(session, scope, "a.name")
            for agent_name, card, flags, count in outcomes:
                if only_card not in (None, card):
                    continue
                for key, flag in flags:
                    if flag & FAILED and flag & APPLICABLE and only_key in (None, key):
                        counts_of[(agent_name, (card, key))] += count
            failed_answers = sum(counts_of.values())
            flagged = {pair: (failures, []) for pair, failures in counts_of.items() if failures >= threshold}
            self._latest(session, scope, flagged)
            narrow = " AND a.criterion_key = :criterion" if criterion is not None else ""
            if scope.rolled_up:
                narrow = narrow.replace("a.", "r.")
                statement, params = scope.bind(f"""
                    SELECT g.name, r.scorecard_version_id, r.criterion_key, r.root_cause, SUM(r.failures)
                    FROM rollup_causes r JOIN agents g ON g.id = r.agent_id WHERE {scope.days()}{narrow}
                    GROUP BY g.name, r.scorecard_version_id, r.criterion_key, r.root_cause
                    HAVING SUM(r.failures) <> 0""", **extra)  # fmt: skip
            else:
                statement, params = scope.bind(f"""
                SELECT g.name, e.scorecard_version_id, a.criterion_key, a.root_cause, COUNT(*)
                FROM evaluation_answers a JOIN evaluations e ON e.id = a.evaluation_id
                JOIN interactions i ON i.id = e.interaction_id JOIN agents g ON g.id = i.agent_id
                WHERE {scope.counted(session)} AND {scope.where()} AND a.root_cause IS NOT NULL AND a.root_cause <> ''
                  AND {answer_failed(name)}{narrow}
                GROUP BY g.name, e.scorecard_version_id, a.criterion_key, a.root_cause""", **extra)  # fmt: skip
            cards = scorecard_keys(session)
            recorded = [(agent_name, (cards.get(version_id, ""), key), cause, int(count))
                        for agent_name, version_id, key, cause, count in session.execute(statement, params)
                        if only_card in (None, cards.get(version_id, ""))]  # fmt: skip
        cause_labels, criteria = self.labels()
        counts: Counter[str] = Counter()
        per_flag: dict[tuple[str, CriterionId], Counter[str]] = defaultdict(Counter)
        for agent_name, pair, cause, count in recorded:
            counts[cause] += count
            per_flag[(agent_name, pair)][cause] += count
        counts[NO_CAUSE] = failed_answers - sum(counts.values())
        shown = criteria.shown(sorted(pair for _agent, pair in flagged))
        repeated = [
            RepeatedFailure(agent_name, key, shown[(card, key)], failures, tuple(ids),
                            dict(per_flag[(agent_name, (card, key))].most_common()), card)
            for (agent_name, (card, key)), (failures, ids) in flagged.items()
        ]  # fmt: skip
        return RootCauseReport(
            pareto(counts, cause_labels),
            sorted(repeated, key=lambda r: (-r.failures, r.agent, r.criterion, r.scorecard)),
            threshold,
            failed_answers,
            cause_labels,
        )
