"""PDF reports with reportlab: per-agent coaching reports (the agent's figures beside the team's, a trend chart drawn
with reportlab's own graphics, strongest and weakest criteria, failures with fatal and section-critical named apart,
comments on moments with what was said then, and the coaching action plan), team summaries, calibration reports,
and batch packs with a cover and a contents page. Running header and page numbers on every page. Chinese text uses an
embedded subset of an openly licensed font (resources/fonts), so it shows on computers without Chinese fonts."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from qa_studio.i18n import tr
from qa_studio.reports.figures import STATISTIC_PLACES, interval_text, number_text, percent_text, score_text
from qa_studio.reports.labels import action_state, channel_text, coaching_state
from qa_studio.reports.xlsx import period_label
from qa_studio.resources import FONTS_DIR
from qa_studio.services.kpis import ServiceKpis
from qa_studio.services.reporting import AgentReport, CriterionRate, TeamReport, moment_label
from qa_studio.services.root_causes import NO_CAUSE_LABEL, RootCauseReport

CJK_FONT = "QAStudioCJK"
CJK_FILE = FONTS_DIR / "DroidSansFallbackFull.ttf"
# Runs of CJK ideographs, kana, hangul and full-width punctuation are set in the embedded font.
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]+")
ACCENT = colors.HexColor("#1F6FEB")
MUTED = colors.HexColor("#57606A")


def register_fonts() -> str:
    """The embedded CJK font, registered once; reportlab subsets it into each PDF."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FILE)))
    return CJK_FONT


def rich(text: Any) -> str:
    """Escaped text for a Paragraph, with Chinese runs in the embedded font; "95 %" never breaks before its "%"."""
    escaped = html.escape("" if text is None else str(text)).replace(" %", "\u00a0%")
    return _CJK.sub(lambda m: f'<font name="{CJK_FONT}">{m.group(0)}</font>', escaped)


def _runs(text: str) -> list[tuple[str, str]]:
    """(font, run) pieces: Chinese in the embedded font, the rest in Helvetica."""
    pieces, last = [], 0
    for found in _CJK.finditer(text):
        if found.start() > last:
            pieces.append(("Helvetica", text[last : found.start()]))
        pieces.append((CJK_FONT, found.group(0)))
        last = found.end()
    if last < len(text):
        pieces.append(("Helvetica", text[last:]))
    return pieces


def draw(canvas: Any, x: float, y: float, text: str, size: float = 8, right: bool = False) -> None:
    """A line of mixed Chinese and Latin text on the canvas (header, footer), left- or right-aligned."""
    runs = _runs(text)
    if right:
        x -= sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs)
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)


def _font_for(text: str) -> str:
    return CJK_FONT if _CJK.search(text) else "Helvetica"


def _label(text: dict[str, str], language: str) -> str:
    first, second = ("zh", "en") if language.startswith("zh") else ("en", "zh")
    return text.get(first) or text.get(second, "")


def _percent(value: float | None) -> str:
    return percent_text(value)


def _score(value: float | None) -> str:
    return score_text(value)


def _trend_chart(report: AgentReport, width: float) -> Drawing:
    points = [p for p in report.trend if p.average is not None]
    drawing = Drawing(width, 60 * mm)
    if len(points) < 2:
        text = tr("Not enough evaluations for a trend yet.")
        drawing.add(String(0, 30 * mm, text, fontName=_font_for(text), fontSize=9, fillColor=MUTED))
        return drawing
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, width - 20 * mm, 45 * mm
    chart.data = [[p.average for p in points], [report.team_summary.average or 0] * len(points)]
    shape = "%m-%d" if report.trend_unit == "week" else "%Y-%m"
    chart.categoryAxis.categoryNames = [p.start.strftime(shape) for p in points]
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "Helvetica"  # as the text, not Times
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontSize = 7
    chart.lines[0].strokeColor, chart.lines[0].strokeWidth = ACCENT, 2
    chart.lines[1].strokeColor, chart.lines[1].strokeDashArray = MUTED, (3, 2)
    drawing.add(chart)
    legend = tr("Average score (solid) and team average (dashed)")
    drawing.add(String(chart.x, chart.y + chart.height + 4 * mm, legend, fontName=_font_for(legend), fontSize=8,
                       fillColor=MUTED))  # fmt: skip
    return drawing


