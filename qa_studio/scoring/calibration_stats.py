"""Statistics of a calibration session: each reviewer against the benchmark, agreement between reviewers per
criterion and on overall scores, and each reviewer's drift across sessions (see docs/calibration.md)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from qa_studio.scoring.agreement import (
    LEVELS,
    ICCResult,
    alpha_bootstrap_ci,
    fleiss_kappa,
    fleiss_kappa_bootstrap_ci,
    icc_result,
    krippendorff_alpha,
    landis_koch,
    percent_agreement,
)

NA = "na"  # the answer value of a criterion marked not applicable
CRITICAL_KINDS = ("section_critical", "fatal")
# Float subtraction of 2-decimal scores overshoots (64.98 − 59.98 = 5.000000000000007): keep exactly ±tolerance in.
_TOLERANCE_SLACK = 1e-9

Label = TypeVar("Label")


@dataclass(frozen=True, slots=True)
class CriterionAnswer:
    """One criterion of one evaluation, as scored (numbers may be floats or Decimals)."""

    criterion: str
    earned: float
    possible: float  # the criterion's points, also when answered N/A
    value: str | float | None  # 'yes' / 'no' / 'na' / an option key / a number on a scale; None: unanswered
    failed: bool = False
    fail_kind: str = "none"  # 'none' | 'section_critical' | 'fatal'
    level: str = "nominal"  # 'nominal' (yes/no, choices) | 'ordinal' | 'interval' (scales)
    # False: the scorecard's conditions hid it for this interaction (channel, queue, an earlier answer). A hidden
    # criterion was not scored, so it is left out of every figure, as an unanswered one is.
    applicable: bool = True


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One reviewer's scoring of one interaction; the benchmark is given in the same shape."""

    reviewer: str
    interaction: str
    score: float | None  # overall score 0–100; None: not scored
    answers: tuple[CriterionAnswer, ...] = ()


@dataclass(frozen=True, slots=True)
class CriticalCall:
    """A critical or fatal criterion on which a reviewer and the benchmark disagreed about failing."""

    interaction: str
    criterion: str
    fail_kind: str


@dataclass(frozen=True, slots=True)
class ReviewerStats:
    reviewer: str
    mean_signed_deviation: float  # points, reviewer − benchmark: below 0 strict, above 0 lenient
    mean_abs_deviation: float
    within_tolerance_share: float
    criterion_alignment: float  # 0–1, mean over evaluations of the points-weighted closeness per criterion
    criteria_aligned_share: float  # 0–1, answers equal to the benchmark's
    critical_missed: list[CriticalCall]  # benchmark failed it, reviewer passed it
    critical_wrongly_failed: list[CriticalCall]  # reviewer failed it, benchmark passed it
    n_evaluations: int  # evaluations with a benchmark to compare with


@dataclass(frozen=True, slots=True)
class CriterionStats:
    criterion: str
    percent_agreement: float
    alpha: float  # Krippendorff's alpha at the criterion's level, over every answer
    alpha_ci: tuple[float, float]
    kappa: float  # Fleiss' kappa over the n_units interactions every reviewer answered
    kappa_ci: tuple[float, float]  # percentile bootstrap over those interactions, fixed seed
    kappa_reading: str | None  # Landis–Koch; None when kappa is undefined
    n_units: int
    n_answers: int
    level: str


@dataclass(frozen=True, slots=True)
class OverallStats:
    """Intraclass correlations of overall scores over the interactions every reviewer scored."""

    icc_2_1: ICCResult
    icc_2_k: ICCResult
    icc_1_1: ICCResult
    icc_1_k: ICCResult
    icc_3_1: ICCResult
    icc_3_k: ICCResult
    n_interactions: int
    n_reviewers: int


@dataclass(frozen=True, slots=True)
class SessionStats:
    reviewers: list[ReviewerStats]
    criteria: list[CriterionStats]
    overall: OverallStats


_UNDEFINED_ICC = ICCResult(math.nan, math.nan, math.nan, math.nan, 0, 0, math.nan)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def _by_interaction(evaluations: Sequence[Evaluation], what: str) -> dict[str, Evaluation]:
    index: dict[str, Evaluation] = {}
    for evaluation in evaluations:
        if evaluation.interaction in index:
            raise ValueError(f"{what} has two evaluations of interaction {evaluation.interaction!r}")
        index[evaluation.interaction] = evaluation
    return index


