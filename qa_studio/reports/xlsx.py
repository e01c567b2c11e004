"""Excel workbooks for trainers and leads: per agent (with coaching records), per team, per calibration session, and
every answer as one row. Frozen header rows,
autofilter, number and date formats, sensible widths, sheet names Excel accepts, a native line chart for the trend,
a colour scale for the failure heatmap; the answers export streams (write-only) so memory stays flat."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule, DataBarRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from qa_studio.i18n import tr
from qa_studio.reports.cells import stream_row, write
from qa_studio.reports.figures import PERCENT_FORMAT, SCORE_FORMAT, SIGNED_FORMAT, STATISTIC_FORMAT, for_sheet
from qa_studio.reports.keyword_sheet import add_keyword_sheet
from qa_studio.reports.labels import action_state, answer_text, channel_text, coaching_state, stored_answer
from qa_studio.services.reporting import AgentReport, CriterionRate, TeamReport, moment_label
from qa_studio.services.root_causes import NO_CAUSE_LABEL, RootCauseReport

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
DATE_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT = PERCENT_FORMAT
SCORE = SCORE_FORMAT
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: Sequence[str] = ()) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\, not starting or ending with ', unique."""
    clean = _FORBIDDEN.sub(" ", name).strip().strip("'") or "Sheet"
    candidate, number = clean[:31], 2
    while candidate.lower() in {t.lower() for t in taken}:
        suffix = f" ({number})"
        candidate, number = clean[: 31 - len(suffix)] + suffix, number + 1
    return candidate


def period_label(label: str) -> str:
    """The period as people read it; "all time" in the report's language."""
    return tr("all time") if label == "all time" else label


def _label(text: dict[str, str], language: str) -> str:
    first, second = ("zh", "en") if language.startswith("zh") else ("en", "zh")
    return text.get(first) or text.get(second, "")


def _fail_kind(kind: str) -> str:
    return {"fatal": tr("fatal"), "section_critical": tr("section-critical")}.get(kind, "")


