"""Conditional criteria: whether a criterion applies to an interaction's channel and queue and to earlier answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qa_studio.scoring.model import NA, NO, YES, Answer, Context, Criterion, Scorecard


def token(value: Any) -> str | None:
    """The form in which conditions compare answers: booleans and any-case yes/no become "yes"/"no"."""
    if isinstance(value, bool):
        return YES if value else NO
    if value is None or value == "" or isinstance(value, list | tuple | dict):
        return None
    text = str(value)
    return text.lower() if text.lower() in (YES, NO) else text


def answer_token(answer: Answer | None) -> str | None:
    """An answer as a condition sees it: "na", "yes", "no", an option key, or None when unanswered."""
    if answer is None:
        return None
    return NA if answer.not_applicable else token(answer.value)


def _fold(name: str | None) -> str:
    # Queue names come from imports typed by people: "Complaints", "complaints " and "COMPLAINTS" are one queue.
    return (name or "").strip().casefold()


def applies(criterion: Criterion, answers: Mapping[str, Answer], context: Context) -> bool:
    """Whether the criterion's own condition holds; see `applicable_criteria` for conditions that chain."""
    condition = criterion.condition
    if condition.channels and _fold(context.channel) not in {_fold(c) for c in condition.channels}:
        return False
    if condition.queues and _fold(context.queue) not in {_fold(q) for q in condition.queues}:
        return False
    if condition.answer_criterion is not None:
        return answer_token(answers.get(condition.answer_criterion)) in condition.answer_in
    return True


def applicable_criteria(scorecard: Scorecard, answers: Mapping[str, Answer], context: Context) -> dict[str, bool]:
    """Whether each criterion applies. An answer to a hidden criterion is ignored, so a criterion that looks at a
    hidden one is hidden too; conditions only look at earlier criteria, so one pass in order settles every chain."""
    shown: dict[str, bool] = {}
    visible_answers: dict[str, Answer] = {}
    for criterion in scorecard.criteria():
        shown[criterion.key] = applies(criterion, visible_answers, context)
        if shown[criterion.key] and criterion.key in answers:
            visible_answers[criterion.key] = answers[criterion.key]
    return shown
