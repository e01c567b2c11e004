"""Scoring an evaluation: pure functions from a scorecard, answers and the interaction's context to criterion,
section and overall results.

The maths (docs/scorecards.md has worked examples): a criterion earns points × weight; a section's percent is
100 × Σ earned ÷ Σ possible over the criteria that count (applicable, answered, not N/A); the overall score is the
section-weighted mean of the non-bonus sections that count, plus each bonus section's weight × percent ÷ 100
points, capped at 100. A section-critical failure sets its section to 0, a fatal failure the overall score.
Arithmetic is exact (fractions); each reported number is rounded once, at the end, half up, to 2 places.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from qa_studio.errors import QT_TRANSLATE_NOOP, Phrase
from qa_studio.scoring.conditions import applicable_criteria, applies
from qa_studio.scoring.model import NO, YES, Answer, Context, Criterion, CriterionType, FailKind, Scorecard

# Answer and Context are defined with the model; the engine is where callers have always imported them from, and
# the scoring panel asks `applies` about each criterion.
__all__ = [
    "Answer", "Context", "CriterionResult", "ScoreResult", "SectionResult", "applies", "score", "validate_answers",
]  # fmt: skip

TWO_PLACES = Decimal("0.01")
ZERO = Fraction(0)


@dataclass(frozen=True, slots=True)
class CriterionResult:
    key: str
    applicable: bool  # False: hidden by its condition (it neither counts nor is missing)
    not_applicable: bool  # answered N/A
    answered: bool  # a readable answer or N/A
    earned: Decimal  # weighted points earned
    possible: Decimal  # weighted points it put in its section's denominator: 0 unless it counts
    failed: bool  # the answer fails it ("no", below fail_below, an option that fails)
    fail_kind: FailKind  # what its failure does; recorded in the result lists only when `failed`


@dataclass(frozen=True, slots=True)
class SectionResult:
    key: str
    bonus: bool
    earned: Decimal
    possible: Decimal
    percent: Decimal | None  # None: nothing in the section counts (all N/A, hidden or unanswered)
    applicable: bool  # it counts towards the overall score (percent is not None)
    critical_failed: bool  # a section-critical criterion failed: percent is 0


@dataclass(frozen=True, slots=True)
class ScoreResult:
    score: Decimal  # 0.00–100.00
    passed: bool  # score ≥ pass mark and no fatal failure (provisional while incomplete)
    band: str | None  # the English label of the band reached; look the band up with `scorecard.band_for(score)`
    complete: bool  # every required criterion that applies is answered
    sections: list[SectionResult] = field(default_factory=list)
    criteria: dict[str, CriterionResult] = field(default_factory=dict)
    fatal_failures: list[str] = field(default_factory=list)
    section_critical_failures: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _round(value: Fraction) -> Decimal:
    # Cached: the same few points and percents come back in every evaluation of a scorecard.
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=4096)
def _exact(value: float) -> Fraction:
    # Via str, so 0.1 is one tenth rather than the binary float next to it; cached: scorecards reuse few values.
    return Fraction(str(value))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _yes_no(value: Any) -> str | None:
    if isinstance(value, bool):
        return YES if value else NO
    return value.lower() if isinstance(value, str) and value.lower() in (YES, NO) else None


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _blank(criterion: Criterion, answer: Answer) -> bool:
    """No answer given yet. An empty deductions list is an answer: nothing was deducted."""
    if answer.not_applicable:
        return False
    if criterion.type == CriterionType.DEDUCTIONS:
        return answer.value is None
    return answer.value is None or answer.value == "" or answer.value == []


def _say(template: str, **params: object) -> str:
    """A problem with an answer, in the reviewer's language (rendered through qa_studio.errors, without Qt)."""
    return str(Phrase(template, **params))


