"""How a figure is rounded and written wherever people read it: the windows, the PDFs and the workbooks round the
same way (half away from zero, as spreadsheet programs do) to the same number of places, so 12.5 % reads 13 %
everywhere and an average of 81.35 reads 81.4 in the app, the PDF and the workbook alike."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any

SCORE_PLACES = 1  # scores and points: 81.4
PERCENT_PLACES = 0  # shares: 13 %
STATISTIC_PLACES = 2  # kappa, alpha, ICC and their bounds: 0.43

# Workbook number formats for the same figures; the cell holds the value already rounded to what the format shows.
SCORE_FORMAT = "0.0"
PERCENT_FORMAT = "0%"
STATISTIC_FORMAT = "0.00"
SIGNED_FORMAT = "+0.0;-0.0;0.0"
_FORMAT_PLACES = {SCORE_FORMAT: SCORE_PLACES, PERCENT_FORMAT: PERCENT_PLACES + 2, STATISTIC_FORMAT: STATISTIC_PLACES,
                  SIGNED_FORMAT: SCORE_PLACES}  # fmt: skip


# A float's digits past the ninth decimal are arithmetic's noise for every figure shown here (scores, shares, kappa).
_NOISE_PLACE = Decimal("1e-9")
_NOISE_BELOW = Decimal("1e12")


def missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def rounded(value: float | Decimal | None, places: int) -> Decimal | None:
    """The value rounded half away from zero to `places` decimals; None for a missing (None or NaN) value.

    A float goes through its shortest repr, so 0.125 rounds to 0.13 as a person reading "0.125" expects, and loses
    its last digits of binary noise first: a mean of -1.55 that arithmetic left as -1.5499999999999998 rounds to -1.6
    like the -1.55 it is. Zero is never written "-0.00"."""
    if missing(value):
        return None
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))  # type: ignore[arg-type]
    if not isinstance(value, Decimal) and abs(exact) < _NOISE_BELOW:
        exact = exact.quantize(_NOISE_PLACE, rounding=ROUND_HALF_EVEN)
    shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return shown.copy_abs() if shown.is_zero() else shown


def number_text(value: float | Decimal | None, places: int = STATISTIC_PLACES, signed: bool = False) -> str:
    shown = rounded(value, places)
    if shown is None:
        return "—"
    return f"{shown:+}" if signed else f"{shown}"


def score_text(value: float | Decimal | None) -> str:
    return number_text(value, SCORE_PLACES)


def percent_text(share: float | Decimal | None, places: int = PERCENT_PLACES) -> str:
    shown = rounded(share, places + 2)
    return "—" if shown is None else f"{(shown * 100).quantize(Decimal(1).scaleb(-places))} %"


def interval_text(bounds: tuple[float, float], places: int = STATISTIC_PLACES) -> str:
    """A confidence interval as "[0.12, 0.56]", or "" when it is undefined."""
    low, high = bounds
    if missing(low) or missing(high):
        return ""
    return f"[{number_text(low, places)}, {number_text(high, places)}]"


def for_sheet(value: Any, number_format: str | None) -> Any:
    """The value a workbook cell holds under `number_format`: rounded to what the format shows, NaN left empty."""
    if missing(value):
        return None
    if number_format in _FORMAT_PLACES and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return float(rounded(value, _FORMAT_PLACES[number_format]))  # type: ignore[arg-type]
    return value
