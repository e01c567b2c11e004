"""Scoring maths on a scorecard with every criterion type: points, N/A, bonus, bands, pass mark, conditions, the two
kinds of failure, rounding, and what stops answers being submitted."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from qa_studio.resources import FORMS_DIR
from qa_studio.scoring.engine import Answer, Context, ScoreResult, score, validate_answers
from qa_studio.scoring.loader import load_scorecard, load_scorecard_text
from qa_studio.scoring.model import Criterion, CriterionType

CARD = load_scorecard(Path(__file__).parents[1] / "data" / "scorecards" / "valid" / "all_types.yaml")
CHAT = Context(channel="chat", queue="Returns")
PERFECT = {
    "yn": Answer("yes"), "yna": Answer("yes"), "scale": Answer(5), "choice": Answer("good"), "ded": Answer([]),
    "privacy": Answer("yes"), "needs_escalation": Answer("no"), "wow": Answer(not_applicable=True),
}  # fmt: skip


def answers(**changes: Answer) -> dict[str, Answer]:
    return {**PERFECT, **changes}


def percents(result: ScoreResult) -> list[Decimal | None]:
    return [section.percent for section in result.sections]


def test_perfect_answers_score_100_and_reach_the_top_band() -> None:
    result = score(CARD, PERFECT, CHAT)
    assert result.score == Decimal("100.00") and result.passed and result.band == "Exceeds the standard"
    assert result.complete and result.missing == [] and result.fatal_failures == result.section_critical_failures == []
    assert percents(result) == [Decimal("100.00")] * 3 + [None]  # the bonus was N/A


def test_each_criterion_type_earns_its_points() -> None:
    result = score(CARD, answers(yn=Answer("no"), scale=Answer(3.5), choice=Answer("ok"), ded=Answer(["typo"])), CHAT)
    a, b, c, _bonus = result.sections
    # a: yes/no 0 + yes/no/N/A 10 + scale 10 × (3.5 − 1) / (5 − 1) = 16.25 of 30
    assert (a.earned, a.possible, a.percent) == (Decimal("16.25"), Decimal("30.00"), Decimal("54.17"))
    # b: choice "ok" 3 of 6, deductions 4 − 1 = 3 of 4; the text field scores nothing
    assert (b.earned, b.possible, b.percent) == (Decimal("6.00"), Decimal("10.00"), Decimal("60.00"))
    assert c.percent == Decimal("100.00")
    # (2 × 54.1666… + 1 × 60 + 1 × 100) ÷ 4 = 67.0833…
    assert result.score == Decimal("67.08") and not result.passed and result.band == "Needs improvement"
    assert result.criteria["scale"].earned == Decimal("6.25") and result.criteria["note"].possible == 0
    assert result.criteria["yn"].failed and not result.criteria["scale"].failed
    wrong = score(CARD, answers(yn=Answer("no"), scale=Answer(3.5), choice=Answer("wrong"), ded=Answer(["typo"])), CHAT)
    assert wrong.score == Decimal("52.08")  # the worked example in docs/scorecards.md


def test_half_points_on_a_scale_and_fail_below() -> None:
    low = score(CARD, answers(scale=Answer(1.5), yn=Answer("no")), CHAT)
    assert low.criteria["scale"].earned == Decimal("1.25") and low.criteria["scale"].failed
    assert not score(CARD, answers(scale=Answer(2)), CHAT).criteria["scale"].failed


def test_deductions_floor_at_zero_and_fail_only_on_a_failing_deduction() -> None:
    result = score(CARD, answers(ded=Answer(["typo", "slow", "rude"])), CHAT)  # 1 + 3 + 5 off 4 points
    assert result.criteria["ded"].earned == Decimal("0.00") and result.criteria["ded"].failed
    assert result.sections[1].percent == Decimal("60.00")
    assert result.section_critical_failures == []  # its fail kind is none: failed, but nothing more
    assert not score(CARD, answers(ded=Answer(["typo", "slow"])), CHAT).criteria["ded"].failed


def test_na_leaves_the_denominator() -> None:
    result = score(CARD, answers(yn=Answer("no"), yna=Answer(not_applicable=True)), CHAT)
    section = result.sections[0]
    assert (section.earned, section.possible, section.percent) == (Decimal("10.00"), Decimal("20.00"), Decimal("50.00"))
    assert result.criteria["yna"].not_applicable and result.criteria["yna"].possible == 0
    # (2 × 50 + 100 + 100) ÷ 4 = 75: exactly the pass mark passes
    assert result.score == Decimal("75.00") and result.passed and result.band == "Meets the standard"


def test_a_section_with_nothing_that_counts_drops_out_of_the_overall_score() -> None:
    result = score(CARD, answers(yn=Answer("no"), privacy=Answer(not_applicable=True)), CHAT)
    c = result.sections[2]
    assert c.percent is None and not c.applicable and c.possible == 0
    assert result.score == Decimal("77.78")  # (2 × 66.66… + 100) ÷ 3, not ÷ 4


def test_bonus_adds_points_up_to_100() -> None:
    lifted = score(CARD, answers(yn=Answer("no"), yna=Answer(not_applicable=True), wow=Answer("yes")), CHAT)
    assert lifted.score == Decimal("80.00")  # 75 + 5 × 100 % of the bonus weight
    assert lifted.sections[3].bonus and lifted.sections[3].percent == Decimal("100.00")
    assert score(CARD, answers(wow=Answer("yes")), CHAT).score == Decimal("100.00")  # capped
    assert score(CARD, answers(wow=Answer("no")), CHAT).score == Decimal("100.00")  # a missed bonus costs nothing


def test_bonus_criteria_need_no_answer() -> None:
    result = score(CARD, {k: v for k, v in PERFECT.items() if k != "wow"}, CHAT)
    assert result.complete and result.sections[3].percent is None


def test_section_critical_failure_zeroes_its_section_only() -> None:
    result = score(CARD, answers(choice=Answer("wrong")), CHAT)
    assert result.section_critical_failures == ["choice"] and result.fatal_failures == []
    assert result.sections[1].critical_failed and result.sections[1].percent == Decimal("0.00")
    assert result.sections[1].earned == Decimal("4.00")  # what was earned is still shown
    assert result.score == Decimal("75.00")  # (2 × 100 + 0 + 100) ÷ 4


def test_section_critical_failure_is_recorded_even_when_the_section_was_already_0() -> None:
    result = score(CARD, answers(choice=Answer("wrong"), ded=Answer(["slow", "rude"])), CHAT)
    assert result.sections[1].earned == 0 and result.sections[1].percent == 0
    assert result.section_critical_failures == ["choice"] and result.sections[1].critical_failed


def test_fatal_failure_zeroes_the_evaluation_and_fails_it() -> None:
    result = score(CARD, answers(privacy=Answer("no"), wow=Answer("yes")), CHAT)
    assert result.score == Decimal("0.00") and not result.passed and result.fatal_failures == ["privacy"]
    assert result.section_critical_failures == [] and result.band == "Needs improvement"
    assert result.sections[0].percent == Decimal("100.00")  # sections still show what the agent did
    assert score(CARD, answers(privacy=Answer(not_applicable=True)), CHAT).passed


def test_both_kinds_of_failure_are_recorded_separately_even_when_the_score_is_already_0() -> None:
    worst = {
        "yn": Answer("no"), "yna": Answer("no"), "scale": Answer(1), "choice": Answer("wrong"),
        "ded": Answer(["slow", "rude"]), "privacy": Answer("no"), "needs_escalation": Answer("no"),
    }  # fmt: skip
    result = score(CARD, worst, CHAT)
    assert result.score == 0 and not result.passed
    assert result.fatal_failures == ["privacy"] and result.section_critical_failures == ["choice"]


def test_zero_pass_mark_still_fails_a_fatal_evaluation() -> None:
    lenient = load_scorecard_text(
        "key: l\nname: L\npass_mark: 0\nsections:\n  - key: s\n    criteria:\n"
        "      - {key: privacy, type: yes_no, points: 1, fail: fatal}\n"
    )
    assert score(lenient, {"privacy": Answer("yes")}).passed
    assert not score(lenient, {"privacy": Answer("no")}).passed


def test_conditional_criterion_counts_only_once_it_applies() -> None:
    hidden = score(CARD, PERFECT, CHAT)
    for key in ("escalated", "callback", "call_only", "complaints_only"):
        assert not hidden.criteria[key].applicable and key not in hidden.missing
    shown = score(CARD, answers(needs_escalation=Answer("yes")), CHAT)
    assert shown.missing == ["escalated"] and not shown.complete
    done = score(CARD, answers(needs_escalation=Answer("yes"), escalated=Answer("no")), CHAT)
    assert done.complete and done.sections[2].percent == Decimal("50.00")
    assert done.criteria["callback"].applicable  # a date asked only when the escalation was missed; not required


def test_answers_to_hidden_criteria_do_not_count() -> None:
    stale = answers(call_only=Answer("no"), escalated=Answer("no"), callback=Answer("2024-05-01"))
    assert score(CARD, stale, CHAT) == score(CARD, PERFECT, CHAT)
    # "escalated" is hidden, so the date that depends on it is hidden too, whatever "escalated" says.
    assert not score(CARD, stale, CHAT).criteria["callback"].applicable


def test_conditions_on_channel_and_queue() -> None:
    assert score(CARD, PERFECT, Context(channel="call")).missing == ["call_only"]
    assert score(CARD, PERFECT, Context(queue="complaints")).missing == ["complaints_only"]  # any case
    assert score(CARD, PERFECT, Context(queue="投诉")).missing == ["complaints_only"]


def test_unanswered_and_unreadable_answers_make_the_result_incomplete() -> None:
    result = score(CARD, answers(yn=Answer("maybe"), scale=Answer(None)), CHAT)
    assert result.missing == ["yn", "scale"] and not result.complete
    assert not result.criteria["yn"].answered and result.sections[0].possible == Decimal("10.00")
    assert score(CARD, {}, CHAT).score == 0


def test_rounding_is_half_up_and_only_at_the_end() -> None:
    card = load_scorecard_text(
        "key: r\nname: R\npass_mark: 50\nsections:\n"
        "  - key: a\n    criteria:\n      - {key: got, type: yes_no, points: 2}\n"
        "      - {key: lost, type: yes_no, points: 298}\n"
        "  - key: b\n    criteria:\n      - {key: other, type: yes_no, points: 1}\n"
    )
    result = score(card, {"got": Answer("yes"), "lost": Answer("no"), "other": Answer("no")})
    # a is 2/300 = 0.666…% (shown 0.67); overall is 0.333…: from the exact value, not 0.67 ÷ 2 = 0.335 → 0.34
    assert result.sections[0].percent == Decimal("0.67") and result.score == Decimal("0.33")
    card = load_scorecard_text(
        "key: h\nname: H\npass_mark: 50\nsections:\n"
        "  - key: a\n    criteria:\n      - {key: got, type: yes_no, points: 1}\n"
        "      - {key: lost, type: yes_no, points: 399}\n"
        "  - key: b\n    criteria:\n      - {key: other, type: yes_no, points: 1}\n"
    )
    # (0.25 + 0) ÷ 2 = 0.125: half up gives 0.13 (banker's rounding would give 0.12)
    assert score(card, {"got": Answer("yes"), "lost": Answer("no"), "other": Answer("no")}).score == Decimal("0.13")


def test_weights_multiply_points() -> None:
    card = load_scorecard_text(
        "key: w\nname: W\npass_mark: 50\nsections:\n  - key: a\n    criteria:\n"
        "      - {key: heavy, type: yes_no, points: 5, weight: 3}\n      - {key: light, type: yes_no, points: 5}\n"
    )
    result = score(card, {"heavy": Answer("yes"), "light": Answer("no")})
    assert result.criteria["heavy"].earned == Decimal("15.00") and result.score == Decimal("75.00")


def test_yes_no_answers_may_be_booleans_or_any_case() -> None:
    assert score(CARD, answers(yn=Answer(True), yna=Answer("YES")), CHAT).score == Decimal("100.00")
    assert score(CARD, answers(yn=Answer(False)), CHAT).criteria["yn"].failed


def test_validate_answers_explains_every_problem() -> None:
    problems = validate_answers(
        CARD,
        {"yn": Answer("maybe"), "scale": Answer(1.5), "choice": Answer("great"), "nope": Answer("yes"),
         "ded": Answer(["typo", "smile"]), "note": Answer(42), "privacy": Answer("yes", root_cause="luck")},
        CHAT,
    )  # fmt: skip
    assert problems == [
        '"nope" is not a criterion of this scorecard',
        "\"yn\" takes yes or no, not 'maybe'",
        '"scale" failed: choose a root cause',
        "\"choice\" has no option 'great'",
        "\"ded\" takes a list of its deductions, each once, not ['typo', 'smile']",
        '"note" takes text, not 42',
        "\"privacy\": unknown root cause 'luck'",
    ]


@pytest.mark.parametrize(
    ("key", "answer", "problem"),
    [
        ("scale", Answer(4.2), '"scale" takes 1–5 in steps of 0.5, not 4.2'),
        ("scale", Answer(6), '"scale" takes 1–5 in steps of 0.5, not 6'),
        ("scale", Answer(True), '"scale" takes 1–5 in steps of 0.5, not True'),
        ("yn", Answer(not_applicable=True), '"yn" cannot be N/A'),
        ("note", Answer(not_applicable=True), '"note" cannot be N/A'),
        ("ded", Answer(["typo", "typo"]), "\"ded\" takes a list of its deductions, each once, not ['typo', 'typo']"),
        ("needs_escalation", Answer("perhaps"), "\"needs_escalation\" has no option 'perhaps'"),
    ],
)
def test_validate_answers_refuses_values_a_criterion_does_not_take(key: str, answer: Answer, problem: str) -> None:
    assert validate_answers(CARD, {key: answer}, CHAT) == [problem]


def test_validate_answers_accepts_good_answers_and_ignores_hidden_ones() -> None:
    good = answers(scale=Answer(1.5, root_cause="knowledge"), note=Answer("Fine."), yna=Answer(not_applicable=True))
    assert validate_answers(CARD, good, CHAT) == []
    assert validate_answers(CARD, answers(call_only=Answer("maybe")), CHAT) == []  # hidden on a chat
    dated = answers(needs_escalation=Answer("yes"), escalated=Answer("no"))
    assert validate_answers(CARD, dated | {"callback": Answer("2024-06-31")}, CHAT) == [
        "\"callback\" takes a date as YYYY-MM-DD, not '2024-06-31'"
    ]
    assert validate_answers(CARD, dated | {"callback": Answer("2024-06-30")}, CHAT) == []


CHAT_GOOD = {
    "first_response": Answer("no", root_cause="workload"), "greeting": Answer("yes"),
    "verification": Answer(not_applicable=True), "need_analysed": Answer(4), "accuracy": Answer("accurate"),
    "relevance": Answer(4), "clarity": Answer(5), "empathy": Answer("yes"), "forbidden": Answer([]),
    "no_long_wait": Answer("yes"), "confirm_satisfaction": Answer("yes"), "closing_script": Answer("yes"),
    "proactive": Answer(not_applicable=True),
}  # fmt: skip


def test_shipped_chat_form_scores_a_realistic_evaluation() -> None:
    chat = load_scorecard(FORMS_DIR / "chat_standard.yaml")
    result = score(chat, CHAT_GOOD, CHAT)
    assert validate_answers(chat, CHAT_GOOD, CHAT) == []
    assert result.complete and result.passed and Decimal("85") < result.score < Decimal("92")
    assert result.band == "Meets the standard"
    complaint = score(chat, CHAT_GOOD, Context(channel="chat", queue="投诉"))
    assert complaint.missing == ["complaint_tier"]
    tier_2 = score(chat, CHAT_GOOD | {"complaint_tier": Answer("tier_2")}, Context(channel="chat", queue="投诉"))
    assert tier_2.missing == ["escalation"]
    missed = CHAT_GOOD | {"complaint_tier": Answer("tier_2"), "escalation": Answer("no", root_cause="process")}
    escalation_missed = score(chat, missed, Context(channel="chat", queue="投诉"))
    assert escalation_missed.section_critical_failures == ["escalation"] and not escalation_missed.passed


def best_answer(criterion: Criterion) -> Answer | None:
    if criterion.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        return Answer("yes")
    if criterion.type == CriterionType.SCALE:
        return Answer(criterion.scale_max)
    if criterion.type == CriterionType.CHOICE:
        return Answer(max(criterion.options, key=lambda o: o.points).key)
    return Answer([]) if criterion.type == CriterionType.DEDUCTIONS else None


def test_shipped_phone_form_fails_an_evaluation_that_skips_verification() -> None:
    phone = load_scorecard(FORMS_DIR / "phone_call_standard.yaml")
    perfect = {c.key: a for c in phone.criteria() if (a := best_answer(c)) is not None}
    perfect["complaint_tier"] = Answer("none")
    context = Context(channel="call")
    assert score(phone, perfect, context).score == Decimal("100.00")
    assert validate_answers(phone, perfect, context) == []
    leaked = score(phone, perfect | {"verification": Answer("no")}, context)
    assert leaked.score == 0 and leaked.fatal_failures == ["verification"] and not leaked.passed
    tier_3 = score(phone, perfect | {"complaint_tier": Answer("tier_3")}, context)
    assert tier_3.criteria["escalation"].applicable and tier_3.criteria["callback_promised"].applicable
    assert not tier_3.criteria["resolved_on_the_call"].applicable and tier_3.complete  # the date is optional
