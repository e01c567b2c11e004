"""PDF coaching reports with reportlab: running header, page numbers, the agent's figures beside the team's, a
trend chart drawn with reportlab's own graphics, strongest and weakest criteria, failures (fatal and
section-critical named apart), and the evaluations with their comments. Chinese text uses an embedded subset of an
openly licensed font (resources/fonts), so it shows on computers without Chinese fonts."""

from __future__ import annotations

import html
import re
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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from qa_studio.i18n import tr
from qa_studio.reports.xlsx import period_label
from qa_studio.resources import FONTS_DIR
from qa_studio.services.reporting import AgentReport, CriterionRate

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
    """Escaped text for a Paragraph, with Chinese runs in the embedded font."""
    escaped = html.escape("" if text is None else str(text))
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
    return "—" if value is None else f"{value * 100:.0f} %"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


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
    chart.categoryAxis.categoryNames = [p.start.strftime("%m-%d") for p in points]
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


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#D0D7DE"))]  # fmt: skip
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")), ("FONTNAME", (0, 0), (-1, 0),
                                                                                 "Helvetica-Bold")]  # fmt: skip
    table.setStyle(TableStyle(style))
    return table


def agent_pdf(report: AgentReport, path: Path, language: str = "en", organisation: str = "") -> Path:
    register_fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED)
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontSize=12, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=styles["Title"], fontSize=18, alignment=0)
    made = datetime.now().strftime("%Y-%m-%d %H:%M")
    period = period_label(report.period.label)

    def decorate(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        top, left, right = A4[1] - 12 * mm, 18 * mm, A4[0] - 18 * mm
        draw(canvas, left, top, tr("QA Studio coaching report") + (f" · {organisation}" if organisation else ""))
        draw(canvas, right, top, f"{report.agent} — {period}", right=True)
        draw(canvas, left, 10 * mm, tr("Made {when}").format(when=made))
        draw(canvas, right, 10 * mm, tr("Page {number}").format(number=document.page), right=True)
        canvas.restoreState()

    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=20 * mm, bottomMargin=18 * mm,
                                 title=tr("Coaching report: {agent}").format(agent=report.agent),
                                 author="QA Studio")  # fmt: skip
    width = A4[0] - 36 * mm
    s, team = report.summary, report.team_summary
    figures = [
        [tr("Figure"), report.agent, tr("Team")],
        [tr("Evaluations"), s.evaluations, team.evaluations],
        [tr("Sampled (quota)"), report.quota, "—"],
        [tr("Average score"), _score(s.average), _score(team.average)],
        [tr("Pass rate"), _percent(s.pass_rate), _percent(team.pass_rate)],
        [tr("Fatal failures (score 0)"), s.fatal, team.fatal],
        [tr("Section-critical failures"), s.section_critical, team.section_critical],
    ]
    story: list[Any] = [
        Paragraph(rich(tr("Coaching report: {agent}").format(agent=report.agent)), title),
        Paragraph(rich(f"{tr('Team')}: {report.team or '—'} · {tr('Period')}: {period}"), body),
        Spacer(1, 4 * mm),
        _table([[Paragraph(rich(cell), body) for cell in row] for row in figures],
               [width * 0.5, width * 0.25, width * 0.25]),  # fmt: skip
        Paragraph(rich(tr("Trend")), heading),
        _trend_chart(report, width),
    ]

    def criteria_table(rates: list[CriterionRate]) -> Table:
        rows = [[Paragraph(rich(tr("Criterion")), body), Paragraph(rich(tr("Pass rate")), body),
                 Paragraph(rich(tr("Answered")), body)]]
        rows += [[Paragraph(rich(_label(c.label, language)), body), _percent(c.pass_rate), c.answered] for c in rates]
        return _table(rows, [width * 0.7, width * 0.15, width * 0.15])

    story += [Paragraph(rich(tr("Weakest criteria")), heading), criteria_table(report.weakest),
              Paragraph(rich(tr("Strongest criteria")), heading), criteria_table(report.strongest)]  # fmt: skip
    failures = [e for e in report.evaluations if e.fatal or e.section_critical]
    story.append(Paragraph(rich(tr("Critical failures")), heading))
    if failures:
        rows = [[Paragraph(rich(tr(h)), body) for h in ("Interaction", "Started", "Failure kind", "Score")]]
        rows += [[e.interaction_id, e.started_at.strftime("%Y-%m-%d") if e.started_at else "",
                  Paragraph(rich(tr("fatal — the evaluation scores 0") if e.fatal else
                                 tr("section-critical — its section scores 0")), body), _score(e.score)]
                 for e in failures]  # fmt: skip
        story.append(_table(rows, [width * 0.15, width * 0.2, width * 0.5, width * 0.15]))
    else:
        story.append(Paragraph(rich(tr("None in this period.")), small))
    story.append(Paragraph(rich(tr("Evaluations and comments")), heading))
    by_evaluation: dict[int, list[str]] = {}
    for comment in report.comments:
        where = _label(comment.criterion, language) if comment.criterion else tr("overall")
        by_evaluation.setdefault(comment.evaluation_id, []).append(f"<b>{rich(where)}</b>: {rich(comment.text)}")
    rows = [[Paragraph(rich(tr(h)), body) for h in ("Started", "Interaction", "Score", "Comments")]]
    for e in report.evaluations:
        notes = "<br/>".join(by_evaluation.get(e.evaluation_id, [])) or "—"
        started = e.started_at.strftime("%Y-%m-%d %H:%M") if e.started_at else ""
        rows.append([started, e.interaction_id, _score(e.score), Paragraph(notes, small)])
    story.append(_table(rows, [width * 0.2, width * 0.13, width * 0.1, width * 0.57]))
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return Path(path)
