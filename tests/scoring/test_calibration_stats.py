"""Calibration session statistics on a small hand-built session whose figures are worked out by hand below."""

import math
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from qa_studio.scoring.agreement import icc_result, krippendorff_alpha
from qa_studio.scoring.calibration_stats import (
    CriterionAnswer,
    CriticalCall,
    Evaluation,
    reviewer_drift,
    session_stats,
)

# Scorecard: greeting (yes/no, 10 points), identity verification (yes/no, 20 points, fatal), tone (scale 1–5,
# 10 points, 2 points a step).


def greet(value):
    return CriterionAnswer("greet", 10 if value == "yes" else 0, 10, value)


def verify(value):
    failed = value == "no"
    return CriterionAnswer("verify", 0 if failed else 20, 20, value, failed=failed, fail_kind="fatal")


def tone(value):
    earned = 0 if value == "na" else 2 * value
    return CriterionAnswer("tone", earned, 10, value, level="ordinal")


def evaluation(reviewer, interaction, score, g, v, t):
    return Evaluation(reviewer, interaction, score, (greet(g), verify(v), tone(t)))


BENCHMARK = [
    evaluation("expert", "i1", 80.0, "yes", "yes", 4),
    evaluation("expert", "i2", 0.0, "no", "no", 3),
]
SESSION = [
    # A is lenient: passes the verification the benchmark failed on i2.
    evaluation("A", "i1", 90.0, "yes", "yes", 5),
    evaluation("A", "i2", 70.0, "yes", "yes", 3),
    # B is close: exactly 5 points over on i1.
    evaluation("B", "i1", 85.0, "yes", "yes", 3),
    evaluation("B", "i2", 0.0, "no", "no", 3),
    # C is strict: fails the verification on i1 and marks tone not applicable there.
    evaluation("C", "i1", 0.0, "yes", "no", "na"),
    evaluation("C", "i2", 0.0, "no", "no", 2),
]


@pytest.fixture(scope="module")
def stats():
    return session_stats(SESSION, BENCHMARK, resamples=200, seed=0)


def test_reviewers_keep_their_order(stats):
    assert [r.reviewer for r in stats.reviewers] == ["A", "B", "C"]
    assert all(r.n_evaluations == 2 for r in stats.reviewers)


def test_score_deviation_from_the_benchmark(stats):
    a, b, c = stats.reviewers
    # A: +10 and +70; B: +5 (on the tolerance, so inside it) and 0; C: −80 and 0.
    assert (a.mean_signed_deviation, a.mean_abs_deviation, a.within_tolerance_share) == (40.0, 40.0, 0.0)
    assert (b.mean_signed_deviation, b.mean_abs_deviation, b.within_tolerance_share) == (2.5, 2.5, 1.0)
    assert (c.mean_signed_deviation, c.mean_abs_deviation, c.within_tolerance_share) == (-40.0, 40.0, 0.5)


def test_tolerance_is_configurable():
    b = session_stats(SESSION, BENCHMARK, tolerance=4.99, resamples=10).reviewers[1]
    assert b.within_tolerance_share == 0.5


def test_criterion_alignment_by_hand(stats):
    a, b, c = stats.reviewers
    # Points 10 + 20 + 10 = 40; each criterion counts 1 − |reviewer − benchmark| / points, weighted by points.
    # A i1: greet 1, verify 1, tone 1 − |10 − 8|/10 = 0.8 → (10 + 20 + 8)/40 = 0.95
    #   i2: greet 1 − 10/10 = 0, verify 1 − 20/20 = 0, tone 1 → 10/40 = 0.25; mean 0.6
    assert a.criterion_alignment == pytest.approx(0.6)
    # B i1: tone 1 − |6 − 8|/10 = 0.8 → 0.95; i2: all equal → 1; mean 0.975
    assert b.criterion_alignment == pytest.approx(0.975)
    # C i1: greet 1, verify 0, tone N/A against a scored answer → 0 → 10/40 = 0.25
    #   i2: greet 1, verify 1, tone 1 − |4 − 6|/10 = 0.8 → 38/40 = 0.95; mean 0.6
    assert c.criterion_alignment == pytest.approx(0.6)


