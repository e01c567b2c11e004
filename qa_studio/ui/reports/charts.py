"""Qt Charts for the overview pages: an agent's average score over time beside the team's, and the team's average per
agent. Colours follow the theme, so they read in dark mode too."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from qa_studio.services.reporting import TrendPoint
from qa_studio.ui.theme import Tone, colour, is_dark


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    return chart


def _score_axis() -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%d")
    return axis


class ChartView(QChartView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def show_trend(self, points: list[TrendPoint], team_average: float | None, unit: str) -> None:
        if unit == "week":
            title = QCoreApplication.translate("ReportCharts", "Average score by week")
        else:
            title = QCoreApplication.translate("ReportCharts", "Average score by month")
        chart = _chart(title)
        shown = [p for p in points if p.average is not None]
        shape = "MM-dd" if unit == "week" else "yyyy-MM"
        categories = [p.start.strftime("%m-%d" if shape == "MM-dd" else "%Y-%m") for p in shown]
        own = QLineSeries()
        own.setName(QCoreApplication.translate("ReportCharts", "Agent"))
        for index, point in enumerate(shown):
            own.append(index, point.average or 0)
        own.setPointsVisible(True)
        own.setPen(QPen(QColor(colour(Tone.ACCENT)), 2.5))
        chart.addSeries(own)
        if team_average is not None and shown:
            team = QLineSeries()
            team.setName(QCoreApplication.translate("ReportCharts", "Team average"))
            team.append(-0.5, team_average)
            team.append(len(shown) - 0.5, team_average)
            pen = QPen(QColor(colour(Tone.MUTED)), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            team.setPen(pen)
            chart.addSeries(team)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories or ["—"])
        # A category axis for lines: point n sits in the middle of the n-th period's band.
        values = QValueAxis()
        values.setRange(-0.5, max(len(shown), 1) - 0.5)
        values.setVisible(False)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        y_axis = _score_axis()
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(values)
            series.attachAxis(y_axis)
        self.setChart(chart)
        self.points = len(shown)

    def show_bars(self, values: list[tuple[str, float | None]]) -> None:
        chart = _chart(QCoreApplication.translate("ReportCharts", "Average score per agent"))
        shown = [(name, value) for name, value in values if value is not None]
        bars = QBarSet(QCoreApplication.translate("ReportCharts", "Average score"))
        bars.setColor(QColor(colour(Tone.ACCENT)))
        for _name, value in reversed(shown):
            bars.append(round(value or 0, 1))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([name for name, _value in reversed(shown)] or ["—"])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        axis = _score_axis()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(axis)
        chart.legend().setVisible(False)
        self.setChart(chart)
        self.points = len(shown)