def _read(criterion: Criterion, answer: Answer) -> tuple[Fraction, bool] | str:
    """(weighted points earned, failed) for a non-blank answer, or what is wrong with it, in a reviewer's words."""
    label = criterion.label.en or criterion.key
    kind, value = criterion.type, answer.value
    if answer.not_applicable:
        return (ZERO, False) if kind == CriterionType.YES_NO_NA else _say(QT_TRANSLATE_NOOP(
            "Errors", "\"{label}\" cannot be N/A"), label=label)  # fmt: skip
    weight = _exact(criterion.weight)
    if kind in (CriterionType.YES_NO, CriterionType.YES_NO_NA):
        choice = _yes_no(value)
        if choice is None:
            yes_no = QT_TRANSLATE_NOOP("Errors", "\"{label}\" takes yes or no, not {value!r}")
            return _say(yes_no, label=label, value=value)
        return (_exact(criterion.points) * weight if choice == YES else ZERO), choice == NO
    if kind == CriterionType.SCALE:
        low, high, step = _exact(criterion.scale_min), _exact(criterion.scale_max), _exact(criterion.scale_step)
        number = _exact(float(value)) if _is_number(value) else None
        if number is None or not low <= number <= high or (number - low) % step:
            shown = f"{value:g}" if _is_number(value) else repr(value)
            return _say(QT_TRANSLATE_NOOP("Errors", "\"{label}\" takes {low:g}–{high:g} in steps of {step:g}, not "
                                          "{value}"), label=label, low=criterion.scale_min, high=criterion.scale_max,
                        step=criterion.scale_step, value=shown)  # fmt: skip
        failed = criterion.fail_below is not None and number < _exact(criterion.fail_below)
        return _exact(criterion.points) * weight * (number - low) / (high - low), failed
    if kind in (CriterionType.CHOICE, CriterionType.SELECT):
        option = criterion.option(value) if isinstance(value, str) else None
        if option is None:
            return _say(QT_TRANSLATE_NOOP("Errors", "\"{label}\" has no option {value!r}"), label=label, value=value)
        return (_exact(option.points) * weight if kind == CriterionType.CHOICE else ZERO), option.fails
    if kind == CriterionType.DEDUCTIONS:
        keys = list(value) if isinstance(value, list | tuple) else None
        ticked = [criterion.option(k) if isinstance(k, str) else None for k in keys or ()]
        if keys is None or None in ticked or len(set(keys)) != len(keys):
            return _say(QT_TRANSLATE_NOOP("Errors", "\"{label}\" takes a list of its deductions, each once, not "
                                          "{value!r}"), label=label, value=value)  # fmt: skip
        deducted = sum((_exact(o.points) for o in ticked if o is not None), ZERO)
        return max(ZERO, _exact(criterion.points) - deducted) * weight, any(o.fails for o in ticked if o)
    if kind == CriterionType.DATE:
        return (ZERO, False) if _is_date(value) else _say(QT_TRANSLATE_NOOP(
            "Errors", "\"{label}\" takes a date as YYYY-MM-DD, not {value!r}"), label=label, value=value)  # fmt: skip
    return (ZERO, False) if isinstance(value, str) else _say(QT_TRANSLATE_NOOP(
        "Errors", "\"{label}\" takes text, not {value!r}"), label=label, value=value)  # fmt: skip


def validate_answers(
    scorecard: Scorecard, answers: Mapping[str, Answer], context: Context | None = None, *, causes_required: bool = True
) -> list[str]:
    """What stops these answers being submitted, in words a reviewer understands: unknown criteria, values a
    criterion does not take, N/A where it is not offered, a failed answer without its required root cause (unless
    `causes_required` is false: an agent scoring themselves is not asked for the analysis a reviewer makes).
    Answers to criteria hidden by their condition are ignored; unanswered criteria are `score(...).missing`."""
    context = context or Context()
    problems = [_say(QT_TRANSLATE_NOOP("Errors", "\"{key}\" is not a criterion of this scorecard"), key=key)
                for key in answers if scorecard.criterion(key) is None]  # fmt: skip
    causes = {cause.key for cause in scorecard.root_causes}
    shown = applicable_criteria(scorecard, answers, context)
    for criterion in scorecard.criteria():
        answer = answers.get(criterion.key)
        if answer is None or not shown[criterion.key] or _blank(criterion, answer):
            continue
        label = criterion.label.en or criterion.key
        read = _read(criterion, answer)
        if isinstance(read, str):
            problems.append(read)
            continue
        if read[1] and criterion.root_cause_required and causes_required and not answer.root_cause:
            problems.append(_say(QT_TRANSLATE_NOOP("Errors", "\"{label}\" failed: choose a root cause"), label=label))
        if answer.root_cause and answer.root_cause not in causes:
            problems.append(_say(QT_TRANSLATE_NOOP("Errors", "\"{label}\": unknown root cause {cause!r}"), label=label,
                                 cause=answer.root_cause))  # fmt: skip
    return problems