# reportlab's default padding on each side of a table cell's text.
CELL_PADDING = 6
_TAG = re.compile(r"<[^>]+>")


# Chinese has no spaces: a run up to this long (a header such as "抽样数（配额）", a name) is kept on one line; a longer
# one is prose, which may break between any two characters.
CJK_WORD = 8


def _word_width(word: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run[:CJK_WORD], CJK_FONT, size) if face == CJK_FONT else
               pdfmetrics.stringWidth(run, font, size) for face, run in _runs(word))  # fmt: skip


def _room(cell: Any, width: float, bold: bool = False) -> float:
    """The width a cell needs so that it wraps only between words: its longest word (a run of Chinese, which has no
    spaces, counts as one word, so "抽样数（配额）" never leaves its bracket alone), never more than `width`."""
    if isinstance(cell, Paragraph):
        text, font, size = html.unescape(_TAG.sub("", cell.text)), cell.style.fontName, cell.style.fontSize
    else:
        text, font, size = str(cell), "Helvetica-Bold" if bold else "Helvetica", 8.5
    words = re.split(r"[ \t\r\n]+", text)  # not at the no-break spaces, which reportlab keeps too
    longest = max((_word_width(word, font, size) for word in words), default=0.0)
    return min(longest + 2 * CELL_PADDING + 1, width)


def fitted_widths(widths: Sequence[float], needed: Sequence[float]) -> list[float]:
    """Column widths of the same total in which each column is at least as wide as it needs where the total allows:
    the room comes from the columns that have more than they need, in proportion to what they can spare."""
    total = sum(widths)
    wanted = [max(w, n) for w, n in zip(widths, needed, strict=True)]
    excess = sum(wanted) - total
    spare = [max(w - n, 0.0) for w, n in zip(wanted, needed, strict=True)]
    if excess <= 0 or not sum(spare):
        return [w * total / sum(wanted) for w in wanted]
    taken = min(excess, sum(spare))
    shares = [w - s * taken / sum(spare) for w, s in zip(wanted, spare, strict=True)]
    return [w * total / sum(shares) for w in shares]


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    if rows:  # text wraps at word boundaries: a column too narrow for a word in it is widened
        most = sum(widths) * 0.4
        needed = [max(_room(cell, most, header and number == 0) for number, cell in enumerate(column))
                  for column in zip(*rows, strict=True)]  # fmt: skip
        widths = fitted_widths(widths, needed)
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D7DE"))]  # fmt: skip
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")), ("FONTNAME", (0, 0), (-1, 0),
                                                                                 "Helvetica-Bold")]  # fmt: skip
    table.setStyle(TableStyle(style))
    return table


