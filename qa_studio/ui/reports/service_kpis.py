"""The service-KPI tab of the team page: the quality pass share against its target, response-time compliance,
handling time, CSAT and resolution per channel over every interaction, and per agent QA beside CSAT."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from qa_studio.reports.figures import number_text, percent_text
from qa_studio.services.kpis import ServiceKpis
from qa_studio.ui.interactions.model import CHANNEL_LABELS, translated
from qa_studio.ui.reports.root_causes import _table
from qa_studio.ui.scoring.evidence_text import duration_text
from qa_studio.ui.theme import Tone, brush


def _cell(text: str, tone: Tone | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tone is not None:
        item.setForeground(brush(tone))
    return item


def _duration(seconds: int | None) -> str:
    """A channel's standard as the scoring panel writes a wait: 30 s, 2 h, in the interface language."""
    return "—" if seconds is None else duration_text(seconds * 1000)


class ServiceKpiPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceKpis")
        self.quality = QLabel(self)
        self.quality.setObjectName("qualityTarget")
        self.standards_button = QPushButton(self.tr("&Standards…"), self)
        self.standards_button.setObjectName("standardsButton")
        self.standards_button.setToolTip(self.tr("Response times per channel, the quality target and the "
                                                 "repeated-failure threshold, for the whole team (leads and "
                                                 "administrators)"))  # fmt: skip
        self.channels = _table("serviceChannels", [
            self.tr("Channel"), self.tr("Interactions"), self.tr("Standard"), self.tr("First reply in time"),
            self.tr("Every reply in time"), self.tr("Handling (min)"), self.tr("CSAT (1–5)"), self.tr("Surveys"),
            self.tr("Resolved")], self)  # fmt: skip
        self.channels.setAccessibleName(self.tr("Service figures per channel, over every interaction"))
        self.agents = _table("serviceAgents", [
            self.tr("Agent"), self.tr("QA average"), self.tr("Evaluations"), self.tr("CSAT"), self.tr("Surveys"),
            self.tr("Correlation r"), self.tr("Pairs")], self)  # fmt: skip
        self.agents.setAccessibleName(self.tr("Quality beside customer satisfaction per agent"))
        self.note = QLabel(self.tr(
            "Response times are measured on every interaction against the team's standards (Standards…, or "
            "qa-studio kpi standards); CSAT and resolution come from survey exports (File → Import CSAT and "
            "resolution…, or qa-studio kpi import). r: Pearson's correlation of QA score and CSAT over the agent's "
            "interactions with both (shown from 3 pairs)."), self)
        self.note.setWordWrap(True)
        self.note.setProperty("hint", True)
        top = QHBoxLayout()
        top.addWidget(self.quality, 1)
        top.addWidget(self.standards_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.channels, 1)
        layout.addWidget(self.agents, 1)
        layout.addWidget(self.note)

    def show_figures(self, figures: ServiceKpis | None) -> None:
        self.channels.setRowCount(0)
        self.agents.setRowCount(0)
        if figures is None:
            self.quality.setText("")
            return
        target = figures.standards.quality_target
        met = figures.meets_quality_target
        verdict = "" if met is None else (self.tr("meets the target") if met else self.tr("below the target"))
        self.quality.setText(self.tr("<b>Quality pass share {share}</b> against a target of {target} over {n} "
                                     "evaluations: {verdict}").format(
            share=percent_text(figures.quality_pass_share), target=percent_text(target), n=figures.evaluations,
            verdict=verdict))  # fmt: skip
        self.channels.setRowCount(len(figures.channels))
        for row, c in enumerate(figures.channels):
            first = c.first_response_share
            channel = translated(CHANNEL_LABELS.get(c.channel, c.channel))
            cells = [QTableWidgetItem(channel), _cell(str(c.interactions)), _cell(_duration(c.standard_seconds)),
                     _cell(percent_text(first), None if first is None else (Tone.SUCCESS if first >= 0.9 else
                                                                            Tone.DANGER)),
                     _cell(percent_text(c.reply_share)), _cell(number_text(c.handling_minutes, 1)),
                     _cell(number_text(c.csat)), _cell(str(c.csat_n)), _cell(percent_text(c.resolution_share))]
            for column, item in enumerate(cells):
                self.channels.setItem(row, column, item)
        self.agents.setRowCount(len(figures.agents))
        for row, a in enumerate(figures.agents):
            cells = [QTableWidgetItem(a.agent), _cell(number_text(a.qa_average, 1)), _cell(str(a.evaluations)),
                     _cell(number_text(a.csat)), _cell(str(a.surveys)), _cell(number_text(a.correlation)),
                     _cell(str(a.pairs))]
            for column, item in enumerate(cells):
                self.agents.setItem(row, column, item)
        self.channels.resizeColumnsToContents()
        self.agents.resizeColumnsToContents()