def _criterion_result(
    criterion: Criterion, answer: Answer | None, applicable: bool
) -> tuple[CriterionResult, Fraction, Fraction]:
    """The criterion's result, and the exact weighted points it adds to its section's earned and possible."""
    # A hidden criterion's answer is ignored, as is an answer it cannot take (validate_answers explains those).
    read = _read(criterion, answer) if applicable and answer is not None and not _blank(criterion, answer) else None
    scored = read if isinstance(read, tuple) else None
    na = scored is not None and answer is not None and answer.not_applicable
    earned, possible, failed = ZERO, ZERO, False
    if scored is not None and not na and criterion.type.scoring:
        earned, failed = scored
        possible = _exact(criterion.max_points) * _exact(criterion.weight)
    result = CriterionResult(
        criterion.key, applicable, na, scored is not None, _round(earned), _round(possible), failed, criterion.fail
    )
    return result, earned, possible


def score(scorecard: Scorecard, answers: Mapping[str, Answer], context: Context | None = None) -> ScoreResult:
    """Score what is answered. Required criteria that apply but have no readable answer are listed in `missing`
    and the result is incomplete; `validate_answers` says what is wrong with an answer that cannot be read."""
    shown = applicable_criteria(scorecard, answers, context or Context())
    criteria: dict[str, CriterionResult] = {}
    sections: list[SectionResult] = []
    fatal: list[str] = []
    section_critical: list[str] = []
    missing: list[str] = []
    weighted_sum, weights, bonus_points = ZERO, ZERO, ZERO
    for section in scorecard.sections:
        earned_sum, possible_sum, critical = ZERO, ZERO, False
        for criterion in section.criteria:
            result, earned, possible = _criterion_result(criterion, answers.get(criterion.key), shown[criterion.key])
            criteria[criterion.key] = result
            if possible:
                earned_sum, possible_sum = earned_sum + earned, possible_sum + possible
            if result.applicable and not result.answered and criterion.required:
                missing.append(criterion.key)
            if result.failed and criterion.fail == FailKind.FATAL:
                fatal.append(criterion.key)
            elif result.failed and criterion.fail == FailKind.SECTION_CRITICAL:
                section_critical.append(criterion.key)
                critical = True
        percent = None if possible_sum == 0 else ZERO if critical else 100 * earned_sum / possible_sum
        sections.append(
            SectionResult(
                section.key,
                section.bonus,
                _round(earned_sum),
                _round(possible_sum),
                None if percent is None else _round(percent),
                percent is not None,
                critical,
            )  # fmt: skip
        )
        if percent is not None and section.bonus:
            bonus_points += _exact(section.weight) * percent / 100
        elif percent is not None:
            weighted_sum += _exact(section.weight) * percent
            weights += _exact(section.weight)
    # Nothing outside the bonus sections counted (all N/A or unanswered): there is no score to add a bonus to.
    overall = ZERO if fatal or weights == 0 else min(Fraction(100), weighted_sum / weights + bonus_points)
    final = _round(overall)
    band = scorecard.band_for(float(final))
    return ScoreResult(
        score=final,
        passed=not fatal and final >= _round(_exact(scorecard.pass_mark)),
        band=band.label.en if band else None,
        complete=not missing,
        sections=sections,
        criteria=criteria,
        fatal_failures=fatal,
        section_critical_failures=section_critical,
        missing=missing,
    )