def _bar_chart(values: list[tuple[str, float | None]], width: float, caption: str) -> Drawing:
    """Average score per agent (or reviewer), drawn with reportlab's own bar chart."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    shown = [(name, value) for name, value in values if value is not None]
    drawing = Drawing(width, max(30 * mm, 8 * mm * len(shown) + 16 * mm))
    if not shown:
        drawing.add(String(0, 10 * mm, tr("No evaluations in this period."), fontName="Helvetica", fontSize=9,
                           fillColor=MUTED))  # fmt: skip
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 40 * mm, 6 * mm
    chart.width, chart.height = width - 50 * mm, drawing.height - 16 * mm
    chart.data = [[value for _name, value in reversed(shown)]]
    chart.categoryAxis.categoryNames = [name for name, _value in reversed(shown)]
    chart.categoryAxis.labels.fontName = CJK_FONT  # the embedded font also has Latin letters
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = chart.barLabels.fontName = "Helvetica"  # as the text, not reportlab's Times
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ACCENT
    chart.barLabels.fontSize = 7
    # Each value just past the end of its bar (the label is centred this far beyond it), not over the bar's edge.
    chart.barLabels.nudge = pdfmetrics.stringWidth("100.0", "Helvetica", 7) / 2 + 2
    chart.barLabelFormat = "%.1f"
    drawing.add(chart)
    drawing.add(String(chart.x, drawing.height - 6 * mm, caption, fontName=_font_for(caption), fontSize=8,
                       fillColor=MUTED))  # fmt: skip
    return drawing


@dataclass
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    quote: ParagraphStyle


def _styles() -> _Styles:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontSize=9, leading=12)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        heading=ParagraphStyle("heading", parent=base["Heading2"], fontSize=12, spaceBefore=8, spaceAfter=4,
                               keepWithNext=1),
        title=ParagraphStyle("title", parent=base["Title"], fontSize=18, alignment=0),
        quote=ParagraphStyle("quote", parent=body, fontSize=8, leading=10, leftIndent=8, textColor=MUTED,
                             borderPadding=(2, 2, 2, 6)),  # fmt: skip
    )


class _RunningHeader(Flowable):
    """Sets the running header from here on (each report in a batch pack names its own agent or team)."""

    def __init__(self, left: str, right: str) -> None:
        super().__init__()
        self.texts = (left, right)
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv._qa_header = self.texts  # noqa: SLF001 - read back when the page ends


class _Document(BaseDocTemplate):
    """A4 with a running header, "Made …" and page numbers, and contents entries for `section` headings."""

    def __init__(self, path: Path, title: str, **kwargs: Any) -> None:
        super().__init__(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                         bottomMargin=18 * mm, title=title, author="QA Studio", **kwargs)  # fmt: skip
        self.made = datetime.now().strftime("%Y-%m-%d %H:%M")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._decorate)])

    def _decorate(self, canvas: Any, document: Any) -> None:
        left_text, right_text = getattr(canvas, "_qa_header", ("", ""))
        canvas.saveState()
        canvas.setFillColor(MUTED)
        top, left, right = A4[1] - 12 * mm, 18 * mm, A4[0] - 18 * mm
        draw(canvas, left, top, left_text)
        draw(canvas, right, top, right_text, right=True)
        canvas.setStrokeColor(colors.HexColor("#D0D7DE"))
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
        draw(canvas, left, 10 * mm, tr("Made {when}").format(when=self.made))
        draw(canvas, right, 10 * mm, tr("Page {number}").format(number=document.page), right=True)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook
        if isinstance(flowable, Paragraph) and flowable.style.name == "section":
            self.notify("TOCEntry", (0, flowable.text, self.page))


def _section_style(styles: _Styles) -> ParagraphStyle:
    return ParagraphStyle("section", parent=styles.title)


def _agent_story(report: AgentReport, language: str, width: float, styles: _Styles,
                 heading: ParagraphStyle | None = None) -> list[Any]:  # fmt: skip
    body, small, head = styles.body, styles.small, styles.heading
    period = period_label(report.period.label)
    s, team = report.summary, report.team_summary
    figures = [
        [tr("Figure"), report.agent, tr("Team")],
        [tr("Evaluations"), s.evaluations, team.evaluations],
        *([] if report.quota is None else [[tr("Sampled (quota)"), report.quota, "—"]]),
        [tr("Average score"), _score(s.average), _score(team.average)],
        [tr("Pass rate"), _percent(s.pass_rate), _percent(team.pass_rate)],
        [tr("Fatal failures (score 0)"), s.fatal, team.fatal],
        [tr("Section-critical failures"), s.section_critical, team.section_critical],
    ]
    story: list[Any] = [
        _RunningHeader(tr("QA Studio coaching report"), f"{report.agent} — {period}"),
        Paragraph(rich(tr("Coaching report: {agent}").format(agent=report.agent)), heading or styles.title),
        Paragraph(rich(f"{tr('Team')}: {report.team or '—'} · {tr('Period')}: {period}"), body),
        Spacer(1, 4 * mm),
        _table([[Paragraph(rich(cell), body) for cell in row] for row in figures],
               [width * 0.5, width * 0.25, width * 0.25]),  # fmt: skip
        Paragraph(rich(tr("Trend")), head),
        _trend_chart(report, width),
    ]

    def criteria_table(rates: list[CriterionRate]) -> Table:
        rows = [[Paragraph(rich(tr("Criterion")), body), Paragraph(rich(tr("Pass rate")), body),
                 Paragraph(rich(tr("Answered")), body)]]
        rows += [[Paragraph(rich(_label(c.label, language)), body), _percent(c.pass_rate), c.answered] for c in rates]
        return _table(rows, [width * 0.7, width * 0.15, width * 0.15])

    story += [Paragraph(rich(tr("Weakest criteria")), head), criteria_table(report.weakest),
              Paragraph(rich(tr("Strongest criteria")), head), criteria_table(report.strongest)]  # fmt: skip
    failures = [e for e in report.evaluations if e.fatal or e.section_critical]
    story.append(Paragraph(rich(tr("Critical failures")), head))
    if failures:
        rows = [[Paragraph(rich(tr(h)), body) for h in ("Interaction", "Started", "Failure kind", "Score")]]
        rows += [[e.interaction_id, e.started_at.strftime("%Y-%m-%d") if e.started_at else "",
                  Paragraph(rich(tr("fatal — the evaluation scores 0") if e.fatal else
                                 tr("section-critical — its section scores 0")), body), _score(e.score)]
                 for e in failures]  # fmt: skip
        story.append(_table(rows, [width * 0.15, width * 0.2, width * 0.5, width * 0.15]))
    else:
        story.append(Paragraph(rich(tr("None in this period.")), small))
    story += _coaching_story(report, language, width, styles)
    story.append(CondPageBreak(40 * mm))
    story.append(Paragraph(rich(tr("Selected evaluations and comments")), head))
    by_evaluation: dict[int, list[str]] = {}
    for comment in report.comments:
        where = _label(comment.criterion, language) if comment.criterion else tr("overall")
        text = f"<b>{rich(where)}</b>: {rich(comment.text)}"
        if comment.excerpt:
            said = tr("at {moment}").format(moment=moment_label(comment.at_ms or 0))
            text += f'<br/><font color="#1F6FEB">» {rich(said)}</font> <i>“{rich(comment.excerpt)}”</i>'
        by_evaluation.setdefault(comment.evaluation_id, []).append(text)
    chosen = selected_evaluations(report, set(by_evaluation))
    note = tr("{shown} of {total} evaluations: those with comments, failures or coaching; every evaluation is in "
              "the Excel report.").format(shown=len(chosen), total=len(report.evaluations))  # fmt: skip
    story.append(Paragraph(rich(note), small))
    rows = [[Paragraph(rich(tr(h)), body) for h in ("Started", "Interaction", "Score", "Comments")]]
    for e in chosen:
        notes = "<br/>".join(by_evaluation.get(e.evaluation_id, [])) or "—"
        started = e.started_at.strftime("%Y-%m-%d %H:%M") if e.started_at else ""
        rows.append([started, e.interaction_id, _score(e.score), Paragraph(notes, small)])
    story.append(_table(rows, [width * 0.2, width * 0.13, width * 0.1, width * 0.57]))
    story += _root_cause_story(report.root_causes, language, width, styles, with_agent=False)
    return story


def _root_cause_story(causes: RootCauseReport | None, language: str, width: float, styles: _Styles,
                      with_agent: bool) -> list[Any]:  # fmt: skip
    """The Pareto of root causes of failed answers and the repeated failures at the lead's threshold."""
    if causes is None:
        return []
    body, small = styles.body, styles.small
    story: list[Any] = [CondPageBreak(40 * mm), Paragraph(rich(tr("Root causes of failed answers")), styles.heading)]
    if not causes.pareto:
        return [*story, Paragraph(rich(tr("No criterion was failed in this period.")), small)]
    rows = [[Paragraph(rich(tr(h)), body) for h in ("Root cause", "Failures", "Share", "Cumulative")]]
    rows += [[Paragraph(rich(_label(c.label if c.key else NO_CAUSE_LABEL, language)), body), c.count,
              _percent(c.share), _percent(c.cumulative)] for c in causes.pareto]  # fmt: skip
    story.append(_table(rows, [width * 0.5, width * 0.15, width * 0.15, width * 0.2]))
    story.append(Paragraph(rich(tr("Repeated failures: the same criterion failed at least {n} times by one agent in "
                                   "the period").format(n=causes.threshold)), styles.heading))  # fmt: skip
    if not causes.repeated:
        return [*story, Paragraph(rich(tr("None in this period.")), small)]
    headers = ([tr("Agent")] if with_agent else []) + [tr("Criterion"), tr("Failures"), tr("Root causes")]
    rows = [[Paragraph(rich(h), body) for h in headers]]
    for r in causes.repeated:
        named = ", ".join(f"{_label(causes.cause_labels.get(k, {'en': k}), language)} × {n}"
                          for k, n in r.causes.items())  # fmt: skip
        row = [Paragraph(rich(_label(r.label, language)), body), r.failures, Paragraph(rich(named), small)]
        rows.append(([Paragraph(rich(r.agent), body)] if with_agent else []) + row)
    fractions = (0.2, 0.35, 0.1, 0.35) if with_agent else (0.45, 0.1, 0.45)
    story.append(_table(rows, [width * f for f in fractions]))
    return story


