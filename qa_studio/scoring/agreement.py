"""Inter-rater agreement statistics on plain nested lists: Fleiss' kappa and Krippendorff's alpha with bootstrap
intervals, percent agreement and Shrout–Fleiss intraclass correlations (formulas in docs/calibration.md)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import krippendorff
import numpy as np
from scipy.special import fdtrc, fdtri

LEVELS = ("nominal", "ordinal", "interval", "ratio")
ICC_FORMS = ("1", "2", "3")

# Landis & Koch (1977), p. 165: upper bound of each band (inclusive) and its reading; below 0 is "poor".
_LANDIS_KOCH = ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial"))

Value = float | str | None


@dataclass(frozen=True, slots=True)
class ICCResult:
    """An intraclass correlation with its F-test based confidence interval and the F test of ICC = 0."""

    value: float
    lower: float
    upper: float
    f_value: float
    df1: int
    df2: int
    p_value: float


# --- Fleiss' kappa --------------------------------------------------------------------------------------------


def fleiss_kappa(counts: Sequence[Sequence[int]]) -> float:
    """Fleiss' kappa from a subjects × categories table of how many raters chose each category.

    Every subject must have been rated by the same number of raters (at least two). Returns NaN when chance
    agreement is already perfect (every rating in one category), where kappa is undefined.
    """
    table = np.asarray(counts, dtype=float)
    if table.ndim != 2 or table.shape[0] == 0 or table.shape[1] == 0:
        raise ValueError("fleiss_kappa needs a non-empty subjects × categories table")
    if (table < 0).any() or (table != np.round(table)).any():
        raise ValueError("fleiss_kappa counts must be whole numbers ≥ 0")
    raters = table.sum(axis=1)
    if (raters != raters[0]).any():
        uneven = sorted({int(r) for r in raters})
        raise ValueError(
            f"fleiss_kappa needs the same number of raters for every subject; found {uneven} raters per subject "
            "(use Krippendorff's alpha for missing answers)"
        )
    n = raters[0]
    if n < 2:
        raise ValueError("fleiss_kappa needs at least two raters per subject")
    agreement = ((table * (table - 1)).sum(axis=1) / (n * (n - 1))).mean()
    shares = table.sum(axis=0) / table.sum()
    chance = float((shares**2).sum())
    if math.isclose(chance, 1.0):
        return math.nan
    return float((agreement - chance) / (1 - chance))


def _kappa_for_weights(table: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Fleiss' kappa for each row of subject weights at once: row b counts subject i weights[b, i] times.

    With n raters per subject, P_i = Σ_j c_ij (c_ij − 1) / (n (n − 1)); a resample's P̄ is the weighted mean of P_i,
    its category shares are the weighted column sums over N n, and kappa = (P̄ − P̄e) / (1 − P̄e) as in Fleiss (1971).
    """
    n = table.sum(axis=1)[0]
    subjects = weights.sum(axis=1)
    agreement = (weights @ ((table * (table - 1)).sum(axis=1) / (n * (n - 1)))) / subjects
    shares = (weights @ table) / (subjects * n)[:, None]
    chance = (shares**2).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        # Chance agreement of 1 (every drawn rating in one category) leaves kappa undefined in that resample.
        return np.where(np.isclose(chance, 1.0), np.nan, (agreement - chance) / (1 - chance))