def _table(sheet: Worksheet, headers: list[str], rows: Iterable[Sequence[Any]], widths: Sequence[int],
           formats: dict[int, str] | None = None, start_row: int = 1) -> int:  # fmt: skip
    """Headers (bold, filled, frozen, filtered) and rows; returns the last row written."""
    for column, header in enumerate(headers, start=1):
        cell = write(sheet, start_row, column, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    last = start_row
    for last, row in enumerate(rows, start=start_row + 1):  # noqa: B007 - `last` is the result
        for column, value in enumerate(row, start=1):
            number_format = formats.get(column) if formats else None
            cell = write(sheet, last, column, for_sheet(value, number_format))
            if number_format:
                cell.number_format = number_format
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    # Spreadsheets do not grow a row for wrapped text written by a program: size the header row for its longest
    # heading (CJK characters take two columns' width).
    lines = max((math.ceil(_text_width(h) / max(w - 1, 1)) for h, w in zip(headers, widths, strict=False)), default=1)
    if lines > 1:
        sheet.row_dimensions[start_row].height = 15 * lines
    sheet.freeze_panes = sheet.cell(row=start_row + 1, column=1)
    sheet.auto_filter.ref = f"A{start_row}:{get_column_letter(len(headers))}{max(last, start_row + 1)}"
    return last


def _text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def _printable(book: Workbook) -> None:
    """Printed or turned into PDF, every sheet is landscape and one page wide."""
    for sheet in book.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.print_title_rows = "1:1"


def _pairs(sheet: Worksheet, pairs: list[tuple[str, Any, str | None]], start_row: int) -> int:
    for row, (name, value, number_format) in enumerate(pairs, start=start_row):
        write(sheet, row, 1, name).font = BOLD
        cell = write(sheet, row, 2, for_sheet(value, number_format))
        if number_format:
            cell.number_format = number_format
    return start_row + len(pairs)


def _criteria_rows(rates: list[CriterionRate], language: str) -> list[list[Any]]:
    return [[_label(c.label, language), _fail_kind(c.fail_kind), c.answered, c.failed, c.pass_rate] for c in rates]


def _root_cause_sheets(book: Workbook, causes: RootCauseReport | None, language: str, with_agent: bool) -> None:
    """The Pareto of root causes (a native bar chart of failures with the cumulative share as a line) and the
    repeated failures, flagged at the lead's threshold."""
    if causes is None:
        return
    sheet = book.create_sheet(sheet_name(tr("Root causes"), book.sheetnames))
    last = _table(sheet, [tr("Root cause"), tr("Failures"), tr("Share"), tr("Cumulative")],
                  ([_label(c.label if c.key else NO_CAUSE_LABEL, language), c.count, c.share, c.cumulative]
                   for c in causes.pareto), (36, 10, 10, 12), {3: PERCENT, 4: PERCENT})  # fmt: skip
    if last >= 2:
        bars = BarChart()
        bars.title = tr("Root causes of failed answers (Pareto)")
        bars.y_axis.title = tr("Failures")
        bars.add_data(Reference(sheet, min_col=2, min_row=1, max_row=last), titles_from_data=True)
        bars.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
        line = LineChart()
        line.add_data(Reference(sheet, min_col=4, min_row=1, max_row=last), titles_from_data=True)
        line.y_axis.axId = 200
        line.y_axis.title = tr("Cumulative")
        line.y_axis.number_format = "0%"
        line.y_axis.scaling.min, line.y_axis.scaling.max = 0, 1
        line.y_axis.crosses = "max"
        for series in line.series:
            series.smooth = False
            series.marker.symbol = "circle"
        bars += line
        bars.height, bars.width = 9, 18
        sheet.add_chart(bars, "F2")
    repeated = book.create_sheet(sheet_name(tr("Repeated failures"), book.sheetnames))
    headers = [tr("Criterion"), tr("Failures"), tr("Root causes"), tr("Evaluations")]
    rows = ([_label(r.label, language), r.failures,
             ", ".join(f"{_label(causes.cause_labels.get(k, {'en': k}), language)} × {n}" for k, n in r.causes.items()),
             ", ".join(map(str, r.evaluation_ids))] for r in causes.repeated)  # fmt: skip
    if with_agent:
        headers = [tr("Agent"), *headers]
        rows = ([r.agent, *row] for r, row in zip(causes.repeated, rows, strict=True))
    _table(repeated, headers, rows, ((18,) if with_agent else ()) + (40, 10, 40, 30))
    write(repeated, len(causes.repeated) + 3, 1, tr("Flagged: the same criterion failed at least {n} times by one "
                                                     "agent in the period.").format(n=causes.threshold))  # fmt: skip


def _service_sheets(book: Workbook, report: TeamReport) -> None:
    """The quality pass share by week against the target (a native line chart with the target as a second line),
    and the service KPIs per channel and per agent."""
    service = report.service
    if service is None:
        return
    target = service.standards.quality_target
    weeks = book.create_sheet(sheet_name(tr("Quality by week"), book.sheetnames))
    last = _table(weeks, [tr("Week from"), tr("Evaluations"), tr("Pass share"), tr("Target")],
                  ([p.start, p.evaluations, p.pass_rate, target] for p in report.quality_by_week),
                  (12, 12, 12, 10), {1: "yyyy-mm-dd", 3: PERCENT, 4: PERCENT})  # fmt: skip
    if last >= 3:
        chart = LineChart()
        chart.title = tr("Quality pass share by week against the target")
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
        chart.add_data(Reference(weeks, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(weeks, min_col=1, min_row=2, max_row=last))
        for series in chart.series:
            series.smooth = False
        chart.series[0].marker.symbol = "circle"
        chart.series[1].graphicalProperties.line.dashStyle = "dash"
        chart.height, chart.width = 8, 18
        weeks.add_chart(chart, "F2")
    sheet = book.create_sheet(sheet_name(tr("Service KPIs"), book.sheetnames))
    last = _table(sheet, [tr("Channel"), tr("Interactions"), tr("Standard (s)"), tr("First reply in time"),
                          tr("Every reply in time"), tr("Handling (min)"), tr("CSAT (1–5)"), tr("Surveys"),
                          tr("Resolved")],
                  ([channel_text(c.channel), c.interactions, c.standard_seconds, c.first_response_share, c.reply_share,
                    c.handling_minutes, c.csat, c.csat_n, c.resolution_share] for c in service.channels),
                  (12, 12, 12, 14, 14, 13, 11, 9, 10),
                  {4: PERCENT, 5: PERCENT, 6: SCORE, 7: STATISTIC_FORMAT, 9: PERCENT})  # fmt: skip
    _table(sheet, [tr("Agent"), tr("QA average"), tr("Evaluations"), tr("CSAT"), tr("Surveys"), tr("Correlation r"),
                   tr("Pairs")],
           ([a.agent, a.qa_average, a.evaluations, a.csat, a.surveys, a.correlation, a.pairs] for a in service.agents),
           (12, 12, 12, 14, 14, 13, 11), {2: SCORE, 4: STATISTIC_FORMAT, 6: STATISTIC_FORMAT},
           start_row=last + 3)  # fmt: skip
    sheet.freeze_panes = "A2"


def agent_workbook(report: AgentReport, path: Path, language: str = "en") -> Path:
    book = Workbook()
    summary = book.active
    summary.title = sheet_name(tr("Summary"))
    write(summary, 1, 1, tr("Coaching report: {agent}").format(agent=report.agent)).font = TITLE
    s, team = report.summary, report.team_summary
    row = _pairs(summary, [
        (tr("Agent"), report.agent, None), (tr("Team"), report.team or "—", None),
        (tr("Period"), period_label(report.period.label), None),
        (tr("Evaluations"), s.evaluations, None),
        *([] if report.quota is None else [(tr("Sampled (quota)"), report.quota, None)]),
        (tr("Average score"), s.average, SCORE), (tr("Team average"), team.average, SCORE),
        (tr("Pass rate"), s.pass_rate, PERCENT), (tr("Team pass rate"), team.pass_rate, PERCENT),
        (tr("Fatal failures (score 0)"), s.fatal, None),
        (tr("Section-critical failures"), s.section_critical, None),
    ], 3)  # fmt: skip
    write(summary, row + 1, 1, tr("Weakest criteria")).font = BOLD
    for offset, rate in enumerate(report.weakest, start=row + 2):
        write(summary, offset, 1, _label(rate.label, language))
        write(summary, offset, 2, for_sheet(rate.pass_rate, PERCENT)).number_format = PERCENT
    summary.column_dimensions["A"].width, summary.column_dimensions["B"].width = 42, 28

    evaluations = book.create_sheet(sheet_name(tr("Evaluations"), book.sheetnames))
    _table(evaluations, [tr("Evaluation"), tr("Interaction"), tr("Channel"), tr("Started"), tr("Reviewer"),
                         tr("Scorecard"), tr("Score"), tr("Passed"), tr("Fatal"), tr("Section-critical"), tr("State"),
                         tr("Comment")],
           ([e.evaluation_id, e.interaction_id, channel_text(e.channel), e.started_at, e.reviewer, e.scorecard, e.score,
             tr("yes") if e.passed else tr("no"), tr("yes") if e.fatal else "",
             tr("yes") if e.section_critical else "", e.state, e.comment or ""] for e in report.evaluations),
           (11, 11, 9, 17, 14, 20, 8, 8, 7, 15, 13, 50), {4: DATE_FORMAT, 7: SCORE})  # fmt: skip

    criteria = book.create_sheet(sheet_name(tr("Criteria"), book.sheetnames))
    last = _table(criteria, [tr("Criterion"), tr("Failure kind"), tr("Answered"), tr("Failed"), tr("Pass rate")],
                  _criteria_rows(report.criteria, language), (46, 16, 10, 9, 11), {5: PERCENT})  # fmt: skip
    if last > 1:
        bars = DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1, color="5B9BD5")
        criteria.conditional_formatting.add(f"E2:E{last}", bars)

    trend = book.create_sheet(sheet_name(tr("Trend"), book.sheetnames))
    last = _table(trend, [tr("From"), tr("Evaluations"), tr("Average score"), tr("Pass rate")],
                  ([p.start, p.evaluations, p.average, p.pass_rate] for p in report.trend),
                  (12, 12, 14, 11), {1: "yyyy-mm-dd", 3: SCORE, 4: PERCENT})  # fmt: skip
    if last >= 3:
        chart = LineChart()
        unit = tr("week") if report.trend_unit == "week" else tr("month")
        chart.title = tr("Average score by {unit}").format(unit=unit)
        chart.y_axis.title = tr("Score")
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
        chart.add_data(Reference(trend, min_col=3, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(trend, min_col=1, min_row=2, max_row=last))
        for series in chart.series:  # a straight line through the points: a smoothed curve invents peaks
            series.smooth = False
            series.marker.symbol = "circle"
        chart.height, chart.width = 8, 18
        trend.add_chart(chart, "F2")

    # QA beside CSAT per week or month: whether the two move together (r over that week's or month's pairs).
    quality_csat = book.create_sheet(sheet_name(tr("QA and CSAT"), book.sheetnames))
    _table(quality_csat, [tr("From"), tr("Pairs"), tr("QA average"), tr("CSAT"), tr("Correlation r")],
           ([p.start, p.pairs, p.qa_average, p.csat, p.correlation] for p in report.quality_csat),
           (12, 9, 12, 10, 14), {1: "yyyy-mm-dd", 3: SCORE, 4: STATISTIC_FORMAT, 5: STATISTIC_FORMAT})  # fmt: skip

    comments = book.create_sheet(sheet_name(tr("Comments"), book.sheetnames))
    _table(comments, [tr("Evaluation"), tr("Interaction"), tr("Criterion"), tr("Moment"), tr("Comment"),
                      tr("What was said or written then")],
           ([c.evaluation_id, c.interaction_id,
             _label(c.criterion, language) if c.criterion else tr("(whole evaluation)"),
             moment_label(c.at_ms) if c.at_ms is not None else "", c.text, c.excerpt or ""]
            for c in report.comments), (11, 11, 36, 9, 60, 60))  # fmt: skip
    for row_cells in comments.iter_rows(min_row=2, min_col=5, max_col=6):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    coaching = book.create_sheet(sheet_name(tr("Coaching"), book.sheetnames))
    rows: list[list[Any]] = []
    for record in report.coaching:
        focus = "; ".join(_label(label, language) for label in record.focus_labels)
        common = [record.id, record.held_on, record.trainer, coaching_state(record.status), focus, record.notes,
                  ", ".join(str(i) for i in record.evaluation_ids)]  # fmt: skip
        for action in record.actions or [None]:
            rows.append(common + ([action.description, action.due_on, action_state(action.status)] if action
                                  else ["", None, ""]))  # fmt: skip
    _table(coaching, [tr("Record"), tr("Held on"), tr("Coach"), tr("Status"), tr("Focus criteria"), tr("Notes"),
                      tr("Evaluations"), tr("Action item"), tr("Due"), tr("Action status")],
           rows, (8, 11, 14, 12, 36, 46, 14, 40, 11, 13), {2: "yyyy-mm-dd", 9: "yyyy-mm-dd"})  # fmt: skip
    for row_cells in coaching.iter_rows(min_row=2, min_col=5, max_col=8):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    _root_cause_sheets(book, report.root_causes, language, with_agent=False)
    _printable(book)
    book.save(path)
    return Path(path)


def team_workbook(report: TeamReport, path: Path, language: str = "en") -> Path:
    book = Workbook()
    agents = book.active
    agents.title = sheet_name(tr("Agents"))
    last = _table(agents, [tr("Agent"), tr("Evaluations"), tr("Sampled (quota)"), tr("Quota done"),
                           tr("Average score"), tr("Pass rate"), tr("Fatal"), tr("Section-critical")],
                  ([k.agent, k.summary.evaluations, k.quota, (k.summary.evaluations / k.quota) if k.quota else None,
                    k.summary.average, k.summary.pass_rate, k.summary.fatal, k.summary.section_critical]
                   for k in report.agents),
                  (18, 12, 15, 12, 14, 11, 8, 15), {4: PERCENT, 5: SCORE, 6: PERCENT})  # fmt: skip
    if last > 1:
        bars = DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1, color="70AD47")
        agents.conditional_formatting.add(f"D2:D{last}", bars)

    heat = book.create_sheet(sheet_name(tr("Failure heatmap"), book.sheetnames))
    names = [k.agent for k in report.agents]
    last = _table(heat, [tr("Criterion"), *names],
                  ([_label(label, language), *(report.failure_rates.get((agent, key)) for agent in names)]
                   for key, label in zip(report.criterion_keys, report.criteria, strict=True)),
                  (46, *(14 for _ in names)), {n: PERCENT for n in range(2, len(names) + 2)})  # fmt: skip
    if last > 1 and names:
        area = f"B2:{get_column_letter(len(names) + 1)}{last}"
        scale = ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF", end_type="num", end_value=0.5,
                               end_color="F8696B")  # fmt: skip
        heat.conditional_formatting.add(area, scale)

    reviewers = book.create_sheet(sheet_name(tr("Reviewer workload"), book.sheetnames))
    figures = {f.reviewer: f for f in report.reviewer_figures}

    def reviewer_row(name: str) -> list[Any]:
        done, assigned = report.reviewers.get(name, (0, 0))
        f = figures.get(name)
        c = f.calibration if f else None
        return [name, done, assigned, f.average if f else None, f.leniency if f else None,
                f.grading_minutes if f else None, c.sessions if c else None, c.mean_abs_deviation if c else None,
                c.criteria_aligned_share if c else None]  # fmt: skip

    _table(reviewers, [tr("Reviewer"), tr("Evaluations submitted"), tr("Assigned"), tr("Average score"),
                       tr("Leniency (points)"), tr("Grading time (min)"), tr("Calibrations"),
                       tr("Deviation from benchmark"), tr("Criteria aligned")],
           (reviewer_row(name) for name in sorted(set(report.reviewers) | set(figures))),
           (18, 14, 10, 12, 12, 12, 12, 14, 12),
           {4: SCORE, 5: SIGNED_FORMAT, 6: SCORE, 8: SCORE, 9: PERCENT})  # fmt: skip
    _root_cause_sheets(book, report.root_causes, language, with_agent=True)
    _service_sheets(book, report)
    add_keyword_sheet(book, report.keywords)

    summary = book.create_sheet(sheet_name(tr("Summary"), book.sheetnames), 0)
    write(summary, 1, 1, tr("Team report: {team}").format(team=report.team)).font = TITLE
    s = report.summary
    _pairs(summary, [(tr("Period"), period_label(report.period.label), None),
                     (tr("Evaluations"), s.evaluations, None),
                     (tr("Average score"), s.average, SCORE), (tr("Pass rate"), s.pass_rate, PERCENT),
                     (tr("Fatal failures (score 0)"), s.fatal, None),
                     (tr("Section-critical failures"), s.section_critical, None)], 3)  # fmt: skip
    summary.column_dimensions["A"].width, summary.column_dimensions["B"].width = 34, 24
    book.active = 0
    _printable(book)
    book.save(path)
    return Path(path)