SELECTED_EVALUATIONS = 30


def selected_evaluations(report: AgentReport, commented: set[int]) -> list[Any]:
    """The evaluations worth reading in a coaching report: coached on, failed, critical or commented, newest first
    (at most SELECTED_EVALUATIONS); with none of those, the lowest-scored ten."""
    coached = {i for record in report.coaching for i in record.evaluation_ids}
    chosen = [e for e in report.evaluations if e.evaluation_id in coached or e.evaluation_id in commented
              or e.fatal or e.section_critical or e.passed is False]  # fmt: skip
    if not chosen:
        chosen = sorted((e for e in report.evaluations if e.score is not None), key=lambda e: e.score)[:10]
    return sorted(chosen, key=lambda e: e.started_at or datetime.min, reverse=True)[:SELECTED_EVALUATIONS]


def _coaching_story(report: AgentReport, language: str, width: float, styles: _Styles) -> list[Any]:
    heading = Paragraph(rich(tr("Coaching action plan")), styles.heading)
    if not report.coaching:
        return [heading, Paragraph(rich(tr("No coaching records in this period.")), styles.small)]
    story: list[Any] = []
    for number, record in enumerate(report.coaching):
        held = record.held_on.isoformat() if record.held_on else tr("not yet held")
        focus = ", ".join(_label(label, language) for label in record.focus_labels) or "—"
        session_words = tr("Coaching session {held} with {coach}").format(held=held, coach=record.trainer)
        focus_words = tr("Focus")
        lines = [f"<b>{rich(session_words)}</b> · {rich(coaching_state(record.status))}",
                 f"{rich(focus_words)}: {rich(focus)}"]  # fmt: skip
        if record.evaluation_ids:
            source = tr("From evaluations")
            lines.append(f"{rich(source)}: {', '.join(str(i) for i in record.evaluation_ids)}")
        if record.notes:
            lines.append(rich(record.notes))
        block: list[Any] = [heading] if number == 0 else []
        block.append(Paragraph("<br/>".join(lines), styles.body))
        if record.actions:
            rows = [[Paragraph(rich(tr(h)), styles.body) for h in ("Action item", "Due", "Status")]]
            for action in record.actions:
                late = tr("overdue")
                status = action_state(action.status) + (f" · {late}" if action.overdue() else "")
                rows.append([Paragraph(rich(action.description), styles.body),
                             action.due_on.isoformat() if action.due_on else "—", Paragraph(rich(status), styles.body)])
            block.append(_table(rows, [width * 0.6, width * 0.17, width * 0.23]))
        block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block))
    return story