def _scored(answer: CriterionAnswer | None) -> CriterionAnswer | None:
    """The answer if it counts in the statistics: answered, and shown under the scorecard's conditions."""
    return answer if answer is not None and answer.applicable and answer.value is not None else None


def _alignment(reviewed: Evaluation, benchmark: Evaluation) -> tuple[float | None, int, int]:
    """Points-weighted closeness of one evaluation to the benchmark, and (equal answers, answers compared)."""
    answers = {a.criterion: a for a in reviewed.answers}
    weighted, points_total, equal, compared = 0.0, 0.0, 0, 0
    for expected in benchmark.answers:
        given = _scored(answers.get(expected.criterion))
        if given is None or _scored(expected) is None:
            continue
        compared += 1
        equal += given.value == expected.value
        points = max(float(given.possible), float(expected.possible))
        given_na, expected_na = given.value == NA, expected.value == NA
        if points <= 0 or (given_na and expected_na):
            continue  # no points at stake
        # Applicable on one side only is a full disagreement, whatever the points earned on the other side.
        closeness = 0.0 if given_na != expected_na else 1 - abs(float(given.earned) - float(expected.earned)) / points
        weighted += points * closeness
        points_total += points
    return (weighted / points_total if points_total else None), equal, compared


def _critical_calls(reviewed: Evaluation, benchmark: Evaluation) -> tuple[list[CriticalCall], list[CriticalCall]]:
    answers = {a.criterion: a for a in reviewed.answers}
    missed: list[CriticalCall] = []
    wrongly_failed: list[CriticalCall] = []
    for expected in benchmark.answers:
        given = _scored(answers.get(expected.criterion))
        if given is None or _scored(expected) is None:
            continue
        kind = expected.fail_kind if expected.fail_kind in CRITICAL_KINDS else given.fail_kind
        if kind not in CRITICAL_KINDS or given.failed == expected.failed:
            continue
        call = CriticalCall(reviewed.interaction, expected.criterion, kind)
        (missed if expected.failed else wrongly_failed).append(call)
    return missed, wrongly_failed


def _reviewer_stats(
    reviewer: str, evaluations: dict[str, Evaluation], benchmark: dict[str, Evaluation], tolerance: float
) -> ReviewerStats:
    deviations: list[float] = []
    alignments: list[float] = []
    equal = compared = 0
    missed: list[CriticalCall] = []
    wrongly_failed: list[CriticalCall] = []
    paired = [(e, benchmark[i]) for i, e in evaluations.items() if i in benchmark]
    for reviewed, expected in paired:
        if reviewed.score is not None and expected.score is not None:
            deviations.append(float(reviewed.score) - float(expected.score))
        alignment, n_equal, n_compared = _alignment(reviewed, expected)
        if alignment is not None:
            alignments.append(alignment)
        equal += n_equal
        compared += n_compared
        calls = _critical_calls(reviewed, expected)
        missed += calls[0]
        wrongly_failed += calls[1]
    within = [abs(d) <= tolerance + _TOLERANCE_SLACK for d in deviations]
    return ReviewerStats(
        reviewer=reviewer,
        mean_signed_deviation=_mean(deviations),
        mean_abs_deviation=_mean([abs(d) for d in deviations]),
        within_tolerance_share=_mean(within),
        criterion_alignment=_mean(alignments),
        criteria_aligned_share=equal / compared if compared else math.nan,
        critical_missed=missed,
        critical_wrongly_failed=wrongly_failed,
        n_evaluations=len(paired),
    )


def _on_scale(value: str | float | None) -> float | None:
    # Scale answers may arrive as Decimals from the scoring engine; alpha computes in floats.
    return float(value) if isinstance(value, int | float | Decimal) and not isinstance(value, bool) else None


def _criterion_stats(
    criterion: str, level: str, answers: list[list[str | float | None]], resamples: int, seed: int
) -> CriterionStats:
    """Agreement on one criterion from its reviewers × interactions answers (None where missing)."""
    # An answer off the scale (N/A, a choice key) cannot be placed on it, so alpha treats it as missing.
    scaled = answers if level == "nominal" else [[_on_scale(v) for v in row] for row in answers]
    complete = [unit for unit in zip(*answers, strict=True) if all(v is not None for v in unit)]
    kappa, kappa_ci = math.nan, (math.nan, math.nan)
    if complete and len(answers) >= 2:
        categories = list(dict.fromkeys(v for unit in complete for v in unit))
        table = [[unit.count(c) for c in categories] for unit in complete]
        kappa = fleiss_kappa(table)
        if not math.isnan(kappa):
            kappa_ci = fleiss_kappa_bootstrap_ci(table, resamples=resamples, seed=seed)
    return CriterionStats(
        criterion=criterion,
        percent_agreement=percent_agreement(answers),
        alpha=krippendorff_alpha(scaled, level),
        alpha_ci=alpha_bootstrap_ci(scaled, level, resamples=resamples, seed=seed),
        kappa=kappa,
        kappa_ci=kappa_ci,
        kappa_reading=None if math.isnan(kappa) else landis_koch(kappa),
        n_units=len(complete) if len(answers) >= 2 else 0,
        n_answers=sum(v is not None for row in answers for v in row),
        level=level,
    )


