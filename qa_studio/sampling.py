"""Reproducible, transparent QA sampling and reviewer assignment (pure Python: no Qt, no SQL).

Every sampled item carries the rule that picked it; every agent who could not get a full sample is reported.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from qa_studio.errors import QT_TRANSLATE_NOOP, Explained


class PlanInvalid(Explained, ValueError):
    """A sampling plan that does not add up (a ValueError, as callers have always caught)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    interaction_id: int
    agent_id: int
    channel: str
    queue: str | None
    started_at: datetime | None
    duration_ms: int | None
    evaluated: bool = False
    auto_score: float | None = None  # AutoQA's automatic score, when the interaction has been checked
    auto_flags: tuple[str, ...] = ()  # AutoQA's flags (qa_studio.scoring.autoqa.Flag)


@dataclass(frozen=True, slots=True)
class RiskRule:
    """A share of each agent's sample drawn first from interactions AutoQA flagged: any of `flags`, or an
    automatic score under `score_below`. The rest of the sample is drawn as usual."""

    share: float
    flags: tuple[str, ...] = ()
    score_below: float | None = None

    def __post_init__(self) -> None:
        if not 0 < self.share <= 1:
            raise ValueError("the share drawn from flagged interactions must be above 0 and at most 100 %")
        if not self.flags and self.score_below is None:
            raise ValueError("a risk rule needs flags, an automatic score mark or both")

    def why(self, candidate: Candidate) -> str | None:
        """What makes the candidate risky under this rule, in words for the item's rule; None when nothing does."""
        reasons = [flag.replace("_", " ") for flag in self.flags if flag in candidate.auto_flags]
        if (self.score_below is not None and candidate.auto_score is not None
                and candidate.auto_score < self.score_below):  # fmt: skip
            reasons.append(f"auto score {candidate.auto_score:g} < {self.score_below:g}")
        return ", ".join(reasons) or None


@dataclass(frozen=True, slots=True)
class Stratum:
    """A share of each agent's sample drawn from interactions matching `channels` (empty: any channel)."""

    name: str
    share: float
    channels: tuple[str, ...] = ()
    queues: tuple[str, ...] = ()

    def matches(self, candidate: Candidate) -> bool:
        return (not self.channels or candidate.channel in self.channels) and (
            not self.queues or (candidate.queue or "") in self.queues
        )


@dataclass(frozen=True, slots=True)
class SamplingPlan:
    """N per agent (default 10, the monthly minimum) or a percentage with a minimum; strata; filters; a seed."""

    per_agent: int | None = 10
    percent: float | None = None
    minimum: int = 0
    strata: tuple[Stratum, ...] = ()
    date_from: datetime | None = None
    date_to: datetime | None = None
    min_duration_ms: int | None = None
    queues: tuple[str, ...] = ()
    only_unevaluated: bool = True
    seed: int = 1
    risk: RiskRule | None = None

    def __post_init__(self) -> None:
        if (self.per_agent is None) == (self.percent is None):
            raise PlanInvalid(QT_TRANSLATE_NOOP("Errors", "a sampling plan takes either a number per agent or a "
                                                "percentage, not both"))  # fmt: skip
        if self.per_agent is not None and self.per_agent < 0:
            raise PlanInvalid(QT_TRANSLATE_NOOP("Errors", "the number per agent cannot be negative"))
        if self.percent is not None and not 0 < self.percent <= 100:
            raise PlanInvalid(QT_TRANSLATE_NOOP("Errors", "the percentage must be between 0 and 100"))
        total = sum(s.share for s in self.strata)
        if self.strata and abs(total - 1.0) > 1e-6:
            raise PlanInvalid(QT_TRANSLATE_NOOP("Errors", "strata shares must add up to 100 % (they add up to "
                                                "{total:.0f} %)"), total=total * 100)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SampledItem:
    interaction_id: int
    agent_id: int
    rule: str


@dataclass(frozen=True, slots=True)
class Shortfall:
    agent_id: int
    wanted: int
    available: int
    reason: str


@dataclass(slots=True)
class SampleResult:
    items: list[SampledItem] = field(default_factory=list)
    shortfalls: list[Shortfall] = field(default_factory=list)
    wanted: dict[int, int] = field(default_factory=dict)
    excluded: dict[str, int] = field(default_factory=dict)
    # Agents whose risk share found fewer flagged interactions than it asked for: agent id → (asked, found); the
    # random part took the rest, and the person drawing is told so.
    risk_short: dict[int, tuple[int, int]] = field(default_factory=dict)

    def for_agent(self, agent_id: int) -> list[SampledItem]:
        return [item for item in self.items if item.agent_id == agent_id]


def _eligible(candidate: Candidate, plan: SamplingPlan) -> str | None:
    """Why a candidate is filtered out, or None when it may be sampled."""
    if plan.only_unevaluated and candidate.evaluated:
        return "already evaluated"
    if plan.date_from and (candidate.started_at is None or candidate.started_at < plan.date_from):
        return "before the period"
    if plan.date_to and (candidate.started_at is None or candidate.started_at >= plan.date_to):
        return "after the period"
    if plan.min_duration_ms and (candidate.duration_ms or 0) < plan.min_duration_ms:
        return "shorter than the minimum duration"
    if plan.queues and (candidate.queue or "") not in plan.queues:
        return "not in the chosen queues"
    return None


def _quota(plan: SamplingPlan, available: int) -> int:
    if plan.per_agent is not None:
        return plan.per_agent
    assert plan.percent is not None
    return max(plan.minimum, math.ceil(available * plan.percent / 100))