def agent_pdf(report: AgentReport, path: Path, language: str = "en", organisation: str = "") -> Path:
    register_fonts()
    styles = _styles()
    document = _Document(path, tr("Coaching report: {agent}").format(agent=report.agent))
    story = _agent_story(report, language, document.width, styles)
    if organisation:
        story[0] = _RunningHeader(f"{tr('QA Studio coaching report')} · {organisation}", story[0].texts[1])
    document.build(story)
    return Path(path)


def _team_story(report: TeamReport, language: str, width: float, styles: _Styles,
                heading: ParagraphStyle | None = None) -> list[Any]:  # fmt: skip
    body, head = styles.body, styles.heading
    period = period_label(report.period.label)
    s = report.summary
    story: list[Any] = [
        _RunningHeader(tr("QA Studio team report"), f"{report.team} — {period}"),
        Paragraph(rich(tr("Team report: {team}").format(team=report.team)), heading or styles.title),
        Paragraph(rich(f"{tr('Period')}: {period} · {tr('Evaluations')}: {s.evaluations} · "
                       f"{tr('Average score')}: {_score(s.average)} · {tr('Pass rate')}: {_percent(s.pass_rate)}"),
                  body),  # fmt: skip
        Spacer(1, 3 * mm),
        _bar_chart([(k.agent, k.summary.average) for k in report.agents], width, tr("Average score per agent")),
        Paragraph(rich(tr("Agents")), head),
    ]
    rows = [[Paragraph(rich(tr(h)), body) for h in ("Agent", "Evaluations", "Sampled (quota)", "Average score",
                                                    "Pass rate", "Fatal", "Section-critical")]]  # fmt: skip
    rows += [[Paragraph(rich(k.agent), body), k.summary.evaluations, k.quota, _score(k.summary.average),
              _percent(k.summary.pass_rate), k.summary.fatal, k.summary.section_critical] for k in report.agents]
    story.append(_table(rows, [width * f for f in (0.22, 0.13, 0.15, 0.14, 0.12, 0.1, 0.14)]))
    # The criteria failed most often across the team, with each agent's failure rate beside it.
    failing = []
    for key, label in zip(report.criterion_keys, report.criteria, strict=True):
        rates = [report.failure_rates.get((k.agent, key)) for k in report.agents]
        known = [r for r in rates if r is not None]
        if known and max(known) > 0:
            failing.append((sum(known) / len(known), label, rates))
    failing.sort(key=lambda item: -item[0])
    story.append(Paragraph(rich(tr("Criteria failed most often")), head))
    if failing:
        names = [k.agent for k in report.agents]
        share = (width * 0.4) / max(len(names), 1)
        rows = [[Paragraph(rich(tr("Criterion")), body), Paragraph(rich(tr("Team")), body),
                 *(Paragraph(rich(name), styles.small) for name in names)]]  # fmt: skip
        style: list[tuple[Any, ...]] = []
        for row_number, (mean, label, rates) in enumerate(failing[:12], start=1):
            rows.append([Paragraph(rich(_label(label, language)), body), _percent(mean),
                         *(_percent(rate) for rate in rates)])  # fmt: skip
            for column, rate in enumerate(rates, start=2):
                if rate:
                    shade = colors.Color(0.97, 1 - min(rate, 0.5) * 1.2, 1 - min(rate, 0.5) * 1.2)
                    style.append(("BACKGROUND", (column, row_number), (column, row_number), shade))
        table = _table(rows, [width * 0.45, width * 0.15, *(share for _ in names)])
        table.setStyle(TableStyle(style))
        story.append(table)
    else:
        story.append(Paragraph(rich(tr("No criterion was failed in this period.")), styles.small))
    story.append(Paragraph(rich(tr("Reviewer workload")), head))
    rows = [[Paragraph(rich(tr(h)), body) for h in ("Reviewer", "Evaluations submitted", "Assigned")]]
    rows += [[Paragraph(rich(name), body), done, assigned] for name, (done, assigned) in report.reviewers.items()]
    story.append(_table(rows, [width * 0.5, width * 0.25, width * 0.25]))
    story += _service_story(report.service, width, styles)
    story += _root_cause_story(report.root_causes, language, width, styles, with_agent=True)
    return story


