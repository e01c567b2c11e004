"""My results: what an agent sees after signing in — their evaluations with comments and the moment each is about,
their figures beside the team's, the trend, and their coaching actions; from here they open an evaluation to
acknowledge it or dispute a criterion, and save their own report as a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_studio.services.reporting import AgentReport, Period, ReportError, ReportingService, moment_label, parse_period
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import scrolling
from qa_studio.ui.reports.coaching_dialog import label_in
from qa_studio.ui.reports.window import ROLE_ID, AgentPage, period_presets
from qa_studio.ui.tasks import Task


class MyResultsPage(QWidget):
    evaluation_requested = Signal(int)  # an evaluation to read, acknowledge or dispute
    self_evaluation_requested = Signal()  # the agent wants to score one of their interactions themselves

    def __init__(
        self,
        service: ReportingService,
        context: AppContext,
        language: str = "en",
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myResultsPage")
        self.service, self.context, self.language = service, context, language
        self.report: AgentReport | None = None
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("myPeriodBox")
        self.period_box.setEditable(True)
        self.period_box.setAccessibleName(self.tr("Period"))
        for label, text in period_presets(today or date.today()):
            self.period_box.addItem(label, text)
        self.period_box.activated.connect(lambda _index: self.reload())
        self.period_error = QLabel("", self)
        self.page = AgentPage(self)
        # An agent reads and answers; choosing evaluations for coaching and changing coaching is the trainer's.
        self.page.evaluations.setColumnHidden(0, True)
        for widget in (self.page.new_coaching, self.page.action_done, self.page.action_missed, self.page.add_action,
                       self.page.record_status, self.page.export_xlsx):  # fmt: skip
            widget.hide()
        self.page.evaluations.setAccessibleName(self.tr("My evaluations; double-click one to read, acknowledge or "
                                                        "dispute it"))  # fmt: skip
        self.page.evaluations.cellDoubleClicked.connect(self._open)
        # What reviewers wrote, at the moment of the call or chat each comment is about, and what was said then.
        self.comments = QTableWidget(0, 5, self)
        self.comments.setObjectName("myComments")
        self.comments.setHorizontalHeaderLabels([self.tr("Interaction"), self.tr("Criterion"), self.tr("Moment"),
                                                 self.tr("Comment"), self.tr("What was said then")])  # fmt: skip
        self.comments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comments.setWordWrap(True)
        self.comments.verticalHeader().setVisible(False)
        self.comments.horizontalHeader().setStretchLastSection(True)
        self.comments.setColumnWidth(3, 360)
        self.page.tabs.insertTab(1, self.comments, self.tr("Co&mments"))
        self.page.export_pdf.clicked.connect(lambda: self.export_pdf())
        self.open_button = QPushButton(self.tr("&Open, acknowledge or dispute…"), self)
        self.open_button.setObjectName("openMyEvaluation")
        self.open_button.clicked.connect(lambda: self._open(self.page.evaluations.currentRow(), 0))
        self.self_button = QPushButton(self.tr("&Score one of my interactions…"), self)
        self.self_button.setObjectName("selfEvaluate")
        self.self_button.setToolTip(self.tr("Score a call or chat yourself and compare with the reviewer"))
        self.self_button.clicked.connect(self.self_evaluation_requested.emit)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>My results</b>"), self))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("&Period"), self, buddy=self.period_box))
        top.addWidget(self.period_box)
        top.addWidget(self.open_button)
        top.addWidget(self.self_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period_error)
        layout.addWidget(scrolling(self.page, self, 200), 1)
        context.user_changed.connect(lambda _user: self.reload())
        context.bus.interactions_changed.connect(self.reload)  # an acknowledgement or a decided dispute

    def period(self) -> Period | None:
        text = self.period_box.currentText().strip()
        index = self.period_box.findText(text)
        try:
            period = parse_period(self.period_box.itemData(index) if index >= 0 else text)
        except ReportError as exc:
            self.period_error.setText(str(exc))
            return None
        self.period_error.setText("")
        return period

    def reload(self) -> None:
        user, period = self.context.user, self.period()
        if not user.is_agent or user.agent_id is None or period is None:
            return
        self.context.runner.start(Task(self.service.my_results, user.agent_id, period), self._show, self._failed)

    def _show(self, report: AgentReport) -> None:
        self.report = report
        self.page.show_report(report, self.language, own=True)
        self.comments.setRowCount(len(report.comments))
        for row, comment in enumerate(report.comments):
            whole = self.tr("(whole evaluation)")
            criterion = label_in(comment.criterion, self.language) if comment.criterion else whole
            moment = moment_label(comment.at_ms) if comment.at_ms is not None else ""
            for column, value in enumerate((str(comment.interaction_id), criterion, moment, comment.text,
                                            comment.excerpt or "")):  # fmt: skip
                self.comments.setItem(row, column, QTableWidgetItem(value))
        self.comments.resizeRowsToContents()

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot show your results"), str(error))

    def _open(self, row: int, _column: int) -> None:
        item = self.page.evaluations.item(row, 0) if row >= 0 else None
        if item is not None:
            self.evaluation_requested.emit(int(item.data(ROLE_ID)))

    def export_pdf(self, path: Path | None = None) -> Path | None:
        from qa_studio.reports.batch import file_name
        from qa_studio.reports.pdf import agent_pdf

        if self.report is None:
            return None
        if path is None:
            suggested = Path.home() / f"{file_name(self.report.agent)} {file_name(self.report.period.label)}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save my report"), str(suggested),
                                                    self.tr("PDF (*.pdf)"))  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        self.context.runner.start(Task(agent_pdf, self.report, path, self.language), self._saved, self._failed)
        return path

    def _saved(self, path: Path) -> None:
        QMessageBox.information(self, self.tr("Report saved"), self.tr("Saved {file}").format(file=path))