def _overall_stats(scores: list[list[float | None]]) -> OverallStats:
    """ICCs with interactions as targets and reviewers as raters, over interactions every reviewer scored."""
    targets = [[float(s) for s in unit] for unit in zip(*scores, strict=True) if all(s is not None for s in unit)]
    raters = len(scores)
    if len(targets) < 2 or raters < 2:
        forms = {(form, k): _UNDEFINED_ICC for form in "123" for k in (1, raters)}
    else:
        forms = {(form, k): icc_result(targets, form, k) for form in "123" for k in (1, raters)}
    return OverallStats(
        icc_2_1=forms["2", 1],
        icc_2_k=forms["2", raters],
        icc_1_1=forms["1", 1],
        icc_1_k=forms["1", raters],
        icc_3_1=forms["3", 1],
        icc_3_k=forms["3", raters],
        n_interactions=len(targets),
        n_reviewers=raters,
    )


def session_stats(
    evaluations: Sequence[Evaluation],
    benchmark: Sequence[Evaluation],
    tolerance: float = 5.0,
    resamples: int = 1000,
    seed: int = 0,
) -> SessionStats:
    """All statistics of one calibration session.

    Reviewers are compared with the benchmark on the interactions it covers; agreement (alpha, kappa, percent
    agreement, ICC) is between the reviewers only, over every interaction they scored. Undefined figures are NaN.
    """
    if tolerance < 0:
        raise ValueError("tolerance must be ≥ 0 points")
    expected = _by_interaction(benchmark, "the benchmark")
    if not evaluations:
        # Nobody has scored yet: nothing to compare with the benchmark, nobody to agree with.
        return SessionStats(reviewers=[], criteria=[], overall=_overall_stats([]))
    reviewers: dict[str, list[Evaluation]] = {}
    for evaluation in evaluations:
        reviewers.setdefault(evaluation.reviewer, []).append(evaluation)
    by_reviewer = {name: _by_interaction(own, f"reviewer {name!r}") for name, own in reviewers.items()}
    interactions = list(dict.fromkeys(e.interaction for e in evaluations))

    levels: dict[str, str] = {}
    for evaluation in [*benchmark, *evaluations]:
        for answer in evaluation.answers:
            if answer.applicable:  # a criterion hidden on every interaction gets no row of its own
                levels.setdefault(answer.criterion, answer.level)
    if bad := sorted({level for level in levels.values() if level not in LEVELS}):
        raise ValueError(f"criterion levels must be one of {', '.join(LEVELS)}, not {', '.join(bad)}")

    answers = {
        name: {i: {a.criterion: a.value for a in e.answers if _scored(a)} for i, e in own.items()}
        for name, own in by_reviewer.items()
    }
    criteria = [
        _criterion_stats(
            criterion,
            level,
            [[answers[name].get(i, {}).get(criterion) for i in interactions] for name in by_reviewer],
            resamples,
            seed,
        )
        for criterion, level in levels.items()
    ]
    scores = [[own[i].score if i in own else None for i in interactions] for own in by_reviewer.values()]
    return SessionStats(
        reviewers=[_reviewer_stats(name, own, expected, tolerance) for name, own in by_reviewer.items()],
        criteria=criteria,
        overall=_overall_stats(scores),
    )


def reviewer_drift(sessions: Sequence[tuple[Label, SessionStats]]) -> dict[str, list[tuple[Label, ReviewerStats]]]:
    """Each reviewer's figures session by session, in the order given (oldest first); a session a reviewer
    missed leaves no entry in that reviewer's series."""
    drift: dict[str, list[tuple[Label, ReviewerStats]]] = {}
    for label, stats in sessions:
        for reviewer in stats.reviewers:
            drift.setdefault(reviewer.reviewer, []).append((label, reviewer))
    return drift