def test_share_of_criteria_aligned(stats):
    a, b, c = stats.reviewers
    assert a.criteria_aligned_share == pytest.approx(3 / 6)  # i1 greet, verify; i2 tone
    assert b.criteria_aligned_share == pytest.approx(5 / 6)  # all but tone on i1
    assert c.criteria_aligned_share == pytest.approx(3 / 6)  # i1 greet; i2 greet, verify


def test_critical_criteria_missed_and_wrongly_failed(stats):
    a, b, c = stats.reviewers
    assert a.critical_missed == [CriticalCall("i2", "verify", "fatal")]
    assert a.critical_wrongly_failed == []
    assert b.critical_missed == b.critical_wrongly_failed == []
    assert c.critical_missed == []
    assert c.critical_wrongly_failed == [CriticalCall("i1", "verify", "fatal")]


def test_criterion_agreement_by_hand(stats):
    greet_stats, verify_stats, tone_stats = stats.criteria
    assert [s.criterion for s in stats.criteria] == ["greet", "verify", "tone"]

    # greet: i1 yes/yes/yes, i2 yes/no/no. Pairs agreeing: 3 of 3, 1 of 3 → (1 + 1/3)/2.
    assert greet_stats.percent_agreement == pytest.approx(2 / 3)
    # Kappa: P̄ = 2/3, category shares 4/6 and 2/6 → P̄e = 5/9, kappa = (2/3 − 5/9)/(1 − 5/9) = 0.25.
    assert greet_stats.kappa == pytest.approx(0.25)
    assert greet_stats.kappa_reading == "fair"
    # Alpha: coincidences o_yes,no = 1, n_yes = 4, n_no = 2, n = 6 → 1 − 5·1/(4·2) = 0.375.
    assert greet_stats.alpha == pytest.approx(0.375)
    assert (greet_stats.n_units, greet_stats.n_answers, greet_stats.level) == (2, 6, "nominal")

    # verify: i1 yes/yes/no, i2 yes/no/no. Agreement 1/3 each; kappa (1/3 − 1/2)/(1/2) = −1/3;
    # alpha 1 − 5·2/(3·3) = −1/9.
    assert verify_stats.percent_agreement == pytest.approx(1 / 3)
    assert verify_stats.kappa == pytest.approx(-1 / 3)
    assert verify_stats.kappa_reading == "poor"
    assert verify_stats.alpha == pytest.approx(-1 / 9)

    # tone (ordinal): i1 5/3/na, i2 3/3/2. Percent agreement and kappa take N/A as an answer:
    # agreement (0 + 1/3)/2; kappa P̄ = 1/6, P̄e = (1 + 9 + 1 + 1)/36 = 1/3 → −1/4.
    assert tone_stats.percent_agreement == pytest.approx(1 / 6)
    assert tone_stats.kappa == pytest.approx(-0.25)
    assert (tone_stats.n_units, tone_stats.n_answers, tone_stats.level) == (2, 6, "ordinal")
    # Alpha leaves N/A out (it has no place on the scale): n_2 = 1, n_3 = 3, n_5 = 1; ordinal distances
    # δ(2,3) = δ(3,5) = 2² = 4, δ(2,5) = 4² = 16; D_o ∝ 4·4 = 16, D_e ∝ 2(12 + 12 + 16)/4 = 20 → 1 − 16/20 = 0.2.
    assert tone_stats.alpha == pytest.approx(0.2)


def test_decimal_answers_and_scores_as_the_engine_gives_them(stats):
    def exact(e):
        answers = tuple(
            replace(a, earned=Decimal(a.earned), possible=Decimal(a.possible), value=Decimal(a.value))
            if a.criterion == "tone" and a.value != "na"
            else replace(a, earned=Decimal(a.earned), possible=Decimal(a.possible))
            for a in e.answers
        )
        return replace(e, score=Decimal(str(e.score)), answers=answers)

    decimal = session_stats([exact(e) for e in SESSION], [exact(e) for e in BENCHMARK], resamples=200, seed=0)
    assert decimal == stats


