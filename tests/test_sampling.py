"""Sampling plans: reproducible, quota maths, strata with fallback, shortfalls reported; assignment with caps."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_studio.sampling import (
    AssignmentMethod,
    Candidate,
    RiskRule,
    SampledItem,
    SamplingPlan,
    Stratum,
    assign,
    draw_sample,
)

START = datetime(2024, 3, 1)


def pool(agent: int, calls: int, chats: int, first_id: int = 0) -> list[Candidate]:
    items = []
    for n in range(calls + chats):
        items.append(
            Candidate(
                first_id + n, agent, "call" if n < calls else "chat", "Delivery", START + timedelta(hours=n), 60_000
            )
        )
    return items


def test_same_plan_same_sample_and_other_agents_do_not_disturb_it() -> None:
    plan = SamplingPlan(per_agent=10, seed=42)
    first = draw_sample(pool(1, 20, 20), plan, [1])
    again = draw_sample(pool(1, 20, 20) + pool(2, 30, 0, first_id=1000), plan, [1, 2])
    assert [i.interaction_id for i in first.items] == [i.interaction_id for i in again.for_agent(1)]
    other_seed = draw_sample(pool(1, 20, 20), SamplingPlan(per_agent=10, seed=43), [1])
    assert {i.interaction_id for i in other_seed.items} != {i.interaction_id for i in first.items}


def test_strata_shares_and_fallback_are_explained() -> None:
    plan = SamplingPlan(per_agent=10, strata=(Stratum("calls", 0.6, ("call",)), Stratum("chats", 0.4, ("chat",))))
    full = draw_sample(pool(1, 20, 20), plan, [1])
    channels = [("call" if i.interaction_id < 20 else "chat") for i in full.items]
    assert channels.count("call") == 6 and channels.count("chat") == 4
    assert full.items[0].rule == "stratum calls (60 %): 1 of 6"
    short = draw_sample(pool(1, 2, 20), plan, [1])
    assert len(short.items) == 10 and not short.shortfalls
    fallback = [i for i in short.items if i.rule.startswith("fallback")]
    assert len(fallback) == 4 and all("chat" in i.rule for i in fallback)


def test_agents_with_too_few_interactions_are_reported_not_skipped() -> None:
    result = draw_sample(pool(1, 3, 0), SamplingPlan(per_agent=10), [1, 2])
    assert len(result.for_agent(1)) == 3
    reasons = {s.agent_id: (s.wanted, s.available, s.reason) for s in result.shortfalls}
    assert reasons == {1: (10, 3, "only 3 eligible interactions"), 2: (10, 0, "no eligible interactions")}


def test_percentage_with_minimum_and_filters() -> None:
    candidates = pool(1, 50, 50)
    candidates.append(Candidate(500, 1, "call", "Delivery", START, 5_000))
    candidates.append(Candidate(501, 1, "call", "Delivery", START, 90_000, evaluated=True))
    plan = SamplingPlan(per_agent=None, percent=5, minimum=8, min_duration_ms=30_000)
    result = draw_sample(candidates, plan, [1])
    assert result.wanted[1] == 8 and len(result.items) == 8
    assert result.excluded == {"shorter than the minimum duration": 1, "already evaluated": 1}
    # 101 eligible (one is already evaluated): 20 % rounds up to 21 so the share is never undershot.
    assert draw_sample(candidates, SamplingPlan(per_agent=None, percent=20), [1]).wanted[1] == 21


def test_plan_validation() -> None:
    with pytest.raises(ValueError, match="add up to 100"):
        SamplingPlan(strata=(Stratum("a", 0.5), Stratum("b", 0.4)))
    with pytest.raises(ValueError, match="either"):
        SamplingPlan(per_agent=5, percent=10)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 30), st.integers(0, 30), st.integers(0, 15), st.integers(0, 10_000))
def test_never_more_than_quota_never_duplicates(calls: int, chats: int, quota: int, seed: int) -> None:
    plan = SamplingPlan(per_agent=quota, seed=seed, strata=(Stratum("c", 0.5, ("call",)), Stratum("m", 0.5, ("chat",))))
    result = draw_sample(pool(7, calls, chats), plan, [7])
    ids = [i.interaction_id for i in result.items]
    assert len(ids) == len(set(ids)) == min(quota, calls + chats)
    assert bool(result.shortfalls) == (calls + chats < quota)


def items(n: int, agent: int = 1) -> list[SampledItem]:
    return [SampledItem(i, agent, "random") for i in range(n)]


def test_round_robin_and_caps() -> None:
    result = assign(items(7), [10, 11, 12], caps={12: 1})
    by_reviewer = {r: [a.interaction_id for a in result.assignments if a.reviewer_id == r] for r in (10, 11, 12)}
    assert by_reviewer == {10: [0, 3, 5], 11: [1, 4, 6], 12: [2]}
    capped = assign(items(5), [10], caps={10: 2})
    assert capped.unassigned == [2, 3, 4]


def test_by_load_fills_the_least_busy_first_and_respects_exclusions() -> None:
    result = assign(items(4), [10, 11], AssignmentMethod.LOAD, current_load={10: 3, 11: 0})
    assert [a.reviewer_id for a in result.assignments] == [11, 11, 11, 10]
    barred = assign(items(2, agent=5), [10, 11], exclude_pairs=[(10, 5)])
    assert {a.reviewer_id for a in barred.assignments} == {11}


# Risk-based sampling ---------------------------------------------------------------------------------------------
def _risky_pool(agent_id: int = 1) -> list[Candidate]:
    flags = {3: ("fatal_suspected",), 8: ("forbidden_phrase",), 15: ("fatal_suspected", "long_silence")}
    scores = {5: 55.0, 11: 72.0, 20: 40.0}
    return [Candidate(i, agent_id, "chat", None, None, None, False, scores.get(i, 90.0), flags.get(i, ()))
            for i in range(1, 31)]  # fmt: skip


def test_risk_share_comes_from_flagged_interactions_and_names_its_rule() -> None:
    risk = RiskRule(0.3, flags=("fatal_suspected",), score_below=60)
    result = draw_sample(_risky_pool(), SamplingPlan(per_agent=10, seed=4, risk=risk), [1])
    risky = [item for item in result.items if item.rule.startswith("risk")]
    assert len(result.items) == 10 and len(risky) == 3
    # Only interactions the rule flags, each saying why it was picked.
    assert {item.interaction_id for item in risky} <= {3, 5, 15, 20}
    for item in risky:
        assert item.rule.startswith("risk (30 %): ") and item.rule.endswith(" of 3")
        assert "fatal suspected" in item.rule or "auto score" in item.rule
    rest = [item for item in result.items if not item.rule.startswith("risk")]
    assert all(item.rule.startswith("random: ") and item.rule.endswith(" of 7") for item in rest)
    assert len({item.interaction_id for item in result.items}) == 10
    # Reproducible with its seed.
    again = draw_sample(_risky_pool(), SamplingPlan(per_agent=10, seed=4, risk=risk), [1])
    assert again.items == result.items


def test_too_few_flagged_interactions_leave_the_rest_to_random() -> None:
    risk = RiskRule(0.5, flags=("forbidden_phrase",))
    result = draw_sample(_risky_pool(), SamplingPlan(per_agent=10, seed=1, risk=risk), [1])
    risky = [item for item in result.items if item.rule.startswith("risk")]
    assert [item.interaction_id for item in risky] == [8] and risky[0].rule == "risk (50 %): forbidden phrase; 1 of 5"
    assert len(result.items) == 10 and not result.shortfalls
    assert result.risk_short == {1: (5, 1)}  # said to the person drawing: 1 of the 5 asked for was flagged
    full = draw_sample(_risky_pool(), SamplingPlan(per_agent=10, seed=4, risk=RiskRule(0.3, flags=("fatal_suspected",),
                                                                                       score_below=60)), [1])
    assert full.risk_short == {}
    # An agent with nothing to draw from is reported short once, not also as short of flagged interactions.
    empty = draw_sample(_risky_pool(), SamplingPlan(per_agent=4, seed=1, risk=risk), [1, 2])
    assert [(s.agent_id, s.available) for s in empty.shortfalls] == [(2, 0)] and 2 not in empty.risk_short


def test_a_plan_without_a_risk_rule_samples_as_before() -> None:
    plain = draw_sample(_risky_pool(), SamplingPlan(per_agent=10, seed=9), [1])
    bare = [Candidate(c.interaction_id, c.agent_id, c.channel, None, None, None) for c in _risky_pool()]
    assert plain.items == draw_sample(bare, SamplingPlan(per_agent=10, seed=9), [1]).items


def test_a_risk_rule_needs_a_share_and_something_to_look_for() -> None:
    with pytest.raises(ValueError):
        RiskRule(0.3)
    with pytest.raises(ValueError):
        RiskRule(0, flags=("fatal_suspected",))