def _service_story(service: ServiceKpis | None, width: float, styles: _Styles) -> list[Any]:
    """The service KPIs beside quality, as on the team page: the pass share against its target, each channel over
    every interaction against the team's standards, and per agent QA beside CSAT with their correlation."""
    if service is None:
        return []
    body, small = styles.body, styles.small
    share, target = _percent(service.quality_pass_share), _percent(service.standards.quality_target)
    story: list[Any] = [
        CondPageBreak(40 * mm), Paragraph(rich(tr("Service KPIs")), styles.heading),
        Paragraph(rich(tr("quality pass share {share} (target {target}) over {n} evaluations").format(
            share=share, target=target, n=service.evaluations)), body),
    ]  # fmt: skip
    rows: list[list[Any]] = [[Paragraph(rich(tr(h)), small) for h in (
        "Channel", "Interactions", "Standard (s)", "First reply in time", "Every reply in time", "Handling (min)",
        "CSAT (1–5)", "Surveys", "Resolved")]]  # fmt: skip
    rows += [[Paragraph(rich(channel_text(c.channel)), body), c.interactions, "—" if c.standard_seconds is None else
              c.standard_seconds, _percent(c.first_response_share), _percent(c.reply_share),
              number_text(c.handling_minutes, 1), number_text(c.csat), c.csat_n, _percent(c.resolution_share)]
             for c in service.channels]  # fmt: skip
    story.append(_table(rows, [width * f for f in (0.12, 0.11, 0.11, 0.12, 0.12, 0.11, 0.1, 0.1, 0.11)]))
    story.append(Spacer(1, 3 * mm))
    rows = [[Paragraph(rich(tr(h)), small) for h in (
        "Agent", "QA average", "Evaluations", "CSAT", "Surveys", "Correlation r", "Pairs")]]  # fmt: skip
    rows += [[Paragraph(rich(a.agent), body), number_text(a.qa_average, 1), a.evaluations, number_text(a.csat),
              a.surveys, number_text(a.correlation), a.pairs] for a in service.agents]  # fmt: skip
    story.append(_table(rows, [width * f for f in (0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13)]))
    return story