def test_alpha_intervals_contain_the_estimates_and_repeat_with_the_seed(stats):
    again = session_stats(SESSION, BENCHMARK, resamples=200, seed=0)
    for criterion, repeated in zip(stats.criteria, again.criteria, strict=True):
        lower, upper = criterion.alpha_ci
        assert lower <= criterion.alpha <= upper
        assert repeated.alpha_ci == criterion.alpha_ci


def test_overall_icc_uses_reviewers_on_interactions(stats):
    ratings = [[90.0, 85.0, 0.0], [70.0, 0.0, 0.0]]  # interactions × reviewers
    overall = stats.overall
    assert (overall.n_interactions, overall.n_reviewers) == (2, 3)
    assert overall.icc_2_1 == icc_result(ratings, "2", 1)
    assert overall.icc_2_k == icc_result(ratings, "2", 3)
    assert overall.icc_1_1 == icc_result(ratings, "1", 1)
    assert overall.icc_3_k == icc_result(ratings, "3", 3)


def test_missing_answers_kappa_on_complete_units_alpha_on_all():
    # D scored only i1, and left tone unanswered there.
    extra = [
        Evaluation(
            "D", "i1", 80.0, (greet("yes"), verify("yes"), CriterionAnswer("tone", 0, 10, None, level="ordinal"))
        )
    ]
    stats = session_stats(SESSION + extra, BENCHMARK, resamples=50)
    greet_stats = stats.criteria[0]
    assert greet_stats.n_units == 1  # only i1 was answered by all four
    assert greet_stats.n_answers == 7
    assert greet_stats.alpha == pytest.approx(
        krippendorff_alpha([["yes", "yes"], ["yes", "no"], ["yes", "no"], ["yes", None]])
    )
    assert stats.criteria[2].n_units == 0  # nobody-missing units for tone: none
    assert math.isnan(stats.criteria[2].kappa) and stats.criteria[2].kappa_reading is None
    assert stats.overall.n_interactions == 1  # too few complete interactions for an ICC
    assert math.isnan(stats.overall.icc_2_1.value)
    assert stats.reviewers[3].n_evaluations == 1


@pytest.mark.filterwarnings("error")
def test_everyone_answering_yes_everywhere_does_not_crash():
    same = [evaluation(r, i, 100.0, "yes", "yes", 5) for r in "ABC" for i in ("i1", "i2", "i3")]
    benchmark = [evaluation("expert", i, 100.0, "yes", "yes", 5) for i in ("i1", "i2", "i3")]
    stats = session_stats(same, benchmark, resamples=50)
    for criterion in stats.criteria:
        assert criterion.percent_agreement == 1.0
        assert math.isnan(criterion.alpha) and all(math.isnan(b) for b in criterion.alpha_ci)
        assert math.isnan(criterion.kappa) and criterion.kappa_reading is None
    assert math.isnan(stats.overall.icc_2_1.value)
    reviewer = stats.reviewers[0]
    assert (reviewer.mean_abs_deviation, reviewer.criterion_alignment, reviewer.criteria_aligned_share) == (0, 1, 1)


def test_reviewer_without_benchmark_or_scores_gets_nan():
    stats = session_stats([evaluation("A", "i9", None, "yes", "yes", 4)], BENCHMARK, resamples=10)
    a = stats.reviewers[0]
    assert a.n_evaluations == 0
    assert math.isnan(a.mean_signed_deviation) and math.isnan(a.criterion_alignment)
    assert math.isnan(stats.criteria[0].percent_agreement)  # a single reviewer has nobody to agree with


def test_session_nobody_has_scored_yet():
    stats = session_stats([], BENCHMARK)
    assert stats.reviewers == [] and stats.criteria == []
    assert stats.overall.n_reviewers == 0 and math.isnan(stats.overall.icc_2_k.value)


