"""AutoQA: the answers a scorecard's evidence checks give on their own, the score those answers earn and the flags
that point a reviewer at an interaction. Pure: no database, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from qa_studio.scoring.engine import Answer, Context, ScoreResult, score
from qa_studio.scoring.evidence import ChatMessage, Suggestion, TranscriptSegment, suggest
from qa_studio.scoring.model import NO, YES, Criterion, CriterionType, FailKind, Scorecard


class Flag(StrEnum):
    FATAL_SUSPECTED = "fatal_suspected"  # a criterion whose failure fails the whole evaluation was answered "no"
    FORBIDDEN_PHRASE = "forbidden_phrase"
    SLOW_FIRST_REPLY = "slow_first_reply"  # first reply over the scorecard's standard
    LONG_SILENCE = "long_silence"  # dead air in a call, or a customer left waiting in a chat
    MISSED_IDENTITY_CHECK = "missed_identity_check"


# Check kinds that measure a wait, and the figure each records.
_WAITS = {"longest_gap_ms": "gap_ms", "longest_silence_ms": "silence_ms"}


@dataclass(frozen=True, slots=True)
class AutoOutcome:
    answers: dict[str, Suggestion]  # criterion key → the checks' answer with its evidence
    score: Decimal | None  # over the criteria the checks answered; None when none of them counts
    flags: list[Flag] = field(default_factory=list)

    @property
    def fatal_suspected(self) -> bool:
        return Flag.FATAL_SUSPECTED in self.flags


def _is_identity_check(criterion: Criterion) -> bool:
    label = (criterion.label.en or "").casefold()
    return criterion.key in ("verification", "identity_check") or "identity" in label


def as_answer(criterion: Criterion, value: str) -> Answer | None:
    """A check's yes/no in the criterion's own terms. A deductions criterion whose forbidden phrase was found loses
    its points through the deductions that do not fail it outright: whether it was rude is a reviewer's call."""
    if criterion.type in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        return Answer(value)
    if criterion.type == CriterionType.DEDUCTIONS:
        return Answer([] if value == YES else [o.key for o in criterion.options if not o.fails])
    return None


# Scores already worked out for one scorecard: by context and answers (see auto_evaluate).
ScoreMemo = dict[tuple[Any, ...], ScoreResult]


def auto_evaluate(
    scorecard: Scorecard,
    context: Context,
    messages: Sequence[ChatMessage] | None = None,
    segments: Sequence[TranscriptSegment] | None = None,
    scores: ScoreMemo | None = None,
) -> AutoOutcome:
    """Every criterion with an evidence check answered from the chat or transcript, scored like a reviewer's
    answers (criteria left unanswered do not count), with the flags those answers raise. `scores`: a memo kept by
    the caller for this one scorecard, since a backlog gives the same few sets of yes and no again and again."""
    found: dict[str, Suggestion] = {}
    answers: dict[str, Answer] = {}
    flags: set[Flag] = set()
    for criterion in scorecard.criteria():
        if not criterion.checks or (suggestion := suggest(criterion, messages, segments)) is None:
            continue
        found[criterion.key] = suggestion
        if (answer := as_answer(criterion, suggestion.value)) is not None:
            answers[criterion.key] = answer
        if suggestion.value != NO:
            continue
        if criterion.fail == FailKind.FATAL:
            flags.add(Flag.FATAL_SUSPECTED)
        if _is_identity_check(criterion):
            flags.add(Flag.MISSED_IDENTITY_CHECK)
        for evidence in suggestion.evidence:
            data = evidence.data
            if evidence.kind == "forbidden_phrase" and data.get("found"):
                flags.add(Flag.FORBIDDEN_PHRASE)
            elif evidence.kind == "first_response_ms" and (
                not data.get("replied", True) or data.get("waited_ms", 0) > data.get("limit_ms", 0)
            ):
                flags.add(Flag.SLOW_FIRST_REPLY)
            elif evidence.kind in _WAITS and data.get(_WAITS[evidence.kind], 0) > data.get("limit_ms", 0):
                flags.add(Flag.LONG_SILENCE)
    result = _score(scorecard, answers, context, scores) if answers else None
    counted = result is not None and any(s.applicable and not s.bonus for s in result.sections)
    return AutoOutcome(found, result.score if counted and result else None, sorted(flags, key=list(Flag).index))


def _score(scorecard: Scorecard, answers: dict[str, Answer], context: Context, scores: ScoreMemo | None
           ) -> ScoreResult:  # fmt: skip
    if scores is None:
        return score(scorecard, answers, context)
    # The checks' answers are yes, no or a list of deduction keys: the whole of what the score depends on, with
    # where the interaction came from (conditional criteria).
    key = (context.channel, context.queue,
           *((k, tuple(a.value) if isinstance(a.value, list) else a.value) for k, a in answers.items()))  # fmt: skip
    found = scores.get(key)
    if found is None:
        found = scores[key] = score(scorecard, answers, context)
    return found
