"""Conditional criteria: channel, queue and earlier answers decide what a reviewer is asked, and a criterion that
looks at a hidden one is hidden too."""

from __future__ import annotations

import pytest

from qa_studio.scoring.conditions import answer_token, applicable_criteria, applies, token
from qa_studio.scoring.loader import load_scorecard_text
from qa_studio.scoring.model import Answer, Context, Criterion

CARD = load_scorecard_text(
    """
key: conditions
name: Conditions
pass_mark: 80
sections:
  - key: s
    criteria:
      - {key: base, type: yes_no, points: 1}
      - key: upset
        type: yes_no_na
        points: 1
        when: {channel: [call, chat]}
      - key: calmed
        type: yes_no
        points: 1
        when: {answer: {criterion: upset, in: ["yes"]}}
      - key: why_na
        type: text
        when: {answer: {criterion: upset, in: [na]}}
      - key: tier
        type: select
        when: {queue: [投诉, Complaints]}
        options: [{key: tier_1}, {key: tier_2}]
      - key: escalated
        type: yes_no
        points: 1
        when: {queue: Complaints, answer: {criterion: tier, in: [tier_2]}}
""",
    "conditions.yaml",
)


def criterion(key: str) -> Criterion:
    found = CARD.criterion(key)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, "yes"), (False, "no"), ("YES", "yes"), ("No", "no"), ("tier_1", "tier_1"), (3, "3"), ("", None),
     (None, None), ([], None)],
)  # fmt: skip
def test_tokens(value: object, expected: str | None) -> None:
    assert token(value) == expected


def test_answer_tokens() -> None:
    assert answer_token(None) is None and answer_token(Answer()) is None
    assert answer_token(Answer(not_applicable=True)) == "na" and answer_token(Answer(True)) == "yes"


def test_channel_and_queue_conditions() -> None:
    assert applies(criterion("upset"), {}, Context(channel="chat"))
    assert not applies(criterion("upset"), {}, Context(channel="email"))
    assert not applies(criterion("upset"), {}, Context())
    assert applies(criterion("tier"), {}, Context(queue="  COMPLAINTS "))
    assert applies(criterion("tier"), {}, Context(queue="投诉"))
    assert not applies(criterion("tier"), {}, Context(queue="Returns"))
    assert applies(criterion("base"), {}, Context())  # no condition


def test_answer_conditions_including_na() -> None:
    assert applies(criterion("calmed"), {"upset": Answer("yes")}, Context())
    assert applies(criterion("calmed"), {"upset": Answer(True)}, Context())
    assert not applies(criterion("calmed"), {"upset": Answer("no")}, Context())
    assert not applies(criterion("calmed"), {}, Context())  # not answered yet
    assert applies(criterion("why_na"), {"upset": Answer(not_applicable=True)}, Context())


def test_every_part_of_a_condition_must_hold() -> None:
    tier_2 = {"tier": Answer("tier_2")}
    assert applies(criterion("escalated"), tier_2, Context(queue="Complaints"))
    assert not applies(criterion("escalated"), tier_2, Context(queue="投诉"))  # the queue part fails
    assert not applies(criterion("escalated"), {"tier": Answer("tier_1")}, Context(queue="Complaints"))


def test_a_criterion_looking_at_a_hidden_one_is_hidden_too() -> None:
    answers = {"upset": Answer("yes"), "tier": Answer("tier_2")}
    on_email = applicable_criteria(CARD, answers, Context(channel="email", queue="Complaints"))
    # "upset" is hidden on e-mail, so its stale answer cannot show "calmed".
    assert on_email == {"base": True, "upset": False, "calmed": False, "why_na": False, "tier": True, "escalated": True}
    on_chat = applicable_criteria(CARD, answers, Context(channel="chat", queue="Returns"))
    assert on_chat["calmed"] and not on_chat["tier"] and not on_chat["escalated"]
