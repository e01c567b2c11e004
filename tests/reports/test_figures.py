"""One rounding for the windows, the PDFs and the workbooks: half away from zero, to the same places."""

from __future__ import annotations

import math
from decimal import Decimal

from openpyxl import Workbook

from qa_studio.reports.figures import (
    PERCENT_FORMAT,
    SCORE_FORMAT,
    STATISTIC_FORMAT,
    for_sheet,
    interval_text,
    number_text,
    percent_text,
    score_text,
)
from qa_studio.reports.xlsx import _pairs


def test_half_away_from_zero_as_spreadsheets_round() -> None:
    # Python's own formatting gives "12" for 12.5 % and "81.2" for 81.25 (round half to even on the binary value).
    assert f"{0.125 * 100:.0f}" == "12" and f"{Decimal('81.25'):.1f}" == "81.2"
    assert percent_text(0.125) == "13 %" and percent_text(0.115) == "12 %" and percent_text(1) == "100 %"
    assert score_text(81.35) == "81.4" and score_text(Decimal("81.25")) == "81.3" and score_text(None) == "—"
    assert number_text(-0.125) == "-0.13" and number_text(1.5, 1, signed=True) == "+1.5"
    assert number_text(math.nan) == "—" and interval_text((math.nan, 0.2)) == ""
    assert interval_text((0.1, 0.555)) == "[0.10, 0.56]"
    # Binary noise does not decide a half, and zero has no sign.
    noisy = (-2.3 + 1.8) * 1.1
    assert repr(noisy) == "-0.5499999999999998" and number_text(noisy, 1, signed=True) == "-0.6"
    assert number_text(-0.001) == "0.00" and number_text(-0.0004, 1, signed=True) == "+0.0"


def test_a_workbook_cell_holds_what_the_window_shows() -> None:
    assert for_sheet(0.125, PERCENT_FORMAT) == 0.13  # Excel's 0% then shows 13 %, as the window does
    assert for_sheet(Decimal("81.35"), SCORE_FORMAT) == 81.4
    assert for_sheet(0.43021, STATISTIC_FORMAT) == 0.43
    assert for_sheet(math.nan, STATISTIC_FORMAT) is None and for_sheet("text", PERCENT_FORMAT) == "text"
    assert for_sheet(7, None) == 7
    sheet = Workbook().active
    _pairs(sheet, [("Average score", Decimal("81.35"), SCORE_FORMAT), ("Pass rate", 0.125, PERCENT_FORMAT)], 1)
    assert (sheet["B1"].value, sheet["B1"].number_format) == (81.4, "0.0")
    assert (sheet["B2"].value, sheet["B2"].number_format) == (0.13, "0%")
