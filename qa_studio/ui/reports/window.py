"""Reports and coaching: pick a period and a team or an agent on the left; the page shows the same key figures as
the exported reports with a trend chart, so a trainer sees before exporting. The agent page keeps the coaching
records (new session from chosen evaluations, action items followed up); both pages export PDF and Excel, and the
team page starts a batch export. Figures load off the GUI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_studio.permissions import may_set_standards
from qa_studio.reports.figures import number_text, percent_text, score_text
from qa_studio.reports.labels import STATE_LABELS, action_state, coaching_state
from qa_studio.reports.xlsx import period_label
from qa_studio.services.autoqa import AutoQAService
from qa_studio.services.coaching import CoachingError, CoachingService
from qa_studio.services.kpi_reasons import reason
from qa_studio.services.kpis import KpiError, KpiService, Standards
from qa_studio.services.reporting import AgentReport, Period, ReportError, ReportingService, TeamReport, parse_period
from qa_studio.services.root_causes import DEFAULT_REPEAT_THRESHOLD
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import preferred_size
from qa_studio.ui.reports.agreement import AgreementPanel
from qa_studio.ui.reports.batch_dialog import BatchExportDialog
from qa_studio.ui.reports.charts import ChartView
from qa_studio.ui.reports.coaching_dialog import CoachingDialog, label_in
from qa_studio.ui.reports.keywords import KeywordListsDialog, KeywordPanel
from qa_studio.ui.reports.root_causes import RootCausePanel
from qa_studio.ui.reports.service_kpis import ServiceKpiPanel
from qa_studio.ui.reports.standards_dialog import StandardsDialog
from qa_studio.ui.tasks import Task
from qa_studio.ui.theme import Tone, brush

ROLE_ID = Qt.ItemDataRole.UserRole


def _percent(value: float | None) -> str:
    return percent_text(value)


def _score(value: float | None) -> str:
    return score_text(value)


def period_presets(today: date) -> list[tuple[str, str | None]]:
    """(label, period text) for the period box: all time, this and last month, this and last quarter, this year,
    today, this and last ISO week."""
    last_month = today.replace(day=1) - timedelta(days=1)
    week, last_week = today.isocalendar(), (today - timedelta(days=7)).isocalendar()
    quarter = (today.month - 1) // 3 + 1
    last_quarter = (today.year, quarter - 1) if quarter > 1 else (today.year - 1, 4)
    translate = QCoreApplication.translate
    return [
        (translate("ReportsWindow", "All time"), None),
        (translate("ReportsWindow", "This month"), f"{today:%Y-%m}"),
        (translate("ReportsWindow", "Last month"), f"{last_month:%Y-%m}"),
        (translate("ReportsWindow", "This quarter"), f"{today.year}-Q{quarter}"),
        (translate("ReportsWindow", "Last quarter"), f"{last_quarter[0]}-Q{last_quarter[1]}"),
        (translate("ReportsWindow", "This year"), f"{today.year}-01-01..{today.year}-12-31"),
        (translate("ReportsWindow", "Today"), today.isoformat()),
        (translate("ReportsWindow", "This week"), f"{week.year}-W{week.week:02d}"),
        (translate("ReportsWindow", "Last week"), f"{last_week.year}-W{last_week.week:02d}"),
    ]


def state_label(state: str) -> str:
    """An evaluation's state as the agent and the QA team read it."""
    return QCoreApplication.translate("EvaluationReviewDialog", STATE_LABELS.get(state, state))