def _stratum_targets(strata: Sequence[Stratum], quota: int) -> list[int]:
    """Largest-remainder rounding, so the targets always add up to the quota."""
    raw = [s.share * quota for s in strata]
    targets = [math.floor(value) for value in raw]
    order = sorted(range(len(strata)), key=lambda i: (-(raw[i] - targets[i]), i))
    for index in order[: quota - sum(targets)]:
        targets[index] += 1
    return targets


def _risky(shuffled: list[Candidate], risk: RiskRule, quota: int, agent_id: int) -> list[SampledItem]:
    """The risk share of the quota (rounded half up), from the flagged interactions in the agent's shuffled order;
    fewer when fewer are flagged, the random part then takes the rest."""
    target = math.floor(risk.share * quota + 0.5)
    flagged = [(c, why) for c in shuffled if (why := risk.why(c)) is not None][:target]
    return [SampledItem(c.interaction_id, agent_id, f"risk ({risk.share * 100:.0f} %): {why}; {n} of {target}")
            for n, (c, why) in enumerate(flagged, start=1)]  # fmt: skip


def draw_sample(candidates: Iterable[Candidate], plan: SamplingPlan, agent_ids: Iterable[int]) -> SampleResult:
    """Sample every agent in `agent_ids` (also those with no interactions at all, who are reported)."""
    result = SampleResult()
    pools: dict[int, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        reason = _eligible(candidate, plan)
        if reason is None:
            pools[candidate.agent_id].append(candidate)
        else:
            result.excluded[reason] = result.excluded.get(reason, 0) + 1
    strata = plan.strata or (Stratum("all", 1.0),)
    for agent_id in sorted(set(agent_ids)):
        pool = sorted(pools.get(agent_id, []), key=lambda c: c.interaction_id)
        quota = _quota(plan, len(pool))
        result.wanted[agent_id] = quota
        # One generator per agent: adding an agent or an interaction elsewhere never changes this agent's sample.
        rng = random.Random(f"{plan.seed}:{agent_id}")
        shuffled = pool[:]
        rng.shuffle(shuffled)
        taken: set[int] = set()
        picked: list[SampledItem] = []
        rest = quota
        if plan.risk is not None:
            picked = _risky(shuffled, plan.risk, quota, agent_id)
            # An agent with nothing to draw from is reported short once, as every plan reports it, not again here.
            if (asked := math.floor(plan.risk.share * quota + 0.5)) > len(picked) and pool:
                result.risk_short[agent_id] = (asked, len(picked))
            taken.update(item.interaction_id for item in picked)
            rest = quota - len(picked)
        short_by = 0
        for stratum, target in zip(strata, _stratum_targets(strata, rest), strict=True):
            matching = [c for c in shuffled if stratum.matches(c) and c.interaction_id not in taken][:target]
            taken.update(c.interaction_id for c in matching)
            label = f"stratum {stratum.name} ({stratum.share * 100:.0f} %)" if plan.strata else "random"
            picked += [
                SampledItem(c.interaction_id, agent_id, f"{label}: {n} of {target}")
                for n, c in enumerate(matching, start=1)
            ]
            short_by += target - len(matching)
        if short_by:
            # A stratum that runs short is filled from the others, and the item says so.
            fill = [c for c in shuffled if c.interaction_id not in taken][:short_by]
            taken.update(c.interaction_id for c in fill)
            picked += [
                SampledItem(
                    c.interaction_id, agent_id, f"fallback: filled from {c.channel} because a stratum ran short"
                )
                for c in fill
            ]
        result.items += picked
        if len(picked) < quota:
            result.shortfalls.append(
                Shortfall(
                    agent_id,
                    quota,
                    len(picked),
                    "no eligible interactions" if not pool else f"only {len(pool)} eligible interactions",
                )
            )
    return result


class AssignmentMethod(StrEnum):
    ROUND_ROBIN = "round_robin"
    LOAD = "load"


@dataclass(frozen=True, slots=True)
class Assignment:
    interaction_id: int
    reviewer_id: int
    reason: str


@dataclass(slots=True)
class AssignmentResult:
    assignments: list[Assignment] = field(default_factory=list)
    unassigned: list[int] = field(default_factory=list)


def assign(
    items: Sequence[SampledItem],
    reviewer_ids: Sequence[int],
    method: AssignmentMethod = AssignmentMethod.ROUND_ROBIN,
    current_load: Mapping[int, int] | None = None,
    caps: Mapping[int, int] | None = None,
    exclude_pairs: Iterable[tuple[int, int]] = (),
) -> AssignmentResult:
    """Share items between reviewers, round-robin or to the least loaded, never past a reviewer's cap.

    `exclude_pairs` holds (reviewer_id, agent_id) pairs that must not meet (e.g. a reviewer who is the agent's lead).
    """
    result = AssignmentResult()
    if not reviewer_ids:
        result.unassigned = [item.interaction_id for item in items]
        return result
    load = {reviewer: (current_load or {}).get(reviewer, 0) for reviewer in reviewer_ids}
    caps = caps or {}
    barred = set(exclude_pairs)
    turn = 0
    for item in items:
        open_reviewers = [
            r for r in reviewer_ids if (r, item.agent_id) not in barred and (r not in caps or load[r] < caps[r])
        ]
        if not open_reviewers:
            result.unassigned.append(item.interaction_id)
            continue
        if method == AssignmentMethod.LOAD:
            reviewer = min(open_reviewers, key=lambda r: (load[r], reviewer_ids.index(r)))
            reason = f"least loaded ({load[reviewer]} open)"
        else:
            ordered = reviewer_ids[turn % len(reviewer_ids) :] + reviewer_ids[: turn % len(reviewer_ids)]
            reviewer = next(r for r in ordered if r in open_reviewers)
            turn = reviewer_ids.index(reviewer) + 1
            reason = "round robin"
        load[reviewer] += 1
        result.assignments.append(Assignment(item.interaction_id, reviewer, reason))
    return result
