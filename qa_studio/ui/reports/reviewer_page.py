"""Evaluations → Reviewer consistency…: for leads and administrators, how each reviewer scores day to day (alignment
with the lead's blind re-scores and with calibration benchmarks, strictness or leniency, grading time, volume per
week), the re-scores drawn and waiting, and the reviewer workbook. Figures load off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_studio.i18n import QT_TRANSLATE_NOOP
from qa_studio.reports.figures import number_text, percent_text, score_text
from qa_studio.reports.xlsx import period_label
from qa_studio.services.evaluations import EvaluationError
from qa_studio.services.grader_qa import GraderQAService, ReviewerLine, ReviewerReport, SampleLine
from qa_studio.services.reporting import ReportError, parse_period
from qa_studio.storage.database import StorageError
from qa_studio.ui.context import AppContext
from qa_studio.ui.geometry import fit_inside, preferred_size
from qa_studio.ui.queue.models import Column, RowsModel
from qa_studio.ui.reports.window import period_presets
from qa_studio.ui.tasks import Task

# Column headings are in the context RowsModel translates them in.
HIDDEN = QT_TRANSLATE_NOOP("ReviewerPage", "hidden until re-scored")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewerPage", text)


def _signed(value: float | None) -> str:
    return number_text(value, 1, signed=True)


def _rescores(line: ReviewerLine, value: Any) -> Any:
    return value(line.rescores) if line.rescores is not None else None


def _calibration(line: ReviewerLine, value: Any) -> str:
    return value(line.figures.calibration) if line.figures.calibration is not None else ""


def reviewer_columns() -> tuple[Column[ReviewerLine], ...]:
    return (
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Reviewer"), lambda x: x.reviewer, 130),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Evaluations"), lambda x: str(x.figures.evaluations), 80),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Average"), lambda x: score_text(x.figures.average), 70),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Leniency"), lambda x: _signed(x.figures.leniency), 70),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Minutes each"), lambda x: score_text(x.figures.grading_minutes), 110),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Re-scored"),
               lambda x: str(_rescores(x, lambda r: r.rescored) or 0), 70),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Same as lead"),
               lambda x: percent_text(_rescores(x, lambda r: r.same_share)), 90),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "vs lead"),
               lambda x: _signed(_rescores(x, lambda r: r.mean_difference)), 70),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Open re-scores"), lambda x: str(x.open_samples), 90),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Calibrations"),
               lambda x: _calibration(x, lambda c: str(c.sessions)), 80),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "From benchmark"),
               lambda x: _calibration(x, lambda c: score_text(c.mean_abs_deviation)), 100),
    )  # fmt: skip


def sample_columns() -> tuple[Column[SampleLine], ...]:
    return (
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Re-score"), lambda s: str(s.id), 70),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Interaction"), lambda s: str(s.interaction_id), 80),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Agent"), lambda s: s.agent or "", 120),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Reviewer"), lambda s: s.reviewer, 110),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Re-scored by"), lambda s: s.rescorer, 110),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Lead's score"),
               lambda s: score_text(s.rescore_score) if s.done else "", 90),
        Column(QT_TRANSLATE_NOOP("WorkColumns", "Reviewer's score"),
               lambda s: score_text(s.original_score) if s.done else _t(HIDDEN), 150),
    )  # fmt: skip


def volume_columns(names: list[str]) -> tuple[Column[tuple[str, list[int]]], ...]:
    """The week, then one column per reviewer (their names are not translated)."""
    week = Column(QT_TRANSLATE_NOOP("WorkColumns", "Week"), lambda row: row[0], 90)
    return (week, *(Column(name, lambda row, n=n: str(row[1][n]), 110) for n, name in enumerate(names)))


def _view(name: str, model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    for column, spec in enumerate(model.columns):
        view.setColumnWidth(column, spec.width)
    return view


class ReviewerPage(QMainWindow):
    rescore_requested = Signal(int)  # a re-score sample id
    loaded = Signal()

    def __init__(self, service: GraderQAService, context: AppContext, folder: Path, parent: QWidget | None = None,
                 today: date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("reviewerPage")
        self.setWindowTitle(self.tr("Reviewer consistency"))
        self.service, self.context, self.folder = service, context, folder
        self.report: ReviewerReport | None = None
        self.period = QComboBox(self)
        self.period.setObjectName("reviewerPeriod")
        self.period.setEditable(True)
        for label, text in period_presets(today or date.today()):
            self.period.addItem(label, text)
        self.period.activated.connect(lambda _index: self.reload())
        self.period.lineEdit().returnPressed.connect(self.reload)
        self.save_button = QPushButton(self.tr("Save &workbook…"), self)
        self.save_button.setObjectName("saveReviewerWorkbook")
        self.save_button.clicked.connect(self.save_workbook)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Period:"), self, buddy=self.period))
        top.addWidget(self.period, 1)
        top.addWidget(self.save_button)

        self.reviewers = RowsModel(reviewer_columns(), lambda line: 0, self)
        self.volume = RowsModel(volume_columns([]), lambda _row: 0, self)
        self.volume_view = _view("reviewerVolume", self.volume, self)
        overview = QWidget(self)
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(_view("reviewerTable", self.reviewers, overview), 3)
        note = QLabel(self.tr("Leniency: points above (+) or below (−) everyone's average on the same scorecard. "
                              "vs lead: the reviewer's score minus the lead's blind re-score."), overview)  # fmt: skip
        note.setWordWrap(True)
        overview_layout.addWidget(note)
        overview_layout.addWidget(QLabel(self.tr("Evaluations per week:"), overview))
        overview_layout.addWidget(self.volume_view, 2)

        self.samples = RowsModel(sample_columns(), lambda s: s.id, self)
        self.sample_view = _view("rescoreTable", self.samples, self)
        self.sample_view.doubleClicked.connect(lambda _index: self._rescore())
        self.draw_reviewer = QComboBox(self)
        self.draw_reviewer.setObjectName("drawReviewer")
        self.draw_count = QSpinBox(self)
        self.draw_count.setRange(1, 50)
        self.draw_count.setValue(5)
        draw = QPushButton(self.tr("&Draw to re-score"), self)
        draw.setObjectName("drawRescores")
        draw.clicked.connect(self.draw)
        self.rescore_button = QPushButton(self.tr("&Re-score selected…"), self)
        self.rescore_button.setObjectName("rescoreSelected")
        self.rescore_button.clicked.connect(self._rescore)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Reviewer:"), self))
        controls.addWidget(self.draw_reviewer, 1)
        controls.addWidget(self.draw_count)
        controls.addWidget(draw)
        controls.addStretch(1)
        controls.addWidget(self.rescore_button)
        rescores = QWidget(self)
        rescores_layout = QVBoxLayout(rescores)
        rescores_layout.addLayout(controls)
        rescores_layout.addWidget(self.sample_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(overview, self.tr("Reviewers"))
        self.tabs.addTab(rescores, self.tr("Re-scores"))
        self.status = QLabel(self)
        self.status.setObjectName("reviewerStatus")
        self.status.setWordWrap(True)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.resize(preferred_size(self, 1200, 680))
        fit_inside(self)
        self.reload()

    def period_text(self) -> str | None:
        index = self.period.currentIndex()
        if index >= 0 and self.period.currentText() == self.period.itemText(index):
            return self.period.itemData(index)
        return self.period.currentText().strip() or None

    def reload(self) -> None:
        try:
            period = parse_period(self.period_text())
        except ReportError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Loading…"))

        def load() -> tuple[ReviewerReport, list[str]]:
            return (self.service.report(period.start, period.end, period.label),
                    self.service.reviewers_with_work())  # fmt: skip

        self.context.runner.start(Task(load), self._show, self._failed)

    def _failed(self, error: Exception) -> None:
        self.status.setText(str(error))

    def _show(self, result: tuple[ReviewerReport, list[str]]) -> None:
        report, names = result
        self.report = report
        self.reviewers.set_rows(report.lines)
        self.samples.set_rows(report.samples)
        names = sorted(report.volume)
        self.volume.columns = volume_columns(names)
        self.volume.set_rows([(week, [report.volume[name].get(week, 0) for name in names])
                              for week in reversed(report.weeks)])  # fmt: skip
        for column, spec in enumerate(self.volume.columns):
            self.volume_view.setColumnWidth(column, spec.width)
        current = self.draw_reviewer.currentText()
        self.draw_reviewer.clear()
        self.draw_reviewer.addItems([n for n in names if n != self.context.actor])
        if current:
            self.draw_reviewer.setCurrentText(current)
        waiting = sum(1 for s in report.samples if not s.done and s.rescorer == self.context.actor)
        self.tabs.setTabText(1, self.tr("Re-scores ({count} to do)").format(count=waiting) if waiting
                             else self.tr("Re-scores"))  # fmt: skip
        self.status.setText(self.tr("{count} reviewers in {period}.").format(count=len(report.lines),
                                                                             period=period_label(report.period)))
        self.loaded.emit()

    def draw(self) -> None:
        reviewer = self.draw_reviewer.currentText()
        if not reviewer:
            return
        try:
            period = parse_period(self.period_text())
            ids = self.service.draw(reviewer, self.draw_count.value(), self.context.actor, start=period.start,
                                    end=period.end, period=period.label)  # fmt: skip
        except (EvaluationError, ReportError, StorageError) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("{count} of {name}'s evaluations drawn to re-score.").format(count=len(ids),
                                                                                                 name=reviewer))
        self.reload()

    def selected_sample(self) -> SampleLine | None:
        rows = self.sample_view.selectionModel().selectedRows()
        return self.samples.rows[rows[0].row()] if rows else None

    def _rescore(self) -> None:
        sample = self.selected_sample()
        if sample is None:
            self.status.setText(self.tr("Select a re-score first."))
        elif sample.done:
            self.status.setText(self.tr("Re-score {id} is already submitted.").format(id=sample.id))
        elif sample.rescorer != self.context.actor:
            self.status.setText(self.tr("Re-score {id} is {name}'s to do.").format(id=sample.id, name=sample.rescorer))
        else:
            self.rescore_requested.emit(sample.id)

    def save_workbook(self) -> None:
        if self.report is None:
            return
        from qa_studio.files import write_file
        from qa_studio.reports.reviewer_workbook import reviewer_workbook

        name = f"reviewers-{self.report.period.replace(' ', '-')}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the reviewer workbook"), str(self.folder / name), self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        report = self.report
        self.status.setText(self.tr("Writing {file}…").format(file=path))
        self.context.runner.start(
            Task(lambda: write_file(Path(path), lambda target: reviewer_workbook(report, target), overwrite=True)),
            lambda _result: self.status.setText(self.tr("Saved {file}.").format(file=path)), self._failed,
        )  # fmt: skip