def _table(name: str, headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _criterion_cell(label: dict[str, str], scorecard: str, names: dict[str, dict[str, str]],
                    language: str) -> QTableWidgetItem:  # fmt: skip
    """A criterion in its scorecard's wording, the scorecard named on hover: two scorecards' criteria may share a key
    and even a wording, and are never the same criterion."""
    cell = QTableWidgetItem(label_in(label, language))
    if scorecard:
        name = label_in(names.get(scorecard) or {"en": scorecard}, language)
        cell.setToolTip(QCoreApplication.translate("ReportsWindow", "Scorecard: {name}").format(name=name))
    return cell


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for row_number, row in enumerate(rows):
        for column, value in enumerate(row):
            text = "" if value is None else str(value)
            item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(text)
            table.setItem(row_number, column, item)
    table.resizeColumnsToContents()


def _lay_out(page: Any, buttons: list[QWidget], left: list[QWidget] | None = None) -> None:
    """A report page: the title, the figures beside the chart, the tabs, and the export buttons at the bottom."""
    top = QHBoxLayout()
    top.addWidget(page.figures, 1)
    top.addWidget(page.chart, 2)
    exports = QHBoxLayout()
    for button in left or []:
        exports.addWidget(button)
    exports.addStretch(1)
    for button in buttons:
        exports.addWidget(button)
    layout = QVBoxLayout(page)
    layout.addWidget(page.title)
    layout.addLayout(top)
    layout.addWidget(page.tabs, 1)
    layout.addLayout(exports)


class _Figures(QWidget):
    """Key figures as a small grid: figure, this agent (or team), and the team beside it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, tuple[QLabel, QLabel]] = {}

    def show_pairs(self, headers: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.values.clear()
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self)
            self.grid.addWidget(label, 0, column)
        for row, (name, own, other) in enumerate(rows, start=1):
            self.grid.addWidget(QLabel(name, self), row, 0)
            mine, theirs = QLabel(own, self), QLabel(other, self)
            mine.setProperty("data", True)
            theirs.setProperty("data", True)
            self.grid.addWidget(mine, row, 1)
            self.grid.addWidget(theirs, row, 2)
            self.values[name] = (mine, theirs)


class AgentPage(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("agentPage")
        self.title = QLabel(self)
        self.title.setObjectName("agentTitle")
        self.figures = _Figures("agentFigures", self)
        self.chart = ChartView("agentTrend", self)
        self.evaluations = _table("agentEvaluations", [
            self.tr("Choose"), self.tr("Started"), self.tr("Interaction"), self.tr("Reviewer"), self.tr("Score"),
            self.tr("Passed"), self.tr("Failures"), self.tr("Comment"), self.tr("State")], self)  # fmt: skip
        self.evaluations.setAccessibleName(self.tr("Evaluations; tick those to coach on"))
        self.criteria = _table("agentCriteria", [self.tr("Criterion"), self.tr("Pass rate"), self.tr("Answered")], self)
        self.coaching = QTreeWidget(self)
        self.coaching.setObjectName("coachingTree")
        self.coaching.setAccessibleName(self.tr("Coaching records and their action items"))
        self.coaching.setHeaderLabels([self.tr("Coaching session / action item"), self.tr("Date / due"),
                                       self.tr("Status"), self.tr("Coach")])  # fmt: skip
        self.coaching.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.new_coaching = QPushButton(self.tr("&New coaching session from ticked evaluations…"), self)
        self.new_coaching.setObjectName("newCoachingButton")
        self.action_done = QPushButton(self.tr("Mark action &done"), self)
        self.action_done.setObjectName("actionDoneButton")
        self.action_missed = QPushButton(self.tr("Mark action &missed"), self)
        self.add_action = QPushButton(self.tr("&Add action item…"), self)
        self.record_status = QComboBox(self)
        self.record_status.setObjectName("recordStatus")
        self.record_status.setAccessibleName(self.tr("Status of the chosen coaching session"))
        for state in ("planned", "held", "followed_up"):
            self.record_status.addItem(coaching_state(state), state)
        coaching_buttons = QHBoxLayout()
        for widget in (self.new_coaching, self.action_done, self.action_missed, self.add_action):
            coaching_buttons.addWidget(widget)
        coaching_buttons.addStretch(1)
        coaching_buttons.addWidget(QLabel(self.tr("Session status:"), self))
        coaching_buttons.addWidget(self.record_status)
        self.coaching.currentItemChanged.connect(self._record_chosen)
        coaching_box = QWidget(self)
        coaching_layout = QVBoxLayout(coaching_box)
        coaching_layout.addWidget(self.coaching)
        coaching_layout.addLayout(coaching_buttons)
        self.root_causes = RootCausePanel("agentRootCauses", with_agent=False, parent=self)
        self.quality_csat = _table("agentQualityCsat", [self.tr("From"), self.tr("Pairs"), self.tr("QA average"),
                                                        self.tr("CSAT"), self.tr("Correlation r")], self)  # fmt: skip
        self.quality_csat.setAccessibleName(self.tr("QA score beside CSAT per week or month, with their correlation"))
        self.quality_csat.setToolTip(self.tr("Interactions with both a QA score and a survey, per week or month: "
                                             "whether the two move together (r from 3 pairs)."))  # fmt: skip
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.evaluations, self.tr("&Evaluations"))
        self.tabs.addTab(self.criteria, self.tr("C&riteria"))
        self.tabs.addTab(self.root_causes, self.tr("Root ca&uses"))
        self.tabs.addTab(self.quality_csat, self.tr("QA and CSA&T"))
        self.tabs.addTab(coaching_box, self.tr("C&oaching"))
        self.export_pdf = QPushButton(self.tr("Export &PDF…"), self)
        self.export_pdf.setObjectName("agentPdfButton")
        self.export_xlsx = QPushButton(self.tr("Export E&xcel…"), self)
        self.export_xlsx.setObjectName("agentXlsxButton")
        _lay_out(self, [self.export_pdf, self.export_xlsx])

    def show_report(self, report: AgentReport, language: str, *, own: bool = False) -> None:
        """`own`: the agent's own page (My results): sampling quotas are the QA team's business, not shown."""
        period = period_label(report.period.label)
        team_word, period_word = self.tr("Team"), self.tr("Period")
        self.title.setText(f"<h2>{report.agent}</h2>{team_word}: {report.team or '—'} · {period_word}: {period}")
        s, team = report.summary, report.team_summary
        self.figures.show_pairs((self.tr("Figure"), report.agent, self.tr("Team")), [
            (self.tr("Evaluations"), str(s.evaluations), str(team.evaluations)),
            *([] if own else [(self.tr("Sampled (quota)"), str(report.quota), "—")]),
            (self.tr("Average score"), _score(s.average), _score(team.average)),
            (self.tr("Pass rate"), _percent(s.pass_rate), _percent(team.pass_rate)),
            (self.tr("Fatal failures (score 0)"), str(s.fatal), str(team.fatal)),
            (self.tr("Section-critical failures"), str(s.section_critical), str(team.section_critical)),
        ])  # fmt: skip
        self.chart.show_trend(report.trend, team.average, report.trend_unit)
        rows: list[list[object]] = []
        for e in report.evaluations:
            choose = QTableWidgetItem()
            choose.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            choose.setCheckState(Qt.CheckState.Unchecked)
            choose.setData(ROLE_ID, e.evaluation_id)
            failures = ", ".join(w for w, on in ((self.tr("fatal"), e.fatal),
                                                 (self.tr("section-critical"), e.section_critical)) if on)  # fmt: skip
            passed = QTableWidgetItem(self.tr("yes") if e.passed else self.tr("no"))
            if e.passed is False:
                passed.setForeground(brush(Tone.DANGER))
            interaction = QTableWidgetItem(str(e.interaction_id))
            interaction.setData(ROLE_ID, e.interaction_id)
            rows.append([choose, e.started_at.strftime("%Y-%m-%d %H:%M") if e.started_at else "", interaction,
                         e.reviewer, _score(e.score), passed, failures, e.comment or "",
                         state_label(e.state)])  # fmt: skip
        _fill(self.evaluations, rows)
        _fill(self.criteria,
              [[_criterion_cell(c.label, c.scorecard, report.scorecards, language), _percent(c.pass_rate), c.answered]
               for c in report.criteria])  # fmt: skip
        _fill(self.quality_csat, [[p.start.isoformat(), p.pairs, number_text(p.qa_average, 1), number_text(p.csat),
                                   number_text(p.correlation)] for p in report.quality_csat])  # fmt: skip
        self.root_causes.show_report(report.root_causes, language)
        self.coaching.clear()
        for record in report.coaching:
            focus = ", ".join(label_in(label, language) for label in record.focus_labels)
            title = self.tr("Coaching: {focus}").format(focus=focus or "—")
            held = record.held_on.isoformat() if record.held_on else ""
            item = QTreeWidgetItem([title, held, coaching_state(record.status), record.trainer])
            item.setData(0, ROLE_ID, ("record", record.id))
            item.setData(1, ROLE_ID, record.status)
            item.setToolTip(0, record.notes)
            self.coaching.addTopLevelItem(item)
            for action in record.actions:
                due = action.due_on.isoformat() if action.due_on else ""
                late = self.tr("overdue")
                status = action_state(action.status) + (f" · {late}" if action.overdue() else "")
                child = QTreeWidgetItem([action.description, due, status, ""])
                child.setData(0, ROLE_ID, ("action", action.id))
                if action.overdue():
                    child.setForeground(2, brush(Tone.DANGER))
                elif action.status == "done":
                    child.setForeground(2, brush(Tone.SUCCESS))
                item.addChild(child)
            item.setExpanded(True)

    def _record_chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        """The status box shows the chosen session's status (an action's session when an action is chosen)."""
        record = item.parent() or item if item is not None else None
        if record is not None:
            self.record_status.setCurrentIndex(max(self.record_status.findData(record.data(1, ROLE_ID)), 0))

    def ticked(self) -> list[int]:
        return [self.evaluations.item(row, 0).data(ROLE_ID) for row in range(self.evaluations.rowCount())
                if self.evaluations.item(row, 0).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def ticked_descriptions(self) -> dict[int, str]:
        """The ticked evaluations as their rows show them (interaction and time), for the coaching dialog to list."""
        shown = {}
        for row in range(self.evaluations.rowCount()):
            choose = self.evaluations.item(row, 0)
            if choose.checkState() == Qt.CheckState.Checked:
                interaction, started = self.evaluations.item(row, 2), self.evaluations.item(row, 1)
                shown[int(choose.data(ROLE_ID))] = self.tr("interaction {id} ({started})").format(
                    id=interaction.text() if interaction else "?", started=started.text() if started else "—"
                )
        return shown

    def chosen(self) -> tuple[str, int] | None:
        item = self.coaching.currentItem()
        return None if item is None else item.data(0, ROLE_ID)


class TeamPage(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self.title = QLabel(self)
        self.title.setObjectName("teamTitle")
        self.figures = _Figures("teamFigures", self)
        self.chart = ChartView("teamChart", self)
        self.agents = _table("teamAgents", [self.tr("Agent"), self.tr("Evaluations"), self.tr("Sampled (quota)"),
                                            self.tr("Average score"), self.tr("Pass rate"), self.tr("Fatal"),
                                            self.tr("Section-critical")], self)  # fmt: skip
        self.heatmap = _table("teamHeatmap", [], self)
        self.heatmap.horizontalHeader().setStretchLastSection(False)
        self.heatmap.setAccessibleName(self.tr("Share of answers failed per criterion and agent"))
        self.reviewers = _table("teamReviewers", [
            self.tr("Reviewer"), self.tr("Evaluations submitted"), self.tr("Assigned"), self.tr("Average score"),
            self.tr("Leniency (points)"), self.tr("Grading time (min)"), self.tr("Calibrations"),
            self.tr("Deviation from benchmark"), self.tr("Criteria aligned")], self)  # fmt: skip
        self.reviewers.setToolTip(self.tr(
            "Leniency: the reviewer's scores against the mean of everyone's on the same scorecard in the period "
            "(above 0 more lenient, below 0 stricter). Grading time: median from opening to submitting. Deviation "
            "and criteria aligned: against the benchmark in revealed calibration sessions."))  # fmt: skip
        self.root_causes = RootCausePanel("teamRootCauses", with_agent=True, parent=self)
        self.service = ServiceKpiPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.agents, self.tr("&Agents"))
        self.tabs.addTab(self.heatmap, self.tr("Failure &heatmap"))
        self.tabs.addTab(self.root_causes, self.tr("Root ca&uses"))
        self.tabs.addTab(self.service, self.tr("Service &KPIs"))
        self.tabs.addTab(self.reviewers, self.tr("Reviewer &workload"))
        self.keywords = KeywordPanel(self)
        self.tabs.addTab(self.keywords, self.tr("Key&words"))
        self.agreement = AgreementPanel(self)
        self.tabs.addTab(self.agreement, self.tr("AutoQA a&greement"))
        self.export_pdf = QPushButton(self.tr("Export &PDF…"), self)
        self.export_pdf.setObjectName("teamPdfButton")
        self.export_xlsx = QPushButton(self.tr("Export E&xcel…"), self)
        self.export_xlsx.setObjectName("teamXlsxButton")
        self.batch = QPushButton(self.tr("&Batch export…"), self)
        self.batch.setObjectName("batchButton")
        _lay_out(self, [self.export_pdf, self.export_xlsx], left=[self.batch])

    def show_report(self, report: TeamReport, language: str) -> None:
        s = report.summary
        period_word = self.tr("Period")
        self.title.setText(f"<h2>{report.team}</h2>{period_word}: {period_label(report.period.label)}")
        quota = sum(k.quota for k in report.agents)
        self.figures.show_pairs((self.tr("Figure"), report.team, ""), [
            (self.tr("Evaluations"), str(s.evaluations), ""),
            (self.tr("Sampled (quota)"), str(quota), ""),
            (self.tr("Average score"), _score(s.average), ""),
            (self.tr("Pass rate"), _percent(s.pass_rate), ""),
            (self.tr("Fatal failures (score 0)"), str(s.fatal), ""),
            (self.tr("Section-critical failures"), str(s.section_critical), ""),
        ])  # fmt: skip
        self.chart.show_bars([(k.agent, k.summary.average) for k in report.agents])
        _fill(self.agents, [[k.agent, k.summary.evaluations, k.quota, _score(k.summary.average),
                             _percent(k.summary.pass_rate), k.summary.fatal, k.summary.section_critical]
                            for k in report.agents])  # fmt: skip
        names = [k.agent for k in report.agents]
        self.heatmap.clear()
        self.heatmap.setColumnCount(len(names) + 1)
        self.heatmap.setHorizontalHeaderLabels([self.tr("Criterion"), *names])
        rows: list[list[object]] = []
        for key, label in zip(report.criterion_keys, report.criteria, strict=True):
            row: list[object] = [_criterion_cell(label, key[0], report.scorecards, language)]
            for agent in names:
                rate = report.failure_rates.get((agent, key))
                cell = QTableWidgetItem(_percent(rate))
                if rate:
                    strength = min(rate, 0.5) * 2
                    cell.setBackground(QColor(248, int(255 - 150 * strength), int(255 - 150 * strength)))
                    cell.setForeground(QColor("#000000"))
                row.append(cell)
            rows.append(row)
        _fill(self.heatmap, rows)
        figures = {f.reviewer: f for f in report.reviewer_figures}
        rows = []
        for name in sorted(set(report.reviewers) | set(figures)):
            done, assigned = report.reviewers.get(name, (0, 0))
            f = figures.get(name)
            c = f.calibration if f else None
            rows.append([name, done, assigned, _score(f.average if f else None),
                         number_text(f.leniency if f else None, 1, signed=True),
                         number_text(f.grading_minutes if f else None, 1), c.sessions if c else "—",
                         number_text(c.mean_abs_deviation if c else None, 1),
                         _percent(c.criteria_aligned_share if c else None)])  # fmt: skip
        _fill(self.reviewers, rows)
        self.root_causes.show_report(report.root_causes, language)
        self.service.show_figures(report.service)
        self.keywords.show_counts(report.keywords)


class ReportsWindow(QDialog):
    interaction_requested = Signal(int)
    folder_changed = Signal(str)  # where the last export went: offered first next time

    def __init__(self, service: ReportingService, coaching: CoachingService, context: AppContext,
                 language: str = "en", export_folder: Path | None = None, parent: QWidget | None = None,
                 today: date | None = None, organisation: str = "",
                 formats: tuple[str, ...] = ("pdf",)) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("Reports and coaching"))
        self.resize(preferred_size(self, 1320, 860))
        self.service, self.coaching_service = service, coaching
        self.context, self.runner, self.language = context, context.runner, language
        self.organisation, self.formats = organisation, formats
        self.export_folder = export_folder or Path.home()
        self.agent_report: AgentReport | None = None
        self.team_report: TeamReport | None = None
        self.kpis = KpiService(service.database)
        self.standards_dialog: StandardsDialog | None = None
        self._threshold = DEFAULT_REPEAT_THRESHOLD  # the team's, as the last report shown used it
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("periodBox")
        self.period_box.setEditable(True)
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_box.setToolTip(self.tr("A preset, or type a day (2026-11-20), an ISO week (2026-W47), a month "
                                           "(2026-10), a quarter (2026-Q3) or a range (2026-01-01..2026-03-31)"))
        for label, text in period_presets(today or date.today()):
            self.period_box.addItem(label, text)
        self.period_box.activated.connect(lambda _index: self.reload())
        self.period_box.lineEdit().editingFinished.connect(self.reload)
        self.period_error = QLabel("", self)
        self.period_error.setObjectName("periodError")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("reportsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Teams and agents"))
        self.tree.currentItemChanged.connect(lambda *_: self.reload())
        self.agent_page = AgentPage(self)
        self.team_page = TeamPage(self)
        self.empty = QLabel(self.tr("Choose a team or an agent on the left."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        for page in (self.empty, self.agent_page, self.team_page):
            self.pages.addWidget(page)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("&Period"), self, buddy=self.period_box))
        left_layout.addWidget(self.period_box)
        left_layout.addWidget(self.period_error)
        left_layout.addWidget(self.tree, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setSizes([260, 1060])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._connect()
        self.fill_tree()


    @property
    def actor(self) -> str:
        """The signed-in person at the moment of each change."""
        return self.context.actor

    def _connect(self) -> None:
        a, t = self.agent_page, self.team_page
        a.new_coaching.clicked.connect(self.new_coaching)
        a.action_done.clicked.connect(lambda: self.set_action("done"))
        a.action_missed.clicked.connect(lambda: self.set_action("missed"))
        a.add_action.clicked.connect(self.add_action)
        a.record_status.activated.connect(lambda _index: self.set_record_status(a.record_status.currentData()))
        a.export_pdf.clicked.connect(lambda: self.export("agent", "pdf"))
        a.export_xlsx.clicked.connect(lambda: self.export("agent", "xlsx"))
        a.evaluations.cellDoubleClicked.connect(self._open_interaction)
        t.export_pdf.clicked.connect(lambda: self.export("team", "pdf"))
        t.export_xlsx.clicked.connect(lambda: self.export("team", "xlsx"))
        t.batch.clicked.connect(lambda: self.batch_export())
        t.keywords.manage.clicked.connect(lambda: self.manage_keywords())
        a.root_causes.threshold_changed.connect(self.set_repeat_threshold)
        t.root_causes.threshold_changed.connect(self.set_repeat_threshold)
        t.service.standards_button.clicked.connect(self.edit_standards)
        self._allow_standards()
        self.context.user_changed.connect(lambda _user: self._allow_standards())

    def _allow_standards(self) -> None:
        """Only leads and administrators set the team's standards (the database refuses anyone else too)."""
        allowed = may_set_standards(self.context.user.role)
        for panel in (self.agent_page.root_causes, self.team_page.root_causes):
            panel.threshold.setEnabled(allowed)
        self.team_page.service.standards_button.setEnabled(allowed)

    def manage_keywords(self) -> KeywordListsDialog:
        """The team's keyword lists; the page counts again after a change."""
        from qa_studio.services.keywords import KeywordService

        dialog = KeywordListsDialog(KeywordService(self.service.database, self.service.masked), self.actor,
                                    self.context.user.role.value, self)  # fmt: skip
        dialog.finished.connect(lambda _result: self.reload() if dialog.changed else None)
        dialog.open()
        return dialog

    @property
    def repeat_threshold(self) -> int:
        return self._threshold

    def set_repeat_threshold(self, threshold: int) -> None:
        """The lead's N for repeated failures: stored for the whole team, and the page shown again with it."""
        if threshold != self._threshold and may_set_standards(self.context.user.role):
            self.runner.start(Task(self.kpis.set_standards, self.actor, repeat_threshold=threshold),
                              self._standards_saved, self._standards_failed)  # fmt: skip

    def edit_standards(self) -> None:
        """The team's standards in a dialog, read and saved off the GUI thread."""
        self.runner.start(Task(self.kpis.standards), self._open_standards, self._standards_failed)

    def _open_standards(self, standards: Standards) -> None:
        self.standards_dialog = StandardsDialog(standards, self)
        self.standards_dialog.accepted.connect(self._save_standards)
        self.standards_dialog.open()

    def _save_standards(self) -> None:
        assert self.standards_dialog is not None
        chosen = self.standards_dialog.choice()
        self.runner.start(Task(self.kpis.set_standards, self.actor, chosen.response_seconds, chosen.quality_target,
                               chosen.repeat_threshold), self._standards_saved, self._standards_failed)  # fmt: skip

    def _standards_saved(self, standards: Standards) -> None:
        self._threshold = standards.repeat_threshold
        self.reload()

    def _standards_failed(self, error: Exception) -> None:
        text = reason(error.code, dict(error.params)) if isinstance(error, KpiError) else str(error)
        QMessageBox.warning(self, self.tr("Cannot change the standards"), text)

    # Navigation --------------------------------------------------------------------------------------------------
    def fill_tree(self) -> None:
        self.tree.clear()
        placed: set[str] = set()
        groups = [(team, ("team", team), self.service.agent_names(team)) for team in self.service.team_names()]
        for _team, _key, agents in groups:
            placed.update(agents)
        loose = [agent for agent in self.service.agent_names() if agent not in placed]
        if loose:
            groups.append((self.tr("Agents without a team"), None, loose))
        for label, key, agents in groups:
            item = QTreeWidgetItem([label])
            item.setData(0, ROLE_ID, key)
            self.tree.addTopLevelItem(item)
            for agent in agents:
                child = QTreeWidgetItem([agent])
                child.setData(0, ROLE_ID, ("agent", agent))
                item.addChild(child)
            item.setExpanded(True)

    def select(self, kind: str, name: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            team = self.tree.topLevelItem(index)
            for item in (team, *(team.child(n) for n in range(team.childCount()))):
                if item.data(0, ROLE_ID) == (kind, name):
                    self.tree.setCurrentItem(item)
                    return

    def period(self) -> Period | None:
        text = self.period_box.currentText().strip()
        index = self.period_box.findText(text)
        value = self.period_box.itemData(index) if index >= 0 else text
        try:
            period = parse_period(value)
        except ReportError as exc:
            self.period_error.setText(str(exc))
            return None
        self.period_error.setText("")
        return period

    def reload(self) -> None:
        item = self.tree.currentItem()
        period = self.period()
        if item is None or period is None or item.data(0, ROLE_ID) is None:
            return
        kind, name = item.data(0, ROLE_ID)
        # The repeated-failure threshold is the team's standard, read by the service with the figures.
        if kind == "agent":
            self.runner.start(Task(self.service.agent, name, period), self._show_agent, self._failed)
        else:
            self.runner.start(Task(self.service.team, name, period), self._show_team, self._failed)
            self.team_page.agreement.language = self.language
            self.runner.start(Task(AutoQAService(self.service.database).agreement, name, period.start, period.end),
                              self.team_page.agreement.show_rows, self._failed)  # fmt: skip

    def _show_agent(self, report: AgentReport) -> None:
        self.agent_report = report
        if report.root_causes is not None:
            self._threshold = report.root_causes.threshold
        self.agent_page.show_report(report, self.language)
        self.pages.setCurrentWidget(self.agent_page)

    def _show_team(self, report: TeamReport) -> None:
        self.team_report = report
        if report.root_causes is not None:
            self._threshold = report.root_causes.threshold
        self.team_page.show_report(report, self.language)
        self.pages.setCurrentWidget(self.team_page)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot show the report"), str(error))

    def _open_interaction(self, row: int, _column: int) -> None:
        item = self.agent_page.evaluations.item(row, 2)
        if item is not None:
            self.interaction_requested.emit(int(item.data(ROLE_ID)))

    # Coaching ----------------------------------------------------------------------------------------------------
    def new_coaching(self) -> CoachingDialog | None:
        if self.agent_report is None:
            return None
        causes = self.agent_report.root_causes
        repeated: dict[str, dict[str, str]] = {}
        for flag in causes.repeated if causes is not None else []:  # most failures first: its wording is kept
            repeated.setdefault(flag.criterion, flag.label)
        dialog = CoachingDialog(self.coaching_service, self.agent_report.agent, self.agent_page.ticked(), self.actor,
                                self.language, self, repeated=repeated,
                                descriptions=self.agent_page.ticked_descriptions())  # fmt: skip
        dialog.accepted.connect(self.reload)
        dialog.show()
        return dialog

    def _chosen(self, kind: str) -> int | None:
        chosen = self.agent_page.chosen()
        if chosen is None or chosen[0] != kind:
            what = self.tr("an action item") if kind == "action" else self.tr("a coaching session")
            QMessageBox.information(self, self.tr("Nothing chosen"), self.tr("Choose {what} first.").format(what=what))
            return None
        return chosen[1]

    def set_action(self, status: str) -> None:
        action = self._chosen("action")
        if action is None:
            return
        self._write(lambda: self.coaching_service.set_action_status(action, status, self.actor))

    def set_record_status(self, status: str) -> None:
        record = self._chosen("record")
        if record is None:
            return
        self._write(lambda: self.coaching_service.update(record, self.actor, status=status))

    def add_action(self) -> None:
        chosen = self.agent_page.chosen()
        if chosen is None:
            self._chosen("record")
            return
        record = chosen[1]
        if chosen[0] == "action":
            parent = self.agent_page.coaching.currentItem().parent()
            record = parent.data(0, ROLE_ID)[1]
        text, ok = QInputDialog.getText(self, self.tr("New action item"), self.tr("What will the agent do?"))
        if ok and text.strip():
            due = date.today() + timedelta(days=14)
            self._write(lambda: self.coaching_service.add_action(record, text, due, self.actor))

    def _write(self, change) -> None:  # noqa: ANN001 - a call into the coaching service
        try:
            change()
        except (CoachingError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self.reload()

    # Exports -----------------------------------------------------------------------------------------------------
    def export(self, kind: str, fmt: str, path: Path | None = None, overwrite: bool = False) -> Path | None:
        """Export the page as shown. A file chosen in the save dialog may be replaced (the dialog asked); a path given
        directly is never overwritten unless `overwrite`."""
        from qa_studio.files import write_file
        from qa_studio.reports.batch import file_name
        from qa_studio.reports.pdf import agent_pdf, team_pdf
        from qa_studio.reports.xlsx import agent_workbook, team_workbook

        report = self.agent_report if kind == "agent" else self.team_report
        if report is None:
            return None
        name = report.agent if kind == "agent" else report.team  # type: ignore[union-attr]
        if path is None:
            suggested = self.export_folder / f"{file_name(name)} {file_name(report.period.label)}.{fmt}"
            pattern = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(suggested), pattern)
            if not chosen:
                return None
            path, overwrite = Path(chosen), True
        writer = {("agent", "pdf"): agent_pdf, ("agent", "xlsx"): agent_workbook, ("team", "pdf"): team_pdf,
                  ("team", "xlsx"): team_workbook}[(kind, fmt)]  # fmt: skip
        extra = {"organisation": self.organisation} if (kind, fmt) == ("agent", "pdf") else {}
        target = path

        def make(partial: Path) -> Path:
            writer(report, partial, self.language, **extra)
            return target

        self.runner.start(Task(write_file, target, make, overwrite), self._exported, self._export_failed)
        return path

    def _exported(self, path: Path) -> None:
        self.export_folder = Path(path).parent
        self.folder_changed.emit(str(self.export_folder))
        QMessageBox.information(self, self.tr("Report exported"), self.tr("Saved {file}").format(file=path))

    def _export_failed(self, error: Exception) -> None:
        reason = getattr(error, "strerror", None) or str(error)
        QMessageBox.warning(self, self.tr("Export failed"), reason)

    def batch_export(self) -> BatchExportDialog:
        period = self.period() or parse_period(None)
        team = self.team_report.team if self.team_report is not None else None
        dialog = BatchExportDialog(self.service, self.runner, period, team, self.language, self.export_folder, self,
                                   self.organisation, self.formats)  # fmt: skip
        dialog.show()
        return dialog
