"""Agreement statistics checked against the published worked examples they come from."""

import math

import krippendorff
import numpy as np
import pytest

from qa_studio.scoring.agreement import (
    _alpha_for_weights,
    _coded,
    _value_counts,
    alpha_bootstrap_ci,
    cohen_kappa,
    fleiss_kappa,
    fleiss_kappa_bootstrap_ci,
    icc,
    icc_result,
    krippendorff_alpha,
    landis_koch,
    percent_agreement,
)

# Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychol. Bull. 76(5), Table 1:
# 30 patients, 6 psychiatrists each, categories depression, personality disorder, schizophrenia, neurosis, other.
FLEISS_1971 = [
    [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
    [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
    [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
    [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
    [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
    [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
]  # fmt: skip

# Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories.
WIKIPEDIA_FLEISS = [
    [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
]  # fmt: skip

_ = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units with
# missing values (observers A–D are the rows).
KRIPPENDORFF_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]
# Krippendorff (2011), section A: binary data, two observers, ten units, no missing values.
KRIPPENDORFF_A = [
    [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
]

# Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability", Psychol. Bull. 86(2),
# Table 2: 6 targets (rows) rated by 4 judges (columns).
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]


def test_fleiss_kappa_fleiss_1971_psychiatric_diagnoses():
    """Fleiss (1971), Table 1 and the worked computation that follows it: kappa = .430.

    The category totals (26, 26, 30, 55, 43 of 180; p_j = .144, .144, .167, .306, .239) confirm the table was
    transcribed intact; the same figure, 0.4302, is what R's irr::kappam.fleiss prints for these data.
    """
    assert np.asarray(FLEISS_1971).sum(axis=0).tolist() == [26, 26, 30, 55, 43]
    kappa = fleiss_kappa(FLEISS_1971)
    assert kappa == pytest.approx(0.430, abs=5e-4)
    assert landis_koch(kappa) == "moderate"


def test_fleiss_kappa_wikipedia_worked_example():
    """Wikipedia "Fleiss' kappa", worked example table: P̄ = 0.378, P̄e = 0.213, kappa = 0.210."""
    kappa = fleiss_kappa(WIKIPEDIA_FLEISS)
    assert kappa == pytest.approx(0.210, abs=5e-4)
    assert landis_koch(kappa) == "fair"


def test_fleiss_kappa_interval_by_hand():
    """Three raters, two subjects: A all "yes" (3, 0), B two "yes" one "no" (2, 1). Kappa = −0.2.

    A resample of two subjects is {A, A} (probability 1/4): every rating "yes", kappa undefined, left out;
    {A, B} (1/2): P̄ = (1 + 1/3)/2 = 2/3, shares 5/6 and 1/6, P̄e = 26/36 → kappa = (24/36 − 26/36)/(10/36) = −0.2;
    {B, B} (1/4): P̄ = 1/3, P̄e = 5/9 → kappa = −0.5. So about a third of the defined resamples give −0.5 and
    two thirds −0.2, and the 2.5th and 97.5th percentiles are exactly −0.5 and −0.2."""
    table = [[3, 0], [2, 1]]
    assert fleiss_kappa(table) == pytest.approx(-0.2)
    assert fleiss_kappa_bootstrap_ci(table, resamples=4000, seed=1) == pytest.approx((-0.5, -0.2))


def test_fleiss_kappa_interval_equals_repeating_the_resampled_subjects():
    """The vectorised interval against an independent computation: the same resamples (same seed, same draw)
    written out as tables of repeated subjects and passed one by one to fleiss_kappa."""
    resamples, seed = 300, 7
    table = np.asarray(FLEISS_1971)
    subjects = table.shape[0]
    weights = np.random.default_rng(seed).multinomial(subjects, np.full(subjects, 1 / subjects), size=resamples)
    kappas = [fleiss_kappa(np.repeat(table, w, axis=0)) for w in weights]
    expected = np.quantile([k for k in kappas if not math.isnan(k)], [0.025, 0.975])
    lower, upper = fleiss_kappa_bootstrap_ci(FLEISS_1971, resamples=resamples, seed=seed)
    assert (lower, upper) == pytest.approx(tuple(expected), abs=1e-12)
    assert lower < fleiss_kappa(FLEISS_1971) < upper
    assert fleiss_kappa_bootstrap_ci(FLEISS_1971, resamples=resamples, seed=seed) == (lower, upper)


def test_fleiss_kappa_interval_undefined_and_invalid():
    assert all(math.isnan(b) for b in fleiss_kappa_bootstrap_ci([[3, 0], [3, 0]]))
    with pytest.raises(ValueError):
        fleiss_kappa_bootstrap_ci([[3, 0]], resamples=0)
    with pytest.raises(ValueError):
        fleiss_kappa_bootstrap_ci([[3, 0]], confidence=1.5)
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa_bootstrap_ci([[2, 1], [1, 1]])


def test_fleiss_kappa_needs_equal_raters_per_subject():
    with pytest.raises(ValueError, match=r"same number of raters for every subject; found \[2, 3\]"):
        fleiss_kappa([[2, 1], [1, 1]])


@pytest.mark.parametrize("counts", [[], [[1, 0], [0, 1]], [[1, -1]], [[1.5, 0.5]]])
def test_fleiss_kappa_rejects_malformed_tables(counts):
    with pytest.raises(ValueError):
        fleiss_kappa(counts)


def test_fleiss_kappa_is_nan_when_every_rating_is_one_category():
    assert math.isnan(fleiss_kappa([[3, 0], [3, 0]]))
    assert math.isnan(fleiss_kappa([[3], [3]]))


def test_fleiss_kappa_perfect_agreement_is_one():
    assert fleiss_kappa([[3, 0], [0, 3], [3, 0]]) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("kappa", "reading"),
    [
        (-0.01, "poor"),
        (0.0, "slight"),
        (0.20, "slight"),
        (0.21, "fair"),
        (0.40, "fair"),
        (0.41, "moderate"),
        (0.60, "moderate"),
        (0.61, "substantial"),
        (0.80, "substantial"),
        (0.81, "almost perfect"),
        (1.0, "almost perfect"),
    ],
)
def test_landis_koch_bands(kappa, reading):
    """Landis & Koch (1977), Biometrics 33(1), p. 165: <0 poor, .00–.20 slight, .21–.40 fair, .41–.60 moderate,
    .61–.80 substantial, .81–1.00 almost perfect."""
    assert landis_koch(kappa) == reading


def test_landis_koch_refuses_nan():
    with pytest.raises(ValueError):
        landis_koch(math.nan)


def test_alpha_binary_two_observers():
    """Krippendorff (2011), section A: alpha = 1 − (20 − 1)·4 / (14·6) = 0.095."""
    assert krippendorff_alpha(KRIPPENDORFF_A) == pytest.approx(0.095, abs=5e-4)


@pytest.mark.parametrize(
    ("level", "published"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_alpha_with_missing_values_at_every_level(level, published):
    """Krippendorff (2011), section C (nominal, alpha = .743) and the same data read at the other levels of
    measurement in the paper's later sections (ordinal .815, interval .849, ratio .797).

    The krippendorff package's docs quote .743, .815 and .797 from the paper; .849 for interval is the figure the
    paper gives as I recall it, and the one others cite for the same data in Krippendorff's Content Analysis
    (4th ed., 2019, ch. 12).
    """
    assert krippendorff_alpha(KRIPPENDORFF_C, level) == pytest.approx(published, abs=5e-4)


def test_alpha_wikipedia_worked_example():
    """Wikipedia "Krippendorff's alpha", computational example: 3 coders × 15 units, many missing, nominal
    alpha = 0.691."""
    data = [
        [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
        [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
        [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    ]
    assert krippendorff_alpha(data) == pytest.approx(0.691, abs=5e-4)


def test_alpha_nominal_accepts_labels():
    """Section C again with the values as labels: nominal alpha only compares answers for equality."""
    labels = [[None if v is None else "abcde"[v - 1] for v in row] for row in KRIPPENDORFF_C]
    assert krippendorff_alpha(labels) == pytest.approx(0.743, abs=5e-4)


def _vectorised(data, level):
    codes, values = _coded(data, level)
    counts = _value_counts(codes, len(values))
    return float(_alpha_for_weights(counts, values, level, np.ones((1, codes.shape[1])))[0])


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_vectorised_bootstrap_alpha_equals_the_library(level):
    """The bootstrap's own alpha (unit weights all 1) must be the published figure and the library's value."""
    assert _vectorised(KRIPPENDORFF_C, level) == pytest.approx(krippendorff_alpha(KRIPPENDORFF_C, level), abs=1e-12)
    rng = np.random.default_rng(7)
    for _trial in range(20):
        data = rng.integers(1, 6, size=(5, 12)).astype(float)
        data[rng.random(data.shape) < 0.2] = np.nan
        rows = [[None if math.isnan(v) else v for v in row] for row in data]
        library = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
        assert _vectorised(rows, level) == pytest.approx(library, abs=1e-12)


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_vectorised_resample_weights_equal_repeating_units(level):
    """A resample that draws unit u w_u times must give the library's alpha of the data with u repeated w_u times."""
    codes, values = _coded(KRIPPENDORFF_C, level)
    counts = _value_counts(codes, len(values))
    rng = np.random.default_rng(11)
    weights = rng.multinomial(12, np.full(12, 1 / 12), size=30).astype(float)
    alphas = _alpha_for_weights(counts, values, level, weights)
    data = np.array([[np.nan if v is None else v for v in row] for row in KRIPPENDORFF_C], dtype=float)
    for row, alpha in zip(weights.astype(int), alphas, strict=True):
        repeated = np.repeat(data, row, axis=1)
        library = krippendorff.alpha(reliability_data=repeated, level_of_measurement=level)
        assert alpha == pytest.approx(library, abs=1e-12)


def test_alpha_is_nan_without_variation_or_pairs():
    assert math.isnan(krippendorff_alpha([["yes", "yes", "yes"], ["yes", "yes", None]]))
    assert math.isnan(krippendorff_alpha([["yes", None], [None, "no"]]))
    # A value seen only in a single-answer unit does not make the pairable answers vary.
    assert math.isnan(krippendorff_alpha([["yes", "no"], ["yes", None]]))


def test_alpha_rejects_bad_input():
    with pytest.raises(ValueError, match="needs numbers"):
        krippendorff_alpha([["1", "2"], ["2", "2"]], level="ordinal")
    with pytest.raises(ValueError, match="level must be one of"):
        krippendorff_alpha([[1, 2], [2, 2]], level="weighted")
    with pytest.raises(ValueError, match="raters × units"):
        krippendorff_alpha([[1, 2], [2]])


def test_bootstrap_interval_contains_the_estimate_and_is_reproducible():
    for level in ("nominal", "ordinal", "interval", "ratio"):
        estimate = krippendorff_alpha(KRIPPENDORFF_C, level)
        lower, upper = alpha_bootstrap_ci(KRIPPENDORFF_C, level, resamples=2000, seed=3)
        assert lower < estimate < upper <= 1.0
        assert alpha_bootstrap_ci(KRIPPENDORFF_C, level, resamples=2000, seed=3) == (lower, upper)
    assert alpha_bootstrap_ci(KRIPPENDORFF_C, seed=1) != alpha_bootstrap_ci(KRIPPENDORFF_C, seed=2)


def test_bootstrap_interval_narrows_with_lower_confidence():
    wide = alpha_bootstrap_ci(KRIPPENDORFF_C, confidence=0.95)
    narrow = alpha_bootstrap_ci(KRIPPENDORFF_C, confidence=0.5)
    assert wide[0] < narrow[0] < narrow[1] < wide[1]


def test_bootstrap_interval_undefined_and_invalid():
    assert all(math.isnan(b) for b in alpha_bootstrap_ci([["yes", "yes"], ["yes", "yes"]]))
    with pytest.raises(ValueError):
        alpha_bootstrap_ci(KRIPPENDORFF_C, resamples=0)
    with pytest.raises(ValueError):
        alpha_bootstrap_ci(KRIPPENDORFF_C, confidence=1.0)


def test_percent_agreement_by_hand():
    # Unit 1: 3 raters all agree (1); unit 2: yes, no, no → 1 of 3 pairs (1/3); unit 3: one answer, left out.
    data = [["yes", "yes", "no"], ["yes", "no", None], ["yes", "no", None]]
    assert percent_agreement(data) == pytest.approx((1 + 1 / 3) / 2)


def test_percent_agreement_stays_one_when_alpha_is_undefined():
    everyone_yes = [["yes"] * 4 for _ in range(3)]
    assert percent_agreement(everyone_yes) == 1.0
    assert math.isnan(krippendorff_alpha(everyone_yes))
    assert math.isnan(percent_agreement([["yes", None], [None, "no"]]))


@pytest.mark.parametrize(
    ("form", "k", "published"),
    [("1", 1, 0.17), ("2", 1, 0.29), ("3", 1, 0.71), ("1", 4, 0.44), ("2", 4, 0.62), ("3", 4, 0.91)],
)
def test_icc_shrout_fleiss_table_4(form, k, published):
    """Shrout & Fleiss (1979), Table 4: the six ICCs of the Table 2 data, to the two decimals printed."""
    assert round(icc(SHROUT_FLEISS, form, k), 2) == published
    assert icc_result(SHROUT_FLEISS, form, k).value == icc(SHROUT_FLEISS, form, k)


@pytest.mark.parametrize(
    ("form", "k", "f_value", "df2", "p_value", "lower", "upper"),
    [
        ("1", 1, 1.79, 18, 0.164769, -0.133, 0.72),
        ("2", 1, 11.03, 15, 0.000135, 0.019, 0.76),
        ("3", 1, 11.03, 15, 0.000135, 0.342, 0.95),
        ("1", 4, 1.79, 18, 0.164769, -0.884, 0.91),
        ("2", 4, 11.03, 15, 0.000135, 0.071, 0.93),
        ("3", 4, 11.03, 15, 0.000135, 0.676, 0.99),
    ],
)
def test_icc_confidence_intervals_and_f_tests(form, k, f_value, df2, p_value, lower, upper):
    """F tests and 95% intervals for the Shrout & Fleiss (1979) Table 2 data.

    The interval formulas are Shrout & Fleiss's (1979, pp. 423–424; Satterthwaite df for ICC(2,1)) and
    McGraw & Wong's (1996, Table 7); the paper prints no intervals for this example, so the figures here are
    the ones R's psych::ICC (Revelle) prints for these data (sf), which implements the same formulas, with F and
    p to the precision DescTools::ICC prints. A software cross-check, not a published table.
    """
    result = icc_result(SHROUT_FLEISS, form, k)
    assert result.f_value == pytest.approx(f_value, abs=5e-3)
    assert (result.df1, result.df2) == (5, df2)
    assert result.p_value == pytest.approx(p_value, abs=5e-7)  # printed to 6 decimals
    # psych prints lower bounds to three decimals and upper bounds to two.
    assert round(result.lower, 3) == lower
    assert round(result.upper, 2) == upper
    assert result.lower < result.value < result.upper


def test_icc_validates_form_k_and_shape():
    with pytest.raises(ValueError, match="k must be 1"):
        icc(SHROUT_FLEISS, "2", k=2)
    with pytest.raises(ValueError, match="form must be"):
        icc(SHROUT_FLEISS, "4")
    with pytest.raises(ValueError, match="complete"):
        icc([[1, 2], [3, None]])
    with pytest.raises(ValueError, match="at least two targets"):
        icc([[1, 2, 3]])
    with pytest.raises(ValueError, match="confidence"):
        icc_result(SHROUT_FLEISS, confidence=0)


@pytest.mark.filterwarnings("error")
def test_icc_without_variance_is_nan_not_a_crash():
    result = icc_result([[80.0, 80.0], [80.0, 80.0], [80.0, 80.0]])
    assert math.isnan(result.value) and math.isnan(result.lower) and math.isnan(result.p_value)


def test_cohen_kappa_matches_the_textbook_example() -> None:
    # Two raters, 50 units: 20 both yes, 15 both no, 5 yes/no, 10 no/yes → p_o 0.7, p_e 0.5, κ 0.4.
    first = ["yes"] * 20 + ["no"] * 15 + ["yes"] * 5 + ["no"] * 10
    second = ["yes"] * 20 + ["no"] * 15 + ["no"] * 5 + ["yes"] * 10
    assert cohen_kappa(first, second) == pytest.approx(0.4)
    assert cohen_kappa(["yes", "yes"], ["yes", "yes"]) is None  # chance agreement is certain: undefined
    assert cohen_kappa([], []) is None
    with pytest.raises(ValueError):
        cohen_kappa(["yes"], [])