def fleiss_kappa_bootstrap_ci(
    counts: Sequence[Sequence[int]], resamples: int = 1000, confidence: float = 0.95, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap interval for Fleiss' kappa, resampling subjects (rows) with replacement.

    The same method as `alpha_bootstrap_ci`: each resample draws as many subjects as the table has, resamples
    where kappa is undefined are left out, and (NaN, NaN) comes back when none defines it. The large-sample
    variance of Fleiss, Nee & Landis (1979) holds only under kappa = 0, so it would not give an interval around
    the kappas calibration sessions see; the bootstrap does, and the same seed repeats it.
    """
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    fleiss_kappa(counts)  # the same checks on the table
    table = np.asarray(counts, dtype=float)
    subjects = table.shape[0]
    weights = np.random.default_rng(seed).multinomial(subjects, np.full(subjects, 1 / subjects), size=resamples)
    kappas = _kappa_for_weights(table, weights.astype(float))
    kappas = kappas[~np.isnan(kappas)]
    if kappas.size == 0:
        return math.nan, math.nan
    tail = (1 - confidence) / 2
    lower, upper = np.quantile(kappas, [tail, 1 - tail])
    return float(lower), float(upper)


def landis_koch(kappa: float) -> str:
    """Landis & Koch's (1977) reading of a kappa: poor, slight, fair, moderate, substantial, almost perfect."""
    if math.isnan(kappa):
        raise ValueError("an undefined (NaN) kappa has no Landis–Koch reading")
    if kappa < 0:
        return "poor"
    for upper, reading in _LANDIS_KOCH:
        if kappa <= upper:
            return reading
    return "almost perfect"


# --- Krippendorff's alpha and percent agreement ------------------------------------------------------------------


def _rectangular(reliability_data: Sequence[Sequence[Value]]) -> list[Sequence[Value]]:
    rows = list(reliability_data)
    if not rows or any(len(row) != len(rows[0]) for row in rows):
        raise ValueError("reliability data must be a non-empty raters × units table with one entry per unit")
    return rows


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")


def _missing(value: Value) -> bool:
    # NaN is accepted as missing too, as numpy-minded callers (and the krippendorff package) write it.
    return value is None or (isinstance(value, float) and math.isnan(value))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _coded(reliability_data: Sequence[Sequence[Value]], level: str) -> tuple[np.ndarray, np.ndarray]:
    """Raters × units codes (-1 for missing) and the value each code stands for (for nominal data, the code)."""
    rows = _rectangular(reliability_data)
    _check_level(level)
    present = [v for row in rows for v in row if not _missing(v)]
    if level == "nominal":
        # Nominal values are only compared for equality, so strings and numbers may mix; codes follow first sight.
        index: dict[Hashable, int] = {}
        for value in present:
            index.setdefault(value, len(index))
        values = np.arange(len(index), dtype=float)
    else:
        strange = [v for v in present if not _is_number(v)]
        if strange:
            raise ValueError(f"{level} alpha needs numbers (None for missing), got {strange[0]!r}")
        distinct = sorted(set(present))
        index = {value: i for i, value in enumerate(distinct)}
        values = np.asarray(distinct, dtype=float)
    codes = np.array(
        [[-1 if _missing(v) else index[v] for v in row] for row in rows],
        dtype=int,
    ).reshape(len(rows), -1)
    return codes, values


def _value_counts(codes: np.ndarray, n_values: int) -> np.ndarray:
    """Units × values: how many raters gave each value to each unit."""
    counts = np.zeros((codes.shape[1], n_values))
    raters, units = np.nonzero(codes >= 0)
    np.add.at(counts, (units, codes[raters, units]), 1)
    return counts


def _pairable(counts: np.ndarray) -> bool:
    """Whether alpha is defined: some unit has two answers and the pairable answers use two or more values."""
    paired = counts[counts.sum(axis=1) >= 2]
    return paired.size > 0 and int((paired.sum(axis=0) > 0).sum()) >= 2


def krippendorff_alpha(reliability_data: Sequence[Sequence[float | str | None]], level: str = "nominal") -> float:
    """Krippendorff's alpha for raters × units data, None marking a missing answer.

    ``level`` is nominal, ordinal, interval or ratio; the last three need numbers. Returns NaN when alpha is
    undefined: no unit has two answers, or every pairable answer is the same value (no variation to explain).
    """
    codes, values = _coded(reliability_data, level)
    if not _pairable(_value_counts(codes, len(values))):
        return math.nan
    data = np.where(codes >= 0, codes, np.nan) if level == "nominal" else np.where(codes >= 0, values[codes], np.nan)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))


def _fixed_distances(values: np.ndarray, level: str) -> np.ndarray:
    """δ² between every two values for the levels whose distance does not depend on the marginals."""
    diff = values[:, None] - values[None, :]
    if level == "nominal":
        return (diff != 0).astype(float)
    if level == "interval":
        return diff**2
    total = values[:, None] + values[None, :]
    return np.divide(diff, total, out=np.zeros_like(diff), where=total != 0) ** 2


def _alpha_for_weights(counts: np.ndarray, values: np.ndarray, level: str, weights: np.ndarray) -> np.ndarray:
    """Alpha for each row of unit weights at once: row b counts unit u weights[b, u] times (a bootstrap resample).

    ``counts`` is units × values (how many raters gave each value). Unit u's coincidence matrix is
    o_u = (n_u n_uᵀ − diag n_u) / (m_u − 1), and a resample's is Σ_u w_u o_u (Krippendorff 2011); the sums below
    are those of α = 1 − (n − 1) Σ o_ck δ_ck / Σ n_c n_k δ_ck without building a matrix per resample.
    With all weights 1 this is alpha of the data itself; the tests hold it equal to the library's.
    """
    answers = counts.sum(axis=1)
    pairable = answers >= 2
    counts = counts * pairable[:, None]  # a unit with a single answer has no pairs
    per_pair = np.divide(1.0, answers - 1, out=np.zeros_like(answers), where=pairable)
    n_v = weights @ counts  # resamples × values: the coincidence matrix's marginals
    n = n_v.sum(axis=1)
    if level == "ordinal":
        # The ordinal distance depends on the marginals, so it changes with every resample: with
        # m_g = Σ_{h≤g} n_h − n_g/2, δ_ck = (Σ_{g=c..k} n_g − (n_c+n_k)/2)² equals (m_k − m_c)², and both sums
        # reduce to sums of squares. Centring m (δ only sees differences) keeps them small.
        m = np.cumsum(n_v, axis=1) - n_v / 2
        with np.errstate(divide="ignore", invalid="ignore"):
            m = m - ((n_v * m).sum(axis=1) / n)[:, None]
        spread = (n_v * m**2).sum(axis=1)
        within = ((m @ counts.T) ** 2 - (m**2) @ counts.T) * per_pair  # m_bᵀ o_u m_b for every b, u
        observed = 2 * spread - 2 * (weights * within).sum(axis=1)
        expected = 2 * n * spread
    else:
        # A fixed distance lets each unit's disagreement be summed once rather than once per resample (δ_cc = 0,
        # so the diagonal term of o_u drops out).
        delta = _fixed_distances(values, level)
        observed = weights @ (((counts @ delta) * counts).sum(axis=1) * per_pair)
        expected = ((n_v @ delta) * n_v).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(expected > 0, 1 - (n - 1) * observed / expected, np.nan)