def test_invalid_sessions_are_refused():
    with pytest.raises(ValueError, match="two evaluations of interaction 'i1'"):
        session_stats(SESSION + [SESSION[0]], BENCHMARK)
    with pytest.raises(ValueError, match="benchmark"):
        session_stats(SESSION, BENCHMARK + [BENCHMARK[0]])
    with pytest.raises(ValueError, match="tolerance"):
        session_stats(SESSION, BENCHMARK, tolerance=-1)
    odd = [Evaluation("A", "i1", 50.0, (CriterionAnswer("x", 0, 1, 1, level="scale"),))]
    with pytest.raises(ValueError, match="levels must be one of"):
        session_stats(odd, BENCHMARK)


def test_reviewer_drift_follows_session_order():
    january = session_stats(SESSION, BENCHMARK, resamples=10)
    february = session_stats([e for e in SESSION if e.reviewer != "A"], BENCHMARK, resamples=10)
    march = session_stats([e for e in SESSION if e.reviewer == "A"], BENCHMARK, resamples=10)
    sessions = [(date(2024, 1, 9), january), (date(2024, 2, 6), february), (date(2024, 3, 5), march)]

    drift = reviewer_drift(sessions)

    assert list(drift) == ["A", "B", "C"]
    assert [label for label, _ in drift["A"]] == [date(2024, 1, 9), date(2024, 3, 5)]  # A missed February
    assert [label for label, _ in drift["B"]] == [date(2024, 1, 9), date(2024, 2, 6)]
    assert [r.mean_signed_deviation for _, r in drift["A"]] == [40.0, 40.0]
    assert drift["C"][0][1] is january.reviewers[2]
    assert reviewer_drift([]) == {}


def test_criteria_hidden_by_a_condition_are_left_out():
    """A conditional "Tier-1 complaint resolved" (5 points) applies on i1, a complaint, and is hidden on i2.

    On i1 every reviewer answered "yes"; on i2 the answers (yes, no, no) are left over from a criterion that did
    not apply, so they must not count: agreement 3 of 3 pairs on i1 alone = 100 % (with i2 it would be
    (1 + 1/3)/2 = 67 %), one unit, three answers; kappa is undefined on one all-"yes" unit. A criterion hidden on
    every interaction gets no row at all."""

    def resolved(value, applicable=True):
        return CriterionAnswer("resolved", 5 if value == "yes" else 0, 5, value, applicable=applicable)

    def hidden_everywhere(value):
        return CriterionAnswer("tier_2", 0, 5, value, applicable=False)

    session = [
        Evaluation(name, "i1", 100.0, (resolved("yes"), hidden_everywhere("no"))) for name in ("A", "B", "C")
    ] + [
        Evaluation(name, "i2", 100.0, (resolved(value, applicable=False), hidden_everywhere("yes")))
        for name, value in (("A", "yes"), ("B", "no"), ("C", "no"))
    ]
    benchmark = [Evaluation("expert", "i1", 100.0, (resolved("yes"),)),
                 Evaluation("expert", "i2", 100.0, (resolved("no", applicable=False),))]  # fmt: skip
    computed = session_stats(session, benchmark, resamples=50)
    assert [c.criterion for c in computed.criteria] == ["resolved"]
    (row,) = computed.criteria
    assert row.percent_agreement == 1.0
    assert (row.n_units, row.n_answers) == (1, 3)
    assert math.isnan(row.kappa) and all(math.isnan(b) for b in row.kappa_ci)
    # Against the benchmark only i1 is compared: everyone equal, alignment 1 (B and C's "no" on i2 do not count).
    assert [(r.criteria_aligned_share, r.criterion_alignment) for r in computed.reviewers] == [(1.0, 1.0)] * 3


def test_kappa_interval_in_the_session_figures(stats):
    greet_stats = stats.criteria[0]
    low, high = greet_stats.kappa_ci
    assert low <= greet_stats.kappa <= high
    assert session_stats(SESSION, BENCHMARK, resamples=200, seed=0).criteria[0].kappa_ci == (low, high)