def team_pdf(report: TeamReport, path: Path, language: str = "en") -> Path:
    register_fonts()
    document = _Document(path, tr("Team report: {team}").format(team=report.team))
    document.build(_team_story(report, language, document.width, _styles()))
    return Path(path)


def _number(value: float | None, places: int = STATISTIC_PLACES, signed: bool = False) -> str:
    return number_text(value, places, signed)


def _with_interval(value: float, bounds: tuple[float, float]) -> str:
    return "—" if _finite(value) is None else f"{_number(value)} {interval_text(bounds)}".strip()


def calibration_pdf(results: Any, path: Path, language: str = "en") -> Path:
    """A calibration session: the reviewers against the benchmark, agreement per criterion with chance-corrected
    figures and the group's notes, the overall scores side by side and the intraclass correlation."""
    from PySide6.QtCore import QCoreApplication

    register_fonts()
    styles = _styles()
    body, head = styles.body, styles.heading
    session = results.session
    document = _Document(path, tr("Calibration: {title}").format(title=session.title))
    width = document.width
    overall = results.stats.overall
    benchmark = {"expert": tr("the expert's answers"), "consensus": tr("the consensus")}.get(
        results.benchmark_source or "", "—")  # fmt: skip
    story: list[Any] = [
        _RunningHeader(tr("QA Studio calibration report"), session.title),
        Paragraph(rich(tr("Calibration: {title}").format(title=session.title)), styles.title),
        _table([[Paragraph(rich(a), body), Paragraph(rich(b), body)] for a, b in (
            (tr("Scorecard"), f"{session.scorecard_key} v{session.scorecard_version}"),
            (tr("Reviewers"), ", ".join(results.reviewers)),
            (tr("Interactions"), ", ".join(str(i) for i in results.interaction_ids)),
            (tr("Benchmark"), benchmark), (tr("Tolerance (points)"), str(session.tolerance)),
            ("ICC(2,1) · ICC(2,k) (95 %)",
             f"{_with_interval(overall.icc_2_1.value, (overall.icc_2_1.lower, overall.icc_2_1.upper))} · "
             f"{_with_interval(overall.icc_2_k.value, (overall.icc_2_k.lower, overall.icc_2_k.upper))}"),
        )], [width * 0.3, width * 0.7], header=False),  # fmt: skip
        Paragraph(rich(tr("Reviewers against the benchmark")), head),
    ]
    rows = [[Paragraph(rich(tr(h)), styles.small) for h in (
        "Reviewer", "Deviation (points)", "Absolute deviation", "Within tolerance", "Criterion alignment",
        "Criteria aligned", "Critical missed", "Wrongly failed")]]  # fmt: skip
    for r in results.stats.reviewers:
        rows.append([Paragraph(rich(r.reviewer), body), _number(r.mean_signed_deviation, 1, signed=True),
                     _number(r.mean_abs_deviation, 1), _percent(_finite(r.within_tolerance_share)),
                     _percent(_finite(r.criterion_alignment)), _percent(_finite(r.criteria_aligned_share)),
                     len(r.critical_missed), len(r.critical_wrongly_failed)])  # fmt: skip
    story.append(_table(rows, [width * 0.2] + [width * 0.8 / 7] * 7))
    story.append(Paragraph(rich(tr("Deviation above 0: more lenient than the benchmark; below 0: stricter.")),
                           styles.small))  # fmt: skip
    scores = {(e.reviewer, e.interaction): e.score for e in results.evaluations}
    bench = {e.interaction: e.score for e in results.benchmark}
    rows = [[Paragraph(rich(tr("Interaction")), body), *(Paragraph(rich(p), styles.small) for p in results.reviewers),
             Paragraph(rich(tr("Benchmark")), body)]]  # fmt: skip
    style: list[tuple[Any, ...]] = []
    for row_number, interaction in enumerate(results.interaction_ids, start=1):
        expected = bench.get(str(interaction))
        row: list[Any] = [interaction]
        for column, person in enumerate(results.reviewers, start=1):
            value = scores.get((person, str(interaction)))
            row.append(_number(value, 1))
            if value is not None and expected is not None and abs(value - expected) > float(session.tolerance):
                style.append(("BACKGROUND", (column, row_number), (column, row_number), colors.HexColor("#FFF2CC")))
        row.append(_number(expected, 1))
        rows.append(row)
    share = width * 0.7 / (len(results.reviewers) + 1)
    table = _table(rows, [width * 0.3, *([share] * (len(results.reviewers) + 1))])
    table.setStyle(TableStyle(style))
    story += [Paragraph(rich(tr("Overall scores")), head), table,
              Paragraph(rich(tr("Shaded: further from the benchmark than the tolerance.")), styles.small)]  # fmt: skip
    labels = {c.key: _label({"en": c.label.en, "zh": c.label.zh}, language) for c in results.scorecard.criteria()}
    rows = [[Paragraph(rich(tr(h)), styles.small) for h in ("Criterion", "Agreement")]
            + [Paragraph(rich("Krippendorff α (95 %)"), styles.small), Paragraph(rich("Fleiss κ (95 %)"), styles.small)]
            + [Paragraph(rich(tr(h)), styles.small) for h in ("Reading", "Note")]]  # fmt: skip
    for c in results.stats.criteria:
        reading = QCoreApplication.translate("CalibrationColumns", c.kappa_reading) if c.kappa_reading else "—"
        label = Paragraph(rich(labels.get(c.criterion, c.criterion)), body)
        alpha = Paragraph(_with_interval(c.alpha, c.alpha_ci), body)
        rows.append([label, _percent(_finite(c.percent_agreement)), alpha,
                     Paragraph(_with_interval(c.kappa, c.kappa_ci), body),
                     Paragraph(rich(reading), body),
                     Paragraph(rich(results.notes.get(c.criterion, "")), styles.small)])  # fmt: skip
    story += [CondPageBreak(50 * mm), Paragraph(rich(tr("Agreement per criterion")), head),
              _table(rows, [width * f for f in (0.22, 0.1, 0.18, 0.18, 0.12, 0.2)]),
              Paragraph(rich(tr("Percent agreement is inflated when almost every answer is the same; read it beside "
                                "the chance-corrected α and κ.")), styles.small)]  # fmt: skip
    document.build(story)
    return Path(path)