ANSWER_COLUMNS = (
    "evaluation_id", "interaction_id", "channel", "started_at", "agent", "team", "reviewer", "scorecard", "version",
    "criterion", "criterion_label", "criterion_label_zh", "applicable", "earned", "possible", "failed", "answer",
    "not_applicable", "root_cause", "evaluation_score", "evaluation_passed",
)  # fmt: skip


def answers_workbook(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """One row per answer, streamed: memory stays flat however many answers there are. Returns the row count."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name(tr("Answers")))
    sheet.freeze_panes = "A2"
    for column, width in enumerate((11, 11, 8, 17, 16, 22, 14, 20, 8, 22, 40, 30, 10, 8, 8, 8, 16, 10, 14, 10, 10),
                                   start=1):  # fmt: skip
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.append(list(ANSWER_COLUMNS))
    score = ANSWER_COLUMNS.index("evaluation_score")
    count = 0
    for row in rows:
        values = stream_row(sheet, (row[name] for name in ANSWER_COLUMNS))
        # The evaluation's score as the app shows it (one place, half away from zero); points stay as scored.
        if values[score] is not None:
            cell = WriteOnlyCell(sheet, value=for_sheet(values[score], SCORE_FORMAT))
            cell.number_format = SCORE_FORMAT
            values[score] = cell
        sheet.append(values)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ANSWER_COLUMNS))}{count + 1}"
    book.save(path)
    return count


def calibration_workbook(results: Any, path: Path, language: str = "en") -> Path:
    """A calibration session: the grid of answers per interaction (differences from the benchmark highlighted),
    each reviewer against the benchmark, and agreement per criterion with its chance-corrected figures."""
    from openpyxl.styles import PatternFill as Fill

    def number(value: float | None) -> float | None:
        return None if value is None or (isinstance(value, float) and math.isnan(value)) else value

    book = Workbook()
    summary = book.active
    summary.title = sheet_name(tr("Summary"))
    session = results.session
    write(summary, 1, 1, tr("Calibration: {title}").format(title=session.title)).font = TITLE
    overall = results.stats.overall
    _pairs(summary, [
        (tr("Scorecard"), f"{session.scorecard_key} v{session.scorecard_version}", None),
        (tr("Reviewers"), ", ".join(results.reviewers), None), (tr("Interactions"), len(results.interaction_ids), None),
        (tr("Benchmark"), {"expert": tr("the expert's answers"), "consensus": tr("the consensus")}.get(
            results.benchmark_source or "", "—"), None),
        (tr("Tolerance (points)"), session.tolerance, None),
        ("ICC(2,1)", overall.icc_2_1.value, STATISTIC_FORMAT),
        (tr("ICC(2,1) low (95 %)"), overall.icc_2_1.lower, STATISTIC_FORMAT),
        (tr("ICC(2,1) high (95 %)"), overall.icc_2_1.upper, STATISTIC_FORMAT),
        ("ICC(2,k)", overall.icc_2_k.value, STATISTIC_FORMAT),
        (tr("ICC(2,k) low (95 %)"), overall.icc_2_k.lower, STATISTIC_FORMAT),
        (tr("ICC(2,k) high (95 %)"), overall.icc_2_k.upper, STATISTIC_FORMAT),
    ], 3)  # fmt: skip
    summary.column_dimensions["A"].width, summary.column_dimensions["B"].width = 26, 60

    reviewers = book.create_sheet(sheet_name(tr("Reviewers"), book.sheetnames))
    _table(reviewers, [tr("Reviewer"), tr("Deviation (points)"), tr("Absolute deviation"), tr("Within tolerance"),
                       tr("Criterion alignment"), tr("Criteria aligned"), tr("Critical missed"), tr("Wrongly failed")],
           ([r.reviewer, number(r.mean_signed_deviation), number(r.mean_abs_deviation),
             number(r.within_tolerance_share), number(r.criterion_alignment), number(r.criteria_aligned_share),
             len(r.critical_missed), len(r.critical_wrongly_failed)] for r in results.stats.reviewers),
           (16, 16, 16, 15, 17, 15, 14, 14),
           {2: SIGNED_FORMAT, 3: SCORE, 4: PERCENT, 5: PERCENT, 6: PERCENT})  # fmt: skip
    last = len(results.stats.reviewers) + 1
    if last >= 2:
        deviation = BarChart()
        deviation.type = "bar"  # horizontal: one bar per reviewer, left of 0 stricter, right more lenient
        deviation.title = tr("Deviation from the benchmark per reviewer (points)")
        deviation.add_data(Reference(reviewers, min_col=2, min_row=1, max_row=last), titles_from_data=True)
        deviation.set_categories(Reference(reviewers, min_col=1, min_row=2, max_row=last))
        deviation.legend = None
        deviation.height, deviation.width = 7, 16
        reviewers.add_chart(deviation, f"A{last + 3}")

    labels = {c.key: _label({"en": c.label.en, "zh": c.label.zh}, language) for c in results.scorecard.criteria()}
    criteria = book.create_sheet(sheet_name(tr("Agreement"), book.sheetnames))
    _table(criteria, [tr("Criterion"), tr("Agreement"), "Krippendorff α", tr("α low (95 %)"), tr("α high (95 %)"),
                      "Fleiss κ", tr("κ low (95 %)"), tr("κ high (95 %)"), tr("Reading"), tr("Note")],
           ([labels.get(c.criterion, c.criterion), number(c.percent_agreement), number(c.alpha),
             number(c.alpha_ci[0]), number(c.alpha_ci[1]), number(c.kappa), number(c.kappa_ci[0]),
             number(c.kappa_ci[1]), c.kappa_reading or "", results.notes.get(c.criterion, "")]
            for c in results.stats.criteria),
           (42, 11, 14, 13, 13, 10, 13, 13, 16, 44),
           {2: PERCENT, **{n: STATISTIC_FORMAT for n in range(3, 9)}})  # fmt: skip

    for row in criteria.iter_rows(min_row=2, min_col=10, max_col=10):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")

    highlight = Fill("solid", fgColor="FFF2CC")
    centred = Alignment(horizontal="center", vertical="top", wrap_text=True)
    by_key = {c.key: c for c in results.scorecard.criteria()}

    def shown(key: str, value: Any) -> str | None:
        """The answer as the grid shows it: option labels, Yes/No, N/A, plain numbers."""
        return None if value is None else answer_text(by_key[key], stored_answer(by_key[key].type, value), language)
    for interaction_id in results.interaction_ids:
        grid = book.create_sheet(sheet_name(tr("Interaction {id}").format(id=interaction_id), book.sheetnames))
        people = list(results.reviewers)
        benchmark = [e for e in results.benchmark if e.interaction == str(interaction_id)]
        headers = [tr("Criterion"), *people, *([tr("Benchmark")] if benchmark else [])]
        rows, raw = [], []
        for key, label in labels.items():
            values: list[Any] = []
            for person in people:
                found = results.answer(person, interaction_id, key)
                values.append(None if found is None else found.value)
            if benchmark:
                found = next((a for a in benchmark[0].answers if a.criterion == key), None)
                values.append(None if found is None else found.value)
            if any(value is not None for value in values):
                rows.append([label, *(shown(key, value) for value in values)])
                raw.append(values)
        _table(grid, headers, rows, (42, *(16 for _ in headers[1:])))
        for row_number, (values, row) in enumerate(zip(raw, rows, strict=True), start=2):
            grid.cell(row=row_number, column=1).alignment = Alignment(vertical="top")
            for column in range(2, len(headers) + 1):
                grid.cell(row=row_number, column=column).alignment = centred
            lines = max(math.ceil(_text_width(text or "") / 15) for text in row[1:])
            if lines > 1:
                grid.row_dimensions[row_number].height = 15 * lines
            if benchmark:
                for column, value in enumerate(values[:-1], start=2):
                    if value is not None and value != values[-1]:
                        grid.cell(row=row_number, column=column).fill = highlight
    _printable(book)
    book.save(path)
    return Path(path)
