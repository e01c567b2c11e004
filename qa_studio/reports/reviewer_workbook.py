"""The reviewer workbook for leads: each reviewer's alignment with the lead's blind re-scores and with calibration
benchmarks, strictness or leniency, grading time and volume per week, and every re-score beside its original.
Text cells go through reports/cells.py (via the shared table writer), so a name starting with "=" stays text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from qa_studio.i18n import tr
from qa_studio.reports.figures import PERCENT_FORMAT, SCORE_FORMAT, SIGNED_FORMAT
from qa_studio.reports.xlsx import DATE_FORMAT, TITLE, _printable, _table, period_label, sheet_name
from qa_studio.services.grader_qa import ReviewerLine, ReviewerReport


def reviewer_headers() -> list[str]:
    """The reviewer table's headings, shared with the reviewer page."""
    return [tr("Reviewer"), tr("Evaluations submitted"), tr("Average score"), tr("Leniency (points)"),
            tr("Grading time (min)"), tr("Re-scored"), tr("Same as the lead"), tr("Difference from the lead"),
            tr("Absolute difference"), tr("Re-scores open"), tr("Calibrations"), tr("Deviation from benchmark"),
            tr("Criteria aligned")]  # fmt: skip


def reviewer_values(line: ReviewerLine) -> list[Any]:
    f, r, c = line.figures, line.rescores, line.figures.calibration
    return [f.reviewer, f.evaluations, f.average, f.leniency, f.grading_minutes,
            r.rescored if r else 0, r.same_share if r else None, r.mean_difference if r else None,
            r.mean_abs_difference if r else None, line.open_samples, c.sessions if c else None,
            c.mean_abs_deviation if c else None, c.criteria_aligned_share if c else None]  # fmt: skip


# 1-based columns of reviewer_values and how each is written.
REVIEWER_FORMATS = {3: SCORE_FORMAT, 4: SIGNED_FORMAT, 5: SCORE_FORMAT, 7: PERCENT_FORMAT, 8: SIGNED_FORMAT,
                    9: SCORE_FORMAT, 12: SCORE_FORMAT, 13: PERCENT_FORMAT}  # fmt: skip


def reviewer_workbook(report: ReviewerReport, path: Path, language: str = "en") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name(tr("Reviewers"))
    last = _table(sheet, reviewer_headers(), (reviewer_values(line) for line in report.lines),
                  (18, 12, 11, 11, 11, 10, 11, 12, 11, 10, 11, 13, 11), REVIEWER_FORMATS, start_row=3)  # fmt: skip
    title = sheet.cell(row=1, column=1, value=tr("Reviewer consistency — {period}").format(
        period=period_label(report.period)))  # fmt: skip
    title.font = TITLE
    note = tr("Difference from the lead: the reviewer's score minus the lead's blind re-score, averaged; above 0 more "
              "lenient, below 0 stricter.")
    sheet.cell(row=last + 2, column=1, value=note)

    volume = book.create_sheet(sheet_name(tr("Volume by week"), book.sheetnames))
    names = sorted(report.volume)
    last = _table(volume, [tr("Week"), *names],
                  ([week, *(report.volume[name].get(week, 0) for name in names)] for week in report.weeks),
                  (12, *(14 for _ in names)))  # fmt: skip
    if names and report.weeks:
        chart = BarChart()
        chart.title = tr("Evaluations per reviewer and week")
        chart.y_axis.title = tr("Evaluations")
        data = Reference(volume, min_col=2, max_col=len(names) + 1, min_row=1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(volume, min_col=1, min_row=2, max_row=last))
        chart.width, chart.height = 22, 10
        volume.add_chart(chart, f"{chr(ord('A') + min(len(names) + 2, 20))}2")

    samples = book.create_sheet(sheet_name(tr("Re-scores"), book.sheetnames))
    _table(samples, [tr("Re-score"), tr("Interaction"), tr("Agent"), tr("Reviewer"), tr("Re-scored by"), tr("Period"),
                     tr("Drawn"), tr("Submitted"), tr("Reviewer's score"), tr("Lead's score"), tr("Difference")],
           ([s.id, s.interaction_id, s.agent or "", s.reviewer, s.rescorer, s.period or "", s.drawn_at,
             s.submitted_at, s.original_score, s.rescore_score,
             (s.original_score - s.rescore_score) if s.original_score is not None and s.rescore_score is not None
             else None] for s in report.samples),
           (9, 11, 16, 16, 16, 11, 16, 16, 12, 12, 11),
           {7: DATE_FORMAT, 8: DATE_FORMAT, 9: SCORE_FORMAT, 10: SCORE_FORMAT, 11: SIGNED_FORMAT})  # fmt: skip
    _printable(book)
    book.save(path)
    return path