def _finite(value: float | None) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def batch_pdf(title: str, subtitle: str, team: TeamReport | None, agents: Sequence[AgentReport], path: Path,
              language: str = "en", progress: Callable[[int, int, str], None] | None = None) -> Path:  # fmt: skip
    """One PDF for a whole team and period: a cover, a contents page with page numbers, the team summary, then each
    agent's coaching report starting on a new page."""
    register_fonts()
    styles = _styles()
    section = _section_style(styles)
    document = _Document(path, title)
    width = document.width
    contents = TableOfContents()
    contents.levelStyles = [ParagraphStyle("contents", parent=styles.body, fontSize=11, leading=16)]
    cover_title = ParagraphStyle("cover", parent=styles.title, fontSize=26, leading=32, spaceAfter=10)
    story: list[Any] = [
        _RunningHeader("QA Studio", subtitle),
        Spacer(1, 60 * mm),
        Paragraph(rich(title), cover_title),
        Paragraph(rich(subtitle), ParagraphStyle("subtitle", parent=styles.body, fontSize=13, leading=18)),
        Spacer(1, 8 * mm),
        Paragraph(rich(tr("{count} coaching reports").format(count=len(agents))), styles.body),
        Paragraph(rich(tr("Made {when}").format(when=document.made)), styles.small),
        PageBreak(),
        Paragraph(rich(tr("Contents")), styles.title),
        contents,
    ]
    if team is not None:
        story += [PageBreak(), *_team_story(team, language, width, styles, section)]
    for number, report in enumerate(agents, start=1):
        if progress is not None:
            progress(number - 1, len(agents), report.agent)
        story += [PageBreak(), *_agent_story(report, language, width, styles, section)]
    document.multiBuild(story)
    return Path(path)
