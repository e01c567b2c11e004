"""Property-based tests of the scoring maths over generated scorecards and answers: bounds, the two kinds of
failure, N/A as removal, weight scaling, hidden criteria, monotonicity, and lossless definitions."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from qa_studio.scoring.engine import Answer, Context, ScoreResult, score
from qa_studio.scoring.model import Criterion, CriterionType, FailKind, Scorecard
from qa_studio.scoring.versioning import definition_dict, scorecard_from_dict, scoring_hash

# Enough examples to find the corner cases of small cards while the whole module runs in a few seconds.
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHAT = Context(channel="chat")
FACTORS = st.sampled_from([0.25, 0.5, 2, 3, 10])  # exact in binary, so scaled weights stay exact


@st.composite
def criterion_dicts(draw: st.DrawFn, key: str, bonus: bool) -> dict[str, Any]:
    kind = draw(st.sampled_from(["yes_no", "yes_no_na", "scale", "choice", "deductions", "text"]))
    data: dict[str, Any] = {"key": key, "type": kind}
    if kind == "text":
        return data
    data["weight"] = draw(st.integers(1, 4))
    if kind != "choice":
        data["points"] = draw(st.integers(1, 10))
    if kind == "scale":
        low = draw(st.integers(0, 2))
        step = draw(st.sampled_from([0.5, 1]))
        data |= {"min": low, "max": low + draw(st.integers(1, 4)), "step": step}
        if draw(st.booleans()):
            data["fail_below"] = low + step
    elif kind == "choice":
        points = draw(st.lists(st.integers(0, 10), min_size=2, max_size=4))
        points[0] = max(points[0], 1)
        data["options"] = [{"key": f"o{i}", "points": p, "fails": p == 0} for i, p in enumerate(points)]
    elif kind == "deductions":
        points = draw(st.lists(st.integers(1, 6), min_size=1, max_size=3))
        data["options"] = [{"key": f"d{i}", "points": p, "fails": i == 1} for i, p in enumerate(points)]
    can_fail = kind in ("yes_no", "yes_no_na") or "fail_below" in data
    can_fail = can_fail or any(o.get("fails") for o in data.get("options", []))
    if can_fail and not bonus:
        data["fail"] = draw(st.sampled_from(["none", "none", "section_critical", "fatal"]))
    if draw(st.integers(0, 5)) == 0:
        data["when"] = {"channel": ["call"]}  # hidden on the chats scored below
    return data


@st.composite
def scorecard_dicts(draw: st.DrawFn, anchor_fail: str = "none", probe: dict[str, Any] | None = None) -> dict[str, Any]:
    """A valid scorecard. Its first criterion, "anchor", is a yes/no that may fail as `anchor_fail`; `probe` is a
    criterion added to a random non-bonus section: a property gets what it tests without discarding examples."""
    sections = []
    count = 0
    for index, bonus in enumerate([False] * draw(st.integers(1, 3)) + [True] * draw(st.integers(0, 1))):
        criteria = []
        for _ in range(draw(st.integers(1, 4))):
            criteria.append(draw(criterion_dicts(f"c{count}", bonus)))
            count += 1
        weight = draw(st.integers(1, 10)) if bonus else draw(st.integers(1, 50))
        sections.append({"key": f"s{index}", "weight": weight, "bonus": bonus, "criteria": criteria})
    # A scorecard needs something to score outside its bonus sections.
    sections[0]["criteria"][0] = {"key": "anchor", "type": "yes_no", "points": 1, "fail": anchor_fail}
    if probe is not None:
        draw(st.sampled_from([s for s in sections if not s["bonus"]]))["criteria"].insert(0, probe)
    low, high = sorted(draw(st.lists(st.integers(1, 99), min_size=2, max_size=2, unique=True)))
    bands = [{"label": "low", "min": 0}, {"label": "mid", "min": low}, {"label": "high", "min": high}]
    return {"key": "generated", "name": "Generated", "pass_mark": draw(st.integers(0, 100)), "bands": bands,
            "sections": sections}  # fmt: skip


def answer_for(criterion: Criterion, draw: st.DrawFn) -> Answer | None:
    kind = criterion.type
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return None  # not answered yet
    if kind == CriterionType.YES_NO_NA and choice == 1:
        return Answer(not_applicable=True)
    if kind in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        return Answer(draw(st.sampled_from(["yes", "no"])))
    if kind == CriterionType.SCALE:
        steps = int((criterion.scale_max - criterion.scale_min) / criterion.scale_step)
        return Answer(criterion.scale_min + criterion.scale_step * draw(st.integers(0, steps)))
    if kind == CriterionType.CHOICE:
        return Answer(draw(st.sampled_from([o.key for o in criterion.options])))
    if kind == CriterionType.DEDUCTIONS:
        return Answer(draw(st.lists(st.sampled_from([o.key for o in criterion.options]), unique=True)))
    return Answer(draw(st.text(max_size=5)))


@st.composite
def cards_and_answers(
    draw: st.DrawFn, anchor_fail: str = "none", probe: dict[str, Any] | None = None
) -> tuple[Scorecard, dict[str, Answer]]:
    card = scorecard_from_dict(draw(scorecard_dicts(anchor_fail, probe)))
    answers = {c.key: a for c in card.criteria() if (a := answer_for(c, draw)) is not None}
    return card, answers


def failing_answer(criterion: Criterion) -> Answer:
    if criterion.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        return Answer("no")
    if criterion.type == CriterionType.SCALE:
        return Answer(criterion.scale_min)
    failing = next(o.key for o in criterion.options if o.fails)
    return Answer(failing if criterion.type == CriterionType.CHOICE else [failing])


def shown_on_chat(criterion: Criterion) -> bool:
    return not criterion.condition.channels


def without(card: Scorecard, key: str) -> Scorecard:
    data = definition_dict(card)
    for section in data["sections"]:
        section["criteria"] = [c for c in section["criteria"] if c["key"] != key]
    return scorecard_from_dict(data)


def same_scores(first: ScoreResult, second: ScoreResult) -> bool:
    return (first.score, first.passed, first.band, [s.percent for s in first.sections]) == (
        second.score, second.passed, second.band, [s.percent for s in second.sections]
    )  # fmt: skip


@PROPERTY
@given(cards_and_answers())
def test_scores_and_percents_stay_between_0_and_100(case: tuple[Scorecard, dict[str, Answer]]) -> None:
    card, answers = case
    result = score(card, answers, CHAT)
    assert Decimal(0) <= result.score <= Decimal(100)
    assert all(s.percent is None or Decimal(0) <= s.percent <= Decimal(100) for s in result.sections)
    assert result.passed == (not result.fatal_failures and result.score >= Decimal(card.pass_mark))
    assert result.complete == (result.missing == [])


@PROPERTY
@given(cards_and_answers(anchor_fail="fatal"), st.data())
def test_a_fatal_failure_always_gives_0_and_fails(
    case: tuple[Scorecard, dict[str, Answer]], data: st.DataObject
) -> None:
    card, answers = case
    fatal = [c for c in card.criteria() if c.fail == FailKind.FATAL and shown_on_chat(c)]
    criterion = data.draw(st.sampled_from(fatal))
    result = score(card, {**answers, criterion.key: failing_answer(criterion)}, CHAT)
    assert result.score == 0 and not result.passed and criterion.key in result.fatal_failures
    assert criterion.key not in result.section_critical_failures


@PROPERTY
@given(cards_and_answers(anchor_fail="section_critical"), st.data())
def test_a_section_critical_failure_always_gives_its_section_0(
    case: tuple[Scorecard, dict[str, Answer]], data: st.DataObject
) -> None:
    card, answers = case
    critical = [c for c in card.criteria() if c.fail == FailKind.SECTION_CRITICAL and shown_on_chat(c)]
    criterion = data.draw(st.sampled_from(critical))
    result = score(card, {**answers, criterion.key: failing_answer(criterion)}, CHAT)
    index = next(i for i, s in enumerate(card.sections) if criterion in s.criteria)
    assert result.sections[index].percent == 0 and result.sections[index].critical_failed
    assert criterion.key in result.section_critical_failures and criterion.key not in result.fatal_failures


@PROPERTY
@given(cards_and_answers(probe={"key": "probe", "type": "yes_no_na", "points": 3, "weight": 2}))
def test_na_is_the_same_as_removing_the_criterion(case: tuple[Scorecard, dict[str, Answer]]) -> None:
    card, answers = case
    key = "probe"
    marked = score(card, {**answers, key: Answer(not_applicable=True)}, CHAT)
    removed = score(without(card, key), {k: v for k, v in answers.items() if k != key}, CHAT)
    assert same_scores(marked, removed)
    assert [(s.earned, s.possible) for s in marked.sections] == [(s.earned, s.possible) for s in removed.sections]


PROBE_ON_CALLS = {"key": "probe", "type": "yes_no", "points": 5, "fail": "fatal", "when": {"channel": "call"}}


@PROPERTY
@given(cards_and_answers(probe=PROBE_ON_CALLS))
def test_a_hidden_criterion_is_the_same_as_no_criterion(case: tuple[Scorecard, dict[str, Answer]]) -> None:
    card, answers = case
    result = score(card, answers, CHAT)
    assert same_scores(result, score(without(card, "probe"), answers, CHAT))
    assert not result.criteria["probe"].applicable and "probe" not in result.missing
    assert "probe" not in result.fatal_failures


@PROPERTY
@given(cards_and_answers(), st.lists(FACTORS, min_size=4, max_size=4), FACTORS)
def test_scaling_weights_changes_nothing(
    case: tuple[Scorecard, dict[str, Answer]], criterion_factors: list[float], section_factor: float
) -> None:
    card, answers = case
    expected = score(card, answers, CHAT)
    # Criterion weights are relative within their section: each section may scale by its own factor.
    criteria_scaled = definition_dict(card)
    for section, factor in zip(criteria_scaled["sections"], criterion_factors, strict=False):
        for criterion in section["criteria"]:
            if "weight" in criterion:
                criterion["weight"] *= factor
    assert same_scores(score(scorecard_from_dict(criteria_scaled), answers, CHAT), expected)
    # Section weights are relative to each other; a bonus section's weight is points, so it stays.
    sections_scaled = definition_dict(card)
    for section in sections_scaled["sections"]:
        if not section["bonus"]:
            section["weight"] *= section_factor
    assert score(scorecard_from_dict(sections_scaled), answers, CHAT).score == expected.score


@PROPERTY
@given(cards_and_answers(), st.data())
def test_turning_a_no_into_a_yes_never_lowers_the_score(
    case: tuple[Scorecard, dict[str, Answer]], data: st.DataObject
) -> None:
    card, answers = case
    noes = [key for key, answer in answers.items() if answer.value == "no"]
    assume(noes)
    key = data.draw(st.sampled_from(noes))
    assert score(card, {**answers, key: Answer("yes")}, CHAT).score >= score(card, answers, CHAT).score


@PROPERTY
@given(scorecard_dicts())
def test_definitions_round_trip_and_wording_never_changes_the_hash(data: dict[str, Any]) -> None:
    card = scorecard_from_dict(data)
    stored = json.loads(json.dumps(definition_dict(card)))
    assert scorecard_from_dict(stored) == card and definition_dict(scorecard_from_dict(stored)) == stored
    reworded = copy.deepcopy(stored)
    reworded["name"] = {"en": "Renamed", "zh": "改名"}
    for section in reworded["sections"]:
        section["label"] = "Relabelled"
        for criterion in section["criteria"]:
            criterion["label"] = {"en": "Reworded", "zh": "改写"}
            criterion["guideline"] = "New guidance"
    assert scoring_hash(scorecard_from_dict(reworded)) == scoring_hash(card)
    stricter = copy.deepcopy(stored)
    stricter["sections"][0]["criteria"][0]["points"] += 1
    assert scoring_hash(scorecard_from_dict(stricter)) != scoring_hash(card)