def alpha_bootstrap_ci(
    reliability_data: Sequence[Sequence[float | str | None]],
    level: str = "nominal",
    resamples: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval for Krippendorff's alpha, resampling units (columns) with replacement.

    Each resample draws as many units as the data has; resamples in which alpha is undefined (every drawn unit
    agreeing on one value) are left out. Returns (NaN, NaN) when no resample defines alpha. The same seed gives
    the same interval.
    """
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    codes, values = _coded(reliability_data, level)
    counts = _value_counts(codes, len(values))
    if not _pairable(counts):
        return math.nan, math.nan
    units = counts.shape[0]
    weights = np.random.default_rng(seed).multinomial(units, np.full(units, 1 / units), size=resamples)
    alphas = _alpha_for_weights(counts, values, level, weights.astype(float))
    alphas = alphas[~np.isnan(alphas)]
    if alphas.size == 0:
        return math.nan, math.nan
    tail = (1 - confidence) / 2
    lower, upper = np.quantile(alphas, [tail, 1 - tail])
    return float(lower), float(upper)


def percent_agreement(reliability_data: Sequence[Sequence[float | str | None]]) -> float:
    """Share of agreeing rater pairs within a unit, averaged over the units with two or more answers.

    Answers are compared for equality as given (nominal). NaN when no unit has two answers.
    """
    codes, values = _coded(reliability_data, "nominal")
    counts = _value_counts(codes, len(values))
    answers = counts.sum(axis=1)
    paired = answers >= 2
    if not paired.any():
        return math.nan
    agreeing = (counts[paired] * (counts[paired] - 1)).sum(axis=1)
    return float((agreeing / (answers[paired] * (answers[paired] - 1))).mean())


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's κ of two raters over the same units (nominal): (observed − chance agreement) ÷ (1 − chance), chance
    from each rater's own answer shares. None when undefined: no units, or both gave one and the same answer."""
    if len(first) != len(second):
        raise ValueError("Cohen's kappa needs one answer from each rater for every unit")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    shares_first, shares_second = Counter(first), Counter(second)
    chance = sum(shares_first[v] * shares_second[v] for v in shares_first) / (n * n)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


# --- Intraclass correlation --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _MeanSquares:
    targets: int  # n
    raters: int  # k
    rows: float  # MSR: between targets
    columns: float  # MSC: between raters
    error: float  # MSE: residual of the two-way model
    within: float  # MSW: within targets (one-way model)


def _mean_squares(ratings: Sequence[Sequence[float]]) -> _MeanSquares:
    try:
        x = np.asarray(ratings, dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError("icc needs a complete targets × raters table of numbers") from error
    if x.ndim != 2 or x.shape[0] < 2 or x.shape[1] < 2:
        raise ValueError("icc needs at least two targets (rows) and two raters (columns)")
    if np.isnan(x).any():
        raise ValueError("icc needs a complete table: drop targets with a missing rating first")
    n, k = x.shape
    grand = x.mean()
    ss_rows = k * ((x.mean(axis=1) - grand) ** 2).sum()
    ss_columns = n * ((x.mean(axis=0) - grand) ** 2).sum()
    ss_error = ((x - grand) ** 2).sum() - ss_rows - ss_columns
    return _MeanSquares(
        targets=n,
        raters=k,
        rows=float(ss_rows / (n - 1)),
        columns=float(ss_columns / (k - 1)),
        # Rounding can leave a tiny negative residual when raters agree exactly; a mean square is ≥ 0.
        error=max(0.0, float(ss_error / ((n - 1) * (k - 1)))),
        within=max(0.0, float((ss_columns + ss_error) / (n * (k - 1)))),
    )


def _check_form(form: str, k: int, raters: int) -> None:
    if form not in ICC_FORMS:
        raise ValueError(f"form must be one of {', '.join(ICC_FORMS)}, not {form!r}")
    if k not in (1, raters):
        raise ValueError(f"k must be 1 (single rater) or {raters} (the mean of all raters), not {k}")


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator != 0 else math.nan


def _icc_value(ms: _MeanSquares, form: str, single: bool) -> float:
    n, k = ms.targets, ms.raters
    if form == "1":
        return _ratio(ms.rows - ms.within, ms.rows + (k - 1) * ms.within if single else ms.rows)
    if form == "2":
        spread = (ms.columns - ms.error) / n
        return _ratio(ms.rows - ms.error, ms.rows + (k - 1) * ms.error + k * spread if single else ms.rows + spread)
    return _ratio(ms.rows - ms.error, ms.rows + (k - 1) * ms.error if single else ms.rows)


def icc(ratings: Sequence[Sequence[float]], form: str = "2", k: int = 1) -> float:
    """Shrout & Fleiss (1979) ICC(form, k) of a complete targets × raters table.

    form "1": one-way random; "2": two-way random, absolute agreement; "3": two-way mixed, consistency.
    k=1 is the reliability of a single rater, k=number of raters that of their mean. NaN when undefined.
    """
    ms = _mean_squares(ratings)
    _check_form(form, k, ms.raters)
    return _icc_value(ms, form, k == 1)


def _f_quantile(df1: float, df2: float, p: float) -> float:
    return float(fdtri(df1, df2, p)) if df1 > 0 and df2 > 0 else math.nan


def icc_result(ratings: Sequence[Sequence[float]], form: str = "2", k: int = 1, confidence: float = 0.95) -> ICCResult:
    """ICC with its confidence interval and F test, after Shrout & Fleiss (1979) and McGraw & Wong (1996).

    Forms 1 and 3 use exact F intervals; form 2 uses Satterthwaite's approximate degrees of freedom. The
    F test is of ICC = 0. Bounds, F and p are NaN where a mean square is zero.
    """
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    ms = _mean_squares(ratings)
    _check_form(form, k, ms.raters)
    n, raters = ms.targets, ms.raters
    value = _icc_value(ms, form, k == 1)
    q = 1 - (1 - confidence) / 2
    # Form 1 tests targets against the one-way within-target residual; forms 2 and 3 against the two-way residual.
    if form == "1":
        f_value, df1, df2 = _ratio(ms.rows, ms.within), n - 1, n * (raters - 1)
    else:
        f_value, df1, df2 = _ratio(ms.rows, ms.error), n - 1, (n - 1) * (raters - 1)
    p_value = math.nan if math.isnan(f_value) else float(fdtrc(df1, df2, f_value))

    if form == "2":
        lower, upper = _icc2_single_bounds(ms, q)
    else:
        f_low = _ratio(f_value, _f_quantile(df1, df2, q))
        f_high = f_value * _f_quantile(df2, df1, q)
        lower, upper = _ratio(f_low - 1, f_low + raters - 1), _ratio(f_high - 1, f_high + raters - 1)
    if k > 1:
        # Spearman–Brown step-up of the single-rater bounds; for form 2 this is algebraically McGraw & Wong's
        # ICC(A,k) interval, for forms 1 and 3 it equals 1 − 1/F at the F bounds.
        lower, upper = _spearman_brown(lower, k), _spearman_brown(upper, k)
    return ICCResult(value, lower, upper, f_value, df1, df2, p_value)


def _spearman_brown(rho: float, k: int) -> float:
    return _ratio(k * rho, 1 + (k - 1) * rho)


def _icc2_single_bounds(ms: _MeanSquares, q: float) -> tuple[float, float]:
    """Shrout & Fleiss's (1979) approximate interval for ICC(2,1), with Satterthwaite's degrees of freedom v."""
    n, k = ms.targets, ms.raters
    rho = _icc_value(ms, "2", single=True)
    if math.isnan(rho) or rho >= 1:
        return math.nan, math.nan
    a = k * rho / (n * (1 - rho))
    b = 1 + k * rho * (n - 1) / (n * (1 - rho))
    v = _ratio(
        (a * ms.columns + b * ms.error) ** 2,
        (a * ms.columns) ** 2 / (k - 1) + (b * ms.error) ** 2 / ((n - 1) * (k - 1)),
    )
    f_upper = _f_quantile(n - 1, v, q)
    f_lower = _f_quantile(v, n - 1, q)
    spread = k * ms.columns + (k * n - k - n) * ms.error
    lower = _ratio(n * (ms.rows - f_upper * ms.error), f_upper * spread + n * ms.rows)
    upper = _ratio(n * (f_lower * ms.rows - ms.error), spread + n * f_lower * ms.rows)
    return lower, upper
