"""The PDF reports' tables and charts as a reader sees them: headers wrap between words (never "Section-critica / l"
or "抽样数（配额" / "）"), chart numbers in the text's font, and each bar's value just past the bar's end."""

from __future__ import annotations

import html
import re

import pytest
from reportlab.graphics.shapes import Group, Rect, String
from reportlab.graphics.widgetbase import Widget
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from qa_studio.reports import pdf

WIDTH = A4[0] - 36 * mm  # the reports' text width
TEAM_COLUMNS = (0.22, 0.13, 0.15, 0.14, 0.12, 0.1, 0.14)  # the team report's agents table
HEADERS = {
    "en": ("Agent", "Evaluations", "Sampled (quota)", "Average score", "Pass rate", "Fatal", "Section-critical"),
    "zh": ("坐席", "评估", "抽样数（配额）", "平均分", "合格率", "致命项", "部分关键项"),
}


@pytest.mark.parametrize("language", list(HEADERS))
def test_table_headers_wrap_between_words(language: str) -> None:
    pdf.register_fonts()
    body = pdf._styles().body
    header = [Paragraph(pdf.rich(text), body) for text in HEADERS[language]]
    table = pdf._table([header, ["李伟", 10, 12, "82.8", "80 %", 0, 1]], [WIDTH * f for f in TEAM_COLUMNS])
    table.wrap(WIDTH, A4[1])
    assert sum(table._colWidths) == pytest.approx(WIDTH)  # noqa: SLF001 - the widths reportlab lays out with
    for cell, column_width in zip(header, table._colWidths, strict=True):  # noqa: SLF001
        cell.wrap(column_width - 2 * pdf.CELL_PADDING, A4[1])
        words = html.unescape(re.sub(r"<[^>]+>", "", cell.text)).split()
        # More lines than words: a word (or a run of Chinese, which has no spaces) was broken inside.
        assert len(cell.blPara.lines) <= len(words), f"{cell.text!r} breaks inside a word"


def test_fitted_widths_keep_the_total_and_give_each_column_its_room() -> None:
    fitted = pdf.fitted_widths([100, 50, 50], [20, 70, 30])
    assert sum(fitted) == pytest.approx(200)
    assert fitted[1] >= 70 and fitted[2] >= 30 and fitted[0] >= 20
    assert pdf.fitted_widths([100, 100], [10, 10]) == [100, 100]  # room enough: unchanged


def _flatten(node: object, dx: float = 0.0, dy: float = 0.0) -> list[tuple[object, float, float]]:
    """The shapes a chart draws (its axes' and labels' included), each with the page offset of its group."""
    if isinstance(node, Widget):
        return _flatten(node.draw(), dx, dy)
    if isinstance(node, Group):
        a, b, c, d, e, f = node.transform
        assert (a, b, c, d) == (1, 0, 0, 1), "only moved groups are expected in the chart"
        return [leaf for child in node.contents for leaf in _flatten(child, dx + e, dy + f)]
    return [(node, dx, dy)]


def test_bar_chart_numbers_use_the_text_font_and_sit_past_the_bars() -> None:
    pdf.register_fonts()
    drawing = pdf._bar_chart([("李伟", 82.8), ("王芳", 75.4), ("陈静", 99.5)], WIDTH, "Average score per agent")
    chart = drawing.contents[0]
    shapes = _flatten(chart)
    strings = [(s, dx, dy) for s, dx, dy in shapes if isinstance(s, String)]
    numbers = [s for s, _dx, _dy in strings if re.fullmatch(r"[\d.]+", s.text)]
    assert len(numbers) >= 6 and all(s.fontName == "Helvetica" for s in numbers)  # axis and values, not Times
    bars = [(r, dx, dy) for r, dx, dy in shapes if isinstance(r, Rect) and r.fillColor == pdf.ACCENT]
    for value in ("82.8", "75.4", "99.5"):
        label, dx, dy = next(found for found in strings if found[0].text == value)
        width = pdf.pdfmetrics.stringWidth(value, label.fontName, label.fontSize)
        left = dx + label.x - {"start": 0, "middle": width / 2, "end": width}[label.textAnchor]
        bar, bx, _by = min(bars, key=lambda found: abs(found[2] + found[0].y + found[0].height / 2 - dy - label.y))
        assert left >= bx + bar.x + bar.width, f"{value} overlaps the end of its bar"
